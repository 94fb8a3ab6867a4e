import fs from 'node:fs';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { PUBLIC_DIR } from './http/assets.ts';
import { clientAddressMiddleware } from './http/client-address.ts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  AppError,
  errorJson,
  HTTP_MESSAGES,
  isMalformedInput,
  MALFORMED_MESSAGE,
} from './http/errors.ts';
import { isDatabaseUnavailable, ping } from './db/faults.ts';
import { installVietnameseMessages } from './lib/zod-messages.ts';
import { formNulGuard, inputGuard } from './http/input-guard.ts';
import { requireStaff } from './http/admin-guard.ts';
import { loggedPath, requestId } from './http/request-id.ts';
import { requireCan } from './modules/account/account.guard.ts';
import { canSomewhere } from './modules/account/account.policy.ts';
import { isSystemAdmin } from './modules/account/account.ts';
import { HealthPanel } from './modules/health/views/health.panel.tsx';
import { MyWorkPanel } from './modules/newsroom/views/my-work.panel.tsx';
import { currentSiteId, DEFAULT_SITE_ID } from './db/site-scope.ts';
import { siteOf } from './http/site.ts';
import { reportAdminRoutes } from './modules/report/report.admin-routes.tsx';
import { serveAsset } from './modules/cache/cache.assets.ts';
import { pageCacheMiddleware } from './modules/cache/cache.middleware.ts';
import { statsAdminRoutes } from './modules/stats/stats.admin-routes.tsx';
import type { AppEnv } from './http/env.ts';
import { renderAdmin } from './shell/render-admin.tsx';
import { renderPage } from './shell/render.ts';
import { Notice } from './views/form.tsx';
import { AdminLayout } from './shell/admin-layout.tsx';
import { accountAdminRoutes } from './modules/account/account.admin-routes.tsx';
import { auditAdminRoutes } from './modules/audit/audit.admin-routes.tsx';
import { authAdminRoutes } from './modules/auth/auth.admin-routes.tsx';
import { staffGuard } from './modules/auth/auth.middleware.tsx';
import { newsroomAdminRoutes } from './modules/newsroom/newsroom.admin-routes.tsx';
import { newsroomSiteRoutes } from './modules/newsroom/newsroom.site-routes.tsx';
import { articleSiteRoutes } from './modules/article/article.site-routes.tsx';
import { bannerAdminRoutes } from './modules/banner/banner.admin-routes.tsx';
import { documentAdminRoutes } from './modules/document/document.admin-routes.tsx';
import {
  documentFileFraming,
  documentSiteRoutes,
} from './modules/document/document.site-routes.tsx';
import { mapAdminRoutes } from './modules/map/map.admin-routes.tsx';
import { menuAdminRoutes } from './modules/site/menu.admin-routes.tsx';
import { siteAdminRoutes } from './modules/site/site.admin-routes.tsx';
import { weblinkAdminRoutes } from './modules/weblink/weblink.admin-routes.tsx';
import { weblinkSiteRoutes } from './modules/weblink/weblink.site-routes.ts';
import { mapSiteRoutes } from './modules/map/map.site-routes.tsx';
import { syndicationAdminRoutes } from './modules/syndication/syndication.admin-routes.tsx';
import { pageAdminRoutes } from './modules/site/page.admin-routes.tsx';
import { feedSiteRoutes } from './modules/feed/feed.site-routes.tsx';
import { mediaSiteRoutes } from './modules/media/media.site-routes.ts';
import { mediaAdminRoutes } from './modules/media/media.admin-routes.tsx';
import { mediaApiRoutes } from './modules/media/media.api-routes.ts';
import { mediaBodyLimit } from './modules/media/media.http.ts';
import { searchSiteRoutes } from './modules/search/search.site-routes.tsx';
import { siteSiteRoutes } from './modules/site/site.site-routes.tsx';
import { statsSiteRoutes } from './modules/stats/stats.site-routes.ts';
import type { AppDeps } from './services.ts';
import {
  prefixMiddleware,
  siteMiddleware,
  sitePath,
} from './modules/platform/platform.middleware.ts';
import { ErrorPage } from './shell/error.page.tsx';
import { metricsRoutes } from './modules/metrics/metrics.routes.ts';
import { sitesAdminRoutes } from './modules/platform/sites.admin-routes.tsx';
import { importAdminRoutes } from './modules/import/import.admin-routes.tsx';
import { sitesDashboardPanel } from './modules/platform/sites.dashboard.tsx';
import { organisationAdminRoutes } from './modules/organisation/organisation.admin-routes.tsx';
import { organisationSiteRoutes } from './modules/organisation/organisation.site-routes.tsx';
import { scheduleAdminRoutes } from './modules/schedule/schedule.admin-routes.tsx';
import { scheduleSiteRoutes } from './modules/schedule/schedule.site-routes.tsx';
import { MAX_FILE_BYTES } from './modules/schedule/schedule.service.ts';
import { say as sayStats } from './modules/stats/stats.messages.ts';
import { consultationAdminRoutes } from './modules/consultation/consultation.admin-routes.tsx';
import { consultationSiteRoutes } from './modules/consultation/consultation.site-routes.tsx';
import { pollAdminRoutes } from './modules/poll/poll.admin-routes.tsx';
import { pollSiteRoutes } from './modules/poll/poll.site-routes.tsx';
import { participationAdminRoutes } from './modules/participation/participation.admin-routes.tsx';
import { participationSiteRoutes } from './modules/participation/participation.site-routes.tsx';
import { albumAdminRoutes, albumBodyLimit } from './modules/album/album.admin-routes.tsx';
import { albumSiteRoutes } from './modules/album/album.site-routes.tsx';
import { hubAdminRoutes, hubBodyLimit } from './modules/hub/hub.admin-routes.tsx';
import { hubSiteRoutes } from './modules/hub/hub.site-routes.tsx';
import { videoAdminRoutes, videoBodyLimit } from './modules/video/video.admin-routes.tsx';
import { videoEmbedFraming, videoSiteRoutes } from './modules/video/video.site-routes.tsx';
import { StorageError } from './storage/storage.ts';

const FALLBACK_500 =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đã xảy ra lỗi</title><h1>Đã xảy ra lỗi</h1><p>Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.</p>';

/**
 * The page when the database is unavailable (down, unreachable, too slow): no database is
 * needed to send it, and the reader is told to come back rather than that something broke.
 */
const UNAVAILABLE_503 =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Hệ thống đang tạm gián đoạn</title><h1>Hệ thống đang tạm gián đoạn</h1><p>Trang thông tin tạm thời chưa truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút; các trang đã xem gần đây vẫn đọc được.</p><p><a href="/">Về trang chủ</a></p>';

/** Builds the web application: global middleware, each module's routes, errors in Vietnamese. */
export function createApp(deps: AppDeps, opts: { ready?: () => boolean } = {}) {
  installVietnameseMessages();
  // Routing happens inside the request's site: a path prefix (/xa/muong-nhe) is taken off first.
  const app = new Hono<AppEnv>({ getPath: sitePath(deps) });
  const ready = opts.ready ?? (() => true);
  const favicon = fs.readFileSync(path.join(PUBLIC_DIR, 'favicon.svg'));

  // First the request id (every answer carries it, cached ones too, without the cache keeping it);
  // then a cached page skips the rest; a fresh one is taken with every header set below.
  app.use(requestId(deps.log));
  // Prometheus metrics: before the site is resolved (a scraper may use any host name).
  app.route('/', metricsRoutes(deps));
  // The site of the request (host or path prefix); an unknown host stops here with a 404.
  app.use(siteMiddleware(deps));
  // The client's address is decided once, honouring TRUST_PROXY (audit, rate limits, counting).
  app.use(clientAddressMiddleware(deps.config.trustProxy));
  // Then: a cached page skips the rest; a fresh one is taken with every header set below.
  app.use(pageCacheMiddleware(deps));
  // A site reached by a path prefix: its pages' links and redirects go under the prefix.
  app.use(prefixMiddleware());
  // WordPress's old `/?p=N` and `/?page_id=N` name the home page's path: answered before it.
  app.use(async (c, next) => {
    const q = c.req.query();
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && ('p' in q || 'page_id' in q)) {
      const moved = await oldAddress(c);
      if (moved) return c.redirect(moved, 301);
    }
    return next();
  });
  // Văn bản files may show inside this site's own document page (the browser's PDF viewer).
  app.use('/van-ban/:id/tep/*', documentFileFraming());
  // A video page with an external source may frame that host's player after the click (#22).
  app.use('/video/*', videoEmbedFraming());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      strictTransportSecurity: deps.config.baseUrl.startsWith('https:')
        ? 'max-age=31536000; includeSubDomains'
        : false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: 'same-origin',
      // Obsolete, left out of every answer (a cached hit's cost is partly its headers): the XSS
      // auditor they configured is gone from browsers (CSP covers it), and X-Download-Options
      // only ever meant something to Internet Explorer 8.
      xXssProtection: false,
      xDownloadOptions: false,
    }),
  );
  // Paths and query values no handler could serve (NUL bytes, ids beyond 32 bits) stop here.
  app.use(inputGuard());

  app.get('/healthz', (c) => (ready() ? c.text('ok') : c.text('starting', 503)));
  app.get('/readyz', async (c) => {
    if (!ready()) return c.text('starting', 503);
    // The database must answer now (a cached setting would hide an outage from the balancer).
    if (!(await ping(deps.db, 2000))) return c.text('database unavailable', 503);
    return c.text('ready');
  });
  app.get('/static/:file', (c) => serveAsset(c, deps.assets.files.get(c.req.param('file'))));
  const serveFavicon = (c: Context) => {
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(new Uint8Array(favicon));
  };
  app.get('/favicon.svg', serveFavicon);
  app.get('/favicon.ico', serveFavicon);

  /**
   * The dashboard's first block: "Việc của tôi" for the newsroom's roles, the install's health
   * for administrators (who manage people and settings, never content).
   */
  const workPanel = async (c: Context<AppEnv>) => {
    const { account } = requireStaff(c);
    if (account.role === 'admin')
      return (
        <HealthPanel report={await deps.health.report()} installWide={isSystemAdmin(account)} />
      );
    if (!canSomewhere(account, 'article.create')) return null;
    return <MyWorkPanel work={await deps.newsroom.myWork(account)} now={deps.clock()} />;
  };

  // The back office: every route behind the staff guard (session, CSRF, second factor).
  const admin = new Hono<AppEnv>();
  admin.use(mediaBodyLimit(deps));
  admin.use(albumBodyLimit(deps));
  admin.use(hubBodyLimit());
  admin.use(videoBodyLimit());
  // Uploads (logo, favicon, banners) are capped before anything reads the body.
  admin.use(
    '/cai-dat/*',
    bodyLimit({
      maxSize: 4 * 1024 * 1024,
      onError: (c) => c.text('Tệp gửi lên quá lớn (tối đa 4 MB).', 413),
    }),
  );
  // The signed weekly schedule (PDF): capped before the guard reads the body.
  admin.use(
    '/lich-cong-tac/tep',
    bodyLimit({
      maxSize: MAX_FILE_BYTES + 64 * 1024,
      onError: (c) => c.text('Tệp gửi lên quá lớn (tối đa 10 MB).', 413),
    }),
  );
  // Văn bản files (several, 30 MB each) are capped before anything reads the body.
  admin.use(
    '/van-ban/*',
    bodyLimit({
      maxSize: 64 * 1024 * 1024,
      onError: (c) => c.text('Tệp gửi lên quá lớn (tối đa 30 MB mỗi tệp).', 413),
    }),
  );
  admin.use(staffGuard(deps));
  admin.use(formNulGuard());
  admin.route('/', authAdminRoutes(deps));
  admin.route(
    '/',
    accountAdminRoutes({
      ...deps,
      // The dashboard's extra blocks: the last backup and the member sites (system admins).
      dashboardPanels: async (c) => (
        <>
          {await workPanel(c)}
          {await deps.dashboardPanels(requireStaff(c).account)}
          {await sitesDashboardPanel(c, deps.sites)}
        </>
      ),
    }),
  );
  admin.route('/', auditAdminRoutes(deps));
  admin.route('/', newsroomAdminRoutes(deps));
  admin.route('/', reportAdminRoutes(deps));
  admin.use('/thong-ke/*', async (c, next) => {
    requireCan(c as Context<AppEnv>, 'stats.view', {
      message: sayStats('stats.forbidden'),
    });
    await next();
  });
  admin.route(
    '/thong-ke',
    statsAdminRoutes(deps, {
      basePath: '/quan-tri/thong-ke',
      // The province's system admin may see every site's figures together ("Toàn hệ thống").
      mayRollUp: (c) =>
        currentSiteId() === DEFAULT_SITE_ID &&
        (c as Context<AppEnv>).get('staff')?.account.role === 'admin',
      render: (c, title, body) =>
        renderAdmin(c as Context<AppEnv>, deps, (chrome) => (
          <AdminLayout chrome={chrome} title={title}>
            {body}
          </AdminLayout>
        )),
    }),
  );
  admin.route('/', mediaAdminRoutes(deps));
  admin.route('/', mediaApiRoutes(deps));
  admin.route('/', siteAdminRoutes(deps));
  admin.route('/', menuAdminRoutes(deps));
  admin.route('/', weblinkAdminRoutes(deps));
  admin.route('/', bannerAdminRoutes(deps));
  admin.route('/', documentAdminRoutes(deps));
  admin.route('/', mapAdminRoutes(deps));
  admin.route('/', syndicationAdminRoutes(deps));
  admin.route('/', pageAdminRoutes(deps));
  admin.route('/', sitesAdminRoutes(deps));
  admin.route('/', participationAdminRoutes(deps));
  admin.route('/', consultationAdminRoutes(deps));
  admin.route('/', pollAdminRoutes(deps));
  admin.route('/', organisationAdminRoutes(deps));
  admin.route('/', scheduleAdminRoutes(deps));
  admin.route('/', albumAdminRoutes(deps));
  admin.route('/', hubAdminRoutes(deps));
  admin.route('/', videoAdminRoutes(deps));
  admin.route('/', importAdminRoutes(deps));
  app.route('/quan-tri', admin);

  app.route('/', statsSiteRoutes(deps));
  app.route('/', mediaSiteRoutes(deps));
  app.route('/', newsroomSiteRoutes(deps));
  app.route('/', mapSiteRoutes(deps));
  app.route('/', albumSiteRoutes(deps));
  app.route('/', hubSiteRoutes(deps));
  app.route('/', videoSiteRoutes(deps));
  app.route('/', searchSiteRoutes(deps));
  // Before the feeds and articles: /van-ban and /rss/van-ban are the registry's (the "Văn bản"
  // section's articles stay reachable at their own addresses).
  app.route(
    '/',
    documentSiteRoutes({ ...deps, consultationLink: (id) => deps.consultations.linkFor(id) }),
  );
  app.route('/', feedSiteRoutes(deps));
  app.route('/', weblinkSiteRoutes(deps));
  app.route('/', participationSiteRoutes(deps));
  app.route('/', consultationSiteRoutes(deps));
  app.route('/', pollSiteRoutes(deps));
  app.route('/', organisationSiteRoutes(deps));
  app.route('/', scheduleSiteRoutes(deps));
  app.route('/', articleSiteRoutes(deps));
  app.route('/', siteSiteRoutes(deps));

  app.notFound(async (c) => {
    // An old address of the site before it moved in (an import's redirect table): 301.
    const moved =
      c.req.method === 'GET' || c.req.method === 'HEAD' ? await oldAddress(c) : undefined;
    if (moved) return c.redirect(moved, 301);
    return renderPage(c, deps, (chrome) => <ErrorPage chrome={chrome} status={404} />, 404);
  });
  const oldAddress = (c: Context<AppEnv>) => {
    const url = new URL(c.req.url);
    const prefix = siteOf(c).prefix;
    const path =
      prefix && url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    return deps.imports.resolveOld(path || '/', url.searchParams);
  };

  app.onError(async (err, c) => {
    // Refusals are expected (a 404, a 403...): logged with their code at debug level only.
    if (err instanceof AppError)
      c.get('log').debug(
        { status: err.status, code: err.code, method: c.req.method, path: loggedPath(c) },
        'refused',
      );
    // The JSON endpoints (/api/..., /quan-tri/api/...) answer every refusal in JSON.
    const api = /^\/(quan-tri\/)?api\//.test(c.req.path);
    if (api && err instanceof AppError && err.status < 500)
      return c.json(errorJson(err), err.status as ContentfulStatusCode);
    if (err instanceof AppError && c.req.path.startsWith('/quan-tri') && err.status !== 500) {
      const status =
        err.status === 404 ? 404 : err.status === 409 ? 409 : err.status === 400 ? 400 : 403;
      return renderAdmin(
        c,
        deps,
        (chrome) => (
          <AdminLayout
            chrome={chrome}
            title={status === 404 ? 'Không tìm thấy' : 'Không thực hiện được'}
          >
            <Notice kind="error">{err.message}</Notice>
            <p>
              <a href="/quan-tri">Về bảng điều khiển</a>
            </p>
          </AdminLayout>
        ),
        status,
      );
    }
    if (err instanceof AppError && (err.status === 404 || err.status === 410)) {
      return renderPage(
        c,
        deps,
        (chrome) => <ErrorPage chrome={chrome} status={err.status} />,
        err.status === 404 ? 404 : 410,
      );
    }
    // Input the app could not read is the sender's mistake: a 400 in Vietnamese, never a 500.
    const malformed = isMalformedInput(err);
    const refused = err instanceof AppError && err.status < 500;
    if (malformed || refused) {
      if (malformed)
        c.get('log').warn(
          { err, code: 'http.malformed', method: c.req.method, path: loggedPath(c) },
          'malformed input',
        );
      const message = refused ? err.message : MALFORMED_MESSAGE;
      const status = refused ? (err.status as 400 | 401 | 403 | 409) : 400;
      if (api) return c.json(errorJson({ code: 'http.malformed', message }), 400);
      if (c.req.path.startsWith('/quan-tri'))
        return renderAdmin(
          c,
          deps,
          (chrome) => (
            <AdminLayout chrome={chrome} title="Không thực hiện được">
              <Notice kind="error">{message}</Notice>
              <p>
                <a href="/quan-tri">Về bảng điều khiển</a>
              </p>
            </AdminLayout>
          ),
          status === 401 ? 403 : status,
        );
      const page = await renderPage(
        c,
        deps,
        (chrome) => <ErrorPage chrome={chrome} status={400} detail={message} />,
        400,
      );
      return status === 400 ? page : new Response(page.body, { status, headers: page.headers });
    }
    // The database or the media store (an object store down) cannot be reached: a 503 to retry.
    const storeDown = err instanceof StorageError;
    if (storeDown || isDatabaseUnavailable(err)) {
      c.get('log').warn(
        { err, code: 'http.unavailable', method: c.req.method, path: loggedPath(c) },
        storeDown ? 'media store unavailable' : 'database unavailable',
      );
      c.header('Retry-After', '30');
      c.header('Cache-Control', 'no-store');
      return api
        ? c.json(
            errorJson({ code: 'http.unavailable', message: HTTP_MESSAGES['http.unavailable'] }),
            503,
          )
        : c.html(UNAVAILABLE_503, 503);
    }
    const id = c.get('requestId');
    c.get('log').error({ err, method: c.req.method, path: loggedPath(c) }, 'request failed');
    try {
      return await renderPage(
        c,
        deps,
        (chrome) => <ErrorPage chrome={chrome} status={500} requestId={id} />,
        500,
      );
    } catch {
      return c.html(FALLBACK_500, 500);
    }
  });

  return app;
}
