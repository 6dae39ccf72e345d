import ExcelJS from 'exceljs';
import type { Response } from 'express';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cell = string | number | null;

/**
 * A spreadsheet written to the response row by row as the rows are read, never whole in memory.
 * The first row is read before anything is sent, so a refusal (jurisdiction, a bad filter) is
 * still answered as the API's error.
 */
export async function sendXlsx(response: Response, fileName: string, sheetName: string, headings: string[], rows: AsyncIterable<Cell[]> | Iterable<Cell[]>): Promise<void> {
  const iterator = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  let next = await iterator.next();
  response.type(XLSX).attachment(fileName);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headings).commit();
  while (!next.done) {
    sheet.addRow(next.value).commit();
    next = await iterator.next();
  }
  sheet.commit();
  await workbook.commit();
}
