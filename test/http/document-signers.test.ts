import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from '../../src/db/site-scope.ts';
import { organisationRepository } from '../../src/modules/organisation/organisation.repository.ts';
import { enterDocument, type DocAgent } from '../support/document-fixtures.ts';
import { addSite } from '../support/sites.ts';
import { makeStaff, manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const ORG = '/quan-tri/co-cau-to-chuc';

/** The text of the "Người ký" row of a document page. */
const signerRow = (html: string) =>
  /<th scope="row">Người ký<\/th>\s*<td>([\s\S]*?)<\/td>/
    .exec(html)?.[1]
    ?.replace(/<[^>]*>/g, '')
    .trim();

describe.each(dialects)('Văn bản: signers from Cơ cấu tổ chức on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-01-20T02:00:00Z'));
  let a: DocAgent;
  let person: number;
  const ids: Record<string, number> = {};
  const path = async (id: number) => {
    const d = await t.deps.documents.find(id);
    return `/van-ban/${d!.slug}-${d!.id}`;
  };

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now, seed: false });
    a = await (await makeStaff(t, clock, 'vanphong', 'approver')).login();
    // The leader of the term: Phó Bí thư from 15/10/2020, still held.
    await a.get(`${ORG}/can-bo/moi`);
    const made = await a.post(`${ORG}/can-bo/moi`, {
      fullName: 'Nguyễn Văn Mẫu',
      responsibilities: '',
      phone: '',
      email: '',
    });
    expect(made.status).toBe(303);
    person = Number(/can-bo\/(\d+)/.exec(made.location!)![1]);
    await a.get(made.location!);
    const post = await a.post(`${ORG}/can-bo/${person}/chuc-vu`, {
      title: 'Phó Bí thư Tỉnh ủy',
      unitId: '',
      term: 'Khóa XV (2025–2030)',
      startsOn: '15/10/2020',
      endsOn: '',
      position: '1',
    });
    expect(post.status).toBe(303);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('offers the directory in the form and stores the person, not a typed name', async () => {
    const form = await a.get('/quan-tri/van-ban/moi');
    expect(form.text).toContain('name="signerPersonId"');
    expect(form.text).toMatch(new RegExp(`<option value="${person}"[^>]*>Nguyễn Văn Mẫu</option>`));
    ids.before = await enterDocument(t, a, {
      number: '12-NQ/TU',
      type: 'Nghị quyết',
      issuer: 'Tỉnh ủy',
      summary: 'Về phát triển kinh tế cửa khẩu',
      pdf: ['NGHI QUYET cua khau'],
      issuedOn: '10/03/2025',
      publish: true,
      extra: { signerPersonId: String(person), signerTitle: '', signerName: '' },
    });
    const d = await t.deps.documents.find(ids.before);
    expect(d).toMatchObject({ signerPersonId: person, signerName: 'Nguyễn Văn Mẫu' });
  });

  it('shows the title held on the day of issue after the post changes mid-term', async () => {
    // Mid-term: the old post ends on 30/06/2025, the new one starts on 01/07/2025.
    const old = (await t.deps.organisation.personPage(person)).posts[0]!;
    await a.get(`${ORG}/chuc-vu/${old.id}`);
    const ended = await a.post(`${ORG}/chuc-vu/${old.id}`, {
      title: 'Phó Bí thư Tỉnh ủy',
      unitId: '',
      term: 'Khóa XV (2025–2030)',
      startsOn: '15/10/2020',
      endsOn: '30/06/2025',
      position: '1',
    });
    expect(ended.status).toBe(303);
    await a.get(`${ORG}/can-bo/${person}`);
    const next = await a.post(`${ORG}/can-bo/${person}/chuc-vu`, {
      title: 'Bí thư Tỉnh ủy',
      unitId: '',
      term: 'Khóa XV (2025–2030)',
      startsOn: '01/07/2025',
      endsOn: '',
      position: '1',
    });
    expect(next.status).toBe(303);
    ids.after = await enterDocument(t, a, {
      number: '20-CT/TU',
      type: 'Chỉ thị',
      issuer: 'Tỉnh ủy',
      summary: 'Về tăng cường công tác phòng cháy rừng',
      pdf: ['CHI THI phong chay rung'],
      issuedOn: '15/08/2025',
      publish: true,
      extra: { signerPersonId: String(person), signerTitle: '', signerName: '' },
    });
    // A legacy record of the same signer, typed by hand (imported documents stay free text).
    ids.legacy = await enterDocument(t, a, {
      number: '05-KL/TU',
      type: 'Kết luận',
      issuer: 'Tỉnh ủy',
      summary: 'Kết luận của Ban Thường vụ về công tác cán bộ',
      pdf: ['KET LUAN cong tac can bo'],
      issuedOn: '02/02/2019',
      signer: ['TM', 'Ủy viên Ban Thường vụ', 'Nguyễn Văn Mẫu'],
      publish: true,
    });

    const before = await a.get(await path(ids.before!));
    expect(signerRow(before.text)).toBe('T/M Phó Bí thư Tỉnh ủy Nguyễn Văn Mẫu');
    const after = await a.get(await path(ids.after));
    expect(signerRow(after.text)).toBe('T/M Bí thư Tỉnh ủy Nguyễn Văn Mẫu');
    const legacy = await a.get(await path(ids.legacy));
    expect(signerRow(legacy.text)).toBe('T/M Ủy viên Ban Thường vụ Nguyễn Văn Mẫu');

    // The list shows each title as held that day.
    const list = await a.get('/van-ban');
    const row = (n: string) =>
      new RegExp(`${n.replace(/\//g, '\\/')}[\\s\\S]*?<td class="doc-signer">([\\s\\S]*?)</td>`)
        .exec(list.text)![1]!
        .replace(/<br\/?>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expect(row('12-NQ/TU')).toBe('Phó Bí thư Tỉnh ủy Nguyễn Văn Mẫu');
    expect(row('20-CT/TU')).toBe('Bí thư Tỉnh ủy Nguyễn Văn Mẫu');

    // "Cùng người ký": the other directory document and the legacy one of the same name.
    const related = (before.text.split('id="h-cung-nguoi-ky"')[1] ?? '').split('</section>')[0]!;
    expect(related).toContain('20-CT/TU');
    expect(related).toContain('05-KL/TU');
    expect(related).not.toContain('12-NQ/TU');
    // The search finds a document by the title its signer held then, not a later one.
    const found = (await t.deps.documents.search('Phó Bí thư')).map((d) => d.id);
    expect(found).toContain(ids.before);
    expect(found).not.toContain(ids.after);
  });

  it('filters by signer, and keeps finding a directory signer renamed in the directory', async () => {
    const count = async (q: string) =>
      Number(/(\d+) văn bản\./.exec((await a.get(`/van-ban?nguoi-ky=${q}`)).text)![1]);
    expect(await count(encodeURIComponent('Nguyễn Văn Mẫu'))).toBe(3);
    expect(await count('nguyen%20van%20mau')).toBe(3);
    expect(await count(encodeURIComponent('Trần Thị Khác'))).toBe(0);
    await a.get(`${ORG}/can-bo/${person}`);
    const renamed = await a.post(`${ORG}/can-bo/${person}`, {
      fullName: 'Nguyễn Văn Mẫu Mới',
      responsibilities: '',
      phone: '',
      email: '',
    });
    expect(renamed.status).toBe(303);
    // The two directory documents follow the new name; the typed one keeps its own.
    expect(await count(encodeURIComponent('Nguyễn Văn Mẫu Mới'))).toBe(2);
    expect(signerRow((await a.get(await path(ids.before!))).text)).toBe(
      'T/M Phó Bí thư Tỉnh ủy Nguyễn Văn Mẫu Mới',
    );
  });

  it("refuses a signer not in this site's directory with a Vietnamese message, saving nothing", async () => {
    const other = await addSite(t.db, { slug: 'xa-khac', name: 'Xã Khác' });
    const stranger = await withSite(other.id, () =>
      organisationRepository(t.db).insertPerson(
        { fullName: 'Người Trang Khác', responsibilities: '', phone: '', email: '' },
        clock.now(),
      ),
    );
    const before = (await t.deps.documents.adminList(1)).total;
    const lists = await t.deps.documents.ensureLists();
    for (const bad of [String(stranger), '999999', 'abc', '-1', "1' OR 1=1"]) {
      await a.get('/quan-tri/van-ban/moi');
      const r = await a.post('/quan-tri/van-ban/moi', {
        number: '30-TB/TU',
        typeId: String(lists.types[0]!.id),
        issuerId: String(lists.issuers[0]!.id),
        issuedOn: '05/01/2026',
        summary: 'Thông báo thử',
        effect: 'in-force',
        scope: 'public',
        signerAuthority: '',
        signerPersonId: bad,
      });
      expect(r.status, bad).toBe(400);
      expect(r.text).toContain('Người ký đã chọn không có trong Cơ cấu tổ chức của trang này.');
      expect(r.text).toContain('value="30-TB/TU"');
    }
    expect((await t.deps.documents.adminList(1)).total).toBe(before);
  });

  it('falls back to the typed title on a day the directory has no post, and says so to the clerk', async () => {
    const form = await a.get(`/quan-tri/van-ban/${ids.before}`);
    expect(form.text).toContain(
      'Chức vụ vào ngày ban hành theo Cơ cấu tổ chức: <strong>Phó Bí thư Tỉnh ủy</strong>',
    );
    const early = await enterDocument(t, a, {
      number: '02-TB/TU',
      type: 'Thông báo',
      issuer: 'Tỉnh ủy',
      summary: 'Thông báo trước nhiệm kỳ',
      pdf: ['THONG BAO'],
      issuedOn: '01/01/2019',
      publish: true,
      extra: { signerPersonId: String(person), signerTitle: 'Ủy viên Ban Thường vụ' },
    });
    expect(signerRow((await a.get(await path(early))).text)).toBe(
      'T/M Ủy viên Ban Thường vụ Nguyễn Văn Mẫu Mới',
    );
    expect((await a.get(`/quan-tri/van-ban/${early}`)).text).toContain(
      '<strong>chưa có chức vụ nào vào ngày này</strong>',
    );
  });

  it('refuses to delete a person who signs a document, in Vietnamese', async () => {
    await a.get(`${ORG}/can-bo/${person}`);
    const r = await a.post(`${ORG}/can-bo/${person}/xoa`, {});
    expect(r.status).toBe(400);
    expect(r.text).toContain('Không xóa được: cán bộ này là người ký của văn bản');
    expect((await t.deps.organisation.people()).some((p) => p.id === person)).toBe(true);
    // A person who signs nothing can still be deleted.
    await a.get(`${ORG}/can-bo/moi`);
    const made = await a.post(`${ORG}/can-bo/moi`, {
      fullName: 'Cán Bộ Tạm',
      responsibilities: '',
      phone: '',
      email: '',
    });
    const temp = Number(/can-bo\/(\d+)/.exec(made.location!)![1]);
    await a.get(made.location!);
    expect((await a.post(`${ORG}/can-bo/${temp}/xoa`, {})).status).toBe(303);
  });
});
