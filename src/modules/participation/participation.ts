import crypto from 'node:crypto';

/** What a reader sends: feedback (Liên hệ – góp ý) or a question (Hỏi đáp). */
export const KINDS = { 'gop-y': 'Góp ý', 'hoi-dap': 'Hỏi đáp' } as const;
export type Kind = keyof typeof KINDS;

/** The states of a message in the back office, with their Vietnamese names. */
export const STATUSES = {
  moi: 'Mới',
  'dang-xu-ly': 'Đang xử lý',
  'da-tra-loi': 'Đã trả lời',
  dong: 'Đóng',
} as const;
export type Status = keyof typeof STATUSES;

/** Whether a string is a known state. */
export function isStatus(s: string): s is Status {
  return Object.hasOwn(STATUSES, s);
}

/** Where a staff member may move a message by hand ("đã trả lời" comes from sending a reply). */
export function mayMove(from: Status, to: Status): boolean {
  if (from === to) return false;
  if (to === 'da-tra-loi') return false;
  if (from === 'dong') return to === 'dang-xu-ly';
  return to === 'dang-xu-ly' || to === 'dong';
}

/**
 * The consent texts, by version. A new wording gets a new version: a message keeps the version
 * its sender ticked, so what was agreed to can always be shown.
 */
export const CONSENT_VERSION = 'v1-2026-12';
export const CONSENT_TEXTS = {
  reply:
    'Tôi đồng ý để Ban Biên tập xử lý họ tên, thông tin liên hệ và nội dung tôi gửi nhằm xem xét, chuyển đơn vị có thẩm quyền và trả lời tôi.',
  publish:
    'Tôi đồng ý để câu hỏi và câu trả lời được công khai trong mục Hỏi đáp sau khi đã ẩn danh (không kèm họ tên đầy đủ, thư điện tử, số điện thoại, địa chỉ).',
} as const;

/** The largest attachment a reader may send, in bytes. */
export const ATTACHMENT_MAX = 5 * 1024 * 1024;

/** Default months after closing before personal fields are erased. */
export const DEFAULT_RETENTION_MONTHS = 12;
/** The site setting holding the retention period in months. */
export const RETENTION_SETTING = 'participationRetentionMonths';

/** A receiving unit or field of the form. */
export interface ContactUnit {
  id: number;
  name: string;
  people: string;
  email: string;
}

/** A message as the back office sees it. */
export interface ContactMessage {
  id: number;
  code: string;
  kind: Kind;
  unitId: number | null;
  unitName: string;
  senderName: string;
  senderEmail: string;
  senderPhone: string;
  senderAddress: string;
  subject: string;
  body: string;
  consentReply: string;
  consentReplyAt: Date;
  consentPublish: string | null;
  consentPublishAt: Date | null;
  status: Status;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  reply: string;
  repliedAt: Date | null;
  repliedBy: string;
  replyMailed: boolean;
  publicQuestion: string;
  publicAsker: string;
  publicAnswer: string;
  publishedAt: Date | null;
  erasedAt: Date | null;
  attachment: { name: string; mime: string; size: number } | null;
}

/** What the sender sees when looking a message up by its code: no personal data. */
export interface Receipt {
  code: string;
  kind: Kind;
  subject: string;
  status: Status;
  createdAt: Date;
  reply: string;
  repliedAt: Date | null;
  unitName: string;
}

/** A published question of the public Hỏi đáp. */
export interface PublicQuestion {
  id: number;
  subject: string;
  question: string;
  asker: string;
  answer: string;
  unitName: string;
  askedAt: Date;
  publishedAt: Date;
}

/** One row of the inbox. */
export interface InboxRow {
  id: number;
  code: string;
  kind: Kind;
  subject: string;
  status: Status;
  unitName: string;
  createdAt: Date;
  published: boolean;
}

/** A staff note. */
export interface ContactNote {
  id: number;
  author: string;
  body: string;
  createdAt: Date;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A reference code such as "GY-7K3M-Q9TX": 40 random bits, no look-alike characters. */
export function newCode(kind: Kind): string {
  const bytes = crypto.randomBytes(8);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${kind === 'hoi-dap' ? 'HD' : 'GY'}-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** A code typed by a reader, normalised ("gy 7k3m q9tx" → "GY-7K3M-Q9TX"), or undefined. */
export function normaliseCode(raw: string): string | undefined {
  const s = raw
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 20);
  const m = /^(GY|HD)([A-Z0-9]{4})([A-Z0-9]{4})$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * The anonymised name proposed for a published question: initials of the name ("Nguyễn Văn An"
 * → "N.V.A."), staff add the honorific and place. Empty when there is no name.
 */
export function initials(name: string): string {
  const parts = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return parts.length ? `${parts.map((p) => p[0]!.toLocaleUpperCase('vi')).join('.')}.` : '';
}

/** The date personal fields of a message closed at `closedAt` are erased, after `months`. */
export function erasureDue(closedAt: Date, months: number): Date {
  const d = new Date(closedAt.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** The slug of a published question's address: /hoi-dap/<slug>-<id>. */
export function questionPath(q: { id: number; subject: string }, slugify: (s: string) => string) {
  return `/hoi-dap/${slugify(q.subject) || 'cau-hoi'}-${q.id}`;
}
