import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceArticle } from '../../src/seed/reference-article.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const REF_SLUG =
  'hoi-thao-khoa-hoc-ve-cong-tac-dao-tao-boi-duong-can-bo-o-truong-chinh-tri-tinh-dien-bien';

/** The result links of a results page, in order. */
function resultPaths(html: string): string[] {
  return [...html.matchAll(/<h3 class="search-result-title"><a href="([^"]+)">/g)].map(
    (m) => m[1] ?? '',
  );
}

const search = (params: Record<string, string>): string =>
  `/tim-kiem?${new URLSearchParams(params).toString()}`;

describe.each(dialects)('search pages on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('every page has a labelled search box in the header that submits to /tim-kiem', async () => {
    const res = await t.get('/');
    expect(res.text).toContain(
      '<form class="searchbox" role="search" action="/tim-kiem" method="get">',
    );
    expect(res.text).toContain(
      '<label for="tim-kiem-dau-trang" class="sr-only">Tìm kiếm bài viết trên trang</label>',
    );
    expect(res.text).toMatch(/<input id="tim-kiem-dau-trang" type="search" name="q"/);
  });

  it.each([
    'hoi thao dao tao can bo dien bien',
    'Hội thảo đào tạo cán bộ Điện Biên',
    'HỘI THẢO ĐÀO TẠO CÁN BỘ ĐIỆN BIÊN',
    'Hội thảo đào tạo cán bộ Điện Biên'.normalize('NFD'),
  ])('finds the reference article first for “%s”', async (q) => {
    const res = await t.get(search({ q }));
    expect(res.status).toBe(200);
    expect(resultPaths(res.text)[0]).toMatch(new RegExp(`^/tin-trong-tinh/${REF_SLUG}-\\d+$`));
    // Matched words are marked in their original spelling, the rest of the title kept.
    expect(res.text).toContain(
      '<mark>Hội</mark> <mark>thảo</mark> khoa học về công tác <mark>đào</mark> <mark>tạo</mark>, bồi dưỡng <mark>cán</mark> <mark>bộ</mark> ở Trường Chính trị tỉnh <mark>Điện</mark> <mark>Biên</mark>',
    );
    expect(res.text).toContain('<meta name="robots" content="noindex"/>');
  });

  it('shows the section, the date and a snippet for each result', async () => {
    const res = await t.get(search({ q: 'dai bieu tham du hoi thao khoa hoc' }));
    expect(res.text).toMatch(
      /<p class="search-result-meta"><a href="\/tin-trong-tinh">Tin trong tỉnh<\/a> · <time datetime="2023-03-09T08:03:54.000Z">09\/03\/2023<\/time><\/p>/,
    );
    expect(res.text).toMatch(
      /<p class="search-result-snippet">[^<]*(<mark>[^<]+<\/mark>[^<]*)+<\/p>/,
    );
    expect(res.text).toContain('Tìm thấy');
  });

  it('narrows by section and date and keeps the filters across pages', async () => {
    const all = await t.get(search({ q: 'dien bien' }));
    const total = Number(/Tìm thấy ([\d.]+) bài viết/.exec(all.text)?.[1]?.replace(/\./g, ''));
    expect(total).toBeGreaterThan(10);
    expect(all.text).toContain('href="/tim-kiem?q=dien+bien&amp;trang=2"');
    const page2 = await t.get(search({ q: 'dien bien', trang: '2' }));
    expect(resultPaths(page2.text)).not.toEqual(resultPaths(all.text));
    const inSection = await t.get(
      search({
        q: 'dien bien',
        'chuyen-muc': 'tin-trong-tinh',
        'tu-ngay': '09/03/2023',
        'den-ngay': '2023-03-09',
      }),
    );
    expect(resultPaths(inSection.text)).toHaveLength(1);
    expect(resultPaths(inSection.text)[0]).toContain(REF_SLUG);
    expect(inSection.text).toContain('trong chuyên mục Tin trong tỉnh');
    expect(inSection.text).toContain('<option value="tin-trong-tinh" selected="">');
  });

  it('has a helpful Vietnamese empty state, with a way out of the filters', async () => {
    const res = await t.get(search({ q: 'khong co bai nao nhu the nay', 'chuyen-muc': 'van-ban' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain(
      'Không tìm thấy bài viết nào phù hợp với “khong co bai nao nhu the nay” trong chuyên mục Văn bản.',
    );
    expect(res.text).toContain('Gõ có dấu hay không dấu đều được');
    expect(res.text).toContain('href="/tim-kiem?q=khong+co+bai+nao+nhu+the+nay"');
    const empty = await t.get('/tim-kiem');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('Nhập từ khóa để tìm');
  });

  it('explains bad filters in Vietnamese with a 400 and keeps what was typed', async () => {
    const res = await t.get(
      search({ q: 'dien bien', 'tu-ngay': '31/02/2023', 'den-ngay': '01/01/2020' }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain(
      'Ngày bắt đầu không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 09/03/2023.',
    );
    expect(res.text).toContain('value="31/02/2023"');
    expect(res.text).toContain('aria-invalid="true"');
    const order = await t.get(
      search({ q: 'dien bien', 'tu-ngay': '10/03/2023', 'den-ngay': '09/03/2023' }),
    );
    expect(order.status).toBe(400);
    expect(order.text).toContain('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.');
    const section = await t.get(search({ q: 'dien bien', 'chuyen-muc': 'khong-co-muc-nay' }));
    expect(section.status).toBe(400);
    expect(section.text).toContain('Chuyên mục không tồn tại.');
    expect(resultPaths(section.text)).toEqual([]);
  });

  it('escapes whatever is typed', async () => {
    const res = await t.get(search({ q: '<script>alert(1)</script> "dien' }));
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('serves an OpenSearch description linked from every page', async () => {
    const home = await t.get('/');
    expect(home.text).toContain('<link rel="search" type="application/opensearchdescription+xml"');
    const res = await t.get('/opensearch.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/opensearchdescription+xml');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(res.text) as {
      OpenSearchDescription: {
        '@_xmlns': string;
        ShortName: string;
        Url: { '@_type': string; '@_template': string }[];
      };
    };
    const d = doc.OpenSearchDescription;
    expect(d['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(d.ShortName.length).toBeLessThanOrEqual(16);
    expect(d.Url.find((u) => u['@_type'] === 'text/html')?.['@_template']).toBe(
      'https://dangbo.example.vn/tim-kiem?q={searchTerms}',
    );
  });

  it('finds the reference article by its title words through the service', async () => {
    const r = await t.deps.search.search({ q: referenceArticle.title, page: 1 });
    expect(r.results[0]?.path).toContain(REF_SLUG);
  });
});
