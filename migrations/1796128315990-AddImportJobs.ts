import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddImportJobs1796128315990 implements MigrationInterface {
  name = 'AddImportJobs1796128315990';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'queued', "account_id" uuid NOT NULL, "region_id" uuid NOT NULL, "region_code" character varying(12) COLLATE "C" NOT NULL, "file_name" character varying(200) NOT NULL, "format" character varying(8) NOT NULL, "source" character varying(40), "size_bytes" bigint NOT NULL DEFAULT '0', "bytes_read" bigint NOT NULL DEFAULT '0', "rows_read" integer NOT NULL DEFAULT '0', "households_stored" integer NOT NULL DEFAULT '0', "households_updated" integer NOT NULL DEFAULT '0', "households_unchanged" integer NOT NULL DEFAULT '0', "households_refused" integer NOT NULL DEFAULT '0', "leads_attached" integer NOT NULL DEFAULT '0', "rows_unmatched" integer NOT NULL DEFAULT '0', "rows_refused" integer NOT NULL DEFAULT '0', "ignored_columns" jsonb NOT NULL DEFAULT '[]', "error" text, "cancel_requested" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "import_job_account_idx" ON "import_job"  ("account_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "import_file_chunk" ("job_id" uuid NOT NULL, "part" character varying(8) NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_7f57a1113c7edd85cd3dd084967" PRIMARY KEY ("job_id", "part", "seq"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_file_chunk"`);
    await queryRunner.query(`DROP INDEX "public"."import_job_account_idx"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
  }
}
