import type { DataSource } from 'typeorm';
import type { Statement } from '../database/insert-many';
import { preparedQuery } from '../database/prepared-query';

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

type ListingsFilter = { villageCode: string; endedAfter: Date } | { noticeId: string };

/**
 * The households of notices, in print order (group, then head). One query for the web board
 * (by village, recent notices) and the printed notice (by id); it selects nothing a notice
 * must not show. The heads and sizes come from one grouped read of the listed households'
 * members (issue 18: no subquery per listed row). Prepared: planning it cost a fifth of a board's load.
 */
export function noticeListings(dataSource: DataSource, filter: ListingsFilter): Promise<NoticeListing[]> {
  return preparedQuery<NoticeListing>(dataSource.manager, noticeListingsStatement(filter));
}

/** The statement behind noticeListings (the bench explains it). */
export function noticeListingsStatement(filter: ListingsFilter): Statement {
  const where = 'noticeId' in filter ? 'n.id = $1' : 'n.village_code = $1 AND n.cancelled_at IS NULL AND n.ends_at > $2';
  const parameters = 'noticeId' in filter ? [filter.noticeId] : [filter.villageCode, filter.endedAfter];
  return {
    sql: `WITH listed AS (
       SELECT n.id AS notice_id, n.public_number, n.procedure, n.stage, n.starts_on, n.ends_at, n.village_code, c.id AS case_id, c.case_number, c.household_id,
              c.stage AS case_stage, c.phase AS case_phase, c.machine_version, c.snapshot #>> '{context,publicity,noticeId}' AS case_notice_id
         FROM publicity_notice n
         CROSS JOIN LATERAL jsonb_array_elements_text(n.case_ids) AS listing(case_id)
         JOIN procedure_case c ON c.id = listing.case_id::uuid
        WHERE ${where}
     ), members AS (
       SELECT m.household_id, max(m.name) FILTER (WHERE m.relation = 'head') AS head_name, count(*)::int AS size
         FROM household_member m WHERE m.household_id IN (SELECT household_id FROM listed) GROUP BY m.household_id
     )
     SELECT l.notice_id AS "noticeId", l.public_number AS "noticeNumber", l.case_number AS "caseNumber", l.procedure, l.stage, l.starts_on::text AS "startsOn", l.ends_at AS "endsAt", l.village_code AS "villageCode",
            l.case_id AS "caseId", g.name AS "groupName", g.group_number AS "groupNumber", m.head_name AS "headName", coalesce(m.size, 0) AS size,
            l.case_stage AS "caseStage", l.case_phase AS "casePhase", l.machine_version AS "caseMachineVersion", l.case_notice_id AS "caseNoticeId"
       FROM listed l
       JOIN household h ON h.id = l.household_id
       JOIN region g ON g.id = h.group_id
       LEFT JOIN members m ON m.household_id = l.household_id
      ORDER BY l.starts_on DESC, l.notice_id, g.group_number, "headName"`,
    params: parameters,
  };
}

export interface VillagePlace {
  village: string;
  township: string;
  county: string;
}

/** A village's name with its township's and county's, by the village's code. */
export async function villagePlace(dataSource: DataSource, villageCode: string): Promise<VillagePlace | null> {
  const [place] = await preparedQuery<VillagePlace>(dataSource.manager, {
    sql: `SELECT v.name AS village, t.name AS township, c.name AS county
       FROM region v JOIN region t ON t.id = v.parent_id JOIN region c ON c.id = t.parent_id
      WHERE v.level = 'village' AND v.code = $1`,
    params: [villageCode],
  });
  return place ?? null;
}
