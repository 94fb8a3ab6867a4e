import type { Generated } from 'kysely';

/** `contact_unit`: a receiving unit or field of a site's Liên hệ – góp ý form. */
export interface ContactUnitTable {
  siteId: number;
  id: Generated<number>;
  name: string;
  /** The people who answer for the unit (free text, shown to staff only). */
  people: Generated<string>;
  /** Where notices of new messages go ('' for none). */
  email: Generated<string>;
  position: Generated<number>;
}

/** `contact_message`: a reader's message or question; personal fields are '' once erased. */
export interface ContactMessageTable {
  siteId: number;
  id: Generated<number>;
  /** The reference code given to the sender (the only way to look the message up). */
  code: string;
  /** 'gop-y' (feedback) or 'hoi-dap' (question). */
  kind: string;
  unitId: number | null;
  senderName: Generated<string>;
  senderEmail: Generated<string>;
  senderPhone: Generated<string>;
  senderAddress: Generated<string>;
  subject: string;
  body: string;
  /** The version of the notice consented to for "xử lý và trả lời" (always given). */
  consentReply: string;
  consentReplyAt: string;
  /** The version of the notice consented to for publishing anonymised, or null. */
  consentPublish: string | null;
  consentPublishAt: string | null;
  status: Generated<string>;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  reply: Generated<string>;
  repliedAt: string | null;
  repliedBy: Generated<string>;
  replyMailed: Generated<number>;
  publicQuestion: Generated<string>;
  publicAsker: Generated<string>;
  publicAnswer: Generated<string>;
  publishedAt: string | null;
  erasedAt: string | null;
  /** When the current handling step began (its due date counts from here). */
  stepAt: string | null;
  /** The step and Vietnamese day of the last overdue reminder (at most one a day per step). */
  remindedStep: Generated<string>;
  remindedDay: Generated<string>;
}

/** `contact_attachment`: the file sent with a message (base64), erased with the personal data. */
export interface ContactAttachmentTable {
  messageId: number;
  siteId: number;
  name: string;
  mime: string;
  size: number;
  data: string;
}

/** `contact_question`: a published question of Hỏi đáp, as edited and anonymised by staff. */
export interface ContactQuestionTable {
  messageId: number;
  siteId: number;
  unitId: number | null;
  subject: string;
  question: string;
  asker: Generated<string>;
  answer: string;
  askedAt: string;
  publishedAt: string;
  /** Subject, question, asker and answer folded (lib/text fold): search without diacritics. */
  searchKey: Generated<string>;
}

/** `contact_note`: a staff member's internal note on a message (never shown to the sender). */
export interface ContactNoteTable {
  siteId: number;
  id: Generated<number>;
  messageId: number;
  author: string;
  body: string;
  createdAt: string;
}

/** `mail_outbox`: every outgoing mail, kept until sent (retried with backoff), purged later. */
export interface MailOutboxTable {
  siteId: number;
  id: Generated<number>;
  /** 'unit-notice', 'reminder' or 'reply'. */
  purpose: string;
  messageId: number | null;
  recipient: string;
  subject: string;
  body: string;
  /** 'cho-gui' (waiting or retrying) or 'da-gui' (sent). */
  status: Generated<string>;
  attempts: Generated<number>;
  nextAt: string;
  /** A sender holds the row until then (several instances never send it twice at once). */
  leaseUntil: string;
  lastError: Generated<string>;
  createdAt: string;
  sentAt: string | null;
}
