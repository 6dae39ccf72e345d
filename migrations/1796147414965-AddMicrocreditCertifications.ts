import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMicrocreditCertifications1796147414965 implements MigrationInterface {
  name = 'AddMicrocreditCertifications1796147414965';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "microcredit_certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "borrower_member_id" uuid NOT NULL, "borrower_name" character varying(50) NOT NULL, "borrower_id_number" character varying(18) NOT NULL, "amount" integer NOT NULL, "purpose" character varying(200) NOT NULL, "certified_on" date NOT NULL, "valid_until" date NOT NULL, "certified_by" uuid NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ef7e68bcc934868195b32a6c3e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "microcredit_certification_village_idx" ON "microcredit_certification"  ("village_code", "certified_on") `);
    await queryRunner.query(`CREATE INDEX "microcredit_certification_household_idx" ON "microcredit_certification"  ("household_id", "valid_until") `);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action" ADD VALUE 'microcredit_certified'`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action" ADD VALUE 'microcredit_revoked'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."household_change_action_old" AS ENUM('registered', 'updated', 'member_added', 'member_updated', 'member_removed', 'head_changed', 'status_changed', 'measure_planned', 'measure_updated')`);
    await queryRunner.query(`ALTER TABLE "household_change" ALTER COLUMN "action" TYPE "public"."household_change_action_old" USING "action"::"text"::"public"."household_change_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_action"`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action_old" RENAME TO "household_change_action"`);
    await queryRunner.query(`DROP INDEX "public"."microcredit_certification_household_idx"`);
    await queryRunner.query(`DROP INDEX "public"."microcredit_certification_village_idx"`);
    await queryRunner.query(`DROP TABLE "microcredit_certification"`);
  }
}
