import { formatDateTime } from '../../lib/date.ts';
import {
  GROUPS,
  STANCES,
  type ConsultationResponse,
  type ConsultationSection,
  type CountRow,
  type Group,
  type Stance,
} from './consultation.ts';

const stances = Object.keys(STANCES) as Stance[];
const groups = Object.keys(GROUPS) as Group[];

/**
 * The summary workbook a unit sends upward: sheet "Tổng hợp" counts each section by stance ×
 * đối tượng (with totals), sheet "Toàn văn ý kiến" lists every kept response's text. Rejected
 * responses are left out by the caller; no name or contact is written.
 */
export async function summaryWorkbook(s: {
  title: string;
  subtitle: string;
  window: string;
  unit: string;
  sections: ConsultationSection[];
  counts: CountRow[];
  texts: ConsultationResponse[];
  now: Date;
}): Promise<Buffer> {
  // Loaded on first export: about 17 MB that most processes never need.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = s.unit || 'Trang thông tin điện tử';
  wb.created = s.now;
  const count = (sectionId: number | null, stance: Stance, group: Group | null) =>
    s.counts
      .filter(
        (r) =>
          (sectionId === null || r.sectionId === sectionId) &&
          r.stance === stance &&
          (group === null || r.group === group),
      )
      .reduce((n, r) => n + r.n, 0);

  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow([s.title]).font = { bold: true, size: 13 };
  if (s.subtitle) ws.addRow([s.subtitle]);
  ws.addRow([`Thời gian lấy ý kiến: ${s.window}`]);
  ws.addRow([`Đơn vị tổng hợp: ${s.unit}`]);
  ws.addRow([`Lập lúc: ${formatDateTime(s.now)}`]);
  ws.addRow([]);
  const head1 = ws.addRow([
    'Phần, mục',
    'Nội dung',
    ...stances.flatMap((st) => [STANCES[st], '', '', '']),
    'Tổng số ý kiến',
  ]);
  const head2 = ws.addRow([
    '',
    '',
    ...stances.flatMap(() => [...groups.map((g) => GROUPS[g]), 'Cộng']),
    '',
  ]);
  head1.font = { bold: true };
  head2.font = { bold: true };
  const line = (label: string, title: string, sectionId: number | null) => {
    const cells = stances.flatMap((st) => {
      const per = groups.map((g) => count(sectionId, st, g));
      return [...per, per.reduce((a, b) => a + b, 0)];
    });
    const total = stances.reduce((n, st) => n + count(sectionId, st, null), 0);
    return ws.addRow([label, title, ...cells, total]);
  };
  for (const sec of s.sections) line(sec.label, sec.title, sec.id);
  line('Tổng cộng', '', null).font = { bold: true };
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 40;
  for (let i = 3; i <= 3 + stances.length * 4; i++) {
    ws.getColumn(i).width = 12;
    ws.getColumn(i).numFmt = '#,##0';
  }

  const full = wb.addWorksheet('Toàn văn ý kiến');
  full.addRow([
    'STT',
    'Phần, mục',
    'Ý kiến',
    'Đối tượng',
    'Nội dung góp ý',
    'Nhóm vấn đề',
    'Thời gian gửi',
  ]).font = { bold: true };
  s.texts.forEach((r, i) =>
    full.addRow([
      i + 1,
      r.sectionLabel,
      STANCES[r.stance],
      GROUPS[r.group],
      r.body,
      r.category,
      formatDateTime(r.createdAt),
    ]),
  );
  [6, 18, 18, 18, 80, 24, 18].forEach((w, i) => (full.getColumn(i + 1).width = w));
  full.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
