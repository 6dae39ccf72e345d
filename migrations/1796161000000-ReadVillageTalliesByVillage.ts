import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's tally as of a past day reads the days after it for the region's villages only
 * (issue 18, statistics): the index led by the day made a village's statistics read the whole
 * county's days and filter them by village code.
 */
export class ReadVillageTalliesByVillage1796161000000 implements MigrationInterface {
  name = 'ReadVillageTalliesByVillage1796161000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_tally_by_day_day_idx"`);
    await queryRunner.query(`CREATE INDEX "household_tally_by_day_village_idx" ON "household_tally_by_day" ("village_code", "day")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_tally_by_day_village_idx"`);
    await queryRunner.query(`CREATE INDEX "household_tally_by_day_day_idx" ON "household_tally_by_day" ("day")`);
  }
}
