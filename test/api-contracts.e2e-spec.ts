import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import type { CaseView } from '../src/cases/case.view';
import { chinaDate } from '../src/common/clock';
import { DESCRIBED_EVENTS } from '../src/cases/case-actions';
import { currentProcedure, PROCEDURE_NAMES } from '../src/cases/procedures';
import { allTransitions } from '../workflows/machine-paths';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { departures } from './support/documented-answer';
import { PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

/** The village clerk's token, for requests that are refused before any rule. */
let villageToken = '';
const tokensOf = (_app: TestApp): string => villageToken;

interface ErrorBody {
  code: string;
  message: string;
  requestId: string;
  errors?: { field: string; reason: string }[];
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[];
}

/** What a client (and the staff console) relies on: versions as ETags, one If-Match, Chinese errors with request ids. */
describe('API contracts (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
    villageToken = tokens.village;
  });

  afterAll(() => sut.close());

  it('gives a case answer its version as ETag, which works as If-Match until someone else changes the case', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const fetched = await sut.as(tokens.village).get(`/cases/${driver.caseId}`);
    expect(fetched.headers.etag).toBe(`"${(fetched.body as CaseView).version}"`);
    const submitted = await sut.as(tokens.village).post(`/cases/${driver.caseId}/submit`).set('If-Match', String(fetched.headers.etag));
    expect(submitted.status).toBe(201);
    expect(submitted.headers.etag).toBe('"2"');
    const stale = await sut.as(tokens.village).post(`/cases/${driver.caseId}/withdraw`).set('If-Match', String(fetched.headers.etag)).send({ reason: '撤回' });
    expect(stale.status).toBe(412);
    expect((await driver.view()).stage.code).toBe('group_review');
  });

  it('answers as its OpenAPI document says, for what the console reads', async () => {
    const document = (await sut.http().get('/docs-json')).body as Parameters<typeof departures>[0];
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    const submitted = await sut.as(tokens.village).post(`/cases/${driver.caseId}/submit`);
    // A dossier with something in every list: meetings, a verification, a notice, a decision.
    const full = await CaseDriver.openCase(sut, tokens, tree, clock);
    await full.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded(), sample.township('approve'));
    const answers: [path: string, method: string, status: number, body: unknown][] = [
      ['/cases/{id}/submit', 'post', 201, submitted.body],
      ['/cases', 'get', 200, (await sut.as(tokens.village).get('/cases').query({ waitingOnMe: 'true' })).body],
      ['/cases/{id}', 'get', 200, await driver.view()],
      ['/cases/{id}/history', 'get', 200, (await sut.as(tokens.village).get(`/cases/${driver.caseId}/history`)).body],
      ['/me', 'get', 200, (await sut.as(tokens.village).get('/me')).body],
      ['/auth/login', 'post', 200, (await sut.http().post('/auth/login').send({ username: 't', password: PASSWORD })).body],
      ['/me/notifications', 'get', 200, (await sut.as(tokens.township).get('/me/notifications')).body],
      ['/cases/stage-counts', 'get', 200, (await sut.as(tokens.village).get('/cases/stage-counts')).body],
      ['/procedures', 'get', 200, (await sut.as(tokens.village).get('/procedures')).body],
      ['/households', 'get', 200, (await sut.as(tokens.village).get('/households')).body],
      ['/households/{id}', 'get', 200, (await sut.as(tokens.village).get(`/households/${driver.householdId ?? ''}`)).body],
      ['/households/{id}/history', 'get', 200, (await sut.as(tokens.village).get(`/households/${driver.householdId ?? ''}/history`)).body],
      ['/cases/{id}/dossier', 'get', 200, (await sut.as(tokens.village).get(`/cases/${full.caseId}/dossier`)).body],
      ['/statistics/regions/{regionId}', 'get', 200, (await sut.as(tokens.township).get(`/statistics/regions/${tree.townshipA.id}`)).body],
      ['/imports', 'get', 200, (await sut.as(tokens.village).get('/imports')).body],
      ['/counties/{countyId}/policy', 'get', 200, (await sut.as(tokens.county).get(`/counties/${tree.county.id}/policy`)).body],
      ['/counties/{countyId}/policy/versions', 'get', 200, (await sut.as(tokens.county).get(`/counties/${tree.county.id}/policy/versions`)).body],
      ['/regions/{id}/tree', 'get', 200, (await sut.as(tokens.village).get(`/regions/${tree.villageA1.id}/tree`)).body],
    ];
    for (const [path, method, status, body] of answers) expect({ path, problems: departures(document, path, method, status, body) }).toEqual({ path, problems: [] });
    // The check can fail: an answer with a field the document does not name is caught.
    expect(departures(document, '/me', 'get', 200, { ...(answers[4]?.[3] as object), secret: 'x' })).toEqual(['body.secret: not documented']);
  });

  it('documents one optional If-Match on every case command (filing an objection is not one: anyone may, whatever the version)', async () => {
    const document = (await sut.http().get('/docs-json')).body as { paths: Record<string, Record<string, OpenApiOperation>> };
    const commands = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/cases/{id}/') && path !== '/cases/{id}/objections')
      .flatMap(([path, operations]) => Object.entries(operations).filter(([method]) => method === 'post').map(([, operation]) => ({ path, operation })));
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const { path, operation } of commands) {
      const headers = (operation.parameters ?? []).filter((parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match');
      expect({ path, headers: headers.map((header) => [header.name, header.required ?? false]) }).toEqual({ path, headers: [['If-Match', false]] });
    }
  });

  it('names every invalid field in Chinese; a missing one is 必填, not its range', async () => {
    const response = await sut.as(tokens.village).post('/meetings').send({ kind: 'representatives', villageId: 'not-a-uuid', heldOn: chinaDate(clock.now()), place: '', minutes: '评议', votes: [{ caseId: 'x' }], inOffice: 30 });
    expect(response.status).toBe(400);
    const errors = (response.body as ErrorBody).errors ?? [];
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'villageId', reason: '必须是 UUID 格式的编号' },
        { field: 'place', reason: '长度不能少于 1 个字符' },
        { field: 'present', reason: '必填' },
        { field: 'votes[0].caseId', reason: '必须是 UUID 格式的编号' },
      ]),
    );
    expect(errors.filter((error) => error.field === 'present')).toHaveLength(1);
    for (const error of errors) expect(error.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers a body that is no JSON with a Chinese 400 and its request id', async () => {
    const response = await sut.as(tokens.village).post('/meetings').set('content-type', 'application/json').send('{"kind": ');
    expect(response.status).toBe(400);
    const body = response.body as ErrorBody;
    expect(body.message).toBe('请求格式有误');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['x-request-id']).toBe(body.requestId);
  });

  it('names the stage by its Chinese label when a case cannot go on a notice', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit());
    const response = await sut.as(tokens.village).post('/publicity-notices').send({ villageId: tree.villageA1.id, stage: 'village_publicity', caseIds: [driver.caseId] });
    expect(response.status).toBe(409);
    expect(JSON.stringify(response.body)).toContain('处于「村民小组评议」');
    expect(JSON.stringify(response.body)).not.toContain('group_review」');
  });

  it('tells a screen what it may offer: the event, its label, the request and the fields it needs', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal());
    const view = await driver.view();
    const verify = view.allowedActions.find((action) => action.event === 'VERIFICATION_RECORDED');
    expect(verify).toMatchObject({ label: '记录入户核实', method: 'POST', path: `/cases/${driver.caseId}/verification` });
    const required = (verify?.fields ?? []).filter((field) => field.required).map((field) => field.name);
    expect(required).toEqual(expect.arrayContaining(['visitedOn', 'visitors', 'incomeFound', 'incomeYear', 'livingConditions', 'exclusionChecks', 'crossCheckHits']));
    expect((verify?.fields ?? []).find((field) => field.name === 'eligible')).toMatchObject({ required: false });
    expect(view.allowedActions.map((action) => action.event)).toEqual(['VERIFICATION_RECORDED', 'WITHDRAW']);
    // The township sees nothing to do here; the system's own time-limit events are never offered.
    expect(((await sut.as(tokens.township).get(`/cases/${driver.caseId}`)).body as CaseView).allowedActions).toEqual([]);

    await driver.run(sample.verification(), sample.publicityOpened());
    const onNotice = await driver.view();
    const objection = onNotice.allowedActions.find((action) => action.event === 'OBJECTION_FILED');
    expect(objection).toMatchObject({ path: `/cases/${driver.caseId}/objections`, preset: { kind: 'objection' } });
    expect(objection?.fields.map((field) => field.name)).not.toContain('kind');
    expect(onNotice.allowedActions.find((action) => action.event === 'PUBLICITY_CANCELLED')?.path).toBe(`/publicity-notices/${onNotice.publicity?.noticeId ?? ''}/cancel`);
  });

  it('describes every event a person can send in any machine', () => {
    const personal = new Set(
      PROCEDURE_NAMES.flatMap((name) => {
        const procedure = currentProcedure(name);
        return procedure ? allTransitions(procedure.machine.root).map((transition) => String(transition.eventType)) : [];
      }),
    );
    const undescribed = [...personal].filter((event) => !event.startsWith('LIMIT_') && !event.startsWith('xstate.') && !DESCRIBED_EVENTS.has(event));
    expect(undescribed).toEqual([]);
  });

  it('serves an OpenAPI document that validates, tagged in Chinese in the order of the work, with every error and every list\'s total', async () => {
    const document = (await sut.http().get('/docs-json')).body as OpenAPIV3.Document;
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    expect((document.tags ?? []).slice(0, 7).map((tag) => tag.name)).toEqual(['登录', '区划', '农户登记', '案件', '评议会议', '入户核实', '公示与异议']);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item ?? {}).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, operation]) => ({ path, method, operation: operation as OpenAPIV3.OperationObject })),
    );
    for (const { path, method, operation } of operations) {
      expect({ path, method, tags: (operation.tags ?? []).every((tag) => /[\u4e00-\u9fff]/.test(tag)) }).toEqual({ path, method, tags: true });
      expect({ path, method, has400: Boolean(operation.responses['400']) }).toEqual({ path, method, has400: true });
    }
    const refusal = document.paths['/cases/{id}/township-decision']?.post?.responses['409'] as OpenAPIV3.ResponseObject | undefined;
    expect(refusal?.description).toContain('TRANSITION_NOT_ALLOWED');
    for (const list of ['/cases', '/households', '/publicity-notices', '/meetings', '/objections', '/accounts', '/follow-up-visits']) {
      const ok = document.paths[list]?.get?.responses['200'] as OpenAPIV3.ResponseObject | undefined;
      const schema = ok?.content?.['application/json']?.schema as OpenAPIV3.SchemaObject | undefined;
      expect({ list, required: schema?.required }).toEqual({ list, required: ['items', 'total', 'nextCursor'] });
      expect({ list, filters: (document.paths[list]?.get?.parameters ?? []).length > 2 }).toEqual({ list, filters: true });
    }
  });

  it.each<[string, (agent: TestApp) => Promise<{ status: number; body: unknown }>, number, object]>([
    ['a bogus charset', (app) => app.as(tokensOf(app)).post('/cases').set('content-type', 'application/json; charset=bogus-8').send('{}'), 415, { code: 'VALIDATION_FAILED', message: '不支持的内容类型' }],
    ['gzip on a plain body', (app) => app.as(tokensOf(app)).post('/cases').set('content-type', 'application/json').set('content-encoding', 'gzip').send('{"a":1}'), 400, { code: 'VALIDATION_FAILED' }],
    ['JSON nested 20 000 deep', (app) => app.as(tokensOf(app)).post('/cases').set('content-type', 'application/json').send('['.repeat(20_000) + ']'.repeat(20_000)), 400, { errors: [{ field: 'body', reason: '嵌套层数超过 32 层' }] }],
    ['a NUL in a text', (app) => app.as(tokensOf(app)).post('/cases').send({ householdId: '00000000-0000-4000-8000-000000000000', procedure: 'identification', application: { reasons: 'a\u0000b' } }), 400, { errors: [{ field: 'reasons', reason: '不能包含空字符 (\\u0000)' }] }],
    ['a lone surrogate', (app) => app.as(tokensOf(app)).post('/cases').set('content-type', 'application/json').send('{"procedure": "\\ud800"}'), 400, { errors: [{ field: 'procedure', reason: '含有无效的字符编码 (孤立的代理字符)' }] }],
    ['a prototype key', (app) => app.as(tokensOf(app)).post('/cases').set('content-type', 'application/json').send('{"__proto__": {"x": 1}, "procedure": "identification"}'), 400, { errors: [{ field: '__proto__', reason: '不允许的字段' }] }],
    ['1e-320 in a number', (app) => app.as(tokensOf(app)).post('/cases').set('content-type', 'application/json').send('{"application": {"selfReportedIncome": 1e-320}}'), 400, { errors: [{ field: 'selfReportedIncome', reason: '数字超出可接受的范围' }] }],
    ['a vote count beyond 32 bits', (app) => app.as(tokensOf(app)).post('/meetings').send({ kind: 'representatives', votes: [{ caseId: '00000000-0000-4000-8000-000000000000', inFavour: 2147483648 }] }), 400, { errors: expect.arrayContaining([{ field: 'votes[0].inFavour', reason: '不能大于 10000' }]) as unknown }],
    ['a notification id of 20 digits', (app) => app.as(tokensOf(app)).post('/me/notifications/99999999999999999999/read'), 400, { errors: [{ field: 'id', reason: '必须是不超过 15 位的正整数' }] }],
    ['a NUL in a query', (app) => app.as(tokensOf(app)).get('/households').query({ headName: 'a\u0000' }), 400, { errors: [{ field: 'headName', reason: '不能包含空字符 (\\u0000)' }] }],
    ['a form body on the staff API', (app) => app.as(tokensOf(app)).post('/cases').type('form').send('householdId=x&__proto__=1'), 400, { code: 'VALIDATION_FAILED' }],
  ])('refuses %s with a 4xx naming the reason, and writes nothing', async (_name, send, status, body) => {
    const journal = await sut.dataSource.query<{ count: string }[]>('SELECT count(*) FROM case_event');
    const response = await send(sut);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject(body);
    expect(await sut.dataSource.query('SELECT count(*) FROM case_event')).toEqual(journal);
  });
});
