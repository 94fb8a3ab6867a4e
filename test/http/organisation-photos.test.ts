import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEDIA_DIR } from '../../src/seed/seed.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const BASE = '/quan-tri/co-cau-to-chuc';
const SYSTEM = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };

describe.each(dialects)('Portraits in Cơ cấu tổ chức on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-11-27T02:00:00Z'));
  let office: TestStaff;
  let person: number;
  let withAlt: number;
  let noAlt: number;

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    office = await makeStaff(t, clock, 'vanphong', 'editor');
    const image = async (file: string, alt: string) =>
      (
        await t.deps.media.importImage({
          data: await fs.readFile(path.join(DEMO_MEDIA_DIR, file)),
          originalName: file,
          alt,
          folder: 'can-bo',
        })
      ).id;
    withAlt = await image('ca-phe.jpg', 'Ảnh trong thư viện');
    noAlt = await image('canh-dong-muong-thanh.jpg', '');
    person = await t.deps.organisation.savePerson(SYSTEM, undefined, {
      fullName: 'Lò Văn Mẫu',
      responsibilities: '',
      phone: '',
      email: '',
    });
    await t.deps.organisation.addPost(SYSTEM, person, {
      title: 'Bí thư Tỉnh ủy',
      unitId: null,
      term: 'Khóa XV (2025–2030)',
      startsOn: '2025-10-01',
      endsOn: null,
      leadership: true,
      position: 0,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the office picks a library photo with its text; the public pages show it; it can be removed', async () => {
    const o = await office.login();
    const form = await o.get(`${BASE}/can-bo/${person}`);
    expect(form.text).toContain('Ảnh chân dung');
    expect(form.text).toContain(`name="mediaId" value="${withAlt}"`);

    const missing = await o.post(`${BASE}/can-bo/${person}/anh`, { mediaId: '999999', alt: '' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Hãy chọn một ảnh trong thư viện.');
    const blank = await o.post(`${BASE}/can-bo/${person}/anh`, {
      mediaId: String(noAlt),
      alt: ' ',
    });
    expect(blank.status).toBe(400);
    expect(blank.text).toContain('Vui lòng nhập mô tả ảnh');

    const saved = await o.post(`${BASE}/can-bo/${person}/anh`, {
      mediaId: String(noAlt),
      alt: 'Ảnh chân dung đồng chí Lò Văn Mẫu',
    });
    expect(saved.status).toBe(303);
    const page = (await t.get(`/co-cau-to-chuc/${person}`)).text;
    expect(page).toMatch(/<picture class="org-portrait org-portrait-large">/);
    expect(page).toContain('alt="Ảnh chân dung đồng chí Lò Văn Mẫu"');
    const list = (await t.get('/co-cau-to-chuc')).text;
    expect(list).toContain('<picture class="org-portrait">');
    expect(list).toContain('alt="Ảnh chân dung đồng chí Lò Văn Mẫu"');
    const audit = (await t.deps.audit.list({ action: 'organisation.photo_set', limit: 1 }))[0]!;
    expect(audit.summary).toBe('Lò Văn Mẫu');

    // An empty text takes the library's alt.
    await o.post(`${BASE}/can-bo/${person}/anh`, { mediaId: String(withAlt), alt: '' });
    expect((await t.get(`/co-cau-to-chuc/${person}`)).text).toContain('alt="Ảnh trong thư viện"');

    await o.get(`${BASE}/can-bo/${person}`);
    expect((await o.post(`${BASE}/can-bo/${person}/anh/xoa`, {})).status).toBe(303);
    expect((await t.get(`/co-cau-to-chuc/${person}`)).text).not.toContain('org-portrait');
    expect((await t.deps.organisation.person(person)).photoMediaId).toBeNull();
  });
});
