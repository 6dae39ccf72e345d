import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every case's newest journal entry, from the journal (exported for the test that rebuilds them). */
export const JOURNAL_HEADS = `UPDATE "procedure_case" c SET "journal_sequence" = e.sequence, "journal_hash" = e.hash
  FROM (SELECT DISTINCT ON (case_id) case_id, sequence, hash FROM case_event ORDER BY case_id, sequence DESC) e
 WHERE e.case_id = c.id`;

/** Each case names its journal's newest entry, so a command chains to it from the row it locks. */
export class KeepJournalHeadOnCase1796151136731 implements MigrationInterface {
  name = 'KeepJournalHeadOnCase1796151136731';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "procedure_case" ADD "journal_sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "procedure_case" ADD "journal_hash" character varying(64) NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000'`);
    // The cases already running: their newest entry, from the journal.
    await queryRunner.query(JOURNAL_HEADS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "procedure_case" DROP COLUMN "journal_hash"`);
    await queryRunner.query(`ALTER TABLE "procedure_case" DROP COLUMN "journal_sequence"`);
  }
}
