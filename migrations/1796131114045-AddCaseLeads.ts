import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCaseLeads1796131114045 implements MigrationInterface {
  name = 'AddCaseLeads1796131114045';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_lead" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "import_job_id" uuid NOT NULL, "id_number" character varying(18) NOT NULL, "member_name" character varying(50) NOT NULL, "check" character varying(40) NOT NULL, "source" character varying(40) NOT NULL, "detail" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_367e2444915f39636d85e2008c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_lead_once" ON "case_lead"  ("case_id", "check", "source", "id_number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."case_lead_once"`);
    await queryRunner.query(`DROP TABLE "case_lead"`);
  }
}
