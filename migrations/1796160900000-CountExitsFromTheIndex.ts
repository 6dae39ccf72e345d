import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exits of a year per township, counted from the index alone (issue 18, statistics): the
 * report groups by the township part of the village code and counts by status, so the index
 * holds both instead of the village id the report joined through.
 */
export class CountExitsFromTheIndex1796160900000 implements MigrationInterface {
  name = 'CountExitsFromTheIndex1796160900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_exit_year_idx"`);
    await queryRunner.query(`CREATE INDEX "household_exit_year_idx" ON "household" ("exit_year", "village_code", "status") WHERE exit_year IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."household_exit_year_idx"`);
    await queryRunner.query(`CREATE INDEX "household_exit_year_idx" ON "household" ("exit_year", "village_id") WHERE exit_year IS NOT NULL`);
  }
}
