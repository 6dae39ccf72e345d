import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetingGroupAndEarlyFollowUpReason1796109809196 implements MigrationInterface {
  name = 'AddMeetingGroupAndEarlyFollowUpReason1796109809196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD "group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "follow_up_visit" ADD "early_reason" text`);
    await queryRunner.query(`CREATE INDEX "meeting_group_idx" ON "meeting"  ("group_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."meeting_group_idx"`);
    await queryRunner.query(`ALTER TABLE "follow_up_visit" DROP COLUMN "early_reason"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "group_id"`);
  }
}
