import { Hono, type Context } from 'hono';
import type { AppEnv, Staff } from '../../http/env.ts';
import { Conflict, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { renderAdmin } from '../../http/render-admin.tsx';
import { dayRange } from '../../lib/date-input.ts';
import type { AppDeps } from '../../services.ts';
import { actorOf } from '../account/account.admin-routes.tsx';
import { can, canSomewhere } from '../account/account.policy.ts';
import type { Article, ArticleStatus } from '../article/article.ts';
import { STATUS_LABELS } from '../article/article.ts';
import { ArticlePage } from '../article/views/article.page.tsx';
import { ArticleHistoryPage } from '../audit/views/article-history.page.tsx';
import { loadChrome } from '../../http/chrome.ts';
import { articleFormSchema, draftFromForm, transitionSchema } from './newsroom.schema.ts';
import { emptyDraft } from './newsroom.service.ts';
import { canView, seesOthersDrafts } from './workflow.ts';
import type { ArticleDraft } from './newsroom.ts';
import { EditorPage } from './views/editor.page.tsx';
import {
  NewArticlePage,
  QueuePage,
  RevisionsPage,
  type QueueValues,
} from './views/newsroom.pages.tsx';

const PAGE = 30;

function staffOf(c: Context<AppEnv>): Staff {
  const s = c.get('staff');
  if (!s) throw new Forbidden();
  return s;
}

/** Fields of a Validation error, or a general message for the other expected failures. */
function errorsOf(err: unknown): Record<string, string> | undefined {
  if (err instanceof Validation) return err.fields;
  if (err instanceof Conflict || err instanceof Forbidden) return { _: err.message };
  return undefined;
}

/** The newsroom in the back office: queue, editor, workflow, revisions, previews, autosave API. */
export function newsroomAdminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  const article = async (c: Context<AppEnv>): Promise<Article> => {
    const id = Number(c.req.param('id'));
    const a = Number.isInteger(id) ? await deps.newsroom.byId(id) : undefined;
    if (!a) throw new NotFound('Không tìm thấy bài viết.');
    const staff = staffOf(c);
    // Every route below that reads or changes an article goes through this check first.
    if (!canView(staff.account, a))
      throw new Forbidden(
        a.status === 'draft'
          ? 'Bài nháp chỉ người viết và biên tập viên, lãnh đạo của chuyên mục được mở.'
          : 'Bài viết này thuộc chuyên mục bạn không được giao.',
      );
    return a;
  };

  app.get('/bai-viet', async (c) => {
    const staff = staffOf(c);
    if (!canSomewhere(staff.account, 'article.create') && !can(staff.account, 'report.view'))
      throw new Forbidden('Tài khoản của bạn không làm việc với bài viết.');
    const v: QueueValues = {
      status: c.req.query('trang-thai') ?? '',
      section: c.req.query('chuyen-muc') ?? '',
      author: c.req.query('tac-gia') ?? '',
      from: c.req.query('tu') ?? '',
      to: c.req.query('den') ?? '',
      q: (c.req.query('q') ?? '').normalize('NFC').trim().slice(0, 100),
    };
    const sections = await deps.site.sections();
    const mine = sections.filter(
      (s) =>
        s.kind === 'articles' &&
        (staff.account.allSections || staff.account.sectionIds.includes(s.id)),
    );
    const page = Math.max(1, Number(c.req.query('trang')) || 1);
    const { from, to, error } = dayRange(v.from, v.to);
    const sectionIds =
      v.section && /^\d+$/.test(v.section)
        ? [Number(v.section)].filter((id) => mine.some((s) => s.id === id))
        : mine.map((s) => s.id);
    const { items, total } = await deps.newsroom.queue({
      statuses: v.status && v.status in STATUS_LABELS ? [v.status as ArticleStatus] : undefined,
      sectionIds,
      authorId: /^\d+$/.test(v.author) ? Number(v.author) : undefined,
      from,
      to,
      q: v.q || undefined,
      // Drafts are private to their author, except for the section's editors and approvers.
      drafts: {
        authorId: staff.account.id,
        openSectionIds: mine.filter((s) => seesOthersDrafts(staff.account, s.id)).map((s) => s.id),
      },
      limit: PAGE,
      offset: (page - 1) * PAGE,
    });
    const authors = (await deps.accounts.list())
      .filter((a) => a.role !== 'admin')
      .map((a) => ({ id: a.id, name: a.fullName }));
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
      'Bài viết',
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
    const staff = staffOf(c);
    return (await deps.site.sections()).filter(
      (s) => s.kind === 'articles' && can(staff.account, 'article.create', s.id),
    );
  };

  app.get('/bai-viet/moi', async (c) => {
    const staff = staffOf(c);
    const sections = await writableSections(c);
    if (!sections.length) throw new Forbidden('Bạn chưa được giao chuyên mục nào để viết bài.');
    return renderAdmin(c, deps, 'Viết bài mới', (chrome) => (
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
    const staff = staffOf(c);
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
        'Viết bài mới',
        (chrome) => (
          <NewArticlePage
            chrome={chrome}
            csrf={staff.session.csrfToken}
            sections={sections}
            values={{ title, sectionId }}
            errors={errors}
          />
        ),
        400,
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
    const staff = staffOf(c);
    const canEdit = deps.newsroom.canEdit(staff.account, a);
    let lockedBy: { name: string; until: Date } | undefined;
    if (canEdit) {
      const other = await deps.newsroom.lockedByOther(staff.account, a.id);
      if (other)
        lockedBy = {
          name: (await deps.accounts.byId(other.holderId))?.fullName ?? 'Người khác',
          until: other.until,
        };
    }
    const fresh = (await deps.newsroom.byId(a.id)) ?? a;
    const draft = opts.draft ?? (await deps.newsroom.draftOf(fresh));
    const [sections, staffList, events, notes] = await Promise.all([
      deps.site.sections(),
      deps.accounts.list(),
      deps.newsroom.eventNames(),
      deps.newsroom.notes(a.id),
    ]);
    const image = draft.imageId
      ? (await deps.mediaRepo.byIds([draft.imageId])).get(draft.imageId)
      : undefined;
    return renderAdmin(
      c,
      deps,
      draft.title,
      (chrome) => (
        <EditorPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          article={fresh}
          draft={draft}
          sections={sections}
          staff={staffList}
          events={events}
          image={image}
          notes={notes}
          transitions={
            deps.newsroom
              .availableTransitions(staff.account, fresh)
              .filter((t) => t !== 'correct') /* a correction is the editor's own button */
          }
          canEdit={canEdit}
          lockedBy={lockedBy}
          errors={opts.errors ?? {}}
          notice={opts.notice}
          editorJs={deps.assets.url('editor.js')}
          editorCss={deps.assets.url('editor.css')}
          canPlace={can(staff.account, 'article.edit', fresh.sectionId)}
        />
      ),
      opts.status ?? 200,
    );
  };

  const NOTICES: Record<string, string> = {
    'da-luu': 'Đã lưu.',
    'da-chuyen': 'Đã cập nhật trạng thái bài.',
    'da-tiep-quan': 'Bạn đã tiếp quản chỉnh sửa bài.',
    'da-dinh-chinh': 'Đã đính chính bài.',
  };

  app.get('/bai-viet/:id{[0-9]+}', async (c) => {
    const a = await article(c);
    const key = Object.keys(NOTICES).find((k) => c.req.query(k) !== undefined);
    return editor(c, a, { notice: key ? NOTICES[key] : undefined });
  });

  const parseDraft = (body: Record<string, unknown>) => {
    const parsed = articleFormSchema.safeParse(body);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const i of parsed.error.issues) fields[String(i.path[0] ?? '_')] ??= i.message;
      return { ok: false as const, fields };
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
    const staff = staffOf(c);
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
    const staff = staffOf(c);
    const a = await article(c);
    const parsed = transitionSchema.safeParse(await c.req.parseBody());
    if (!parsed.success)
      return editor(c, a, {
        errors: { _: parsed.error.issues[0]?.message ?? 'Thao tác không hợp lệ.' },
        status: 400,
      });
    try {
      await deps.newsroom.transition(actorOf(c), staff.account, a.id, parsed.data.t, {
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
    const staff = staffOf(c);
    const a = await article(c);
    await deps.newsroom.takeOver(actorOf(c), staff.account, a.id);
    return c.redirect(`/quan-tri/bai-viet/${a.id}?da-tiep-quan`, 303);
  });

  /** Autosave from the editor script: same fields as the form; answers JSON. */
  app.post('/api/bai-viet/:id{[0-9]+}/tu-luu', async (c) => {
    const staff = staffOf(c);
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
      return c.json({ ok: false, errors }, err instanceof Conflict ? 409 : 400);
    }
  });

  /** Heartbeat: keeps the edit lock while the editor page is open. */
  app.post('/api/bai-viet/:id{[0-9]+}/giu-khoa', async (c) => {
    const staff = staffOf(c);
    const a = await article(c);
    let lock: Awaited<ReturnType<typeof deps.newsroom.lock>>;
    try {
      lock = await deps.newsroom.lock(staff.account, a.id);
    } catch (err) {
      if (err instanceof Forbidden) return c.json({ ok: false, message: err.message }, 403);
      throw err;
    }
    return c.json(
      lock.ok
        ? { ok: true }
        : {
            ok: false,
            message:
              'Người khác đã tiếp quản chỉnh sửa bài này. Nội dung bạn đang nhập vẫn được giữ trong trình duyệt.',
          },
      lock.ok ? 200 : 409,
    );
  });

  app.get('/bai-viet/:id{[0-9]+}/phien-ban', async (c) => {
    const staff = staffOf(c);
    const a = await article(c);
    const revisions = await deps.newsroom.revisions(a.id);
    const fromQ = Number(c.req.query('tu'));
    const toQ = c.req.query('den');
    const to = toQ === undefined || toQ === 'current' ? 'current' : Number(toQ);
    const diff =
      Number.isInteger(fromQ) && fromQ > 0 ? await deps.newsroom.diff(a.id, fromQ, to) : undefined;
    return renderAdmin(c, deps, 'Lịch sử phiên bản', (chrome) => (
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
        notice={
          c.req.query('da-khoi-phuc') !== undefined
            ? 'Đã khôi phục phiên bản (lưu thành một phiên bản mới).'
            : undefined
        }
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
    return renderAdmin(c, deps, 'Nhật ký bài viết', (chrome) => (
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
    const staff = staffOf(c);
    const a = await article(c);
    await deps.newsroom.restore(actorOf(c), staff.account, a.id, Number(c.req.param('n')));
    return c.redirect(`/quan-tri/bai-viet/${a.id}/phien-ban?da-khoi-phuc`, 303);
  });

  /** Staff preview, exactly as the public page renders, with a share link that expires. */
  app.get('/bai-viet/:id{[0-9]+}/xem-truoc', async (c) => {
    const a = await article(c);
    const page = await deps.articles.pageOf(a);
    if (!page) throw new NotFound('Bài chưa đủ thông tin để xem trước (chuyên mục không tồn tại).');
    const token = await deps.newsroom.previewToken(a.id);
    const share = `${deps.config.baseUrl}/xem-truoc/${token}`;
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
