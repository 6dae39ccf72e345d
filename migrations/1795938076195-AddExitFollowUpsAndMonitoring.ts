import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddExitFollowUpsAndMonitoring1795938076195 implements MigrationInterface {
  name = 'AddExitFollowUpsAndMonitoring1795938076195';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "income_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "checked_on" date NOT NULL, "per_capita_income" numeric(12,2) NOT NULL, "source" character varying(20) NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d232ccd2810e7fd1e5734b1c00" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "income_check_household_idx" ON "income_check"  ("household_id", "checked_on") `);
    await queryRunner.query(`CREATE TABLE "assistance_measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "kind" character varying(20) NOT NULL, "description" text NOT NULL, "status" character varying(12) NOT NULL, "done_on" date, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a0c6628d286ff5fed7c5898e8c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assistance_measure_household_idx" ON "assistance_measure"  ("household_id") `);
    await queryRunner.query(`CREATE TABLE "follow_up_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "exit_case_id" uuid NOT NULL, "due_on" date NOT NULL, "visited_on" date, "visitors" jsonb, "income_found" numeric(12,2), "income_year" integer, "living_conditions" jsonb, "at_risk" boolean, "monitoring_case_id" uuid, "note" text, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6931e0523d069c1adcb15815917" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follow_up_visit_unique" ON "follow_up_visit"  ("exit_case_id", "due_on") `);
    await queryRunner.query(`CREATE INDEX "follow_up_visit_due_idx" ON "follow_up_visit"  ("village_code", "due_on") `);
    await queryRunner.query(`CREATE TABLE "exit_target" ("township_id" uuid NOT NULL, "year" integer NOT NULL, "township_code" character varying(12) COLLATE "C" NOT NULL, "target" integer NOT NULL, "set_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86ac620e28b1fd7d07bcfbb7d3b" PRIMARY KEY ("township_id", "year"))`);
    await queryRunner.query(`ALTER TABLE "household" ADD "exit_year" integer`);
    await queryRunner.query(`ALTER TABLE "household" ADD "monitoring_object_type" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "procedure_case" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" ADD "procedure" character varying(32) NOT NULL DEFAULT 'identification'`);
    await queryRunner.query(`ALTER TABLE "verification" ADD "kind" character varying(20) NOT NULL DEFAULT 'identification'`);
    await queryRunner.query(`ALTER TABLE "verification" ADD "income_year" integer`);
    await queryRunner.query(`ALTER TABLE "verification" ADD "consent_signed" boolean`);
    await queryRunner.query(`ALTER TABLE "verification" ALTER COLUMN "eligible" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "verification" ALTER COLUMN "eligible" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "verification" DROP COLUMN "consent_signed"`);
    await queryRunner.query(`ALTER TABLE "verification" DROP COLUMN "income_year"`);
    await queryRunner.query(`ALTER TABLE "verification" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" DROP COLUMN "procedure"`);
    await queryRunner.query(`ALTER TABLE "procedure_case" DROP COLUMN "due_at"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "monitoring_object_type"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "exit_year"`);
    await queryRunner.query(`DROP TABLE "exit_target"`);
    await queryRunner.query(`DROP INDEX "public"."follow_up_visit_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."follow_up_visit_unique"`);
    await queryRunner.query(`DROP TABLE "follow_up_visit"`);
    await queryRunner.query(`DROP INDEX "public"."assistance_measure_household_idx"`);
    await queryRunner.query(`DROP TABLE "assistance_measure"`);
    await queryRunner.query(`DROP INDEX "public"."income_check_household_idx"`);
    await queryRunner.query(`DROP TABLE "income_check"`);
  }
}
