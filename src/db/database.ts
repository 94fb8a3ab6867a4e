import type { AccountSectionTable, AccountTable } from '../modules/account/account.table.ts';
import type {
  ArticleAuthorTable,
  ArticleNoteTable,
  ArticleRevisionTable,
  ArticleSectionTable,
  ArticleTable,
  ArticleTagTable,
  EventThreadTable,
  TagTable,
} from '../modules/article/article.table.ts';
import type { AuditLogTable } from '../modules/audit/audit.table.ts';
import type { BannerTable } from '../modules/banner/banner.table.ts';
import type { CacheEpochTable } from '../modules/cache/cache.table.ts';
import type {
  FormStashTable,
  JobLeaseTable,
  RateLimitTable,
  SessionTable,
} from '../modules/auth/auth.table.ts';
import type { ArticlePlaceTable, MapUnitNoteTable } from '../modules/map/place.table.ts';
import type { MediaTable } from '../modules/media/media.table.ts';
import type {
  MenuItemTable,
  PageTable,
  SectionTable,
  SettingTable,
} from '../modules/site/site.table.ts';
import type {
  StatCountTable,
  StatDayTable,
  StatReaderTable,
  StatReadTable,
  StatSaltTable,
} from '../modules/stats/stats.table.ts';
import type {
  WeblinkCheckTable,
  WeblinkGroupTable,
  WeblinkTable,
} from '../modules/weblink/weblink.table.ts';

/** The whole schema as Kysely sees it (camelCase; the database keeps snake_case). */
export interface Database {
  setting: SettingTable;
  section: SectionTable;
  page: PageTable;
  media: MediaTable;
  article: ArticleTable;
  tag: TagTable;
  articleTag: ArticleTagTable;
  weblinkGroup: WeblinkGroupTable;
  weblink: WeblinkTable;
  statDay: StatDayTable;
  account: AccountTable;
  accountSection: AccountSectionTable;
  session: SessionTable;
  formStash: FormStashTable;
  rateLimit: RateLimitTable;
  jobLease: JobLeaseTable;
  auditLog: AuditLogTable;
  eventThread: EventThreadTable;
  articleSection: ArticleSectionTable;
  articleAuthor: ArticleAuthorTable;
  articleRevision: ArticleRevisionTable;
  articleNote: ArticleNoteTable;
  statSalt: StatSaltTable;
  statReader: StatReaderTable;
  statRead: StatReadTable;
  statCount: StatCountTable;
  mapUnitNote: MapUnitNoteTable;
  articlePlace: ArticlePlaceTable;
  weblinkCheck: WeblinkCheckTable;
  menuItem: MenuItemTable;
  banner: BannerTable;
  cacheEpoch: CacheEpochTable;
}
