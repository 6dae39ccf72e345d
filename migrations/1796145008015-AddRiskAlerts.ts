import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRiskAlerts1796145008015 implements MigrationInterface {
  name = 'AddRiskAlerts1796145008015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "risk_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "import_job_id" uuid NOT NULL, "line" integer NOT NULL, "id_number" character varying(18) NOT NULL, "name" character varying(50) NOT NULL, "alert_type" character varying(32), "amount" numeric(14,2), "alerted_on" date, "detail" character varying(200) NOT NULL, "household_id" uuid, "lead_case_id" uuid, "outcome" character varying(20) NOT NULL, "reason" character varying(300) NOT NULL, CONSTRAINT "PK_b194346ab65907158203002f110" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "risk_alert_same_idx" ON "risk_alert"  ("id_number", "alert_type", "alerted_on") `);
    await queryRunner.query(`CREATE INDEX "risk_alert_lead_idx" ON "risk_alert"  ("lead_case_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "risk_alert_row_once" ON "risk_alert"  ("import_job_id", "line") `);
    await queryRunner.query(`ALTER TABLE "import_job" ADD "leads_opened" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD "rows_below_threshold" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "rows_below_threshold"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "leads_opened"`);
    await queryRunner.query(`DROP INDEX "public"."risk_alert_row_once"`);
    await queryRunner.query(`DROP INDEX "public"."risk_alert_lead_idx"`);
    await queryRunner.query(`DROP INDEX "public"."risk_alert_same_idx"`);
    await queryRunner.query(`DROP TABLE "risk_alert"`);
  }
}
