import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportQrPng } from '../risk-leads/report-qr';
import { renderNoticePdf, type PrintableNotice } from './notice-pdf';

/** Text and page count as poppler reads them (pdftotext, pdfinfo: Debian's poppler-utils). */
function readPdf(pdf: Buffer): { text: string; pages: number; images: number } {
  const dir = mkdtempSync(join(tmpdir(), 'jingzhun-pdf-'));
  try {
    const file = join(dir, 'notice.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    // pdfimages lists one line per image (an image's transparency mask is a line of type smask).
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line)).length;
    // pdftotext spaces CJK and digits as the layout falls; compare without spaces.
    return { text: text.replace(/[ \t]+/g, ''), pages, images };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const REPORT_URL = 'http://jingzhun.example.cn/board/450123100201/report';

const notice = async (households: number): Promise<PrintableNotice> => ({
  title: '青山村贫困户识别初选名单公示',
  number: 'GS-2026-000012',
  intro: '根据贫困户识别工作程序，现将初选名单公示如下：',
  rows: Array.from({ length: households }, (_, index) => ({ group: `第${(index % 6) + 1}村民小组`, head: `韦*${String.fromCodePoint(0x4e00 + index)}`, size: (index % 5) + 1, caseNumber: `SB-2026-${String(index + 1).padStart(6, '0')}` })),
  startsOn: '2026-03-02',
  lastDay: '2026-03-08',
  contacts: [{ label: '乡镇纪委', phone: '0771-1234567' }],
  issuer: '青山村村民委员会',
  issuedOn: '2026-03-02',
  report: { url: REPORT_URL, qr: await reportQrPng(REPORT_URL) },
});

describe('renderNoticePdf', () => {
  it('prints the Chinese title, every household, the window, the contacts and the issuer', async () => {
    const printed = await notice(12);
    const { text, pages, images } = readPdf(await renderNoticePdf(printed));
    expect(pages).toBe(1);
    expect(text).toContain('青山村贫困户识别初选名单公示');
    for (const row of printed.rows) expect(text).toContain(row.head);
    // The household finds its case number on the notice, and the notice its own.
    for (const row of printed.rows) expect(text).toContain(row.caseNumber);
    expect(text).toContain('公示编号GS-2026-000012');
    expect(text).toContain('2026年3月2日至2026年3月8日');
    expect(text).toContain('乡镇纪委0771-1234567');
    expect(text).toContain('青山村村民委员会');
    expect(text).toContain('第1页共1页');
    // 农户自主申报: its address, and its QR code as the one image.
    expect(text.replaceAll('\n', '')).toContain(`访问${REPORT_URL}进行困难自主申报`);
    expect(images).toBe(1);
  });

  it('runs a 300-household notice over several numbered A4 pages', async () => {
    const printed = await notice(300);
    const { text, pages } = readPdf(await renderNoticePdf(printed));
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain(`第${pages}页共${pages}页`);
    for (const row of printed.rows) expect(text).toContain(row.head);
    // The household finds its case number on the notice, and the notice its own.
    for (const row of printed.rows) expect(text).toContain(row.caseNumber);
    expect(text).toContain('公示编号GS-2026-000012');
    // The column headings repeat on every page.
    expect(text.split('户主姓名').length - 1).toBe(pages);
  });
});
