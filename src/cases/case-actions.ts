import { ApiProperty } from '@nestjs/swagger';
import { kept } from '../common/kept';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { AcknowledgementDto, RefusalDto } from '../exits/dto/exit.dto';
import { RecordMeetingDto } from '../meetings/dto/record-meeting.dto';
import { CancelNoticeDto, FileObjectionDto, ObjectionFindingDto, OpenNoticeDto } from '../publicity/dto/open-notice.dto';
import { RecordVerificationDto } from '../verifications/dto/record-verification.dto';
import { CrossCheckDto, ExitVerificationDto, HomeCheckDto } from '../verifications/dto/visit.dto';
import { CountyDecisionDto, ReviewDecisionDto, WithdrawDto } from './dto/case-commands.dto';
import { LeadClearanceDto, LeadDismissalDto } from '../risk-leads/dto/lead-commands.dto';

/** A field of the request an action sends, as the OpenAPI document describes it. */
export class ActionField {
  @ApiProperty({ example: 'reason' }) name!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '理由' }) description!: string | null;
  /** What to type: a form offers a text box, a number, a yes/no, a choice, a date; list and object fields need their own form. */
  @ApiProperty({ enum: ['string', 'number', 'integer', 'boolean', 'array', 'object'] }) type!: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  @ApiProperty({ type: String, nullable: true, example: 'date', description: 'date, date-time, uuid …' }) format!: string | null;
  @ApiProperty({ type: [String], nullable: true, description: '可选的值' }) enum!: string[] | null;
}

/** What a screen may offer for a case now: the event, its Chinese label, the request and its fields. */
export class AllowedAction {
  @ApiProperty({ example: 'TOWNSHIP_APPROVE' }) event!: string;
  @ApiProperty({ example: '乡镇审核通过' }) label!: string;
  @ApiProperty({ enum: ['POST'] }) method!: 'POST';
  /** With the case's (or its notice's) id filled in; `{objectionId}` stands for one of `openObjections`. */
  @ApiProperty({ description: '请求路径 (已填入案件或公示的 id)；{objectionId} 代表 openObjections 中的一项', example: '/cases/0f5c…/township-decision' })
  path!: string;
  /** Fields the request carries whatever the user types (a meeting's kind). */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: '请求固定携带的字段' }) preset!: Record<string, string>;
  @ApiProperty({ type: [ActionField] }) fields!: ActionField[];
}

type Dto = abstract new () => object;

interface ActionSpec {
  label: string;
  path: (ids: { caseId: string; noticeId: string | null }) => string;
  body: Dto | null;
  preset?: Record<string, string>;
}

const onCase = (suffix: string) => (ids: { caseId: string }) => `/cases/${ids.caseId}/${suffix}`;
const onNotice = (suffix: string) => (ids: { noticeId: string | null }) => `/publicity-notices/${ids.noticeId ?? '{noticeId}'}/${suffix}`;

/** Every event a person sends, and the endpoint that sends it. */
const ACTIONS: Record<string, ActionSpec> = {
  SUBMIT: { label: '提交申请', path: onCase('submit'), body: null },
  WITHDRAW: { label: '撤回', path: onCase('withdraw'), body: WithdrawDto },
  GROUP_REVIEW_RECORDED: { label: '记录村民小组评议', path: () => '/meetings', body: RecordMeetingDto, preset: { kind: 'group_review' } },
  APPRAISAL_RECORDED: { label: '记录村民代表大会民主评议', path: () => '/meetings', body: RecordMeetingDto, preset: { kind: 'representatives' } },
  VERIFICATION_RECORDED: { label: '记录入户核实', path: onCase('verification'), body: RecordVerificationDto },
  EXIT_VERIFICATION_RECORDED: { label: '记录退出核实', path: onCase('exit-verification'), body: ExitVerificationDto },
  HOME_CHECK_RECORDED: { label: '记录入户核查', path: onCase('home-check'), body: HomeCheckDto },
  CROSS_CHECK_RECORDED: { label: '记录信息比对结果', path: onCase('cross-check'), body: CrossCheckDto },
  HOUSEHOLD_ACKNOWLEDGED: { label: '农户签字认可退出', path: onCase('acknowledgement'), body: AcknowledgementDto },
  HOUSEHOLD_REFUSED: { label: '农户不认可退出', path: onCase('refusal'), body: RefusalDto },
  PUBLICITY_OPENED: { label: '发布公示', path: () => '/publicity-notices', body: OpenNoticeDto },
  PUBLICITY_WINDOW_ENDED: { label: '公示期满，办理下一步', path: onNotice('end'), body: null },
  PUBLICITY_CANCELLED: { label: '撤销公示', path: onNotice('cancel'), body: CancelNoticeDto },
  OBJECTION_FILED: { label: '登记异议', path: onCase('objections'), body: FileObjectionDto, preset: { kind: 'objection' } },
  APPEAL_FILED: { label: '登记复核申请', path: onCase('objections'), body: FileObjectionDto, preset: { kind: 'appeal' } },
  OBJECTION_RESOLVED: { label: '记录异议调查结论', path: () => '/objections/{objectionId}/finding', body: ObjectionFindingDto },
  APPEAL_ANSWERED: { label: '答复复核申请', path: () => '/objections/{objectionId}/finding', body: ObjectionFindingDto },
  TOWNSHIP_DECIDED: { label: '乡镇审核', path: onCase('township-decision'), body: ReviewDecisionDto },
  COUNTY_DECIDED: { label: '县级审定', path: onCase('county-decision'), body: CountyDecisionDto },
  LEAD_ACCEPTED: { label: '受理线索', path: onCase('lead-acceptance'), body: null },
  LEAD_DISMISSED: { label: '不予受理', path: onCase('lead-dismissal'), body: LeadDismissalDto },
  LEAD_CLEARED: { label: '核查无风险，关闭线索', path: onCase('lead-clearance'), body: LeadClearanceDto },
  ENROLMENT_OPENED: { label: '发起纳入监测', path: onCase('enrolment'), body: null },
};

/** The request fields of a DTO, from the same metadata the OpenAPI document is built from. */
function fieldsOf(dto: Dto | null, preset: Record<string, string>): ActionField[] {
  if (dto === null) return [];
  const target = dto.prototype as object;
  const names = ((Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, target) ?? []) as string[]).map((name) => name.replace(/^:/, ''));
  return names
    .filter((name) => !(name in preset))
    .map((name) => {
      const property = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target, name) ?? {}) as SwaggerProperty;
      return { name, required: property.required !== false, description: property.description ?? null, type: typeOf(property), format: property.format ?? null, enum: enumOf(property) };
    });
}

interface SwaggerProperty {
  required?: boolean;
  description?: string;
  type?: unknown;
  isArray?: boolean;
  format?: string;
  enum?: unknown;
}

function typeOf(property: SwaggerProperty): ActionField['type'] {
  if (property.isArray === true || property.type === Array || Array.isArray(property.type)) return 'array';
  if (property.type === String || property.type === 'string' || property.enum !== undefined) return 'string';
  if (property.type === Boolean || property.type === 'boolean') return 'boolean';
  if (property.type === 'integer') return 'integer';
  if (property.type === Number || property.type === 'number') return 'number';
  return 'object';
}

const enumOf = (property: SwaggerProperty): string[] | null => (Array.isArray(property.enum) ? property.enum.map(String) : null);

/** Each event's fields, read once from its DTO's metadata: every case answer names them (with the main path, 5.5 µs an answer against 0.5, issue 18). */
const fieldsByEvent = new Map<string, readonly ActionField[]>();

function fieldsFor(event: string, spec: ActionSpec): ActionField[] {
  return kept(fieldsByEvent, event, () => Object.freeze(fieldsOf(spec.body, spec.preset ?? {}).map((field) => Object.freeze(field)))) as ActionField[];
}

/** The actions behind the events the caller may send now (events only the system sends have none). */
export function describeActions(events: readonly string[], ids: { caseId: string; noticeId: string | null }): AllowedAction[] {
  return events.flatMap((event) => {
    const spec = ACTIONS[event];
    if (!spec) return [];
    return [{ event, label: spec.label, method: 'POST' as const, path: spec.path(ids), preset: spec.preset ?? {}, fields: fieldsFor(event, spec) }];
  });
}

/** Whether every event a person may send has its action: checked by a test against the machines. */
export const DESCRIBED_EVENTS: ReadonlySet<string> = new Set(Object.keys(ACTIONS));
