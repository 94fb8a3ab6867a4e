import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const search = (q: string): string => `/tim-kiem?${new URLSearchParams({ q }).toString()}`;
const resultTitles = (html: string): string[] =>
  [...html.matchAll(/<h3 class="search-result-title"><a href="[^"]+">(.*?)<\/a>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ''),
  );

describe.each(dialects)('search page corrections and suggestions on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('searches the correction of a misspelt query and says so', async () => {
    // Telex typed without an input method, and a slip of one letter.
    const res = await t.get(search('ddaof taoj cans booj hoij thaor'));
    expect(res.status).toBe(200);
    expect(res.text).toContain(
      'Không tìm thấy bài viết nào cho “ddaof taoj cans booj hoij thaor”.',
    );
    expect(res.text).toMatch(/Đang hiển thị kết quả cho “<strong>đào tạo[^<]*<\/strong>”/);
    expect(resultTitles(res.text)[0]).toContain('Hội thảo khoa học về công tác đào tạo');
  });

  it('offers the closest searches when known words match nothing, as links', async () => {
    const res = await t.get(search('truong chin tri'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Có phải bạn muốn tìm:');
    expect(res.text).toContain(`href="${search('trường chính trị')}"`);
  });

  it('says “Không tìm thấy” for scattered syllables only, and never fails on odd input', async () => {
    const res = await t.get(search('tao bo dao can thu tinh'));
    expect(res.status).toBe(200);
    for (const q of ['"', '*', '""*', 'a'.repeat(200), '\u0300\u0301', 'đ*', '%', '<script>']) {
      const r = await t.get(search(q));
      expect(r.status, q).toBe(200);
    }
  });

  it('suggests sections and article titles while typing, as JSON, the last word as a prefix', async () => {
    const res = await t.get(`/tim-kiem/goi-y?q=${encodeURIComponent('hoi thao dao tao c')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const { items } = JSON.parse(res.text) as {
      items: { kind: string; title: string; path: string; section: string }[];
    };
    expect(items[0]).toMatchObject({
      kind: 'bai-viet',
      title:
        'Hội thảo khoa học về công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên',
      section: 'Tin trong tỉnh',
    });
    expect(items[0]?.path).toMatch(/^\/tin-trong-tinh\/hoi-thao-khoa-hoc-/);
    const sections = JSON.parse((await t.get('/tim-kiem/goi-y?q=xay%20dung')).text) as {
      items: { kind: string; title: string; path: string }[];
    };
    expect(sections.items[0]).toMatchObject({
      kind: 'chuyen-muc',
      title: 'Xây dựng Đảng',
      path: '/xay-dung-dang',
    });
  });

  it('answers any input to the suggestions with JSON, never an error page', async () => {
    const tooLong = await t.get(`/tim-kiem/goi-y?q=${'a'.repeat(201)}`);
    expect(tooLong.status).toBe(400);
    expect(JSON.parse(tooLong.text)).toEqual({
      error: 'Từ khóa quá dài: tối đa 200 ký tự.',
      items: [],
    });
    for (const path of [
      '/tim-kiem/goi-y',
      '/tim-kiem/goi-y?q=',
      '/tim-kiem/goi-y?q=a',
      '/tim-kiem/goi-y?q=%E0%A4%A',
      '/tim-kiem/goi-y?q=%22',
      '/tim-kiem/goi-y?q=*',
      '/tim-kiem/goi-y?q=%22%22*',
      '/tim-kiem/goi-y?q=%CC%80%CC%81',
      '/tim-kiem/goi-y?q=a&q=b',
      '/tim-kiem/goi-y?q=%3Cscript%3E',
    ]) {
      const r = await t.get(path);
      expect(r.status, path).toBe(200);
      expect(Array.isArray((JSON.parse(r.text) as { items: unknown }).items), path).toBe(true);
    }
  });
});
