import crypto from 'node:crypto';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { formatDateTime, vnDayKey } from '../../lib/date.ts';
import type { Actor } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { DocumentFile, DocumentRecord } from '../document/document.ts';
import {
  isUniqueViolation,
  type ConsultationRepository,
  type ConsultationValues,
} from './consultation.repository.ts';
import type { ResponseForm } from './consultation.schema.ts';
import {
  consultationPath,
  CONSULTATION_CONSENT_VERSION,
  stanceTotals,
  windowState,
  type Consultation,
  type ResponseStatus,
  type WindowState,
} from './consultation.ts';
import { summaryWorkbook } from './consultation.xlsx.ts';
import { say } from './consultation.messages.ts';

/** Comments one reader (address group) may send per hour, all sections together. */
export const COMMENTS_PER_HOUR = 30;
/** Responses per page in the back office. */
export const RESPONSES_PAGE = 50;

/** What consultation changes write through, bound to one transaction. */
export interface ConsultationWrites {
  repo: ConsultationRepository;
  audit: AuditService;
}

/** What this module needs of Văn bản. */
export interface DraftDocuments {
  /** A published, public document (undefined otherwise). */
  publicDocument: (id: number) => Promise<DocumentRecord | undefined>;
  /** Any document of the site, for staff. */
  byId: (id: number) => Promise<DocumentRecord | undefined>;
  /** Published public documents whose effect is "Dự thảo". */
  drafts: () => Promise<DocumentRecord[]>;
  files: (id: number) => Promise<DocumentFile[]>;
}

const SYSTEM: Actor = { id: null, name: 'Hệ thống (lưu giữ dữ liệu)', ip: '', userAgent: '' };

/** Whether a document may be put to comment: published, public, "Dự thảo". */
export const isOpenDraft = (d: DocumentRecord | undefined): d is DocumentRecord =>
  Boolean(d && d.status === 'published' && d.scope === 'public' && d.effect === 'draft');

/**
 * Lấy ý kiến dự thảo: the comment window on a draft document, its sections, readers'
 * responses (one per reader and section per day, never public, only counted), moderation and
 * the .xlsx summary a unit sends upward. Every staff change is audited.
 */
export function consultationService(deps: {
  repo: ConsultationRepository;
  tx: UnitOfWork<ConsultationWrites>;
  audit: AuditService;
  clock: () => Date;
  documents: DraftDocuments;
  /** The site's secret (the participation module's): form tokens and reader hashes. */
  secret: () => Promise<string>;
  allow: (key: string, limit: number, windowMs: number) => Promise<boolean>;
}) {
  const { repo, tx, clock } = deps;

  async function find(id: number): Promise<Consultation> {
    const c = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
    if (!c) throw new NotFound(say('consultation.not_found'));
    return c;
  }
  async function sectionOf(c: Consultation, sectionId: number) {
    const s = (await repo.sections(c.id)).find((x) => x.id === sectionId);
    if (!s) throw new NotFound(say('consultation.section_not_found'));
    return s;
  }
  const target = (c: Consultation, summary: string) => ({
    type: 'consultation',
    id: c.id,
    summary,
  });
  const documentLabel = (d: DocumentRecord | undefined) =>
    d ? `${d.typeName} ${d.number}`.slice(0, 200) : '(văn bản đã xóa)';

  /** The counts shown on the page and in the back office. */
  async function totals(c: Consultation) {
    const [sections, counts] = await Promise.all([repo.sections(c.id), repo.counts(c.id)]);
    return { sections, counts, bySection: stanceTotals(sections, counts) };
  }

  return {
    secret: deps.secret,
    mayPost: (key: string) => deps.allow(key, COMMENTS_PER_HOUR, 3600_000),

    /**
     * The reader's key: a keyed hash of the Vietnamese day, the address and the browser, so
     * one reader answers a section once a day without any account; never reversible.
     */
    async readerHash(ip: string, userAgent: string): Promise<string> {
      return crypto
        .createHmac('sha256', await deps.secret())
        .update(`lay-y-kien\n${vnDayKey(clock())}\n${ip}\n${userAgent}`)
        .digest('base64url')
        .slice(0, 32);
    },

    /** The back office's list: every consultation with its document and state. */
    async list() {
      const now = clock();
      const all = await repo.all();
      return Promise.all(
        all.map(async (c) => ({
          c,
          d: await deps.documents.byId(c.documentId),
          state: windowState(c, now),
          responses: await repo.responseCount(c.id),
        })),
      );
    },

    /** Drafts that may get a consultation (published "Dự thảo" documents without one). */
    async candidates(): Promise<DocumentRecord[]> {
      const drafts = await deps.documents.drafts();
      const taken = new Set((await repo.all()).map((c) => c.documentId));
      return drafts.filter((d) => !taken.has(d.id));
    },

    async create(actor: Actor, documentId: number, v: ConsultationValues): Promise<{ id: number }> {
      const d = await deps.documents.byId(documentId);
      if (!isOpenDraft(d)) throw Validation.of('documentId', say('consultation.not_a_draft'));
      if (await repo.byDocument(documentId))
        throw Validation.of('documentId', say('consultation.exists'));
      const id = await tx(async ({ repo, audit }) => {
        const id = await repo.insert(documentId, v, clock());
        await audit.record(actor, 'consultation.created', {
          type: 'consultation',
          id,
          summary: documentLabel(d),
        });
        return id;
      });
      return { id };
    },

    async update(actor: Actor, id: number, v: ConsultationValues): Promise<void> {
      const c = await find(id);
      await tx(async ({ repo, audit }) => {
        await repo.update(id, v, clock());
        await audit.record(
          actor,
          'consultation.updated',
          target(c, `${formatDateTime(v.opensAt)} – ${formatDateTime(v.closesAt)}`),
        );
      });
    },

    async addSection(actor: Actor, id: number, label: string, title: string): Promise<void> {
      const c = await find(id);
      await tx(async ({ repo, audit }) => {
        await repo.insertSection(id, label, title);
        await audit.record(actor, 'consultation.section_saved', target(c, label));
      });
    },
    async updateSection(
      actor: Actor,
      id: number,
      sectionId: number,
      label: string,
      title: string,
    ): Promise<void> {
      const c = await find(id);
      await sectionOf(c, sectionId);
      await tx(async ({ repo, audit }) => {
        await repo.updateSection(sectionId, label, title);
        await audit.record(actor, 'consultation.section_saved', target(c, label));
      });
    },
    async removeSection(actor: Actor, id: number, sectionId: number): Promise<void> {
      const c = await find(id);
      const s = await sectionOf(c, sectionId);
      if (await repo.responseCount(id, sectionId))
        throw new Conflict(say('consultation.section_in_use'));
      await tx(async ({ repo, audit }) => {
        await repo.removeSection(sectionId);
        await audit.record(actor, 'consultation.section_deleted', target(c, s.label));
      });
    },

    /** The back office's page: the consultation, its document, sections, counts, responses. */
    async detail(id: number, f: { status?: ResponseStatus; page: number }) {
      const c = await find(id);
      const [d, t, responses, total] = await Promise.all([
        deps.documents.byId(c.documentId),
        totals(c),
        repo.responses(id, {
          status: f.status,
          limit: RESPONSES_PAGE,
          offset: (f.page - 1) * RESPONSES_PAGE,
        }),
        repo.responseCount(id),
      ]);
      return { c, d, state: windowState(c, clock()), ...t, responses, total };
    },

    async moderate(
      actor: Actor,
      id: number,
      responseId: number,
      status: ResponseStatus,
      category: string,
    ): Promise<void> {
      const c = await find(id);
      const r = Number.isSafeInteger(responseId) ? await repo.response(id, responseId) : undefined;
      if (!r) throw new NotFound(say('consultation.response_not_found'));
      const label = documentLabel(await deps.documents.byId(c.documentId));
      await tx(async ({ repo, audit }) => {
        await repo.moderate(responseId, status, category);
        await audit.record(actor, 'consultation.moderated', {
          type: 'consultation_response',
          id: responseId,
          summary: `${label}: ${status}${category ? ` (${category})` : ''}`.slice(0, 300),
        });
      });
    },

    /** The .xlsx summary: section × stance × group, and the full texts (no personal data). */
    async exportXlsx(actor: Actor, id: number): Promise<{ data: Buffer; name: string }> {
      const c = await find(id);
      const d = await deps.documents.byId(c.documentId);
      const t = await totals(c);
      const texts = (await repo.responses(id, { limit: 100_000, offset: 0 })).filter(
        (r) => r.status !== 'loai',
      );
      const data = await summaryWorkbook({
        title: `Tổng hợp ý kiến góp ý dự thảo ${documentLabel(d)}`,
        subtitle: d?.summary ?? '',
        window: `Từ ${formatDateTime(c.opensAt)} đến ${formatDateTime(c.closesAt)}`,
        unit: c.unitName,
        sections: t.sections,
        counts: t.counts,
        texts,
        now: clock(),
      });
      await deps.audit.record(actor, 'consultation.exported', target(c, documentLabel(d)));
      return { data, name: `tong-hop-y-kien-du-thao-${c.id}.xlsx` };
    },

    /**
     * The retention job: names and contacts given with consent are erased `months` after the
     * consultation closed (the participation module's retention setting).
     */
    async expire(months: number): Promise<number> {
      const cutoff = new Date(clock().getTime());
      cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
      return tx(async ({ repo, audit }) => {
        const n = await repo.eraseContacts(cutoff);
        if (n)
          await audit.record(SYSTEM, 'consultation.expired', {
            type: 'consultation_response',
            summary: `${n} ý kiến góp ý dự thảo, đóng quá ${months} tháng`,
          });
        return n;
      });
    },

    // ---- Public ----

    /** Consultations whose draft is public, open ones first, then upcoming, then closed. */
    async publicList() {
      const now = clock();
      const out: { c: Consultation; d: DocumentRecord; state: WindowState }[] = [];
      for (const c of await repo.all()) {
        const d = await deps.documents.publicDocument(c.documentId);
        if (isOpenDraft(d)) out.push({ c, d, state: windowState(c, now) });
      }
      const order: Record<WindowState, number> = { open: 0, upcoming: 1, closed: 2 };
      return out.sort(
        (a, b) =>
          order[a.state] - order[b.state] || a.c.closesAt.getTime() - b.c.closesAt.getTime(),
      );
    },

    /** A draft's public page: document, files, sections with counts, whether it takes comments. */
    async publicPage(id: number) {
      const c = await find(id);
      const d = await deps.documents.publicDocument(c.documentId);
      if (!isOpenDraft(d)) throw new NotFound(say('consultation.not_found'));
      const [files, t, total] = await Promise.all([
        deps.documents.files(d.id),
        totals(c),
        repo.responseCount(c.id),
      ]);
      return { c, d, files, state: windowState(c, clock()), ...t, total };
    },

    /** The link a draft's document page shows, when it has a consultation. */
    async linkFor(documentId: number) {
      const c = Number.isSafeInteger(documentId) ? await repo.byDocument(documentId) : undefined;
      return c
        ? { path: consultationPath(c), opensAt: c.opensAt, closesAt: c.closesAt }
        : undefined;
    },

    /**
     * Stores a reader's response. Refused when the window is not open (at this instant: the
     * form closes itself at the deadline), for a section of another consultation, or a second
     * response of the same reader to the same section today.
     */
    async respond(id: number, form: ResponseForm, reader: string): Promise<void> {
      const c = await find(id);
      const d = await deps.documents.publicDocument(c.documentId);
      if (!isOpenDraft(d)) throw new NotFound(say('consultation.not_found'));
      const state = windowState(c, clock());
      if (state === 'closed')
        throw new Conflict(say('consultation.closed', formatDateTime(c.closesAt)));
      if (state === 'upcoming')
        throw new Conflict(say('consultation.upcoming', formatDateTime(c.opensAt)));
      const sections = await repo.sections(id);
      if (!sections.some((s) => s.id === form.sectionId))
        throw Validation.of('sectionId', say('consultation.section_required'));
      if (await repo.answered(form.sectionId, reader))
        throw Validation.of('sectionId', say('consultation.duplicate'));
      try {
        await repo.insertResponse({
          consultationId: id,
          sectionId: form.sectionId,
          stance: form.stance,
          body: form.body,
          group: form.group,
          name: form.name,
          contact: form.contact,
          consent:
            form.consent && (form.name || form.contact) ? CONSULTATION_CONSENT_VERSION : null,
          reader,
          at: clock(),
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw Validation.of('sectionId', say('consultation.duplicate'));
        throw err;
      }
    },
  };
}

export type ConsultationService = ReturnType<typeof consultationService>;
