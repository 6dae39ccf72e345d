import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EXCLUSION_CHECKS } from '../../workflows/policy';
import { CasesService } from '../cases/cases.service';
import type { Actor } from '../common/actor';
import { chinaDate, Clock } from '../common/clock';
import { MeetingsService } from '../meetings/meetings.service';
import { PublicityService } from '../publicity/publicity.service';
import { VerificationsService } from '../verifications/verifications.service';

const CASES_PER_VILLAGE = 4;

/**
 * Demo only, on the first start: in each village a few households apply, are reviewed and
 * verified, and go on a village notice, all through the ordinary services, so the public board
 * (/board/<village code>) and the staff lists have something to show.
 */
export async function seedDemoCases(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const cases = app.get(CasesService);
  const meetings = app.get(MeetingsService);
  const verifications = app.get(VerificationsService);
  const publicity = app.get(PublicityService);
  const today = chinaDate(app.get(Clock).now());
  const clerks = await dataSource.query<{ id: string; username: string; region_id: string; code: string }[]>(
    `SELECT a.id, a.username, a.region_id, r.code FROM staff_account a JOIN region r ON r.id = a.region_id WHERE a.role = 'village' ORDER BY a.username`,
  );
  for (const clerk of clerks) {
    const actor: Actor = { accountId: clerk.id, username: clerk.username, role: 'village', scopePrefix: clerk.code, action: 'demo seed', requestId: 'demo-seed' };
    // Households whose recorded income is below the line: the verification's facts make them eligible.
    const households = await dataSource.query<{ id: string; group_id: string }[]>(
      `SELECT id, group_id FROM household WHERE village_code = $1 AND status = 'none' AND poverty_attribute IS NOT NULL AND per_capita_income < 4000 ORDER BY id LIMIT ${CASES_PER_VILLAGE}`,
      [clerk.code],
    );
    const opened: string[] = [];
    const byGroup = new Map<string, string[]>();
    for (const household of households) {
      const view = await cases.open(actor, { householdId: household.id, procedure: 'identification', application: { reasons: '家庭收入低，生活困难，申请识别为贫困户', crossCheckConsent: true } });
      await cases.command(actor, view.id, { type: 'SUBMIT' });
      opened.push(view.id);
      byGroup.set(household.group_id, [...(byGroup.get(household.group_id) ?? []), view.id]);
    }
    if (opened.length === 0) continue;
    const common = { villageId: clerk.region_id, heldOn: today, minutes: '演示数据: 会议记录' };
    // One group review per villager group (村民小组会议), then the representatives for the village.
    for (const [groupId, caseIds] of byGroup) {
      await meetings.record(actor, { ...common, kind: 'group_review', groupId, attendees: ['村民小组长', '农户代表'], place: '村民小组晒谷场', present: 30, votes: caseIds.map((caseId) => ({ caseId, recommended: true })) });
    }
    await meetings.record(actor, { ...common, attendees: [], kind: 'representatives', place: '村委会会议室', inOffice: 25, present: 21, votes: opened.map((caseId) => ({ caseId, inFavour: 18, against: 2, abstaining: 1 })) });
    for (const [index, caseId] of opened.entries()) {
      await verifications.record(actor, caseId, {
        visitedOn: today,
        visitors: [
          { name: '村支书', team: 'village_committee' },
          { name: '驻村队员', team: 'work_team' },
        ],
        fullHomeVisit: true,
        exclusionChecks: EXCLUSION_CHECKS.map((check) => ({ check, found: false, source: 'home_visit' as const })),
        crossCheckHits: [],
        incomeFound: 2600 + index * 150,
        incomeYear: Number(today.slice(0, 4)) - 1,
        livingConditions: { food: true, clothing: true, education: true, medical: true, housing: false, drinkingWater: true },
      });
    }
    await publicity.open(actor, { villageId: clerk.region_id, stage: 'village_publicity', caseIds: opened });
  }
}
