import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import crypto from 'node:crypto';
import type { Config } from '../../config/config.ts';
import { addressGroup, clientAddressOf } from '../../http/client-address.ts';
import { fieldErrors, Validation } from '../../http/errors.ts';
import { sameOrigin } from '../../http/origin.ts';
import { siteOf } from '../../http/site.ts';
import { renderPage } from '../../shell/render.ts';
import type { Shell } from '../../shell/shell.ts';
import { messageFormSchema } from './participation.schema.ts';
import type { ParticipationService } from './participation.service.ts';
import { checkFormToken, issueFormToken, senderKey } from './participation.spam.ts';
import { checkPow, checkSum, powChallenge, sumQuestion } from './participation.challenge.ts';
import { ATTACHMENT_MAX, normaliseCode, type Receipt } from './participation.ts';
import { PM } from './participation.messages.ts';
import {
  ContactFormPage,
  EMPTY_FORM,
  LookupPage,
  SentPage,
  type FormValues,
} from './views/participation.form.tsx';
import { qaPath, QaDetailPage, QaListPage } from './views/qa.page.tsx';

/** What the public participation pages use. */
export interface ParticipationSiteDeps {
  participation: ParticipationService;
  shell: Shell;
  config: Pick<Config, 'baseUrl'>;
  clock: () => Date;
}

/** The browser's random value the form token is bound to (CSRF), and the receipt's cookie. */
const NONCE_COOKIE = 'gy_n';
const RECEIPT_COOKIE = 'gy_ma';
/** Code look-ups per sender per hour (a code has 40 random bits; guessing stays hopeless). */
const LOOKUPS_PER_HOUR = 30;

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';

/**
 * The browser's random value a public form's token is bound to (its CSRF defence), set on
 * first use; shared by every reader form of the site (góp ý, lấy ý kiến dự thảo).
 */
export function formNonce(c: Context, create: boolean, secure: boolean): string | undefined {
  let n = getCookie(c, NONCE_COOKIE);
  if (n && !/^[\w-]{32}$/.test(n)) n = undefined;
  if (!n && create) {
    n = crypto.randomBytes(24).toString('base64url');
    setCookie(c, NONCE_COOKIE, n, { httpOnly: true, sameSite: 'Strict', secure, path: '/' });
  }
  return n;
}

/** Public routes: the Liên hệ – góp ý form, its receipt and look-up, and the Hỏi đáp pages. */
export function participationSiteRoutes(deps: ParticipationSiteDeps) {
  const app = new Hono();
  const { participation: svc } = deps;
  const secure = deps.config.baseUrl.startsWith('https:');

  const nonceOf = (c: Context, create: boolean) => formNonce(c, create, secure);

  const form = async (
    c: Context,
    values: FormValues,
    errors: Record<string, string> = {},
    message?: string,
    status: 200 | 400 | 403 | 429 = 200,
    /** A token that passed its checks: kept, so a correction is not "too fast". */
    passed?: string,
  ) => {
    const nonce = nonceOf(c, true)!;
    const secret = await svc.secret();
    const token = passed ?? issueFormToken(secret, nonce, deps.clock());
    const [units, months, pow] = await Promise.all([
      svc.units(),
      svc.retentionMonths(),
      powChallenge(secret, nonce, deps.clock()),
    ]);
    c.header('Cache-Control', 'no-store');
    const page = await renderPage(
      c,
      deps,
      (chrome) => (
        <ContactFormPage
          chrome={chrome}
          meta={{
            title: 'Liên hệ – góp ý',
            description: 'Gửi góp ý, câu hỏi tới Ban Biên tập và các đơn vị.',
            canonical: `${siteOf(c).base}/gop-y`,
          }}
          token={token}
          units={units}
          values={values}
          errors={errors}
          months={months}
          message={message}
          pow={pow}
          question={sumQuestion(secret, token).text}
        />
      ),
      status === 200 ? 200 : 400,
    );
    return status === 200 || status === 400
      ? page
      : new Response(page.body, { status, headers: page.headers });
  };

  app.get('/gop-y', (c) =>
    form(c, { ...EMPTY_FORM, kind: c.req.query('loai') === 'hoi-dap' ? 'hoi-dap' : 'gop-y' }),
  );

  app.post(
    '/gop-y',
    bodyLimit({
      maxSize: ATTACHMENT_MAX + 256 * 1024,
      onError: (c) => c.text(PM['participation.file_too_large'](ATTACHMENT_MAX / 1048576), 413),
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type))
        return form(c, EMPTY_FORM, {}, PM['participation.form_expired'], 400);
      const body = await c.req.parseBody({ all: true });
      const values: FormValues = {
        kind: str(body.kind),
        name: str(body.name),
        email: str(body.email),
        phone: str(body.phone),
        address: str(body.address),
        unitId: str(body.unitId),
        subject: str(body.subject),
        body: str(body.body),
        consentReply: str(body.consentReply) === 'on',
        consentPublish: str(body.consentPublish) === 'on',
      };
      // Keep what was typed, but never echo more than the fields allow.
      const shown: FormValues = {
        ...values,
        name: values.name.slice(0, 120),
        email: values.email.slice(0, 200),
        phone: values.phone.slice(0, 30),
        address: values.address.slice(0, 300),
        subject: values.subject.slice(0, 200),
        body: values.body.slice(0, 6000),
        unitId: /^\d{1,10}$/.test(values.unitId) ? values.unitId : '',
        kind: values.kind === 'hoi-dap' ? 'hoi-dap' : 'gop-y',
      };
      const secret = await svc.secret();
      // CSRF: a foreign page's post is refused before anything else.
      if (!sameOrigin(c, deps.config.baseUrl))
        return form(c, shown, {}, PM['participation.form_expired'], 403);
      const check = checkFormToken(secret, nonceOf(c, false), str(body._csrf), deps.clock());
      if (check === 'invalid' || check === 'expired')
        return form(c, shown, {}, PM['participation.form_expired'], 403);
      if (check === 'too-fast') return form(c, shown, {}, PM['participation.too_fast'], 400);
      // The honeypot: a field people never see; robots fill it.
      if (str(body.website) !== '') return form(c, shown, {}, PM['participation.spam'], 400);
      const parsed = messageFormSchema.safeParse(values);
      const token = str(body._csrf);
      // The challenge: the browser's proof of work, or the sum answered without script.
      const human =
        (await checkPow(secret, nonceOf(c, false), str(body.altcha), deps.clock())) ||
        checkSum(secret, token, str(body['kiem-tra']));
      if (!parsed.success || !human)
        return form(
          c,
          shown,
          {
            ...(parsed.success ? {} : fieldErrors(parsed.error)),
            ...(human ? {} : { kiemTra: PM['participation.challenge'] }),
          },
          undefined,
          400,
          token,
        );
      const key = senderKey(secret, addressGroup(clientAddressOf(c)));
      if (!(await svc.mayPost(key)))
        return form(c, shown, {}, PM['participation.rate_limited'], 429);
      const raw = Array.isArray(body.file) ? body.file[0] : body.file;
      const file =
        raw instanceof File && raw.size > 0
          ? { name: raw.name, data: Buffer.from(await raw.arrayBuffer()) }
          : undefined;
      try {
        const { code } = await svc.submit(parsed.data, file);
        setCookie(c, RECEIPT_COOKIE, code, {
          httpOnly: true,
          sameSite: 'Strict',
          secure,
          path: '/',
          maxAge: 600,
        });
        return c.redirect('/gop-y/da-gui', 303);
      } catch (err) {
        if (err instanceof Validation) return form(c, shown, err.fields, undefined, 400, token);
        throw err;
      }
    },
  );

  app.get('/gop-y/da-gui', async (c) => {
    const raw = getCookie(c, RECEIPT_COOKIE);
    const code = raw ? normaliseCode(raw) : undefined;
    if (raw) deleteCookie(c, RECEIPT_COOKIE, { path: '/', secure });
    c.header('Cache-Control', 'no-store');
    return renderPage(c, deps, (chrome) => (
      <SentPage chrome={chrome} meta={{ title: 'Đã gửi ý kiến', noindex: true }} code={code} />
    ));
  });

  const lookup = async (c: Context, code: string, error?: string, receipt?: Receipt) => {
    c.header('Cache-Control', 'no-store');
    const page = await renderPage(
      c,
      deps,
      (chrome) => (
        <LookupPage
          chrome={chrome}
          meta={{ title: 'Tra cứu ý kiến', canonical: `${siteOf(c).base}/gop-y/tra-cuu` }}
          code={code}
          error={error}
          receipt={receipt}
        />
      ),
      error ? 400 : 200,
    );
    return page;
  };
  app.get('/gop-y/tra-cuu', (c) => lookup(c, ''));
  app.post('/gop-y/tra-cuu', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const typed = str(body.ma).slice(0, 40);
    if (!sameOrigin(c, deps.config.baseUrl))
      return lookup(c, typed, PM['participation.form_expired']);
    const code = normaliseCode(typed);
    if (!code) return lookup(c, typed, PM['participation.code_invalid']);
    const key = `${senderKey(await svc.secret(), addressGroup(clientAddressOf(c)))}:tra-cuu`;
    if (!(await svc.mayLookUp(key, LOOKUPS_PER_HOUR)))
      return lookup(c, typed, PM['participation.rate_limited']);
    const r = await svc.receipt(code);
    if (!r) return lookup(c, code, PM['participation.code_unknown']);
    return lookup(c, code, undefined, r);
  });

  app.get('/hoi-dap', async (c) => {
    const q = (c.req.query('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 200);
    const unitRaw = c.req.query('don-vi') ?? '';
    const unitId = /^[1-9]\d{0,8}$/.test(unitRaw) ? Number(unitRaw) : undefined;
    const pageRaw = c.req.query('trang') ?? '1';
    const page = /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : 1;
    const [r, units] = await Promise.all([svc.published({ q, unitId, page }), svc.units()]);
    return renderPage(c, deps, (chrome) => (
      <QaListPage
        chrome={chrome}
        meta={{
          title: 'Hỏi đáp',
          description: 'Câu hỏi của bạn đọc và trả lời của các đơn vị.',
          canonical: `${siteOf(c).base}/hoi-dap`,
          noindex: Boolean(q || unitId || page > 1),
        }}
        rows={r.rows}
        total={r.total}
        page={page}
        q={q}
        unitId={unitId ? String(unitId) : ''}
        units={units}
      />
    ));
  });

  app.get('/hoi-dap/:slug{[a-z0-9-]{0,120}-[0-9]{1,9}}', async (c) => {
    const slug = c.req.param('slug');
    const id = Number(/(\d+)$/.exec(slug)![1]);
    const q = await svc.question(id);
    const path = qaPath(q);
    if (path !== `/hoi-dap/${slug}`) return c.redirect(path, 301);
    return renderPage(c, deps, (chrome) => (
      <QaDetailPage
        chrome={chrome}
        meta={{
          title: q.subject,
          description: q.question.slice(0, 160),
          canonical: `${siteOf(c).base}${path}`,
        }}
        q={q}
      />
    ));
  });

  return app;
}
