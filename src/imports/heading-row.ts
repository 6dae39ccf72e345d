import type { ImportOutcome, ImportProgress } from './import-runner.service';
import { mapHeadings, type ColumnTable } from './roster-columns';

/**
 * A file's heading row, for every kind of file: which column is which (the columns not read are
 * reported with the progress), or, when a required column is missing, the import's failure saying so.
 */
export async function readHeadingRow<Table extends ColumnTable>(
  cells: string[],
  line: number,
  table: Table,
  progress: ImportProgress,
): Promise<{ positions: Partial<Record<keyof Table & string, number>> } | { failed: ImportOutcome }> {
  const headings = mapHeadings(cells, table);
  if (headings.missing.length > 0) return { failed: { state: 'failed', error: `第 ${line} 行应为表头，缺少必需的列: ${headings.missing.join('、')}` } };
  await progress({ ignoredColumns: headings.ignored });
  return { positions: headings.positions };
}
