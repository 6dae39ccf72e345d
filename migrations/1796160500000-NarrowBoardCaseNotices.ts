import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's move is told to the boards (NOTIFY board_changed) only when it changes what a board
 * shows: a listed case shows its objection link while its phase is 'open' (a publicity window,
 * procedures.md "Publicity"), so only a move into or out of that phase. Every other move (a
 * submission, a vote, a decision) used to drop its village's cached board and cost each update
 * a transition table of the old and new rows, snapshots included. A row trigger with a WHEN
 * clause costs nothing for the rows it skips; PostgreSQL folds a transaction's identical
 * notices into one.
 */
export class NarrowBoardCaseNotices1796160500000 implements MigrationInterface {
  name = 'NarrowBoardCaseNotices1796160500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER board_cases_moved ON procedure_case`);
    await queryRunner.query(`DROP FUNCTION board_cases_moved()`);
    await queryRunner.query(`
      CREATE FUNCTION board_case_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('board_changed', NEW.village_code);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER board_case_moved AFTER UPDATE ON procedure_case FOR EACH ROW
        WHEN ((OLD.phase = 'open' OR NEW.phase = 'open') AND (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.phase IS DISTINCT FROM NEW.phase))
        EXECUTE FUNCTION board_case_moved()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER board_case_moved ON procedure_case`);
    await queryRunner.query(`DROP FUNCTION board_case_moved()`);
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
  }
}
