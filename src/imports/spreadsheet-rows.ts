import { PassThrough, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type SheetFormat = 'xlsx' | 'csv';

/** The file kinds an upload may be, by the end of its name. */
export function formatOf(fileName: string): SheetFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'xlsx' || extension === 'csv' ? extension : null;
}

/** A cell as the text a person sees: rich text joined, a formula's result, a date as 2026-03-02. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return String(value.text).trim();
  return '';
}

async function* xlsxRows(stream: Readable): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // row.values is 1-based and sparse.
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      yield Array.from({ length: values.length }, (_, index) => cellText(values[index]));
    }
    return; // The roster is the first sheet.
  }
}

/**
 * CSV as villages save it: UTF-8 (with or without BOM), or GB18030 as Excel writes it on a Chinese
 * Windows; told apart by whether the first chunk is valid UTF-8.
 */
async function* csvRows(stream: Readable): AsyncGenerator<string[]> {
  const decoded = new PassThrough();
  let decoder: NodeJS.ReadWriteStream | null = null;
  const pump = (async () => {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      if (!decoder) {
        const utf8 = isUtf8(bytes);
        decoder = utf8 ? new PassThrough() : iconv.decodeStream('gb18030');
        decoder.pipe(decoded);
      }
      if (!decoder.write(bytes)) await new Promise((resolve) => decoder?.once('drain', resolve));
    }
    if (decoder) decoder.end();
    else decoded.end();
  })();
  pump.catch((error: Error) => decoded.destroy(error));
  for await (const record of decoded.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }))) yield record as string[];
  await pump;
}

/** Valid UTF-8, allowing a character cut at the chunk's end. */
function isUtf8(bytes: Buffer): boolean {
  const tail = Math.max(0, bytes.length - 3);
  for (let end = bytes.length; end >= tail; end -= 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
      return true;
    } catch {
      // try a shorter prefix: the chunk may end inside a character
    }
  }
  return false;
}

/** The rows of the first sheet of a spreadsheet (or the records of a CSV), as text cells, streamed. */
export function spreadsheetRows(stream: Readable, format: SheetFormat): AsyncGenerator<string[]> {
  return format === 'xlsx' ? xlsxRows(stream) : csvRows(stream);
}
