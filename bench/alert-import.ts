import { openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { ImportJobView } from '../src/imports/import-job.view';
import { rosterIdNumber } from './roster-import';

export interface AlertImportFigures {
  rows: number;
  fileMb: number;
  /** From the upload's answer to the import done. */
  seconds: number;
  leadsOpened: number;
  leadsAttached: number;
  rowsBelowThreshold: number;
  rowsUnmatched: number;
}

/**
 * A 医保 file of `rows` medical-cost alerts on the people of the bench roster (`households`
 * households, two people each named): one row in a hundred names nobody in the county, and one in
 * ten is above half its household's income, so about a tenth of the households get a lead and
 * their second person's alert joins it.
 */
async function writeAlerts(file: string, rows: number, households: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('预警');
  sheet.addRow(['身份证号码', '姓名', '预警类型', '金额', '日期']).commit();
  for (let row = 0; row < rows; row += 1) {
    const number = (row % households) + 1;
    const index = Math.floor(row / households) % 2;
    const idNumber = row % 100 === 99 ? rosterIdNumber(households + 10 + row, 0) : rosterIdNumber(number, index);
    sheet.addRow([idNumber, `导入${number}`, '医疗费用自付较高', row % 10 === 0 ? '20000' : '2000', '2026-11-20']).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** A department's alert file through the API and the worker, against the roster the bench imported before. */
export async function measureAlertImport(base: string, authorization: string, dataSource: DataSource, options: { rows: number; households: number }): Promise<AlertImportFigures> {
  const file = join(tmpdir(), `jingzhun-bench-alerts-${process.pid}.xlsx`);
  try {
    // 8,000 yuan a head: the default rule passes medical costs above half the household's income.
    await dataSource.query(`UPDATE household SET per_capita_income = 8000 WHERE per_capita_income IS NULL`);
    await writeAlerts(file, options.rows, options.households);
    const body = await openAsBlob(file);
    const me = (await (await fetch(`${base}/me`, { headers: { authorization } })).json()) as { regionId: string };
    const upload = await fetch(`${base}/imports/risk-alerts?regionId=${me.regionId}&source=bench&fileName=alerts.xlsx`, { method: 'POST', headers: { authorization, 'content-type': 'application/octet-stream' }, body, duplex: 'half' });
    let job = (await upload.json()) as ImportJobView;
    const started = Date.now();
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await (await fetch(`${base}/imports/${job.id}`, { headers: { authorization } })).json()) as ImportJobView;
    }
    const seconds = (Date.now() - started) / 1000;
    if (job.state !== 'done' || job.rowsRead !== options.rows) throw new Error(`bench alerts: ${job.state} ${job.rowsRead}/${options.rows} ${job.error ?? ''}`);
    return { rows: job.rowsRead, fileMb: body.size / 1024 / 1024, seconds, leadsOpened: job.leadsOpened, leadsAttached: job.leadsAttached, rowsBelowThreshold: job.rowsBelowThreshold, rowsUnmatched: job.rowsUnmatched };
  } finally {
    rmSync(file, { force: true });
  }
}
