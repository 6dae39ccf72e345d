import { sample } from '../workflows/identification/identification.fixtures';
import { CaseDriver, type Tokens } from './support/case-driver';
import type { FakeClock } from './support/fake-clock';
import { createAccount, PASSWORD, type RegionTree } from './support/fixtures';
import { startIdentificationApp } from './support/identification-app';
import { pdfAt } from './support/pdf';
import type { TestApp } from './support/test-app';

interface Dossier {
  case: { caseNumber: string; stage: { code: string } };
  household: { villageName: string; groupName: string; members: { name: string }[] };
  application: { reasons: string };
  meetings: { kindLabel: string; groupName: string | null; outcome: string }[];
  verifications: { kindLabel: string; incomeFound: number; incomeYear: number }[];
  notices: { title: string }[];
  objections: { statusLabel: string; finding: string }[];
  decisions: { stageLabel: string; decisionLabel: string; reason: string }[];
  timeLimits: { limit: string; kind: string; state: string }[];
  journal: { eventType: string }[];
}

/** A case seen whole: what a township reviewer reads before deciding. */
describe('Case dossier (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let tokens: Tokens;
  let clock: FakeClock;

  beforeAll(async () => {
    ({ sut, tree, tokens, clock } = await startIdentificationApp());
  });

  afterAll(() => sut.close());

  it('gathers the household, application, meetings with this case\'s vote, visits, notices, objections, decisions, limits and journal, on screen and on A4', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await driver.run(sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification(), sample.publicityOpened(), sample.objection(), sample.finding(false), sample.windowEnded(), sample.township('return'));

    const response = await sut.as(tokens.township).get(`/cases/${driver.caseId}/dossier`);
    expect(response.status).toBe(200);
    const dossier = response.body as Dossier;
    expect(dossier.case.stage.code).toBe('verification');
    expect(dossier.household).toMatchObject({ villageName: tree.villageA1.name, groupName: '一组', members: [{ name: '韦建国' }] });
    expect(dossier.application.reasons).toBe('因病致贫，收入低');
    expect(dossier.meetings.map((meeting) => [meeting.kindLabel, meeting.groupName, meeting.outcome])).toEqual([
      ['村民小组评议', '一组', '推荐'],
      ['村民代表大会民主评议', null, '通过'],
    ]);
    expect(dossier.verifications).toMatchObject([{ kindLabel: '入户核实', incomeFound: 3200, incomeYear: 2025 }]);
    expect(dossier.notices.map((notice) => notice.title)).toEqual(['贫困户识别 · 村级第一次公示']);
    expect(dossier.objections).toMatchObject([{ statusLabel: '不成立', finding: '经调查，反映情况不属实' }]);
    expect(dossier.decisions).toEqual([expect.objectContaining({ stageLabel: '乡镇审核', decisionLabel: '退回', reason: '材料不全' })]);
    expect(dossier.timeLimits.map((limit) => [limit.limit, limit.state])).toEqual([
      ['township_review', 'cancelled'],
      ['township_review', 'cancelled'],
    ]);
    expect(dossier.journal.map((entry) => entry.eventType)).toContain('OBJECTION_RESOLVED');

    const pdf = await pdfAt(sut, tokens.township, `/cases/${driver.caseId}/dossier/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    for (const text of ['贫困户识别案件卷宗', dossier.case.caseNumber, '一、农户概况', '村民代表大会民主评议', '赞成20', '乡镇审核退回', '材料不全', '乡镇t：乡镇审核→入户核实', '第1页共2页']) {
      expect(pdf.text).toContain(text);
    }
  });

  it('is not shown outside the jurisdiction', async () => {
    const driver = await CaseDriver.openCase(sut, tokens, tree, clock);
    await createAccount(sut.dataSource, 'v-a2-dossier', 'village', tree.villageA2);
    const other = await sut.login('v-a2-dossier', PASSWORD);
    expect((await sut.as(other).get(`/cases/${driver.caseId}/dossier`)).status).toBe(403);
    expect((await sut.as(other).get(`/cases/${driver.caseId}/dossier/pdf`)).status).toBe(403);
  });
});
