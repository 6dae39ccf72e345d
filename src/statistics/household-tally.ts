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
export type TallyScope =
  /** A county's or township's villages, by township or by village: the villages' rows. */
  | { villagePrefix: string; groupBy: 'township' | 'village' }
  /** A village's groups, or one group: the groups' rows. */
  | { village: string; groupId?: string };

/** The tables a scope reads and the key of its children. */
function source(scope: TallyScope): { now: string; byDay: string; where: string; value: string; key: string } {
  if ('village' in scope) {
    const [where, value] = scope.groupId ? ['group_id = $1::uuid', scope.groupId] : ['village_code = $1', scope.village];
    return { now: 'household_group_tally', byDay: 'household_group_tally_by_day', where, value, key: 'group_id::text' };
  }
  return { now: 'household_tally', byDay: 'household_tally_by_day', where: 'village_code LIKE $1', value: `${scope.villagePrefix}%`, key: scope.groupBy === 'township' ? 'left(village_code, 9)' : 'village_code' };
}

/**
 * The registry's households and people by status as of the end of a day (China time), read from
 * the tally (household-tally.entity.ts), never household by household: today's totals, less the
 * days after `asOf` already folded in, plus the changes not yet folded up to `asOf`. One
 * statement, so a fold running meanwhile is seen either wholly or not at all.
 */
export function tallyAsOf(dataSource: DataSource, scope: TallyScope, asOf: string): Promise<TallyRow[]> {
  const { now, byDay, where, value, key } = source(scope);
  return dataSource.query<TallyRow[]>(
    `WITH counted AS (
       SELECT ${key} AS key, status, object_type, households, people FROM ${now} WHERE ${where}
       UNION ALL
       SELECT ${key}, status, object_type, -households, -people FROM ${byDay} WHERE ${where} AND day > $2
       UNION ALL
       SELECT ${key}, status, object_type, households, people FROM household_tally_pending WHERE ${where} AND day <= $2
     )
     SELECT key, status, nullif(object_type, '') AS object_type, sum(households)::int AS households, sum(people)::int AS people
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
    const add = (table: string, key: string) => `ON CONFLICT (${key}) DO UPDATE SET households = ${table}.households + excluded.households, people = ${table}.people + excluded.people`;
    const [folded] = await tx.query<{ rows: number }[]>(
      `WITH folded AS (
         DELETE FROM household_tally_pending RETURNING group_id, village_code, day, status, object_type, households, people
       ), group_days AS (
         SELECT group_id, village_code, day, status, object_type, sum(households)::int AS households, sum(people)::int AS people FROM folded GROUP BY 1, 2, 3, 4, 5
       ), village_days AS (
         SELECT village_code, day, status, object_type, sum(households)::int AS households, sum(people)::int AS people FROM group_days GROUP BY 1, 2, 3, 4
       ), group_by_day AS (
         INSERT INTO household_group_tally_by_day (group_id, village_code, day, status, object_type, households, people) SELECT * FROM group_days
         ${add('household_group_tally_by_day', 'group_id, day, status, object_type')}
       ), group_now AS (
         INSERT INTO household_group_tally (group_id, village_code, status, object_type, households, people)
         SELECT group_id, village_code, status, object_type, sum(households), sum(people) FROM group_days GROUP BY 1, 2, 3, 4
         ${add('household_group_tally', 'group_id, status, object_type')}
       ), village_by_day AS (
         INSERT INTO household_tally_by_day (village_code, day, status, object_type, households, people) SELECT * FROM village_days
         ${add('household_tally_by_day', 'village_code, day, status, object_type')}
       ), village_now AS (
         INSERT INTO household_tally (village_code, status, object_type, households, people)
         SELECT village_code, status, object_type, sum(households), sum(people) FROM village_days GROUP BY 1, 2, 3
         ${add('household_tally', 'village_code, status, object_type')}
       )
       SELECT count(*)::int AS rows FROM folded`,
    );
    return folded?.rows ?? 0;
  });
}
