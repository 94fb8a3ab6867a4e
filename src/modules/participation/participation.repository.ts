import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { fold } from '../../lib/text.ts';
import type {
  ContactMessage,
  ContactNote,
  ContactUnit,
  InboxRow,
  Kind,
  MailPurpose,
  OutboxRow,
  SlaStep,
  PublicQuestion,
  Receipt,
  Status,
} from './participation.ts';

/** The fields of a new message, as the service has checked them. */
export interface NewMessage {
  code: string;
  kind: Kind;
  unitId: number | null;
  senderName: string;
  senderEmail: string;
  senderPhone: string;
  senderAddress: string;
  subject: string;
  body: string;
  consentReply: string;
  consentPublish: string | null;
  at: Date;
}

/** What may change on a message after it arrived. */
export type MessagePatch = Partial<{
  unitId: number | null;
  status: Status;
  closedAt: string | null;
  reply: string;
  repliedAt: string | null;
  repliedBy: string;
  replyMailed: number;
  publicQuestion: string;
  publicAsker: string;
  publicAnswer: string;
  publishedAt: string | null;
  stepAt: string;
}>;

/** A mail to queue in the outbox. */
export interface NewMail {
  purpose: MailPurpose;
  messageId: number | null;
  recipient: string;
  subject: string;
  body: string;
  at: Date;
}

/** An overdue message the reminder job may remind its unit of. */
export interface OverdueRow {
  id: number;
  code: string;
  kind: Kind;
  subject: string;
  status: Status;
  stepAt: Date;
  unitName: string;
  unitEmail: string;
}

const d = (s: string | null): Date | null => (s ? new Date(s) : null);

/** The only place that queries Liên hệ – góp ý: units, messages, attachments, notes. */
export function participationRepository(db: Db) {
  const k = db.kysely;
  const messages = () =>
    k
      .selectFrom('contactMessage as m')
      .leftJoin('contactUnit as u', 'u.id', 'm.unitId')
      .where('m.siteId', '=', currentSiteId());

  return {
    async units(): Promise<ContactUnit[]> {
      return k
        .selectFrom('contactUnit')
        .select(['id', 'name', 'people', 'email'])
        .where('siteId', '=', currentSiteId())
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async insertUnit(u: Omit<ContactUnit, 'id'>): Promise<number> {
      const n = await k
        .selectFrom('contactUnit')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('siteId', '=', currentSiteId())
        .executeTakeFirstOrThrow();
      const row = await k
        .insertInto('contactUnit')
        .values({ ...u, siteId: currentSiteId(), position: Number(n.n) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async updateUnit(id: number, u: Omit<ContactUnit, 'id'>): Promise<void> {
      await k
        .updateTable('contactUnit')
        .set(u)
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async removeUnit(id: number): Promise<void> {
      await k
        .updateTable('contactQuestion')
        .set({ unitId: null })
        .where('siteId', '=', currentSiteId())
        .where('unitId', '=', id)
        .execute();
      await k
        .updateTable('contactMessage')
        .set({ unitId: null })
        .where('siteId', '=', currentSiteId())
        .where('unitId', '=', id)
        .execute();
      await k
        .deleteFrom('contactUnit')
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    async openCountOfUnit(id: number): Promise<number> {
      const r = await k
        .selectFrom('contactMessage')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('siteId', '=', currentSiteId())
        .where('unitId', '=', id)
        .where('status', '!=', 'dong')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async insertMessage(m: NewMessage): Promise<number> {
      const at = m.at.toISOString();
      const row = await k
        .insertInto('contactMessage')
        .values({
          siteId: currentSiteId(),
          code: m.code,
          kind: m.kind,
          unitId: m.unitId,
          senderName: m.senderName,
          senderEmail: m.senderEmail,
          senderPhone: m.senderPhone,
          senderAddress: m.senderAddress,
          subject: m.subject,
          body: m.body,
          consentReply: m.consentReply,
          consentReplyAt: at,
          consentPublish: m.consentPublish,
          consentPublishAt: m.consentPublish ? at : null,
          createdAt: at,
          updatedAt: at,
          stepAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async insertAttachment(
      messageId: number,
      a: { name: string; mime: string; data: Buffer },
    ): Promise<void> {
      await k
        .insertInto('contactAttachment')
        .values({
          messageId,
          siteId: currentSiteId(),
          name: a.name,
          mime: a.mime,
          size: a.data.length,
          data: a.data.toString('base64'),
        })
        .execute();
    },
    async attachment(
      messageId: number,
    ): Promise<{ name: string; mime: string; data: Buffer } | undefined> {
      const r = await k
        .selectFrom('contactAttachment')
        .select(['name', 'mime', 'data'])
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', messageId)
        .executeTakeFirst();
      return r && { name: r.name, mime: r.mime, data: Buffer.from(r.data, 'base64') };
    },

    async byId(id: number): Promise<ContactMessage | undefined> {
      const r = await messages()
        .leftJoin('contactAttachment as a', 'a.messageId', 'm.id')
        .selectAll('m')
        .select([
          'u.name as unitName',
          'a.name as fileName',
          'a.mime as fileMime',
          'a.size as fileSize',
        ])
        .where('m.id', '=', id)
        .executeTakeFirst();
      if (!r) return undefined;
      return {
        id: r.id,
        code: r.code,
        kind: r.kind as Kind,
        unitId: r.unitId,
        unitName: r.unitName ?? '',
        senderName: r.senderName,
        senderEmail: r.senderEmail,
        senderPhone: r.senderPhone,
        senderAddress: r.senderAddress,
        subject: r.subject,
        body: r.body,
        consentReply: r.consentReply,
        consentReplyAt: new Date(r.consentReplyAt),
        consentPublish: r.consentPublish,
        consentPublishAt: d(r.consentPublishAt),
        status: r.status as Status,
        createdAt: new Date(r.createdAt),
        updatedAt: new Date(r.updatedAt),
        closedAt: d(r.closedAt),
        reply: r.reply,
        repliedAt: d(r.repliedAt),
        repliedBy: r.repliedBy,
        replyMailed: r.replyMailed === 1,
        publicQuestion: r.publicQuestion,
        publicAsker: r.publicAsker,
        publicAnswer: r.publicAnswer,
        publishedAt: d(r.publishedAt),
        erasedAt: d(r.erasedAt),
        attachment: r.fileName
          ? { name: r.fileName, mime: r.fileMime ?? '', size: r.fileSize ?? 0 }
          : null,
        stepAt: d(r.stepAt),
      };
    },
    async receipt(code: string): Promise<Receipt | undefined> {
      const r = await messages()
        .select([
          'm.code',
          'm.kind',
          'm.subject',
          'm.status',
          'm.createdAt',
          'm.reply',
          'm.repliedAt',
          'u.name as unitName',
        ])
        .where('m.code', '=', code)
        .executeTakeFirst();
      return (
        r && {
          code: r.code,
          kind: r.kind as Kind,
          subject: r.subject,
          status: r.status as Status,
          createdAt: new Date(r.createdAt),
          reply: r.reply,
          repliedAt: d(r.repliedAt),
          unitName: r.unitName ?? '',
        }
      );
    },
    async inbox(f: {
      status?: Status;
      /** Only messages whose step began before its cutoff (overdue). */
      overdue?: Record<SlaStep, Date>;
      page: number;
      size: number;
    }): Promise<{
      rows: InboxRow[];
      total: number;
    }> {
      let q = messages();
      if (f.status) q = q.where('m.status', '=', f.status);
      const cut = f.overdue;
      if (cut)
        q = q.where((e) =>
          e.or(
            (Object.keys(cut) as SlaStep[]).map((s) =>
              e.and([e('m.status', '=', s), e('m.stepAt', '<', cut[s].toISOString())]),
            ),
          ),
        );
      const total = await q
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .select([
          'm.id',
          'm.code',
          'm.kind',
          'm.subject',
          'm.status',
          'm.createdAt',
          'm.publishedAt',
          'm.stepAt',
          'u.name as unitName',
        ])
        .orderBy('m.createdAt', 'desc')
        .orderBy('m.id', 'desc')
        .limit(f.size)
        .offset((f.page - 1) * f.size)
        .execute();
      return {
        total: Number(total.n),
        rows: rows.map((r) => ({
          id: r.id,
          code: r.code,
          kind: r.kind as Kind,
          subject: r.subject,
          status: r.status as Status,
          unitName: r.unitName ?? '',
          createdAt: new Date(r.createdAt),
          published: Boolean(r.publishedAt),
          stepAt: d(r.stepAt),
        })),
      };
    },
    async update(id: number, patch: MessagePatch, at: Date): Promise<void> {
      await k
        .updateTable('contactMessage')
        .set({ ...patch, updatedAt: at.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },

    async notes(messageId: number): Promise<ContactNote[]> {
      const rows = await k
        .selectFrom('contactNote')
        .select(['id', 'author', 'body', 'createdAt'])
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', messageId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
    },
    async insertNote(messageId: number, author: string, body: string, at: Date): Promise<void> {
      await k
        .insertInto('contactNote')
        .values({ siteId: currentSiteId(), messageId, author, body, createdAt: at.toISOString() })
        .execute();
    },

    /** Published questions, newest first; `q` matches subject, question or answer (case-folded). */
    async published(f: {
      q: string;
      unitId?: number;
      id?: number;
      page: number;
      size: number;
    }): Promise<{
      rows: PublicQuestion[];
      total: number;
    }> {
      let q = k
        .selectFrom('contactQuestion as p')
        .leftJoin('contactUnit as u', 'u.id', 'p.unitId')
        .where('p.siteId', '=', currentSiteId());
      if (f.unitId) q = q.where('p.unitId', '=', f.unitId);
      if (f.id) q = q.where('p.messageId', '=', f.id);
      // Folded on both sides: "dien bien" finds "Điện Biên" (and "hoà" finds "hòa").
      for (const word of fold(f.q).split(/\s+/).filter(Boolean).slice(0, 8)) {
        const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where(sql`p.search_key`, 'like', sql`${like} escape '\\'`);
      }
      const total = await q
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .select([
          'p.messageId',
          'p.subject',
          'p.question',
          'p.asker',
          'p.answer',
          'p.askedAt',
          'p.publishedAt',
          'u.name as unitName',
        ])
        .orderBy('p.publishedAt', 'desc')
        .orderBy('p.messageId', 'desc')
        .limit(f.size)
        .offset((f.page - 1) * f.size)
        .execute();
      return {
        total: Number(total.n),
        rows: rows.map((r) => ({
          id: r.messageId,
          subject: r.subject,
          question: r.question,
          asker: r.asker,
          answer: r.answer,
          unitName: r.unitName ?? '',
          askedAt: new Date(r.askedAt),
          publishedAt: new Date(r.publishedAt),
        })),
      };
    },
    /** Puts a question in Hỏi đáp (or updates it there). */
    async putQuestion(p: {
      messageId: number;
      unitId: number | null;
      subject: string;
      question: string;
      asker: string;
      answer: string;
      askedAt: Date;
      publishedAt: Date;
    }): Promise<void> {
      const values = {
        unitId: p.unitId,
        subject: p.subject,
        question: p.question,
        asker: p.asker,
        answer: p.answer,
        askedAt: p.askedAt.toISOString(),
        publishedAt: p.publishedAt.toISOString(),
        searchKey: fold([p.subject, p.question, p.asker, p.answer].join('\n')),
      };
      await k
        .insertInto('contactQuestion')
        .values({ messageId: p.messageId, siteId: currentSiteId(), ...values })
        .onConflict((oc) => oc.column('messageId').doUpdateSet(values))
        .execute();
    },
    async removeQuestion(messageId: number): Promise<void> {
      await k
        .deleteFrom('contactQuestion')
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', messageId)
        .execute();
    },
    /** The published question follows its message to another unit. */
    async moveQuestion(messageId: number, unitId: number | null): Promise<void> {
      await k
        .updateTable('contactQuestion')
        .set({ unitId })
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', messageId)
        .execute();
    },

    /**
     * Messages whose personal fields are still there and that were closed before `cutoff`, or
     * never closed but untouched since then (nothing is kept for ever by forgetting to close).
     */
    async dueForErasure(cutoff: Date): Promise<number[]> {
      const at = cutoff.toISOString();
      const rows = await k
        .selectFrom('contactMessage')
        .select('id')
        .where('siteId', '=', currentSiteId())
        .where('erasedAt', 'is', null)
        .where((e) =>
          e.or([
            e('closedAt', '<', at),
            e.and([e('closedAt', 'is', null), e('updatedAt', '<', at)]),
          ]),
        )
        .execute();
      return rows.map((r) => r.id);
    },
    /** The ids of the messages a sender sent, by exact e-mail or phone (spacing ignored). */
    async bySender(contact: string): Promise<number[]> {
      const phone = contact.replace(/[\s.()-]/g, '');
      const rows = await k
        .selectFrom('contactMessage')
        .select('id')
        .where('siteId', '=', currentSiteId())
        .where('erasedAt', 'is', null)
        .where((e) =>
          e.or([e('senderEmail', '=', contact.toLowerCase()), e('senderPhone', '=', phone)]),
        )
        .orderBy('id')
        .execute();
      return rows.map((r) => r.id);
    },
    /**
     * Erases a message's personal data for good: the sender's fields, the text they wrote (it
     * may name people), the attachment and the internal notes. The published, anonymised
     * question and the staff's reply stay.
     */
    async erase(id: number, at: Date): Promise<void> {
      // Mails about it carry the sender's address or words: gone too, sent or waiting.
      await k
        .deleteFrom('mailOutbox')
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', id)
        .execute();
      await k
        .deleteFrom('contactAttachment')
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', id)
        .execute();
      await k
        .deleteFrom('contactNote')
        .where('siteId', '=', currentSiteId())
        .where('messageId', '=', id)
        .execute();
      await k
        .updateTable('contactMessage')
        .set({
          senderName: '',
          senderEmail: '',
          senderPhone: '',
          senderAddress: '',
          body: '',
          erasedAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },

    /** Messages of units with an e-mail whose step began before its cutoff, not reminded today. */
    async overdueToRemind(cut: Record<SlaStep, Date>, day: string): Promise<OverdueRow[]> {
      const rows = await messages()
        .select([
          'm.id',
          'm.code',
          'm.kind',
          'm.subject',
          'm.status',
          'm.stepAt',
          'u.name as unitName',
          'u.email as unitEmail',
        ])
        .where('m.erasedAt', 'is', null)
        .where((e) =>
          e.or(
            (Object.keys(cut) as SlaStep[]).map((s) =>
              e.and([e('m.status', '=', s), e('m.stepAt', '<', cut[s].toISOString())]),
            ),
          ),
        )
        .where((e) =>
          e.or([e('m.remindedDay', '!=', day), e('m.remindedStep', '!=', e.ref('m.status'))]),
        )
        .orderBy('m.id')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        code: r.code,
        kind: r.kind as Kind,
        subject: r.subject,
        status: r.status as Status,
        stepAt: new Date(r.stepAt!),
        unitName: r.unitName ?? '',
        unitEmail: r.unitEmail ?? '',
      }));
    },
    /**
     * Marks a message reminded today for its current step; false when another run already did
     * (the mark and the mail are one transaction: at most one reminder a day per step).
     */
    async markReminded(id: number, step: Status, day: string): Promise<boolean> {
      const r = await k
        .updateTable('contactMessage')
        .set({ remindedStep: step, remindedDay: day })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .where('status', '=', step)
        .where((e) => e.or([e('remindedDay', '!=', day), e('remindedStep', '!=', step)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async enqueueMail(m: NewMail): Promise<number> {
      const at = m.at.toISOString();
      const row = await k
        .insertInto('mailOutbox')
        .values({
          siteId: currentSiteId(),
          purpose: m.purpose,
          messageId: m.messageId,
          recipient: m.recipient,
          subject: m.subject,
          body: m.body,
          nextAt: at,
          leaseUntil: new Date(0).toISOString(),
          createdAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    /** Waiting mails whose time has come and that no sender holds, oldest first. */
    async dueMail(now: Date, limit: number) {
      const at = now.toISOString();
      return k
        .selectFrom('mailOutbox')
        .select(['id', 'purpose', 'messageId', 'recipient', 'subject', 'body', 'attempts'])
        .where('siteId', '=', currentSiteId())
        .where('status', '=', 'cho-gui')
        .where('nextAt', '<=', at)
        .where('leaseUntil', '<', at)
        .orderBy('nextAt')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** Takes a mail for sending until `until`; false when another sender holds or sent it. */
    async claimMail(id: number, now: Date, until: Date): Promise<boolean> {
      const r = await k
        .updateTable('mailOutbox')
        .set({ leaseUntil: until.toISOString() })
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .where('status', '=', 'cho-gui')
        .where('leaseUntil', '<', now.toISOString())
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async mailSent(id: number, at: Date): Promise<void> {
      const row = await k
        .updateTable('mailOutbox')
        .set((e) => ({
          status: 'da-gui',
          sentAt: at.toISOString(),
          attempts: e('attempts', '+', 1),
          leaseUntil: at.toISOString(),
          lastError: '',
        }))
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .returning(['purpose', 'messageId'])
        .executeTakeFirst();
      if (row?.purpose === 'reply' && row.messageId)
        await k
          .updateTable('contactMessage')
          .set({ replyMailed: 1 })
          .where('siteId', '=', currentSiteId())
          .where('id', '=', row.messageId)
          .execute();
    },
    async mailFailed(id: number, at: Date, next: Date, error: string): Promise<void> {
      await k
        .updateTable('mailOutbox')
        .set((e) => ({
          attempts: e('attempts', '+', 1),
          nextAt: next.toISOString(),
          leaseUntil: at.toISOString(),
          lastError: error.slice(0, 300),
        }))
        .where('siteId', '=', currentSiteId())
        .where('id', '=', id)
        .execute();
    },
    /** The mails of one message (its back-office page), newest first; all waiting ones if null. */
    async outbox(f: {
      messageId?: number;
      waiting?: boolean;
      limit: number;
    }): Promise<OutboxRow[]> {
      let q = k.selectFrom('mailOutbox').selectAll().where('siteId', '=', currentSiteId());
      if (f.messageId !== undefined) q = q.where('messageId', '=', f.messageId);
      if (f.waiting) q = q.where('status', '=', 'cho-gui');
      const rows = await q.orderBy('id', 'desc').limit(f.limit).execute();
      return rows.map((r) => ({
        id: r.id,
        purpose: r.purpose as MailPurpose,
        recipient: r.recipient,
        subject: r.subject,
        status: r.status === 'da-gui' ? 'da-gui' : 'cho-gui',
        attempts: r.attempts,
        nextAt: new Date(r.nextAt),
        lastError: r.lastError,
        createdAt: new Date(r.createdAt),
        sentAt: d(r.sentAt),
      }));
    },
    async waitingMailCount(): Promise<number> {
      const r = await k
        .selectFrom('mailOutbox')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('siteId', '=', currentSiteId())
        .where('status', '=', 'cho-gui')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Deletes mails sent before `before` (they hold addresses and words; kept a short while). */
    async purgeSentMail(before: Date): Promise<number> {
      const r = await k
        .deleteFrom('mailOutbox')
        .where('siteId', '=', currentSiteId())
        .where('status', '=', 'da-gui')
        .where('sentAt', '<', before.toISOString())
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export type ParticipationRepository = ReturnType<typeof participationRepository>;
