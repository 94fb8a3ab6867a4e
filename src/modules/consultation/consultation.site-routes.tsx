import { Hono, type Context } from 'hono';
import type { Config } from '../../config/config.ts';
import { addressGroup, clientAddressOf } from '../../http/client-address.ts';
import { Conflict, fieldErrors, Validation } from '../../http/errors.ts';
import { sameOrigin } from '../../http/origin.ts';
import { siteOf } from '../../http/site.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { formNonce } from '../participation/participation.site-routes.tsx';
import { checkFormToken, issueFormToken, senderKey } from '../participation/participation.spam.ts';
import { responseSchema } from './consultation.schema.ts';
import type { ConsultationService } from './consultation.service.ts';
import { consultationPath } from './consultation.ts';
import { CM } from './consultation.messages.ts';
import {
  ConsultationListPage,
  ConsultationPage,
  EMPTY_COMMENT,
  type CommentValues,
} from './views/consultation.public.tsx';

/** What the public draft-comment pages use. */
export interface ConsultationSiteDeps {
  consultations: ConsultationService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  clock: () => Date;
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';

/** /lay-y-kien (drafts put out for comment) and /lay-y-kien/<id> (a draft, its form). */
export function consultationSiteRoutes(deps: ConsultationSiteDeps) {
  const app = new Hono();
  const svc = deps.consultations;
  const secure = deps.config.baseUrl.startsWith('https:');

  app.get('/lay-y-kien', async (c) => {
    const items = await svc.publicList();
    return renderPage(c, deps, (chrome) => (
      <ConsultationListPage
        chrome={chrome}
        meta={{
          title: 'Lấy ý kiến dự thảo',
          description: 'Các dự thảo văn bản đang lấy ý kiến góp ý.',
          canonical: `${siteOf(c).base}/lay-y-kien`,
        }}
        items={items}
      />
    ));
  });

  const page = async (
    c: Context,
    id: number,
    opts: {
      values?: CommentValues;
      errors?: Record<string, string>;
      message?: string;
      status?: 200 | 400 | 403 | 409 | 429;
      /** A token that passed its checks: kept, so a correction is not "too fast". */
      passed?: string;
      sent?: boolean;
    } = {},
  ) => {
    const p = await svc.publicPage(id);
    const nonce = formNonce(c, true, secure)!;
    const token = opts.passed ?? issueFormToken(await svc.secret(), nonce, deps.clock());
    // Each reader gets a token bound to their browser: never a shared cached copy.
    c.header('Cache-Control', 'no-store');
    const status = opts.status ?? 200;
    const res = await renderPage(
      c,
      deps,
      (chrome) => (
        <ConsultationPage
          chrome={chrome}
          meta={{
            title: `Lấy ý kiến dự thảo ${p.d.number}`,
            description: p.d.summary.slice(0, 300),
            canonical: `${siteOf(c).base}${consultationPath(p.c)}`,
            noindex: Boolean(opts.sent),
          }}
          c={p.c}
          d={p.d}
          files={p.files}
          state={p.state}
          sections={p.sections}
          bySection={p.bySection}
          total={p.total}
          token={token}
          values={opts.values ?? EMPTY_COMMENT}
          errors={opts.errors ?? {}}
          message={opts.message}
          sent={opts.sent}
        />
      ),
      status === 200 ? 200 : 400,
    );
    return status === 200 || status === 400
      ? res
      : new Response(res.body, { status, headers: res.headers });
  };

  const idOf = (c: Context) => Number(c.req.param('id'));

  app.get('/lay-y-kien/:id{[0-9]{1,9}}', (c) =>
    page(c, idOf(c), { sent: c.req.query('da-gui') === '1' }),
  );

  app.post('/lay-y-kien/:id{[0-9]{1,9}}', async (c) => {
    const id = idOf(c);
    const type = c.req.header('content-type') ?? '';
    if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type))
      return page(c, id, { message: CM['consultation.form_expired'], status: 400 });
    const body = await c.req.parseBody({ all: true });
    const values: CommentValues = {
      sectionId: str(body.sectionId).slice(0, 12),
      stance: str(body.stance).slice(0, 40),
      group: str(body.group).slice(0, 40),
      body: str(body.body).slice(0, 6000),
      name: str(body.name).slice(0, 120),
      contact: str(body.contact).slice(0, 200),
      consent: str(body.consent) === 'on',
    };
    // CSRF: a foreign page's post is refused before anything else.
    if (!sameOrigin(c, deps.config.baseUrl))
      return page(c, id, { values, message: CM['consultation.form_expired'], status: 403 });
    const secret = await svc.secret();
    const token = str(body._csrf);
    const check = checkFormToken(secret, formNonce(c, false, secure), token, deps.clock());
    if (check === 'invalid' || check === 'expired')
      return page(c, id, { values, message: CM['consultation.form_expired'], status: 403 });
    if (check === 'too-fast')
      return page(c, id, { values, message: CM['consultation.too_fast'], status: 400 });
    // The honeypot: a field people never see; robots fill it.
    if (str(body.website) !== '')
      return page(c, id, { values, message: CM['consultation.spam'], status: 400 });
    const parsed = responseSchema.safeParse(values);
    if (!parsed.success)
      return page(c, id, {
        values,
        errors: fieldErrors(parsed.error),
        status: 400,
        passed: token,
      });
    const address = clientAddressOf(c);
    const key = `${senderKey(secret, addressGroup(address))}:lay-y-kien`;
    if (!(await svc.mayPost(key)))
      return page(c, id, { values, message: CM['consultation.rate_limited'], status: 429 });
    try {
      const reader = await svc.readerHash(address, c.req.header('user-agent') ?? '');
      await svc.respond(id, parsed.data, reader);
    } catch (err) {
      if (err instanceof Validation)
        return page(c, id, { values, errors: err.fields, status: 400, passed: token });
      if (err instanceof Conflict)
        return page(c, id, { values, message: err.message, status: 409 });
      throw err;
    }
    return c.redirect(`${consultationPath({ id })}?da-gui=1`, 303);
  });

  return app;
}
