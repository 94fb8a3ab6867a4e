import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import * as fx from '../support/media-fixtures.ts';

type App = Awaited<ReturnType<typeof testApp>>;

/** The album id in an editor address. */
const idIn = (location: string | null) =>
  Number(/thu-vien-anh\/([0-9]+)/.exec(location ?? '')?.[1]);

/** The item ids of the album editor, in their order on the page. */
const itemIds = (html: string) =>
  [...html.matchAll(/<li class="album-photo" id="anh-([0-9]+)"/g)].map((m) => Number(m[1]));

describe.each(dialects)('Thư viện ảnh: albums on %s', (dialect) => {
  let t: App;
  const clock = manualClock();
  let reporter: TestStaff;
  let editor: TestStaff;
  let approver: TestStaff;
  let admin: TestStaff;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: () => clock.now() });
    reporter = await makeStaff(t, clock, 'phongvien', 'reporter', ['tin-trong-tinh']);
    editor = await makeStaff(t, clock, 'bientap', 'editor', ['tin-trong-tinh']);
    approver = await makeStaff(t, clock, 'pheduyet', 'approver', ['tin-trong-tinh']);
    admin = await makeStaff(t, clock, 'quantri', 'admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('builds an album of several photos, reorders them, takes it through the workflow and publishes it', async () => {
    const unit = t.deps.map.units[3]!;
    const r = await reporter.login();
    expect((await r.get('/quan-tri')).text).toContain('href="/quan-tri/thu-vien-anh"');
    await r.get('/quan-tri/thu-vien-anh/moi');
    const created = await r.post('/quan-tri/thu-vien-anh/moi', {
      title: 'Lễ hội Hoa Ban 2026',
      description: 'Những khoảnh khắc đẹp.\n\nĐoạn thứ hai.',
      takenOn: '07/03/2026',
      unitCode: unit.code,
      credit: 'Quàng Văn Tú',
      tags: 'Hoa Ban, lễ hội, hoa ban',
      eventThreadId: '',
    });
    expect(created.status).toBe(303);
    const id = idIn(created.location);
    expect(id).toBeGreaterThan(0);

    // Several photos uploaded at once (a PDF among them is refused without losing the others).
    let page = await r.get(`/quan-tri/thu-vien-anh/${id}`);
    expect(page.text).toContain('multiple');
    const form = new FormData();
    for (let i = 0; i < 3; i++)
      form.append(
        'files',
        new File(
          [new Uint8Array(await fx.jpeg(320, 200, crypto.randomInt(1, 1e6)))],
          `anh-${i}.jpg`,
          {
            type: 'image/jpeg',
          },
        ),
      );
    form.append('files', new File([new Uint8Array(fx.pdf())], 'van-ban.pdf'));
    const up = await r.multipart(`/quan-tri/thu-vien-anh/${id}/tai-anh`, form);
    expect(up.status).toBe(200);
    expect(up.text).toContain('Đã thêm 3 ảnh.');
    expect(up.text).toContain('van-ban.pdf');
    let ids = itemIds(up.text);
    expect(ids).toHaveLength(3);

    // A photo without alt cannot be published: the approver is told why later; fill them now.
    for (const [i, item] of ids.entries()) {
      const saved = await r.post(`/quan-tri/thu-vien-anh/${id}/anh/${item}`, {
        alt: `Mô tả ảnh số ${i + 1}`,
        caption: `Chú thích số ${i + 1}`,
        credit: i === 0 ? 'TTXVN' : '',
      });
      expect(saved.status).toBe(303);
    }
    // Reorder by the buttons (no script): the third photo goes up twice.
    await r.get(`/quan-tri/thu-vien-anh/${id}`);
    await r.post(`/quan-tri/thu-vien-anh/${id}/anh/${ids[2]}/len`, {});
    await r.post(`/quan-tri/thu-vien-anh/${id}/anh/${ids[2]}/len`, {});
    page = await r.get(`/quan-tri/thu-vien-anh/${id}`);
    expect(itemIds(page.text)).toEqual([ids[2], ids[0], ids[1]]);
    ids = itemIds(page.text);

    // Not public before it is published.
    expect((await t.get(`/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`)).status).toBe(404);

    // Workflow: reporter submits, editor forwards, approver publishes.
    const version = () => Number(/name="version" value="([0-9]+)"/.exec(page.text)?.[1]);
    expect(
      (
        await r.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
          t: 'submit',
          version: String(version()),
        })
      ).status,
    ).toBe(303);
    // The reporter may no longer change it.
    expect((await r.post(`/quan-tri/thu-vien-anh/${id}/anh/${ids[0]}/xuong`, {})).status).toBe(403);
    const e = await editor.login();
    page = await e.get(`/quan-tri/thu-vien-anh/${id}`);
    expect(page.text).toContain('Chuyển duyệt');
    expect(
      (
        await e.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
          t: 'publish',
          version: String(version()),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await e.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
          t: 'forward',
          version: String(version()),
        })
      ).status,
    ).toBe(303);
    const a = await approver.login();
    page = await a.get(`/quan-tri/thu-vien-anh/${id}`);
    // A stale version is a conflict, not a second publication.
    expect(
      (await a.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, { t: 'publish', version: '1' })).status,
    ).toBe(409);
    expect(
      (
        await a.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
          t: 'publish',
          version: String(version()),
        })
      ).status,
    ).toBe(303);

    // The public page: figures in order with their alt, caption and credit.
    const pub = await t.get(`/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`);
    expect(pub.status).toBe(200);
    const figures = [
      ...pub.text.matchAll(/<figure class="album-figure">([\s\S]*?)<\/figure>/g),
    ].map((m) => m[1]!);
    expect(figures).toHaveLength(3);
    expect(figures.map((f) => /alt="([^"]*)"/.exec(f)?.[1])).toEqual([
      'Mô tả ảnh số 3',
      'Mô tả ảnh số 1',
      'Mô tả ảnh số 2',
    ]);
    expect(figures[0]).toContain('<figcaption>');
    expect(figures[0]).toContain('Chú thích số 3');
    expect(figures[1]).toContain('(Ảnh: TTXVN)');
    expect(pub.text).toContain(`href="${unit.href}"`);
    expect(pub.text).toContain('07/03/2026');
    expect(pub.text).toContain('Quàng Văn Tú');
    expect(pub.text).toContain('<span class="tag">Hoa Ban</span>');
    expect(pub.text).not.toContain('<span class="tag">hoa ban</span>');
    // A wrong slug redirects to the canonical address.
    const moved = await t.get(`/thu-vien-anh/sai-ten-${id}`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`);

    // Reachable from the home page's strip, listed on /thu-vien-anh and on the map unit's page.
    const home = await t.get('/');
    expect(home.text).toContain('aria-label="Thư viện ảnh – video mới"');
    expect(home.text).toContain(`href="/thu-vien-anh/le-hoi-hoa-ban-2026-${id}"`);
    expect((await t.get('/thu-vien-anh')).text).toContain(
      `/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`,
    );
    const unitPage = await t.get(unit.href);
    expect(unitPage.text).toContain(`Album ảnh tại ${unit.fullName}`);
    expect(unitPage.text).toContain(`/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`);

    // A correction after publication reaches the public page (the cache follows).
    page = await a.get(`/quan-tri/thu-vien-anh/${id}`);
    await a.post(`/quan-tri/thu-vien-anh/${id}/anh/${ids[1]}`, {
      alt: 'Mô tả ảnh số 1',
      caption: 'Chú thích đã sửa',
      credit: 'TTXVN',
    });
    page = await a.get(`/quan-tri/thu-vien-anh/${id}`);
    expect(
      (
        await a.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
          t: 'correct',
          version: String(version()),
          note: 'Sửa chú thích ảnh 2.',
        })
      ).status,
    ).toBe(303);
    const corrected = await t.get(`/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`);
    expect(corrected.text).toContain('Chú thích đã sửa');
    expect(corrected.text).toContain('Sửa chú thích ảnh 2.');

    // Audit trail.
    const actions = (
      await t.db.kysely
        .selectFrom('auditLog')
        .select('action')
        .where('targetType', '=', 'album')
        .where('targetId', '=', String(id))
        .execute()
    ).map((x) => x.action);
    for (const x of [
      'album.created',
      'album.photos_added',
      'album.photo_moved',
      'album.submit',
      'album.forward',
      'album.publish',
      'album.correct',
    ])
      expect(actions).toContain(x);

    // Withdrawal: the page is gone (410) and leaves the listings.
    page = await a.get(`/quan-tri/thu-vien-anh/${id}`);
    expect(
      (
        await a.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
          t: 'withdraw',
          version: String(version()),
        })
      ).status,
    ).toBe(400);
    await a.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
      t: 'withdraw',
      version: String(version()),
      note: 'Gỡ theo yêu cầu.',
    });
    expect((await t.get(`/thu-vien-anh/le-hoi-hoa-ban-2026-${id}`)).status).toBe(410);
    expect((await t.get(unit.href)).text).not.toContain(`le-hoi-hoa-ban-2026-${id}`);
  });

  it('refuses to publish an album whose photos lack alt text, and picks several library photos at once', async () => {
    const r = await reporter.login();
    await r.get('/quan-tri/thu-vien-anh/moi');
    const id = idIn(
      (await r.post('/quan-tri/thu-vien-anh/moi', { title: 'Album chưa đủ alt' })).location,
    );
    const library = await t.deps.media.list({ kind: 'image', page: 1, perPage: 48 });
    library.items = library.items.filter((m) => m.alt).slice(0, 3);
    await r.get(`/quan-tri/thu-vien-anh/${id}`);
    const picked = await r.post(`/quan-tri/thu-vien-anh/${id}/chon-anh`, {
      media: library.items.map((m) => String(m.id)),
    });
    expect(picked.status).toBe(303);
    let page = await r.get(`/quan-tri/thu-vien-anh/${id}`);
    const ids = itemIds(page.text);
    expect(ids).toHaveLength(3);
    // An empty alt is refused on the photo's form, with a message, and nothing is lost.
    const bad = await r.post(`/quan-tri/thu-vien-anh/${id}/anh/${ids[0]}`, {
      alt: '   ',
      caption: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Vui lòng nhập mô tả ảnh (alt)');
    // Blank the stored alt directly to stand for a library image that had none.
    await t.db.kysely.updateTable('albumItem').set({ alt: '' }).where('id', '=', ids[1]!).execute();
    page = await r.get(`/quan-tri/thu-vien-anh/${id}`);
    const v = () => /name="version" value="([0-9]+)"/.exec(page.text)?.[1] ?? '';
    await r.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, { t: 'submit', version: v() });
    const e = await editor.login();
    page = await e.get(`/quan-tri/thu-vien-anh/${id}`);
    await e.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, { t: 'forward', version: v() });
    const a = await approver.login();
    page = await a.get(`/quan-tri/thu-vien-anh/${id}`);
    const refused = await a.post(`/quan-tri/thu-vien-anh/${id}/chuyen`, {
      t: 'publish',
      version: v(),
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('1 ảnh chưa có mô tả ảnh (alt)');
    expect((await t.deps.albums.album(id)).status).toBe('approval');
  });

  it('keeps drafts private, refuses roles without album rights, and answers bad input without a 500', async () => {
    const r = await reporter.login();
    await r.get('/quan-tri/thu-vien-anh/moi');
    const id = idIn((await r.post('/quan-tri/thu-vien-anh/moi', { title: 'Nháp riêng' })).location);
    const other = await makeStaff(t, clock, 'phongvien2', 'reporter', ['tin-trong-tinh']);
    const o = await other.login();
    expect((await o.get(`/quan-tri/thu-vien-anh/${id}`)).status).toBe(403);
    expect((await o.get('/quan-tri/thu-vien-anh')).text).not.toContain('Nháp riêng');
    expect((await o.post(`/quan-tri/thu-vien-anh/${id}`, { title: 'Chiếm' })).status).toBe(403);
    const ad = await admin.login();
    expect((await ad.get('/quan-tri/thu-vien-anh')).status).toBe(403);
    expect((await ad.get('/quan-tri')).text).not.toContain('href="/quan-tri/thu-vien-anh"');

    await r.get(`/quan-tri/thu-vien-anh/${id}`);
    const cases: [string, Record<string, string | string[]>][] = [
      [`/quan-tri/thu-vien-anh/${id}`, { title: '' }],
      [`/quan-tri/thu-vien-anh/${id}`, { title: 'x'.repeat(5000) }],
      [`/quan-tri/thu-vien-anh/${id}`, { title: 'Ổn', takenOn: '45/13/2026' }],
      [`/quan-tri/thu-vien-anh/${id}`, { title: 'Ổn', unitCode: '99999' }],
      [`/quan-tri/thu-vien-anh/${id}`, { title: 'Ổn', unitCode: '<script>' }],
      [`/quan-tri/thu-vien-anh/${id}`, { title: 'Ổn', eventThreadId: '99999999999' }],
      [`/quan-tri/thu-vien-anh/${id}`, { title: 'Ổn', eventThreadId: '424242' }],
      [`/quan-tri/thu-vien-anh/${id}/chon-anh`, { media: [] }],
      [`/quan-tri/thu-vien-anh/${id}/chon-anh`, { media: ['abc', '1'] }],
      [`/quan-tri/thu-vien-anh/${id}/chon-anh`, { media: ['999999999'] }],
      [`/quan-tri/thu-vien-anh/${id}/chuyen`, { t: 'destroy', version: '1' }],
      [`/quan-tri/thu-vien-anh/${id}/chuyen`, { t: 'publish', version: '1' }],
      [`/quan-tri/thu-vien-anh/${id}/chuyen`, { t: 'submit', version: '-1' }],
      [`/quan-tri/thu-vien-anh/${id}/anh/999999999`, { alt: 'x' }],
      [`/quan-tri/thu-vien-anh/${id}/anh/99999999999999999999/len`, {}],
      [`/quan-tri/thu-vien-anh/${id}/anh/1/xoa`, {}],
      [`/quan-tri/thu-vien-anh/2147483648`, { title: 'x' }],
      [`/quan-tri/thu-vien-anh/${id}/tai-anh`, {}],
    ];
    for (const [path, body] of cases) {
      const res = await r.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body).slice(0, 80)}`).toBeGreaterThanOrEqual(
        300,
      );
      expect(res.status, path).toBeLessThan(500);
      expect(res.text).not.toContain('<script>');
    }
    // Nothing saved was lost.
    expect((await t.deps.albums.album(id)).title).toBe('Nháp riêng');
    for (const p of [
      '/thu-vien-anh/x-0',
      '/thu-vien-anh/x-99999999999',
      '/thu-vien-anh/%00',
      `/thu-vien-anh/nhap-rieng-${id}`,
    ])
      expect((await t.get(p)).status).toBe(404);
    expect((await t.get('/thu-vien-anh?trang=999')).status).toBe(404);
  });
});
