import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDeadlinesNotificationsWebhooksAndCalendar1795932200036 implements MigrationInterface {
  name = 'AddDeadlinesNotificationsWebhooksAndCalendar1795932200036';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_day" ("day" date NOT NULL, "year" smallint NOT NULL, "workday" boolean NOT NULL, CONSTRAINT "PK_0f0fd32432f4e23544a28c0562b" PRIMARY KEY ("day"))`);
    await queryRunner.query(`CREATE TYPE "public"."deadline_state" AS ENUM('pending', 'fired', 'cancelled')`);
    await queryRunner.query(`CREATE TABLE "deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "case_id" uuid, "notice_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" "public"."deadline_state" NOT NULL DEFAULT 'pending', "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "deadline_pending_idx" ON "deadline"  ("due_at") WHERE state = 'pending'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "deadline_key_unique" ON "deadline"  ("key") `);
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('sending', 'sent', 'failed', 'dead')`);
    await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outbox_id" bigint NOT NULL, "channel" character varying(16) NOT NULL, "recipient_key" character varying(80) NOT NULL, "status" "public"."delivery_status" NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_delivery_dead_idx" ON "notification_delivery"  ("status") WHERE status = 'dead'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_delivery_once" ON "notification_delivery"  ("outbox_id", "channel", "recipient_key") `);
    await queryRunner.query(`CREATE TABLE "staff_notification" ("id" BIGSERIAL NOT NULL, "account_id" uuid NOT NULL, "outbox_id" bigint NOT NULL, "case_id" uuid, "template" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_687ce8c4bfb1aca0b40c5d828cc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "staff_notification_inbox_idx" ON "staff_notification"  ("account_id", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "staff_notification_once" ON "staff_notification"  ("outbox_id", "account_id") `);
    await queryRunner.query(`CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "county_id" uuid NOT NULL, "county_code" character varying(6) COLLATE "C" NOT NULL, "url" character varying(500) NOT NULL, "secret" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_county_idx" ON "webhook"  ("county_code") `);
    await queryRunner.query(`ALTER TABLE "procedure_case" ADD "stage_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" ADD "cancel_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publicity_notice" DROP COLUMN "cancel_reason"`);
    await queryRunner.query(`ALTER TABLE "publicity_notice" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "procedure_case" DROP COLUMN "stage_due_at"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_county_idx"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
    await queryRunner.query(`DROP INDEX "public"."staff_notification_once"`);
    await queryRunner.query(`DROP INDEX "public"."staff_notification_inbox_idx"`);
    await queryRunner.query(`DROP TABLE "staff_notification"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_once"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_dead_idx"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."deadline_key_unique"`);
    await queryRunner.query(`DROP INDEX "public"."deadline_pending_idx"`);
    await queryRunner.query(`DROP TABLE "deadline"`);
    await queryRunner.query(`DROP TYPE "public"."deadline_state"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
  }
}
