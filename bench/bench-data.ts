import { initialTransition, transition } from 'xstate';
import type { DataSource } from 'typeorm';
import { IDENTIFICATION_MACHINE_VERSION, identificationMachine } from '../workflows/identification/identification.machine';
import { sample, sampleInput } from '../workflows/identification/identification.fixtures';
import type { IdentificationEvent } from '../workflows/identification/identification.types';
import { DEFAULT_POLICY, type CountyPolicy } from '../workflows/policy';
import { hashPassword } from '../src/auth/password';
import { persistedSnapshot } from '../src/cases/case-snapshot';

export const BENCH_PASSWORD = 'bench-password-1';
export const COUNTY_CODE = '450199000000';

/** Village n (0-based) of the bench county: 10 villages per township. */
export function villageCode(n: number): string {
  return `450199${String(Math.floor(n / 100) + 1).padStart(3, '0')}${String((n % 100) + 1).padStart(3, '0')}`;
}

/** A persisted snapshot of a case that went through `events` (policy with optional demo seconds). */
export function snapshotAfter(events: IdentificationEvent[], policy: CountyPolicy): Record<string, unknown> {
  let [snapshot] = initialTransition(identificationMachine, sampleInput({}, policy));
  for (const event of events) [snapshot] = transition(identificationMachine, snapshot, event);
  // As the service keeps it: the policy in the row's own column (seedHouseholds writes the same policy there).
  return persistedSnapshot(identificationMachine, snapshot, (snapshot.context as { policy: unknown }).policy);
}

export const STAGES = {
  application: { stage: 'application', phase: null, events: [] as IdentificationEvent[] },
  groupReview: { stage: 'group_review', phase: null, events: [sample.submit()] },
  publicityPending: {
    stage: 'village_publicity',
    phase: 'pending',
    events: [sample.submit(), sample.groupReview(true), sample.appraisal(), sample.verification()],
  },
};

/** The county, `villages` villages (one group each), a clerk for each of the first few, all in SQL. */
export async function seedRegions(dataSource: DataSource, villages: number): Promise<void> {
  const townships = Math.ceil(villages / 100);
  await dataSource.query(`INSERT INTO region (level, code, name) VALUES ('county', $1, '基准县')`, [COUNTY_CODE]);
  await dataSource.query(
    `INSERT INTO region (level, code, name, parent_id)
     SELECT 'township', '450199' || lpad(t::text, 3, '0') || '000', '基准乡' || t, (SELECT id FROM region WHERE code = $1)
       FROM generate_series(1, $2) t`,
    [COUNTY_CODE, townships],
  );
  await dataSource.query(
    `INSERT INTO region (level, code, name, parent_id)
     SELECT 'village', '450199' || lpad((v / 100 + 1)::text, 3, '0') || lpad((v % 100 + 1)::text, 3, '0'), '基准村' || v,
            (SELECT id FROM region WHERE code = '450199' || lpad((v / 100 + 1)::text, 3, '0') || '000')
       FROM generate_series(0, $1 - 1) v`,
    [villages],
  );
  await dataSource.query(
    `INSERT INTO region (level, code, name, parent_id, group_number)
     SELECT 'group', code, '第一村民小组', id, 1 FROM region WHERE level = 'village'`,
  );
  const hash = await hashPassword(BENCH_PASSWORD);
  await dataSource.query(
    `INSERT INTO staff_account (username, display_name, password_hash, role, region_id) SELECT 'bench-county', 'bench-county', $1, 'county', id FROM region WHERE code = $2`,
    [hash, COUNTY_CODE],
  );
  for (let n = 0; n < Math.min(villages, 4); n += 1) {
    await dataSource.query(
      `INSERT INTO staff_account (username, display_name, password_hash, role, region_id) SELECT $1, $1, $2, 'village', id FROM region WHERE level = 'village' AND code = $3`,
      [`bench-village-${n}`, hash, villageCode(n)],
    );
  }
}

/**
 * `count` households with a head each in `village`, and, when `stage` is given, one case per
 * household at that stage (snapshot computed by the machine). Multi-row SQL, no requests.
 */
export async function seedHouseholds(
  dataSource: DataSource,
  options: { villages: number[]; perVillage: number; stage?: keyof typeof STAGES; policy?: CountyPolicy; tag: string },
): Promise<string[]> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const stage = options.stage ? STAGES[options.stage] : null;
  const snapshot = stage ? JSON.stringify(snapshotAfter(stage.events, policy)) : null;
  const codes = options.villages.map(villageCode);
  await dataSource.query(
    `WITH villages AS (SELECT v.id AS village_id, g.id AS group_id, v.code FROM region v JOIN region g ON g.parent_id = v.id WHERE v.code = ANY($1) AND v.level = 'village'),
          made AS (
            INSERT INTO household (village_id, group_id, village_code, status, version, poverty_attribute)
            SELECT village_id, group_id, code, 'none', 1, 'general' FROM villages, generate_series(1, $2)
            RETURNING id)
     INSERT INTO household_member (household_id, name, id_number, relation, sex, birth_date, health, labour_capacity, schooling)
     SELECT id, '户主' || substr(md5(id::text), 1, 2), $3 || substr(replace(id::text, '-', ''), 1, 14), 'head', 'male', '1970-01-01', 'healthy', 'ordinary', 'primary' FROM made`,
    [codes, options.perVillage, options.tag],
  );
  if (!stage || !snapshot) return [];
  const rows = await dataSource.query<{ id: string }[]>(
    `INSERT INTO procedure_case (case_number, procedure, household_id, village_code, machine_version, policy_version, policy, application, stage, phase, final, awaiting_role, snapshot, version, created_by)
     SELECT $1 || '-' || row_number() OVER (), 'identification', h.id, h.village_code, $7, 0, $2::jsonb, '{}'::jsonb, $3, $4, false, 'village', $5::jsonb, 1,
            (SELECT id FROM staff_account LIMIT 1)
       FROM household h JOIN household_member m ON m.household_id = h.id AND m.id_number LIKE $1 || '%'
      WHERE h.village_code = ANY($6)
     RETURNING id`,
    [options.tag, JSON.stringify(policy), stage.stage, stage.phase, snapshot, codes, IDENTIFICATION_MACHINE_VERSION],
  );
  return rows.map((row) => row.id);
}

/**
 * Two years of status history on the households seeded so far, as the registry would have it:
 * one in five registered, each village confirming on one day a month; a quarter of those exited
 * later, on a day of their own a month. Plain UPDATEs, so the tally's triggers see them as they
 * see a case's confirmation.
 */
export async function seedStatusHistory(dataSource: DataSource): Promise<void> {
  const day = (salt: string) =>
    `(date_trunc('month', current_date) - interval '1 month' * (abs(hashtext(id::text)) % 24) + interval '1 day' * (abs(hashtext(village_code || '${salt}')) % 28))::date`;
  await dataSource.query(`UPDATE household SET status = 'registered', status_since = ${day('registered')} WHERE status = 'none' AND abs(hashtext(id::text || 'r')) % 5 = 0`);
  await dataSource.query(
    `UPDATE household SET status = 'exited', status_since = greatest(status_since + 30, ${day('exited')}), exit_year = extract(year FROM current_date)::int
      WHERE status = 'registered' AND abs(hashtext(id::text || 'e')) % 4 = 0`,
  );
}
