import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

/** A local web server standing in for the linked sites (tests never contact the Internet). */
async function linkedSites(): Promise<{
  base: string;
  closedPort: string;
  seen: string[];
  close: () => Promise<void>;
}> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/song')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    if (req.url === '/chuyen') return res.writeHead(301, { location: '/song' }).end();
    if (req.url === '/khong-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    return res.writeHead(404).end('không có');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const spare = http.createServer();
  await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
  const closedPort = `http://127.0.0.1:${(spare.address() as AddressInfo).port}/`;
  await new Promise<void>((r) => spare.close(() => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    closedPort,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The titles of the links in the sidebar's list, in order. */
function sidebarLinks(html: string): string[] {
  const block =
    /<section class="block" aria-labelledby="b-links">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...block.matchAll(/<li><a href="[^"]+"[^>]*>([^<]+)/g)].map((m) => m[1]!);
}

describe.each(dialects)('Liên kết web on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let clock: ReturnType<typeof manualClock>;
  let sites: Awaited<ReturnType<typeof linkedSites>>;
  let admin: TestStaff;

  beforeAll(async () => {
    clock = manualClock();
    sites = await linkedSites();
    // The one opening in the link checker's address guard: exactly these two local origins.
    t = await testApp(dialect, {
      clock: () => clock.now(),
      unsafeTestOnlyLoopbackOrigins: [sites.base, new URL(sites.closedPort).origin],
    });
    admin = await makeStaff(t, clock, 'quantri', 'admin');
  });
  afterAll(async () => {
    await sites?.close();
    await t?.close();
  });

  it('the admin adds a group and a link, edits it, and the sidebar shows it at once', async () => {
    const a = await admin.login();
    const page = await a.get('/quan-tri/cai-dat/lien-ket');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(
      (await a.post('/quan-tri/cai-dat/lien-ket/nhom', { name: '  Báo chí  ' })).location,
    ).toBe('/quan-tri/cai-dat/lien-ket?da-luu=1');
    const group = (await t.deps.weblinks.adminGroups()).find((g) => g.name === 'Báo chí')!;
    await a.get('/quan-tri/cai-dat/lien-ket');
    const added = await a.post('/quan-tri/cai-dat/lien-ket/moi', {
      groupId: String(group.id),
      title: 'Báo Điện Biên Phủ',
      url: `${sites.base}/song`,
      newTab: 'on',
      active: 'on',
    });
    expect(added.status).toBe(303);
    const link = (await t.deps.weblinks.adminGroups())
      .flatMap((g) => g.links)
      .find((l) => l.title === 'Báo Điện Biên Phủ')!;
    expect((await t.get('/')).text).toContain(
      `<a href="${sites.base}/song" target="_blank" rel="noopener noreferrer">Báo Điện Biên Phủ`,
    );
    await a.get(`/quan-tri/cai-dat/lien-ket/${link.id}`);
    const edited = await a.post(`/quan-tri/cai-dat/lien-ket/${link.id}`, {
      groupId: String(group.id),
      title: 'Báo và Phát thanh, Truyền hình Điện Biên',
      url: `${sites.base}/chuyen`,
      active: 'on',
    });
    expect(edited.status).toBe(303);
    const home = (await t.get('/')).text;
    expect(home).toContain(
      `<a href="${sites.base}/chuyen">Báo và Phát thanh, Truyền hình Điện Biên</a>`,
    );
    expect(home).not.toContain('Báo Điện Biên Phủ');
    const actions = (await t.deps.audit.list({ limit: 20 })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['weblink.group_created', 'weblink.created', 'weblink.updated']),
    );
  });

  it('refuses an address without a scheme, a javascript: or data: address, with a clear message', async () => {
    const a = await admin.login();
    const groupId = String((await t.deps.weblinks.adminGroups())[0]!.id);
    const before = JSON.stringify(await t.deps.weblinks.adminGroups());
    const cases: [string, string][] = [
      [
        'dienbien.gov.vn',
        'Địa chỉ thiếu giao thức: hãy viết đầy đủ, bắt đầu bằng https:// hoặc http://',
      ],
      [
        'javascript:alert(document.cookie)',
        'Địa chỉ “javascript:” không an toàn và không được chấp nhận.',
      ],
      [
        'data:text/html;base64,PHNjcmlwdD4=',
        'Địa chỉ “data:” không an toàn và không được chấp nhận.',
      ],
    ];
    for (const [url, message] of cases) {
      await a.get('/quan-tri/cai-dat/lien-ket');
      const r = await a.post('/quan-tri/cai-dat/lien-ket/moi', {
        groupId,
        title: 'Thử',
        url,
        active: 'on',
      });
      expect(r.status, url).toBe(400);
      expect(r.text).toContain(message);
      expect(r.text).toContain('aria-invalid="true"');
    }
    expect(JSON.stringify(await t.deps.weblinks.adminGroups())).toBe(before);
  });

  it('reorders links with the up and down buttons', async () => {
    const a = await admin.login();
    const [first, second] = (await t.deps.weblinks.adminGroups())[0]!.links;
    expect(sidebarLinks((await t.get('/')).text).slice(0, 2)).toEqual([
      first!.title,
      second!.title,
    ]);
    await a.get('/quan-tri/cai-dat/lien-ket');
    expect((await a.post(`/quan-tri/cai-dat/lien-ket/${second!.id}/len`, {})).status).toBe(303);
    expect(sidebarLinks((await t.get('/')).text).slice(0, 2)).toEqual([
      second!.title,
      first!.title,
    ]);
    expect((await t.deps.audit.list({ action: 'weblink.moved', limit: 1 })).length).toBe(1);
  });

  it('as a "Chọn liên kết" selector, redirects only to a stored, active link', async () => {
    const a = await admin.login();
    await a.get('/quan-tri/cai-dat/lien-ket');
    await a.post('/quan-tri/cai-dat/lien-ket/hien-thi', { linksDisplay: 'select' });
    const home = (await t.get('/')).text;
    expect(home).toMatch(
      /<form method="get" action="\/lien-ket" class="link-picker" data-link-picker[^>]*>/,
    );
    expect(home).toContain('<label for="chon-lien-ket">Chọn liên kết</label>');
    expect(home).toMatch(/<optgroup label="Trung ương"><option value="\d+"/);
    const link = (await t.deps.weblinks.adminGroups())
      .flatMap((g) => g.links)
      .find((l) => l.url.startsWith(sites.base))!;
    expect(home).toContain(`<option value="${link.id}"`);
    const go = await t.app.request(`/lien-ket?id=${link.id}`);
    expect(go.status).toBe(302);
    expect(go.headers.get('location')).toBe(link.url);
    // Never an address from the request; unknown, malformed and inactive ids answer 404.
    for (const q of ['?id=999999', '?id=abc', '?url=https://ke-gian.example.com', ''])
      expect((await t.app.request(`/lien-ket${q}`)).status, q).toBe(404);
    await a.get(`/quan-tri/cai-dat/lien-ket/${link.id}`);
    await a.post(`/quan-tri/cai-dat/lien-ket/${link.id}`, {
      groupId: String(link.groupId),
      title: link.title,
      url: link.url,
    });
    expect((await t.app.request(`/lien-ket?id=${link.id}`)).status).toBe(404);
    expect((await t.get('/')).text).not.toContain(`<option value="${link.id}"`);
    await a.post('/quan-tri/cai-dat/lien-ket/hien-thi', { linksDisplay: 'list' });
    expect((await t.get('/')).text).not.toContain('class="link-picker"');
  });

  it('the scheduled check marks links that no longer answer, and the admin sees when and why', async () => {
    const groups = await t.deps.weblinks.adminGroups();
    const all = groups.flatMap((g) => g.links);
    const targets = [
      `${sites.base}/song`,
      `${sites.base}/chuyen`,
      `${sites.base}/khong-head`,
      `${sites.base}/da-xoa`,
      sites.closedPort,
    ];
    const checked = all.slice(0, targets.length);
    for (const [i, l] of checked.entries()) {
      await t.deps.weblinks.updateLink(
        { id: null, name: 'Kiểm thử', ip: '', userAgent: '' },
        l.id,
        { groupId: l.groupId, title: l.title, url: targets[i]!, newTab: l.newTab, active: true },
      );
    }
    sites.seen.length = 0;
    clock.tick(7 * 60 * 60_000);
    await t.deps.jobs.tick();
    expect(sites.seen).toEqual(
      expect.arrayContaining([
        'HEAD /song',
        'HEAD /chuyen',
        'HEAD /khong-head',
        'GET /khong-head',
        'HEAD /da-xoa',
      ]),
    );
    const after = (await t.deps.weblinks.adminGroups()).flatMap((g) => g.links);
    const status = (url: string) => after.find((l) => l.url === url)!.check;
    expect(status(`${sites.base}/song`)).toMatchObject({ ok: true, statusCode: 200, failures: 0 });
    expect(status(`${sites.base}/chuyen`)).toMatchObject({ ok: true, statusCode: 200 });
    expect(status(`${sites.base}/khong-head`)).toMatchObject({ ok: true, statusCode: 200 });
    expect(status(`${sites.base}/da-xoa`)).toMatchObject({
      ok: false,
      statusCode: 404,
      detail: 'Lỗi HTTP 404',
      failures: 1,
    });
    expect(status(sites.closedPort)).toMatchObject({
      ok: false,
      statusCode: null,
      detail: 'Máy chủ từ chối kết nối',
    });
    // Links on the Internet are never contacted from tests: they stay unchecked.
    for (const l of after.filter((x) => !x.url.startsWith('http://127.0.0.1')))
      expect(l.check, l.url).toBeUndefined();

    const a = await admin.login();
    const page = await a.get('/quan-tri/cai-dat/lien-ket');
    expect(page.text).toContain('Không phản hồi');
    expect(page.text).toContain('Lỗi HTTP 404 — kiểm tra lúc 27/11/2026 16:');
    expect(page.text).toContain('Hiện có 2 liên kết không phản hồi.');
    // "Kiểm tra ngay" runs it again at once: the failures add up.
    expect((await a.post('/quan-tri/cai-dat/lien-ket/kiem-tra', {})).location).toContain(
      '/quan-tri/cai-dat/lien-ket?kiem-tra=',
    );
    const again = await a.get('/quan-tri/cai-dat/lien-ket?kiem-tra=x');
    expect(again.text).toContain('Không phản hồi (2 lần liên tiếp)');
    expect((await t.deps.audit.list({ action: 'weblink.checked', limit: 1 }))[0]!.summary).toMatch(
      /^\d+ hoạt động, 2 không phản hồi$/,
    );
  });

  it('refuses to delete a group that still has links, then deletes it once empty', async () => {
    const a = await admin.login();
    const g = (await t.deps.weblinks.adminGroups()).find((x) => x.links.length > 0)!;
    await a.get(`/quan-tri/cai-dat/lien-ket/nhom/${g.id}`);
    const refused = await a.post(`/quan-tri/cai-dat/lien-ket/nhom/${g.id}/xoa`, {});
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(`Nhóm “${g.name}” còn ${g.links.length} liên kết`);
    for (const l of g.links) {
      await a.get(`/quan-tri/cai-dat/lien-ket/${l.id}`);
      expect((await a.post(`/quan-tri/cai-dat/lien-ket/${l.id}/xoa`, {})).status).toBe(303);
    }
    await a.get(`/quan-tri/cai-dat/lien-ket/nhom/${g.id}`);
    expect((await a.post(`/quan-tri/cai-dat/lien-ket/nhom/${g.id}/xoa`, {})).status).toBe(303);
    expect((await t.deps.weblinks.adminGroups()).some((x) => x.id === g.id)).toBe(false);
  });
});
