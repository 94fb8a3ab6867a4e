import { Hono, type Context } from 'hono';
import { formList, formOf, formText } from '../../http/admin-guard.ts';
import type { AppEnv } from '../../http/env.ts';
import { fieldErrors, Forbidden, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { dayText } from '../../lib/date-input.ts';
import { excerpt } from '../../lib/text.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { requireCan } from '../account/account.guard.ts';
import { can } from '../account/account.policy.ts';
import { requireStaff } from '../../http/admin-guard.ts';
import {
  availableDocTransitions,
  canEditDocument,
  isDocTransition,
  type DocumentRecord,
} from './document.ts';
import { PAGE_SIZE, type DocumentService, type Upload } from './document.service.ts';
import { documentFormSchema, transitionSchema, type DocumentValues } from './document.schema.ts';
import { fileText } from './document.files.ts';
import { DOCUMENT_MESSAGES as M } from './document.messages.ts';
import { DocumentFormPage, DocumentListPage, DocumentListsPage } from './views/document.admin.tsx';

/** What the document back office uses. */
export interface DocumentRouteDeps {
  documents: DocumentService;
  shell: Shell;
  assets: { urls: Record<string, string> };
}

const BASE = '/quan-tri/van-ban';

function valuesOf(
  d: DocumentRecord | undefined,
  fieldIds: number[],
  outgoing: { kind: string; toId: number }[],
): DocumentValues {
  return {
    number: d?.number ?? '',
    numberReason: '',
    typeId: d ? String(d.typeId) : '',
    issuerId: d ? String(d.issuerId) : '',
    signerPersonId: d?.signerPersonId ? String(d.signerPersonId) : '',
    signerName: d?.signerName ?? '',
    signerTitle: d?.signerTitle ?? '',
    signerAuthority: d?.signerAuthority ?? '',
    issuedOn: d ? dayText(d.issuedOn) : '',
    effectiveOn: d?.effectiveOn ? dayText(d.effectiveOn) : '',
    expiresOn: d?.expiresOn ? dayText(d.expiresOn) : '',
    effect: d?.effect ?? 'in-force',
    summary: d?.summary ?? '',
    body: d?.body ?? '',
    scope: d?.scope ?? 'public',
    source: d?.source ?? '',
    fieldIds: fieldIds.map(String),
    relations: outgoing.map((r) => `${r.kind}:${r.toId}`),
  };
}

function postedValues(body: Record<string, unknown>): DocumentValues {
  return {
    number: formText(body, 'number'),
    numberReason: formText(body, 'numberReason'),
    typeId: formText(body, 'typeId'),
    issuerId: formText(body, 'issuerId'),
    signerPersonId: formText(body, 'signerPersonId'),
    signerName: formText(body, 'signerName'),
    signerTitle: formText(body, 'signerTitle'),
    signerAuthority: formText(body, 'signerAuthority'),
    issuedOn: formText(body, 'issuedOn'),
    effectiveOn: formText(body, 'effectiveOn'),
    expiresOn: formText(body, 'expiresOn'),
    effect: formText(body, 'effect'),
    summary: formText(body, 'summary'),
    body: formText(body, 'body'),
    scope: formText(body, 'scope'),
    source: formText(body, 'source'),
    fieldIds: formList(body, 'fieldIds').slice(0, 100),
    relations: formList(body, 'relations')
      .filter((r) => r !== '')
      .slice(0, 100),
  };
}

async function uploadsOf(body: Record<string, unknown>): Promise<Upload[]> {
  const raw = body.file;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Upload[] = [];
  for (const f of list.slice(0, 10)) {
    if (f instanceof File && f.size > 0)
      out.push({ name: f.name, data: Buffer.from(await f.arrayBuffer()) });
  }
  return out;
}

/** Back office of the registry: list, enter, edit, files, workflow, lists. */
export function documentAdminRoutes(deps: DocumentRouteDeps) {
  const app = new Hono<AppEnv>();
  const docs = deps.documents;

  const idOf = (c: Context<AppEnv>) => Number(c.req.param('id'));

  app.get('/van-ban', async (c) => {
    const staff = requireCan(c, 'document.create');
    const p = c.req.query('trang');
    const page = p && /^[1-9][0-9]{0,4}$/.test(p) ? Number(p) : 1;
    const { items, total } = await docs.adminList(page);
    return renderAdmin(c, deps, (chrome) => (
      <DocumentListPage
        chrome={chrome}
        items={items}
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        canCreate
        canLists={can(staff.account, 'document.lists')}
        notice={c.req.query('da-luu') ? M['document.saved'] : undefined}
      />
    ));
  });

  const formPage = async (
    c: Context<AppEnv>,
    d: DocumentRecord | undefined,
    values: DocumentValues,
    errors: Record<string, string> = {},
    notice?: string,
  ) => {
    const staff = requireStaff(c);
    const [lists, files, choices, signers, shown] = await Promise.all([
      docs.ensureLists(),
      d ? docs.files(d.id) : Promise.resolve([]),
      docs.choices(d?.id ?? null),
      docs.signerChoices(),
      // The directory's title alone (no typed fallback), for the form's hint.
      d?.signerPersonId ? docs.withSigners([{ ...d, signerTitle: '' }]) : Promise.resolve([]),
    ]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <DocumentFormPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          document={d}
          values={values}
          errors={errors}
          lists={lists}
          files={files}
          choices={choices}
          signers={signers}
          heldTitle={shown[0]?.signerTitle}
          transitions={d ? availableDocTransitions(staff.account, d.status) : []}
          canEdit={!d || canEditDocument(staff.account, d, staff.account.id)}
          notice={notice}
          script={deps.assets.urls['van-ban.js']}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };

  /** Validates and saves; `_prefill` only fills type and issuer from the number. */
  const submit = async (c: Context<AppEnv>, d: DocumentRecord | undefined) => {
    const staff = requireStaff(c);
    const body = await formOf(c);
    const values = postedValues(body);
    const uploads = await uploadsOf(body);
    if (formText(body, '_prefill')) {
      const hint = await docs.prefill(values.number);
      if (hint.typeId) values.typeId = String(hint.typeId);
      if (hint.issuerId) values.issuerId = String(hint.issuerId);
      return formPage(c, d, values);
    }
    // The first file's text (PDF, DOCX, ODT) pre-fills an empty trích yếu: the record stays a
    // draft the clerk reads over.
    if (!values.summary.trim()) {
      for (const u of uploads) {
        const text = await fileText(u.data);
        if (text) {
          values.summary = excerpt(text, 400);
          break;
        }
      }
    }
    const parsed = documentFormSchema.safeParse(values);
    if (!parsed.success) return formPage(c, d, values, fieldErrors(parsed.error));
    try {
      if (d) {
        const remove = formList(body, 'removeFiles')
          .filter((n) => /^[1-9][0-9]{0,3}$/.test(n))
          .map(Number);
        await docs.update(actorOf(c), staff.account, d.id, parsed.data, uploads, remove);
        return c.redirect(`${BASE}/${d.id}?da-luu=1`, 303);
      }
      const id = await docs.create(actorOf(c), staff.account, parsed.data, uploads);
      return c.redirect(`${BASE}/${id}?da-luu=1`, 303);
    } catch (err) {
      if (err instanceof Validation) return formPage(c, d, values, err.fields);
      throw err;
    }
  };

  app.get('/van-ban/moi', (c) => {
    requireCan(c, 'document.create');
    return formPage(c, undefined, valuesOf(undefined, [], []));
  });
  app.post('/van-ban/moi', (c) => {
    requireCan(c, 'document.create');
    return submit(c, undefined);
  });

  app.get('/van-ban/:id{[0-9]{1,9}}', async (c) => {
    requireCan(c, 'document.create');
    const d = await docs.record(idOf(c));
    const [fieldIds, outgoing] = await Promise.all([docs.fieldIdsOf(d.id), docs.outgoing(d.id)]);
    return formPage(
      c,
      d,
      valuesOf(d, fieldIds, outgoing),
      {},
      c.req.query('da-luu') ? M['document.saved'] : undefined,
    );
  });
  app.post('/van-ban/:id{[0-9]{1,9}}', async (c) => {
    const staff = requireCan(c, 'document.create');
    const d = await docs.record(idOf(c));
    if (!canEditDocument(staff.account, d, staff.account.id))
      throw new Forbidden(M['document.cannot_edit']);
    return submit(c, d);
  });

  app.post('/van-ban/:id{[0-9]{1,9}}/chuyen', async (c) => {
    const staff = requireCan(c, 'document.create');
    const d = await docs.record(idOf(c));
    const body = await formOf(c);
    const t = formText(body, 't');
    const note = transitionSchema.safeParse({ note: formText(body, 'note') });
    if (!isDocTransition(t)) throw new Validation({ t: M['document.transition_refused'] });
    try {
      await docs.transition(actorOf(c), staff.account, d.id, t, note.success ? note.data.note : '');
    } catch (err) {
      if (err instanceof Validation) {
        const [fieldIds, outgoing] = await Promise.all([
          docs.fieldIdsOf(d.id),
          docs.outgoing(d.id),
        ]);
        return formPage(c, d, valuesOf(d, fieldIds, outgoing), err.fields);
      }
      throw err;
    }
    return c.redirect(`${BASE}/${d.id}?da-luu=1`, 303);
  });

  app.get('/van-ban/:id{[0-9]{1,9}}/tep/:n{[0-9]{1,3}}', async (c) => {
    requireCan(c, 'document.create');
    const d = await docs.record(idOf(c));
    const { file, data } = await docs.staffFile(d.id, Number(c.req.param('n')));
    c.header('Content-Type', 'application/octet-stream');
    c.header(
      'Content-Disposition',
      `attachment; filename="van-ban.${file.kind}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    );
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(data));
  });

  // ---- Lists ----
  const listsPage = async (c: Context<AppEnv>, errors: Record<string, string> = {}) => {
    const staff = requireCan(c, 'document.lists');
    const lists = await docs.ensureLists();
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <DocumentListsPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          lists={lists}
          errors={errors}
          notice={c.req.query('da-luu') ? M['document.saved'] : undefined}
        />
      ),
      Object.keys(errors).length ? 400 : 200,
    );
  };
  app.get('/van-ban/danh-muc', (c) => listsPage(c));

  const clean = (s: string, max: number) =>
    s.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, max);
  const listPost = (
    path: string,
    run: (c: Context<AppEnv>, body: Record<string, unknown>) => Promise<void>,
  ) =>
    app.post(path, async (c) => {
      requireCan(c, 'document.lists');
      const body = await formOf(c);
      try {
        await run(c, body);
      } catch (err) {
        if (err instanceof Validation) return listsPage(c, err.fields);
        throw err;
      }
      return c.redirect(`${BASE}/danh-muc?da-luu=1`, 303);
    });
  listPost('/van-ban/danh-muc/loai', (c, b) =>
    docs.addListItem(actorOf(c), 'type', { name: clean(formText(b, 'name'), 120) }),
  );
  listPost('/van-ban/danh-muc/co-quan', (c, b) =>
    docs.addListItem(actorOf(c), 'issuer', {
      name: clean(formText(b, 'name'), 200),
      code: clean(formText(b, 'code'), 40),
      place: clean(formText(b, 'place'), 80),
    }),
  );
  // One item of a list: rename (an issuer's code and place too), move up or down, delete.
  const LISTS = { loai: 'type', 'co-quan': 'issuer', 'linh-vuc': 'field' } as const;
  const OPS = ['save', 'up', 'down', 'delete'] as const;
  listPost('/van-ban/danh-muc/:list{loai|co-quan|linh-vuc}/:id{[0-9]{1,9}}', (c, b) => {
    const list = LISTS[c.req.param('list') as keyof typeof LISTS];
    const op = OPS.find((o) => o === formText(b, 'do')) ?? 'save';
    return docs.editListItem(actorOf(c), list, idOf(c), op, {
      name: clean(formText(b, 'name'), list === 'issuer' ? 200 : 120),
      code: clean(formText(b, 'code'), 40),
      place: clean(formText(b, 'place'), 80),
    });
  });
  listPost('/van-ban/danh-muc/linh-vuc', (c, b) => {
    const p = formText(b, 'parentId');
    return docs.addListItem(actorOf(c), 'field', {
      name: clean(formText(b, 'name'), 120),
      parentId: /^[1-9][0-9]{0,8}$/.test(p) ? Number(p) : null,
    });
  });

  return app;
}
