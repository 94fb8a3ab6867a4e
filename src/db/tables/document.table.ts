import type { Generated } from 'kysely';

/** `document_type`: the types a site's clerks choose from (Nghị quyết, Quy định…). */
export interface DocumentTypeTable {
  siteId: number;
  id: Generated<number>;
  name: string;
  position: Generated<number>;
}

/** `document_issuer`: a site's issuing bodies, with the place written on the formal line. */
export interface DocumentIssuerTable {
  siteId: number;
  id: Generated<number>;
  name: string;
  place: Generated<string>;
  /** The issuer code usually written in numbers ("TW", "TU"): a pre-fill hint only. */
  code: Generated<string>;
  position: Generated<number>;
}

/** `document_field`: lĩnh vực, a tree. */
export interface DocumentFieldTable {
  siteId: number;
  id: Generated<number>;
  parentId: number | null;
  name: string;
  position: Generated<number>;
}

/** `document`: one registered document (văn bản). Dates are Vietnamese calendar days "YYYY-MM-DD". */
export interface DocumentTable {
  siteId: number;
  id: Generated<number>;
  /** As typed (tidied), e.g. "09-QC/TW". */
  number: string;
  /** 'party' | 'state' | 'unknown'. */
  numberForm: string;
  numberSeq: Generated<string>;
  numberTypeCode: Generated<string>;
  numberIssuerCode: Generated<string>;
  numberYear: number | null;
  /** The token key, " 9 qc tw " (see document-number.ts). */
  numberKey: string;
  numberOrder: Generated<number>;
  typeId: number;
  issuerId: number;
  signerName: Generated<string>;
  /** The title at signing, kept as it was. */
  signerTitle: Generated<string>;
  /** 'TM' | 'KT' | 'TL' | 'Q' | '' (see document.ts). */
  signerAuthority: Generated<string>;
  signerKey: Generated<string>;
  /** The signer as a person of the directory (org_person), null for a free-text signer. */
  signerPersonId: number | null;
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  /** See EFFECTS in document.ts. */
  effect: string;
  summary: string;
  body: Generated<string>;
  /** See SCOPES in document.ts; only 'public' can be published. */
  scope: string;
  source: Generated<string>;
  /** 'draft' | 'review' | 'approved' | 'published' | 'withdrawn'. */
  status: string;
  slug: string;
  /** Folded text for search: number, summary, signer, files' text. */
  searchText: Generated<string>;
  viewCount: Generated<number>;
  version: Generated<number>;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface DocumentFieldLinkTable {
  siteId: number;
  documentId: number;
  fieldId: number;
}

/** `document_file`: a file kept byte-exact (signed PDFs must verify after download). */
export interface DocumentFileTable {
  siteId: number;
  id: Generated<number>;
  documentId: number;
  /** 1, 2… in the document. */
  n: number;
  name: string;
  /** 'pdf' | 'doc' | 'docx' | 'odt'. */
  kind: string;
  storageKey: string;
  bytes: number | bigint | string;
  sha256: string;
  pages: number | null;
  text: Generated<string>;
  downloadCount: Generated<number>;
  createdAt: string;
}

/** `document_relation`: from → to, read "from <kind> to" (thay thế, sửa đổi bổ sung…). */
export interface DocumentRelationTable {
  siteId: number;
  id: Generated<number>;
  fromId: number;
  toId: number;
  kind: string;
}

/** `document_download`: a reader counted once per file. */
export interface DocumentDownloadTable {
  siteId: number;
  fileId: number;
  reader: string;
  day: string;
}

/** `document_view`: a reader counted once per document (the record page's view counter). */
export interface DocumentViewTable {
  siteId: number;
  documentId: number;
  reader: string;
  day: string;
}
