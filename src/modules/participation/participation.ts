import crypto from 'node:crypto';

/** What a reader sends: feedback (Liên hệ – góp ý) or a question (Hỏi đáp). */
export const KINDS = { 'gop-y': 'Góp ý', 'hoi-dap': 'Hỏi đáp' } as const;
export type Kind = keyof typeof KINDS;

/** The states of a message in the back office, with their Vietnamese names. */
export const STATUSES = {
  moi: 'Mới',
  'da-chuyen': 'Đã chuyển đơn vị',
  'dang-xu-ly': 'Đang xử lý',
  'da-tra-loi': 'Đã trả lời',
  dong: 'Đóng',
} as const;
export type Status = keyof typeof STATUSES;

/** Whether a string is a known state. */
export function isStatus(s: string): s is Status {
  return Object.hasOwn(STATUSES, s);
}

/**
 * Where a staff member may move a message by hand: "đã chuyển đơn vị" comes from choosing the
 * unit, "đã trả lời" from sending a reply; the unit takes a message up ("đang xử lý") or closes it.
 */
export function mayMove(from: Status, to: Status): boolean {
  if (from === to) return false;
  if (to === 'da-tra-loi' || to === 'da-chuyen' || to === 'moi') return false;
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
  /** When the current handling step began. */
  stepAt: Date | null;
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
  stepAt: Date | null;
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

/** The handling steps with a due date (SLA), and what must be done in each. */
export const SLA_STEPS = {
  moi: 'Chuyển đơn vị xử lý',
  'da-chuyen': 'Đơn vị tiếp nhận, bắt đầu xử lý',
  'dang-xu-ly': 'Trả lời người gửi',
  'da-tra-loi': 'Công khai hoặc đóng',
} as const;
export type SlaStep = keyof typeof SLA_STEPS;
/** Days allowed per step unless the site says otherwise. */
export const DEFAULT_SLA_DAYS: Readonly<Record<SlaStep, number>> = {
  moi: 2,
  'da-chuyen': 2,
  'dang-xu-ly': 10,
  'da-tra-loi': 5,
};
/** The site setting holding the days per step ({ moi, 'da-chuyen', 'dang-xu-ly', 'da-tra-loi' }). */
export const SLA_SETTING = 'participationSlaDays';
export type SlaDays = Record<SlaStep, number>;

/** Whether a state has a due date. */
export function isSlaStep(s: string): s is SlaStep {
  return Object.hasOwn(SLA_STEPS, s);
}

/** A stored SLA setting read tolerantly: each step 1..90 days, else its default. */
export function normalizeSla(raw: unknown): SlaDays {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_SLA_DAYS };
  for (const k of Object.keys(SLA_STEPS) as SlaStep[]) {
    const v = o[k];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 90) out[k] = v;
  }
  return out;
}

/** When the current step of a message is due, or null (a closed message has none). */
export function dueAt(status: Status, stepAt: Date | null, sla: SlaDays): Date | null {
  if (!isSlaStep(status) || !stepAt) return null;
  return new Date(stepAt.getTime() + sla[status] * 86_400_000);
}

/** The due date of a message and whether it has passed. */
export interface Due {
  at: Date | null;
  overdue: boolean;
}
export function dueOf(status: Status, stepAt: Date | null, sla: SlaDays, now: Date): Due {
  const at = dueAt(status, stepAt, sla);
  return { at, overdue: Boolean(at && at.getTime() < now.getTime()) };
}

/** The purposes of outgoing mail, with their Vietnamese names. */
export const MAIL_PURPOSES = {
  'unit-notice': 'Thông báo cho đơn vị',
  reminder: 'Nhắc hạn xử lý',
  reply: 'Trả lời người gửi',
} as const;
export type MailPurpose = keyof typeof MAIL_PURPOSES;

/** One outgoing mail as the back office sees it. */
export interface OutboxRow {
  id: number;
  purpose: MailPurpose;
  recipient: string;
  subject: string;
  status: 'cho-gui' | 'da-gui';
  attempts: number;
  nextAt: Date;
  lastError: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** The wait before the next try after `attempts` failures: 1 min doubling, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}
