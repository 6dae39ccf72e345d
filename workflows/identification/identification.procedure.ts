import type { FieldProblem } from '../field-problem';
import type { ActingRole, ProcedureDefinition } from '../procedure';
import {
  buildIdentificationMachine,
  IDENTIFICATION_MACHINE_VERSION,
  IDENTIFICATION_MACHINE_VERSIONS,
  type IdentificationMachineVersion,
} from './identification.machine';
import type { IdentificationContext, IdentificationEvent, IdentificationInput, IdentificationStage, PublicityStage } from './identification.types';
import { verificationProblems } from './verification-rules';

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

/** The level that opened each publicity window also investigates its objections. */
const PUBLICITY_OFFICE: Record<PublicityStage, ActingRole> = {
  village_publicity: 'village',
  township_publicity: 'township',
  county_announcement: 'county',
};

const VILLAGE_EVENTS = new Set(['SUBMIT', 'WITHDRAW', 'GROUP_REVIEW_RECORDED', 'APPRAISAL_RECORDED', 'VERIFICATION_RECORDED']);
const PUBLICITY_EVENTS = new Set(['PUBLICITY_OPENED', 'PUBLICITY_CANCELLED', 'OBJECTION_FILED', 'OBJECTION_RESOLVED', 'APPEAL_FILED', 'APPEAL_ANSWERED']);

function isPublicityStage(stage: string): stage is PublicityStage {
  return stage in PUBLICITY_OFFICE;
}

/** procedures.md "Identification": the village acts on stages 1-5, the township and county on theirs. */
function rolesFor(stage: string, eventType: string): readonly ActingRole[] {
  if (VILLAGE_EVENTS.has(eventType)) return ['village'];
  if (eventType === 'TOWNSHIP_DECIDED') return ['township'];
  if (eventType === 'COUNTY_DECIDED') return ['county'];
  if (!isPublicityStage(stage)) return [];
  if (eventType === 'PUBLICITY_WINDOW_ENDED') return [PUBLICITY_OFFICE[stage], 'system'];
  // Anyone may object during a window (procedures.md "Objections"), on the public board too.
  if (eventType === 'OBJECTION_FILED' || eventType === 'APPEAL_FILED') return [PUBLICITY_OFFICE[stage], 'resident'];
  return PUBLICITY_EVENTS.has(eventType) ? [PUBLICITY_OFFICE[stage]] : [];
}

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

function refusal(context: unknown, event: { type: string }): FieldProblem[] {
  const ctx = context as IdentificationContext;
  const e = event as IdentificationEvent;
  switch (e.type) {
    case 'APPRAISAL_RECORDED':
      return ctx.cadreRelative && !e.cadreRelationDeclared
        ? [{ field: 'cadreRelationDeclared', reason: '申请人为村干部或经办人员近亲属，须在会上说明并记录' }]
        : [];
    case 'VERIFICATION_RECORDED':
      return verificationProblems(ctx, e);
    case 'PUBLICITY_WINDOW_ENDED':
      return [{ field: 'window', reason: `公示期至 ${ctx.publicity?.endsAt ?? '?'} 止，尚未期满` }];
    case 'OBJECTION_FILED':
      return [{ field: 'objectionId', reason: '该异议已登记' }];
    case 'OBJECTION_RESOLVED':
      return [{ field: 'objectionId', reason: '该异议不存在或已处理' }];
    case 'APPEAL_FILED':
      return [{ field: 'appealId', reason: '该复核申请已登记' }];
    case 'APPEAL_ANSWERED':
      return [{ field: 'appealId', reason: '该复核申请不存在或已答复' }];
    case 'SUBMIT':
    case 'WITHDRAW':
    case 'PUBLICITY_CANCELLED':
    case 'GROUP_REVIEW_RECORDED':
    case 'PUBLICITY_OPENED':
    case 'TOWNSHIP_DECIDED':
    case 'COUNTY_DECIDED':
      return [];
  }
}

/** The procedure on one machine version; every version a case may run on is kept. */
export function identificationProcedureAt(version: IdentificationMachineVersion): ProcedureDefinition {
  return {
  name: 'identification',
  version,
  machine: buildIdentificationMachine(version),
  caseNumberPrefix: 'SB',
  // Only a household not yet registered can be identified (procedures.md "Household status").
  startsFrom: ['none'],
  initialInput: (policy, application): IdentificationInput => ({
    policy,
    cadreRelative: application.cadreRelative !== undefined && application.cadreRelative !== null,
    crossCheckConsent: application.crossCheckConsent === true,
  }),
  stageLabels: IDENTIFICATION_STAGE_LABELS,
  phaseLabels: { pending: '待发布公示', open: '公示中', awaiting_findings: '公示期满，待处理异议' },
  rolesFor,
  awaitingRole: (stage) => AWAITING[stage as IdentificationStage] ?? null,
  refusal,
  };
}

export const identificationProcedures: ProcedureDefinition[] = IDENTIFICATION_MACHINE_VERSIONS.map(identificationProcedureAt);

/** The version new cases start on. */
export const identificationProcedure = identificationProcedureAt(IDENTIFICATION_MACHINE_VERSION);
