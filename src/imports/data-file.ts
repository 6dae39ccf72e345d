import type { DataSource } from 'typeorm';
import { ErrorReport } from './error-report';
import { readHeadingRow } from './heading-row';
import type { StoredFile } from './import-files';
import type { ImportJobEntity } from './import-job.entity';
import type { ImportOutcome, ImportProgress } from './import-runner.service';
import type { ColumnTable } from './roster-columns';
import { spreadsheetRows } from './spreadsheet-rows';

/** A data row as read: what it says, or why it cannot be used (in Chinese). */
export type ReadRow<Row> = { line: number; cells: string[] } & ({ row: Row; reasons?: undefined } | { row?: undefined; reasons: string[] });

/** The counters a batch moves, added to the job's. */
type BatchCounters = Partial<Record<'leadsAttached' | 'leadsOpened' | 'rowsUnmatched' | 'rowsBelowThreshold', number>>;

export interface DataFile<Table extends ColumnTable, Row> {
  columns: Table;
  /** Rows applied together: one lookup and one insert each. */
  batchRows: number;
  read(cell: (column: keyof Table & string) => string): { row: Row } | { reasons: string[] };
  /** Applies a batch (refused rows included, for kinds that keep them); answers the counters it moved. */
  apply(batch: ReadRow<Row>[]): Promise<BatchCounters>;
}

/**
 * A department's file, one row per person named, whatever the kind: the heading row says which
 * column is which, each row is read on its own (refused rows go to the error report as the file
 * had them), and rows are applied in batches with the progress (and a cancel) between batches.
 */
export async function importDataFile<Table extends ColumnTable, Row>(dataSource: DataSource, job: ImportJobEntity, file: StoredFile, progress: ImportProgress, kind: DataFile<Table, Row>): Promise<ImportOutcome> {
  const counters: Required<BatchCounters> & { rowsRead: number; rowsRefused: number } = { rowsRead: 0, rowsRefused: 0, leadsAttached: 0, leadsOpened: 0, rowsUnmatched: 0, rowsBelowThreshold: 0 };
  let positions: Partial<Record<keyof Table & string, number>> | null = null;
  let report: ErrorReport | null = null;
  let batch: ReadRow<Row>[] = [];
  let line = 0;
  const flush = async (): Promise<boolean> => {
    const moved = batch.length > 0 ? await kind.apply(batch) : {};
    batch = [];
    for (const [counter, value] of Object.entries(moved) as [keyof BatchCounters, number][]) counters[counter] += value;
    return progress(counters);
  };
  try {
    for await (const cells of spreadsheetRows(file, job.format)) {
      line += 1;
      if (cells.every((cell) => cell === '')) continue;
      if (!positions) {
        const heading = await readHeadingRow(cells, line, kind.columns, progress);
        if ('failed' in heading) return heading.failed;
        positions = heading.positions;
        report = new ErrorReport(dataSource, job.id, cells);
        continue;
      }
      counters.rowsRead += 1;
      const at = positions;
      const read = kind.read((column) => (at[column] === undefined ? '' : (cells[at[column]] ?? '').trim()));
      if ('reasons' in read) {
        counters.rowsRefused += 1;
        report?.add([{ line, cells }], new Map([[line, read.reasons]]));
        batch.push({ line, cells, reasons: read.reasons });
      } else batch.push({ line, cells, row: read.row });
      if (batch.length >= kind.batchRows && (await flush())) return { state: 'cancelled', error: null };
    }
    if (await flush()) return { state: 'cancelled', error: null };
    return positions ? { state: 'done', error: null } : { state: 'failed', error: '文件中没有表头和数据行' };
  } finally {
    await report?.close();
  }
}
