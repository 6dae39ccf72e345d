import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { ChunkWriter } from './import-files';
import type { SourceRow } from './roster-households';

export const REASON_HEADING = '错误原因';
const SAME_HOUSEHOLD = '同户其他成员有误，本户未导入';

/**
 * The error report (.xlsx): the refused rows as the file had them, with a column saying why in
 * Chinese; written as rows are refused, straight into the database, never whole in memory.
 */
export class ErrorReport {
  private sink: ChunkWriter | null = null;
  private workbook: ExcelJS.stream.xlsx.WorkbookWriter | null = null;
  private sheet: ExcelJS.Worksheet | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobId: string,
    private readonly headings: string[],
  ) {}

  /** A refused household's rows, each with its own reasons (or that another row of it was wrong). */
  add(rows: SourceRow[], reasons: Map<number, string[]>): void {
    const sheet = this.open();
    for (const row of rows) {
      const cells = Array.from({ length: this.headings.length }, (_, index) => row.cells[index] ?? '');
      sheet.addRow([row.line, ...cells, (reasons.get(row.line) ?? [SAME_HOUSEHOLD]).join('；')]).commit();
    }
  }

  async close(): Promise<void> {
    if (!this.workbook || !this.sink || !this.sheet) return;
    this.sheet.commit();
    await this.workbook.commit();
    await finished(this.sink);
  }

  private open(): ExcelJS.Worksheet {
    if (this.sheet) return this.sheet;
    this.sink = new ChunkWriter(this.dataSource, this.jobId, 'report');
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.sink, useStyles: false, useSharedStrings: false });
    this.sheet = this.workbook.addWorksheet('未导入的行');
    this.sheet.addRow(['原行号', ...this.headings, REASON_HEADING]).commit();
    return this.sheet;
  }
}
