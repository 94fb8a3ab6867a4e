import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { nextOpenOrCloseQuery } from '../../db/open-close.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { ConsultationTable } from '../../db/tables/consultation.table.ts';
import type {
  Consultation,
  ConsultationResponse,
  ConsultationSection,
  CountRow,
  Group,
  ResponseStatus,
  Stance,
} from './consultation.ts';

/** The fields of a consultation the back office sets. */
export interface ConsultationValues {
  opensAt: Date;
  closesAt: Date;
  unitName: string;
  unitEmail: string;
  unitAddress: string;
  rules: string;
}

/** A response as the service has checked it. */
export interface NewResponse {
  consultationId: number;
  sectionId: number;
  stance: Stance;
  body: string;
  group: Group;
  name: string;
  contact: string;
  consent: string | null;
  reader: string;
  at: Date;
}

const toConsultation = (r: Selectable<ConsultationTable>): Consultation => ({
  id: r.id,
  documentId: r.documentId,
  opensAt: new Date(r.opensAt),
  closesAt: new Date(r.closesAt),
  unitName: r.unitName,
  unitEmail: r.unitEmail,
  unitAddress: r.unitAddress,
  rules: r.rules,
  createdAt: new Date(r.createdAt),
  updatedAt: new Date(r.updatedAt),
});

/** Whether an insert failed on a unique constraint (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/** The only place that queries Lấy ý kiến dự thảo: consultations, sections, responses. */
export function consultationRepository(db: Db) {
  const k = db.kysely;
  const site = currentSiteId;

  return {
    /** The first opening or closing of a consultation after `now` (its form shows or hides). */
    async nextBoundaryAfter(now: Date): Promise<Date | undefined> {
      const row = await this.nextBoundaryQuery(now).executeTakeFirst();
      return row?.at ? new Date(row.at) : undefined;
    },
    /** The same, as a query to combine with other boundaries (the page cache's one statement). */
    nextBoundaryQuery(now: Date) {
      return nextOpenOrCloseQuery(k, 'consultation', site(), now);
    },
    async all(): Promise<Consultation[]> {
      const rows = await k
        .selectFrom('consultation')
        .selectAll()
        .where('siteId', '=', site())
        .orderBy('closesAt', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return rows.map(toConsultation);
    },
    async byId(id: number): Promise<Consultation | undefined> {
      const r = await k
        .selectFrom('consultation')
        .selectAll()
        .where('siteId', '=', site())
        .where('id', '=', id)
        .executeTakeFirst();
      return r && toConsultation(r);
    },
    async byDocument(documentId: number): Promise<Consultation | undefined> {
      const r = await k
        .selectFrom('consultation')
        .selectAll()
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .executeTakeFirst();
      return r && toConsultation(r);
    },
    async insert(documentId: number, v: ConsultationValues, at: Date): Promise<number> {
      const r = await k
        .insertInto('consultation')
        .values({
          siteId: site(),
          documentId,
          opensAt: v.opensAt.toISOString(),
          closesAt: v.closesAt.toISOString(),
          unitName: v.unitName,
          unitEmail: v.unitEmail,
          unitAddress: v.unitAddress,
          rules: v.rules,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async update(id: number, v: ConsultationValues, at: Date): Promise<void> {
      await k
        .updateTable('consultation')
        .set({
          opensAt: v.opensAt.toISOString(),
          closesAt: v.closesAt.toISOString(),
          unitName: v.unitName,
          unitEmail: v.unitEmail,
          unitAddress: v.unitAddress,
          rules: v.rules,
          updatedAt: at.toISOString(),
        })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },

    async sections(consultationId: number): Promise<ConsultationSection[]> {
      return k
        .selectFrom('consultationSection')
        .select(['id', 'label', 'title', 'position'])
        .where('siteId', '=', site())
        .where('consultationId', '=', consultationId)
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async insertSection(consultationId: number, label: string, title: string): Promise<number> {
      const n = await k
        .selectFrom('consultationSection')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('consultationId', '=', consultationId)
        .executeTakeFirstOrThrow();
      const r = await k
        .insertInto('consultationSection')
        .values({ siteId: site(), consultationId, label, title, position: Number(n.n) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async updateSection(id: number, label: string, title: string): Promise<void> {
      await k
        .updateTable('consultationSection')
        .set({ label, title })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    async removeSection(id: number): Promise<void> {
      await k
        .deleteFrom('consultationSection')
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },

    /** Whether this reader already answered this section (today's hash). */
    async answered(sectionId: number, reader: string): Promise<boolean> {
      const r = await k
        .selectFrom('consultationResponse')
        .select('id')
        .where('sectionId', '=', sectionId)
        .where('reader', '=', reader)
        .executeTakeFirst();
      return Boolean(r);
    },
    async insertResponse(r: NewResponse): Promise<number> {
      const row = await k
        .insertInto('consultationResponse')
        .values({
          siteId: site(),
          consultationId: r.consultationId,
          sectionId: r.sectionId,
          stance: r.stance,
          body: r.body,
          readerGroup: r.group,
          name: r.name,
          contact: r.contact,
          consent: r.consent,
          reader: r.reader,
          createdAt: r.at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async responseCount(consultationId: number, sectionId?: number): Promise<number> {
      let q = k
        .selectFrom('consultationResponse')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('siteId', '=', site())
        .where('consultationId', '=', consultationId);
      if (sectionId !== undefined) q = q.where('sectionId', '=', sectionId);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
    /** Counts by section × stance × group; rejected responses left out. */
    async counts(consultationId: number): Promise<CountRow[]> {
      const rows = await k
        .selectFrom('consultationResponse')
        .select(['sectionId', 'stance', 'readerGroup'])
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('siteId', '=', site())
        .where('consultationId', '=', consultationId)
        .where('status', '!=', 'loai')
        .groupBy(['sectionId', 'stance', 'readerGroup'])
        .execute();
      return rows.map((r) => ({
        sectionId: r.sectionId,
        stance: r.stance,
        group: r.readerGroup,
        n: Number(r.n),
      }));
    },
    async responses(
      consultationId: number,
      f: { status?: ResponseStatus; limit: number; offset: number },
    ): Promise<ConsultationResponse[]> {
      let q = k
        .selectFrom('consultationResponse as r')
        .innerJoin('consultationSection as s', 's.id', 'r.sectionId')
        .select([
          'r.id',
          'r.sectionId',
          's.label as sectionLabel',
          'r.stance',
          'r.body',
          'r.readerGroup',
          'r.name',
          'r.contact',
          'r.consent',
          'r.status',
          'r.category',
          'r.createdAt',
        ])
        .where('r.siteId', '=', site())
        .where('r.consultationId', '=', consultationId);
      if (f.status) q = q.where('r.status', '=', f.status);
      const rows = await q
        .orderBy('s.position')
        .orderBy('r.id')
        .limit(f.limit)
        .offset(f.offset)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        sectionId: r.sectionId,
        sectionLabel: r.sectionLabel,
        stance: r.stance as Stance,
        body: r.body,
        group: r.readerGroup as Group,
        name: r.name,
        contact: r.contact,
        consent: r.consent,
        status: r.status as ResponseStatus,
        category: r.category,
        createdAt: new Date(r.createdAt),
      }));
    },
    async response(
      consultationId: number,
      id: number,
    ): Promise<{ id: number; status: string } | undefined> {
      return k
        .selectFrom('consultationResponse')
        .select(['id', 'status'])
        .where('siteId', '=', site())
        .where('consultationId', '=', consultationId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** Erases names and contacts of responses to consultations closed before `cutoff`; how many. */
    async eraseContacts(cutoff: Date): Promise<number> {
      const closed = k
        .selectFrom('consultation')
        .select('id')
        .where('siteId', '=', site())
        .where('closesAt', '<', cutoff.toISOString());
      const r = await k
        .updateTable('consultationResponse')
        .set({ name: '', contact: '' })
        .where('siteId', '=', site())
        .where('consultationId', 'in', closed)
        .where((e) => e.or([e('name', '!=', ''), e('contact', '!=', '')]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async moderate(id: number, status: ResponseStatus, category: string): Promise<void> {
      await k
        .updateTable('consultationResponse')
        .set({ status, category })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
  };
}

export type ConsultationRepository = ReturnType<typeof consultationRepository>;
