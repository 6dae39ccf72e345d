import PDFDocument from 'pdfkit';

/** Noto Sans SC (OFL) from npm: printed pages need no system font. */
const FONT = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 56;

/** 2026-03-09 → 2026年3月9日. */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

export interface PrintedDocument {
  doc: PDFKit.PDFDocument;
  /** Numbers every page (第 1 页 共 n 页) and answers the finished file. */
  finish: () => Promise<Buffer>;
}

/** An A4 document in the Chinese font, buffered so pages can be numbered at the end. */
export function a4Document(title: string): PrintedDocument {
  const doc = new PDFDocument({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: title, Creator: 'jingzhun' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', FONT);
  doc.font('cjk');
  return {
    doc,
    finish: () => {
      const pages = doc.bufferedPageRange();
      for (let page = 0; page < pages.count; page += 1) {
        doc.switchToPage(pages.start + page);
        // Writing inside the bottom margin would make pdfkit start a new page.
        doc.page.margins.bottom = 0;
        doc.fontSize(10).text(`第 ${page + 1} 页 共 ${pages.count} 页`, MARGIN, A4.height - MARGIN - 12, { align: 'center', width: A4.width - 2 * MARGIN, lineBreak: false });
      }
      doc.end();
      return done;
    },
  };
}
