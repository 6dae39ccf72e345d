import { A4, a4Document, chineseDate, MARGIN } from '../common/pdf-document';

export interface PrintableNotice {
  /** e.g. 青山村贫困户识别村级第一次公示 */
  title: string;
  /** GS-2026-000012 */
  number: string;
  intro: string;
  /** Each household with its case number, which the household looks its case up with. */
  rows: { group: string; head: string; size: number; caseNumber: string }[];
  startsOn: string;
  lastDay: string;
  contacts: { label: string; phone: string }[];
  issuer: string;
  issuedOn: string;
  /** The village's self-report page (农户自主申报) and its QR code, printed under the list. */
  report: { url: string; qr: Buffer };
}

const ROW = 22;
const COLUMNS = [
  { label: '序号', x: MARGIN, width: 40 },
  { label: '村民小组', x: MARGIN + 40, width: 120 },
  { label: '户主姓名', x: MARGIN + 160, width: 100 },
  { label: '家庭人口', x: MARGIN + 260, width: 70 },
  { label: '案件编号', x: MARGIN + 330, width: 153 },
];

/**
 * The notice for the village's physical board (official layout): title, numbered list of
 * villager group, household head and household size, the window, where to object, issuer and
 * date; A4, as many pages as the list needs, numbered.
 */
export function renderNoticePdf(notice: PrintableNotice): Promise<Buffer> {
  const { doc, finish } = a4Document(notice.title);

  const bottom = A4.height - MARGIN - 30;
  const header = (y: number): number => {
    doc.fontSize(12);
    for (const column of COLUMNS) doc.text(column.label, column.x + 4, y + 4, { width: column.width - 8, lineBreak: false });
    doc.moveTo(MARGIN, y + ROW).lineTo(A4.width - MARGIN, y + ROW).stroke();
    return y + ROW;
  };

  doc.fontSize(20).text(notice.title, MARGIN, MARGIN, { align: 'center', width: A4.width - 2 * MARGIN });
  doc.fontSize(10).text(`公示编号 ${notice.number}`, { align: 'center', width: A4.width - 2 * MARGIN });
  doc.moveDown(0.8).fontSize(12).text(notice.intro, { width: A4.width - 2 * MARGIN, lineGap: 4 });
  let y = header(doc.y + 10);
  notice.rows.forEach((row, index) => {
    if (y + ROW > bottom) {
      doc.addPage();
      y = header(MARGIN);
    }
    doc.fontSize(12);
    const cells = [String(index + 1), row.group, row.head, `${row.size} 人`, row.caseNumber];
    cells.forEach((cell, column) => {
      const at = COLUMNS[column] ?? COLUMNS[0];
      if (at) doc.text(cell, at.x + 4, y + 5, { width: at.width - 8, lineBreak: false, ellipsis: true });
    });
    y += ROW;
    doc.moveTo(MARGIN, y).lineTo(A4.width - MARGIN, y).lineWidth(0.3).stroke().lineWidth(1);
  });

  const closing = [
    `公示期: ${chineseDate(notice.startsOn)} 至 ${chineseDate(notice.lastDay)}，共 ${notice.rows.length} 户。`,
    '公示期间，对公示对象有异议的，可向村民委员会或乡镇人民政府反映，也可通过网上公示栏提出。',
    ...(notice.contacts.length > 0 ? [`监督电话: ${notice.contacts.map((contact) => `${contact.label} ${contact.phone}`).join('；')}`] : []),
  ];
  if (y + 240 > bottom) {
    doc.addPage();
    y = MARGIN;
  }
  doc.fontSize(12).text(closing.join('\n'), MARGIN, y + 16, { width: A4.width - 2 * MARGIN, lineGap: 4 });
  doc.moveDown(2).text(notice.issuer, { align: 'right', width: A4.width - 2 * MARGIN }).text(chineseDate(notice.issuedOn), { align: 'right', width: A4.width - 2 * MARGIN });
  // 农户自主申报: the way in for a household in difficulty, on every notice.
  const qrTop = doc.y + 16;
  doc.image(notice.report.qr, MARGIN, qrTop, { width: 80 });
  doc.fontSize(10).text(`家里遇到突发困难，可扫码或访问 ${notice.report.url} 进行困难自主申报。`, MARGIN + 92, qrTop + 20, { width: A4.width - 2 * MARGIN - 92, lineGap: 3 });
  return finish();
}
