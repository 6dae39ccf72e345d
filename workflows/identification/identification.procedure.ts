import type { FieldProblem } from '../field-problem';
import { withPolicyDefaults, type CountyPolicy } from '../policy';
import { PHASE_LABELS, publicityRefusal, rolesByStage, type ActingRole, type ProcedureDefinition } from '../procedure';
import {
  buildIdentificationMachine,
  IDENTIFICATION_MACHINE_VERSION,
  IDENTIFICATION_MACHINE_VERSIONS,
  PUBLICITY_OFFICE,
  type IdentificationMachineVersion,
} from './identification.machine';
import type { IdentificationContext, IdentificationEvent, IdentificationInput, IdentificationStage, PublicityStage } from './identification.types';
import { factVerificationProblems, verificationProblems } from './verification-rules';

export const IDENTIFICATION_STAGE_LABELS: Record<IdentificationStage, string> = {
  application: '农户申请',
  group_review: '村民小组评议',
  democratic_appraisal: '村民代表大会民主评议',
  verification: '入户核实',
  village_publicity: '村级第一次公示',
  township_review: '乡镇审核',
  township_publicity: '乡镇审核后公示',
  county_review: '县级复审',
  county_announcement: '县级公告',
  confirmed: '已建档立卡',
  rejected: '未通过',
  withdrawn: '已撤回',
};

const PUBLICITY_DAYS_KEY: Record<PublicityStage, keyof CountyPolicy['publicityDays']> = {
  village_publicity: 'village',
  township_publicity: 'township',
  county_announcement: 'county',
};

/** procedures.md "Identification": the village acts on stages 1-5, the township and county on theirs. */
const rolesFor = rolesByStage(new Set(['SUBMIT', 'WITHDRAW', 'GROUP_REVIEW_RECORDED', 'APPRAISAL_RECORDED', 'VERIFICATION_RECORDED']), (stage) => PUBLICITY_OFFICE[stage as PublicityStage]);

const AWAITING: Partial<Record<IdentificationStage, ActingRole>> = {
  application: 'village',
  group_review: 'village',
  democratic_appraisal: 'village',
  verification: 'village',
  village_publicity: 'village',
  township_review: 'township',
  township_publicity: 'township',
  county_review: 'county',
  county_announcement: 'county',
};

const refusalAt = (version: IdentificationMachineVersion) => (context: unknown, event: { type: string }): FieldProblem[] => {
  const ctx = context as IdentificationContext;
  const e = event as IdentificationEvent;
  if (e.type === 'APPRAISAL_RECORDED') {
    return ctx.cadreRelative && !e.cadreRelationDeclared ? [{ field: 'cadreRelationDeclared', reason: '申请人为村干部或经办人员近亲属，须在会上说明并记录' }] : [];
  }
  if (e.type === 'VERIFICATION_RECORDED') return version >= 3 ? factVerificationProblems(ctx, e) : verificationProblems(ctx, e);
  return publicityRefusal(ctx, e.type) ?? [];
};

/** The procedure on one machine version; every version a case may run on is kept. */
export function identificationProcedureAt(version: IdentificationMachineVersion): ProcedureDefinition {
  return {
  name: 'identification',
  label: () => '贫困户识别',
  version,
  machine: buildIdentificationMachine(version),
  caseNumberPrefix: 'SB',
  // Only a household not yet registered can be identified (procedures.md "Household status").
  startsFrom: ['none'],
  openedBy: 'village',
  // The consent is part of the application form (承诺授权), signed or refused.
  openProblems: (_policy, _household, _today, application) =>
    typeof application.crossCheckConsent === 'boolean' ? [] : [{ field: 'application.crossCheckConsent', reason: '须写明农户是否签署信息比对授权' }],
  publicityDays: (policy, stage) => policy.publicityDays[PUBLICITY_DAYS_KEY[stage as PublicityStage]],
  initialInput: (policy, application): IdentificationInput => ({
    policy: withPolicyDefaults(policy),
    cadreRelative: application.cadreRelative !== undefined && application.cadreRelative !== null,
    crossCheckConsent: application.crossCheckConsent === true,
  }),
  stageLabels: IDENTIFICATION_STAGE_LABELS,
  phaseLabels: PHASE_LABELS,
  rolesFor,
  awaitingRole: (stage) => AWAITING[stage as IdentificationStage] ?? null,
  refusal: refusalAt(version),
  };
}

export const identificationProcedures: ProcedureDefinition[] = IDENTIFICATION_MACHINE_VERSIONS.map(identificationProcedureAt);

/** The version new cases start on. */
export const identificationProcedure = identificationProcedureAt(IDENTIFICATION_MACHINE_VERSION);
