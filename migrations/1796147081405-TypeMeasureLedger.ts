import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds measures had before the ledger, and the type each becomes (the old words stay in the description). */
const KIND_TO_TYPE: [kind: string, type: string, department: string][] = [
  ['health', 'medical_security', '医保局'],
  ['education', 'education_aid', '教育局'],
  ['housing', 'housing_renovation', '住建局'],
  ['social_security', 'subsistence_allowance', '民政局'],
  ['drinking_water', 'other', '水利局'],
  ['industry', 'industry', '农业农村局'],
  ['employment', 'employment', '人社局'],
  ['other', 'other', ''],
];

/** Measures become a typed ledger (帮扶措施): the type, the department responsible, an amount, a start day. */
export class TypeMeasureLedger1796147081405 implements MigrationInterface {
  name = 'TypeMeasureLedger1796147081405';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assistance_measure" ADD "department" character varying(60) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" ADD "amount" numeric(14,2)`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" ADD "starts_on" date`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" ALTER COLUMN "kind" TYPE character varying(40)`);
    for (const [kind, type, department] of KIND_TO_TYPE) {
      await queryRunner.query(`UPDATE "assistance_measure" SET "kind" = $2, "department" = $3, "description" = CASE WHEN $1 = 'drinking_water' THEN '饮水安全保障: ' || "description" ELSE "description" END WHERE "kind" = $1`, [kind, type, department]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [kind, type] of KIND_TO_TYPE.filter(([kind]) => kind !== 'drinking_water')) await queryRunner.query(`UPDATE "assistance_measure" SET "kind" = $1 WHERE "kind" = $2`, [kind, type]);
    await queryRunner.query(`UPDATE "assistance_measure" SET "kind" = 'other' WHERE length("kind") > 20`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" ALTER COLUMN "kind" TYPE character varying(20)`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" DROP COLUMN "starts_on"`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" DROP COLUMN "amount"`);
    await queryRunner.query(`ALTER TABLE "assistance_measure" DROP COLUMN "department"`);
  }
}
