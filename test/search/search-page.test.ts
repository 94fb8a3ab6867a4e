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
});
