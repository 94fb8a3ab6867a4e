import { can, type Action } from '../account/account.policy.ts';
import type { Account } from '../account/account.ts';
import { formatFormalDate } from '../../lib/date.ts';
import { slugify } from '../../lib/slug.ts';
import type { NumberForm } from './document-number.ts';

/** Where a document stands in the workflow. */
export type DocumentStatus = 'draft' | 'review' | 'approved' | 'published' | 'withdrawn';

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Bản nháp',
  review: 'Chờ kiểm tra',
  approved: 'Đã duyệt, chờ đăng',
  published: 'Đã đăng',
  withdrawn: 'Đã gỡ',
};

/** Phạm vi: only 'public' may ever be published. */
export const SCOPES = [
  { id: 'public', label: 'Công khai' },
  { id: 'internal', label: 'Lưu hành nội bộ' },
  { id: 'secret', label: 'Mật' },
  { id: 'top-secret', label: 'Tối mật' },
  { id: 'ultra-secret', label: 'Tuyệt mật' },
] as const;
export type Scope = (typeof SCOPES)[number]['id'];
export const scopeLabel = (s: string): string => SCOPES.find((x) => x.id === s)?.label ?? s;

/** Tình trạng hiệu lực. */
export const EFFECTS = [
  { id: 'in-force', label: 'Còn hiệu lực' },
  { id: 'not-yet', label: 'Chưa có hiệu lực' },
  { id: 'expired', label: 'Hết hiệu lực' },
  { id: 'partial', label: 'Hết hiệu lực một phần' },
  { id: 'amended', label: 'Đã sửa đổi, bổ sung' },
  // A draft put out for comment (Lấy ý kiến dự thảo, modules/consultation).
  { id: 'draft', label: 'Dự thảo' },
] as const;
export type Effect = (typeof EFFECTS)[number]['id'];
export const effectLabel = (e: string): string => EFFECTS.find((x) => x.id === e)?.label ?? e;

/** Thẩm quyền ký: Party T/M, K/T, T/L, Q.; state TM., KT., TL. (stored as one code). */
export const AUTHORITIES = [
  { id: '', label: 'Ký trực tiếp', party: '', state: '' },
  { id: 'TM', label: 'Thay mặt (T/M, TM.)', party: 'T/M', state: 'TM.' },
  { id: 'KT', label: 'Ký thay (K/T, KT.)', party: 'K/T', state: 'KT.' },
  { id: 'TL', label: 'Thừa lệnh (T/L, TL.)', party: 'T/L', state: 'TL.' },
  { id: 'Q', label: 'Quyền (Q.)', party: 'Q.', state: 'Q.' },
] as const;
export type Authority = (typeof AUTHORITIES)[number]['id'];

/** How an authority is written for a number's form ("T/M" for the Party, "TM." for the state). */
export function authorityText(a: string, form: NumberForm): string {
  const x = AUTHORITIES.find((v) => v.id === a);
  if (!x) return '';
  return form === 'state' ? x.state : x.party;
}

/** Relation kinds, each read both ways. */
export const RELATIONS = [
  { id: 'replaces', forward: 'Thay thế', backward: 'Bị thay thế bởi' },
  { id: 'amends', forward: 'Sửa đổi, bổ sung', backward: 'Được sửa đổi, bổ sung bởi' },
  { id: 'guides', forward: 'Hướng dẫn thực hiện', backward: 'Được hướng dẫn bởi' },
  { id: 'related', forward: 'Liên quan', backward: 'Liên quan' },
] as const;
export type RelationKind = (typeof RELATIONS)[number]['id'];

/** The accepted file kinds (judged by content). */
export const FILE_KINDS = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export interface DocumentFile {
  id: number;
  documentId: number;
  n: number;
  name: string;
  kind: FileKind;
  storageKey: string;
  bytes: number;
  sha256: string;
  pages: number | null;
  downloads: number;
}

export interface NamedItem {
  id: number;
  name: string;
}
export interface Issuer extends NamedItem {
  place: string;
  code: string;
}
export interface FieldNode extends NamedItem {
  parentId: number | null;
  depth: number;
}

/** A document as stored. */
export interface DocumentRecord {
  id: number;
  siteId: number;
  number: string;
  numberForm: NumberForm;
  numberSeq: string;
  numberTypeCode: string;
  numberIssuerCode: string;
  numberYear: number | null;
  typeId: number;
  typeName: string;
  issuerId: number;
  issuerName: string;
  issuerPlace: string;
  /**
   * The signer's name and title. For a signer of the directory (`signerPersonId`), pages read
   * them from Cơ cấu tổ chức: the name there and the title held on the day of issue
   * (`DocumentService` fills them in); the stored title is then only the fallback for a day the
   * directory has no post. A free-text signer (imported, legacy) is shown as stored.
   */
  signerName: string;
  signerTitle: string;
  /** The signer as a person of the directory; null for a free-text signer. */
  signerPersonId: number | null;
  signerAuthority: string;
  /** The signer's name as a token key (document-number.ts textKey), for "cùng người ký". */
  signerKey: string;
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  effect: Effect;
  summary: string;
  body: string;
  scope: Scope;
  source: string;
  status: DocumentStatus;
  slug: string;
  views: number;
  version: number;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A relation seen from one document: the other document and the phrase for this side. */
export interface RelationView {
  kind: RelationKind;
  label: string;
  other: { id: number; number: string; slug: string; summary: string; published: boolean };
}

/** The public path of a document: /van-ban/<slug of type + number>-<id>. */
export function documentPath(d: Pick<DocumentRecord, 'id' | 'slug'>): string {
  return `/van-ban/${d.slug}-${d.id}`;
}

/** Slug of type + number: "Quy chế" + "09-QC/TW" → "quy-che-09-qc-tw". */
export function documentSlug(typeName: string, number: string): string {
  return slugify(`${typeName} ${number}`, 80);
}

/** "05/01/2026" from "2026-01-05". */
export function dayShort(day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The formal line: "Hà Nội, ngày 05 tháng 01 năm 2026" (day < 10 and month < 3 padded). */
export function formalLine(place: string, day: string): string {
  // The day's Vietnamese midnight: lib/date's formal date reads it as that same day.
  const date = formatFormalDate(new Date(`${day}T00:00:00+07:00`));
  return place ? `${place}, ${date}` : date[0]!.toUpperCase() + date.slice(1);
}

// ---- The workflow (pure rules, as newsroom/workflow.ts for articles) ----

export type DocTransition = 'submit' | 'return' | 'approve' | 'publish' | 'correct' | 'withdraw';

export const DOC_TRANSITION_LABELS: Record<DocTransition, string> = {
  submit: 'Gửi kiểm tra',
  return: 'Trả lại',
  approve: 'Duyệt',
  publish: 'Đăng',
  correct: 'Đính chính',
  withdraw: 'Gỡ văn bản',
};

interface DocRule {
  from: DocumentStatus[];
  to: DocumentStatus | 'same';
  action: Action;
  /** A note (reason) must be given. */
  note?: boolean;
}

export const DOC_RULES: Record<DocTransition, DocRule> = {
  submit: { from: ['draft'], to: 'review', action: 'document.submit' },
  return: { from: ['review', 'approved'], to: 'draft', action: 'document.edit', note: true },
  approve: { from: ['review'], to: 'approved', action: 'document.approve' },
  publish: { from: ['approved'], to: 'published', action: 'document.publish' },
  correct: { from: ['published'], to: 'published', action: 'document.correct', note: true },
  withdraw: { from: ['published'], to: 'withdrawn', action: 'document.withdraw', note: true },
};

export const isDocTransition = (s: string): s is DocTransition => s in DOC_RULES;

type Who = Pick<Account, 'role' | 'allSections' | 'sectionIds' | 'disabledAt'>;

/** Whether `who` may take `t` on a document in `status`. */
export function canDocTransition(who: Who, status: DocumentStatus, t: DocTransition): boolean {
  const r = DOC_RULES[t];
  return r.from.includes(status) && can(who, r.action);
}

/** The transitions `who` can take now, in table order. */
export function availableDocTransitions(who: Who, status: DocumentStatus): DocTransition[] {
  return (Object.keys(DOC_RULES) as DocTransition[]).filter((t) =>
    canDocTransition(who, status, t),
  );
}

/** The status after `t`. */
export function nextDocStatus(status: DocumentStatus, t: DocTransition): DocumentStatus {
  const to = DOC_RULES[t].to;
  return to === 'same' ? status : to;
}

/** Whether `who` may change the record's content in `status` (a published one only by correction). */
export function canEditDocument(
  who: Who,
  d: Pick<DocumentRecord, 'status' | 'createdBy'>,
  accountId: number,
): boolean {
  if (d.status === 'withdrawn') return false;
  if (d.status === 'published') return can(who, 'document.correct');
  if (can(who, 'document.edit')) return true;
  return d.status === 'draft' && d.createdBy === accountId && can(who, 'document.create');
}

/** The reason a document may not be published, or undefined when it may. */
export function publishRefusal(d: Pick<DocumentRecord, 'scope'>): string | undefined {
  if (d.scope === 'public') return undefined;
  return `Văn bản có phạm vi “${scopeLabel(d.scope)}” không được đăng lên trang công khai. Chỉ văn bản “Công khai” mới được đăng.`;
}
