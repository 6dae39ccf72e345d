import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EXCLUSION_CHECKS } from '../../workflows/policy';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { MeetingsService } from '../meetings/meetings.service';
import { PublicityService } from '../publicity/publicity.service';
import { jurisdictionPrefix } from '../regions/region-code.util';
import { VerificationsService } from '../verifications/verifications.service';
import type { TimeMachine } from './demo-clock';

/**
 * How far each village's demo households get (index → the stage they are left at), so that every
 * office finds work in 待办 on the first start: village stages, the township's review and notice,
 * the county's review; one household per village stays on an open village notice for the board.
 */
const CASES_PER_VILLAGE = 8;
const DAY_MS = 86_400_000;
/** The story begins this long before now: long enough for a village and a township window to run. */
const STORY_DAYS = 40;

interface Clerk {
  id: string;
  username: string;
  region_id: string;
  code: string;
  township_id: string;
  township_code: string;
}

const actorOf = (account: { id: string; username: string }, role: Actor['role'], scopePrefix: string): Actor => ({ accountId: account.id, username: account.username, role, scopePrefix, action: 'demo seed', requestId: 'demo-seed' });

/**
 * Demo only, on the first start: in each village households apply and move on through the ordinary
 * services over the weeks before now (the time machine sets the clock back, forward past each
 * window, then to now), each left waiting at a different stage.
 */
export async function seedDemoCases(app: INestApplicationContext, time: TimeMachine): Promise<void> {
  const dataSource = app.get(DataSource);
  const cases = app.get(CasesService);
  const meetings = app.get(MeetingsService);
  const verifications = app.get(VerificationsService);
  const publicity = app.get(PublicityService);
  const clock = app.get(Clock);
  const start = clock.now();
  const clerks = await dataSource.query<Clerk[]>(
    `SELECT a.id, a.username, a.region_id, r.code, t.id AS township_id, t.code AS township_code
       FROM staff_account a JOIN region r ON r.id = a.region_id JOIN region t ON t.id = r.parent_id
      WHERE a.role = 'village' ORDER BY a.username`,
  );
  const townships = await dataSource.query<{ id: string; username: string; code: string }[]>(`SELECT a.id, a.username, r.code FROM staff_account a JOIN region r ON r.id = a.region_id WHERE a.role = 'township'`);
  const at = (days: number) => time.travelTo(new Date(start.getTime() + (days - STORY_DAYS) * DAY_MS));
  const pastWindow = (endsAt: Date) => time.travelTo(new Date(new Date(endsAt).getTime() + 3_600_000));
  try {
    for (const clerk of clerks) {
      const village = actorOf(clerk, 'village', clerk.code);
      const townshipAccount = townships.find((township) => township.code === clerk.township_code);
      if (!townshipAccount) continue;
      const township = actorOf(townshipAccount, 'township', jurisdictionPrefix('township', clerk.township_code));
      at(0);
      const today = () => chinaDate(clock.now());
      // Households whose recorded income is below the line: the verification's facts make them eligible.
      const households = await dataSource.query<{ id: string; group_id: string }[]>(
        `SELECT id, group_id FROM household WHERE village_code = $1 AND status = 'none' AND poverty_attribute IS NOT NULL AND per_capita_income < 4000 ORDER BY id LIMIT ${CASES_PER_VILLAGE}`,
        [clerk.code],
      );
      const opened: { caseId: string; groupId: string }[] = [];
      for (const household of households) {
        const view = await cases.open(village, { householdId: household.id, procedure: 'identification', application: { reasons: '家庭收入低，生活困难，申请识别为贫困户', crossCheckConsent: true } });
        await cases.command(village, view.id, { type: 'SUBMIT' });
        opened.push({ caseId: view.id, groupId: household.group_id });
      }
      // [0] waits for its group review, [1] for the representatives, [2] for its verification,
      // [3] for the village notice, [4] for the township's review, [5] for the township notice,
      // [6] for the county's review, [7] stands on an open village notice.
      const from = (index: number) => opened.slice(index).map((item) => item.caseId);
      const common = { villageId: clerk.region_id, minutes: '演示数据: 会议记录' };
      const byGroup = new Map<string, string[]>();
      for (const item of opened.slice(1)) byGroup.set(item.groupId, [...(byGroup.get(item.groupId) ?? []), item.caseId]);
      for (const [groupId, caseIds] of byGroup) {
        await meetings.record(village, { ...common, heldOn: today(), kind: 'group_review', groupId, attendees: ['村民小组长', '农户代表'], place: '村民小组晒谷场', present: 30, votes: caseIds.map((caseId) => ({ caseId, recommended: true })) });
      }
      at(1);
      if (from(2).length > 0) {
        await meetings.record(village, { ...common, heldOn: today(), attendees: [], kind: 'representatives', place: '村委会会议室', inOffice: 25, present: 21, votes: from(2).map((caseId) => ({ caseId, inFavour: 18, against: 2, abstaining: 1 })) });
      }
      at(2);
      for (const [index, caseId] of from(3).entries()) {
        await verifications.record(village, caseId, {
          visitedOn: today(),
          visitors: [
            { name: '村支书', team: 'village_committee' },
            { name: '驻村队员', team: 'work_team' },
          ],
          fullHomeVisit: true,
          exclusionChecks: EXCLUSION_CHECKS.map((check) => ({ check, found: false, source: 'home_visit' as const })),
          crossCheckHits: [],
          incomeFound: 2600 + index * 150,
          incomeYear: Number(today().slice(0, 4)) - 1,
          livingConditions: { food: true, clothing: true, education: true, medical: true, housing: false, drinkingWater: true },
        });
      }
      at(3);
      const onVillageNotice = opened.slice(4, 7).map((item) => item.caseId);
      if (onVillageNotice.length > 0) {
        const notice = await publicity.open(village, { villageId: clerk.region_id, stage: 'village_publicity', caseIds: onVillageNotice });
        pastWindow(notice.notice.endsAt);
        await publicity.end(village, notice.notice.id);
        const approved = onVillageNotice.slice(1);
        for (const caseId of approved) await cases.command(township, caseId, { type: 'TOWNSHIP_DECIDED', decision: 'approve', reason: '经审核，符合贫困户识别条件' });
        const onTownshipNotice = approved.slice(1);
        if (onTownshipNotice.length > 0) {
          const second = await publicity.open(township, { villageId: clerk.region_id, stage: 'township_publicity', caseIds: onTownshipNotice });
          pastWindow(second.notice.endsAt);
          await publicity.end(township, second.notice.id);
        }
      }
      // The last household's village notice is open now: the public board shows it.
      time.backToNow();
      const last = opened[7];
      if (last) await publicity.open(village, { villageId: clerk.region_id, stage: 'village_publicity', caseIds: [last.caseId] });
    }
  } finally {
    time.backToNow();
  }
}
