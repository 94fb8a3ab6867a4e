import { solveChallenge } from 'altcha-lib/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent } from '../support/agent.ts';
import { manualClock } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { validForm } from '../support/participation.ts';
import { DEFAULT_SITE_ID, withSite } from '../../src/db/site-scope.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
import {
  checkPow,
  checkSum,
  powChallenge,
  sumQuestion,
} from '../../src/modules/participation/participation.challenge.ts';

/** The browser's side: solve the form's proof of work and write the payload it posts. */
async function solve(html: string): Promise<string> {
  const raw = /data-pow="([^"]+)"/
    .exec(html)![1]!
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const c = JSON.parse(raw) as {
    algorithm: string;
    challenge: string;
    maxnumber: number;
    salt: string;
    signature: string;
  };
  const s = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  const payload = { ...c, number: s!.number } as Record<string, unknown>;
  delete payload.maxnumber;
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

describe('the contact form challenge, alone', () => {
  const secret = 'bí-mật-thử';
  it('asks a small sum bound to the form token and checks digits only', () => {
    const q = sumQuestion(secret, '1765000000000.abc');
    expect(q.text).toMatch(/^\p{Lu}\p{L}* cộng \p{L}+ bằng mấy\?$/u);
    expect(sumQuestion(secret, '1765000000000.abc')).toEqual(q);
    expect(checkSum(secret, '1765000000000.abc', ` ${q.answer} `)).toBe(true);
    for (const bad of [String(q.answer + 1), '', 'mười', `${q.answer}0`, '1e1', '-3'])
      expect(checkSum(secret, '1765000000000.abc', bad), bad).toBe(false);
  });

  it('a proof is good for its browser, within its time, untampered', async () => {
    const now = new Date('2026-12-07T02:00:00Z');
    const c = await powChallenge(secret, 'cookie-a', now);
    const s = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
    const body = { ...c, number: s!.number } as Record<string, unknown>;
    const payload = Buffer.from(JSON.stringify(body)).toString('base64');
    expect(await checkPow(secret, 'cookie-a', payload, now)).toBe(true);
    expect(await checkPow(secret, 'cookie-b', payload, now)).toBe(false);
    expect(await checkPow(secret, undefined, payload, now)).toBe(false);
    expect(await checkPow('khác', 'cookie-a', payload, now)).toBe(false);
    const late = new Date(now.getTime() + 13 * 3600_000);
    expect(await checkPow(secret, 'cookie-a', payload, late)).toBe(false);
    const wrong = Buffer.from(JSON.stringify({ ...body, number: s!.number + 1 })).toString(
      'base64',
    );
    expect(await checkPow(secret, 'cookie-a', wrong, now)).toBe(false);
    for (const junk of ['', 'không phải base64', 'e30=', 'A'.repeat(5000)])
      expect(await checkPow(secret, 'cookie-a', junk, now)).toBe(false);
  });
});

describe.each(dialects)(
  'the contact form refuses spam without a solved challenge on %s',
  (dialect) => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const clock = manualClock(new Date('2026-12-07T02:00:00Z'));

    beforeAll(async () => {
      t = await testApp(dialect, { clock: clock.now });
    });
    afterAll(async () => {
      await t?.close();
    });

    const count = async () =>
      (await t.db.kysely.selectFrom('contactMessage').select('id').execute()).length;

    async function reader() {
      const a = agent(t.app);
      const page = await a.get('/gop-y');
      expect(page.status).toBe(200);
      clock.tick(20_000);
      return { a, page };
    }

    it('shows the sum for readers without script and the proof for the browser, no foreign host', async () => {
      const { page } = await reader();
      expect(page.text).toMatch(/Câu hỏi kiểm tra: \p{L}+ cộng \p{L}+ bằng mấy\?/u);
      expect(page.text).toContain('name="altcha"');
      expect(page.text).toMatch(/data-pow="\{&quot;algorithm&quot;:&quot;SHA-256&quot;/);
      expect(page.text).toMatch(/<script src="\/static\/pages\.[0-9a-f]+\.js" defer/);
      expect(page.text).not.toMatch(/altcha\.org|recaptcha|hcaptcha|cloudflare/i);
    });

    it('refuses a form with neither a proof nor the answer, in Vietnamese, keeping what was typed', async () => {
      const before = await count();
      const tries: Record<string, string>[] = [
        { 'kiem-tra': '' },
        { 'kiem-tra': '99' },
        { 'kiem-tra': 'mười hai' },
        { 'kiem-tra': '', altcha: 'e30=' },
        { 'kiem-tra': '', altcha: 'x'.repeat(3000) },
      ];
      for (const extra of tries) {
        const { a } = await reader();
        const r = await a.post('/gop-y', validForm({ subject: 'Thư rác', ...extra }));
        expect(r.status, JSON.stringify(extra).slice(0, 60)).toBe(400);
        expect(r.text).toContain('Vui lòng trả lời đúng câu hỏi kiểm tra');
        expect(r.text).toContain('value="Thư rác"');
      }
      expect(await count()).toBe(before);
    });

    it('takes the form with the answer, or with the proof its browser solved (not another’s)', async () => {
      const before = await count();
      const first = await reader();
      const byAnswer = await first.a.post('/gop-y', validForm({ subject: 'Hỏi bằng phép cộng' }));
      expect(byAnswer.status).toBe(303);

      const second = await reader();
      const proof = await solve(second.page.text);
      const byProof = await second.a.post(
        '/gop-y',
        validForm({ subject: 'Hỏi bằng trình duyệt', 'kiem-tra': '', altcha: proof }),
      );
      expect(byProof.status).toBe(303);

      // Another browser cannot use that proof.
      const third = await reader();
      const stolen = await third.a.post(
        '/gop-y',
        validForm({ subject: 'Hỏi bằng bằng chứng người khác', 'kiem-tra': '', altcha: proof }),
      );
      expect(stolen.status).toBe(400);
      expect(await count()).toBe(before + 2);
    });

    it('a message sent to a unit is "Đã chuyển đơn vị" until the unit takes it up', async () => {
      const { a } = await reader();
      const sent = await a.follow(await a.post('/gop-y', validForm({ subject: 'Chuyển đơn vị' })));
      const code = /class="receipt-code">([A-Z0-9-]+)</.exec(sent.text)![1]!;
      const row = await t.db.kysely
        .selectFrom('contactMessage')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      const svc = t.deps.participation;
      const status = async () => {
        const look = await agent(t.app).post('/gop-y/tra-cuu', { ma: code });
        return /class="receipt-status">([^<]+)</.exec(look.text)![1];
      };
      await withSite(DEFAULT_SITE_ID, async () => {
        await svc.createUnit(ACTOR, { name: 'Ban Tổ chức', people: '', email: '' });
        await svc.createUnit(ACTOR, { name: 'Ủy ban Kiểm tra', people: '', email: '' });
      });
      const [first, second] = await withSite(DEFAULT_SITE_ID, () => svc.units());
      expect(await status()).toBe('Mới');
      await withSite(DEFAULT_SITE_ID, () => svc.assign(ACTOR, row.id, first!.id));
      expect(await status()).toBe('Đã chuyển đơn vị');
      // Nobody sets it by hand; the unit takes the message up.
      await expect(
        withSite(DEFAULT_SITE_ID, () => svc.move(ACTOR, row.id, 'da-chuyen')),
      ).rejects.toThrow();
      await withSite(DEFAULT_SITE_ID, () => svc.move(ACTOR, row.id, 'dang-xu-ly'));
      expect(await status()).toBe('Đang xử lý');
      // Sent on to another unit: that unit's step starts.
      await withSite(DEFAULT_SITE_ID, () => svc.assign(ACTOR, row.id, second!.id));
      expect(await status()).toBe('Đã chuyển đơn vị');
    });
  },
);
