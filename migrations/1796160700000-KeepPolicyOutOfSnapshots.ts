import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's snapshot no longer carries a copy of the county policy its row keeps (POLICY_IN_ROW in
 * src/cases/case-snapshot.ts): the context names it, and the service puts the row's policy
 * back when it restores the machine. Snapshots written before hold the copy; those whose copy is
 * the row's policy are rewritten to name it. Others (none expected) keep theirs. Neither the
 * case's version nor its journal moves: the case is the same.
 */
export class KeepPolicyOutOfSnapshots1796160700000 implements MigrationInterface {
  name = 'KeepPolicyOutOfSnapshots1796160700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE procedure_case SET snapshot = jsonb_set(snapshot, '{context,policy}', '"$row.policy"') WHERE snapshot #> '{context,policy}' = policy`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE procedure_case SET snapshot = jsonb_set(snapshot, '{context,policy}', policy) WHERE snapshot #>> '{context,policy}' = '$row.policy'`);
  }
}
