import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a staff account is told to the API processes (NOTIFY staff_account_changed,
 * with its id), so an account they cache is read again at once: disabled, removed, moved.
 */
export class AddAccountChangeNotices1796160100000 implements MigrationInterface {
  name = 'AddAccountChangeNotices1796160100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION staff_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('staff_account_changed', OLD.id::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER staff_account_changed AFTER UPDATE OR DELETE ON staff_account FOR EACH ROW EXECUTE FUNCTION staff_account_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER staff_account_changed ON staff_account`);
    await queryRunner.query(`DROP FUNCTION staff_account_changed()`);
  }
}
