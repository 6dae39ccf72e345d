import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EXCLUSION_CHECK_LABELS, type ExclusionCheck } from '../../workflows/policy';
import { chinaDate, Clock } from '../common/clock';
import { checkIdNumber } from '../households/id-number.util';
import { importDataFile } from './data-file';
import type { StoredFile } from './import-files';
import type { FileImport, ImportOutcome, ImportProgress } from './import-runner.service';
import type { ImportJobEntity } from './import-job.entity';
import { ID_NUMBER_HEADINGS, normalise } from './roster-columns';
import { jurisdictionPrefix, levelOfCode } from '../regions/region-code.util';

/** A department's data file for identification cross-checks (部门比对数据): whom it names and what it says. */
export const DEPARTMENT_COLUMNS = {
  idNumber: { required: true, headings: ID_NUMBER_HEADINGS },
  name: { required: false, headings: ['姓名'] },
  category: { required: true, headings: ['比对类别', '类别', '数据类别'] },
  source: { required: false, headings: ['数据来源', '来源部门', '部门'] },
  detail: { required: false, headings: ['说明', '详情', '内容', '比对内容'] },
} as const;

/** The categories a department's file may name, by the exclusion check each bears on. */
const CATEGORY_WORDS: Record<string, ExclusionCheck> = {
  车辆: 'vehicle_or_machinery',
  机动车: 'vehicle_or_machinery',
  大型机械: 'vehicle_or_machinery',
  不动产: 'urban_commercial_housing',
  房产: 'urban_commercial_housing',
  商品房: 'urban_commercial_housing',
  工商登记: 'registered_business',
  企业: 'registered_business',
  市场主体: 'registered_business',
  财政供养: 'public_payroll',
  公职人员: 'public_payroll',
  ...Object.fromEntries(Object.entries(EXCLUSION_CHECK_LABELS).map(([check, label]) => [label, check as ExclusionCheck])),
};

interface Row {
  idNumber: string;
  check: ExclusionCheck;
  source: string;
  detail: string;
}

/**
 * A department's file imported by the worker (the same upload, job and report as a roster): each
 * row that names a member of a household with an open identification case in the importer's
 * region becomes a lead on that case, once (a file imported twice attaches nothing new). A lead
 * is a fact for the home visit to confirm or clear, not a decision.
 */
@Injectable()
export class DepartmentImportService implements FileImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  importFile(job: ImportJobEntity, file: StoredFile, progress: ImportProgress): Promise<ImportOutcome> {
    const today = chinaDate(this.clock.now());
    return importDataFile(this.dataSource, job, file, progress, {
      columns: DEPARTMENT_COLUMNS,
      batchRows: 500,
      read: (cell) => {
        const identity = checkIdNumber(cell('idNumber'), today);
        const check = CATEGORY_WORDS[normalise(cell('category'))];
        if (!identity.ok || !check) {
          return { reasons: [...(identity.ok ? [] : [identity.reason]), ...(check ? [] : [`比对类别「${cell('category')}」无法识别 (可填: 车辆、不动产、工商登记、财政供养)`])] };
        }
        const source = (cell('source') || job.source || '部门数据').slice(0, 40);
        return { row: { idNumber: identity.idNumber, check, source, detail: (cell('detail') || `${source}: ${EXCLUSION_CHECK_LABELS[check]}`).slice(0, 200) } };
      },
      apply: (batch) => this.attach(job, batch.flatMap((read) => (read.row ? [read.row] : []))),
    });
  }

  /** One statement finds the members in running identification cases of the region; one inserts their leads, each once. */
  private async attach(job: ImportJobEntity, rows: Row[]): Promise<{ leadsAttached: number; rowsUnmatched: number }> {
    if (rows.length === 0) return { leadsAttached: 0, rowsUnmatched: 0 };
    const prefix = jurisdictionPrefix(levelOfCode(job.regionCode) ?? 'village', job.regionCode);
    const [inserted, matched] = await Promise.all([
      this.dataSource.query<{ id: string }[]>(
        `INSERT INTO case_lead (case_id, import_job_id, id_number, member_name, "check", source, detail)
         SELECT c.id, $1, m.id_number, m.name, r."check", r.source, r.detail
           FROM jsonb_to_recordset($3::jsonb) AS r(id_number text, "check" text, source text, detail text)
           JOIN household_member m ON m.id_number = r.id_number
           JOIN procedure_case c ON c.household_id = m.household_id AND c.procedure = 'identification' AND NOT c.final
          WHERE c.village_code LIKE $2
         ON CONFLICT (case_id, "check", source, id_number) DO NOTHING
         RETURNING id`,
        [job.id, `${prefix}%`, JSON.stringify(rows.map((row) => ({ id_number: row.idNumber, check: row.check, source: row.source, detail: row.detail })))],
      ),
      this.dataSource.query<{ id_number: string }[]>(
        `SELECT DISTINCT m.id_number FROM household_member m
           JOIN procedure_case c ON c.household_id = m.household_id AND c.procedure = 'identification' AND NOT c.final
          WHERE m.id_number = ANY($1) AND c.village_code LIKE $2`,
        [rows.map((row) => row.idNumber), `${prefix}%`],
      ),
    ]);
    const known = new Set(matched.map((row) => row.id_number));
    return { leadsAttached: inserted.length, rowsUnmatched: rows.filter((row) => !known.has(row.idNumber)).length };
  }
}
