import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeasureHistory1795939834027 implements MigrationInterface {
  name = 'AddMeasureHistory1795939834027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."household_change_action" ADD VALUE 'measure_planned'`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action" ADD VALUE 'measure_updated'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."household_change_action_old" AS ENUM('registered', 'updated', 'member_added', 'member_updated', 'member_removed', 'head_changed', 'status_changed')`);
    await queryRunner.query(`ALTER TABLE "household_change" ALTER COLUMN "action" TYPE "public"."household_change_action_old" USING "action"::"text"::"public"."household_change_action_old"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_action"`);
    await queryRunner.query(`ALTER TYPE "public"."household_change_action_old" RENAME TO "household_change_action"`);
  }
}
