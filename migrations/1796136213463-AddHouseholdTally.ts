import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the tally's triggers run (src/statistics/household-tally.entity.ts); a row's object type is a monitored household's, '' otherwise. */
const TALLY_FUNCTIONS = `
  CREATE FUNCTION china_day(at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$ SELECT (at AT TIME ZONE 'Asia/Shanghai')::date $$;
  CREATE FUNCTION household_tally_object_type(status text, object_type text) RETURNS text LANGUAGE sql IMMUTABLE AS
    $$ SELECT CASE WHEN status = 'monitored' THEN coalesce(object_type, '') ELSE '' END $$;

  -- A household counts from the day it was recorded, in the status it was recorded with.
  CREATE FUNCTION household_tally_households_added() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO household_tally_pending (group_id, village_code, day, status, object_type, households, people)
    SELECT group_id, village_code, china_day(created_at), status::text, household_tally_object_type(status::text, monitoring_object_type), count(*), 0
      FROM added GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
  END $$;

  -- A household whose status, object type or group changes moves with its people: a new status on
  -- the day it took effect (status_since), anything else today; a person recorded after that day
  -- moves on the day they were recorded.
  CREATE FUNCTION household_tally_households_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    WITH pairs AS (
      SELECT a.id,
             b.group_id AS from_group, b.village_code AS from_village, b.status::text AS from_status, household_tally_object_type(b.status::text, b.monitoring_object_type) AS from_type,
             a.group_id AS to_group, a.village_code AS to_village, a.status::text AS to_status, household_tally_object_type(a.status::text, a.monitoring_object_type) AS to_type,
             CASE WHEN a.status <> b.status THEN coalesce(a.status_since, china_day(now())) ELSE china_day(now()) END AS day
        FROM before b JOIN after a ON a.id = b.id
    ), moved AS (
      SELECT * FROM pairs WHERE (from_group, from_village, from_status, from_type) IS DISTINCT FROM (to_group, to_village, to_status, to_type)
    ), counted AS (
      SELECT moved.*, 1 AS households, 0 AS people FROM moved
      UNION ALL
      SELECT moved.id, from_group, from_village, from_status, from_type, to_group, to_village, to_status, to_type, greatest(moved.day, china_day(m.created_at)), 0, 1
        FROM moved JOIN household_member m ON m.household_id = moved.id
    )
    INSERT INTO household_tally_pending (group_id, village_code, day, status, object_type, households, people)
    SELECT from_group, from_village, day, from_status, from_type, -sum(households), -sum(people) FROM counted GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT to_group, to_village, day, to_status, to_type, sum(households), sum(people) FROM counted GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
  END $$;

  -- A person counts from the day they were recorded, in their household's status.
  CREATE FUNCTION household_tally_people_added() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO household_tally_pending (group_id, village_code, day, status, object_type, households, people)
    SELECT h.group_id, h.village_code, china_day(m.created_at), h.status::text, household_tally_object_type(h.status::text, h.monitoring_object_type), 0, count(*)
      FROM added m JOIN household h ON h.id = m.household_id GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
  END $$;

  CREATE FUNCTION household_tally_people_removed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO household_tally_pending (group_id, village_code, day, status, object_type, households, people)
    SELECT h.group_id, h.village_code, china_day(now()), h.status::text, household_tally_object_type(h.status::text, h.monitoring_object_type), 0, -count(*)
      FROM removed m JOIN household h ON h.id = m.household_id GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
  END $$;

  CREATE FUNCTION household_tally_people_moved() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO household_tally_pending (group_id, village_code, day, status, object_type, households, people)
    SELECT h.group_id, h.village_code, china_day(now()), h.status::text, household_tally_object_type(h.status::text, h.monitoring_object_type), 0, sum(moves.sign)
      FROM before b JOIN after a ON a.id = b.id AND a.household_id <> b.household_id
     CROSS JOIN LATERAL (VALUES (b.household_id, -1), (a.household_id, 1)) AS moves (household_id, sign)
      JOIN household h ON h.id = moves.household_id
     GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
  END $$;
`;

// Households are never deleted (the registry keeps them), so there is no trigger for it.
const TALLY_TRIGGERS = `
  CREATE TRIGGER household_tally_households_added AFTER INSERT ON household REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION household_tally_households_added();
  CREATE TRIGGER household_tally_households_changed AFTER UPDATE ON household REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION household_tally_households_changed();
  CREATE TRIGGER household_tally_people_added AFTER INSERT ON household_member REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION household_tally_people_added();
  CREATE TRIGGER household_tally_people_removed AFTER DELETE ON household_member REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION household_tally_people_removed();
  CREATE TRIGGER household_tally_people_moved AFTER UPDATE ON household_member REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION household_tally_people_moved();
`;

/**
 * The registry as it stands, replayed from the household change history: each household from the
 * day it was recorded in the status before its first change, each person from their day in the
 * household's status then, each status change moving the household and the people already there.
 */
export const BACKFILL = `
  WITH changes AS (
    SELECT c.household_id, c.id, c.changes -> 'status' ->> 0 AS from_status, c.changes -> 'status' ->> 1 AS to_status,
           coalesce((c.changes -> 'statusSince' ->> 1)::date, china_day(c.occurred_at)) AS day
      FROM household_change c WHERE c.action = 'status_changed' AND c.changes ? 'status'
  ), households AS (
    SELECT h.id, h.group_id, h.village_code, h.monitoring_object_type AS object_type, china_day(h.created_at) AS day,
           coalesce((SELECT c.from_status FROM changes c WHERE c.household_id = h.id ORDER BY c.id LIMIT 1), h.status::text) AS first_status
      FROM household h
  ), people AS (
    SELECT m.household_id, china_day(m.created_at) AS day FROM household_member m
  ), entries AS (
    SELECT h.group_id, h.village_code, h.day, h.first_status AS status, h.object_type, 1 AS households, 0 AS people FROM households h
    UNION ALL
    SELECT h.group_id, h.village_code, p.day,
           coalesce((SELECT c.to_status FROM changes c WHERE c.household_id = h.id AND c.day <= p.day ORDER BY c.id DESC LIMIT 1),
                    (SELECT c.from_status FROM changes c WHERE c.household_id = h.id AND c.day > p.day ORDER BY c.id LIMIT 1),
                    h.first_status),
           h.object_type, 0, 1
      FROM people p JOIN households h ON h.id = p.household_id
    UNION ALL
    SELECT h.group_id, h.village_code, c.day, moves.status, h.object_type, moves.sign, moves.sign * (SELECT count(*)::int FROM people p WHERE p.household_id = h.id AND p.day < c.day)
      FROM changes c JOIN households h ON h.id = c.household_id
     CROSS JOIN LATERAL (VALUES (c.from_status, -1), (c.to_status, 1)) AS moves (status, sign)
  )
  INSERT INTO household_tally_pending (group_id, village_code, day, status, object_type, households, people)
  SELECT group_id, village_code, day, status, household_tally_object_type(status, object_type), sum(households), sum(people) FROM entries GROUP BY 1, 2, 3, 4, 5
`;

export class AddHouseholdTally1796136213463 implements MigrationInterface {
  name = 'AddHouseholdTally1796136213463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "household_tally_pending" ("id" BIGSERIAL NOT NULL, "group_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "day" date NOT NULL, "status" character varying(20) NOT NULL, "object_type" character varying(20) NOT NULL, "households" integer NOT NULL, "people" integer NOT NULL, CONSTRAINT "PK_020eca266dc242a873e9c8d09b1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "household_tally_pending_group_idx" ON "household_tally_pending"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "household_tally_pending_village_idx" ON "household_tally_pending"  ("village_code") `);
    await queryRunner.query(`CREATE TABLE "household_tally" ("status" character varying(20) NOT NULL, "object_type" character varying(20) NOT NULL, "households" integer NOT NULL, "people" integer NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, CONSTRAINT "PK_6b2731c5e1a8d492edbcfb6c64e" PRIMARY KEY ("status", "object_type", "village_code"))`);
    await queryRunner.query(`CREATE TABLE "household_tally_by_day" ("status" character varying(20) NOT NULL, "object_type" character varying(20) NOT NULL, "households" integer NOT NULL, "people" integer NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_9121570701f426d68533eb84c3c" PRIMARY KEY ("status", "object_type", "village_code", "day"))`);
    await queryRunner.query(`CREATE INDEX "household_tally_by_day_day_idx" ON "household_tally_by_day"  ("day") `);
    await queryRunner.query(`CREATE TABLE "household_group_tally" ("status" character varying(20) NOT NULL, "object_type" character varying(20) NOT NULL, "households" integer NOT NULL, "people" integer NOT NULL, "group_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, CONSTRAINT "PK_8089e512719458522c8e16a0f39" PRIMARY KEY ("status", "object_type", "group_id"))`);
    await queryRunner.query(`CREATE INDEX "household_group_tally_village_idx" ON "household_group_tally"  ("village_code") `);
    await queryRunner.query(`CREATE TABLE "household_group_tally_by_day" ("status" character varying(20) NOT NULL, "object_type" character varying(20) NOT NULL, "households" integer NOT NULL, "people" integer NOT NULL, "group_id" uuid NOT NULL, "day" date NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, CONSTRAINT "PK_f1319f7b87d39f4d66f512df956" PRIMARY KEY ("status", "object_type", "group_id", "day"))`);
    await queryRunner.query(`CREATE INDEX "household_group_tally_by_day_village_idx" ON "household_group_tally_by_day"  ("village_code", "day") `);
    await queryRunner.query(`CREATE INDEX "household_exit_year_idx" ON "household"  ("exit_year", "village_id") WHERE exit_year IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "procedure_case_procedure_idx" ON "procedure_case"  ("procedure", "village_code") `);
    await queryRunner.query(`CREATE INDEX "procedure_case_overdue_idx" ON "procedure_case"  ("stage_due_at") WHERE NOT final AND awaiting_role IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "procedure_case_open_stage_idx" ON "procedure_case"  ("village_code", "procedure", "stage", "stage_due_at", "due_at") WHERE NOT final`);
    await queryRunner.query(TALLY_FUNCTIONS);
    await queryRunner.query(BACKFILL);
    await queryRunner.query(TALLY_TRIGGERS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER household_tally_households_added ON household; DROP TRIGGER household_tally_households_changed ON household;
      DROP TRIGGER household_tally_people_added ON household_member; DROP TRIGGER household_tally_people_moved ON household_member; DROP TRIGGER household_tally_people_removed ON household_member;
      DROP FUNCTION household_tally_households_added(); DROP FUNCTION household_tally_households_changed(); DROP FUNCTION household_tally_people_added();
      DROP FUNCTION household_tally_people_moved(); DROP FUNCTION household_tally_people_removed(); DROP FUNCTION household_tally_object_type(text, text); DROP FUNCTION china_day(timestamptz)`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_open_stage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_overdue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_procedure_idx"`);
    await queryRunner.query(`DROP INDEX "public"."household_exit_year_idx"`);
    await queryRunner.query(`DROP INDEX "public"."household_group_tally_by_day_village_idx"`);
    await queryRunner.query(`DROP TABLE "household_group_tally_by_day"`);
    await queryRunner.query(`DROP INDEX "public"."household_group_tally_village_idx"`);
    await queryRunner.query(`DROP TABLE "household_group_tally"`);
    await queryRunner.query(`DROP INDEX "public"."household_tally_by_day_day_idx"`);
    await queryRunner.query(`DROP TABLE "household_tally_by_day"`);
    await queryRunner.query(`DROP TABLE "household_tally"`);
    await queryRunner.query(`DROP INDEX "public"."household_tally_pending_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."household_tally_pending_group_idx"`);
    await queryRunner.query(`DROP TABLE "household_tally_pending"`);
  }
}
