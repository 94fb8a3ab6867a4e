import crypto from 'node:crypto';
import { Conflict, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import type { UnitOfWork } from '../../db/transaction.ts';
import { vnDayKey } from '../../lib/date.ts';
import { parseDateInput } from '../../lib/date-input.ts';
import { sanitizeBody } from '../../lib/html.ts';
import { htmlToText } from '../../lib/html-text.ts';
import { fold } from '../../lib/text.ts';
import { StorageError, type FileStorage } from '../../storage/storage.ts';
import type { Account } from '../account/account.ts';
import type { Actor, AuditAction } from '../audit/audit.ts';
import type { AuditService } from '../audit/audit.service.ts';
import {
  looksLikeNumber,
  numberKey,
  numberOrder,
  numbersInText,
  parseDocumentNumber,
  textKey,
  textTerms,
  typeNameOfCode,
} from './document-number.ts';
import {
  DOC_RULES,
  EFFECTS,
  canDocTransition,
  canEditDocument,
  documentPath,
  documentSlug,
  nextDocStatus,
  publishRefusal,
  type DocTransition,
  type DocumentFile,
  type DocumentRecord,
  type FieldNode,
  type Issuer,
  type NamedItem,
  type RelationView,
} from './document.ts';
import { MAX_FILE_BYTES, fileName, inspectFile, type InspectedFile } from './document.files.ts';
import type {
  DocumentColumns,
  DocumentFilter,
  DocumentRepository,
  ListName,
} from './document.repository.ts';
import type { DocumentForm } from './document.schema.ts';
import { say } from './document.messages.ts';

/** What document changes write through, bound to one transaction. */
export interface DocumentWrites {
  repo: DocumentRepository;
  audit: AuditService;
}

/** An uploaded file as the route received it. */
export interface Upload {
  name: string;
  data: Buffer;
}

/** The lists a clerk chooses from. */
export interface DocumentLists {
  types: NamedItem[];
  issuers: Issuer[];
  fields: FieldNode[];
}

/** A person of the directory as the document form offers them. */
export interface SignerChoice {
  id: number;
  name: string;
}

/**
 * The directory (Cơ cấu tổ chức) as the registry reads it: its people, and who held which title
 * on a day (`${personId}|${day}` keys, as OrganisationService.namesAndTitles gives them).
 */
export interface SignerDirectory {
  people(): Promise<{ id: number; fullName: string }[]>;
  namesAndTitles(
    wanted: { personId: number; day: string }[],
  ): Promise<Map<string, { name: string; title: string | undefined }>>;
}

/** The public list's query as typed (GET form), every value a string. */
export interface ListQuery {
  q?: string;
  loai?: string;
  'co-quan'?: string;
  'linh-vuc'?: string;
  'nguoi-ky'?: string;
  nam?: string;
  'tu-ngay'?: string;
  'den-ngay'?: string;
  'hieu-luc'?: string;
  trang?: string;
}

export const PAGE_SIZE = 20;

/** The audit code of each workflow step. */
const DOC_AUDIT: Record<DocTransition, AuditAction> = {
  submit: 'document.submit',
  return: 'document.return',
  approve: 'document.approve',
  publish: 'document.publish',
  correct: 'document.correct',
  withdraw: 'document.withdraw',
};

const DEFAULT_TYPES = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quy định',
  'Quy chế',
  'Quyết định',
  'Hướng dẫn',
  'Thông tri',
  'Thông báo',
  'Kế hoạch',
  'Chương trình',
  'Báo cáo',
  'Công văn',
  'Đề án',
  'Nghị định',
  'Thông tư',
  'Thông tư liên tịch',
  'Văn bản hợp nhất',
  'Luật',
];
const CENTRAL = 'Hà Nội';
const DEFAULT_ISSUERS: { name: string; code: string; place: string }[] = [
  { name: 'Ban Chấp hành Trung ương', code: 'TW', place: CENTRAL },
  { name: 'Bộ Chính trị', code: 'TW', place: CENTRAL },
  { name: 'Ban Bí thư', code: 'TW', place: CENTRAL },
  { name: 'Văn phòng Trung ương Đảng', code: 'VPTW', place: CENTRAL },
  { name: 'Ủy ban Kiểm tra Trung ương', code: 'UBKTTW', place: CENTRAL },
  { name: 'Tỉnh ủy', code: 'TU', place: '' },
  { name: 'Văn phòng Tỉnh ủy', code: 'VPTU', place: '' },
  { name: 'Ban Tổ chức Tỉnh ủy', code: 'BTCTU', place: '' },
  { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', code: 'BTGDVTU', place: '' },
  { name: 'Ủy ban Kiểm tra Tỉnh ủy', code: 'UBKTTU', place: '' },
  { name: 'Đảng ủy', code: 'ĐU', place: '' },
  { name: 'Quốc hội', code: 'QH', place: CENTRAL },
  { name: 'Chính phủ', code: 'CP', place: CENTRAL },
  { name: 'Ủy ban nhân dân tỉnh', code: 'UBND', place: '' },
];
const DEFAULT_FIELDS = [
  'Xây dựng Đảng',
  'Tổ chức cán bộ',
  'Tuyên giáo',
  'Kiểm tra, giám sát',
  'Kinh tế - xã hội',
  'Quốc phòng, an ninh',
];

/**
 * Fills a site's empty lists with the defaults (types, issuers, fields) through `repo`, in the
 * caller's transaction and site scope: a new site gets them when it is created (the platform's
 * `seedSite`), an older one on its back office's first visit (`ensureLists`).
 */
export async function fillDefaultLists(repo: DocumentRepository): Promise<void> {
  if (!(await repo.types()).length)
    for (const [i, name] of DEFAULT_TYPES.entries()) await repo.addType(name, i);
  if (!(await repo.issuers()).length)
    for (const [i, v] of DEFAULT_ISSUERS.entries()) await repo.addIssuer(v, i);
  if (!(await repo.fields()).length)
    for (const [i, name] of DEFAULT_FIELDS.entries()) await repo.addField(name, null, i);
}

/** A reader's key for counting a download once: a keyed hash of address and browser, never stored raw. */
const READER_KEY = crypto.randomBytes(32);
export function readerKey(ip: string, userAgent: string): string {
  return crypto
    .createHmac('sha256', READER_KEY)
    .update(`${ip}\n${userAgent}`)
    .digest('hex')
    .slice(0, 32);
}

/** Orders a flat list of fields as a tree (depth-first), with each node's depth. */
export function fieldTree(
  rows: { id: number; name: string; parentId: number | null }[],
): FieldNode[] {
  const out: FieldNode[] = [];
  const ids = new Set(rows.map((r) => r.id));
  const walk = (parent: number | null, depth: number) => {
    for (const r of rows) {
      const p = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
      if (p === parent && !out.some((o) => o.id === r.id) && depth < 8) {
        out.push({ ...r, depth });
        walk(r.id, depth + 1);
      }
    }
  };
  walk(null, 0);
  return out;
}

/** A field and everything below it. */
export function withDescendants(fields: FieldNode[], id: number): number[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) {
    for (const f of fields) if (f.parentId === out[i] && !out.includes(f.id)) out.push(f.id);
  }
  return out;
}

/**
 * The document registry (văn bản): lists per site, records with their files, fields and
 * relations, the workflow with its audit trail, the public list, page and files.
 */
export function documentService(deps: {
  repo: DocumentRepository;
  storage: FileStorage;
  tx: UnitOfWork<DocumentWrites>;
  clock: () => Date;
  /** Signers chosen from the directory; without it every signer is free text. */
  signers?: SignerDirectory;
}) {
  const { repo, tx } = deps;

  /**
   * Documents with their directory signers written out: the person's name and the title held on
   * the day of issue (the stored title when the directory has no post that day). Free-text
   * signers are left as stored.
   */
  async function withSigners<T extends DocumentRecord>(docs: T[]): Promise<T[]> {
    const wanted = docs.flatMap((d) =>
      d.signerPersonId !== null ? [{ personId: d.signerPersonId, day: d.issuedOn }] : [],
    );
    if (!wanted.length || !deps.signers) return docs;
    const held = await deps.signers.namesAndTitles(wanted);
    return docs.map((d) => {
      const who =
        d.signerPersonId !== null ? held.get(`${d.signerPersonId}|${d.issuedOn}`) : undefined;
      return who ? { ...d, signerName: who.name, signerTitle: who.title ?? d.signerTitle } : d;
    });
  }

  /** The directory person a form names, checked against this site's directory. */
  async function signerOf(
    personId: number | null,
  ): Promise<{ id: number; fullName: string } | undefined> {
    if (!personId) return undefined;
    const person = deps.signers && (await deps.signers.people()).find((p) => p.id === personId);
    if (!person) throw Validation.of('signerPersonId', say('document.bad_signer'));
    return person;
  }

  /** The site's lists as they are (a read: never writes, so a public GET changes nothing). */
  async function lists(): Promise<DocumentLists> {
    const [types, issuers, fields] = await Promise.all([
      repo.types(),
      repo.issuers(),
      repo.fields(),
    ]);
    return { types, issuers, fields: fieldTree(fields) };
  }

  /**
   * The lists, first filled with the defaults when the site has none (a site made before sites
   * got them at creation): called by the back office's document form and lists page, never by a
   * public page.
   */
  async function ensureLists(): Promise<DocumentLists> {
    const l = await lists();
    if (l.types.length && l.issuers.length) return l;
    await tx(({ repo }) => fillDefaultLists(repo));
    return lists();
  }

  async function record(id: number): Promise<DocumentRecord> {
    const d = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
    if (!d) throw new NotFound(say('document.not_found'));
    return d;
  }

  /** Pre-fill from a number: the type and issuer its codes usually mean, when on the lists. */
  function prefill(number: string, l: DocumentLists): { typeId?: number; issuerId?: number } {
    const p = parseDocumentNumber(number);
    const typeName = typeNameOfCode(p.typeCode);
    const type = typeName ? l.types.find((t) => t.name === typeName) : undefined;
    const code = fold(p.issuerCode);
    const issuer = code ? l.issuers.find((i) => i.code && fold(i.code) === code) : undefined;
    return { typeId: type?.id, issuerId: issuer?.id };
  }

  /** Checks the form against this site's lists; the columns to store. */
  async function columnsOf(form: DocumentForm, selfId: number | null) {
    const l = await lists();
    const type = l.types.find((t) => t.id === form.typeId);
    if (!type) throw Validation.of('typeId', say('document.type_required'));
    const issuer = l.issuers.find((i) => i.id === form.issuerId);
    if (!issuer) throw Validation.of('issuerId', say('document.issuer_required'));
    const fieldIds = [...new Set(form.fieldIds)];
    if (fieldIds.some((f) => !l.fields.some((x) => x.id === f)))
      throw Validation.of('fieldIds', say('document.bad_field'));
    const rel = form.relations.filter((r) => r.toId !== selfId);
    const known = new Set(await repo.existing(rel.map((r) => r.toId)));
    if (rel.some((r) => !known.has(r.toId)) || rel.length !== form.relations.length)
      throw Validation.of('relations', say('document.bad_relation'));
    const seen = new Set<string>();
    const relations = rel.filter((r) => {
      const key = `${r.kind}:${r.toId}`;
      return !seen.has(key) && (seen.add(key), true);
    });
    const p = parseDocumentNumber(form.number);
    if (p.form === 'unknown' && !form.numberReason)
      throw Validation.of('numberReason', say('document.number_unrecognised'));
    // A signer of the directory: the name is the directory's; the title typed is kept only as
    // the fallback for a day the directory has no post (pages read the title held that day).
    const person = await signerOf(form.signerPersonId);
    const signerName = person ? person.fullName : form.signerName;
    const columns: DocumentColumns = {
      number: p.typed,
      numberForm: p.form,
      numberSeq: p.seq,
      numberTypeCode: p.typeCode,
      numberIssuerCode: p.issuerCode,
      numberYear: p.year,
      numberKey: numberKey(p.typed),
      numberOrder: numberOrder(p.seq || p.typed),
      typeId: form.typeId,
      issuerId: form.issuerId,
      signerName,
      signerTitle: form.signerTitle,
      signerPersonId: person ? person.id : null,
      signerAuthority: form.signerAuthority,
      signerKey: textKey(signerName),
      issuedOn: form.issuedOn ?? '',
      effectiveOn: form.effectiveOn,
      expiresOn: form.expiresOn,
      effect: form.effect,
      summary: form.summary,
      body: form.body.trim() ? sanitizeBody(form.body) : '',
      scope: form.scope,
      source: form.source,
      slug: documentSlug(type.name, p.typed),
    };
    // Search finds the document by the title its signer held that day too.
    const [shown] = person
      ? await withSigners([{ ...columns, signerPersonId: person.id } as unknown as DocumentRecord])
      : [undefined];
    return {
      columns,
      fieldIds,
      relations,
      parsed: p,
      typeName: type.name,
      issuerName: issuer.name,
      heldTitle: shown?.signerTitle ?? '',
    };
  }

  /** Stores uploads (before any transaction opens); refuses a wrong kind with a clear message. */
  async function storeUploads(
    files: Upload[],
  ): Promise<(InspectedFile & { name: string; fresh?: boolean })[]> {
    const out: (InspectedFile & { name: string; fresh?: boolean })[] = [];
    for (const f of files) {
      if (f.data.length > MAX_FILE_BYTES) throw Validation.of('file', say('document.file_too_big'));
      const info = await inspectFile(f.data);
      if (!info) throw Validation.of('file', say('document.file_kind'));
      out.push({ ...info, name: fileName(f.name, info.kind, 'van-ban') });
    }
    for (const f of out) {
      try {
        if (!(await deps.storage.has(f.key))) {
          await deps.storage.put(f.key, files[out.indexOf(f)]!.data);
          f.fresh = true;
        }
      } catch (err) {
        if (err instanceof StorageError) throw Validation.of('file', say('document.file_storage'));
        throw err;
      }
    }
    return out;
  }

  /**
   * Runs a save after its files were stored; when the save fails, the files this save put
   * (never one already there: storage is content-addressed and shared) are removed again, so no
   * orphan is left behind.
   */
  async function savingFiles<T>(
    stored: { key: string; fresh?: boolean }[],
    save: () => Promise<T>,
  ): Promise<T> {
    try {
      return await save();
    } catch (err) {
      for (const f of stored) if (f.fresh) await deps.storage.remove(f.key).catch(() => {});
      throw err;
    }
  }

  function searchTextOf(c: DocumentColumns, typeName: string, issuerName: string, texts: string[]) {
    return textKey(
      [
        c.number,
        typeName,
        issuerName,
        c.summary,
        c.signerName,
        c.signerTitle,
        htmlToText(c.body),
        ...texts,
      ].join(' \n '),
    );
  }

  async function refreshSearch(w: DocumentWrites, id: number) {
    const d = await w.repo.byId(id);
    if (!d) return;
    const texts = await w.repo.fileTexts(id);
    const c = { ...d } as unknown as DocumentColumns;
    await w.repo.setSearchText(id, searchTextOf(c, d.typeName, d.issuerName, texts));
  }

  /**
   * Sets the filter's text part from what a reader typed; false when nothing in it is searchable.
   * A number-looking query matches numbers token-exact; `prefix` reads the last token as the
   * start of a word or code (typeahead).
   */
  function queryTerms(f: DocumentFilter, text: string, prefix: boolean): boolean {
    if (looksLikeNumber(text)) {
      const key = numberKey(text);
      if (prefix && !/\s$/.test(text)) f.numberPrefix = key.trimEnd();
      else f.numberKey = key;
      return true;
    }
    const terms = textTerms(text, prefix);
    if (!terms.length) return false;
    f.terms = terms;
    f.phraseKey = textKey(text);
    return true;
  }

  /**
   * Documents for a query: by number when it looks like one, and when no number matches, by its
   * words (a reader typing "nghị quyết 57" means words, not a number).
   */
  async function found(
    base: DocumentFilter,
    text: string,
    prefix: boolean,
    limit: number,
    offset: number,
  ) {
    const f: DocumentFilter = { ...base };
    if (!queryTerms(f, text, prefix)) return { f, items: [], total: 0 };
    let [items, total] = await Promise.all([repo.list(f, limit, offset), repo.count(f)]);
    if (total === 0 && (f.numberKey || f.numberPrefix)) {
      const g: DocumentFilter = {
        ...base,
        terms: textTerms(text, prefix),
        phraseKey: textKey(text),
      };
      if (g.terms!.length) {
        [items, total] = await Promise.all([repo.list(g, limit, offset), repo.count(g)]);
        return { f: g, items, total };
      }
    }
    return { f, items, total };
  }

  /**
   * Suggestions while typing (/tim-kiem/goi-y): the last word or code read as a beginning
   * ("chuyển đổi s", "57-NQ"), at most `limit` published documents.
   */
  async function suggest(query: string, limit = 4): Promise<DocumentRecord[]> {
    const text = query.slice(0, 200).trimStart();
    if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
    return (await found({ statuses: ['published'] }, text, true, limit, 0)).items;
  }

  /** Turns a filter query into repository terms; unusable values are dropped, never a 500. */
  async function filterOf(
    q: ListQuery,
    l: DocumentLists,
  ): Promise<{ f: DocumentFilter; page: number; text: string }> {
    const num = (s: string | undefined) =>
      s && /^[1-9][0-9]{0,8}$/.test(s) ? Number(s) : undefined;
    const f: DocumentFilter = { statuses: ['published'] };
    const type = num(q.loai);
    if (type && l.types.some((t) => t.id === type)) f.typeId = type;
    const issuer = num(q['co-quan']);
    if (issuer && l.issuers.some((i) => i.id === issuer)) f.issuerId = issuer;
    const field = num(q['linh-vuc']);
    if (field && l.fields.some((x) => x.id === field))
      f.fieldIds = withDescendants(l.fields, field);
    const signer = textKey((q['nguoi-ky'] ?? '').slice(0, 120));
    if (signer) {
      f.signerKey = signer;
      // Directory signers by their name there now (a renamed person's documents still match).
      if (deps.signers) {
        const people = await deps.signers.people();
        f.signerPersonIds = people
          .filter((p) => textKey(p.fullName).includes(signer))
          .map((p) => p.id);
      }
    }
    const year = num(q.nam);
    if (year && year >= 1930 && year <= 2100) {
      f.from = `${year}-01-01`;
      f.to = `${year}-12-31`;
    }
    const from = q['tu-ngay'] ? parseDateInput(q['tu-ngay'].slice(0, 20)) : undefined;
    const to = q['den-ngay'] ? parseDateInput(q['den-ngay'].slice(0, 20)) : undefined;
    if (from && (!f.from || from > f.from)) f.from = from;
    if (to && (!f.to || to < f.to)) f.to = to;
    if (q['hieu-luc'] && EFFECTS.some((e) => e.id === q['hieu-luc'])) f.effect = q['hieu-luc'];
    const page = Math.min(num(q.trang) ?? 1, 10_000);
    return { f, page, text: (q.q ?? '').slice(0, 200).trim() };
  }

  return {
    lists,
    ensureLists,
    record,
    prefill: async (number: string) => prefill(number, await lists()),
    files: (id: number): Promise<DocumentFile[]> => repo.files(id),
    relations: (id: number): Promise<RelationView[]> => repo.relations(id),
    fieldIdsOf: (id: number) => repo.fieldIdsOf(id),
    outgoing: (id: number) => repo.outgoing(id),
    choices: (exceptId: number | null) => repo.choices(exceptId),
    today: (): string => vnDayKey(deps.clock()),

    /** The back office's list: every status, newest first. */
    async adminList(page: number) {
      const f: DocumentFilter = {
        statuses: ['draft', 'review', 'approved', 'published', 'withdrawn'],
      };
      const [items, total] = await Promise.all([
        repo.list(f, PAGE_SIZE, (page - 1) * PAGE_SIZE),
        repo.count(f),
      ]);
      return { items, total };
    },

    /** Enters a document as a draft, with its files. */
    async create(actor: Actor, account: Account, form: DocumentForm, uploads: Upload[]) {
      const { columns, fieldIds, relations, parsed, typeName, issuerName, heldTitle } =
        await columnsOf(form, null);
      const stored = await storeUploads(uploads);
      const at = deps.clock();
      return savingFiles(stored, () =>
        tx(async (w) => {
          const id = await w.repo.insert(
            columns,
            account.id,
            at,
            searchTextOf(
              { ...columns, signerTitle: heldTitle || columns.signerTitle },
              typeName,
              issuerName,
              stored.map((s) => s.text),
            ),
          );
          await w.repo.setFieldIds(id, fieldIds);
          await w.repo.setOutgoing(id, relations);
          for (const s of stored) await w.repo.addFile(id, { ...s, storageKey: s.key }, at);
          await w.audit.record(actor, 'document.created', {
            type: 'document',
            id,
            summary: `${columns.number} — ${columns.summary}`.slice(0, 300),
            detail: {
              ...columns,
              body: undefined,
              fieldIds,
              relations,
              files: stored.map((s) => ({ name: s.name, sha256: s.sha256, bytes: s.bytes })),
            },
          });
          if (parsed.form === 'unknown') {
            await w.audit.record(actor, 'document.number_unrecognised', {
              type: 'document',
              id,
              summary: `${columns.number}: ${form.numberReason}`.slice(0, 300),
              detail: { number: columns.number, reason: form.numberReason },
            });
          }
          return id;
        }),
      );
    },

    /** Saves changes (and new files; `removeFiles` by number). A published document is corrected. */
    async update(
      actor: Actor,
      account: Account,
      id: number,
      form: DocumentForm,
      uploads: Upload[],
      removeFiles: number[],
    ): Promise<void> {
      const before = await record(id);
      if (!canEditDocument(account, before, account.id))
        throw new Forbidden(say('document.cannot_edit'));
      const { columns, fieldIds, relations, parsed, typeName, issuerName, heldTitle } =
        await columnsOf(form, id);
      const stored = await storeUploads(uploads);
      const at = deps.clock();
      await savingFiles(stored, () =>
        tx(async (w) => {
          const now = await w.repo.byId(id);
          if (!now || now.version !== before.version) throw new Conflict(say('document.changed'));
          await w.repo.update(id, columns, at, '');
          await w.repo.setFieldIds(id, fieldIds);
          await w.repo.setOutgoing(id, relations);
          for (const n of removeFiles) {
            if (await w.repo.file(id, n)) {
              await w.repo.removeFile(id, n);
              await w.audit.record(actor, 'document.file_removed', {
                type: 'document',
                id,
                summary: `Tệp ${n}`,
              });
            }
          }
          for (const s of stored) {
            const n = await w.repo.addFile(id, { ...s, storageKey: s.key }, at);
            await w.audit.record(actor, 'document.file_added', {
              type: 'document',
              id,
              summary: `${s.name} (tệp ${n})`,
              detail: { sha256: s.sha256, bytes: s.bytes, pages: s.pages },
            });
          }
          await w.repo.setSearchText(
            id,
            searchTextOf(
              { ...columns, signerTitle: heldTitle || columns.signerTitle },
              typeName,
              issuerName,
              await w.repo.fileTexts(id),
            ),
          );
          await w.audit.record(
            actor,
            before.status === 'published' ? 'document.correct' : 'document.saved',
            {
              type: 'document',
              id,
              summary: `${columns.number} — ${columns.summary}`.slice(0, 300),
              detail: {
                before: { ...before, body: undefined },
                after: { ...columns, body: undefined, fieldIds, relations },
              },
            },
          );
          if (parsed.form === 'unknown' && before.number !== columns.number) {
            await w.audit.record(actor, 'document.number_unrecognised', {
              type: 'document',
              id,
              summary: `${columns.number}: ${form.numberReason}`.slice(0, 300),
              detail: { number: columns.number, reason: form.numberReason },
            });
          }
        }),
      );
    },

    /** One workflow step, with its audit record; publishing is refused unless the scope is public. */
    async transition(actor: Actor, account: Account, id: number, t: DocTransition, note: string) {
      const d = await record(id);
      if (!canDocTransition(account, d.status, t))
        throw new Forbidden(say('document.transition_refused'));
      // A reporter sends only their own draft (editors any), as for articles.
      if (t === 'submit' && !canEditDocument(account, d, account.id))
        throw new Forbidden(say('document.transition_refused'));
      if (DOC_RULES[t].note && !note) throw Validation.of('note', say('document.note_required'));
      if (t === 'publish' || t === 'approve') {
        const refusal = publishRefusal(d);
        if (refusal) {
          await tx(({ audit }) =>
            audit.record(actor, 'document.publish_refused', {
              type: 'document',
              id,
              summary: `${d.number}: ${refusal}`.slice(0, 300),
            }),
          );
          throw new Validation({ scope: refusal }, refusal);
        }
      }
      const to = nextDocStatus(d.status, t);
      await tx(async (w) => {
        if (to !== d.status && !(await w.repo.setStatus(id, d.status, to, deps.clock())))
          throw new Conflict(say('document.changed'));
        await w.audit.record(actor, DOC_AUDIT[t], {
          type: 'document',
          id,
          summary: `${d.number}${note ? `: ${note}` : ''}`.slice(0, 300),
          detail: { from: d.status, to, note },
        });
      });
    },

    /** Adds an item to one of the lists. */
    async addListItem(
      actor: Actor,
      list: 'type' | 'issuer' | 'field',
      v: { name: string; place?: string; code?: string; parentId?: number | null },
    ) {
      const l = await lists();
      const name = v.name;
      if (!name) throw Validation.of('name', say('document.list_name_required'));
      const dup =
        list === 'type'
          ? l.types.some((t) => fold(t.name) === fold(name))
          : list === 'issuer'
            ? l.issuers.some((t) => fold(t.name) === fold(name))
            : false;
      if (dup) throw Validation.of('name', say('document.list_duplicate'));
      if (list === 'field' && v.parentId && !l.fields.some((f) => f.id === v.parentId))
        throw Validation.of('parentId', say('document.bad_parent'));
      await tx(async (w) => {
        if (list === 'type') await w.repo.addType(name, l.types.length);
        else if (list === 'issuer')
          await w.repo.addIssuer(
            { name, place: v.place ?? '', code: v.code ?? '' },
            l.issuers.length,
          );
        else await w.repo.addField(name, v.parentId ?? null, l.fields.length);
        await w.audit.record(actor, 'document.lists_updated', {
          type: `document_${list}`,
          summary: name,
        });
      });
    },

    /**
     * Edits one item of a list: `save` renames it (an issuer's code and place too), `up`/`down`
     * move it among its siblings, `delete` removes it unless a document (or a child field) uses
     * it, which is refused with a message naming how many.
     */
    async editListItem(
      actor: Actor,
      list: ListName,
      id: number,
      op: 'save' | 'up' | 'down' | 'delete',
      v: { name: string; place?: string; code?: string },
    ): Promise<void> {
      const l = await lists();
      const items: { id: number; name: string; parentId?: number | null }[] =
        list === 'type' ? l.types : list === 'issuer' ? l.issuers : l.fields;
      const item = items.find((i) => i.id === id);
      if (!item) throw new NotFound(say('document.list_item_not_found'));
      const type = `document_${list}`;
      if (op === 'save') {
        if (!v.name) throw Validation.of('name', say('document.list_name_required'));
        const siblings =
          list === 'field' ? items.filter((i) => i.parentId === item.parentId) : items;
        if (siblings.some((i) => i.id !== id && fold(i.name) === fold(v.name)))
          throw Validation.of('name', say('document.list_duplicate'));
        await tx(async (w) => {
          await w.repo.renameItem(list, id, v);
          await w.audit.record(actor, 'document.lists_updated', {
            type,
            id,
            summary: `${item.name} → ${v.name}`.slice(0, 300),
          });
        });
        return;
      }
      if (op === 'delete') {
        const used = await repo.usage(list, id);
        if (used.documents > 0)
          throw Validation.of('name', say('document.list_in_use', item.name, used.documents));
        if (used.children > 0)
          throw Validation.of('name', say('document.list_has_children', item.name));
        await tx(async (w) => {
          await w.repo.deleteItem(list, id);
          await w.audit.record(actor, 'document.lists_updated', {
            type,
            id,
            summary: `Xóa ${item.name}`.slice(0, 300),
          });
        });
        return;
      }
      const siblings = list === 'field' ? items.filter((i) => i.parentId === item.parentId) : items;
      const at = siblings.findIndex((i) => i.id === id);
      const to = op === 'up' ? at - 1 : at + 1;
      if (to < 0 || to >= siblings.length) return;
      const order = siblings.map((i) => i.id);
      [order[at], order[to]] = [order[to]!, order[at]!];
      await tx(async (w) => {
        await w.repo.setPositions(list, order);
        await w.audit.record(actor, 'document.lists_updated', {
          type,
          id,
          summary: `${item.name}: ${op === 'up' ? 'lên' : 'xuống'}`,
        });
      });
    },

    // ---- Public ----

    /** The public list: published documents matching the filters, a page of them. */
    async publicList(q: ListQuery) {
      const l = await lists();
      const { f, page, text } = await filterOf(q, l);
      const offset = (page - 1) * PAGE_SIZE;
      const { items, total } = text
        ? await found(f, text, false, PAGE_SIZE, offset)
        : {
            items: await repo.list(f, PAGE_SIZE, offset),
            total: await repo.count(f),
          };
      return { items: await withSigners(items), total, page, lists: l };
    },

    /**
     * Found by the site search (/tim-kiem): published documents of this site whose number, or
     * whose words (trích yếu, body, signer, files' text), match the query; exact numbers first.
     */
    async search(query: string, limit = 10): Promise<DocumentRecord[]> {
      const text = query.slice(0, 200).trim();
      if (!text) return [];
      return (await found({ statuses: ['published'] }, text, false, limit, 0)).items;
    },

    suggest,

    /** The typeahead's document suggestions: "Quy chế số 09-QC/TW: trích yếu…" and the path. */
    async typeahead(query: string): Promise<{ title: string; path: string }[]> {
      const docs = await suggest(query, 4);
      return docs.map((d) => ({
        title: `${d.typeName} số ${d.number}: ${d.summary}`.slice(0, 160),
        path: documentPath(d),
      }));
    },

    /** A published (or withdrawn) document for its public page. */
    async publicDocument(id: number): Promise<DocumentRecord | undefined> {
      const d = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
      if (!d || (d.status !== 'published' && d.status !== 'withdrawn') || d.scope !== 'public')
        return undefined;
      return (await withSigners([d]))[0];
    },

    /** Whether a path's slug and id name a document of this site (in any state). */
    async isDocumentPath(id: number, slug: string): Promise<boolean> {
      const d = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
      return d?.slug === slug;
    },

    /** A document of the working site in any state, or undefined (for other modules). */
    async find(id: number): Promise<DocumentRecord | undefined> {
      return Number.isSafeInteger(id) && id > 0 ? repo.byId(id) : undefined;
    },

    /** Published drafts ("Dự thảo"): what Lấy ý kiến dự thảo may open a window on. */
    drafts: () => repo.list({ statuses: ['published'], effect: 'draft' }, 500, 0),

    /** The newest published documents (the "Văn bản mới" block). */
    latest: (n: number) => repo.list({ statuses: ['published'] }, n, 0),

    /** A file of a published document, with its bytes. */
    async publicFile(id: number, n: number) {
      const d = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
      if (!d || d.status !== 'published' || d.scope !== 'public') return undefined;
      const f = Number.isSafeInteger(n) && n > 0 && n < 1000 ? await repo.file(id, n) : undefined;
      if (!f) return undefined;
      const data = await deps.storage.get(f.storageKey);
      return data ? { document: d, file: f, data } : undefined;
    },

    /** A file of any document for staff (drafts included). */
    async staffFile(id: number, n: number) {
      const f = Number.isSafeInteger(n) && n > 0 && n < 1000 ? await repo.file(id, n) : undefined;
      if (!f) throw new NotFound(say('document.file_not_found'));
      const data = await deps.storage.get(f.storageKey);
      if (!data) throw new NotFound(say('document.file_not_found'));
      return { file: f, data };
    },

    countDownload: (fileId: number, reader: string) =>
      repo.countDownload(fileId, reader, vnDayKey(deps.clock())),

    /**
     * Links the document numbers an article body mentions to their records, at render time: the
     * sanitised body's text nodes only (never inside a tag or an existing link).
     */
    async linkNumbers(html: string, prefix = ''): Promise<string> {
      const found = numbersInText(html.replace(/<[^>]*>/g, ' '));
      if (!found.length) return html;
      const docs = await repo.publishedByKeys(found.map(numberKey));
      if (!docs.length) return html;
      const byKey = new Map(docs.map((d) => [numberKey(d.number), d]));
      let inLink = 0;
      return html.replace(
        /(<[^>]+>)|([^<]+)/g,
        (m, tag: string | undefined, text: string | undefined) => {
          if (tag) {
            if (/^<a[\s>]/i.test(tag)) inLink++;
            else if (/^<\/a>/i.test(tag)) inLink = Math.max(0, inLink - 1);
            return tag;
          }
          if (inLink || !text) return m;
          let out = text;
          for (const n of numbersInText(text)) {
            const d = byKey.get(numberKey(n));
            if (!d) continue;
            const esc = n.replace(/&/g, '&amp;');
            out = out.replace(
              new RegExp(
                `(?<![\\p{L}\\p{N}/-])${esc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}/-])`,
                'u',
              ),
              `<a href="${prefix}${documentPath(d)}" class="doc-ref">${esc}</a>`,
            );
          }
          return out;
        },
      );
    },

    /** Counts a public view of a published document once per reader (`readerKey`). */
    async countView(id: number, reader: string): Promise<boolean> {
      const d = Number.isSafeInteger(id) && id > 0 ? await repo.byId(id) : undefined;
      if (!d || d.status !== 'published' || d.scope !== 'public') return false;
      return repo.countView(id, reader, vnDayKey(deps.clock()));
    },

    /** "Cùng cơ quan ban hành / lĩnh vực / người ký": up to 5 other published documents each. */
    async related(d: DocumentRecord, fieldIds: number[]) {
      const r = await repo.related(d, fieldIds, 5);
      return { issuer: r.issuer, field: r.field, signer: await withSigners(r.signer) };
    },

    /** The people of the directory the document form offers as signers. */
    async signerChoices(): Promise<SignerChoice[]> {
      const people = deps.signers ? await deps.signers.people() : [];
      return people.map((p) => ({ id: p.id, name: p.fullName }));
    },

    /** Whether a person of the directory signs a document of this site (Cơ cấu tổ chức asks). */
    signs: (personId: number): Promise<boolean> => repo.signs(personId),

    withSigners,
    refreshSearch: (id: number) => tx((w) => refreshSearch(w, id)),
  };
}

export type DocumentService = ReturnType<typeof documentService>;
