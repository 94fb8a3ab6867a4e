import crypto from 'node:crypto';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import { detectFile, isRefused } from '../media/media.detect.ts';
import { formatDateTime, vnDayKey } from '../../lib/date.ts';
import {
  reminderMail,
  replyMail,
  unitNoticeMail,
  type Mail,
  type Mailer,
} from './participation.mail.ts';
import type { ParticipationRepository } from './participation.repository.ts';
import type { MessageForm } from './participation.schema.ts';
import {
  ATTACHMENT_MAX,
  CONSENT_VERSION,
  DEFAULT_RETENTION_MONTHS,
  dueOf,
  KINDS,
  mayMove,
  newCode,
  normalizeSla,
  retryDelayMs,
  SLA_SETTING,
  SLA_STEPS,
  STATUSES,
  type ContactMessage,
  type ContactUnit,
  type MailPurpose,
  type SlaDays,
  type SlaStep,
  type Status,
} from './participation.ts';
import { say } from './participation.messages.ts';

/** Messages one sender (address group) may send per hour. */
export const SENDS_PER_HOUR = 5;
/** Attachment types a reader may send (checked by content). */
const ATTACHMENT_TYPES = new Set(['pdf', 'docx', 'xlsx', 'odt', 'ods', 'jpg', 'png']);

/** What participation changes write through, bound to one transaction. */
export interface ParticipationWrites {
  repo: ParticipationRepository;
  audit: AuditService;
}

const SYSTEM: Actor = { id: null, name: 'Hệ thống (lưu giữ dữ liệu)', ip: '', userAgent: '' };
/** Mails sent are kept this long (for the back office to show), then deleted. */
export const SENT_MAIL_KEEP_DAYS = 30;
/** How long one sender holds a mail it is sending (a crashed sender's mail is retried after). */
const MAIL_LEASE_MS = 2 * 60_000;

/**
 * Liên hệ – góp ý and Hỏi đáp: readers' messages, their handling in the back office, the
 * public Q&A and the erasure of personal data on schedule and on request. Every staff action
 * (including reading a sender's personal data) is one transaction with its audit record.
 */
export function participationService(deps: {
  repo: ParticipationRepository;
  tx: UnitOfWork<ParticipationWrites>;
  audit: AuditService;
  clock: () => Date;
  /** The site's secret for form tokens and sender hashes (created on first use). */
  secret: () => Promise<string>;
  /** Rate limit: counts a hit for key; false once over `limit` in the window. */
  allow: (key: string, limit: number, windowMs: number) => Promise<boolean>;
  settings: { get: (k: string) => Promise<unknown>; put: (k: string, v: unknown) => Promise<void> };
  /** The site's name and public address (for mails). */
  /** The site's name, address and public e-mail (the Ban Biên tập's: reminders with no unit). */
  site: () => Promise<{ name: string; base: string; email?: string }>;
  mailer?: Mailer;
  log?: { warn: (o: object, m: string) => void };
}) {
  const { repo, tx, clock } = deps;

  async function find(id: number): Promise<ContactMessage> {
    const m = Number.isSafeInteger(id) ? await repo.byId(id) : undefined;
    if (!m) throw new NotFound(say('participation.not_found'));
    return m;
  }
  async function unitOf(id: number | null): Promise<ContactUnit | null> {
    if (id === null) return null;
    const u = (await repo.units()).find((x) => x.id === id);
    if (!u) throw Validation.of('unitId', say('participation.unit_invalid'));
    return u;
  }
  /**
   * Queues a mail in the outbox, in the caller's transaction: the job runner sends it (and
   * retries while SMTP is down), so no request waits for the mail server and none is lost.
   * Without a configured mailer nothing is queued (nothing could send it).
   */
  async function queue(
    r: ParticipationRepository,
    purpose: MailPurpose,
    messageId: number | null,
    m: Mail,
  ): Promise<boolean> {
    if (!deps.mailer || !m.to) return false;
    await r.enqueueMail({
      purpose,
      messageId,
      recipient: m.to,
      subject: m.subject,
      body: m.text,
      at: clock(),
    });
    return true;
  }
  async function sla(): Promise<SlaDays> {
    return normalizeSla(await deps.settings.get(SLA_SETTING));
  }
  /** Per step, the instant a step must have begun after to be on time now. */
  function cutoffs(days: SlaDays): Record<SlaStep, Date> {
    const now = clock().getTime();
    const out = {} as Record<SlaStep, Date>;
    for (const k of Object.keys(days) as SlaStep[]) out[k] = new Date(now - days[k] * 86_400_000);
    return out;
  }
  const target = (m: { id: number; code: string }) => ({
    type: 'contact_message',
    id: m.id,
    summary: m.code,
  });

  return {
    units: () => repo.units(),
    secret: deps.secret,

    async retentionMonths(): Promise<number> {
      const v = await deps.settings.get('participationRetentionMonths');
      return typeof v === 'number' && v >= 1 && v <= 60 ? v : DEFAULT_RETENTION_MONTHS;
    },
    async setRetention(actor: Actor, months: number): Promise<void> {
      await deps.settings.put('participationRetentionMonths', months);
      await deps.audit.record(actor, 'participation.retention_updated', {
        summary: `${months} tháng`,
      });
    },

    /** Whether this sender (by the hash key) may send one more message now. */
    mayPost: (key: string) => deps.allow(key, SENDS_PER_HOUR, 3600_000),
    /** Whether this sender may look one more code up this hour. */
    mayLookUp: (key: string, perHour: number) => deps.allow(key, perHour, 3600_000),

    /**
     * Stores a reader's message with its consent records and optional attachment (judged by
     * content), notifies the receiving unit, and returns the reference code.
     */
    async submit(
      form: MessageForm,
      file?: { name: string; data: Buffer },
    ): Promise<{ code: string; id: number }> {
      const unit = await unitOf(form.unitId);
      let attachment: { name: string; mime: string; data: Buffer } | undefined;
      if (file && file.data.length > 0) {
        if (file.data.length > ATTACHMENT_MAX)
          throw Validation.of(
            'file',
            say('participation.file_too_large', ATTACHMENT_MAX / 1048576),
          );
        const kind = await detectFile(file.data);
        if (isRefused(kind) || !ATTACHMENT_TYPES.has(kind.ext))
          throw Validation.of('file', say('participation.file_type'));
        const base = file.name
          .normalize('NFC')
          .replace(/^.*[\\/]/, '')
          .replace(/\.[^.]*$/, '')
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
          .slice(0, 80);
        attachment = {
          name: `${base || 'tep-dinh-kem'}.${kind.ext}`,
          mime: kind.mime,
          data: file.data,
        };
      }
      const code = newCode(form.kind);
      const site = unit?.email ? await deps.site() : undefined;
      const id = await tx(async ({ repo }) => {
        const id = await repo.insertMessage({
          code,
          kind: form.kind,
          unitId: unit?.id ?? null,
          senderName: form.name,
          senderEmail: form.email.toLowerCase(),
          senderPhone: form.phone,
          senderAddress: form.address,
          subject: form.subject,
          body: form.body,
          consentReply: `${CONSENT_VERSION}:reply`,
          consentPublish: form.consentPublish ? `${CONSENT_VERSION}:publish` : null,
          at: clock(),
        });
        if (attachment) await repo.insertAttachment(id, attachment);
        if (unit?.email && site)
          await queue(
            repo,
            'unit-notice',
            id,
            unitNoticeMail({
              to: unit.email,
              unitName: unit.name,
              code,
              subject: form.subject,
              kindLabel: KINDS[form.kind],
              adminUrl: `${site.base}/quan-tri/gop-y/${id}`,
            }),
          );
        return id;
      });
      return { code, id };
    },

    receipt: (code: string) => repo.receipt(code),

    /** The inbox page, each row with its due date; `overdue` keeps only those past it. */
    async inbox(f: { status?: Status; overdue?: boolean; page: number }) {
      const days = await sla();
      const r = await repo.inbox({
        status: f.status,
        overdue: f.overdue ? cutoffs(days) : undefined,
        page: f.page,
        size: 30,
      });
      const now = clock();
      return {
        total: r.total,
        rows: r.rows.map((x) => ({ ...x, due: dueOf(x.status, x.stepAt, days, now) })),
        waitingMail: await repo.waitingMailCount(),
      };
    },

    /** A message with its sender's data: reading it is audited (access to personal data). */
    async open(actor: Actor, id: number) {
      const m = await find(id);
      await deps.audit.record(actor, 'participation.viewed', target(m));
      return {
        message: m,
        notes: await repo.notes(id),
        units: await repo.units(),
        due: dueOf(m.status, m.stepAt, await sla(), clock()),
        mails: await repo.outbox({ messageId: id, limit: 50 }),
      };
    },

    slaDays: sla,
    async setSla(actor: Actor, days: SlaDays): Promise<void> {
      await deps.settings.put(SLA_SETTING, days);
      await deps.audit.record(actor, 'participation.sla_updated', {
        summary: (Object.keys(SLA_STEPS) as SlaStep[])
          .map((k) => `${STATUSES[k]}: ${days[k]} ngày`)
          .join('; '),
      });
    },

    /**
     * The outbox job: sends the site's waiting mails whose time has come; a failure is kept
     * with its error and tried again later (1 min, doubling, at most 6 hours apart), never
     * dropped. Each mail is leased first, so two instances never send it at once.
     */
    async deliverMail(limit = 50): Promise<{ sent: number; failed: number }> {
      const out = { sent: 0, failed: 0 };
      if (!deps.mailer) return out;
      for (const row of await repo.dueMail(clock(), limit)) {
        const now = clock();
        if (!(await repo.claimMail(row.id, now, new Date(now.getTime() + MAIL_LEASE_MS)))) continue;
        try {
          await deps.mailer.send({ to: row.recipient, subject: row.subject, text: row.body });
          await repo.mailSent(row.id, clock());
          out.sent++;
        } catch (err) {
          const at = clock();
          const next = new Date(at.getTime() + retryDelayMs(row.attempts + 1));
          await repo.mailFailed(row.id, at, next, err instanceof Error ? err.message : String(err));
          deps.log?.warn(
            { err, code: 'participation.mail_failed', mail: row.id },
            'mail not sent; will retry',
          );
          out.failed++;
        }
      }
      return out;
    },
    /** Deletes sent mails older than SENT_MAIL_KEEP_DAYS. */
    purgeSentMail: () =>
      repo.purgeSentMail(new Date(clock().getTime() - SENT_MAIL_KEEP_DAYS * 86_400_000)),
    /** The waiting mails of the site (the back office's outbox). */
    waitingMail: () => repo.outbox({ waiting: true, limit: 100 }),

    /**
     * The reminder job: each overdue message of a unit with an e-mail gets one reminder a day
     * per step at most (the mark and the queued mail are one transaction).
     */
    async remind(): Promise<number> {
      if (!deps.mailer) return 0;
      const days = await sla();
      const day = vnDayKey(clock());
      const rows = await repo.overdueToRemind(cutoffs(days), day);
      if (!rows.length) return 0;
      const site = await deps.site();
      let n = 0;
      for (const r of rows) {
        const due = dueOf(r.status, r.stepAt, days, clock());
        if (!due.at || !due.overdue) continue;
        const step = r.status as SlaStep;
        // A message no unit has yet (or whose unit has no e-mail) reminds the Ban Biên tập.
        const to = r.unitEmail || site.email || '';
        if (!to) continue;
        const done = await tx(async ({ repo }) => {
          if (!(await repo.markReminded(r.id, r.status, day))) return false;
          return queue(
            repo,
            'reminder',
            r.id,
            reminderMail({
              to,
              unitName: r.unitEmail ? r.unitName : 'Ban Biên tập',
              code: r.code,
              subject: r.subject,
              kindLabel: KINDS[r.kind],
              stepLabel: SLA_STEPS[step],
              due: formatDateTime(due.at!),
              adminUrl: `${site.base}/quan-tri/gop-y/${r.id}`,
            }),
          );
        });
        if (done) n++;
      }
      return n;
    },

    async attachment(actor: Actor, id: number) {
      const m = await find(id);
      const a = await repo.attachment(id);
      if (!a) throw new NotFound(say('participation.not_found'));
      await deps.audit.record(actor, 'participation.attachment_viewed', target(m));
      return a;
    },

    async assign(actor: Actor, id: number, unitId: number | null): Promise<void> {
      const m = await find(id);
      const unit = await unitOf(unitId);
      if (m.unitId === unitId) return;
      const site = unit?.email ? await deps.site() : undefined;
      await tx(async ({ repo, audit }) => {
        await repo.update(
          id,
          {
            unitId,
            // Sent to a unit (again): that unit's step starts; "Đã chuyển đơn vị" until it
            // takes the message up. Taking it away from every unit leaves the state as it is.
            ...(unitId !== null &&
            (m.status === 'moi' || m.status === 'da-chuyen' || m.status === 'dang-xu-ly')
              ? { status: 'da-chuyen' as const, stepAt: clock().toISOString() }
              : {}),
          },
          clock(),
        );
        if (m.publishedAt) await repo.moveQuestion(id, unitId);
        await audit.record(actor, 'participation.assigned', {
          ...target(m),
          summary: `${m.code} → ${unit?.name ?? '(chưa giao)'}`,
        });
        if (unit?.email && site)
          await queue(
            repo,
            'unit-notice',
            id,
            unitNoticeMail({
              to: unit.email,
              unitName: unit.name,
              code: m.code,
              subject: m.subject,
              kindLabel: KINDS[m.kind],
              adminUrl: `${site.base}/quan-tri/gop-y/${id}`,
            }),
          );
      });
    },

    async move(actor: Actor, id: number, to: Status): Promise<void> {
      const m = await find(id);
      if (!mayMove(m.status, to)) throw new Conflict(say('participation.status_invalid'));
      await tx(async ({ repo, audit }) => {
        await repo.update(
          id,
          {
            status: to,
            closedAt: to === 'dong' ? clock().toISOString() : null,
            stepAt: clock().toISOString(),
          },
          clock(),
        );
        await audit.record(actor, 'participation.status', {
          ...target(m),
          summary: `${m.code}: ${STATUSES[m.status]} → ${STATUSES[to]}`,
        });
      });
    },

    async note(actor: Actor, id: number, body: string): Promise<void> {
      const m = await find(id);
      await tx(async ({ repo, audit }) => {
        await repo.insertNote(id, actor.name, body, clock());
        await audit.record(actor, 'participation.noted', target(m));
      });
    },

    /**
     * Stores the reply, queues it for the sender when they left an e-mail (sent by the outbox
     * job; `replyMailed` turns true once delivered), marks it answered.
     */
    async reply(actor: Actor, id: number, text: string): Promise<{ queued: boolean }> {
      const m = await find(id);
      if (m.erasedAt) throw new Conflict(say('participation.erased'));
      const site = await deps.site();
      const queued = await tx(async ({ repo, audit }) => {
        await repo.update(
          id,
          {
            reply: text,
            repliedAt: clock().toISOString(),
            repliedBy: actor.name,
            replyMailed: 0,
            status: 'da-tra-loi',
            closedAt: null,
            stepAt: clock().toISOString(),
          },
          clock(),
        );
        const queued = m.senderEmail
          ? await queue(
              repo,
              'reply',
              id,
              replyMail({
                to: m.senderEmail,
                siteName: site.name,
                siteBase: site.base,
                code: m.code,
                subject: m.subject,
                reply: text,
              }),
            )
          : false;
        await audit.record(actor, 'participation.replied', {
          ...target(m),
          detail: { queued },
        });
        return queued;
      });
      return { queued };
    },

    /** Publishes an answered question, as edited and anonymised by staff, in Hỏi đáp. */
    async publish(
      actor: Actor,
      id: number,
      p: { question: string; asker: string; answer: string },
    ): Promise<void> {
      const m = await find(id);
      if (!m.consentPublish) throw new Conflict(say('participation.publish_no_consent'));
      if (!m.repliedAt) throw new Conflict(say('participation.publish_not_answered'));
      await tx(async ({ repo, audit }) => {
        await repo.update(
          id,
          {
            publicQuestion: p.question,
            publicAsker: p.asker,
            publicAnswer: p.answer,
            publishedAt: (m.publishedAt ?? clock()).toISOString(),
          },
          clock(),
        );
        await repo.putQuestion({
          messageId: id,
          unitId: m.unitId,
          subject: m.subject,
          question: p.question,
          asker: p.asker,
          answer: p.answer,
          askedAt: m.createdAt,
          publishedAt: m.publishedAt ?? clock(),
        });
        await audit.record(actor, 'participation.published', target(m));
      });
    },
    async unpublish(actor: Actor, id: number): Promise<void> {
      const m = await find(id);
      if (!m.publishedAt) return;
      await tx(async ({ repo, audit }) => {
        await repo.update(id, { publishedAt: null }, clock());
        await repo.removeQuestion(id);
        await audit.record(actor, 'participation.unpublished', target(m));
      });
    },

    /** Erases one message's personal data now (the sender asked, or staff decided). */
    async erase(actor: Actor, id: number): Promise<void> {
      const m = await find(id);
      if (m.erasedAt) return;
      await tx(async ({ repo, audit }) => {
        await repo.erase(id, clock());
        await audit.record(actor, 'participation.erased', target(m));
      });
    },

    /** Everything stored about a sender (by e-mail or phone), for a request to see their data. */
    async exportSender(actor: Actor, contact: string) {
      const ids = await repo.bySender(contact.trim());
      const out = [];
      for (const id of ids) {
        const m = await find(id);
        out.push({
          maTraCuu: m.code,
          loai: KINDS[m.kind],
          hoTen: m.senderName,
          thuDienTu: m.senderEmail,
          dienThoai: m.senderPhone,
          diaChi: m.senderAddress,
          tieuDe: m.subject,
          noiDung: m.body,
          tepDinhKem: m.attachment?.name ?? null,
          dongY: {
            xuLyVaTraLoi: { phienBan: m.consentReply, luc: m.consentReplyAt.toISOString() },
            congKhaiAnDanh: m.consentPublish
              ? { phienBan: m.consentPublish, luc: m.consentPublishAt?.toISOString() }
              : null,
          },
          trangThai: STATUSES[m.status],
          guiLuc: m.createdAt.toISOString(),
          traLoi: m.reply,
        });
      }
      await deps.audit.record(actor, 'participation.exported', {
        type: 'contact_sender',
        summary: `${ids.length} ý kiến`,
      });
      return out;
    },
    /** Erases every message of a sender (by e-mail or phone); returns how many. */
    async eraseSender(actor: Actor, contact: string): Promise<number> {
      const ids = await repo.bySender(contact.trim());
      if (!ids.length) return 0;
      await tx(async ({ repo, audit }) => {
        for (const id of ids) await repo.erase(id, clock());
        await audit.record(actor, 'participation.erased', {
          type: 'contact_sender',
          summary: `${ids.length} ý kiến (theo yêu cầu của người gửi)`,
        });
      });
      return ids.length;
    },

    /** The retention job: erases personal data of messages closed more than N months ago. */
    async expire(): Promise<number> {
      const months = await this.retentionMonths();
      const cutoff = new Date(clock().getTime());
      cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
      const ids = await repo.dueForErasure(cutoff);
      if (!ids.length) return 0;
      await tx(async ({ repo, audit }) => {
        for (const id of ids) await repo.erase(id, clock());
        await audit.record(SYSTEM, 'participation.expired', {
          type: 'contact_message',
          summary: `${ids.length} ý kiến đóng quá ${months} tháng`,
          detail: { ids },
        });
      });
      return ids.length;
    },

    async createUnit(actor: Actor, u: Omit<ContactUnit, 'id'>): Promise<void> {
      await tx(async ({ repo, audit }) => {
        const id = await repo.insertUnit(u);
        await audit.record(actor, 'participation.unit_created', {
          type: 'contact_unit',
          id,
          summary: u.name,
        });
      });
    },
    async updateUnit(actor: Actor, id: number, u: Omit<ContactUnit, 'id'>): Promise<void> {
      const before = (await repo.units()).find((x) => x.id === id);
      if (!before) throw new NotFound(say('participation.unit_not_found'));
      await tx(async ({ repo, audit }) => {
        await repo.updateUnit(id, u);
        await audit.record(actor, 'participation.unit_updated', {
          type: 'contact_unit',
          id,
          summary: u.name,
        });
      });
    },
    async removeUnit(actor: Actor, id: number): Promise<void> {
      const before = (await repo.units()).find((x) => x.id === id);
      if (!before) throw new NotFound(say('participation.unit_not_found'));
      if (await repo.openCountOfUnit(id)) throw new Conflict(say('participation.unit_in_use'));
      await tx(async ({ repo, audit }) => {
        await repo.removeUnit(id);
        await audit.record(actor, 'participation.unit_deleted', {
          type: 'contact_unit',
          id,
          summary: before.name,
        });
      });
    },

    published: (f: { q: string; unitId?: number; page: number }) =>
      repo.published({ ...f, size: 20 }),
    async question(id: number) {
      const r = await repo.published({ q: '', id, page: 1, size: 1 });
      const q = r.rows[0];
      if (!q) throw new NotFound(say('participation.not_found'));
      return q;
    },
  };
}

/** A fresh random secret for a site (form tokens, sender hashes). */
export function newSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export type ParticipationService = ReturnType<typeof participationService>;
