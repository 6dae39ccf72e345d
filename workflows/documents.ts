import type { AnyStateMachine } from 'xstate';
import { IDENTIFICATION_MACHINE_VERSION, identificationMachine } from './identification/identification.machine';

/** Each machine's generated document: path under the repository, machine, words around it. */
export const WORKFLOW_DOCUMENTS: { path: string; machine: AnyStateMachine; title: string; intro: string }[] = [
  {
    path: 'docs/workflows/identification.md',
    machine: identificationMachine,
    title: `贫困户识别 (identification), machine version ${IDENTIFICATION_MACHINE_VERSION}`,
    intro:
      'Application → group review → democratic appraisal → verification → village publicity → township review → ' +
      'township publicity → county review → county announcement → confirmed (建档立卡). Guards are named in brackets; ' +
      'see workflows/identification/ for their rules.',
  },
];
