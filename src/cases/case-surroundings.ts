import type { EntityManager } from 'typeorm';
import type { SetHouseholdStatusEffect } from '../../workflows/case-types';
import { notFound } from '../common/domain-error';
import { kept } from '../common/kept';
import { preparedQuery } from '../database/prepared-query';
import type { HouseholdStatus } from '../households/household.enums';
import type { ExclusionCheck } from '../../workflows/policy';
import type { CaseEntity } from './case.entity';
import { caseColumns, caseRows } from './case-rows';

/** What a case's answer shows besides the case row. */
export interface CaseSurroundings {
  household: { id: string; headName: string | null; size: number; villageCode: string; groupId: string; status: HouseholdStatus; exitYear: number | null; monitoringObjectType: string | null };
  objections: { id: string; kind: string; reason: string; filedAt: string }[];
  leads: { id: string; check: ExclusionCheck; source: string; detail: string; memberName: string; createdAt: string }[];
}

/**
 * The surroundings as three json columns of a statement reading the household as `h`: its head and
 * size, the case's open objections, and the department leads of an identification case.
 * `caseId` and `isIdentification` are SQL expressions (parameters, or columns of the case read in
 * the same statement).
 */
export function surroundingsColumns(caseId: string, isIdentification: string): string {
  return `json_build_object('id', h.id, 'villageCode', h.village_code, 'groupId', h.group_id, 'status', h.status, 'exitYear', h.exit_year, 'monitoringObjectType', h.monitoring_object_type,
              'headName', (SELECT m.name FROM household_member m WHERE m.household_id = h.id AND m.relation = 'head'),
              'size', (SELECT count(*)::int FROM household_member m WHERE m.household_id = h.id)) AS household,
            coalesce((SELECT json_agg(json_build_object('id', o.id, 'kind', o.kind, 'reason', o.reason, 'filedAt', o.filed_at) ORDER BY o.filed_at)
                        FROM objection o WHERE o.case_id = ${caseId} AND o.status = 'open'), '[]') AS objections,
            -- Department leads are attached to identification cases only.
            coalesce((SELECT json_agg(json_build_object('id', l.id, 'check', l."check", 'source', l.source, 'detail', l.detail, 'memberName', l.member_name, 'createdAt', l.created_at) ORDER BY l.created_at)
                        FROM case_lead l WHERE l.case_id = ${caseId} AND ${isIdentification}), '[]') AS leads`;
}

/** The surroundings of a case read elsewhere, in one statement. */
export async function caseSurroundings(manager: EntityManager, row: { id: string; householdId: string; procedure: string }): Promise<CaseSurroundings> {
  const [found] = await preparedQuery<CaseSurroundings>(manager, {
    sql: `SELECT ${surroundingsColumns('$2', '$3')} FROM household h WHERE h.id = $1`,
    params: [row.householdId, row.id, row.procedure === 'identification'],
  });
  if (!found) throw notFound('农户');
  return found;
}

/** The single command's read, with and without the lock: built once each, not at every command. */
const caseWithSurroundingsTexts = new Map<boolean, string>();

function caseWithSurroundingsText(manager: EntityManager, forUpdate: boolean): string {
  return kept(
    caseWithSurroundingsTexts,
    forUpdate,
    () =>
      `SELECT ${caseColumns(manager, 'c')}, ${surroundingsColumns('c.id', "c.procedure = 'identification'")} FROM procedure_case c JOIN household h ON h.id = c.household_id WHERE c.id = $1${forUpdate ? ' FOR UPDATE OF c' : ''}`,
  );
}

/** A case with its surroundings, in one statement (a single command's read), or null when no case has the id. */
export async function caseWithSurroundings(manager: EntityManager, caseId: string, forUpdate: boolean): Promise<{ row: CaseEntity; surroundings: CaseSurroundings } | null> {
  const [raw] = await preparedQuery<Record<string, unknown> & CaseSurroundings>(manager, { sql: caseWithSurroundingsText(manager, forUpdate), params: [caseId] });
  if (!raw) return null;
  const { household, objections, leads, ...columns } = raw;
  const [row] = await caseRows(manager, [columns]);
  return { row: row as CaseEntity, surroundings: { household, objections, leads } };
}

/**
 * The surroundings read before a command, as they stand once it is written: a command changes
 * nothing around its case but its household's status (the setHouseholdStatus effect), patched as
 * CaseWrites writes it (absent leaves a field as it is, null clears it).
 */
export function afterStatusChange(surroundings: CaseSurroundings, effect: SetHouseholdStatusEffect): CaseSurroundings {
  const { household } = surroundings;
  return {
    ...surroundings,
    household: {
      ...household,
      status: effect.status,
      exitYear: effect.exitYear === undefined ? household.exitYear : effect.exitYear,
      monitoringObjectType: effect.objectType === undefined ? household.monitoringObjectType : effect.objectType,
    },
  };
}
