import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCasesJournalMeetingsAndPublicity1795931200391 implements MigrationInterface {
  name = 'AddCasesJournalMeetingsAndPublicity1795931200391';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_event" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "sequence" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "account_id" uuid, "role" character varying(16) NOT NULL, "event_type" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "stage_before" character varying(80), "stage_after" character varying(80) NOT NULL, "machine_version" integer NOT NULL, "policy_version" integer NOT NULL, "previous_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_5b6e18b2d4fd178711a2269645e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_event_sequence_unique" ON "case_event"  ("case_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "procedure_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_number" character varying(32) NOT NULL, "procedure" character varying(32) NOT NULL, "household_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "machine_version" integer NOT NULL, "policy_version" integer NOT NULL, "policy" jsonb NOT NULL, "application" jsonb NOT NULL, "stage" character varying(40) NOT NULL, "phase" character varying(40), "final" boolean NOT NULL DEFAULT false, "awaiting_role" character varying(16), "snapshot" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83e83c6e134e90a4760b99f1950" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "procedure_case_awaiting_idx" ON "procedure_case"  ("awaiting_role", "village_code") `);
    await queryRunner.query(`CREATE INDEX "procedure_case_village_idx" ON "procedure_case"  ("village_code", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "procedure_case_number_unique" ON "procedure_case"  ("case_number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "procedure_case_one_open" ON "procedure_case"  ("household_id", "procedure") WHERE NOT final`);
    await queryRunner.query(`CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "case_id" uuid, "kind" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_unsent_idx" ON "outbox"  ("id") WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('group_review', 'representatives')`);
    await queryRunner.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."meeting_kind" NOT NULL, "village_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "held_on" date NOT NULL, "place" character varying(200) NOT NULL, "in_office" integer, "present" integer NOT NULL, "attendees" jsonb NOT NULL, "minutes" text NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meeting_village_idx" ON "meeting"  ("village_code", "held_on") `);
    await queryRunner.query(`CREATE TABLE "meeting_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "case_id" uuid NOT NULL, "recommended" boolean, "in_favour" integer, "against" integer, "abstaining" integer, "cadre_relation_declared" boolean NOT NULL DEFAULT false, "note" text, CONSTRAINT "PK_05800a06ba86e34ed146778e0d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meeting_vote_case_idx" ON "meeting_vote"  ("case_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_vote_case_unique" ON "meeting_vote"  ("meeting_id", "case_id") `);
    await queryRunner.query(`CREATE TABLE "county_policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "county_id" uuid NOT NULL, "version" integer NOT NULL, "settings" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab805708442bce38a25b3fadd85" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "county_policy_version_unique" ON "county_policy"  ("county_id", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."objection_kind" AS ENUM('objection', 'appeal')`);
    await queryRunner.query(`CREATE TABLE "objection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "notice_id" uuid, "stage" character varying(40) NOT NULL, "kind" "public"."objection_kind" NOT NULL, "objector_name" character varying(50), "objector_contact" character varying(50), "reason" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "finding" text, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "filed_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "PK_f66a92a8254c445494f6cc3be60" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "objection_case_idx" ON "objection"  ("case_id", "status") `);
    await queryRunner.query(`CREATE TABLE "publicity_notice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "village_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "stage" character varying(40) NOT NULL, "starts_on" date NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "case_ids" jsonb NOT NULL, "opened_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_547a9d6271ceebedbd20d035afa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "publicity_notice_village_idx" ON "publicity_notice"  ("village_code", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "verification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "visited_on" date NOT NULL, "visitors" jsonb NOT NULL, "full_home_visit" boolean NOT NULL, "income_found" numeric(12,2), "living_conditions" jsonb NOT NULL, "exclusion_checks" jsonb NOT NULL, "cross_check_hits" jsonb NOT NULL, "eligible" boolean NOT NULL, "reason" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7e3a90ca384e71d6e2e93bb340" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "verification_case_idx" ON "verification"  ("case_id") `);
    await queryRunner.query(`ALTER TABLE "household" ADD "status_since" date`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action" ADD VALUE 'status_changed'`);
    await queryRunner.query(`ALTER TABLE "meeting_vote" ADD CONSTRAINT "FK_83c1fa75154dfbb3ef756ebb932" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The journal is append-only for every role, the application's own included.
    await queryRunner.query(`CREATE FUNCTION case_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER case_event_no_update_delete BEFORE UPDATE OR DELETE ON "case_event" FOR EACH ROW EXECUTE FUNCTION case_event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON "case_event" FOR EACH STATEMENT EXECUTE FUNCTION case_event_append_only()`);
    // Case numbers shown to applicants (SB-2026-000123).
    await queryRunner.query(`CREATE SEQUENCE case_number_seq`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE case_number_seq`);
    await queryRunner.query(`DROP TRIGGER case_event_no_truncate ON "case_event"`);
    await queryRunner.query(`DROP TRIGGER case_event_no_update_delete ON "case_event"`);
    await queryRunner.query(`DROP FUNCTION case_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "meeting_vote" DROP CONSTRAINT "FK_83c1fa75154dfbb3ef756ebb932"`);
    await queryRunner.query(`CREATE TYPE "public"."household_change_action_old" AS ENUM('registered', 'updated', 'member_added', 'member_updated', 'member_removed', 'head_changed')`);
    await queryRunner.query(`ALTER TABLE "household_change" ALTER COLUMN "action" TYPE "public"."household_change_action_old" USING "action"::"text"::"public"."household_change_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_action"`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action_old" RENAME TO "household_change_action"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "status_since"`);
    await queryRunner.query(`DROP INDEX "public"."verification_case_idx"`);
    await queryRunner.query(`DROP TABLE "verification"`);
    await queryRunner.query(`DROP INDEX "public"."publicity_notice_village_idx"`);
    await queryRunner.query(`DROP TABLE "publicity_notice"`);
    await queryRunner.query(`DROP INDEX "public"."objection_case_idx"`);
    await queryRunner.query(`DROP TABLE "objection"`);
    await queryRunner.query(`DROP TYPE "public"."objection_kind"`);
    await queryRunner.query(`DROP INDEX "public"."county_policy_version_unique"`);
    await queryRunner.query(`DROP TABLE "county_policy"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_vote_case_unique"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_vote_case_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_vote"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_village_idx"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_unsent_idx"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."procedure_case_awaiting_idx"`);
    await queryRunner.query(`DROP TABLE "procedure_case"`);
    await queryRunner.query(`DROP INDEX "public"."case_event_sequence_unique"`);
    await queryRunner.query(`DROP TABLE "case_event"`);
  }
}
