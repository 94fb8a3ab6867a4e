import type { AlbumItemTable, AlbumTable, HubTable, VideoTable } from './tables/album.table.ts';
import type { AccountSectionTable, AccountTable } from './tables/account.table.ts';
import type { HubBlockTable, HubEditorTable } from './tables/hub.table.ts';
import type {
  ArticleAuthorTable,
  ArticleNoteTable,
  ArticleRevisionTable,
  ArticleSectionTable,
  ArticleTable,
  ArticleTagTable,
  EventThreadTable,
  TagTable,
} from './tables/article.table.ts';
import type { AuditLogTable } from './tables/audit.table.ts';
import type { BackupRunTable } from './tables/backup.table.ts';
import type { OrgPersonTable, OrgPostTable, OrgUnitTable } from './tables/organisation.table.ts';
import type { ScheduleEntryTable, ScheduleFileTable } from './tables/schedule.table.ts';
import type { BannerTable } from './tables/banner.table.ts';
import type {
  DocumentDownloadTable,
  DocumentFieldLinkTable,
  DocumentFieldTable,
  DocumentFileTable,
  DocumentIssuerTable,
  DocumentRelationTable,
  DocumentTable,
  DocumentTypeTable,
  DocumentViewTable,
} from './tables/document.table.ts';
import type { CacheChangeTable, CacheEpochTable } from './tables/cache.table.ts';
import type {
  FormStashTable,
  JobLeaseTable,
  RateLimitTable,
  SessionTable,
} from './tables/auth.table.ts';
import type { ArticlePlaceTable, MapUnitNoteTable } from './tables/place.table.ts';
import type {
  MediaRenditionQueueTable,
  MediaTable,
  UploadIntentTable,
} from './tables/media.table.ts';
import type {
  MenuItemTable,
  PageTable,
  PageTranslationTable,
  SectionTable,
  SettingTable,
} from './tables/site.table.ts';
import type {
  StatCountTable,
  StatDayTable,
  StatReaderTable,
  StatReadTable,
  StatSaltTable,
} from './tables/stats.table.ts';
import type { AccountSiteTable, ArticleProposalTable, SiteTable } from './tables/platform.table.ts';
import type { WeblinkCheckTable, WeblinkGroupTable, WeblinkTable } from './tables/weblink.table.ts';
import type {
  ContactAttachmentTable,
  ContactMessageTable,
  ContactNoteTable,
  ContactQuestionTable,
  ContactUnitTable,
  MailOutboxTable,
} from './tables/participation.table.ts';
import type { PollChoiceTable, PollTable, PollVoterTable } from './tables/poll.table.ts';
import type {
  ImportCrawlUrlTable,
  ImportItemTable,
  ImportRunTable,
} from './tables/import.table.ts';
import type {
  ConsultationResponseTable,
  ConsultationSectionTable,
  ConsultationTable,
} from './tables/consultation.table.ts';

/** The whole schema as Kysely sees it (camelCase; the database keeps snake_case). */
export interface Database {
  site: SiteTable;
  accountSite: AccountSiteTable;
  articleProposal: ArticleProposalTable;
  setting: SettingTable;
  section: SectionTable;
  page: PageTable;
  pageTranslation: PageTranslationTable;
  media: MediaTable;
  uploadIntent: UploadIntentTable;
  mediaRenditionQueue: MediaRenditionQueueTable;
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
  cacheChange: CacheChangeTable;
  backupRun: BackupRunTable;
  contactUnit: ContactUnitTable;
  contactMessage: ContactMessageTable;
  contactAttachment: ContactAttachmentTable;
  contactNote: ContactNoteTable;
  contactQuestion: ContactQuestionTable;
  orgUnit: OrgUnitTable;
  orgPerson: OrgPersonTable;
  orgPost: OrgPostTable;
  scheduleEntry: ScheduleEntryTable;
  scheduleFile: ScheduleFileTable;
  album: AlbumTable;
  albumItem: AlbumItemTable;
  hub: HubTable;
  hubEditor: HubEditorTable;
  hubBlock: HubBlockTable;
  video: VideoTable;
  importItem: ImportItemTable;
  importRun: ImportRunTable;
  importCrawlUrl: ImportCrawlUrlTable;
  document: DocumentTable;
  documentType: DocumentTypeTable;
  documentIssuer: DocumentIssuerTable;
  documentField: DocumentFieldTable;
  documentFieldLink: DocumentFieldLinkTable;
  documentFile: DocumentFileTable;
  documentRelation: DocumentRelationTable;
  documentDownload: DocumentDownloadTable;
  consultation: ConsultationTable;
  consultationSection: ConsultationSectionTable;
  consultationResponse: ConsultationResponseTable;
  documentView: DocumentViewTable;
  mailOutbox: MailOutboxTable;
  poll: PollTable;
  pollChoice: PollChoiceTable;
  pollVoter: PollVoterTable;
}
