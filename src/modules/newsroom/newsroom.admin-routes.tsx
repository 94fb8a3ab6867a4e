import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import {
  AppError,
  Conflict,
  errorJson,
  fieldErrors,
  Forbidden,
  NotFound,
  Validation,
} from '../../http/errors.ts';
import { requireStaff } from '../../http/admin-guard.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import { pageParam } from '../../http/request.ts';
import { dayRange } from '../../lib/date-input.ts';
import type { Config } from '../../config/config.ts';
import type { Shell } from '../../shell/shell.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { NewsroomService } from './newsroom.service.ts';
import { actorOf } from '../../http/origin.ts';
import { currentSiteId } from '../../db/site-scope.ts';
import { can, canSomewhere } from '../account/account.policy.ts';
import type { Article } from '../article/article.ts';
import { ArticlePage } from '../article/views/article.page.tsx';
import { ArticleHistoryPage } from '../audit/views/article-history.page.tsx';
import type { AuditService } from '../audit/audit.service.ts';
import { loadChrome } from '../../shell/chrome.loader.ts';
import { articleFormSchema, draftFromForm, transitionSchema } from './newsroom.schema.ts';
import { emptyDraft } from './newsroom.service.ts';
import { canView } from './workflow.ts';
import type { ArticleDraft } from './newsroom.ts';
import { EditorPage } from './views/editor.page.tsx';
import {
  NewArticlePage,
  QueuePage,
  RevisionsPage,
  type QueueValues,
} from './views/newsroom.pages.tsx';
import { NEWSROOM_MESSAGES as M, say } from './newsroom.messages.ts';

/** What the newsroom pages use. */
export interface NewsroomRouteDeps {
  newsroom: NewsroomService;
  assets: AssetManifest;
  shell: Shell;
  clock: () => Date;
  config: Pick<Config, 'baseUrl'>;
  /** The article's history page reads the audit trail. */
  audit: Pick<AuditService, 'list'>;
  /** Tin cơ sở: whether this site's articles may be proposed to the site it reports to. */
  syndication: { canPropose(): boolean };
  /** A site's public address (share links of previews). */
  siteBase: (siteId: number) => string;
}

const PAGE = 30;

/** Fields of a Validation error, or a general message for the other expected failures. */
function errorsOf(err: unknown): Record<string, string> | undefined {
  if (err instanceof Validation) return err.fields;
  if (err instanceof Conflict || err instanceof Forbidden) return { _: err.message };
  return undefined;
}

/** The newsroom in the back office: queue, editor, workflow, revisions, previews, autosave API. */
export function newsroomAdminRoutes(deps: NewsroomRouteDeps) {
  const app = new Hono<AppEnv>();

  const article = async (c: Context<AppEnv>): Promise<Article> => {
    const id = Number(c.req.param('id'));
    const a = Number.isInteger(id) ? await deps.newsroom.byId(id) : undefined;
    if (!a) throw new NotFound(say('newsroom.not_found'));
    const staff = requireStaff(c);
    // Every route below that reads or changes an article goes through this check first.
    if (!canView(staff.account, a))
      throw new Forbidden(
        say(a.status === 'draft' ? 'newsroom.draft_forbidden' : 'newsroom.section_not_assigned'),
      );
    return a;
  };

  app.get('/bai-viet', async (c) => {
    const staff = requireStaff(c);
    if (!canSomewhere(staff.account, 'article.create') && !can(staff.account, 'report.view'))
      throw new Forbidden(say('newsroom.no_article_work'));
    const v: QueueValues = {
      status: c.req.query('trang-thai') ?? '',
      section: c.req.query('chuyen-muc') ?? '',
      author: c.req.query('tac-gia') ?? '',
      from: c.req.query('tu') ?? '',
      to: c.req.query('den') ?? '',
      q: (c.req.query('q') ?? '').normalize('NFC').trim().slice(0, 100),
    };
    const page = pageParam(c);
    const { from, to, error } = dayRange(v.from, v.to);
    const {
      sections: mine,
      items,
      total,
      authors,
    } = await deps.newsroom.queueView(staff.account, { ...v, from, to }, page, PAGE);
    const p = new URLSearchParams(
      Object.entries({
        'trang-thai': v.status,
        'chuyen-muc': v.section,
        'tac-gia': v.author,
        tu: v.from,
        den: v.to,
        q: v.q,
      }).filter(([, x]) => x),
    );
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <QueuePage
          chrome={chrome}
          items={items}
          total={total}
          page={page}
          pageCount={Math.max(1, Math.ceil(total / PAGE))}
          values={v}
          sections={mine}
          authors={authors}
          query={p.toString()}
          canWrite={canSomewhere(staff.account, 'article.create')}
          error={error}
        />
      ),
      error ? 400 : 200,
    );
  });

  const writableSections = async (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    return deps.newsroom.writableSections(staff.account);
  };

  app.get('/bai-viet/moi', async (c) => {
    const staff = requireStaff(c);
    const sections = await writableSections(c);
    if (!sections.length) throw new Forbidden(say('newsroom.no_sections'));
    return renderAdmin(c, deps, (chrome) => (
      <NewArticlePage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        sections={sections}
        values={{ title: '', sectionId: sections[0]?.id ?? 0 }}
        errors={{}}
      />
    ));
  });

  app.post('/bai-viet/moi', async (c) => {
    const staff = requireStaff(c);
    const body = await c.req.parseBody();
    const title = typeof body.title === 'string' ? body.title : '';
    const sectionId = Number(body.sectionId);
    try {
      const id = await deps.newsroom.create(actorOf(c), staff.account, {
        ...emptyDraft(sectionId, staff.account.fullName),
        title,
      });
      return c.redirect(`/quan-tri/bai-viet/${id}`, 303);
    } catch (err) {
      const errors = errorsOf(err);
      if (!errors) throw err;
      const sections = await writableSections(c);
      return renderAdmin(
        c,
        deps,
        (chrome) => (
          <NewArticlePage
            chrome={chrome}
            csrf={staff.session.csrfToken}
            sections={sections}
            values={{ title, sectionId }}
            errors={errors}
          />
        ),
        err instanceof Forbidden ? 403 : 400,
      );
    }
  });

  /** Renders the editor, with the typed draft when a save failed (nothing typed is lost). */
  const editor = async (
    c: Context<AppEnv>,
    a: Article,
    opts: {
      draft?: ArticleDraft;
      errors?: Record<string, string>;
      notice?: string;
      status?: 200 | 400 | 409;
    } = {},
  ) => {
    const staff = requireStaff(c);
    const view = await deps.newsroom.editorView(staff.account, a, opts.draft);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <EditorPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          article={view.article}
          draft={view.draft}
          sections={view.sections}
          staff={view.staff}
          events={view.events}
          image={view.image}
          notes={view.notes}
          transitions={view.transitions}
          canEdit={view.canEdit}
          lockedBy={view.lockedBy}
          errors={opts.errors ?? {}}
          notice={opts.notice}
          editorJs={deps.assets.url('editor.js')}
          editorCss={deps.assets.url('editor.css')}
          canPlace={can(staff.account, 'article.edit', view.article.sectionId)}
          canPropose={
            view.article.status === 'published' &&
            deps.syndication.canPropose() &&
            can(staff.account, 'article.publish', view.article.sectionId)
          }
        />
      ),
      opts.status ?? 200,
    );
  };

  const NOTICES: Record<string, string> = {
    'da-luu': M['newsroom.saved'],
    'da-chuyen': M['newsroom.status_updated'],
    'da-tiep-quan': M['newsroom.taken_over'],
    'da-dinh-chinh': M['newsroom.corrected'],
  };

  app.get('/bai-viet/:id{[0-9]+}', async (c) => {
    const a = await article(c);
    const key = Object.keys(NOTICES).find((k) => c.req.query(k) !== undefined);
    return editor(c, a, { notice: key ? NOTICES[key] : undefined });
  });

  const parseDraft = (body: Record<string, unknown>) => {
    const parsed = articleFormSchema.safeParse(body);
    if (!parsed.success) {
      return { ok: false as const, fields: fieldErrors(parsed.error) };
    }
    return {
      ok: true as const,
      draft: draftFromForm(parsed.data),
      version: parsed.data.version,
      correctionNote: parsed.data.correctionNote,
    };
  };

  /** What the person typed, kept when the form cannot be parsed. */
  const typed = (a: Article, body: Record<string, unknown>, base: ArticleDraft): ArticleDraft => {
    const s = (k: string): string | undefined => {
      const v = body[k];
      return typeof v === 'string' ? v : undefined;
    };
    return {
      ...base,
      title: s('title') ?? base.title,
      lead: s('lead') ?? base.lead,
      bodyHtml: s('bodyHtml') ?? base.bodyHtml,
      byline: s('byline') ?? base.byline,
      sectionId: Number(s('sectionId')) || a.sectionId,
    };
  };

  app.post('/bai-viet/:id{[0-9]+}', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    const body = await c.req.parseBody({ all: true });
    const parsed = parseDraft(body);
    if (!parsed.ok)
      return editor(c, a, {
        draft: typed(a, body, await deps.newsroom.draftOf(a)),
        errors: parsed.fields,
        status: 400,
      });
    try {
      await deps.newsroom.save(actorOf(c), staff.account, a.id, parsed.draft, parsed.version, {
        correctionNote: parsed.correctionNote,
      });
    } catch (err) {
      const errors = errorsOf(err);
      if (!errors) throw err;
      return editor(c, a, {
        draft: parsed.draft,
        errors,
        status: err instanceof Conflict ? 409 : 400,
      });
    }
    return c.redirect(
      `/quan-tri/bai-viet/${a.id}?${a.status === 'published' ? 'da-dinh-chinh' : 'da-luu'}`,
      303,
    );
  });

  app.post('/bai-viet/:id{[0-9]+}/chuyen', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    const parsed = transitionSchema.safeParse(await c.req.parseBody());
    if (!parsed.success)
      return editor(c, a, {
        errors: { _: parsed.error.issues[0]?.message ?? M['newsroom.bad_action'] },
        status: 400,
      });
    try {
      await deps.newsroom.transition(actorOf(c), staff.account, a, parsed.data.t, {
        note: parsed.data.note,
        at: parsed.data.at,
        from: parsed.data.from,
      });
    } catch (err) {
      const errors = errorsOf(err);
      if (!errors) throw err;
      return editor(c, a, { errors: { _: Object.values(errors).join(' ') }, status: 400 });
    }
    return c.redirect(`/quan-tri/bai-viet/${a.id}?da-chuyen`, 303);
  });

  app.post('/bai-viet/:id{[0-9]+}/tiep-quan', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    await deps.newsroom.takeOver(actorOf(c), staff.account, a.id);
    return c.redirect(`/quan-tri/bai-viet/${a.id}?da-tiep-quan`, 303);
  });

  /** Autosave from the editor script: same fields as the form; answers JSON. */
  app.post('/api/bai-viet/:id{[0-9]+}/tu-luu', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    const parsed = parseDraft(await c.req.parseBody({ all: true }));
    if (!parsed.ok) return c.json({ ok: false, errors: parsed.fields }, 400);
    try {
      const version = await deps.newsroom.save(
        actorOf(c),
        staff.account,
        a.id,
        parsed.draft,
        parsed.version,
        { autosave: true },
      );
      return c.json({ ok: true, version, savedAt: deps.clock().toISOString() });
    } catch (err) {
      const errors = errorsOf(err);
      if (!errors) throw err;
      return c.json(
        { ok: false, errors, ...(err instanceof AppError ? errorJson(err) : {}) },
        err instanceof Conflict ? 409 : 400,
      );
    }
  });

  /** Heartbeat: keeps the edit lock while the editor page is open. */
  app.post('/api/bai-viet/:id{[0-9]+}/giu-khoa', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    let lock: Awaited<ReturnType<typeof deps.newsroom.lock>>;
    try {
      lock = await deps.newsroom.lock(staff.account, a.id);
    } catch (err) {
      if (err instanceof Forbidden)
        return c.json({ ok: false, message: err.message, ...errorJson(err) }, 403);
      throw err;
    }
    return c.json(
      lock.ok
        ? { ok: true }
        : {
            ok: false,
            message: M['newsroom.lock_taken_over'],
            ...errorJson(say('newsroom.lock_taken_over')),
          },
      lock.ok ? 200 : 409,
    );
  });

  app.get('/bai-viet/:id{[0-9]+}/phien-ban', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    const revisions = await deps.newsroom.revisions(a.id);
    const fromQ = Number(c.req.query('tu'));
    const toQ = c.req.query('den');
    const to = toQ === undefined || toQ === 'current' ? 'current' : Number(toQ);
    const diff =
      Number.isInteger(fromQ) && fromQ > 0 ? await deps.newsroom.diff(a.id, fromQ, to) : undefined;
    return renderAdmin(c, deps, (chrome) => (
      <RevisionsPage
        chrome={chrome}
        csrf={staff.session.csrfToken}
        articleId={a.id}
        title={a.title}
        revisions={revisions}
        diff={diff}
        from={diff ? fromQ : undefined}
        to={diff ? to : undefined}
        canRestore={deps.newsroom.canEdit(staff.account, a) && a.status !== 'published'}
        notice={c.req.query('da-khoi-phuc') !== undefined ? M['newsroom.restored'] : undefined}
      />
    ));
  });

  /** The article's whole life from the audit trail (whoever may open the article). */
  app.get('/bai-viet/:id{[0-9]+}/nhat-ky', async (c) => {
    const a = await article(c);
    const LIMIT = 1000;
    const entries = await deps.audit.list({
      targetType: 'article',
      targetId: String(a.id),
      limit: LIMIT + 1,
    });
    return renderAdmin(c, deps, (chrome) => (
      <ArticleHistoryPage
        chrome={chrome}
        articleId={a.id}
        title={a.title}
        entries={entries.slice(0, LIMIT).reverse()}
        truncated={entries.length > LIMIT}
      />
    ));
  });

  app.post('/bai-viet/:id{[0-9]+}/phien-ban/:n{[0-9]+}/khoi-phuc', async (c) => {
    const staff = requireStaff(c);
    const a = await article(c);
    await deps.newsroom.restore(actorOf(c), staff.account, a.id, Number(c.req.param('n')));
    return c.redirect(`/quan-tri/bai-viet/${a.id}/phien-ban?da-khoi-phuc`, 303);
  });

  /** Staff preview, exactly as the public page renders, with a share link that expires. */
  app.get('/bai-viet/:id{[0-9]+}/xem-truoc', async (c) => {
    const a = await article(c);
    const preview = await deps.newsroom.staffPreview(a);
    if (!preview) throw new NotFound(say('newsroom.preview_incomplete'));
    const { page, token } = preview;
    // On the working site's own address: the preview opens in that site's scope.
    const share = `${deps.siteBase(currentSiteId())}/xem-truoc/${token}`;
    const chrome = await loadChrome(deps, c);
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(
      `<!doctype html>${String(
        await (
          <ArticlePage
            chrome={chrome}
            article={page.article}
            parent={page.parent}
            tags={page.tags}
            corrections={page.corrections}
            related={page.related}
            url={share}
            preview={share}
            meta={{ title: `Xem trước: ${a.title}`, noindex: true }}
          />
        ),
      )}`,
    );
  });

  return app;
}
