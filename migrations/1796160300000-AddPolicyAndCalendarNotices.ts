import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A county's new policy and a changed working calendar are told to every process (NOTIFY
 * county_policy_changed, calendar_changed), which keep both in memory between changes.
 */
export class AddPolicyAndCalendarNotices1796160300000 implements MigrationInterface {
  name = 'AddPolicyAndCalendarNotices1796160300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION county_policy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('county_policy_changed', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER county_policy_changed AFTER INSERT OR UPDATE OR DELETE ON county_policy FOR EACH STATEMENT EXECUTE FUNCTION county_policy_changed()`);
    await queryRunner.query(`
      CREATE FUNCTION calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('calendar_changed', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER calendar_changed AFTER INSERT OR UPDATE OR DELETE ON calendar_day FOR EACH STATEMENT EXECUTE FUNCTION calendar_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER calendar_changed ON calendar_day`);
    await queryRunner.query(`DROP TRIGGER county_policy_changed ON county_policy`);
    await queryRunner.query(`DROP FUNCTION calendar_changed()`);
    await queryRunner.query(`DROP FUNCTION county_policy_changed()`);
  }
}
