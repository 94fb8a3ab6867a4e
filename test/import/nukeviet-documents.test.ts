/**
 * Moving in from NukeViet 4.x, documents and banners (#21): the fixture's `laws` module becomes
 * the documents registry (type, number parsed by the registry's rules, issuer, signer, dates,
 * fields, files byte-identical with their SHA-256, relations; members-only rows as internal
 * drafts; the administrators' note never brought in) and its banners the banner module; old
 * law addresses and download links answer 301; a re-run changes nothing. SQLite and PostgreSQL.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSite } from '../support/sites.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { FIXTURE_DIR, nukevietDb, requireMariadb } from './mariadb.ts';

const HAVE_MARIADB = await requireMariadb();
const UPLOADS = path.join(FIXTURE_DIR, 'uploads');
const A = 'https://muongnhe.example.vn';
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

describe.skipIf(!HAVE_MARIADB).each(dialects)('NukeViet documents and banners on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let nv: Awaited<ReturnType<typeof nukevietDb>>;
  let siteId: number;

  const run = async (dryRun: boolean) => {
    const id = await t.deps.imports.start({
      siteId,
      url: nv.url,
      uploadsDir: UPLOADS,
      prefix: 'nv4',
      oldHosts: [],
      dryRun,
      startedBy: null,
    });
    return t.deps.imports.runNow(id);
  };
  const docs = () =>
    t.db.kysely
      .selectFrom('document as d')
      .innerJoin('documentType as ty', 'ty.id', 'd.typeId')
      .innerJoin('documentIssuer as i', 'i.id', 'd.issuerId')
      .selectAll('d')
      .select(['ty.name as typeName', 'i.name as issuerName'])
      .where('d.siteId', '=', siteId)
      .orderBy('d.id')
      .execute();
  const request = (url: string) => t.app.request(url, { redirect: 'manual' });

  beforeAll(async () => {
    nv = await nukevietDb();
    t = await testApp(dialect, { seed: false });
    siteId = (
      await addSite(t.db, { slug: 'muong-nhe', name: 'Mường Nhé', host: 'muongnhe.example.vn' })
    ).id;
    await t.deps.platform.load();
  });
  afterAll(async () => {
    await t?.close();
    await nv?.drop();
  });

  it('a dry run counts documents and banners and writes none', async () => {
    const report = await run(true);
    expect(report.error).toBeUndefined();
    expect(report.counts.document).toMatchObject({ created: 3, skipped: 0 });
    expect(report.counts.banner).toMatchObject({ created: 3, skipped: 2 });
    const text = report.warnings.map((w) => w.message).join('\n');
    expect(text).toContain('uploads/laws/2024_05/khong-co.pdf');
    expect(text).toContain('“Số 5”');
    expect(text).toContain('uploads/banners/khong-co.jpg');
    // HTML-only banners: the one with an image comes in, the text/embed one is reported.
    expect(text).toContain(
      'Banner “Cổng Dịch vụ công” dạng HTML: nhập ảnh uploads/banners/bao-dang.png và liên kết https://dichvucong.gov.vn/; bỏ mã nhúng (script)',
    );
    expect(text).toContain(
      'Banner “Thời tiết” dạng HTML không có ảnh trong uploads/ (nội dung: “Thời tiết Điện Biên hôm nay”; bỏ mã nhúng (iframe))',
    );
    expect(await docs()).toHaveLength(0);
    expect(await t.db.kysely.selectFrom('banner').selectAll().execute()).toHaveLength(0);
  });

  it('imports the laws module into the registry, files byte-identical', async () => {
    const report = await run(false);
    expect(report.error).toBeUndefined();
    expect(report.counts.document).toMatchObject({ created: 3, updated: 0 });
    const rows = await docs();
    expect(rows).toHaveLength(3);
    const [nq, qd, hd] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];

    // 1: number with entities decoded and parsed as a Party number; type, issuer, signer, dates.
    expect(nq.number).toBe('15-NQ/TU');
    expect(nq.numberForm).toBe('party');
    expect(nq.numberTypeCode).toBe('NQ');
    expect(nq.typeName).toBe('Nghị quyết');
    expect(nq.issuerName).toBe('Tỉnh ủy');
    expect(nq.signerName).toBe('Trần Văn Sơn');
    expect(nq.signerTitle).toBe('Bí thư Tỉnh ủy');
    expect(nq.issuedOn).toBe('2024-05-10');
    expect(nq.effectiveOn).toBe('2024-05-10');
    expect(nq.expiresOn).toBeNull();
    expect(nq.effect).toBe('in-force');
    expect(nq.summary).toBe('Về công tác xây dựng Đảng năm 2024');
    expect(nq.body).toContain('Ban Thường vụ Tỉnh ủy quyết nghị');
    expect(nq.body).not.toContain('<script');
    expect(nq.status).toBe('published');
    expect(nq.scope).toBe('public');
    expect(Number(nq.viewCount)).toBe(120);
    // The administrators' note is nowhere.
    expect(JSON.stringify(rows)).not.toContain('GHI CHÚ NỘI BỘ');
    const fieldNames = await t.db.kysely
      .selectFrom('documentFieldLink as l')
      .innerJoin('documentField as f', 'f.id', 'l.fieldId')
      .select('f.name')
      .where('l.documentId', '=', nq.id)
      .orderBy('f.name')
      .execute();
    expect(fieldNames.map((f) => f.name)).toEqual(['Tổ chức cán bộ', 'Xây dựng Đảng']);

    // The files: same bytes, same SHA-256, in the old order.
    const files = await t.db.kysely
      .selectFrom('documentFile')
      .selectAll()
      .where('documentId', '=', nq.id)
      .orderBy('n')
      .execute();
    expect(files.map((f) => f.name)).toEqual(['nghi-quyet-15-nq-tu.pdf', 'phu-luc.pdf']);
    const original = fs.readFileSync(path.join(UPLOADS, 'laws/2024_05/nghi-quyet-15-nq-tu.pdf'));
    expect(files[0]!.sha256).toBe(sha(original));
    expect(files[0]!.pages).toBe(2);
    const page = await request(`${A}/van-ban/${nq.slug}-${nq.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('15-NQ/TU');
    expect(html).not.toContain('GHI CHÚ NỘI BỘ');
    const got = await request(`${A}/van-ban/${nq.id}/tep/1/nghi-quyet-15-nq-tu.pdf`);
    expect(got.status).toBe(200);
    expect(sha(new Uint8Array(await got.arrayBuffer()))).toBe(sha(original));

    // 2: members only on the old site → an internal draft (never public), state number form.
    expect(qd.number).toBe('12/2023/QĐ-UBND');
    expect(qd.numberForm).toBe('state');
    expect(qd.status).toBe('draft');
    expect(qd.scope).toBe('internal');
    expect((await request(`${A}/van-ban/${qd.slug}-${qd.id}`)).status).toBe(404);

    // 3: an unrecognised number kept as typed; expired; related to 1.
    expect(hd.number).toBe('Số 5');
    expect(hd.numberForm).toBe('unknown');
    expect(hd.effect).toBe('expired');
    expect(hd.expiresOn).toBe('2018-06-26');
    const rel = await t.db.kysely
      .selectFrom('documentRelation')
      .selectAll()
      .where('fromId', '=', hd.id)
      .execute();
    expect(rel.map((r) => [r.kind, r.toId])).toEqual([['related', nq.id]]);
  });

  it('imports banners: place by the plan, dates, only http(s) links, other languages left out', async () => {
    const rows = await t.db.kysely
      .selectFrom('banner')
      .selectAll()
      .where('siteId', '=', siteId)
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(3);
    const side = rows.find((r) => r.title === 'Báo điện tử Đảng Cộng sản')!;
    const html = rows.find((r) => r.title === 'Cổng Dịch vụ công')!;
    expect(html.linkUrl).toBe('https://dichvucong.gov.vn/');
    expect(html.placement).toBe('sidebar');
    expect(html.imageWidth).toBeGreaterThan(0);
    expect(JSON.stringify(html)).not.toMatch(/script|onerror|onclick|alert/);
    const home = rows.find((r) => r.title === 'Chiến dịch cũ')!;
    expect(side.placement).toBe('sidebar');
    expect(side.linkUrl).toBe('https://dangcongsan.vn');
    expect(side.active).toBe(1);
    expect(side.endsOn).toBe('2099-12-31');
    expect(side.imageWidth).toBeGreaterThan(0);
    expect(home.placement).toBe('home');
    expect(home.linkUrl).toBe('');
    expect(home.active).toBe(0);
    expect(home.endsOn).toBe('2022-04-15');
  });

  it('old law addresses and download links answer 301 to the new record and files', async () => {
    const [nq] = await docs();
    const detail = `/van-ban/${nq!.slug}-${nq!.id}`;
    const cases: [string, string | RegExp][] = [
      ['/vi/laws/detail/Nghi-quyet-15-NQ-TU/', detail],
      ['/laws/detail/nghi-quyet-15-nq-tu/', detail],
      ['/index.php?language=vi&nv=laws&op=detail/Nghi-quyet-15-NQ-TU', detail],
      [
        '/vi/laws/detail/Nghi-quyet-15-NQ-TU/?download=1&id=0',
        `/van-ban/${nq!.id}/tep/1/nghi-quyet-15-nq-tu.pdf`,
      ],
      [
        '/index.php?language=vi&nv=laws&op=detail/Nghi-quyet-15-NQ-TU&download=1&id=1',
        `/van-ban/${nq!.id}/tep/2/phu-luc.pdf`,
      ],
      ['/uploads/laws/2024_05/phu-luc.pdf', `/van-ban/${nq!.id}/tep/2/phu-luc.pdf`],
      ['/vi/laws/', '/van-ban'],
      ['/vi/laws/Nghi-quyet/', '/van-ban'],
      ['/vi/laws/rss/', '/rss/van-ban'],
    ];
    for (const [old, want] of cases) {
      const res = await request(`${A}${old}`);
      expect.soft(res.status, old).toBe(301);
      expect.soft(res.headers.get('location'), old).toBe(want);
    }
    // A members-only document's old address does not reveal it.
    expect((await request(`${A}/vi/laws/detail/Quyet-dinh-12-2023-QD-UBND/`)).status).toBe(404);
  });

  it('a re-run changes nothing', async () => {
    const before = await docs();
    const again = await run(false);
    expect(again.error).toBeUndefined();
    expect(again.counts.document).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(again.counts.banner).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await docs()).toEqual(before);
    expect(await t.db.kysely.selectFrom('documentFile').selectAll().execute()).toHaveLength(2);
    expect(await t.db.kysely.selectFrom('documentType').selectAll().execute()).toHaveLength(3);
  });
});
