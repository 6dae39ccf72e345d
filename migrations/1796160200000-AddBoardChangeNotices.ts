import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a village's public board shows changed: PostgreSQL tells the API processes (NOTIFY
 * board_changed, with the village's code, '*' for all of a policy's), so a cached board is read
 * again at once. A notice opened, ended or cancelled; a listed case moving on (its stage or
 * phase); a household's members (the head's name, the size); a county's new policy. Statement
 * triggers on the busy tables: one notice per village a statement touches, whatever its rows.
 */
export class AddBoardChangeNotices1796160200000 implements MigrationInterface {
  name = 'AddBoardChangeNotices1796160200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION board_notice_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('board_changed', coalesce(NEW.village_code, OLD.village_code));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER board_notice_changed AFTER INSERT OR UPDATE OR DELETE ON publicity_notice FOR EACH ROW EXECUTE FUNCTION board_notice_changed()`);
    await queryRunner.query(`
      CREATE FUNCTION board_cases_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('board_changed', moved.village_code)
           FROM (SELECT DISTINCT n.village_code FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE n.stage IS DISTINCT FROM o.stage OR n.phase IS DISTINCT FROM o.phase) moved;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER board_cases_moved AFTER UPDATE ON procedure_case REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_cases_moved()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION board_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM pg_notify('board_changed', changed.village_code)
             FROM (SELECT DISTINCT h.village_code FROM old_rows m JOIN household h ON h.id = m.household_id) changed;
        ELSE
          PERFORM pg_notify('board_changed', changed.village_code)
             FROM (SELECT DISTINCT h.village_code FROM new_rows m JOIN household h ON h.id = m.household_id) changed;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER board_members_added AFTER INSERT ON household_member REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_changed()`);
    await queryRunner.query(`CREATE TRIGGER board_members_updated AFTER UPDATE ON household_member REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_changed()`);
    await queryRunner.query(`CREATE TRIGGER board_members_removed AFTER DELETE ON household_member REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_changed()`);
    await queryRunner.query(`
      CREATE FUNCTION board_policy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('board_changed', '*');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER board_policy_changed AFTER INSERT ON county_policy FOR EACH STATEMENT EXECUTE FUNCTION board_policy_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER board_policy_changed ON county_policy`);
    await queryRunner.query(`DROP TRIGGER board_members_removed ON household_member`);
    await queryRunner.query(`DROP TRIGGER board_members_updated ON household_member`);
    await queryRunner.query(`DROP TRIGGER board_members_added ON household_member`);
    await queryRunner.query(`DROP TRIGGER board_cases_moved ON procedure_case`);
    await queryRunner.query(`DROP TRIGGER board_notice_changed ON publicity_notice`);
    await queryRunner.query(`DROP FUNCTION board_policy_changed()`);
    await queryRunner.query(`DROP FUNCTION board_members_changed()`);
    await queryRunner.query(`DROP FUNCTION board_cases_moved()`);
    await queryRunner.query(`DROP FUNCTION board_notice_changed()`);
  }
}
