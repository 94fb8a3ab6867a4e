import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { clientAddressOf } from '../../http/client-address.ts';
import { isRealView } from '../../http/request.ts';
import { Gone, NotFound } from '../../http/errors.ts';
import { siteOf } from '../../http/site.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { rssXml, urlsetXml } from '../feed/feed.xml.ts';
import { documentPath, formalLine, type DocumentRecord } from './document.ts';
import { PAGE_SIZE, readerKey, type DocumentService, type ListQuery } from './document.service.ts';
import { FILE_KINDS } from './document.ts';
import { say } from './document.messages.ts';
import { DocumentDetailView, DocumentListView, filePath } from './views/document.public.tsx';

/** What the public registry uses. */
export interface DocumentSiteRouteDeps {
  documents: DocumentService;
  shell: Shell;
  clock: () => Date;
  /** The comment page of a draft (Lấy ý kiến dự thảo), when it has one. */
  consultationLink?: (
    documentId: number,
  ) => Promise<{ path: string; opensAt: Date; closesAt: Date } | undefined>;
}

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const QUERY_KEYS = [
  'q',
  'loai',
  'co-quan',
  'linh-vuc',
  'nguoi-ky',
  'nam',
  'tu-ngay',
  'den-ngay',
  'hieu-luc',
  'trang',
] as const;

/**
 * Document files may be framed by this site's own pages (the detail page shows the PDF in the
 * browser's own viewer): for these routes only, frame-ancestors 'self' instead of 'none'. Runs
 * outside secureHeaders, so it has the last word on these two headers.
 */
export function documentFileFraming(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const csp = c.res.headers.get('Content-Security-Policy');
    if (
      csp &&
      c.res.status === 200 &&
      c.res.headers.get('Content-Disposition')?.startsWith('inline')
    ) {
      c.res.headers.set(
        'Content-Security-Policy',
        csp.replace(/frame-ancestors 'none'/, "frame-ancestors 'self'"),
      );
      c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
    }
  };
}

/** schema.org data of a document (Legislation validates for both Party and state documents). */
function jsonLdOf(d: DocumentRecord, base: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${d.typeName} số ${d.number}`,
    legislationIdentifier: d.number,
    legislationType: d.typeName,
    abstract: d.summary,
    legislationDate: d.issuedOn,
    ...(d.effectiveOn ? { legislationDateVersion: d.effectiveOn } : {}),
    legislationPassedBy: { '@type': 'Organization', name: d.issuerName },
    inLanguage: 'vi',
    url: `${base}${documentPath(d)}`,
  };
}

/** /van-ban (list with filters), /van-ban/<slug>-<id>, files, /rss/van-ban, the sitemap part. */
export function documentSiteRoutes(deps: DocumentSiteRouteDeps) {
  const app = new Hono();
  const docs = deps.documents;

  const queryOf = (c: Context): { q: ListQuery; qs: string } => {
    const q: ListQuery = {};
    const parts: string[] = [];
    for (const k of QUERY_KEYS) {
      const v = c.req.query(k);
      if (typeof v === 'string' && v !== '') {
        q[k] = v.slice(0, 200);
        parts.push(`${k}=${encodeURIComponent(q[k])}`);
      }
    }
    return { q, qs: parts.join('&') };
  };

  app.get('/van-ban', async (c) => {
    const { q, qs } = queryOf(c);
    const r = await docs.publicList(q);
    const pageCount = Math.max(1, Math.ceil(r.total / PAGE_SIZE));
    return renderPage(c, deps, (chrome) => (
      <DocumentListView
        chrome={chrome}
        base={siteOf(c).base}
        q={q}
        lists={r.lists}
        items={r.items}
        total={r.total}
        page={r.page}
        pageCount={pageCount}
        queryString={qs}
      />
    ));
  });

  // A document's page; any other path under /van-ban is the "Văn bản" section's article.
  app.get('/van-ban/:segment{[a-z0-9-]*-[0-9]{1,9}}', async (c, next) => {
    const m = /^(.*)-(\d+)$/.exec(c.req.param('segment'))!;
    const d = await docs.publicDocument(Number(m[2]));
    if (!d || d.slug !== m[1]) {
      // A document not (or no longer) public: not found here, never another page.
      if (await docs.isDocumentPath(Number(m[2]), m[1]!))
        throw new NotFound(say('document.not_found'));
      return next();
    }
    if (d.status === 'withdrawn') throw new Gone(say('document.withdrawn'));
    const [files, relations, fieldIds, lists, consultation] = await Promise.all([
      docs.files(d.id),
      docs.relations(d.id),
      docs.fieldIdsOf(d.id),
      docs.lists(),
      d.effect === 'draft' && d.status === 'published' ? deps.consultationLink?.(d.id) : undefined,
    ]);
    const related = await docs.related(d, fieldIds);
    const fieldNames = lists.fields.filter((f) => fieldIds.includes(f.id)).map((f) => f.name);
    const base = siteOf(c).base;
    return renderPage(c, deps, (chrome) => (
      <DocumentDetailView
        chrome={chrome}
        base={base}
        d={d}
        files={files}
        relations={relations}
        fieldNames={fieldNames}
        related={related}
        jsonLd={jsonLdOf(d, base)}
        consultation={consultation}
      />
    ));
  });

  // The record page's view counter: a pixel, so a page served from the page cache still counts;
  // once per reader (a keyed hash of address and browser, as for downloads), never a prefetch.
  app.get('/van-ban/:id{[0-9]{1,9}}/xem.gif', async (c) => {
    if (isRealView(c)) {
      await docs.countView(
        Number(c.req.param('id')),
        readerKey(clientAddressOf(c), c.req.header('user-agent') ?? ''),
      );
    }
    c.header('Content-Type', 'image/gif');
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(PIXEL));
  });

  // A file, byte-identical; inline for a PDF (the browser's viewer), else as an attachment.
  app.get('/van-ban/:id{[0-9]{1,9}}/tep/:n{[0-9]{1,3}}/:name{[^/]+}', async (c) => {
    const r = await docs.publicFile(Number(c.req.param('id')), Number(c.req.param('n')));
    if (!r) throw new NotFound(say('document.file_not_found'));
    const { file, data } = r;
    const download = c.req.query('tai-ve') !== undefined || file.kind !== 'pdf';
    if (download && c.req.method === 'GET') {
      await docs.countDownload(
        file.id,
        readerKey(clientAddressOf(c), c.req.header('user-agent') ?? ''),
      );
    }
    const ascii = `van-ban-${r.document.id}-${file.n}.${file.kind}`;
    c.header('Content-Type', FILE_KINDS[file.kind]);
    c.header(
      'Content-Disposition',
      `${download ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-cache');
    c.header('ETag', `"${file.sha256}"`);
    c.header('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    return c.body(new Uint8Array(data));
  });

  app.get('/rss/van-ban', async (c) => {
    const base = siteOf(c).base;
    const items = await docs.latest(30);
    c.header('Content-Type', 'application/rss+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(
      rssXml({
        title: 'Văn bản mới',
        link: `${base}/van-ban`,
        description: 'Văn bản mới đăng',
        self: `${base}/rss/van-ban`,
        now: deps.clock(),
        items: items.map((d) => ({
          title: `${d.typeName} số ${d.number}`,
          link: `${base}${documentPath(d)}`,
          guid: `${base}/van-ban/${d.id}`,
          description: `${formalLine(d.issuerPlace, d.issuedOn)}. ${d.summary}`,
          publishedAt: new Date(d.publishedAt ?? d.createdAt),
          category: d.typeName,
          creator: d.issuerName,
        })),
      }),
    );
  });

  app.get('/sitemaps/van-ban.xml', async (c) => {
    const base = siteOf(c).base;
    const items = await docs.latest(5000);
    c.header('Content-Type', 'application/xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(
      urlsetXml([
        { loc: `${base}/van-ban` },
        ...items.map((d) => ({ loc: `${base}${documentPath(d)}`, lastmod: new Date(d.updatedAt) })),
      ]),
    );
  });

  return app;
}

export { filePath };
