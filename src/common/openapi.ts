import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode } from './domain-error';

/** The tags of the API in the order of the work, in Chinese; each controller's English tag maps to one. */
const TAGS: [english: string, chinese: string, description: string][] = [
  ['auth', '登录', '用户名和密码登录，取得访问令牌'],
  ['regions', '区划', '县、乡镇、村、村民小组及统计用区划代码'],
  ['households', '农户登记', '农户及家庭成员、变更记录'],
  ['cases', '案件', '开立案件、案件列表与卷宗、提交、撤回、审核 (含批量)'],
  ['meetings', '评议会议', '村民小组评议、村民代表大会民主评议'],
  ['verifications', '入户核实', '识别入户核实、退出核实、监测入户核查、信息比对'],
  ['publicity', '公示与异议', '公示、公示期满、撤销、异议与复核申请'],
  ['exit', '贫困户退出', '农户认可、年度退出计划'],
  ['follow-ups', '回头看', '脱贫户回头看'],
  ['risk-leads', '风险线索', '风险线索受理、不予受理、核查关闭、发起纳入监测；农户自主申报'],
  ['sweeps', '集中排查', '县级发起排查、分配走访人、登记走访、覆盖情况'],
  ['monitoring', '防返贫监测', '一户一策：帮扶措施台账、收入核查'],
  ['help-cadres', '结对帮扶', '帮扶责任人、结对与调整、帮扶走访及到期提醒'],
  ['microcredit', '小额信贷', '帮扶小额信贷对象认定、撤销，交银行的名单'],
  ['imports', '文件导入', '花名册、部门比对数据、部门筛查预警：上传后后台导入，进度、错误报告与预警反馈表'],
  ['exports', '导出', '农户花名册、案件导出为 Excel'],
  ['statistics', '统计', '各级区划农户与人口、贫困发生率、超期案件 (可按截止日)'],
  ['notifications', '通知', '站内通知'],
  ['policies', '政策设置', '县级政策版本'],
  ['calendar', '工作日历', '法定节假日与调休'],
  ['webhooks', '回调', '县级回调地址'],
  ['accounts', '账号管理', '工作人员账号'],
  ['audit', '审计', '办理日志核验'],
  ['health', '运行状态', 'PostgreSQL 与 Redis'],
];

const ERRORS: Record<number, { description: string; codes: ErrorCode[] }> = {
  400: { description: '输入有误或不符合办理规则：errors 列出字段 (field) 和中文理由 (reason)', codes: [ErrorCode.ValidationFailed, ErrorCode.RuleViolation] },
  401: { description: '未登录或令牌已失效', codes: [ErrorCode.Unauthenticated] },
  403: { description: '超出本账号管辖范围或角色无权办理 (已记录)', codes: [ErrorCode.OutsideJurisdiction, ErrorCode.RoleNotAllowed] },
  404: { description: '不存在', codes: [ErrorCode.NotFound] },
  409: { description: '与当前状态冲突：如案件所处阶段不接受此操作 (allowedEvents 列出可办理的)、同类案件已在办理、人员已登记在其他农户', codes: [ErrorCode.TransitionNotAllowed, ErrorCode.Conflict, ErrorCode.CaseAlreadyOpen, ErrorCode.PersonInOtherHousehold] },
  412: { description: '案件已被他人更新 (If-Match 与当前版本不一致)，请刷新后重试', codes: [ErrorCode.VersionMismatch] },
};

const ERROR_BODY = {
  type: 'object',
  required: ['code', 'message', 'requestId'],
  properties: {
    code: { type: 'string', enum: Object.values(ErrorCode), description: '错误代码' },
    message: { type: 'string', description: '给人看的中文说明' },
    requestId: { type: 'string', description: '请求编号 (同 X-Request-Id)，联系管理员时提供' },
    errors: {
      type: 'array',
      description: '逐字段的问题 (400)',
      items: { type: 'object', required: ['field', 'reason'], properties: { field: { type: 'string', example: 'votes[0].inFavour' }, reason: { type: 'string', example: '赞成、反对、弃权票之和不能多于到会人数' } } },
    },
    allowedEvents: { type: 'array', items: { type: 'string' }, description: '409: 案件当前阶段本账号可办理的事件' },
    item: { type: 'string', description: '批量办理时出错的那一项，如 votes[3]' },
  },
};

/** What a dry run carried out before rolling back, one entry per command (src/cases/dry-run.ts, AppliedCommand). */
const DRY_RUN_APPLIED = {
  type: 'object',
  required: ['caseId', 'caseNumber', 'eventType', 'stageBefore', 'stageAfter', 'stageAfterLabel', 'rejection', 'effects'],
  properties: {
    caseId: { type: 'string', format: 'uuid' },
    caseNumber: { type: 'string' },
    eventType: { type: 'string' },
    stageBefore: { type: 'string' },
    stageAfter: { type: 'string' },
    stageAfterLabel: { type: 'string' },
    rejection: { type: 'object', nullable: true, required: ['stage', 'reason'], properties: { stage: { type: 'string' }, reason: { type: 'string' } } },
    effects: { type: 'array', items: { type: 'object', required: ['type'], properties: { type: { type: 'string' }, params: {} } } },
  },
};

/** `?dryRun=true` answers the command's answer wrapped: { dryRun, result, applied } (src/cases/dry-run.middleware.ts). */
function withDryRunAnswers(operation: Operation): void {
  if (!operation.parameters?.some((parameter) => (parameter as { name?: string }).name === 'dryRun')) return;
  for (const status of ['200', '201']) {
    const content = (operation.responses?.[status] as { content?: { 'application/json'?: { schema?: unknown } } } | undefined)?.content?.['application/json'];
    if (!content?.schema) continue;
    const answer = content.schema;
    content.schema = {
      oneOf: [
        answer,
        { type: 'object', required: ['dryRun', 'result', 'applied'], properties: { dryRun: { type: 'boolean', enum: [true] }, result: answer, applied: { type: 'array', items: { $ref: '#/components/schemas/DryRunApplied' } } } },
      ],
    };
  }
}

const PAGE_PATHS = ['/cases', '/households', '/follow-up-visits', '/accounts', '/publicity-notices', '/meetings', '/objections', '/me/notifications'];

type Operation = { tags?: string[]; security?: unknown[]; responses?: Record<string, unknown>; parameters?: { in: string }[] };

const hasSchema = (response: unknown): boolean => (response as { content?: { 'application/json'?: { schema?: unknown } } } | undefined)?.content?.['application/json']?.schema !== undefined;

/**
 * The document a client reads: tags in Chinese in the order of the work, every operation's 4xx
 * answers with the one error body and its codes, and every list's page (items, total, nextCursor).
 */
export function documentApi(document: OpenAPIObject): OpenAPIObject {
  const chinese = new Map(TAGS.map(([english, name]) => [english, name]));
  document.tags = TAGS.map(([, name, description]) => ({ name, description }));
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorBody: ERROR_BODY as never, DryRunApplied: DRY_RUN_APPLIED as never } };
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations as Record<string, Operation>)) {
      operation.tags = (operation.tags ?? []).map((tag) => chinese.get(tag) ?? tag);
      withDryRunAnswers(operation);
      const statuses = [400, 403, 404, ...(operation.security ? [401] : []), ...(method === 'get' ? [] : [409, 412])];
      operation.responses = operation.responses ?? {};
      for (const status of statuses) {
        const error = ERRORS[status];
        if (!error || operation.responses[String(status)]) continue;
        operation.responses[String(status)] = {
          description: `${error.description}。code: ${error.codes.join(', ')}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
      }
      // A list not yet documented with ApiPage still says it answers a page.
      if (method === 'get' && PAGE_PATHS.includes(path) && !hasSchema(operation.responses['200'])) {
        operation.responses['200'] = {
          description: '一页结果：items；total 为符合筛选条件的总数 (每页相同)；nextCursor 传回 cursor 取下一页，末页为 null',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['items', 'total', 'nextCursor'],
                properties: { items: { type: 'array', items: { type: 'object' } }, total: { type: 'integer', minimum: 0 }, nextCursor: { type: 'string', nullable: true } },
              },
            },
          },
        };
      }
    }
  }
  return document;
}
