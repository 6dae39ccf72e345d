import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddObjectionNumbersAndSubmissionKeys1795934173012 implements MigrationInterface {
  name = 'AddObjectionNumbersAndSubmissionKeys1795934173012';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers objectors use to look up the finding (YY-2026-000042); existing rows get one too.
    await queryRunner.query(`CREATE SEQUENCE objection_number_seq`);
    await queryRunner.query(`ALTER TABLE "objection" ADD "public_number" character varying(32)`);
    await queryRunner.query(
      `UPDATE "objection" SET "public_number" = 'YY-' || to_char(filed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('objection_number_seq')::text, 6, '0')`,
    );
    await queryRunner.query(`ALTER TABLE "objection" ALTER COLUMN "public_number" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "objection" ADD "submission_key" character varying(64)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "objection_submission_unique" ON "objection"  ("submission_key") WHERE submission_key IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "objection_public_number_unique" ON "objection"  ("public_number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."objection_public_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."objection_submission_unique"`);
    await queryRunner.query(`ALTER TABLE "objection" DROP COLUMN "submission_key"`);
    await queryRunner.query(`ALTER TABLE "objection" DROP COLUMN "public_number"`);
    await queryRunner.query(`DROP SEQUENCE objection_number_seq`);
  }
}
