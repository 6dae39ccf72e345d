import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSweeps1796145780303 implements MigrationInterface {
  name = 'AddSweeps1796145780303';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sweep" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "county_code" character varying(12) COLLATE "C" NOT NULL, "name" character varying(100) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "village_ids" jsonb NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e2e82827097e3525af9f7ac1e3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sweep_county_idx" ON "sweep"  ("county_code", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "sweep_household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sweep_id" uuid NOT NULL, "household_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "visitor_id" uuid, "visited_on" date, "income_change" character varying(16), "living_conditions" jsonb, "hardship" character varying(20), "note" text, "risk_seen" boolean NOT NULL DEFAULT false, "lead_case_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_13c4e566081ead2fbee2b4d3b49" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sweep_household_visitor_idx" ON "sweep_household"  ("visitor_id", "sweep_id") `);
    await queryRunner.query(`CREATE INDEX "sweep_household_village_idx" ON "sweep_household"  ("sweep_id", "village_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sweep_household_once" ON "sweep_household"  ("sweep_id", "household_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sweep_household_once"`);
    await queryRunner.query(`DROP INDEX "public"."sweep_household_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sweep_household_visitor_idx"`);
    await queryRunner.query(`DROP TABLE "sweep_household"`);
    await queryRunner.query(`DROP INDEX "public"."sweep_county_idx"`);
    await queryRunner.query(`DROP TABLE "sweep"`);
  }
}
