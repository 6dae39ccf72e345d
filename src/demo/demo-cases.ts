import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, EXCLUSION_CHECKS } from '../../workflows/policy';
import { SweepsService } from '../sweeps/sweeps.service';
import { HelpCadresService } from '../help-cadres/help-cadres.service';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { MeetingsService } from '../meetings/meetings.service';
import { PublicityService } from '../publicity/publicity.service';
import { jurisdictionPrefix } from '../regions/region-code.util';
import { VerificationsService } from '../verifications/verifications.service';
import { idNumberCheckCharacter } from '../households/id-number.util';
import { RiskReportsService } from '../risk-leads/risk-reports.service';
import type { LeadChannel, RiskType } from '../../workflows/risk-lead/risk-lead.types';
import type { TimeMachine } from './demo-clock';

/**
 * How far each village's demo households get, so that every office finds work in 待办 on the first
 * start, in every procedure: identification at each stage up to the county's announcement, exits
 * up to their announcement, monitoring enrolments up to the county's confirmation, a risk
 * elimination waiting for its home check, and risk leads new, late, accepted and closed, with a
 * resident's report waiting for its household; a sweep running over every village; help cadres
 * paired with the helped households, the monitored ones' visits overdue.
 */
const IDENTIFICATION_CASES = 9;
const EXIT_CASES = 6;
const MONITORING_CASES = 6;
const DAY_MS = 86_400_000;
/** The story begins this long before now: long enough for a village and a township window to run. */
const STORY_DAYS = 40;
/** Monitoring leads came in this many days before now: within their 15-day limit. */
const MONITORING_LEAD_DAYS = 9;

interface Clerk {
  id: string;
  username: string;
  region_id: string;
  code: string;
  township_id: string;
  township_code: string;
}

const actorOf = (account: { id: string; username: string }, role: Actor['role'], scopePrefix: string): Actor => ({ accountId: account.id, username: account.username, role, scopePrefix, action: 'demo seed', requestId: 'demo-seed' });

/** What every story of a village needs: its offices, the services and the time machine. */
interface VillageStory {
  village: Actor;
  township: Actor;
  county: Actor;
  clerk: Clerk;
  /** Sets the clock to this many days into the story. */
  at(days: number): void;
  /** Sets the clock an hour past a window's end. */
  pastWindow(endsAt: Date): void;
  backToNow(): void;
  today(): string;
  cases: CasesService;
  meetings: MeetingsService;
  verifications: VerificationsService;
  publicity: PublicityService;
  reports: RiskReportsService;
  dataSource: DataSource;
}

const VISITORS = [
  { name: '村支书', team: 'village_committee' as const },
  { name: '驻村队员', team: 'work_team' as const },
];
const ALL_SECURE = { food: true, clothing: true, education: true, medical: true, housing: true, drinkingWater: true };

/**
 * Demo only, on the first start: in each village households apply and move on through the ordinary
 * services over the weeks before now (the time machine sets the clock back, forward past each
 * window, then to now), each left waiting at a different stage.
 */
export async function seedDemoCases(app: INestApplicationContext, time: TimeMachine): Promise<void> {
  const dataSource = app.get(DataSource);
  const clock = app.get(Clock);
  const start = clock.now();
  const clerks = await dataSource.query<Clerk[]>(
    `SELECT a.id, a.username, a.region_id, r.code, t.id AS township_id, t.code AS township_code
       FROM staff_account a JOIN region r ON r.id = a.region_id JOIN region t ON t.id = r.parent_id
      WHERE a.role = 'village' ORDER BY a.username`,
  );
  const offices = await dataSource.query<{ id: string; username: string; role: 'township' | 'county'; code: string }[]>(
    `SELECT a.id, a.username, a.role, r.code FROM staff_account a JOIN region r ON r.id = a.region_id WHERE a.role IN ('township', 'county')`,
  );
  const countyAccount = offices.find((office) => office.role === 'county');
  try {
    for (const clerk of clerks) {
      const townshipAccount = offices.find((office) => office.role === 'township' && office.code === clerk.township_code);
      if (!townshipAccount || !countyAccount) continue;
      const story: VillageStory = {
        village: actorOf(clerk, 'village', clerk.code),
        township: actorOf(townshipAccount, 'township', jurisdictionPrefix('township', clerk.township_code)),
        county: actorOf(countyAccount, 'county', jurisdictionPrefix('county', countyAccount.code)),
        clerk,
        at: (days) => time.travelTo(new Date(start.getTime() + (days - STORY_DAYS) * DAY_MS)),
        pastWindow: (endsAt) => time.travelTo(new Date(new Date(endsAt).getTime() + 3_600_000)),
        backToNow: () => time.backToNow(),
        today: () => chinaDate(clock.now()),
        cases: app.get(CasesService),
        meetings: app.get(MeetingsService),
        verifications: app.get(VerificationsService),
        publicity: app.get(PublicityService),
        reports: app.get(RiskReportsService),
        dataSource,
      };
      await seedIdentifications(story);
      await seedExits(story);
      await seedMonitoring(story);
      await seedLeads(story);
    }
    if (countyAccount) {
      const county = actorOf(countyAccount, 'county', jurisdictionPrefix('county', countyAccount.code));
      await seedSweep(app, clerks, county);
      await seedHelp(app, time, county, start);
    }
  } finally {
    time.backToNow();
  }
}

/**
 * A sweep (集中排查) the county launched today over every demo village for the next 30 days, each
 * village's households given to its clerk: 集中排查 shows it running, nothing visited yet.
 */
async function seedSweep(app: INestApplicationContext, clerks: Clerk[], county: Actor): Promise<void> {
  const sweeps = app.get(SweepsService);
  const today = chinaDate(app.get(Clock).now());
  const sweep = await sweeps.launch(county, { name: '演示数据: 冬季防返贫集中排查', startsOn: today, endsOn: addDays(today, 30), villageIds: clerks.map((clerk) => clerk.region_id) });
  for (const clerk of clerks) await sweeps.assign(county, sweep.id, { visitorId: clerk.id, villageId: clerk.region_id });
}

/**
 * Two help cadres of the county, each paired with helped households (结对帮扶): the monitored
 * ones were paired five weeks ago and never visited, so 帮扶走访 shows their monthly visit overdue.
 */
async function seedHelp(app: INestApplicationContext, time: TimeMachine, county: Actor, start: Date): Promise<void> {
  const help = app.get(HelpCadresService);
  const cadres = [
    await help.createCadre(county, { name: '演示帮扶人甲', unit: '县农业农村局', phone: '13800001111' }),
    await help.createCadre(county, { name: '演示帮扶人乙', unit: '县人社局', phone: '13800002222' }),
  ];
  const households = await app.get(DataSource).query<{ id: string; status: string }[]>(`SELECT id, status FROM household WHERE status IN ('monitored', 'registered') ORDER BY village_code, id`);
  time.travelTo(new Date(start.getTime() - 35 * DAY_MS));
  for (const [index, household] of households.filter((row) => row.status === 'monitored').entries()) await help.pair(county, household.id, { cadreId: cadres[index % 2]?.id ?? '' });
  time.backToNow();
  for (const [index, household] of households.filter((row) => row.status === 'registered').entries()) await help.pair(county, household.id, { cadreId: cadres[index % 2]?.id ?? '' });
}

/** A representatives' meeting (民主评议) passing every case named. */
async function appraise(story: VillageStory, caseIds: string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await story.meetings.record(story.village, {
    villageId: story.clerk.region_id,
    minutes: '演示数据: 会议记录',
    heldOn: story.today(),
    attendees: [],
    kind: 'representatives',
    place: '村委会会议室',
    inOffice: 25,
    present: 21,
    votes: caseIds.map((caseId) => ({ caseId, inFavour: 18, against: 2, abstaining: 1 })),
  });
}

/** A notice opened for the cases and, unless it is left open, ended once its window has passed. */
async function publicize(story: VillageStory, opener: Actor, procedure: string, stage: string, caseIds: string[], leaveOpen = false): Promise<void> {
  if (caseIds.length === 0) return;
  const { notice } = await story.publicity.open(opener, { villageId: story.clerk.region_id, procedure, stage, caseIds });
  if (leaveOpen) return;
  story.pastWindow(notice.endsAt);
  await story.publicity.end(opener, notice.id);
}

async function decide(story: VillageStory, office: Actor, type: 'TOWNSHIP_DECIDED' | 'COUNTY_DECIDED', caseIds: string[], reason: string): Promise<void> {
  for (const caseId of caseIds) await story.cases.command(office, caseId, { type, decision: 'approve', reason });
}

/**
 * Poor households whose recorded income is below the line (the verification's facts make them
 * eligible): [0] waits for its group review, [1] for the representatives, [2] for its
 * verification, [3] for the village notice, [4] for the township's review, [5] for the township
 * notice, [6] for the county's review, [7] stands on the county's announcement, [8] on an open
 * village notice (the public board shows both).
 */
async function seedIdentifications(story: VillageStory): Promise<void> {
  const { village, cases, clerk } = story;
  story.at(0);
  const households = await story.dataSource.query<{ id: string; group_id: string }[]>(
    `SELECT id, group_id FROM household WHERE village_code = $1 AND status = 'none' AND poverty_attribute IS NOT NULL AND per_capita_income < 4000 ORDER BY id LIMIT ${IDENTIFICATION_CASES}`,
    [clerk.code],
  );
  const opened: { caseId: string; groupId: string }[] = [];
  for (const household of households) {
    const view = await cases.open(village, { householdId: household.id, procedure: 'identification', application: { reasons: '家庭收入低，生活困难，申请识别为贫困户', crossCheckConsent: true } });
    await cases.command(village, view.id, { type: 'SUBMIT' });
    opened.push({ caseId: view.id, groupId: household.group_id });
  }
  const ids = (from: number, to?: number) => opened.slice(from, to).map((item) => item.caseId);
  const byGroup = new Map<string, string[]>();
  for (const item of opened.slice(1)) byGroup.set(item.groupId, [...(byGroup.get(item.groupId) ?? []), item.caseId]);
  for (const [groupId, caseIds] of byGroup) {
    await story.meetings.record(village, {
      villageId: clerk.region_id,
      minutes: '演示数据: 会议记录',
      heldOn: story.today(),
      kind: 'group_review',
      groupId,
      attendees: ['村民小组长', '农户代表'],
      place: '村民小组晒谷场',
      present: 30,
      votes: caseIds.map((caseId) => ({ caseId, recommended: true })),
    });
  }
  story.at(1);
  await appraise(story, ids(2));
  story.at(2);
  for (const [index, caseId] of ids(3).entries()) {
    await story.verifications.record(village, caseId, {
      visitedOn: story.today(),
      visitors: VISITORS,
      fullHomeVisit: true,
      exclusionChecks: EXCLUSION_CHECKS.map((check) => ({ check, found: false, source: 'home_visit' as const })),
      crossCheckHits: [],
      incomeFound: 2600 + index * 150,
      incomeYear: Number(story.today().slice(0, 4)) - 1,
      livingConditions: { ...ALL_SECURE, housing: false },
    });
  }
  story.at(3);
  await publicize(story, village, 'identification', 'village_publicity', ids(4, 8));
  await decide(story, story.township, 'TOWNSHIP_DECIDED', ids(5, 8), '经审核，符合贫困户识别条件');
  await publicize(story, story.township, 'identification', 'township_publicity', ids(6, 8));
  await decide(story, story.county, 'COUNTY_DECIDED', ids(7, 8), '经复审，符合贫困户识别条件');
  story.backToNow();
  await publicize(story, story.county, 'identification', 'county_announcement', ids(7, 8), true);
  await publicize(story, village, 'identification', 'village_publicity', ids(8), true);
}

/**
 * Households registered last year, proposed for exit: [0] waits for the representatives, [1] for
 * its exit verification, [2] for the household's signature, [3] stands on an open village notice,
 * [4] waits for the township's review, [5] stands on the county's announcement. One registered
 * household per village is left without a case.
 */
async function seedExits(story: VillageStory): Promise<void> {
  const { village, cases } = story;
  story.at(26);
  const households = await story.dataSource.query<{ id: string }[]>(`SELECT id FROM household WHERE village_code = $1 AND status = 'registered' ORDER BY id LIMIT ${EXIT_CASES}`, [story.clerk.code]);
  const opened: string[] = [];
  for (const household of households) opened.push((await cases.open(village, { householdId: household.id, procedure: 'exit', application: { reasons: '务工收入稳定，两不愁三保障达标' } })).id);
  story.at(27);
  await appraise(story, opened.slice(1));
  story.at(28);
  for (const [index, caseId] of opened.slice(2).entries()) {
    await story.verifications.recordExit(village, caseId, { visitedOn: story.today(), visitors: VISITORS, incomeFound: 7800 + index * 300, incomeYear: Number(story.today().slice(0, 4)) - 1, livingConditions: ALL_SECURE });
  }
  for (const caseId of opened.slice(3)) await cases.command(village, caseId, { type: 'HOUSEHOLD_ACKNOWLEDGED', signatory: '户主', signedOn: story.today() });
  await publicize(story, village, 'exit', 'village_publicity', opened.slice(4));
  await decide(story, story.township, 'TOWNSHIP_DECIDED', opened.slice(5), '经审核，达到退出标准');
  story.backToNow();
  await publicize(story, village, 'exit', 'village_publicity', opened.slice(3, 4), true);
  await publicize(story, story.county, 'exit', 'announcement', opened.slice(5), true);
}

/**
 * Households found at risk by the cadres' sweep a few days ago: [0] waits for its home check, [1]
 * for the cross-check, [2] for the appraisal, [3] stands on an open village notice, [4] waits for
 * the township, [5] for the county's confirmation; the household monitored for seven months
 * (demo-seed) has its risk elimination opened, waiting for the home check.
 */
async function seedMonitoring(story: VillageStory): Promise<void> {
  const { village, cases } = story;
  story.at(STORY_DAYS - MONITORING_LEAD_DAYS);
  const households = await story.dataSource.query<{ id: string }[]>(`SELECT id FROM household WHERE village_code = $1 AND status = 'none' AND poverty_attribute IS NULL ORDER BY id LIMIT ${MONITORING_CASES}`, [story.clerk.code]);
  const opened: string[] = [];
  for (const household of households) {
    opened.push((await cases.open(village, { householdId: household.id, procedure: 'monitoring', application: { reasons: '家庭成员患病，医疗支出大，收入下降', source: 'cadre_sweep' } })).id);
  }
  story.at(STORY_DAYS - MONITORING_LEAD_DAYS + 1);
  for (const [index, caseId] of opened.slice(1).entries()) {
    await story.verifications.recordHomeCheck(village, caseId, { visitedOn: story.today(), visitors: VISITORS, consentSigned: true, incomeFound: 5600 + index * 200, incomeYear: Number(story.today().slice(0, 4)) - 1, livingConditions: ALL_SECURE });
  }
  for (const caseId of opened.slice(2)) await story.verifications.recordCrossCheck(village, caseId, { hits: [] });
  story.at(STORY_DAYS - MONITORING_LEAD_DAYS + 2);
  await appraise(story, opened.slice(3));
  await publicize(story, village, 'monitoring', 'village_publicity', opened.slice(4));
  await decide(story, story.township, 'TOWNSHIP_DECIDED', opened.slice(5), '经审核，符合纳入监测条件');
  story.backToNow();
  await publicize(story, village, 'monitoring', 'village_publicity', opened.slice(3, 4), true);
  const [monitored] = await story.dataSource.query<{ id: string }[]>(`SELECT id FROM household WHERE village_code = $1 AND status = 'monitored' LIMIT 1`, [story.clerk.code]);
  if (monitored) await cases.open(village, { householdId: monitored.id, procedure: 'risk_elimination', application: { reasons: '务工收入稳定，风险已消除' } });
}

/**
 * Risk leads on households without a case: [0] reported by a resident today, [1] found by a
 * cadre a week ago and not yet accepted (past its limit), [2] a department's alert accepted and
 * waiting for the home check, [3] closed after the home check found no risk; and a resident's
 * report whose ID number the registry does not know, waiting for the village.
 */
async function seedLeads(story: VillageStory): Promise<void> {
  const { village, cases } = story;
  const households = await story.dataSource.query<{ id: string }[]>(
    `SELECT h.id FROM household h WHERE h.village_code = $1 AND h.status = 'none' AND NOT EXISTS (SELECT 1 FROM procedure_case c WHERE c.household_id = h.id) ORDER BY h.id LIMIT 4`,
    [story.clerk.code],
  );
  const lead = async (index: number, channel: LeadChannel, riskType: RiskType, reasons: string) =>
    cases.open(village, { householdId: households[index]?.id ?? '', procedure: 'risk_lead', application: { reasons, channel, riskType, reporter: { name: '演示反映人', phone: '13900000000' } } });
  if (households.length < 4) return;
  story.at(STORY_DAYS - 7);
  await lead(1, 'cadre_sweep', 'income_drop', '演示数据: 家中主要劳动力外出务工返乡，收入明显下降');
  const accepted = await lead(2, 'department_alert', 'illness', '演示数据: 医保部门预警，住院自付费用较高');
  const cleared = await lead(3, 'follow_up_visit', 'disaster', '演示数据: 走访发现房屋受损');
  story.at(STORY_DAYS - 6);
  await cases.command(village, accepted.id, { type: 'LEAD_ACCEPTED' });
  await cases.command(village, cleared.id, { type: 'LEAD_ACCEPTED' });
  await cases.command(village, cleared.id, { type: 'LEAD_CLEARED', checkedOn: story.today(), facts: '演示数据: 房屋已由保险赔付修缮，家庭收入未受影响' });
  story.backToNow();
  await lead(0, 'self_report', 'illness', '演示数据: 户主突发重病住院');
  // Someone the registry does not know yet: born 1 May 1985, in the village's county.
  const first17 = `${story.clerk.code.slice(0, 6)}19850501${String(100 + Number(story.clerk.code.slice(-3)) * 2).slice(-3)}`;
  await story.reports.submit(story.clerk.code, { name: '演示申报人', phone: '13700000000', idNumber: first17 + idNumberCheckCharacter(first17), riskType: 'job_loss', details: '演示数据: 务工的工厂停产，全家失去收入' }, randomUUID());
}

