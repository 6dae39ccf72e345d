import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last of what a public board shows that nothing told of (NOTIFY board_changed): a region
 * renamed (a village, its township or county, a villager group) and a household moved to
 * another group. With these, a cached board is dropped by every change to what it shows, and its
 * time in memory (BOARD_CACHE_MS) is a safety net, not the bound of a stale page. Row triggers
 * with WHEN clauses: a write that changes neither costs nothing.
 */
export class TellBoardsOfRenamesAndMoves1796160800000 implements MigrationInterface {
  name = 'TellBoardsOfRenamesAndMoves1796160800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION board_region_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.level = 'village' THEN
          PERFORM pg_notify('board_changed', NEW.code);
        ELSIF NEW.level = 'group' THEN
          PERFORM pg_notify('board_changed', village.code) FROM region village WHERE village.id = NEW.parent_id;
        ELSE
          -- A township's or county's name is on every board under it: rare enough to tell all.
          PERFORM pg_notify('board_changed', '*');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER board_region_renamed AFTER UPDATE ON region FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION board_region_renamed()`);
    await queryRunner.query(`
      CREATE FUNCTION board_household_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('board_changed', OLD.village_code);
        PERFORM pg_notify('board_changed', NEW.village_code);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER board_household_moved AFTER UPDATE ON household FOR EACH ROW WHEN (OLD.group_id IS DISTINCT FROM NEW.group_id OR OLD.village_code IS DISTINCT FROM NEW.village_code) EXECUTE FUNCTION board_household_moved()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER board_household_moved ON household`);
    await queryRunner.query(`DROP TRIGGER board_region_renamed ON region`);
    await queryRunner.query(`DROP FUNCTION board_household_moved()`);
    await queryRunner.query(`DROP FUNCTION board_region_renamed()`);
  }
}
