import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddHelpCadres1796147850971 implements MigrationInterface {
  name = 'AddHelpCadres1796147850971';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "help_cadre" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "county_code" character varying(12) COLLATE "C" NOT NULL, "name" character varying(50) NOT NULL, "unit" character varying(100) NOT NULL, "phone" character varying(20) NOT NULL, "account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4aaaaf00a630370174aedbf1cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "help_cadre_county_idx" ON "help_cadre"  ("county_code", "name") `);
    await queryRunner.query(`CREATE TABLE "cadre_pairing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cadre_id" uuid NOT NULL, "household_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "end_reason" character varying(500), "assigned_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3643ea71dd2865d9613148c548a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cadre_pairing_village_idx" ON "cadre_pairing"  ("village_code") WHERE ends_on IS NULL`);
    await queryRunner.query(`CREATE INDEX "cadre_pairing_cadre_idx" ON "cadre_pairing"  ("cadre_id", "ends_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "cadre_pairing_current" ON "cadre_pairing"  ("household_id") WHERE ends_on IS NULL`);
    await queryRunner.query(`CREATE TABLE "cadre_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "pairing_id" uuid NOT NULL, "cadre_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "visited_on" date NOT NULL, "findings" text NOT NULL, "measures_discussed" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88ebe38b493b01042373eaf2f92" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cadre_visit_household_idx" ON "cadre_visit"  ("household_id", "visited_on") `);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action" ADD VALUE 'cadre_paired'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."household_change_action_old" AS ENUM('registered', 'updated', 'member_added', 'member_updated', 'member_removed', 'head_changed', 'status_changed', 'measure_planned', 'measure_updated', 'microcredit_certified', 'microcredit_revoked')`);
    await queryRunner.query(`ALTER TABLE "household_change" ALTER COLUMN "action" TYPE "public"."household_change_action_old" USING "action"::"text"::"public"."household_change_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_action"`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action_old" RENAME TO "household_change_action"`);
    await queryRunner.query(`DROP INDEX "public"."cadre_visit_household_idx"`);
    await queryRunner.query(`DROP TABLE "cadre_visit"`);
    await queryRunner.query(`DROP INDEX "public"."cadre_pairing_current"`);
    await queryRunner.query(`DROP INDEX "public"."cadre_pairing_cadre_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cadre_pairing_village_idx"`);
    await queryRunner.query(`DROP TABLE "cadre_pairing"`);
    await queryRunner.query(`DROP INDEX "public"."help_cadre_county_idx"`);
    await queryRunner.query(`DROP TABLE "help_cadre"`);
  }
}
