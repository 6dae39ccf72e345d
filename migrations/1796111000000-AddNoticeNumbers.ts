import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNoticeNumbers1796111000000 implements MigrationInterface {
  name = 'AddNoticeNumbers1796111000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers on the board and on paper (GS-2026-000012); existing notices get one, oldest first.
    await queryRunner.query(`CREATE SEQUENCE notice_number_seq`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" ADD "public_number" character varying(32)`);
    await queryRunner.query(
      `UPDATE "publicity_notice" n SET "public_number" = 'GS-' || to_char(o.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(o.number::text, 6, '0')
         FROM (SELECT id, created_at, nextval('notice_number_seq') AS number FROM (SELECT id, created_at FROM "publicity_notice" ORDER BY created_at, id) ordered) o
        WHERE o.id = n.id`,
    );
    await queryRunner.query(`ALTER TABLE "publicity_notice" ALTER COLUMN "public_number" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "publicity_notice_public_number_unique" ON "publicity_notice"  ("public_number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."publicity_notice_public_number_unique"`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" DROP COLUMN "public_number"`);
    await queryRunner.query(`DROP SEQUENCE notice_number_seq`);
  }
}
