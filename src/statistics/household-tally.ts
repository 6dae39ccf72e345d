import type { DataSource } from 'typeorm';
import type { MonitoringObjectType } from '../../workflows/policy';

export type TallyStatus = 'none' | 'registered' | 'exited' | 'monitored' | 'risk_eliminated';

export interface TallyRow {
  /** The child region the row counts toward: a township's 9-digit prefix, a village code or a group id. */
  key: string;
  status: TallyStatus;
  object_type: MonitoringObjectType | null;
  households: number;
  people: number;
}

/** Which households a tally reads, and how it groups them into the region's children. */
export interface TallyScope {
  /** `village_code LIKE` prefix, or one group's id. */
  where: { villagePrefix: string } | { groupId: string };
  groupBy: 'township' | 'village' | 'group';
}

const KEY: Record<TallyScope['groupBy'], string> = { township: 'left(village_code, 9)', village: 'village_code', group: 'group_id::text' };

/**
 * The registry's households and people by status as of the end of a day (China time), read from
 * the tally (household-tally.entity.ts), never household by household: today's totals, less the
 * days after `asOf` already folded in, plus the changes not yet folded up to `asOf`. One
 * statement, so a fold running meanwhile is seen either wholly or not at all.
 */
export function tallyAsOf(dataSource: DataSource, scope: TallyScope, asOf: string): Promise<TallyRow[]> {
  const [where, value] = 'groupId' in scope.where ? ['group_id = $1::uuid', scope.where.groupId] : ['village_code LIKE $1', `${scope.where.villagePrefix}%`];
  return dataSource.query<TallyRow[]>(
    `WITH counted AS (
       SELECT group_id, village_code, status, object_type, households, people FROM household_tally WHERE ${where}
       UNION ALL
       SELECT group_id, village_code, status, object_type, -households, -people FROM household_tally_by_day WHERE ${where} AND day > $2
       UNION ALL
       SELECT group_id, village_code, status, object_type, households, people FROM household_tally_pending WHERE ${where} AND day <= $2
     )
     SELECT ${KEY[scope.groupBy]} AS key, status, nullif(object_type, '') AS object_type, sum(households)::int AS households, sum(people)::int AS people
       FROM counted GROUP BY 1, 2, 3 HAVING sum(households) <> 0 OR sum(people) <> 0`,
    [value, asOf],
  );
}

/**
 * Folds the pending changes into the totals, in one transaction: the rows it deletes are exactly the
 * ones it adds (rows committed meanwhile wait for the next fold). One fold at a time across workers.
 * Returns how many pending rows it folded.
 */
export async function foldHouseholdTally(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(hashtext('household_tally_fold')) AS locked`);
    if (!lock?.locked) return 0;
    const [folded] = await tx.query<{ rows: number }[]>(
      `WITH folded AS (
         DELETE FROM household_tally_pending RETURNING group_id, village_code, day, status, object_type, households, people
       ), per_day AS (
         SELECT group_id, village_code, day, status, object_type, sum(households)::int AS households, sum(people)::int AS people FROM folded GROUP BY 1, 2, 3, 4, 5
       ), by_day AS (
         INSERT INTO household_tally_by_day AS t (group_id, village_code, day, status, object_type, households, people)
         SELECT * FROM per_day
         ON CONFLICT (group_id, day, status, object_type) DO UPDATE SET households = t.households + excluded.households, people = t.people + excluded.people
       ), totals AS (
         INSERT INTO household_tally AS t (group_id, village_code, status, object_type, households, people)
         SELECT group_id, village_code, status, object_type, sum(households), sum(people) FROM per_day GROUP BY 1, 2, 3, 4
         ON CONFLICT (group_id, status, object_type) DO UPDATE SET households = t.households + excluded.households, people = t.people + excluded.people
       )
       SELECT count(*)::int AS rows FROM folded`,
    );
    return folded?.rows ?? 0;
  });
}
