import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New outbox rows are told to the relays at commit (NOTIFY outbox_added), so they are moved
 * onto the queues at once rather than at the next poll, and a relay polls an empty outbox
 * seldom: each empty scan walks the dead entries the sent rows left in its partial index.
 */
export class AddOutboxAddedNotices1796160400000 implements MigrationInterface {
  name = 'AddOutboxAddedNotices1796160400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TRIGGER outbox_added AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('outbox_added')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_added ON outbox`);
  }
}
