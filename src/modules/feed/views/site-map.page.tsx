import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import type { Page, SectionNode } from '../../site/site.ts';

function SectionItem(props: { s: SectionNode; pages: Map<number, Page[]> }) {
  const { s } = props;
  const pages = props.pages.get(s.id) ?? [];
  return (
    <li>
      <a href={pages[0] && s.kind === 'pages' ? `/${s.slug}/${pages[0].slug}` : `/${s.slug}`}>
        {s.name}
      </a>
      {s.kind === 'articles' && (
        <>
          {' '}
          <a class="feed-link" href={`/rss/${s.slug}`}>
            RSS<span class="sr-only"> chuyên mục {s.name}</span>
          </a>
        </>
      )}
      {(s.children.length > 0 || (s.kind === 'pages' && pages.length > 1)) && (
        <ul>
          {s.children.map((c) => (
            <SectionItem s={c} pages={props.pages} />
          ))}
          {s.kind === 'pages' &&
            pages.map((p) => (
              <li>
                <a href={`/${s.slug}/${p.slug}`}>{p.title}</a>
              </li>
            ))}
        </ul>
      )}
    </li>
  );
}

/** "Sơ đồ trang": every section, page and feed of the site, as nested lists. */
export function SiteMapPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  tree: SectionNode[];
  pages: Map<number, Page[]>;
}) {
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb trail={[{ label: 'Sơ đồ trang' }]} />
      <h1 class="page-title">Sơ đồ trang</h1>
      <nav class="sitemap-tree" aria-labelledby="sdt-muc">
        <h2 id="sdt-muc" class="section-title">
          <span>Chuyên mục</span>
        </h2>
        <ul>
          <li>
            <a href="/">Trang chủ</a>
          </li>
          {props.tree.map((s) => (
            <SectionItem s={s} pages={props.pages} />
          ))}
        </ul>
      </nav>
      <section aria-labelledby="sdt-khac">
        <h2 id="sdt-khac" class="section-title">
          <span>Tiện ích</span>
        </h2>
        <ul class="sitemap-tree">
          <li>
            <a href="/ban-do">Bản đồ hành chính tỉnh</a>
          </li>
          <li>
            <a href="/tim-kiem">Tìm kiếm bài viết</a>
          </li>
          <li>
            <a href="/gop-y">Liên hệ – góp ý, gửi câu hỏi</a>
          </li>
          <li>
            <a href="/hoi-dap">Hỏi đáp</a>
          </li>
          <li>
            <a href="/van-ban">Văn bản</a>
          </li>
          <li>
            <a href="/lay-y-kien">Lấy ý kiến dự thảo</a>
          </li>
          <li>
            <a href="/lich-cong-tac">Lịch công tác</a>
          </li>
          <li>
            <a href="/co-cau-to-chuc">Cơ cấu tổ chức</a>
          </li>
          <li>
            <a href="/thu-vien-anh">Thư viện ảnh</a>
          </li>
          <li>
            <a href="/video">Video</a>
          </li>
          <li>
            <a href="/chuyen-de">Chuyên đề</a>
          </li>
          <li>
            <a href="/rss">Tin mới nhất toàn trang (RSS)</a>
          </li>
          <li>
            <a href="/sitemap.xml">Sơ đồ trang cho máy tìm kiếm (XML)</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
