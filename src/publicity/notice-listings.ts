import type { DataSource } from 'typeorm';

/** One household listed on a notice, with what a notice may show of it. */
export interface NoticeListing {
  noticeId: string;
  /** The notice's number (GS-2026-000012). */
  noticeNumber: string;
  /** The applicant's case number, printed so the household can look its case up. */
  caseNumber: string;
  procedure: string;
  stage: string;
  startsOn: string;
  endsAt: Date;
  villageCode: string;
  caseId: string;
  groupName: string;
  groupNumber: number;
  headName: string | null;
  size: number;
  caseStage: string;
  casePhase: string | null;
  /** The case's machine version, which names its stages. */
  caseMachineVersion: number;
  /** The notice the case is on now (it may have moved on, or to a newer notice). */
  caseNoticeId: string | null;
}

/**
 * The households of notices, in print order (group, then head). One query for the web board
 * (by village, recent notices) and the printed notice (by id); it selects nothing a notice
 * must not show.
 */
export function noticeListings(dataSource: DataSource, filter: { villageCode: string; endedAfter: Date } | { noticeId: string }): Promise<NoticeListing[]> {
  const where = 'noticeId' in filter ? 'n.id = $1' : 'n.village_code = $1 AND n.cancelled_at IS NULL AND n.ends_at > $2';
  const parameters = 'noticeId' in filter ? [filter.noticeId] : [filter.villageCode, filter.endedAfter];
  return dataSource.query<NoticeListing[]>(
    `SELECT n.id AS "noticeId", n.public_number AS "noticeNumber", c.case_number AS "caseNumber", n.procedure, n.stage, n.starts_on::text AS "startsOn", n.ends_at AS "endsAt", n.village_code AS "villageCode",
            c.id AS "caseId", g.name AS "groupName", g.group_number AS "groupNumber",
            (SELECT m.name FROM household_member m WHERE m.household_id = h.id AND m.relation = 'head') AS "headName",
            (SELECT count(*)::int FROM household_member m WHERE m.household_id = h.id) AS size,
            c.stage AS "caseStage", c.phase AS "casePhase", c.machine_version AS "caseMachineVersion", c.snapshot #>> '{context,publicity,noticeId}' AS "caseNoticeId"
       FROM publicity_notice n
       CROSS JOIN LATERAL jsonb_array_elements_text(n.case_ids) AS listed(case_id)
       JOIN procedure_case c ON c.id = listed.case_id::uuid
       JOIN household h ON h.id = c.household_id
       JOIN region g ON g.id = h.group_id
      WHERE ${where}
      ORDER BY n.starts_on DESC, n.id, g.group_number, "headName"`,
    parameters,
  );
}

export interface VillagePlace {
  village: string;
  township: string;
  county: string;
}

/** A village's name with its township's and county's, by the village's code. */
export async function villagePlace(dataSource: DataSource, villageCode: string): Promise<VillagePlace | null> {
  const [place] = await dataSource.query<VillagePlace[]>(
    `SELECT v.name AS village, t.name AS township, c.name AS county
       FROM region v JOIN region t ON t.id = v.parent_id JOIN region c ON c.id = t.parent_id
      WHERE v.level = 'village' AND v.code = $1`,
    [villageCode],
  );
  return place ?? null;
}
