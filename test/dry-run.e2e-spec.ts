import type { CaseView } from '../src/cases/case.view';
import { chinaDate } from '../src/common/clock';
import { exitSample } from '../workflows/exit/exit.fixtures';
import { ALL_SECURE, SAMPLE_VISITORS, sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface DryRunAnswer<T> {
  dryRun: true;
  result: T;
  applied: { caseId: string; eventType: string; stageBefore: string; stageAfter: string; stageAfterLabel: string; rejection: { reason: string } | null; effects: { type: string }[] }[];
}

/** Trying a command before doing it: the rules run in full, nothing is written. */
describe('Dry runs (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  /** Every row count a command could change, to compare before and after. */
  const counts = async () =>
    sut.dataSource.query<Record<string, string>[]>(
      `SELECT (SELECT count(*) FROM case_event) AS journal, (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM verification) AS visits,
              (SELECT count(*) FROM income_check) AS incomes, (SELECT count(*) FROM meeting) AS meetings, (SELECT count(*) FROM deadline) AS deadlines,
              (SELECT count(*) FROM publicity_notice) AS notices, (SELECT count(*) FROM procedure_case) AS cases, (SELECT sum(version) FROM procedure_case) AS versions`,
    );

  it('shows that an exit verification one digit short would cancel the exit, and writes nothing', async () => {
    const driver = await CaseDriver.openProcedure(sut, tokens, tree, clock, 'exit');
    await driver.run(sample.appraisal());
    const before = await counts();
    const visit = { visitedOn: chinaDate(clock.now()), visitors: SAMPLE_VISITORS, incomeFound: 400, incomeYear: 2025, livingConditions: ALL_SECURE };
    const tried = await sut.as(tokens.village).post(`/cases/${driver.caseId}/exit-verification`).query({ dryRun: true }).send(visit);
    expect(tried.status).toBe(201);
    const answer = tried.body as DryRunAnswer<CaseView>;
    expect(answer.dryRun).toBe(true);
    expect(answer.result.stage.code).toBe('cancelled');
    expect(answer.applied).toEqual([
      expect.objectContaining({ eventType: 'EXIT_VERIFICATION_RECORDED', stageBefore: 'verification', stageAfter: 'cancelled', stageAfterLabel: '退出终止', rejection: expect.objectContaining({ reason: '人均纯收入 400 元未高于 2025 年贫困线 4000 元' }) as unknown }),
    ]);
    expect(answer.applied[0]?.effects.map((effect) => effect.type)).toEqual(['notify']);
    expect(await counts()).toEqual(before);
    expect((await driver.view()).stage.code).toBe('verification');

    // With the digit typed, the real command goes on to the household's signature.
    const done = await sut.as(tokens.village).post(`/cases/${driver.caseId}/exit-verification`).send({ ...visit, incomeFound: exitSample.verification().incomeFound });
    expect((done.body as CaseView).stage.code).toBe('acknowledgement');
  });

  it('answers a refused dry run as the real command would, and a meeting or a batch decision with every case', async () => {
    const drivers = [await CaseDriver.openCase(sut, tokens, tree, clock), await CaseDriver.openCase(sut, tokens, tree, clock)];
    for (const driver of drivers) await driver.run(sample.submit(), sample.groupReview(true));
    const before = await counts();
    const meeting = { kind: 'representatives', villageId: tree.villageA1.id, heldOn: chinaDate(clock.now()), place: '村委会会议室', inOffice: 30, present: 24, minutes: '评议', votes: drivers.map((driver, index) => ({ caseId: driver.caseId, inFavour: index === 0 ? 20 : 12, against: index === 0 ? 2 : 12, abstaining: 0 })) };
    const tried = (await sut.as(tokens.village).post('/meetings').query({ dryRun: 'true' }).send(meeting)).body as DryRunAnswer<{ cases: { vote: { outcome: string } }[] }>;
    expect(tried.result.cases.map((item) => item.vote.outcome)).toEqual(['passed', 'failed']);
    expect(tried.applied.map((item) => item.stageAfter)).toEqual(expect.arrayContaining(['verification', 'rejected']));
    const refused = await sut.as(tokens.village).post('/meetings').query({ dryRun: true }).send({ ...meeting, present: 31 });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: [{ field: 'present' }] });
    expect(await counts()).toEqual(before);

    const atReview = await CaseDriver.openCase(sut, tokens, tree, clock);
    await atReview.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    const beforeBatch = await counts();
    const batch = (await sut.as(tokens.township).post('/cases/township-decisions').query({ dryRun: true }).send({ items: [{ caseId: atReview.caseId, decision: 'approve', reason: '同意' }] })).body as DryRunAnswer<{ applied: number }>;
    expect(batch.result.applied).toBe(1);
    expect(batch.applied.map((item) => item.stageAfter)).toEqual(['township_publicity.pending']);
    expect(await counts()).toEqual(beforeBatch);
    expect((await atReview.view()).stage.code).toBe('township_review');
  });

  it('documents dryRun on the commands', async () => {
    const document = (await sut.http().get('/docs-json')).body as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    for (const path of ['/cases/{id}/verification', '/meetings', '/publicity-notices', '/cases/township-decisions']) {
      expect(document.paths[path]?.post?.parameters?.map((parameter) => parameter.name)).toContain('dryRun');
    }
  });
});
