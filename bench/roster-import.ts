import { openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import ExcelJS from 'exceljs';
import { idNumberCheckCharacter } from '../src/households/id-number.util';
import { TEMPLATE_HEADINGS } from '../src/imports/roster-columns';
import type { ImportJobView } from '../src/imports/import-job.view';

export interface RosterImportFigures {
  households: number;
  rows: number;
  fileMb: number;
  /** From the upload's answer to the import done. */
  importSeconds: number;
  /** The case list, read meanwhile by another office. */
  casesP99Ms: number;
  casesRequests: number;
}

/** The ID number of the bench roster's household `number`, person `index`: 459901 (a made-up county), a birth day from 1950 on, and a serial, unique to the row. */
export function rosterIdNumber(number: number, index: number): string {
  const serial = number * 3 + index;
  const day = new Date(Date.UTC(1950, 0, 1) + (serial % 20_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `459901${day}${String(Math.floor(serial / 20_000)).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** A roster of `households` households of two to three people (about 2.7 rows each), written to disk as it is generated. */
async function writeRoster(file: string, households: number): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(TEMPLATE_HEADINGS).commit();
  const empty = TEMPLATE_HEADINGS.slice(8).map(() => '');
  let rows = 0;
  for (let number = 1; number <= households; number += 1) {
    const size = number % 3 === 0 ? 2 : 3;
    for (let index = 0; index < size; index += 1) {
      const id = rosterIdNumber(number, index);
      const male = Number(id[16]) % 2 === 1;
      sheet.addRow([String(number), index === 0 ? '户主' : index === 1 ? '配偶' : '之子', `导入${number}`, id, male ? '男' : '女', '', '1', '', ...empty]).commit();
      rows += 1;
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

/**
 * A county-sized roster through the API and the worker, as the CLI uploads it, while another
 * office keeps reading its case list.
 */
export async function measureRosterImport(base: string, authorization: string, households: number): Promise<RosterImportFigures> {
  const file = join(tmpdir(), `jingzhun-bench-roster-${process.pid}.xlsx`);
  try {
    const rows = await writeRoster(file, households);
    const body = await openAsBlob(file);
    const me = (await (await fetch(`${base}/me`, { headers: { authorization } })).json()) as { regionId: string };
    const upload = await fetch(`${base}/imports/rosters?villageId=${me.regionId}&fileName=bench.xlsx`, { method: 'POST', headers: { authorization, 'content-type': 'application/octet-stream' }, body, duplex: 'half' });
    let job = (await upload.json()) as ImportJobView;
    const started = Date.now();
    let finished: (result: autocannon.Result) => void = () => undefined;
    const readingDone = new Promise<autocannon.Result>((resolve) => (finished = resolve));
    const reading = autocannon({ url: `${base}/cases?limit=20`, connections: 4, duration: 3600, headers: { authorization } }, (_error, result) => finished(result));
    while (job.state === 'queued' || job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await (await fetch(`${base}/imports/${job.id}`, { headers: { authorization } })).json()) as ImportJobView;
    }
    const importSeconds = (Date.now() - started) / 1000;
    reading.stop();
    const read = await readingDone;
    if (job.state !== 'done' || job.householdsStored !== households) throw new Error(`bench import: ${job.state} ${job.householdsStored}/${households} ${job.error ?? ''}`);
    return { households, rows, fileMb: body.size / 1024 / 1024, importSeconds, casesP99Ms: read.latency.p99, casesRequests: read.requests.total };
  } finally {
    rmSync(file, { force: true });
  }
}
