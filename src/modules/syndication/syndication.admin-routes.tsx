import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { formOf, formText, requireStaff } from '../../http/admin-guard.ts';
import { AppError, Forbidden, NotFound, Validation } from '../../http/errors.ts';
import { actorOf } from '../../http/origin.ts';
import { renderAdmin } from '../../shell/render-admin.tsx';
import type { Shell } from '../../shell/shell.ts';
import { can, canSomewhere } from '../account/account.policy.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import { canView } from '../newsroom/workflow.ts';
import type { SiteService } from '../site/site.service.ts';
import { SYNDICATION_MESSAGES as M } from './syndication.messages.ts';
import type { SyndicationService } from './syndication.service.ts';
import { InboxPage, ProposePage } from './views/syndication.pages.tsx';

/** What the Tin cơ sở pages use. */
export interface SyndicationRouteDeps {
  syndication: SyndicationService;
  newsroom: Pick<NewsroomService, 'byId'>;
  site: Pick<SiteService, 'sections'>;
  shell: Shell;
  /** The absolute address of a site's home (for links to originals). */
  siteBase: (siteId: number) => string;
}

const ID = '{[0-9]+}';

/** What a refusal says to the person: a validation's field messages, or its message. */
const messageOf = (err: AppError): string =>
  err instanceof Validation ? Object.values(err.fields).join(' ') || err.message : err.message;

/**
 * Tin cơ sở in the back office: a commune article's "Đề xuất lên trang tỉnh" page, and the
 * province's inbox of proposals (accept into a section, or decline with a note).
 */
export function syndicationAdminRoutes(deps: SyndicationRouteDeps) {
  const app = new Hono<AppEnv>();

  const articleOf = async (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    const a = await deps.newsroom.byId(Number(c.req.param('id')));
    if (!a)
      throw new NotFound({ code: 'syndication.not_found', message: 'Không tìm thấy bài viết.' });
    if (!canView(staff.account, a)) throw new Forbidden();
    return a;
  };

  const proposePage = async (
    c: Context<AppEnv>,
    opts: { notice?: string; error?: string; status?: 200 | 400 | 403 | 409 } = {},
  ) => {
    const staff = requireStaff(c);
    const a = await articleOf(c);
    const state = await deps.syndication.state(a.id);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <ProposePage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          article={a}
          state={state}
          canPropose={can(staff.account, 'article.publish', a.sectionId)}
          notice={opts.notice}
          error={opts.error}
        />
      ),
      opts.status ?? 200,
    );
  };

  app.get(`/bai-viet/:id${ID}/de-xuat`, (c) =>
    proposePage(c, {
      notice: c.req.query('da-gui') !== undefined ? M['syndication.proposed'] : undefined,
    }),
  );

  app.post(`/bai-viet/:id${ID}/de-xuat`, async (c) => {
    const staff = requireStaff(c);
    const a = await articleOf(c);
    const body = await formOf(c);
    try {
      await deps.syndication.propose(actorOf(c), staff.account, a, formText(body, 'note'));
    } catch (err) {
      if (err instanceof AppError && err.status < 500 && err.status !== 404)
        return proposePage(c, {
          error: messageOf(err),
          status: err.status === 409 ? 409 : err.status === 403 ? 403 : 400,
        });
      throw err;
    }
    return c.redirect(`/quan-tri/bai-viet/${a.id}/de-xuat?da-gui`, 303);
  });

  const inbox = async (
    c: Context<AppEnv>,
    opts: { notice?: string; error?: string; status?: 200 | 400 | 403 | 409 } = {},
  ) => {
    const staff = requireStaff(c);
    if (!canSomewhere(staff.account, 'article.publish'))
      throw new Forbidden({
        code: 'syndication.decline_forbidden',
        message: M['syndication.decline_forbidden'],
      });
    const [items, sections] = await Promise.all([deps.syndication.inbox(), deps.site.sections()]);
    return renderAdmin(
      c,
      deps,
      (chrome) => (
        <InboxPage
          chrome={chrome}
          csrf={staff.session.csrfToken}
          items={items}
          sections={sections.filter((s) => can(staff.account, 'article.publish', s.id))}
          baseOf={deps.siteBase}
          notice={opts.notice}
          error={opts.error}
        />
      ),
      opts.status ?? 200,
    );
  };

  app.get('/tin-co-so', (c) => {
    const notice =
      c.req.query('da-nhan') !== undefined
        ? M['syndication.accepted']
        : c.req.query('da-tu-choi') !== undefined
          ? M['syndication.declined']
          : undefined;
    return inbox(c, { notice });
  });

  const decide = (kind: 'accept' | 'decline') => async (c: Context<AppEnv>) => {
    const staff = requireStaff(c);
    const body = await formOf(c);
    const id = Number(c.req.param('id'));
    try {
      if (kind === 'accept') {
        const section = /^\d{1,9}$/.test(formText(body, 'sectionId'))
          ? Number(formText(body, 'sectionId'))
          : undefined;
        await deps.syndication.accept(actorOf(c), staff.account, id, section);
      } else {
        await deps.syndication.decline(actorOf(c), staff.account, id, formText(body, 'note'));
      }
    } catch (err) {
      if (err instanceof AppError && err.status < 500 && err.status !== 404)
        return inbox(c, {
          error: messageOf(err),
          status: err.status === 409 ? 409 : err.status === 403 ? 403 : 400,
        });
      throw err;
    }
    return c.redirect(`/quan-tri/tin-co-so?${kind === 'accept' ? 'da-nhan' : 'da-tu-choi'}`, 303);
  };
  app.post(`/tin-co-so/:id${ID}/nhan`, decide('accept'));
  app.post(`/tin-co-so/:id${ID}/tu-choi`, decide('decline'));

  return app;
}
