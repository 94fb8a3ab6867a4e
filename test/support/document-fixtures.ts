import type { TestStaff } from './staff.ts';

/**
 * A small real PDF whose pages carry the given text lines (Helvetica, WinAnsi: ASCII only), with
 * a correct cross-reference table, so pdf.js (unpdf) reads its text and page count.
 */
export function textPdf(pages: string[][]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (m) => `\\${m}`);
  const objects: string[] = [];
  const n = pages.length;
  // 1 catalog, 2 pages, 3 font, then per page: page object and its content stream.
  objects.push('<</Type/Catalog/Pages 2 0 R>>');
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  objects.push(`<</Type/Pages/Kids[${kids}]/Count ${n}>>`);
  objects.push('<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>');
  pages.forEach((lines, i) => {
    const content = `BT /F1 11 Tf 40 760 Td 14 TL ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
    objects.push(
      `<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 R>>>>/Contents ${5 + i * 2} 0 R>>`,
    );
    objects.push(
      `<</Length ${Buffer.byteLength(content, 'latin1')}>>stream\n${content}\nendstream`,
    );
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A signed-in staff client (test/support/agent.ts). */
export type DocAgent = Awaited<ReturnType<TestStaff['login']>>;

/** What a test document needs; the rest is filled with ordinary values. */
export interface DocSpec {
  number: string;
  type: string;
  issuer: string;
  summary: string;
  /** Lines of the PDF's first page (ASCII). */
  pdf: string[];
  issuedOn?: string;
  signer?: [string, string, string];
  fieldIds?: number[];
  publish: boolean;
  extra?: Record<string, string>;
}

/**
 * Enters a document through the back-office form, with a PDF, as `a` (an approver), and takes it
 * through submit → approve → publish when `publish`. Returns its id.
 */
export async function enterDocument(
  t: {
    deps: {
      documents: {
        ensureLists(): Promise<{
          types: { id: number; name: string }[];
          issuers: { id: number; name: string }[];
        }>;
      };
    };
  },
  a: DocAgent,
  d: DocSpec,
): Promise<number> {
  const lists = await t.deps.documents.ensureLists();
  const f = new FormData();
  f.set('number', d.number);
  f.set('typeId', String(lists.types.find((x) => x.name === d.type)!.id));
  f.set('issuerId', String(lists.issuers.find((x) => x.name === d.issuer)!.id));
  f.set('issuedOn', d.issuedOn ?? '05/01/2026');
  f.set('summary', d.summary);
  f.set('effect', 'in-force');
  f.set('scope', 'public');
  const [authority, title, name] = d.signer ?? ['TM', 'Tổng Bí thư', 'Tô Lâm'];
  f.set('signerAuthority', authority);
  f.set('signerTitle', title);
  f.set('signerName', name);
  for (const id of d.fieldIds ?? []) f.append('fieldIds', String(id));
  for (const [k, v] of Object.entries(d.extra ?? {})) f.set(k, v);
  f.set(
    'file',
    new File([new Uint8Array(textPdf([d.pdf, ['trang 2']]))], 'tep.pdf', {
      type: 'application/pdf',
    }),
  );
  await a.get('/quan-tri/van-ban/moi');
  const r = await a.multipart('/quan-tri/van-ban/moi', f);
  if (r.status !== 303) throw new Error(`document not saved: ${r.status} ${r.text.slice(0, 500)}`);
  const id = Number(/\/quan-tri\/van-ban\/(\d+)/.exec(r.location ?? '')![1]);
  if (d.publish) {
    for (const step of ['submit', 'approve', 'publish']) {
      await a.get(`/quan-tri/van-ban/${id}`);
      const m = await a.post(`/quan-tri/van-ban/${id}/chuyen`, { t: step, note: '' });
      if (m.status !== 303) throw new Error(`${step} refused: ${m.status}`);
    }
  }
  return id;
}
