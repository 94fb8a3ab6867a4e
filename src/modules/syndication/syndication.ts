/** Tin cơ sở (commune news proposed to the province): the domain types. */

/** A proposal as the province's list shows it, with the original article and its site. */
export interface ProposalRow {
  id: number;
  articleId: number;
  fromSiteId: number;
  fromSiteName: string;
  siteId: number;
  status: 'proposed' | 'accepted' | 'declined';
  note: string;
  copyId: number | null;
  proposedAt: Date;
  decidedAt: Date | null;
  title: string;
  lead: string;
  articleStatus: string;
  publishedAt: Date | null;
}

/** What a republished copy is made from: the original's public fields. */
export interface Original {
  id: number;
  siteId: number;
  sectionId: number;
  slug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  bodyJson: string | null;
  byline: string;
  status: string;
  withdrawnReason: string | null;
  publishedAt: string | null;
}
