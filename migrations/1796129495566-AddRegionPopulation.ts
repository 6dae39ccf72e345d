import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRegionPopulation1796129495566 implements MigrationInterface {
  name = 'AddRegionPopulation1796129495566';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "region_population" ("region_id" uuid NOT NULL, "year" integer NOT NULL, "rural_population" integer NOT NULL, "entered_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_913b035455cca487ba8ac5cb760" PRIMARY KEY ("region_id", "year"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "region_population"`);
  }
}
