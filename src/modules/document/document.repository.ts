import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import type { DocumentFileTable } from '../../db/tables/document.table.ts';
import type { NumberForm, TextTerm } from './document-number.ts';
import { textMatch } from './document.search.ts';
import {
  RELATIONS,
  type DocumentFile,
  type DocumentRecord,
  type DocumentStatus,
  type Effect,
  type FileKind,
  type Issuer,
  type NamedItem,
  type RelationView,
  type Scope,
} from './document.ts';

/** What the form writes (the parsed number parts come with it). */
export interface DocumentColumns {
  number: string;
  numberForm: NumberForm;
  numberSeq: string;
  numberTypeCode: string;
  numberIssuerCode: string;
  numberYear: number | null;
  numberKey: string;
  numberOrder: number;
  typeId: number;
  issuerId: number;
  signerName: string;
  signerTitle: string;
  signerAuthority: string;
  signerKey: string;
  /** A signer of the directory; left out (null) for a free-text signer. */
  signerPersonId?: number | null;
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  effect: Effect;
  summary: string;
  body: string;
  scope: Scope;
  source: string;
  slug: string;
}

/** The public list's filters, already validated; keys are token keys (document-number.ts). */
export interface DocumentFilter {
  numberKey?: string;
  /** A number typed in part (typeahead): stored keys starting with these whole tokens. */
  numberPrefix?: string;
  /** Full-text terms (document-number.ts textTerms), every one must match. */
  terms?: TextTerm[];
  /** The query as one token phrase: documents holding it rank first. */
  phraseKey?: string;
  typeId?: number;
  issuerId?: number;
  fieldIds?: number[];
  signerKey?: string;
  /** With `signerKey`: documents signed by these people of the directory match too. */
  signerPersonIds?: number[];
  from?: string;
  to?: string;
  effect?: string;
  statuses: DocumentStatus[];
}

function toFile(r: Selectable<DocumentFileTable>): DocumentFile {
  return {
    id: r.id,
    documentId: r.documentId,
    n: r.n,
    name: r.name,
    kind: r.kind as FileKind,
    storageKey: r.storageKey,
    bytes: Number(r.bytes),
    sha256: r.sha256,
    pages: r.pages,
    downloads: Number(r.downloadCount),
  };
}

/** The three lists a clerk chooses from. */
export type ListName = 'type' | 'issuer' | 'field';
const LIST_TABLE = {
  type: 'documentType',
  issuer: 'documentIssuer',
  field: 'documentField',
} as const;

/** The only place that queries the document tables. Every query carries the site. */
export function documentRepository(db: Db) {
  const k = db.kysely;
  const site = () => currentSiteId();

  const base = () =>
    k
      .selectFrom('document as d')
      .innerJoin('documentType as t', 't.id', 'd.typeId')
      .innerJoin('documentIssuer as i', 'i.id', 'd.issuerId')
      .where('d.siteId', '=', site())
      .selectAll('d')
      .select(['t.name as typeName', 'i.name as issuerName', 'i.place as issuerPlace']);

  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const toRecord = (r: Row): DocumentRecord => ({
    id: r.id,
    siteId: r.siteId,
    number: r.number,
    numberForm: r.numberForm as NumberForm,
    numberSeq: r.numberSeq,
    numberTypeCode: r.numberTypeCode,
    numberIssuerCode: r.numberIssuerCode,
    numberYear: r.numberYear,
    typeId: r.typeId,
    typeName: r.typeName,
    issuerId: r.issuerId,
    issuerName: r.issuerName,
    issuerPlace: r.issuerPlace,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    signerAuthority: r.signerAuthority,
    signerKey: r.signerKey,
    signerPersonId: r.signerPersonId,
    issuedOn: r.issuedOn,
    effectiveOn: r.effectiveOn,
    expiresOn: r.expiresOn,
    effect: r.effect as Effect,
    summary: r.summary,
    body: r.body,
    scope: r.scope as Scope,
    source: r.source,
    status: r.status as DocumentStatus,
    slug: r.slug,
    views: Number(r.viewCount),
    version: Number(r.version),
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
  });

  function filtered(f: DocumentFilter) {
    let q = base().where('d.status', 'in', f.statuses);
    if (f.numberKey) q = q.where('d.numberKey', 'like', `%${f.numberKey}%`);
    if (f.numberPrefix) q = q.where('d.numberKey', 'like', `%${f.numberPrefix}%`);
    if (f.terms?.length) q = q.where(textMatch(db.dialect, f.terms));
    if (f.typeId) q = q.where('d.typeId', '=', f.typeId);
    if (f.issuerId) q = q.where('d.issuerId', '=', f.issuerId);
    if (f.signerKey) {
      const key = f.signerKey;
      const people = f.signerPersonIds ?? [];
      q = q.where((eb) =>
        people.length
          ? eb.or([eb('d.signerKey', 'like', `%${key}%`), eb('d.signerPersonId', 'in', people)])
          : eb('d.signerKey', 'like', `%${key}%`),
      );
    }
    if (f.from) q = q.where('d.issuedOn', '>=', f.from);
    if (f.to) q = q.where('d.issuedOn', '<=', f.to);
    if (f.effect) q = q.where('d.effect', '=', f.effect);
    if (f.fieldIds) {
      const ids = f.fieldIds.length ? f.fieldIds : [-1];
      q = q.where('d.id', 'in', (eb) =>
        eb
          .selectFrom('documentFieldLink')
          .select('documentId')
          .where('siteId', '=', site())
          .where('fieldId', 'in', ids),
      );
    }
    return q;
  }

  return {
    // ---- Lists ----
    async types(): Promise<NamedItem[]> {
      return k
        .selectFrom('documentType')
        .where('siteId', '=', site())
        .select(['id', 'name'])
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async issuers(): Promise<Issuer[]> {
      return k
        .selectFrom('documentIssuer')
        .where('siteId', '=', site())
        .select(['id', 'name', 'place', 'code'])
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async fields(): Promise<{ id: number; name: string; parentId: number | null }[]> {
      return k
        .selectFrom('documentField')
        .where('siteId', '=', site())
        .select(['id', 'name', 'parentId'])
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async addType(name: string, position: number): Promise<number> {
      const r = await k
        .insertInto('documentType')
        .values({ siteId: site(), name, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async addIssuer(v: { name: string; place: string; code: string }, position: number) {
      const r = await k
        .insertInto('documentIssuer')
        .values({ siteId: site(), ...v, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    /** Renames an item of a list (and an issuer's code and place). */
    async renameItem(
      list: ListName,
      id: number,
      v: { name: string; place?: string; code?: string },
    ) {
      const set =
        list === 'issuer'
          ? { name: v.name, place: v.place ?? '', code: v.code ?? '' }
          : { name: v.name };
      await k
        .updateTable(LIST_TABLE[list])
        .set(set)
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    /** Sets the order of a list's items: `ids[i]` gets position i. */
    async setPositions(list: ListName, ids: number[]): Promise<void> {
      for (const [position, id] of ids.entries()) {
        await k
          .updateTable(LIST_TABLE[list])
          .set({ position })
          .where('siteId', '=', site())
          .where('id', '=', id)
          .execute();
      }
    },
    /** How many documents (any status) use a list item; for a field, also its child fields. */
    async usage(list: ListName, id: number): Promise<{ documents: number; children: number }> {
      const docs =
        list === 'field'
          ? await k
              .selectFrom('documentFieldLink')
              .where('siteId', '=', site())
              .where('fieldId', '=', id)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          : await k
              .selectFrom('document')
              .where('siteId', '=', site())
              .where(list === 'type' ? 'typeId' : 'issuerId', '=', id)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow();
      const children =
        list === 'field'
          ? await k
              .selectFrom('documentField')
              .where('siteId', '=', site())
              .where('parentId', '=', id)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          : { n: 0 };
      return { documents: Number(docs.n), children: Number(children.n) };
    },
    async deleteItem(list: ListName, id: number): Promise<void> {
      await k
        .deleteFrom(LIST_TABLE[list])
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    async addField(name: string, parentId: number | null, position: number): Promise<number> {
      const r = await k
        .insertInto('documentField')
        .values({ siteId: site(), name, parentId, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    // ---- Documents ----
    async byId(id: number): Promise<DocumentRecord | undefined> {
      const r = await base().where('d.id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async insert(
      c: DocumentColumns,
      by: number | null,
      at: Date,
      searchText: string,
    ): Promise<number> {
      const r = await k
        .insertInto('document')
        .values({
          siteId: site(),
          ...c,
          searchText,
          status: 'draft',
          createdBy: by,
          createdAt: at.toISOString(),
          updatedAt: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async update(id: number, c: DocumentColumns, at: Date, searchText: string): Promise<void> {
      await k
        .updateTable('document')
        .set({
          ...c,
          searchText,
          updatedAt: at.toISOString(),
          version: sql<number>`version + 1`,
        })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    async setSearchText(id: number, searchText: string): Promise<void> {
      await k
        .updateTable('document')
        .set({ searchText })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .execute();
    },
    /** Compare-and-set on the status; false when someone else moved it first. */
    async setStatus(
      id: number,
      from: DocumentStatus,
      to: DocumentStatus,
      at: Date,
    ): Promise<boolean> {
      const r = await k
        .updateTable('document')
        .set({
          status: to,
          updatedAt: at.toISOString(),
          version: sql<number>`version + 1`,
          ...(to === 'published' && from !== 'published' ? { publishedAt: at.toISOString() } : {}),
        })
        .where('siteId', '=', site())
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async list(f: DocumentFilter, limit: number, offset: number): Promise<DocumentRecord[]> {
      let q = filtered(f);
      if (f.numberKey) {
        q = q.orderBy(sql`case when ${sql.ref('d.numberKey')} = ${f.numberKey} then 0 else 1 end`);
      }
      if (f.phraseKey) {
        q = q.orderBy(
          sql`case when ${sql.ref('d.searchText')} like ${`%${f.phraseKey}%`} then 0 else 1 end`,
        );
      }
      const rows = await q
        .orderBy('d.issuedOn', 'desc')
        .orderBy('d.numberOrder', 'desc')
        .orderBy('d.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toRecord);
    },
    async count(f: DocumentFilter): Promise<number> {
      const r = await filtered(f)
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Published documents whose number key is one of `keys` (links from articles). */
    async publishedByKeys(keys: string[]): Promise<DocumentRecord[]> {
      if (!keys.length) return [];
      const rows = await base()
        .where('d.status', '=', 'published')
        .where('d.numberKey', 'in', keys)
        .execute();
      return rows.map(toRecord);
    },
    /** Other documents of the site (for the relation picker), newest first. */
    async choices(
      exceptId: number | null,
    ): Promise<{ id: number; number: string; summary: string }[]> {
      let q = k
        .selectFrom('document')
        .where('siteId', '=', site())
        .select(['id', 'number', 'summary'])
        .where('status', '!=', 'withdrawn');
      if (exceptId) q = q.where('id', '!=', exceptId);
      return q.orderBy('issuedOn', 'desc').orderBy('id', 'desc').limit(500).execute();
    },
    /** Counts a view once per reader; true when it was this reader's first. */
    async countView(documentId: number, reader: string, day: string): Promise<boolean> {
      const r = await k
        .insertInto('documentView')
        .values({ siteId: site(), documentId, reader, day })
        .onConflict((oc) => oc.columns(['documentId', 'reader']).doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      await k
        .updateTable('document')
        .set({ viewCount: sql<number>`view_count + 1` })
        .where('siteId', '=', site())
        .where('id', '=', documentId)
        .execute();
      return true;
    },
    /**
     * Other published documents sharing the issuer, one of `fieldIds`, or the signer (by key),
     * newest first, at most `limit` of each.
     */
    async related(
      d: Pick<DocumentRecord, 'id' | 'issuerId' | 'signerKey' | 'signerPersonId'>,
      fieldIds: number[],
      limit: number,
    ): Promise<{ issuer: DocumentRecord[]; field: DocumentRecord[]; signer: DocumentRecord[] }> {
      const others = () =>
        base()
          .where('d.status', '=', 'published')
          .where('d.id', '!=', d.id)
          .orderBy('d.issuedOn', 'desc')
          .orderBy('d.id', 'desc')
          .limit(limit);
      const [issuer, field, signer] = await Promise.all([
        others().where('d.issuerId', '=', d.issuerId).execute(),
        fieldIds.length
          ? others()
              .where('d.id', 'in', (eb) =>
                eb
                  .selectFrom('documentFieldLink')
                  .select('documentId')
                  .where('siteId', '=', site())
                  .where('fieldId', 'in', fieldIds),
              )
              .execute()
          : Promise.resolve([]),
        // The same person of the directory, or the same name typed (a legacy record of them).
        d.signerPersonId !== null
          ? others()
              .where((eb) =>
                d.signerKey.trim()
                  ? eb.or([
                      eb('d.signerPersonId', '=', d.signerPersonId),
                      eb('d.signerKey', '=', d.signerKey),
                    ])
                  : eb('d.signerPersonId', '=', d.signerPersonId),
              )
              .execute()
          : d.signerKey.trim()
            ? others().where('d.signerKey', '=', d.signerKey).execute()
            : Promise.resolve([]),
      ]);
      return {
        issuer: issuer.map(toRecord),
        field: field.map(toRecord),
        signer: signer.map(toRecord),
      };
    },

    // ---- Fields of a document ----
    async fieldIdsOf(documentId: number): Promise<number[]> {
      const rows = await k
        .selectFrom('documentFieldLink')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .select('fieldId')
        .execute();
      return rows.map((r) => r.fieldId);
    },
    async setFieldIds(documentId: number, ids: number[]): Promise<void> {
      await k
        .deleteFrom('documentFieldLink')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .execute();
      if (ids.length) {
        await k
          .insertInto('documentFieldLink')
          .values(ids.map((fieldId) => ({ siteId: site(), documentId, fieldId })))
          .execute();
      }
    },

    // ---- Files ----
    async files(documentId: number): Promise<DocumentFile[]> {
      const rows = await k
        .selectFrom('documentFile')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .selectAll()
        .orderBy('n')
        .execute();
      return rows.map(toFile);
    },
    async fileTexts(documentId: number): Promise<string[]> {
      const rows = await k
        .selectFrom('documentFile')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .select('text')
        .orderBy('n')
        .execute();
      return rows.map((r) => r.text);
    },
    async file(documentId: number, n: number): Promise<DocumentFile | undefined> {
      const r = await k
        .selectFrom('documentFile')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .where('n', '=', n)
        .selectAll()
        .executeTakeFirst();
      return r && toFile(r);
    },
    async addFile(
      documentId: number,
      f: Omit<DocumentFile, 'id' | 'documentId' | 'n' | 'downloads'> & { text: string },
      at: Date,
    ): Promise<number> {
      const last = await k
        .selectFrom('documentFile')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .select((eb) => eb.fn.max('n').as('n'))
        .executeTakeFirst();
      const n = Number(last?.n ?? 0) + 1;
      await k
        .insertInto('documentFile')
        .values({
          siteId: site(),
          documentId,
          n,
          name: f.name,
          kind: f.kind,
          storageKey: f.storageKey,
          bytes: f.bytes,
          sha256: f.sha256,
          pages: f.pages,
          text: f.text,
          createdAt: at.toISOString(),
        })
        .execute();
      return n;
    },
    async removeFile(documentId: number, n: number): Promise<void> {
      await k
        .deleteFrom('documentFile')
        .where('siteId', '=', site())
        .where('documentId', '=', documentId)
        .where('n', '=', n)
        .execute();
    },
    /** Counts a download once per reader; true when it was this reader's first. */
    async countDownload(fileId: number, reader: string, day: string): Promise<boolean> {
      const r = await k
        .insertInto('documentDownload')
        .values({ siteId: site(), fileId, reader, day })
        .onConflict((oc) => oc.columns(['fileId', 'reader']).doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
      await k
        .updateTable('documentFile')
        .set({ downloadCount: sql<number>`download_count + 1` })
        .where('siteId', '=', site())
        .where('id', '=', fileId)
        .execute();
      return true;
    },

    // ---- Relations ----
    /** Relations both ways, each phrased from this document's side. */
    async relations(documentId: number): Promise<RelationView[]> {
      const out = await k
        .selectFrom('documentRelation as r')
        .innerJoin('document as o', 'o.id', 'r.toId')
        .where('r.siteId', '=', site())
        .where('o.siteId', '=', site())
        .where('r.fromId', '=', documentId)
        .select(['r.kind', 'o.id', 'o.number', 'o.slug', 'o.summary', 'o.status'])
        .orderBy('r.id')
        .execute();
      const inn = await k
        .selectFrom('documentRelation as r')
        .innerJoin('document as o', 'o.id', 'r.fromId')
        .where('r.siteId', '=', site())
        .where('o.siteId', '=', site())
        .where('r.toId', '=', documentId)
        .select(['r.kind', 'o.id', 'o.number', 'o.slug', 'o.summary', 'o.status'])
        .orderBy('r.id')
        .execute();
      const view = (r: (typeof out)[number], way: 'forward' | 'backward'): RelationView => {
        const kind = RELATIONS.find((x) => x.id === r.kind)?.id ?? 'related';
        const def = RELATIONS.find((x) => x.id === kind)!;
        return {
          kind,
          label: def[way],
          other: {
            id: r.id,
            number: r.number,
            slug: r.slug,
            summary: r.summary,
            published: r.status === 'published',
          },
        };
      };
      return [...out.map((r) => view(r, 'forward')), ...inn.map((r) => view(r, 'backward'))];
    },
    async outgoing(documentId: number): Promise<{ kind: string; toId: number }[]> {
      return k
        .selectFrom('documentRelation')
        .where('siteId', '=', site())
        .where('fromId', '=', documentId)
        .select(['kind', 'toId'])
        .orderBy('id')
        .execute();
    },
    async setOutgoing(documentId: number, list: { kind: string; toId: number }[]): Promise<void> {
      await k
        .deleteFrom('documentRelation')
        .where('siteId', '=', site())
        .where('fromId', '=', documentId)
        .execute();
      if (list.length) {
        await k
          .insertInto('documentRelation')
          .values(list.map((r) => ({ siteId: site(), fromId: documentId, ...r })))
          .execute();
      }
    },
    /** Whether a person of the directory signs a document of this site (any status). */
    async signs(personId: number): Promise<boolean> {
      const r = await k
        .selectFrom('document')
        .select('id')
        .where('siteId', '=', site())
        .where('signerPersonId', '=', personId)
        .executeTakeFirst();
      return r !== undefined;
    },
    /** Which of `ids` are documents of this site. */
    async existing(ids: number[]): Promise<number[]> {
      if (!ids.length) return [];
      const rows = await k
        .selectFrom('document')
        .where('siteId', '=', site())
        .where('id', 'in', ids)
        .select('id')
        .execute();
      return rows.map((r) => r.id);
    },
  };
}

export type DocumentRepository = ReturnType<typeof documentRepository>;
