import type { AnyStateMachine } from 'xstate';
import { EXIT_CORRECTION_MACHINE_VERSION, exitCorrectionMachine } from './exit/exit-correction.machine';
import { EXIT_MACHINE_VERSION, exitMachine } from './exit/exit.machine';
import { IDENTIFICATION_MACHINE_VERSION, identificationMachine } from './identification/identification.machine';
import { MONITORING_MACHINE_VERSION, monitoringMachine } from './monitoring/monitoring.machine';

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
  {
    path: 'docs/workflows/exit.md',
    machine: exitMachine,
    title: `贫困户退出 (exit), machine version ${EXIT_MACHINE_VERSION}`,
    intro:
      'Only a registered household; not in its year of registration unless the county allows it. Proposal (democratic ' +
      'appraisal) → verification against the exit standard (income strictly above the poverty line of the year, every ' +
      '两不愁三保障 check secured) → household acknowledgement → village publicity → township review → announcement → ' +
      'exited (销号), which schedules the follow-up visits (回头看). A wrong exit (错退) is reverted by a county decision, ' +
      'a case of its own: see docs/workflows/exit-correction.md. Guards are named in brackets; see workflows/exit/.',
  },
  {
    path: 'docs/workflows/exit-correction.md',
    machine: exitCorrectionMachine,
    title: `错退纠正 (exit_correction), machine version ${EXIT_CORRECTION_MACHINE_VERSION}`,
    intro: 'Opened by the county on an exited household; an approved correction makes it registered again, journaled on its own case.',
  },
  {
    path: 'docs/workflows/monitoring.md',
    machine: monitoringMachine,
    title: `防返贫监测 (monitoring, risk_elimination, elimination_rollback), machine version ${MONITORING_MACHINE_VERSION}`,
    intro:
      'One chain, three procedures: enrolment (纳入监测; from a self report, a cadre sweep, a department alert or a ' +
      'follow-up visit; 15 days from lead to enrolment by default), risk elimination (风险消除; guarded: enrolled 6 months, ' +
      'a measure carried out, income above the monitoring line for 6 months; no one able to work is refused) and its ' +
      'rollback (风险消除回退). Home check with consent → cross-check → one village appraisal → one village publicity ' +
      '(≥ 5 days) → township review → county confirmation → confirmed and announced. Guards are named in brackets; ' +
      'see workflows/monitoring/.',
  },
];
