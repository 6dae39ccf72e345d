import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications are delivered many to a job (issue 18): each outbox row names the job carrying it. */
export class AddOutboxDeliveryJob1796160000000 implements MigrationInterface {
  name = 'AddOutboxDeliveryJob1796160000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "delivery_job" character varying(80)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "delivery_job"`);
  }
}
