import type { AnyStateMachine } from 'xstate';
import { EXIT_CORRECTION_MACHINE_VERSION, exitCorrectionMachine } from './exit/exit-correction.machine';
import { EXIT_MACHINE_VERSION, exitMachine } from './exit/exit.machine';
import { IDENTIFICATION_MACHINE_VERSION, identificationMachine } from './identification/identification.machine';
import { MONITORING_MACHINE_VERSION, monitoringMachine } from './monitoring/monitoring.machine';
import { RISK_LEAD_MACHINE_VERSION, riskLeadMachine } from './risk-lead/risk-lead.machine';

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
      '(≥ 5 days) → township review → county confirmation → confirmed and announced. An enrolment opened from a risk ' +
      'lead (machine v3) counts its 15 days from the lead. Guards are named in brackets; see workflows/monitoring/.',
  },
  {
    path: 'docs/workflows/risk-lead.md',
    machine: riskLeadMachine,
    title: `风险线索 (risk_lead), machine version ${RISK_LEAD_MACHINE_VERSION}`,
    intro:
      'A lead from a resident (农户自主申报), a cadre (基层干部排查), a department (部门筛查预警), a visit or elsewhere: the ' +
      'village accepts it within the county\'s acceptance days (2 working days by default; reminded the working day before, ' +
      'the township told when it passes) or closes it as a duplicate or out of scope; after the home check it either ' +
      'opens a monitoring enrolment (its 15 days from the lead) or closes with the facts found. The reporter is told ' +
      'each ending. Guards are named in brackets; see workflows/risk-lead/.',
  },
];
