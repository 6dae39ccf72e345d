import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackNotificationDelivery1796114820564 implements MigrationInterface {
  name = 'TrackNotificationDelivery1796114820564';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    // Notifications sent before were counted done when enqueued; they are not sent again.
    await queryRunner.query(`UPDATE "outbox" SET "delivered_at" = "sent_at" WHERE kind = 'notify' AND sent_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "outbox_undelivered_idx" ON "outbox"  ("id") WHERE kind = 'notify' AND sent_at IS NOT NULL AND delivered_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_undelivered_idx"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "delivered_at"`);
  }
}
