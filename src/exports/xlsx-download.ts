import ExcelJS from 'exceljs';
import type { Response } from 'express';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  headings: string[];
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>;
}

/**
 * A spreadsheet written to the response row by row as the rows are read, never whole in memory.
 * The first sheet's first row is read before anything is sent, so a refusal (jurisdiction, a bad
 * filter) is still answered as the API's error.
 */
export async function sendXlsx(response: Response, fileName: string, sheets: Sheet[]): Promise<void> {
  const iterators = sheets.map((sheet) => (Symbol.asyncIterator in sheet.rows ? sheet.rows[Symbol.asyncIterator]() : sheet.rows[Symbol.iterator]()));
  let next = await iterators[0]?.next();
  response.type(XLSX).attachment(fileName);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: false, useSharedStrings: false });
  for (const [index, sheet] of sheets.entries()) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow(sheet.headings).commit();
    const iterator = iterators[index];
    if (index > 0) next = await iterator?.next();
    while (next && !next.done) {
      worksheet.addRow(next.value).commit();
      next = await iterator?.next();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
