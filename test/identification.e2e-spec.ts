import { chinaDate } from '../src/common/clock';
import { CaseEventEntity } from '../src/cases/case-event.entity';
import { CaseEntity } from '../src/cases/case.entity';
import { POLICY_IN_ROW, restoreSnapshot } from '../src/cases/case-snapshot';
import { procedureAt } from '../src/cases/procedures';
import type { CaseView } from '../src/cases/case.view';
import { OutboxEntity } from '../src/outbox/outbox.entity';
import { HouseholdChangeEntity } from '../src/households/household-change.entity';
import { sample, TO_CONFIRMED } from '../workflows/identification/identification.fixtures';
import { DEFAULT_POLICY, type CountyPolicy } from '../workflows/policy';
import type { FakeClock } from './support/fake-clock';
import { startIdentificationApp } from './support/identification-app';
import { createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { TestApp } from './support/test-app';

interface ErrorBody {
  code: string;
  errors?: { field: string; reason: string }[];
  allowedEvents?: string[];
  item?: string;
}

describe('Identification cases (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  const openCase = (application: object = {}) => CaseDriver.openCase(sut, tokens, tree, clock, application);
  /** A verification visited today (China time), on or after the day its case opened. */
  const visitBody = (overrides: object = {}) => verificationBody({ visitedOn: chinaDate(clock.now()), ...overrides });

  async function drive(driver: CaseDriver, ...events: Parameters<CaseDriver['send']>[0][]): Promise<void> {
    for (const event of events) {
      const response = await driver.send(event);
      if (response.status >= 300) throw new Error(`${event.type}: ${response.status} ${response.text}`);
    }
  }

  /** Application to the given stage along the happy path. */
  const HAPPY = TO_CONFIRMED;

  /** A representatives' meeting of village A1 (30 in office, 24 present) voting on `votes`. */
  const representativesMeeting = (votes: object[]) => ({
    kind: 'representatives',
    villageId: tree.villageA1.id,
    heldOn: '2026-03-01',
    place: '村委会',
    inOffice: 30,
    present: 24,
    minutes: '民主评议',
    votes,
  });

  const journalCount = (caseId: string) => sut.dataSource.getRepository(CaseEventEntity).countBy({ caseId });

  it('takes a household from application to registered, with every step in the journal', async () => {
    const driver = await openCase();
    const opened = await driver.view();
    expect(opened).toMatchObject({ stage: { code: 'application', label: '农户申请' }, policyVersion: 0, machineVersion: 3, allowedActions: [{ event: 'SUBMIT' }, { event: 'WITHDRAW' }] });
    expect(opened.caseNumber).toMatch(/^SB-2026-\d{6}$/);

    await drive(driver, ...HAPPY);
    const done = await driver.view();
    expect(done).toMatchObject({ stage: { code: 'confirmed', label: '已建档立卡', final: true }, household: { status: 'registered' }, allowedActions: [] });

    const household = await sut.as(tokens.village).get(`/households/${done.household.id}`);
    const statusChange = await sut.dataSource.getRepository(HouseholdChangeEntity).findOneByOrFail({ householdId: done.household.id, action: 'status_changed' });
    expect(statusChange.changes).toMatchObject({ status: ['none', 'registered'] });
    expect((household.body as { status: string }).status).toBe('registered');

    const history = (await sut.as(tokens.village).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; role: string; username: string; stageAfter: string; hash: string }[];
    expect(history).toHaveLength(HAPPY.length + 1);
    expect(history.map((entry) => entry.role)).toEqual(['village', 'village', 'village', 'village', 'village', 'village', 'village', 'township', 'township', 'township', 'county', 'county', 'county']);
    expect(history[history.length - 1]).toMatchObject({ eventType: 'PUBLICITY_WINDOW_ENDED', stageAfter: 'confirmed', username: 'c' });
    const outbox = await sut.dataSource.getRepository(OutboxEntity).findBy({ caseId: driver.caseId });
    expect(outbox.map((row) => [row.kind, row.payload.template ?? null])).toEqual(
      expect.arrayContaining([['notify', 'application_received'], ['notify', 'stage_changed'], ['notify', 'case_registered']]),
    );
    // Its deadlines were all days ahead: rows only, their alarms set by the reconciler nearer the time (alarm-horizon.ts).
    expect(outbox.filter((row) => row.kind === 'deadline')).toEqual([]);
    // One deadline per notice window, three windows; the reviews' limits came and went too.
    const deadlines = await sut.dataSource.query<{ kind: string; state: string }[]>(
      `SELECT kind, state FROM deadline WHERE case_id = $1 OR notice_id IN (SELECT id FROM publicity_notice WHERE case_ids ? $2)`,
      [driver.caseId, driver.caseId],
    );
    expect(deadlines.filter((deadline) => deadline.kind === 'publicity_window_end')).toHaveLength(3);
    const limits = deadlines.filter((deadline) => deadline.kind === 'time_limit_overdue');
    expect(limits.map((deadline) => deadline.state)).toEqual(['cancelled', 'cancelled']);
    expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });
  });

  it('tells a rejected applicant the stage and the reason, through the outbox', async () => {
    const driver = await openCase();
    await drive(driver, sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    const response = await sut.as(tokens.township).post(`/cases/${driver.caseId}/township-decision`).send({ decision: 'reject', reason: '家庭成员有财政供养人员' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ stage: { code: 'rejected' }, rejection: { stage: 'township_review', stageLabel: '乡镇审核', reason: '家庭成员有财政供养人员' } });
    const [notice] = await sut.dataSource.query<{ payload: object }[]>(`SELECT payload FROM outbox WHERE case_id = $1 AND payload->>'template' = 'case_rejected'`, [driver.caseId]);
    expect(notice?.payload).toMatchObject({ recipient: 'applicant', data: { stage: 'township_review', reason: '家庭成员有财政供养人员' } });
  });

  it('refuses an event the stage does not take with 409, listing what it takes, and writes nothing', async () => {
    const driver = await openCase();
    const before = await journalCount(driver.caseId);
    const response = await sut.as(tokens.township).post(`/cases/${driver.caseId}/township-decision`).send({ decision: 'approve', reason: '同意' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', stage: 'application', allowedEvents: [] });
    const village = await sut.as(tokens.village).post(`/cases/${driver.caseId}/verification`).send(visitBody());
    expect(village.status).toBe(409);
    expect(village.body).toMatchObject({ allowedEvents: ['SUBMIT', 'WITHDRAW'] });
    expect(await journalCount(driver.caseId)).toBe(before);
    expect((await driver.view()).version).toBe(1);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const driver = await openCase();
    const fetched = await sut.as(tokens.village).get(`/cases/${driver.caseId}`);
    expect(fetched.headers.etag).toBe('"1"');
    expect((await sut.as(tokens.village).post(`/cases/${driver.caseId}/submit`).set('If-Match', '"1"')).status).toBe(201);
    const stale = await sut.as(tokens.village).post(`/cases/${driver.caseId}/withdraw`).set('If-Match', '"1"').send({ reason: '重复点击' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', version: 2 });
    expect((await driver.view()).stage.code).toBe('group_review');
  });

  it('applies exactly one of 50 conflicting commands sent at once', async () => {
    const driver = await openCase();
    await drive(driver, sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    const before = await driver.view();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        sut.as(tokens.township).post(`/cases/${driver.caseId}/township-decision`).send({ decision: ['approve', 'return', 'reject'][index % 3], reason: `意见 ${index}` }),
      ),
    );
    const applied = responses.filter((response) => response.status === 201);
    expect(applied).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(49);
    const after = await driver.view();
    expect(after.version).toBe(before.version + 1);
    expect(await journalCount(driver.caseId)).toBe(after.version);
    expect(after.stage.code).toBe((applied[0]?.body as CaseView).stage.code);
  });

  it('keeps one open case per household; a rejected household may apply again', async () => {
    const driver = await openCase();
    const { household } = await driver.view();
    const again = await sut.as(tokens.village).post('/cases').send({ householdId: household.id, procedure: 'identification', application: { reasons: '再次申请', crossCheckConsent: true } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CASE_ALREADY_OPEN', caseId: driver.caseId });
    await drive(driver, sample.submit(), sample.groupReview(false));
    const later = await sut.as(tokens.village).post('/cases').send({ householdId: household.id, procedure: 'identification', application: { reasons: '再次申请', crossCheckConsent: true } });
    expect(later.status).toBe(201);
  });

  it('freezes the county policy into the case when it starts', async () => {
    const driver = await openCase();
    const published = await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send({ ...DEFAULT_POLICY, quorum: { numerator: 3, denominator: 4 } });
    expect(published.status).toBe(200);
    const newer = await openCase();
    expect((await newer.view()).policyVersion).toBe((published.body as { version: number }).version);
    expect((await driver.view()).policyVersion).toBe(0);
    // Which version the county's cases run on: the new one has the case opened since, the default all the others.
    const version = (published.body as { version: number }).version;
    const versions = await sut.as(tokens.county).get(`/counties/${tree.county.id}/policy/versions`);
    const [onDefault] = await sut.dataSource.query<{ running: number }[]>(`SELECT count(*)::int AS running FROM procedure_case WHERE policy_version = 0 AND NOT final`);
    const listed = (versions.body as { version: number; createdBy: string | null; runningCases: number; cases: number }[]).map(({ version, createdBy, runningCases, cases }) => ({ version, createdBy, runningCases, cases }));
    expect(listed).toEqual(expect.arrayContaining([{ version, createdBy: 'c', runningCases: 1, cases: 1 }]));
    expect(listed.find((entry) => entry.version === 0)).toMatchObject({ createdBy: null, runningCases: onDefault?.running });
    expect((versions.body as { version: number }[])[0]?.version).toBe(version);
    expect((await sut.as(tokens.township).get(`/counties/${tree.county.id}/policy/versions`)).status).toBe(403);
    // 20 of 30 present: quorum under 2/3 (the old case), not under 3/4 (the new one).
    const meeting = sample.appraisal({ inOffice: 30, present: 20, inFavour: 15, against: 5, abstaining: 0 });
    await drive(driver, sample.submit(), sample.groupReview(true), meeting);
    await drive(newer, sample.submit(), sample.groupReview(true), meeting);
    expect((await driver.view()).stage.code).toBe('verification');
    expect((await newer.view()).stage.code).toBe('democratic_appraisal');
    // Each machine ran on its own policy, which the row keeps and the snapshot names (POLICY_IN_ROW).
    for (const [running, quorum] of [[newer, { numerator: 3, denominator: 4 }], [driver, DEFAULT_POLICY.quorum]] as const) {
      const row = await sut.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: running.caseId });
      expect((row.snapshot as { context: { policy: unknown } }).context.policy).toBe(POLICY_IN_ROW);
      expect((restoreSnapshot(procedureAt(row.procedure, row.machineVersion), row).context as { policy: CountyPolicy }).policy.quorum).toEqual(quorum);
    }
    await sut.as(tokens.county).put(`/counties/${tree.county.id}/policy`).send(DEFAULT_POLICY);
  });

  it('holds a case on an open objection after the window and moves it on when the objection is dismissed', async () => {
    const driver = await openCase();
    await drive(driver, sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened());
    const filed = await driver.send(sample.objection());
    expect((filed.body as CaseView).openObjections).toHaveLength(1);
    const early = await sut.as(tokens.village).post(`/publicity-notices/${(await driver.view()).publicity?.noticeId ?? ''}/end`);
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', errors: [{ field: 'window' }] });
    await drive(driver, sample.windowEnded());
    expect((await driver.view()).stage).toMatchObject({ code: 'village_publicity', phase: 'awaiting_findings' });
    await drive(driver, sample.finding(false));
    expect((await driver.view()).stage.code).toBe('township_review');
  });

  it('closes the other objections of a case that an upheld one took off the notice', async () => {
    const driver = await openCase();
    await drive(driver, sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.objection('o-1'), sample.objection('o-2'));
    await drive(driver, sample.finding(true, 'o-1'));
    expect((await driver.view()).stage.code).toBe('rejected');
    const statuses = await sut.dataSource.query<{ status: string }[]>('SELECT status FROM objection WHERE case_id = $1 ORDER BY filed_at, public_number', [driver.caseId]);
    expect(statuses.map((row) => row.status)).toEqual(['upheld', 'cancelled']);
    expect((await driver.view()).openObjections).toEqual([]);
  });

  it('refuses an anonymous objection unless the county accepts them', async () => {
    const driver = await openCase();
    await drive(driver, sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened());
    const anonymous = await sut.as(tokens.village).post(`/cases/${driver.caseId}/objections`).send({ kind: 'objection', reason: '匿名反映' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body).toMatchObject({ errors: [{ field: 'objectorName' }] });
  });

  describe('meetings', () => {
    it('records one meeting for many cases, and refuses all of it when one vote is wrong', async () => {
      const drivers = await Promise.all([openCase(), openCase(), openCase()]);
      for (const driver of drivers) await drive(driver, sample.submit(), sample.groupReview(true));
      const stray = await openCase(); // still at application: cannot be voted on
      const body = representativesMeeting([...drivers, stray].map((driver) => ({ caseId: driver.caseId, inFavour: 20, against: 3, abstaining: 1 })));
      const refused = await sut.as(tokens.village).post('/meetings').send(body);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', item: 'votes[3]' });
      for (const driver of drivers) expect((await driver.view()).stage.code).toBe('democratic_appraisal');
      const meetings = await sut.dataSource.query<{ count: string }[]>('SELECT count(*) FROM meeting');

      const accepted = await sut.as(tokens.village).post('/meetings').send({ ...body, votes: body.votes.slice(0, 3) });
      expect(accepted.status).toBe(201);
      expect((accepted.body as { cases: { stage: string }[] }).cases.map((outcome) => outcome.stage)).toEqual(['verification', 'verification', 'verification']);
      const after = await sut.dataSource.query<{ count: string }[]>('SELECT count(*) FROM meeting');
      expect(Number(after[0]?.count)).toBe(Number(meetings[0]?.count) + 1);
    });

    it('holds a group review as one villager group\'s meeting, on households of that group only', async () => {
      const driver = await openCase();
      await drive(driver, sample.submit());
      const [secondGroup] = await sut.dataSource.query<{ id: string }[]>(`SELECT id FROM region WHERE parent_id = $1 AND group_number = 2`, [tree.villageA1.id]);
      const meeting = (groupId: string) => ({
        kind: 'group_review',
        villageId: tree.villageA1.id,
        groupId,
        heldOn: chinaDate(clock.now()),
        place: '一组晒谷场',
        present: 18,
        attendees: ['韦组长', '黄某', '李某'],
        minutes: '申请人陈述理由',
        votes: [{ caseId: driver.caseId, recommended: true }],
      });
      const otherGroup = await sut.as(tokens.village).post('/meetings').send(meeting(secondGroup?.id ?? ''));
      expect(otherGroup.status).toBe(400);
      expect(otherGroup.body).toMatchObject({ errors: [{ field: 'votes[0].caseId', reason: '该户不属于二组，不能在本组评议' }] });
      const otherVillage = await sut.as(tokens.village).post('/meetings').send(meeting(tree.groupB1.id));
      expect(otherVillage.body).toMatchObject({ errors: [{ field: 'groupId', reason: '该村民小组不属于本村' }] });
      expect((await driver.view()).stage.code).toBe('group_review');

      const held = await sut.as(tokens.village).post('/meetings').send(meeting(tree.groupA1.id));
      expect(held.status).toBe(201);
      const [row] = await sut.dataSource.query<{ group_id: string; attendees: string[] }[]>(`SELECT group_id, attendees FROM meeting WHERE id = $1`, [(held.body as { meetingId: string }).meetingId]);
      expect(row).toEqual({ group_id: tree.groupA1.id, attendees: ['韦组长', '黄某', '李某'] });
      const history = (await sut.as(tokens.village).get(`/cases/${driver.caseId}/history`)).body as { eventType: string; payload: { groupId?: string } }[];
      expect(history[history.length - 1]).toMatchObject({ eventType: 'GROUP_REVIEW_RECORDED', payload: { groupId: tree.groupA1.id } });
    });

    it('records a cadre relative\'s declaration with the vote, and refuses the vote without it', async () => {
      const driver = await openCase({ cadreRelative: { cadreName: '韦支书', relation: '兄弟' } });
      await drive(driver, sample.submit(), sample.groupReview(true));
      const undeclared = await driver.send(sample.appraisal());
      expect(undeclared.status).toBe(400);
      expect(undeclared.body).toMatchObject({ code: 'RULE_VIOLATION', item: 'votes[0]', errors: [{ field: 'cadreRelationDeclared' }] });
      const declared = await driver.send(sample.appraisal({ cadreRelationDeclared: true }));
      expect(declared.status).toBe(201);
      const vote = await sut.dataSource.query<{ cadre_relation_declared: boolean }[]>(`SELECT v.cadre_relation_declared FROM meeting_vote v JOIN meeting m ON m.id = v.meeting_id WHERE v.case_id = $1 AND m.kind = 'representatives'`, [driver.caseId]);
      expect(vote).toEqual([{ cadre_relation_declared: true }]);
    });
  });

  describe('bad input', () => {
    let atAppraisal: CaseDriver;
    let atVerification: CaseDriver;
    let atReview: CaseDriver;

    beforeAll(async () => {
      atAppraisal = await openCase();
      await drive(atAppraisal, sample.submit(), sample.groupReview(true));
      atVerification = await openCase();
      await drive(atVerification, sample.submit(), sample.groupReview(true), sample.appraisal());
      atReview = await openCase();
      await drive(atReview, sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    });

    const representatives = (votes: object, meeting: object = {}) => ({
      ...representativesMeeting([{ caseId: atAppraisal.caseId, inFavour: 20, against: 3, abstaining: 1, ...votes }]),
      ...meeting,
    });

    const cases: [string, () => [string, string, object], string][] = [
      ['open: unknown household', () => ['post', '/cases', { householdId: '00000000-0000-4000-8000-000000000000', procedure: 'identification', application: { reasons: '申请', crossCheckConsent: true } }], 'householdId'],
      ['open: missing application', () => ['post', '/cases', { householdId: '00000000-0000-4000-8000-000000000000', procedure: 'identification' }], 'application'],
      ['open: unknown procedure', () => ['post', '/cases', { householdId: '00000000-0000-4000-8000-000000000000', procedure: 'lottery', application: { reasons: '申请', crossCheckConsent: true } }], 'procedure'],
      ['open: consent not a boolean', () => ['post', '/cases', { householdId: '00000000-0000-4000-8000-000000000000', procedure: 'identification', application: { reasons: '申请', crossCheckConsent: 'yes' } }], 'application.crossCheckConsent'],
      ['withdraw: no reason', () => ['post', `/cases/${atAppraisal.caseId}/withdraw`, {}], 'reason'],
      ['meeting: votes exceed those present', () => ['post', '/meetings', representatives({ inFavour: 20, against: 4, abstaining: 1 })], 'votes[0].inFavour'],
      ['meeting: more present than in office', () => ['post', '/meetings', representatives({}, { present: 31 })], 'present'],
      ['meeting: held in the future', () => ['post', '/meetings', representatives({}, { heldOn: '2099-01-01' })], 'heldOn'],
      ['meeting: counts missing', () => ['post', '/meetings', representatives({ inFavour: undefined })], 'votes[0].inFavour'],
      ['meeting: in office missing', () => ['post', '/meetings', representatives({}, { inOffice: undefined })], 'inOffice'],
      ['meeting: negative count', () => ['post', '/meetings', representatives({ against: -1 })], 'votes[0].against'],
      ['meeting: not a date', () => ['post', '/meetings', representatives({}, { heldOn: '昨天' })], 'heldOn'],
      ['meeting: unknown case', () => ['post', '/meetings', representatives({ caseId: '00000000-0000-4000-8000-000000000000' })], 'votes[0].caseId'],
      ['meeting: group review without recommendation', () => ['post', '/meetings', { ...representatives({}), kind: 'group_review', votes: [{ caseId: atAppraisal.caseId }] }], 'votes[0].recommended'],
      ['verification: visited in the future', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ visitedOn: '2099-01-01' })], 'visitedOn'],
      ['verification: visited before the application', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ visitedOn: '2026-02-27' })], 'visitedOn'],
      ['verification: income of a year to come', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ incomeYear: 2031 })], 'incomeYear'],
      ['verification: one visitor', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ visitors: [{ name: '李队员', team: 'work_team' }] })], 'visitors'],
      ['verification: unknown team', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ visitors: [{ name: '李', team: 'police' }] })], 'visitors[0].team'],
      ['verification: unresolved hit', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ crossCheckHits: [{ source: '不动产登记' }] })], 'crossCheckHits[0].resolution'],
      ['verification: missing exclusion checks', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ exclusionChecks: [] })], 'exclusionChecks'],
      ['verification: income missing', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ incomeFound: undefined })], 'incomeFound'],
      ['verification: income year missing', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ incomeYear: undefined })], 'incomeYear'],
      ['verification: 两不愁三保障 missing', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ livingConditions: undefined })], 'livingConditions'],
      // procedures.md "Identification": the clerk's conclusion never overrides the facts.
      ['verification: income 11 767 above the line, claimed eligible', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ incomeFound: 11767, eligible: true })], 'eligible'],
      ['verification: income below the line, claimed not eligible', () => ['post', `/cases/${atVerification.caseId}/verification`, visitBody({ eligible: false, reason: '印象中不困难' })], 'eligible'],
      ['meeting: group review without its group', () => ['post', '/meetings', { ...representatives({}), inOffice: undefined, kind: 'group_review', attendees: ['韦组长'], votes: [{ caseId: atAppraisal.caseId, recommended: true }] }], 'groupId'],
      ['meeting: group review without attendees', () => ['post', '/meetings', { ...representatives({}), inOffice: undefined, kind: 'group_review', groupId: tree.groupA1.id, votes: [{ caseId: atAppraisal.caseId, recommended: true }] }], 'attendees'],
      ['township decision: unknown decision', () => ['post', `/cases/${atReview.caseId}/township-decision`, { decision: 'maybe', reason: '再议' }], 'decision'],
      ['township decision: no reason', () => ['post', `/cases/${atReview.caseId}/township-decision`, { decision: 'approve' }], 'reason'],
      ['township decision: unknown field', () => ['post', `/cases/${atReview.caseId}/township-decision`, { decision: 'approve', reason: '同意', extra: true }], 'extra'],
      ['notice: unknown stage', () => ['post', '/publicity-notices', { villageId: tree.villageA1.id, stage: 'gossip', caseIds: [atReview.caseId] }], 'stage'],
      ['notice: no cases', () => ['post', '/publicity-notices', { villageId: tree.villageA1.id, stage: 'village_publicity', caseIds: [] }], 'caseIds'],
      ['objection: unknown kind', () => ['post', `/cases/${atReview.caseId}/objections`, { kind: 'rumour', objectorName: '甲', reason: '有意见' }], 'kind'],
    ];

    it.each(cases)('%s: 400 naming the field, nothing written', async (_name, request, field) => {
      const [, path, body] = request();
      const token = path.includes('township-decision') ? tokens.township : tokens.village;
      const journalBefore = await sut.dataSource.getRepository(CaseEventEntity).count();
      const versions = await sut.dataSource.getRepository(CaseEntity).find({ select: { id: true, version: true } });
      const response = await sut.as(token).post(path).send(body);
      expect(response.status).toBe(400);
      expect((response.body as ErrorBody).errors?.map((error) => error.field)).toContain(field);
      expect(await sut.dataSource.getRepository(CaseEventEntity).count()).toBe(journalBefore);
      expect(await sut.dataSource.getRepository(CaseEntity).find({ select: { id: true, version: true } })).toEqual(versions);
    });
  });

  describe('journal', () => {
    it('refuses UPDATE, DELETE and TRUNCATE, even for the database owner', async () => {
      const driver = await openCase();
      for (const sql of [
        `UPDATE case_event SET role = 'county' WHERE case_id = '${driver.caseId}'`,
        `DELETE FROM case_event WHERE case_id = '${driver.caseId}'`,
        'TRUNCATE case_event',
      ]) {
        await expect(sut.dataSource.query(sql)).rejects.toThrow(/append-only/);
      }
      expect(await journalCount(driver.caseId)).toBe(1);
    });

    it('finds an entry edited or deleted behind the application\'s back', async () => {
      const driver = await openCase();
      await drive(driver, sample.submit(), sample.groupReview(true), sample.appraisal());
      expect((await sut.as(tokens.county).get('/audit/journal/verify')).body).toMatchObject({ intact: true });

      // A superuser can switch triggers off for a session: the hash chain still tells.
      await sut.dataSource.transaction(async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        await tx.query(`UPDATE case_event SET payload = jsonb_set(payload, '{inFavour}', '30') WHERE case_id = $1 AND sequence = 4`, [driver.caseId]);
      });
      const edited = await sut.as(tokens.county).get('/audit/journal/verify');
      expect(edited.body).toMatchObject({ intact: false, firstBroken: { caseId: driver.caseId, sequence: 4, reason: expect.stringContaining('hash') as string } });

      await sut.dataSource.transaction(async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        await tx.query(`UPDATE case_event SET payload = jsonb_set(payload, '{inFavour}', '20') WHERE case_id = $1 AND sequence = 4`, [driver.caseId]);
        await tx.query('DELETE FROM case_event WHERE case_id = $1 AND sequence = 2', [driver.caseId]);
      });
      const deleted = await sut.as(tokens.county).get('/audit/journal/verify');
      expect(deleted.body).toMatchObject({ intact: false, firstBroken: { caseId: driver.caseId, sequence: 2, reason: expect.stringContaining('missing') as string } });

      await sut.dataSource.transaction(async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        await tx.query('DELETE FROM case_event WHERE case_id = $1', [driver.caseId]);
        await tx.query('DELETE FROM procedure_case WHERE id = $1', [driver.caseId]);
      });
    });

    it('is verified by county staff for their county and by admins; others are refused', async () => {
      await createAccount(sut.dataSource, 'adm', 'admin', null);
      const admin = await sut.login('adm', PASSWORD);
      expect((await sut.as(admin).get('/audit/journal/verify')).status).toBe(200);
      expect((await sut.as(tokens.township).get('/audit/journal/verify')).status).toBe(403);
    });
  });
});

function verificationBody(overrides: object = {}): object {
  const event = sample.verification();
  return {
    visitedOn: '2026-03-02',
    visitors: event.visitors,
    fullHomeVisit: true,
    exclusionChecks: event.exclusionChecks,
    crossCheckHits: [],
    incomeFound: event.incomeFound,
    incomeYear: event.incomeYear,
    livingConditions: event.livingConditions,
    eligible: true,
    ...overrides,
  };
}
