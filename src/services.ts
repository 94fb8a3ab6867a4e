import type { Config } from './config/config.ts';
import type { Db } from './db/connect.ts';
import { loadAssets, type AssetManifest } from './http/assets.ts';
import { articleRepository } from './modules/article/article.repository.ts';
import { articleService } from './modules/article/article.service.ts';
import { loadMap } from './modules/map/map.service.ts';
import type { MapSummary } from './modules/map/map.ts';
import { feedRepository } from './modules/feed/feed.repository.ts';
import { feedService } from './modules/feed/feed.service.ts';
import { mediaRepository } from './modules/media/media.repository.ts';
import { mediaService } from './modules/media/media.service.ts';
import { searchIndexFor } from './modules/search/search-index.ts';
import { searchService } from './modules/search/search.service.ts';
import { siteRepository } from './modules/site/site.repository.ts';
import { siteService } from './modules/site/site.service.ts';
import { statsRepository } from './modules/stats/stats.repository.ts';
import { statsService } from './modules/stats/stats.service.ts';
import { weblinkRepository } from './modules/weblink/weblink.repository.ts';
import { weblinkService } from './modules/weblink/weblink.service.ts';
import { localStorage } from './storage/storage.local.ts';
import type { FileStorage } from './storage/storage.ts';

/** Everything the web layer is given: config, services, storage and static assets. */
export interface AppDeps {
  config: Config;
  db: Db;
  storage: FileStorage;
  assets: AssetManifest;
  map: MapSummary;
  site: ReturnType<typeof siteService>;
  articles: ReturnType<typeof articleService>;
  media: ReturnType<typeof mediaService>;
  weblinks: ReturnType<typeof weblinkService>;
  stats: ReturnType<typeof statsService>;
  search: ReturnType<typeof searchService>;
  feeds: ReturnType<typeof feedService>;
  clock: () => Date;
}

/** Wires repositories into services (the composition root shared by main, seed and tests). */
export function buildDeps(config: Config, db: Db, opts: { clock?: () => Date } = {}): AppDeps {
  const clock = opts.clock ?? (() => new Date());
  const storage = localStorage(config.mediaDir);
  const site = siteService(siteRepository(db));
  const mediaRepo = mediaRepository(db);
  const articleRepo = articleRepository(db);
  return {
    config,
    db,
    storage,
    assets: loadAssets(),
    map: loadMap(),
    site,
    articles: articleService({ repo: articleRepo, media: mediaRepo, site, clock }),
    media: mediaService({ repo: mediaRepo, storage }),
    weblinks: weblinkService(weblinkRepository(db)),
    stats: statsService({
      repo: statsRepository(db),
      addReads: (id, n) => articleRepo.addReads(id, n),
      totalOffset: async () => (await site.settings()).visitorTotalOffset,
      clock,
    }),
    search: searchService({ index: searchIndexFor(db), site, media: mediaRepo, clock }),
    feeds: feedService({ repo: feedRepository(db), site, baseUrl: config.baseUrl, clock }),
    clock,
  };
}
