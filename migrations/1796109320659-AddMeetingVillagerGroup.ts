import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetingVillagerGroup1796109320659 implements MigrationInterface {
  name = 'AddMeetingVillagerGroup1796109320659';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD "group_id" uuid`);
    await queryRunner.query(`CREATE INDEX "meeting_group_idx" ON "meeting"  ("group_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."meeting_group_idx"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "group_id"`);
  }
}
