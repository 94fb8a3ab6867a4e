import type { Generated } from 'kysely';

/** `site`: the province or one of its Party bodies, with how it is reached. */
export interface SiteTable {
  id: Generated<number>;
  slug: string;
  /** 'tinh' | 'xa' | 'co-quan'. */
  kind: string;
  /** The official name ("Đảng bộ xã Mường Nhé"). */
  name: string;
  /** The administrative unit's code (communes: "03160"). */
  unitCode: string | null;
  /** Its own host name, lower case ("muongnhe.dienbien.dcs.vn"). */
  host: string | null;
  /** Or a path prefix on the province's host ("/xa/muong-nhe"). */
  pathPrefix: string | null;
  parentId: number | null;
  /** 'active' | 'suspended'. */
  status: Generated<string>;
  suspendedReason: Generated<string>;
  language: Generated<string>;
  createdAt: string;
}

/** `account_site`: the role an account holds on a site. */
export interface AccountSiteTable {
  accountId: number;
  siteId: number;
  role: string;
  allSections: Generated<number>;
  grantedAt: string;
}

/** `article_proposal`: a commune article proposed to the province (Tin cơ sở) and the answer. */
export interface ArticleProposalTable {
  id: Generated<number>;
  articleId: number;
  fromSiteId: number;
  /** The site it is proposed to. */
  siteId: number;
  /** 'proposed' | 'accepted' | 'declined'. */
  status: string;
  note: Generated<string>;
  /** The republished copy, once accepted. */
  copyId: number | null;
  proposedBy: number | null;
  proposedAt: string;
  decidedBy: number | null;
  decidedAt: string | null;
}
