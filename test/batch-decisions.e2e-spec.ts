import { chinaDate } from '../src/common/clock';
import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import type { RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import type { TestApp } from './support/test-app';

interface BatchOutcome {
  applied: number;
  refused: number;
  items: { index: number; caseId: string; applied: boolean; stage?: string; stageLabel?: string; error?: { code: string; message: string } }[];
}

/** Acting on many at once: a township approving a village's list, a meeting that decided nothing. */
describe('Batch decisions and meeting outcomes (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  async function atTownshipReview(): Promise<CaseDriver> {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.windowEnded());
    return driver;
  }

  it('approves a village\'s list and returns one case in one request, each item on its own, a stale one refused with its index', async () => {
    const [first, stale, returned] = [await atTownshipReview(), await atTownshipReview(), await atTownshipReview()];
    const staleVersion = (await stale.view()).version - 1;
    const response = await sut.as(tokens.township).post('/cases/township-decisions').send({
      items: [
        { caseId: first.caseId, decision: 'approve', reason: '符合条件' },
        { caseId: stale.caseId, decision: 'approve', reason: '符合条件', version: staleVersion },
        { caseId: returned.caseId, decision: 'return', reason: '收入核算缺少务工收入，请补正' },
      ],
    });
    expect(response.status).toBe(200);
    const outcome = response.body as BatchOutcome;
    expect(outcome).toMatchObject({ applied: 2, refused: 1 });
    expect(outcome.items.map((item) => [item.index, item.applied, item.stage ?? item.error?.code])).toEqual([
      [0, true, 'township_publicity'],
      [1, false, 'VERSION_MISMATCH'],
      [2, true, 'verification'],
    ]);
    expect(outcome.items[0]?.stageLabel).toBe('乡镇审核后公示 · 待发布公示');
    expect((await stale.view()).stage.code).toBe('township_review');
    // The clerk finds the returned case waiting on the village, with the reason in its history.
    const waiting = (await sut.as(tokens.village).get('/cases').query({ waitingOnMe: true, householdId: (await returned.view()).household.id })).body as { items: { id: string; stage: string }[] };
    expect(waiting.items).toEqual([expect.objectContaining({ id: returned.caseId, stage: 'verification' })]);
    const history = (await sut.as(tokens.village).get(`/cases/${returned.caseId}/history`)).body as { eventType: string; payload: { reason: string } }[];
    expect(history[history.length - 1]).toMatchObject({ eventType: 'TOWNSHIP_DECIDED', payload: { reason: '收入核算缺少务工收入，请补正' } });
  });

  it('refuses a county batch from a township, and an item the stage does not take, naming it', async () => {
    const driver = await atTownshipReview();
    expect((await sut.as(tokens.township).post('/cases/county-decisions').send({ items: [{ caseId: driver.caseId, decision: 'approve', reason: '同意' }] })).status).toBe(403);
    const wrongStage = (await sut.as(tokens.county).post('/cases/county-decisions').send({ items: [{ caseId: driver.caseId, decision: 'approve', reason: '同意' }] })).body as BatchOutcome;
    expect(wrongStage.items[0]).toMatchObject({ applied: false, error: { code: 'TRANSITION_NOT_ALLOWED', item: 'items[0]' } });
    expect((await sut.as(tokens.township).post('/cases/township-decisions').send({ items: [] })).body).toMatchObject({ errors: [{ field: 'items' }] });
  });

  it('says for each case when a representatives\' meeting had no quorum, and moves none of them', async () => {
    const drivers = [await CaseDriver.openCase(sut, tokens, tree, clock), await CaseDriver.openCase(sut, tokens, tree, clock)];
    for (const driver of drivers) await driver.run(sample.submit(), sample.groupReview(true));
    const response = await sut.as(tokens.village).post('/meetings').send({
      kind: 'representatives',
      villageId: tree.villageA1.id,
      heldOn: chinaDate(clock.now()),
      place: '村委会会议室',
      inOffice: 30,
      present: 19,
      minutes: '到会 19 人',
      votes: drivers.map((driver) => ({ caseId: driver.caseId, inFavour: 19, against: 0, abstaining: 0 })),
    });
    expect(response.status).toBe(201);
    const cases = (response.body as { cases: { vote: { outcome: string; label: string }; stage: string }[] }).cases;
    expect(cases.map((item) => [item.vote.outcome, item.stage])).toEqual([
      ['no_quorum', 'democratic_appraisal'],
      ['no_quorum', 'democratic_appraisal'],
    ]);
    expect(cases[0]?.vote.label).toBe('到会人数不足法定比例，评议无效，须另行开会');
    for (const driver of drivers) expect((await driver.view()).stage.code).toBe('democratic_appraisal');
  });

  it('ends many windows at once where each window allows, answering the others with their error', async () => {
    const first = await CaseDriver.openCase(sut, tokens, tree, clock);
    await first.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened());
    const firstNotice = (await first.view()).publicity;
    clock.set(new Date(Date.parse(firstNotice?.endsAt ?? '') + 3_600_000));
    const second = await CaseDriver.openCase(sut, tokens, tree, clock);
    await second.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened());
    const secondNotice = (await second.view()).publicity;
    const response = await sut.as(tokens.village).post('/publicity-notices/end').send({ noticeIds: [firstNotice?.noticeId, secondNotice?.noticeId] });
    expect(response.status).toBe(200);
    const outcome = response.body as { ended: number; refused: number; items: { index: number; ended: boolean; error?: { code: string } }[] };
    expect(outcome).toMatchObject({ ended: 1, refused: 1 });
    expect(outcome.items.map((item) => [item.index, item.ended, item.error?.code ?? null])).toEqual([
      [0, true, null],
      [1, false, 'RULE_VIOLATION'],
    ]);
    expect((await first.view()).stage.code).toBe('township_review');
    expect((await second.view()).stage).toMatchObject({ code: 'village_publicity', phase: 'open' });
  });
});
