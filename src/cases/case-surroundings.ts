import type { EntityManager } from 'typeorm';
import type { ExclusionCheck } from '../../workflows/policy';
import { notFound } from '../common/domain-error';
import type { Statement } from '../database/insert-many';
import { preparedQuery } from '../database/prepared-query';
import type { HouseholdStatus } from '../households/household.enums';
import type { CaseEntity } from './case.entity';

/** What a case's answer shows besides the case row. */
export interface CaseSurroundings {
  household: { id: string; headName: string | null; size: number; villageCode: string; groupId: string; status: HouseholdStatus; exitYear: number | null; monitoringObjectType: string | null };
  objections: { id: string; kind: string; reason: string; filedAt: string }[];
  leads: { id: string; check: ExclusionCheck; source: string; detail: string; memberName: string; createdAt: string }[];
}

/**
 * The one statement that reads a case's surroundings: its household with the head and the size,
 * its open objections, and the department leads of an identification case. A command sends it
 * as the last part of its write (CaseCommandService.dispatchRead), so answering costs no round trip.
 */
export function caseSurroundingsStatement(row: CaseEntity): Statement {
  return {
    sql: `SELECT json_build_object('id', h.id, 'villageCode', h.village_code, 'groupId', h.group_id, 'status', h.status, 'exitYear', h.exit_year, 'monitoringObjectType', h.monitoring_object_type,
              'headName', (SELECT m.name FROM household_member m WHERE m.household_id = h.id AND m.relation = 'head'),
              'size', (SELECT count(*)::int FROM household_member m WHERE m.household_id = h.id)) AS household,
            coalesce((SELECT json_agg(json_build_object('id', o.id, 'kind', o.kind, 'reason', o.reason, 'filedAt', o.filed_at) ORDER BY o.filed_at)
                        FROM objection o WHERE o.case_id = $2 AND o.status = 'open'), '[]') AS objections,
            -- Department leads are attached to identification cases only.
            coalesce((SELECT json_agg(json_build_object('id', l.id, 'check', l."check", 'source', l.source, 'detail', l.detail, 'memberName', l.member_name, 'createdAt', l.created_at) ORDER BY l.created_at)
                        FROM case_lead l WHERE l.case_id = $2 AND $3), '[]') AS leads
       FROM household h WHERE h.id = $1`,
    params: [row.householdId, row.id, row.procedure === 'identification'],
  };
}

/** The surroundings as the statement answered them; a case without its household is not found. */
export function surroundingsFound(rows: readonly CaseSurroundings[]): CaseSurroundings {
  const [found] = rows;
  if (!found) throw notFound('农户');
  return found;
}

/** The surroundings read on their own. */
export async function caseSurroundings(manager: EntityManager, row: CaseEntity): Promise<CaseSurroundings> {
  return surroundingsFound(await preparedQuery<CaseSurroundings>(manager, caseSurroundingsStatement(row)));
}
