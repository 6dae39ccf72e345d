import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistryAndAccounts1795929707784 implements MigrationInterface {
  name = 'CreateRegistryAndAccounts1795929707784';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."region_level" AS ENUM('county', 'township', 'village', 'group')`);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "level" "public"."region_level" NOT NULL, "code" character varying(12) COLLATE "C" NOT NULL, "name" character varying(100) NOT NULL, "parent_id" uuid, "group_number" smallint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "region_group_has_number" CHECK ((level = 'group') = (group_number IS NOT NULL)), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "region_code_idx" ON "region"  ("code") `);
    await queryRunner.query(`CREATE INDEX "region_parent_idx" ON "region"  ("parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "region_group_number_unique" ON "region"  ("parent_id", "group_number") WHERE level = 'group'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "region_code_unique" ON "region"  ("code") WHERE level <> 'group'`);
    await queryRunner.query(`CREATE TYPE "public"."staff_role" AS ENUM('admin', 'county', 'township', 'village')`);
    await queryRunner.query(`CREATE TABLE "staff_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" "public"."staff_role" NOT NULL, "region_id" uuid, "disabled" boolean NOT NULL DEFAULT false, "token_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4d2399aabd15dae3014759ae87d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "staff_account_username_unique" ON "staff_account"  ("username") WHERE deleted_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "access_denial" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "account_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "code" character varying(40) NOT NULL, "action" character varying(300) NOT NULL, "target_region_code" character varying(12), "request_id" character varying(64), CONSTRAINT "PK_fcc5af7ae40be53015e9012318c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "access_denial_account_idx" ON "access_denial"  ("account_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."household_change_action" AS ENUM('registered', 'updated', 'member_added', 'member_updated', 'member_removed', 'head_changed')`);
    await queryRunner.query(`CREATE TABLE "household_change" ("id" BIGSERIAL NOT NULL, "household_id" uuid NOT NULL, "account_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" "public"."household_change_action" NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_b4ca0587f3ccda263a3e30c9a9c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "household_change_household_idx" ON "household_change"  ("household_id", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."household_status" AS ENUM('none', 'registered', 'exited', 'monitored', 'risk_eliminated')`);
    await queryRunner.query(`CREATE TYPE "public"."poverty_attribute" AS ENUM('general', 'dibao', 'tekun')`);
    await queryRunner.query(`CREATE TYPE "public"."poverty_cause" AS ENUM('illness', 'disability', 'schooling', 'disaster', 'lack_of_land', 'lack_of_water', 'lack_of_skills', 'lack_of_labour', 'lack_of_funds', 'poor_transport', 'lack_of_motivation')`);
    await queryRunner.query(`CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "village_id" uuid NOT NULL, "group_id" uuid NOT NULL, "village_code" character varying(12) COLLATE "C" NOT NULL, "status" "public"."household_status" NOT NULL DEFAULT 'none', "poverty_attribute" "public"."poverty_attribute", "main_cause" "public"."poverty_cause", "per_capita_income" numeric(12,2), "food_secure" boolean, "clothing_secure" boolean, "education_secure" boolean, "medical_secure" boolean, "housing_secure" boolean, "drinking_water_secure" boolean, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "household_group_idx" ON "household"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "household_village_code_idx" ON "household"  ("village_code", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."member_relation" AS ENUM('head', 'spouse', 'son', 'daughter', 'son_in_law', 'daughter_in_law', 'grandchild', 'parent', 'grandparent', 'sibling', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."member_sex" AS ENUM('male', 'female')`);
    await queryRunner.query(`CREATE TYPE "public"."member_health" AS ENUM('healthy', 'chronic_illness', 'serious_illness', 'disabled')`);
    await queryRunner.query(`CREATE TYPE "public"."member_labour_capacity" AS ENUM('ordinary', 'skilled', 'lost', 'none')`);
    await queryRunner.query(`CREATE TYPE "public"."member_schooling" AS ENUM('preschool', 'in_school', 'illiterate', 'primary', 'junior_secondary', 'senior_secondary', 'vocational', 'college')`);
    await queryRunner.query(`CREATE TABLE "household_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "id_number" character varying(18) NOT NULL, "relation" "public"."member_relation" NOT NULL, "sex" "public"."member_sex" NOT NULL, "birth_date" date NOT NULL, "health" "public"."member_health" NOT NULL, "labour_capacity" "public"."member_labour_capacity" NOT NULL, "schooling" "public"."member_schooling" NOT NULL, "phone" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_84e1d1f2553646d38e7c8b72a10" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "household_member_household_idx" ON "household_member"  ("household_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "household_member_one_head" ON "household_member"  ("household_id") WHERE relation = 'head'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "household_member_id_number_unique" ON "household_member"  ("id_number") `);
    await queryRunner.query(`ALTER TABLE "region" ADD CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0" FOREIGN KEY ("parent_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_account" ADD CONSTRAINT "FK_916223bb7501df35b14e02f562c" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_46e492b287ade73e50de0ffa142" FOREIGN KEY ("village_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_5f9606a725d853af3f100e7ac41" FOREIGN KEY ("group_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD CONSTRAINT "FK_6c47781879f802c55b436b40d46" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household_member" DROP CONSTRAINT "FK_6c47781879f802c55b436b40d46"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_5f9606a725d853af3f100e7ac41"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_46e492b287ade73e50de0ffa142"`);
    await queryRunner.query(`ALTER TABLE "staff_account" DROP CONSTRAINT "FK_916223bb7501df35b14e02f562c"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0"`);
    await queryRunner.query(`DROP INDEX "public"."household_member_id_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."household_member_one_head"`);
    await queryRunner.query(`DROP INDEX "public"."household_member_household_idx"`);
    await queryRunner.query(`DROP TABLE "household_member"`);
    await queryRunner.query(`DROP TYPE "public"."member_schooling"`);
    await queryRunner.query(`DROP TYPE "public"."member_labour_capacity"`);
    await queryRunner.query(`DROP TYPE "public"."member_health"`);
    await queryRunner.query(`DROP TYPE "public"."member_sex"`);
    await queryRunner.query(`DROP TYPE "public"."member_relation"`);
    await queryRunner.query(`DROP INDEX "public"."household_village_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."household_group_idx"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP TYPE "public"."poverty_cause"`);
    await queryRunner.query(`DROP TYPE "public"."poverty_attribute"`);
    await queryRunner.query(`DROP TYPE "public"."household_status"`);
    await queryRunner.query(`DROP INDEX "public"."household_change_household_idx"`);
    await queryRunner.query(`DROP TABLE "household_change"`);
    await queryRunner.query(`DROP TYPE "public"."household_change_action"`);
    await queryRunner.query(`DROP INDEX "public"."access_denial_account_idx"`);
    await queryRunner.query(`DROP TABLE "access_denial"`);
    await queryRunner.query(`DROP INDEX "public"."staff_account_username_unique"`);
    await queryRunner.query(`DROP TABLE "staff_account"`);
    await queryRunner.query(`DROP TYPE "public"."staff_role"`);
    await queryRunner.query(`DROP INDEX "public"."region_code_unique"`);
    await queryRunner.query(`DROP INDEX "public"."region_group_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."region_parent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."region_code_idx"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."region_level"`);
  }
}
