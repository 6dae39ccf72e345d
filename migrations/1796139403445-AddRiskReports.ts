import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRiskReports1796139403445 implements MigrationInterface {
  name = 'AddRiskReports1796139403445';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE report_number_seq`);
    await queryRunner.query(`CREATE TABLE "risk_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "public_number" character varying(32) NOT NULL, "village_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "name" character varying(50) NOT NULL, "id_number" character varying(18) NOT NULL, "phone" character varying(20) NOT NULL, "risk_type" character varying(20) NOT NULL, "details" text NOT NULL, "submission_key" uuid NOT NULL, "state" character varying(20) NOT NULL, "lead_case_id" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cf02979e2b9d74417f21639bc8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "risk_report_waiting_idx" ON "risk_report"  ("village_code") WHERE state = 'awaiting_household'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "risk_report_submission_unique" ON "risk_report"  ("submission_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "risk_report_number_unique" ON "risk_report"  ("public_number") `);
    await queryRunner.query(`ALTER TABLE "procedure_case" ALTER COLUMN "created_by" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "procedure_case" ALTER COLUMN "created_by" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."risk_report_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."risk_report_submission_unique"`);
    await queryRunner.query(`DROP INDEX "public"."risk_report_waiting_idx"`);
    await queryRunner.query(`DROP TABLE "risk_report"`);
    await queryRunner.query(`DROP SEQUENCE report_number_seq`);
  }
}
