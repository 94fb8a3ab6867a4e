import { Hono, type Context } from 'hono';
import type { Config } from '../../config/config.ts';
import { addressGroup, clientAddressOf } from '../../http/client-address.ts';
import { Conflict, NotFound, Validation } from '../../http/errors.ts';
import { sameOrigin } from '../../http/origin.ts';
import { siteOf } from '../../http/site.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { formNonce } from '../participation/participation.site-routes.tsx';
import { checkFormToken, issueFormToken, senderKey } from '../participation/participation.spam.ts';
import { voteSchema } from './poll.schema.ts';
import type { PollService } from './poll.service.ts';
import { PM, pollPath, pollState } from './poll.ts';
import { PollPage } from './views/poll.views.tsx';

/** What the public poll page uses. */
export interface PollSiteDeps {
  polls: PollService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  clock: () => Date;
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';

/** /tham-do/<id>: a poll, its form (no script needed) and its results. */
export function pollSiteRoutes(deps: PollSiteDeps) {
  const app = new Hono();
  const svc = deps.polls;
  const secure = deps.config.baseUrl.startsWith('https:');
  const idOf = (c: Context) => Number(c.req.param('id'));

  const page = async (
    c: Context,
    opts: {
      message?: { kind: 'ok' | 'error'; text: string };
      error?: string;
      status?: 200 | 400 | 403 | 409 | 429;
      /** Show the results (the reader just voted or already had). */
      voted?: boolean;
    } = {},
  ) => {
    const poll = await svc.find(idOf(c));
    const reader = await svc.readerHash(clientAddressOf(c), c.req.header('user-agent') ?? '');
    const voted = opts.voted ?? (await svc.hasVoted(poll.id, reader));
    const nonce = formNonce(c, true, secure)!;
    const token = issueFormToken(await svc.secret(), nonce, deps.clock());
    // Each reader gets a form bound to their browser, and live totals: never a cached copy.
    c.header('Cache-Control', 'no-store');
    const status = opts.status ?? 200;
    const res = await renderPage(
      c,
      deps,
      (chrome) => (
        <PollPage
          chrome={chrome}
          meta={{
            title: `Thăm dò ý kiến: ${poll.question}`,
            description: poll.question,
            canonical: `${siteOf(c).base}${pollPath(poll)}`,
            noindex: true,
          }}
          poll={poll}
          state={pollState(poll, deps.clock())}
          voted={voted}
          token={token}
          message={opts.message}
          error={opts.error}
        />
      ),
      status === 200 ? 200 : 400,
    );
    return status === 200 || status === 400
      ? res
      : new Response(res.body, { status, headers: res.headers });
  };

  app.get('/tham-do/:id{[0-9]{1,9}}', (c) =>
    page(c, {
      message:
        c.req.query('da-binh-chon') === '1'
          ? { kind: 'ok', text: 'Cảm ơn bạn đã bình chọn.' }
          : undefined,
    }),
  );

  app.post('/tham-do/:id{[0-9]{1,9}}', async (c) => {
    const expired = { kind: 'error' as const, text: PM['poll.form_expired'] };
    const type = c.req.header('content-type') ?? '';
    if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type))
      return page(c, { message: expired, status: 400 });
    const body = await c.req.parseBody({ all: true });
    // CSRF: a foreign page's post is refused before anything else.
    if (!sameOrigin(c, deps.config.baseUrl)) return page(c, { message: expired, status: 403 });
    const secret = await svc.secret();
    const check = checkFormToken(
      secret,
      formNonce(c, false, secure),
      str(body._csrf),
      deps.clock(),
    );
    if (check === 'invalid' || check === 'expired')
      return page(c, { message: expired, status: 403 });
    if (check === 'too-fast')
      return page(c, { message: { kind: 'error', text: PM['poll.too_fast'] }, status: 400 });
    if (str(body.website) !== '') return page(c, { message: expired, status: 400 });
    const parsed = voteSchema.safeParse({ choice: str(body.choice).slice(0, 12) });
    if (!parsed.success) return page(c, { error: PM['poll.choice_required'], status: 400 });
    const address = clientAddressOf(c);
    if (!(await svc.mayVote(`${senderKey(secret, addressGroup(address))}:tham-do`)))
      return page(c, { message: { kind: 'error', text: PM['poll.rate_limited'] }, status: 429 });
    try {
      const reader = await svc.readerHash(address, c.req.header('user-agent') ?? '');
      await svc.vote(idOf(c), parsed.data.choice, reader);
    } catch (err) {
      if (err instanceof Validation)
        return page(c, { error: PM['poll.choice_required'], status: 400 });
      if (err instanceof Conflict)
        return page(c, { message: { kind: 'error', text: err.message }, status: 409 });
      if (err instanceof NotFound) throw err;
      throw err;
    }
    return c.redirect(`${pollPath({ id: idOf(c) })}?da-binh-chon=1`, 303);
  });

  return app;
}
