import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A webhook's county by its 12-digit code, like every other region reference (it held the 6-digit prefix). */
export class StoreWebhookCountyAsTwelveDigitCode1796110374470 implements MigrationInterface {
  name = 'StoreWebhookCountyAsTwelveDigitCode1796110374470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook" ALTER COLUMN "county_code" TYPE character varying(12) COLLATE "C"`);
    await queryRunner.query(`UPDATE "webhook" SET "county_code" = "county_code" || '000000' WHERE length("county_code") = 6`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "webhook" SET "county_code" = left("county_code", 6)`);
    await queryRunner.query(`ALTER TABLE "webhook" ALTER COLUMN "county_code" TYPE character varying(6) COLLATE "C"`);
  }
}
