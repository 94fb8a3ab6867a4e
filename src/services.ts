import crypto from 'node:crypto';
import type { Config } from './config/config.ts';
import type { Db } from './db/connect.ts';
import { unitOfWork } from './db/transaction.ts';
import { currentSiteId, DEFAULT_SITE_ID, withSite } from './db/site-scope.ts';
import { createLogger, type Logger } from './lib/log.ts';
import { loadAssets, type AssetManifest } from './http/assets.ts';
import { accountRepository } from './modules/account/account.repository.ts';
import { accountService } from './modules/account/account.service.ts';
import { optionalTotpRolesOf, TOTP_OPTIONAL_SETTING } from './modules/account/account.ts';
import { articleRepository } from './modules/article/article.repository.ts';
import { articleService } from './modules/article/article.service.ts';
import { auditRepository } from './modules/audit/audit.repository.ts';
import { auditService } from './modules/audit/audit.service.ts';
import { bannerRepository } from './modules/banner/banner.repository.ts';
import { bannerService } from './modules/banner/banner.service.ts';
import { documentRepository } from './modules/document/document.repository.ts';
import { documentService, fillDefaultLists } from './modules/document/document.service.ts';
import { liveValues } from './shell/live-values.tsx';
import { purger } from './modules/cache/cache.purge.ts';
import { cacheRepository } from './modules/cache/cache.repository.ts';
import { epochNotifications } from './modules/cache/cache.epoch.notify.ts';
import { pageCacheService } from './modules/cache/cache.service.ts';
import { authRepository } from './modules/auth/auth.repository.ts';
import { authService } from './modules/auth/auth.service.ts';
import { totpIssuer } from './modules/auth/totp.ts';
import { jobRepository } from './jobs/job.repository.ts';
import { backupRepository } from './modules/backup/backup.repository.ts';
import { backupService } from './modules/backup/backup.service.ts';
import { backupDashboardPanel } from './modules/backup/views/backup.panel.tsx';
import { jobRunner } from './jobs/runner.ts';
import { healthService, type HealthService } from './modules/health/health.service.ts';
import { newsroomRepository } from './modules/newsroom/newsroom.repository.ts';
import { newsroomService } from './modules/newsroom/newsroom.service.ts';
import { reportRepository } from './modules/report/report.repository.ts';
import { reportService } from './modules/report/report.service.ts';
import { loadMap } from './modules/map/map.service.ts';
import type { MapSummary } from './modules/map/map.ts';
import { feedRepository } from './modules/feed/feed.repository.ts';
import { feedService } from './modules/feed/feed.service.ts';
import { articleJsonLd } from './modules/feed/feed.structured-data.ts';
import { simplifyMap } from './modules/map/map.simplify.ts';
import { placeRepository } from './modules/map/place.repository.ts';
import { placeService } from './modules/map/place.service.ts';
import { mediaRepository } from './modules/media/media.repository.ts';
import { mediaService } from './modules/media/media.service.ts';
import { searchIndexFor } from './modules/search/search-index.for.ts';
import { searchService } from './modules/search/search.service.ts';
import { siteRepository } from './modules/site/site.repository.ts';
import { siteService } from './modules/site/site.service.ts';
import { menuRepository } from './modules/site/menu.repository.ts';
import { menuService } from './modules/site/menu.service.ts';
import { settingsService } from './modules/site/settings.service.ts';
import { pageService } from './modules/site/page.service.ts';
import { statsRepository } from './modules/stats/stats.repository.ts';
import { statsReport, type StatsReportService } from './modules/stats/stats.report.ts';
import { statsService } from './modules/stats/stats.service.ts';
import { weblinkRepository } from './modules/weblink/weblink.repository.ts';
import { isLoopbackUrl } from './modules/weblink/weblink.checker.ts';
import { weblinkService } from './modules/weblink/weblink.service.ts';
import { openStorage } from './storage/storage.open.ts';
import type { FileStorage } from './storage/storage.ts';
import { shellFor } from './shell-wiring.tsx';
import type { Shell } from './shell/shell.ts';
import { mostReadElement } from './modules/article/views/most-read.tsx';
import { platformRepository } from './modules/platform/platform.repository.ts';
import { platformService } from './modules/platform/platform.service.ts';
import { prefixLinks, requestSite } from './modules/platform/platform.ts';
import { syndicationRepository } from './modules/syndication/syndication.repository.ts';
import { syndicationService } from './modules/syndication/syndication.service.ts';
import { sitesService } from './modules/platform/sites.service.ts';
import { participationRepository } from './modules/participation/participation.repository.ts';
import { newSecret, participationService } from './modules/participation/participation.service.ts';
import type { Mailer } from './modules/participation/participation.mail.ts';
import { consultationRepository } from './modules/consultation/consultation.repository.ts';
import {
  consultationService,
  type ConsultationService,
} from './modules/consultation/consultation.service.ts';
import { smtpMailer } from './modules/participation/participation.smtp.ts';
import { pollRepository } from './modules/poll/poll.repository.ts';
import { pollService, type PollService } from './modules/poll/poll.service.ts';
import { organisationRepository } from './modules/organisation/organisation.repository.ts';
import { organisationService } from './modules/organisation/organisation.service.ts';
import { scheduleRepository } from './modules/schedule/schedule.repository.ts';
import { scheduleService } from './modules/schedule/schedule.service.ts';
import { albumRepository } from './modules/album/album.repository.ts';
import { albumService } from './modules/album/album.service.ts';
import { hubRepository } from './modules/hub/hub.repository.ts';
import { threadHref } from './modules/hub/hub.ts';
import { hubService } from './modules/hub/hub.service.ts';
import { hubContent, hubEditorChoices } from './modules/hub/hub.content.ts';
import { albumHref } from './modules/album/album.ts';
import { videoRepository } from './modules/video/video.repository.ts';
import { ffmpegProbe } from './modules/video/video.probe.ts';
import { videoService } from './modules/video/video.service.ts';
import { videoHref } from './modules/video/video.ts';
import { importService, type ImportService } from './modules/import/import.service.ts';
import { createMetrics, type Metrics } from './modules/metrics/metrics.ts';

/** Everything the web layer is given: config, services, storage and static assets. */
export interface AppDeps {
  config: Config;
  db: Db;
  storage: FileStorage;
  assets: AssetManifest;
  map: MapSummary;
  /** The sidebar's lighter copy of the map (simplified outlines, same links). */
  miniMap: MapSummary;
  site: ReturnType<typeof siteService>;
  articles: ReturnType<typeof articleService>;
  media: ReturnType<typeof mediaService>;
  weblinks: ReturnType<typeof weblinkService>;
  stats: ReturnType<typeof statsService>;
  audit: ReturnType<typeof auditService>;
  accounts: ReturnType<typeof accountService>;
  auth: ReturnType<typeof authService>;
  jobs: ReturnType<typeof jobRunner>;
  /** Scheduled backups (the `backup` job) and their last result. */
  backups: ReturnType<typeof backupService>;
  /** Panels other modules add to the back-office dashboard. */
  dashboardPanels: ReturnType<typeof backupDashboardPanel>;
  newsroom: ReturnType<typeof newsroomService>;
  /** The admin's health panel (locked accounts, dead links, failing jobs, disk, database). */
  health: HealthService;
  reports: ReturnType<typeof reportService>;
  /** The public page cache: content epoch, cached pages, live values. */
  pages: ReturnType<typeof pageCacheService>;
  /** The back office's statistics report (same numbers as the sidebar). */
  statsReport: StatsReportService;
  search: ReturnType<typeof searchService>;
  feeds: ReturnType<typeof feedService>;
  places: ReturnType<typeof placeService>;
  settings: ReturnType<typeof settingsService>;
  menus: ReturnType<typeof menuService>;
  banners: ReturnType<typeof bannerService>;
  /** Văn bản: the document registry (modules/document). */
  documents: ReturnType<typeof documentService>;
  /** The sites of the install: the directory every request is resolved against. */
  platform: ReturnType<typeof platformService>;
  /** Tin cơ sở: commune news proposed to the province, accepted copies following their originals. */
  syndication: ReturnType<typeof syndicationService>;
  /** The absolute address of a site's home (its host, or the province's host and its prefix). */
  siteBase: (siteId: number) => string;
  /** Static pages (Giới thiệu) edited in the back office, and their English versions. */
  staticPages: ReturnType<typeof pageService>;
  /** The member sites, managed by the system admin (commune sites from their map unit). */
  sites: ReturnType<typeof sitesService>;
  /** Cơ cấu tổ chức: units, people, posts per term (`titleOn` for other modules). */
  organisation: ReturnType<typeof organisationService>;
  /** Lịch công tác: the leaders' week, drafted, approved, adjusted in the open. */
  schedule: ReturnType<typeof scheduleService>;
  /** Photo albums (Thư viện ảnh): the workflow, photos in order, public pages. */
  albums: ReturnType<typeof albumService>;
  /** Chuyên đề and the public pages of event threads. */
  hubs: ReturnType<typeof hubService>;
  /** Videos with required captions (WebVTT), through the album workflow. */
  videos: ReturnType<typeof videoService>;
  /** The page shell wired to the modules (src/shell-wiring.tsx): chrome, parts, page answers. */
  shell: Shell;
  /** Liên hệ – góp ý and Hỏi đáp: readers' messages, their handling, retention of personal data. */
  participation: ReturnType<typeof participationService>;
  /** Lấy ý kiến dự thảo: comment windows on draft documents, responses, the .xlsx summary. */
  consultations: ConsultationService;
  polls: PollService;
  clock: () => Date;
  /** The process logger (LOG_LEVEL); a request's child logger is `c.get('log')`. */
  log: Logger;
  /** Moving in: imports of an old portal (NukeViet) into a site, and its old addresses. */
  imports: ImportService;
  /** Prometheus metrics of this instance (modules/metrics), read at /metrics. */
  metrics: Metrics;
}

/** Wires repositories into services (the composition root shared by main, seed and tests). */
export function buildDeps(
  config: Config,
  db: Db,
  opts: {
    clock?: () => Date;
    log?: Logger;
    /** TESTS ONLY: loopback origins the link checker may contact (refused unless env is test). */
    unsafeTestOnlyLoopbackOrigins?: readonly string[];
    /** The media store (default: the one configured, MEDIA_STORE); tests pass one that fails. */
    storage?: FileStorage;
    /** Sends e-mail (replies to readers, notices to units); none: nothing is mailed. */
    mailer?: Mailer;
    /** The metrics registry (server.ts makes one with process metrics; else a bare one). */
    metrics?: Metrics;
  } = {},
): AppDeps {
  const metrics = opts.metrics ?? createMetrics({ defaults: false });
  const clock = opts.clock ?? (() => new Date());
  const log = opts.log ?? createLogger(config.logLevel);
  const storage = opts.storage ?? openStorage(config.mediaStore);
  const platform = platformService({
    repo: platformRepository(db),
    baseUrl: config.baseUrl,
    log,
  });
  const backups = backupService({
    repo: backupRepository(db),
    databaseUrl: config.databaseUrl,
    storage,
    dir: config.backupDir,
    everyHours: config.backupEveryHours,
    keep: config.backupKeep,
    clock,
    log,
  });
  const siteRepo = siteRepository(db);
  /** A site's public address: its own host, or the province's address and its path prefix. */
  const siteBase = (id: number): string => {
    const site = platform.directory().byId(id);
    if (!site) return config.baseUrl;
    return requestSite(
      { site, prefix: site.host ? '' : (site.pathPrefix ?? ''), path: '/' },
      config.baseUrl,
    ).base;
  };
  const plainSite = siteService(siteRepo);
  // A public page reads settings and sections once per base epoch of its site (modules/cache
  // `shared`), not once per rendering; elsewhere (back office, jobs, writes) they are read as is.
  const site: typeof plainSite = {
    ...plainSite,
    settings: () => pages.shared('settings', () => plainSite.settings()),
    sections: () => pages.shared('sections', () => plainSite.sections()),
  };
  const sharedSidebar = <S extends { sidebarLayout(): Promise<unknown> }>(s: S): S => ({
    ...s,
    sidebarLayout: () => pages.shared('sidebar', () => s.sidebarLayout()),
  });
  const mediaRepo = mediaRepository(db);
  const articleRepo = articleRepository(db);
  const pollRepo = pollRepository(db);
  const consultationRepo = consultationRepository(db);
  const audit = auditService({ repo: auditRepository(db), clock });
  /** The audit trail written in the transaction `tx` (so a record commits with its change). */
  const auditIn = (tx: Db) => auditService({ repo: auditRepository(tx), clock });
  const accountRepo = accountRepository(db);
  const newsroom = newsroomService({
    repo: newsroomRepository(db),
    media: mediaRepo,
    tx: unitOfWork(db, (tx) => ({
      repo: newsroomRepository(tx),
      media: mediaRepository(tx),
      audit: auditIn(tx),
    })),
    clock,
    sections: () => site.sections(),
    accounts: { byId: (id) => accountRepo.byId(id), list: () => accountRepo.list() },
    pageOf: (a) => articles.pageOf(a),
    // Published pages changed: a proxy in front drops them (in the background; the epoch covers
    // this app); copies of the article on other sites (Tin cơ sở) follow it.
    onPublicChange: async (id) => {
      void purge.article(id);
      await syndication.follow(id);
    },
    secret: async () => {
      const stored = (await siteRepo.settings()).previewSecret;
      if (typeof stored === 'string' && stored.length >= 32) return stored;
      const secret = crypto.randomBytes(32).toString('base64url');
      await siteRepo.putSetting('previewSecret', secret);
      return secret;
    },
  });
  const syndication = syndicationService({
    repo: syndicationRepository(db),
    tx: unitOfWork(db, (tx) => ({ repo: syndicationRepository(tx), audit: auditIn(tx) })),
    sites: { byId: (id) => platform.directory().byId(id), baseOf: siteBase },
    sections: () => site.sections(),
    clock,
    log,
  });
  const map = loadMap();
  const articles = articleService({
    repo: articleRepo,
    media: mediaRepo,
    site,
    clock,
    places: (codes) => places.unitsOf(codes),
    // Event threads are few and shared by every site: the article page links its one.
    threadOf: async (id) => {
      const t = (await hubRepository(db).threads()).find((x) => x.id === id);
      return t && { name: t.name, href: threadHref(t) };
    },
    structuredData: articleJsonLd,
  });
  // Tests never reach the Internet: there the link check only contacts this machine.
  const weblinks = weblinkService({
    repo: weblinkRepository(db),
    audit,
    tx: unitOfWork(db, (tx) => ({ repo: weblinkRepository(tx), audit: auditIn(tx) })),
    clock,
    mayCheck: config.env === 'test' ? isLoopbackUrl : undefined,
    unsafeTestOnlyLoopbackOrigins:
      config.env === 'test' ? opts.unsafeTestOnlyLoopbackOrigins : undefined,
  });
  const places = placeService({
    repo: placeRepository(db),
    map,
    articleById: (id) => articleRepo.byId(id),
    cards: (a) => articles.cards(a),
    tx: unitOfWork(db, (tx) => ({ repo: placeRepository(tx), audit: auditIn(tx) })),
    clock,
  });
  const authRepo = authRepository(db);
  const auth = authService({
    accounts: accountRepo,
    repo: authRepo,
    audit,
    clock,
    // One login for every site: the issuer names the province whose install it is.
    issuer: async () => totpIssuer((await withSite(1, () => site.settings())).shortName),
    // One login serves every site: the second-factor policy is the province's (system admins').
    optionalTotpRoles: async () =>
      optionalTotpRolesOf(
        await withSite(DEFAULT_SITE_ID, () => siteRepo.setting(TOTP_OPTIONAL_SETTING)),
      ),
  });
  const statsRepo = statsRepository(db);
  const stats = statsService({
    repo: statsRepo,
    totalOffset: (siteId) =>
      withSite(siteId, async () => (await site.settings()).visitorTotalOffset),
    siteHosts: [new URL(config.baseUrl).host],
    clock,
    log,
  });
  const purge = purger(
    config,
    (id) => articles.publicPathsOf(id),
    log,
    () => siteBase(currentSiteId()),
  );
  const cacheRepo = cacheRepository(db);
  // PostgreSQL: the epoch in memory, kept by notifications (started with the server).
  const notes =
    db.dialect === 'postgres' && db.writes && config.pageCache.enabled
      ? epochNotifications({ url: config.databaseUrl, log, writes: db.writes })
      : undefined;
  const pages = pageCacheService({
    enabled: config.pageCache.enabled,
    maxBytes: config.pageCache.maxBytes,
    epoch: notes
      ? (siteId) => notes.read(siteId, () => cacheRepo.epoch(siteId))
      : (siteId) => cacheRepo.epoch(siteId),
    epochNow: notes ? (siteId) => notes.get(siteId) : cacheRepo.epochNow,
    lifecycle: notes,
    changes: (siteId, after, upTo) => cacheRepo.changes(siteId, after, upTo),
    changesNow: cacheRepo.changesNow,
    // Pages stop being true at the next scheduled publication, and when a poll or a consultation
    // opens or closes (its sidebar block or comment form shows or hides): no edit marks those.
    nextPublication: (t) =>
      cacheRepo.earliest([
        articleRepo.nextPublishedQuery(t),
        pollRepo.nextBoundaryQuery(t),
        consultationRepo.nextBoundaryQuery(t),
      ]),
    live: liveValues({
      stats,
      articles,
      mostReadBlock: mostReadElement,
      relink: prefixLinks,
      inSite: withSite,
      clock,
      writes: db.writes,
    }),
    clock,
    log,
    staleIfErrorMs: config.pageCache.staleIfError * 1000,
  });
  /** The account service with every query in `d` (a transaction: creation with a site). */
  const accountsOn = (d: Db) =>
    accountService({
      repo: accountRepository(d),
      tx: unitOfWork(d, (tx) => ({
        repo: accountRepository(tx),
        audit: auditIn(tx),
        endSessions: (id: number) => authRepository(tx).deleteSessionsOf(id),
        putSetting: (k: string, v: unknown) => siteRepository(tx).putSetting(k, v),
      })),
      clock,
      settings: { get: (k) => siteRepository(d).setting(k) },
    });
  const sites = sitesService({
    repo: platformRepository(db),
    platform,
    units: map.units,
    accounts: { byUsername: (u) => accountRepo.byUsername(u) },
    provinceSegments: () =>
      withSite(DEFAULT_SITE_ID, async () => (await site.sections()).map((s) => s.slug)),
    baseUrl: config.baseUrl,
    tx: unitOfWork(db, (tx) => ({
      platform: platformRepository(tx),
      site: siteRepository(tx),
      menus: menuRepository(tx),
      audit: auditIn(tx),
      createAccount: (actor, form) => accountsOn(tx).create(actor, form),
      seedSite: () => fillDefaultLists(documentRepository(tx)),
    })),
    clock,
  });
  const participation = participationService({
    repo: participationRepository(db),
    tx: unitOfWork(db, (tx) => ({ repo: participationRepository(tx), audit: auditIn(tx) })),
    audit,
    clock,
    secret: async () => {
      const stored = await siteRepo.setting('participationSecret');
      if (typeof stored === 'string' && stored.length >= 32) return stored;
      const secret = newSecret();
      await siteRepo.putSetting('participationSecret', secret);
      return secret;
    },
    allow: (key, limit, windowMs) => auth.allow(key, limit, windowMs),
    settings: { get: (k) => siteRepo.setting(k), put: (k, v) => siteRepo.putSetting(k, v) },
    site: async () => {
      const s = await site.settings();
      return { name: s.siteName, base: siteBase(currentSiteId()), email: s.email };
    },
    mailer:
      opts.mailer ??
      (config.mail.smtpUrl ? smtpMailer(config.mail.smtpUrl, config.mail.from) : undefined),
    log,
  });
  const organisation = organisationService({
    repo: organisationRepository(db),
    tx: unitOfWork(db, (tx) => ({ repo: organisationRepository(tx), audit: auditIn(tx) })),
    clock,
    // A person the schedule names as chair stays in the directory (old weeks stay true).
    personInUse: (id) => scheduleRepository(db).chairs(id),
    // A person who signs a document stays too (the record shows the title held that day).
    personSigns: (id) => documentRepository(db).signs(id),
    // A unit with its own schedule stays too.
    unitInUse: (id) => scheduleRepository(db).usesUnit(id),
    media: mediaRepo,
  });
  const schedule = scheduleService({
    repo: scheduleRepository(db),
    tx: unitOfWork(db, (tx) => ({ repo: scheduleRepository(tx), audit: auditIn(tx) })),
    clock,
    storage,
    organisation,
    daysAhead: async () => (await site.settings()).scheduleDaysAhead,
  });
  const documents = documentService({
    repo: documentRepository(db),
    storage,
    tx: unitOfWork(db, (tx) => ({ repo: documentRepository(tx), audit: auditIn(tx) })),
    clock,
    signers: organisation,
  });
  const consultations = consultationService({
    repo: consultationRepo,
    tx: unitOfWork(db, (tx) => ({ repo: consultationRepository(tx), audit: auditIn(tx) })),
    audit,
    clock,
    documents: {
      publicDocument: (id) => documents.publicDocument(id),
      byId: (id) => documents.find(id),
      drafts: () => documents.drafts(),
      files: (id) => documents.files(id),
    },
    secret: () => participation.secret(),
    allow: (key, limit, windowMs) => auth.allow(key, limit, windowMs),
  });
  const polls = pollService({
    repo: pollRepo,
    tx: unitOfWork(db, (tx) => ({ repo: pollRepository(tx), audit: auditIn(tx) })),
    clock,
    secret: () => participation.secret(),
    allow: (key, limit, windowMs) => auth.allow(key, limit, windowMs),
  });
  const deps: Omit<AppDeps, 'shell' | 'imports'> = {
    participation,
    polls,
    config,
    db,
    platform,
    syndication,
    staticPages: pageService({
      repo: siteRepo,
      tx: unitOfWork(db, (tx) => ({ repo: siteRepository(tx), audit: auditIn(tx) })),
      clock,
    }),
    siteBase,
    sites,
    storage,
    assets: loadAssets(),
    map,
    miniMap: simplifyMap(map),
    site,
    articles,
    pages,
    media: mediaService({
      repo: mediaRepo,
      storage,
      limits: config.mediaLimits,
      clock,
      audit,
      tx: unitOfWork(db, (tx) => ({ repo: mediaRepository(tx), audit: auditIn(tx) })),
      log,
    }),
    weblinks,
    audit,
    accounts: accountService({
      repo: accountRepo,
      tx: unitOfWork(db, (tx) => ({
        repo: accountRepository(tx),
        audit: auditIn(tx),
        endSessions: (id: number) => authRepository(tx).deleteSessionsOf(id),
        putSetting: (k: string, v: unknown) =>
          withSite(DEFAULT_SITE_ID, () => siteRepository(tx).putSetting(k, v)),
      })),
      clock,
      settings: { get: (k) => withSite(DEFAULT_SITE_ID, () => siteRepo.setting(k)) },
    }),
    auth,
    backups,
    // Backups are the install's, not a site's: shown to the province's admins (system admins).
    dashboardPanels: (() => {
      const backupPanel = backupDashboardPanel(backups);
      return async (account: { role: string }) =>
        currentSiteId() === DEFAULT_SITE_ID ? backupPanel(account) : null;
    })(),
    health: healthService({
      db,
      accounts: { list: () => accountRepo.list() },
      weblinks,
      jobs: jobRepository(db),
      mediaDir: config.mediaDir,
      clock,
    }),
    jobs: jobRunner({
      repo: jobRepository(db),
      clock,
      log,
      onRun: metrics.jobRun,
      jobs: [
        {
          name: 'disable-inactive-accounts',
          everyMs: 60 * 60_000,
          run: () => auth.disableInactive(),
        },
        { name: 'purge-sessions', everyMs: 10 * 60_000, run: () => auth.purge() },
        // Files of uploads a killed process left before their library item (upload_intent).
        { name: 'upload-recovery', everyMs: 10 * 60_000, run: () => deps.media.recoverUploads() },
        // Renditions of imported images, a few at a time (pages show the originals meanwhile).
        {
          name: 'media-renditions',
          everyMs: 15_000,
          run: () => {
            const until = Date.now() + 10_000;
            return platform.eachSite(async () => {
              while (Date.now() < until && (await deps.media.renderQueued(4)) > 0);
            });
          },
        },
        // The planner's statistics follow the data (SQLite; see Db.analyze).
        { name: 'db-statistics', everyMs: 6 * 60 * 60_000, run: () => db.analyze() },
        // Jobs that work on a site's own rows run for each site in its scope.
        {
          name: 'article-schedule',
          everyMs: 20_000,
          run: () => platform.eachSite(async () => void (await newsroom.runSchedule())),
        },
        {
          name: 'check-weblinks',
          everyMs: 6 * 60 * 60_000,
          run: () => platform.eachSite(async () => void (await weblinks.checkAll())),
        },
        // Personal data of readers' messages closed longer than the site's retention period.
        {
          name: 'participation-retention',
          everyMs: 6 * 60 * 60_000,
          run: () =>
            platform.eachSite(async () => {
              await participation.expire();
              await consultations.expire(await participation.retentionMonths());
            }),
        },
        // The outbox: unit notices, reminders, replies; retried with backoff while SMTP is down.
        {
          name: 'participation-mail',
          everyMs: 15_000,
          run: () =>
            platform.eachSite(async () => {
              await participation.deliverMail();
              await participation.purgeSentMail();
            }),
        },
        // Overdue messages: one reminder a day per step to the receiving unit (queued above).
        {
          name: 'participation-reminders',
          everyMs: 60 * 60_000,
          run: () => platform.eachSite(async () => void (await participation.remind())),
        },
        ...(backups.everyHours > 0
          ? [{ name: 'backup', everyMs: backups.everyHours * 3600_000, run: () => backups.run() }]
          : []),
      ],
    }),
    newsroom,
    reports: reportService({ repo: reportRepository(db), sections: () => site.sections() }),
    stats,
    statsReport: statsReport({
      repo: statsRepo,
      stats,
      site,
      sites: () => platform.directory().sites,
      clock,
    }),
    search: searchService({
      index: searchIndexFor(db),
      site,
      media: mediaRepo,
      clock,
      documents: { suggest: (q) => documents.typeahead(q) },
    }),
    feeds: feedService({ repo: feedRepository(db), site, clock }),
    places,
    settings: sharedSidebar(
      settingsService({
        repo: siteRepo,
        site,
        tx: unitOfWork(db, (tx) => ({ repo: siteRepository(tx), audit: auditIn(tx) })),
        storage,
      }),
    ),
    menus: menuService({
      repo: menuRepository(db),
      site,
      tx: unitOfWork(db, (tx) => ({ repo: menuRepository(tx), audit: auditIn(tx) })),
    }),
    banners: bannerService({
      repo: bannerRepository(db),
      storage,
      tx: unitOfWork(db, (tx) => ({ repo: bannerRepository(tx), audit: auditIn(tx) })),
      clock,
    }),
    organisation,
    schedule,
    albums: albumService({
      repo: albumRepository(db),
      tx: unitOfWork(db, (tx) => ({ repo: albumRepository(tx), audit: auditIn(tx) })),
      media: {
        byIds: (ids) => mediaRepo.byIds(ids),
        upload: (actor, files) => deps.media.upload(actor, files),
      },
      unitExists: (code) => map.units.some((u) => u.code === code),
      clock,
    }),
    videos: videoService({
      repo: videoRepository(db),
      tx: unitOfWork(db, (tx) => ({ repo: videoRepository(tx), audit: auditIn(tx) })),
      media: {
        byIds: (ids) => mediaRepo.byIds(ids),
        upload: (actor, files) => deps.media.upload(actor, files),
      },
      storage,
      probe: ffmpegProbe(),
      clock,
    }),
    hubs: hubService({
      repo: hubRepository(db),
      tx: unitOfWork(db, (tx) => ({ repo: hubRepository(tx), audit: auditIn(tx) })),
      storage,
      clock,
      // The thread's published content from each module, newest first (nothing copied).
      // What the blocks point at, and who may be named an editor (#22).
      content: hubContent({
        articles,
        albums: () => deps.albums,
        videos: () => deps.videos,
        documents,
      }),
      editorChoices: () => hubEditorChoices(() => deps.accounts.list()),
      sources: [
        async (id) =>
          (await articles.inEventThread(id)).map((a) => ({
            kind: 'article' as const,
            title: a.title,
            href: a.path,
            at: a.publishedAt,
          })),
        async (id) =>
          (await deps.albums.inThread(id)).map((a) => ({
            kind: 'album' as const,
            title: a.album.title,
            href: albumHref(a.album),
            at: a.album.publishedAt,
          })),
        async (id) =>
          (await deps.videos.inThread(id)).map((v) => ({
            kind: 'video' as const,
            title: v.title,
            href: videoHref(v),
            at: v.publishedAt,
          })),
      ],
    }),
    documents,
    consultations,
    clock,
    log,
    metrics,
  };
  metrics.setSources({
    pendingReads: () => stats.pendingCount(),
    pool: () => db.poolStats?.(),
    pageCache: () => deps.pages.stats(),
    lastBackup: async () => (await backups.status()).lastOk?.finishedAt,
  });
  const imports = importService({
    db,
    storage,
    clock,
    log,
    importImage: (input) => deps.media.importOriginal(input),
  });
  return { ...deps, imports, shell: shellFor(deps) };
}
