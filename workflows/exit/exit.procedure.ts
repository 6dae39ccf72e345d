import type { FieldProblem } from '../field-problem';
import { chinaDay, withPolicyDefaults } from '../policy';
import { recordDateProblems } from '../record-dates';
import { noOpenProblems, PHASE_LABELS, publicityRefusal, rolesByStage, type ProcedureDefinition } from '../procedure';
import { exitCorrectionMachine, EXIT_CORRECTION_MACHINE_VERSION } from './exit-correction.machine';
import { exitVerificationProblems } from './exit-rules';
import { announcer, buildExitMachine, EXIT_MACHINE_VERSION, EXIT_MACHINE_VERSIONS, type ExitMachineVersion } from './exit.machine';
import type { ExitContext, ExitEvent, ExitInput, ExitStage } from './exit.types';

export const EXIT_STAGE_LABELS: Record<ExitStage, string> = {
  proposal: '民主评议后提出',
  verification: '退出核实',
  acknowledgement: '拟退出户认可',
  village_publicity: '村内公示',
  township_review: '乡镇审核',
  announcement: '公告退出',
  exited: '已脱贫销号',
  cancelled: '退出终止',
};

const AWAITING: Partial<Record<ExitStage, 'village' | 'township' | 'county'>> = {
  proposal: 'village',
  verification: 'village',
  acknowledgement: 'village',
  village_publicity: 'village',
  township_review: 'township',
};

function refusal(context: unknown, event: { type: string }): FieldProblem[] {
  const ctx = context as ExitContext;
  const e = event as ExitEvent;
  if (e.type === 'EXIT_VERIFICATION_RECORDED') return exitVerificationProblems(ctx.policy, e);
  if (e.type === 'HOUSEHOLD_ACKNOWLEDGED') return recordDateProblems({ today: chinaDay(e.occurredAt), days: { signedOn: e.signedOn } });
  return publicityRefusal(ctx, e.type) ?? [];
}

/** The year (China time) of a YYYY-MM-DD day. */
const yearOf = (day: string | null): number | null => (day ? Number(day.slice(0, 4)) : null);

/** procedures.md "Exit": only a registered household; not in its year of registration unless the county allows it. */
export function exitProcedureAt(version: ExitMachineVersion): ProcedureDefinition {
  return {
  name: 'exit',
  label: () => '贫困户退出',
  version,
  machine: buildExitMachine(version),
  caseNumberPrefix: 'TC',
  startsFrom: ['registered'],
  openedBy: 'village',
  openProblems: (policy, household, today) =>
    !withPolicyDefaults(policy).exit.sameYearAsRegistration && yearOf(household.statusSince) === yearOf(today)
      ? [{ field: 'householdId', reason: `该户于 ${household.statusSince ?? ''} 建档立卡，本县政策规定当年识别的贫困户不得当年退出` }]
      : [],
  initialInput: (policy): ExitInput => ({ policy: withPolicyDefaults(policy) }),
  publicityDays: (policy, stage) => withPolicyDefaults(policy).exit.publicityDays[stage === 'announcement' ? 'announcement' : 'village'],
  stageLabels: EXIT_STAGE_LABELS,
  phaseLabels: PHASE_LABELS,
  rolesFor: rolesByStage(new Set(['APPRAISAL_RECORDED', 'EXIT_VERIFICATION_RECORDED', 'HOUSEHOLD_ACKNOWLEDGED', 'HOUSEHOLD_REFUSED']), (stage, context) =>
    stage === 'village_publicity' ? 'village' : stage === 'announcement' ? announcer(context as ExitContext) : undefined,
  ),
  awaitingRole: (stage, context) => (stage === 'announcement' ? announcer(context as ExitContext) : (AWAITING[stage as ExitStage] ?? null)),
  refusal,
  };
}

export const exitProcedures: ProcedureDefinition[] = EXIT_MACHINE_VERSIONS.map(exitProcedureAt);

/** The version new exit cases start on. */
export const exitProcedure = exitProcedureAt(EXIT_MACHINE_VERSION);

/** 错退纠正: opened and decided by the county, on an exited household. */
export const exitCorrectionProcedure: ProcedureDefinition = {
  name: 'exit_correction',
  label: () => '错退纠正',
  version: EXIT_CORRECTION_MACHINE_VERSION,
  machine: exitCorrectionMachine,
  caseNumberPrefix: 'JZ',
  startsFrom: ['exited'],
  openedBy: 'county',
  openProblems: noOpenProblems,
  initialInput: (policy): ExitInput => ({ policy: withPolicyDefaults(policy) }),
  publicityDays: () => 0,
  stageLabels: { county_review: '县级审定', corrected: '已纠正错退', rejected: '不予纠正' },
  phaseLabels: PHASE_LABELS,
  rolesFor: rolesByStage(new Set(), () => undefined),
  awaitingRole: (stage) => (stage === 'county_review' ? 'county' : null),
  refusal: (_context, event) => (event.type === 'COUNTY_DECIDED' ? [{ field: 'decision', reason: '错退纠正只能审定为通过 (approve) 或不通过 (reject)' }] : []),
};
