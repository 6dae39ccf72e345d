import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A county's new policy and a changed working calendar are told to every process (NOTIFY
 * county_policy_changed, calendar_changed), which keep both in memory between changes. One
 * function serves both: it notifies on the channel its trigger names.
 */
export class AddPolicyAndCalendarNotices1796160300000 implements MigrationInterface {
  name = 'AddPolicyAndCalendarNotices1796160300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_table_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(TG_ARGV[0], '');
        RETURN NULL;
      END $$`);
    for (const [table, channel] of [
      ['county_policy', 'county_policy_changed'],
      ['calendar_day', 'calendar_changed'],
    ]) {
      await queryRunner.query(`CREATE TRIGGER ${channel} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('${channel}')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER calendar_changed ON calendar_day`);
    await queryRunner.query(`DROP TRIGGER county_policy_changed ON county_policy`);
    await queryRunner.query(`DROP FUNCTION notify_table_changed()`);
  }
}
