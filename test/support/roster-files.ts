import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { TEMPLATE_HEADINGS } from '../../src/imports/roster-columns';
import type { TestApp } from './test-app';
import { waitFor } from './wait-for';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's headings: 户编号 与户主关系 姓名 身份证号码 性别 出生日期 村民小组 联系电话 … */
export const HEADINGS = TEMPLATE_HEADINGS;

/** A person's row in the template's column order, from the first columns given (the rest empty). */
export function personRow(values: { household: string; relation: string; name: string; idNumber: string; sex: string; birthDate?: string; group?: string; phone?: string; income?: string }): string[] {
  const row = [values.household, values.relation, values.name, values.idNumber, values.sex, values.birthDate ?? '', values.group ?? '一组', values.phone ?? ''];
  const incomeAt = HEADINGS.indexOf('人均纯收入');
  const full = [...row, ...Array.from({ length: HEADINGS.length - row.length }, () => '')];
  if (values.income) full[incomeAt] = values.income;
  return full;
}

export async function xlsxOf(headings: string[], rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(headings);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV as Excel saves it on a Chinese Windows: GB18030. */
export function gbCsvOf(headings: string[], rows: string[][]): Buffer {
  return iconv.encode([headings, ...rows].map((row) => row.join(',')).join('\r\n'), 'gb18030');
}

/** The rows of a spreadsheet's sheet (the first unless told) as text. */
export async function sheetRows(file: Buffer, sheet = 0): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[sheet]?.eachRow((row) => {
    // row.values is 1-based and sparse: an empty cell is a hole.
    const values = (row.values as unknown[]).slice(1);
    rows.push(Array.from({ length: values.length }, (_, index) => (values[index] === null || values[index] === undefined ? '' : String(values[index] as string))));
  });
  return rows;
}

export interface ImportJob {
  id: string;
  state: string;
  rowsRead: number;
  householdsStored: number;
  householdsUpdated: number;
  householdsUnchanged: number;
  householdsRefused: number;
  ignoredColumns: string[];
  error: string | null;
  reportUrl: string | null;
}

/** Uploads a roster and waits for the worker to finish it. */
export async function importRoster(sut: TestApp, token: string, villageId: string, fileName: string, file: Buffer): Promise<ImportJob> {
  const response = await sut.as(token).post('/imports/rosters').query({ villageId, fileName }).set('content-type', fileName.endsWith('.csv') ? 'text/csv' : XLSX).send(file);
  if (response.status !== 202) throw new Error(`upload: ${response.status} ${response.text}`);
  const id = (response.body as ImportJob).id;
  let job = response.body as ImportJob;
  await waitFor(`import ${id}`, async () => {
    job = (await sut.as(token).get(`/imports/${id}`)).body as ImportJob;
    return ['done', 'failed', 'cancelled'].includes(job.state);
  }, 60_000);
  return job;
}
