import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agent } from '../support/agent.ts';
import { localMailbox } from '../support/mailbox.ts';
import { makeStaff, manualClock, type TestStaff } from '../support/staff.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';
import { validForm } from '../support/participation.ts';
import { DEFAULT_SITE_ID, withSite } from '../../src/db/site-scope.ts';
import { smtpMailer } from '../../src/modules/participation/participation.smtp.ts';

const ACTOR = { id: null, name: 'Kiểm thử', ip: '127.0.0.1', userAgent: 'vitest' };
const DAY = 86_400_000;

/** Decoded text of a received mail (quoted-printable, soft line breaks joined). */
const text = (data: string) =>
  Buffer.from(
    data
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

describe.each(dialects)('góp ý: due dates, reminders and the mail outbox on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
  const box = localMailbox();
  let approver: TestStaff;
  let unitId = 0;

  beforeAll(async () => {
    // A port that is free, with nothing listening yet: SMTP is "down" at first.
    await box.start();
    await box.stop();
    t = await testApp(dialect, {
      clock: clock.now,
      mailer: smtpMailer(`smtp://127.0.0.1:${box.port}`, 'no-reply@dangbo.example.vn'),
    });
    approver = await makeStaff(t, clock, 'duyet', 'approver');
    await withSite(DEFAULT_SITE_ID, () =>
      t.deps.participation.createUnit(ACTOR, {
        name: 'Ban Tuyên giáo và Dân vận',
        people: '',
        email: 'btgdv@example.vn',
      }),
    );
    unitId = (await withSite(DEFAULT_SITE_ID, () => t.deps.participation.units()))[0]!.id;
  });
  afterAll(async () => {
    await box.stop();
    await t?.close();
  });

  const outbox = () => t.db.kysely.selectFrom('mailOutbox').selectAll().orderBy('id').execute();
  const message = (code: string) =>
    t.db.kysely
      .selectFrom('contactMessage')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  /** Runs the job runner once, a little later (every job is due again). */
  const runJobs = async (ms = 61 * 60_000) => {
    clock.tick(ms);
    await t.deps.jobs.tick();
  };

  async function send(extra: Record<string, string>): Promise<string> {
    const a = agent(t.app);
    await a.get('/gop-y');
    clock.tick(20_000);
    const r = await a.post('/gop-y', validForm(extra));
    expect(r.status).toBe(303);
    const page = await a.follow(r);
    return /class="receipt-code">([A-Z0-9-]+)</.exec(page.text)![1]!;
  }

  let code = '';
  let id = 0;
  it('keeps the unit notice in the outbox while SMTP is down, retries with backoff, sends once it is up', async () => {
    const started = performance.now();
    code = await send({ unitId: String(unitId), subject: 'Giờ tiếp công dân' });
    // The request never waited for the (refused) mail server.
    expect(performance.now() - started).toBeLessThan(5000);
    id = (await message(code)).id;
    let rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: 'unit-notice', status: 'cho-gui', attempts: 0 });

    await runJobs(20_000);
    rows = await outbox();
    expect(rows[0]).toMatchObject({ status: 'cho-gui', attempts: 1 });
    expect(rows[0]!.lastError).not.toBe('');
    expect(new Date(rows[0]!.nextAt).getTime()).toBe(clock.now().getTime() + 60_000);
    // Before its time comes, the next run does not try again.
    await runJobs(20_000);
    expect((await outbox())[0]!.attempts).toBe(1);
    await runJobs(50_000);
    rows = await outbox();
    expect(rows[0]!.attempts).toBe(2);
    // The wait doubles.
    expect(new Date(rows[0]!.nextAt).getTime()).toBe(clock.now().getTime() + 120_000);

    // Staff see it waiting, with the error.
    const s = await approver.login();
    const inbox = await s.get('/quan-tri/gop-y');
    expect(inbox.text).toContain('1 thư đang chờ gửi');
    const waiting = await s.get('/quan-tri/gop-y/thu-di');
    expect(waiting.status).toBe(200);
    expect(waiting.text).toContain('btgdv@example.vn');
    expect(waiting.text).toContain('Chờ gửi lại lúc');

    await box.start();
    await runJobs(121_000);
    expect(box.received).toHaveLength(1);
    expect(box.received[0]!.to).toEqual(['btgdv@example.vn']);
    expect(text(box.received[0]!.data)).toContain('Giờ tiếp công dân');
    rows = await outbox();
    expect(rows[0]).toMatchObject({ status: 'da-gui', attempts: 3, lastError: '' });
    // Sent once: later runs send nothing more.
    await runJobs();
    expect(box.received).toHaveLength(1);
    // (The back-office session locked while the clock moved: sign in again.)
    const s2 = await approver.login();
    const page = await s2.get(`/quan-tri/gop-y/${id}`);
    expect(page.text).toContain('Đã gửi');
    expect((await s2.get('/quan-tri/gop-y')).text).not.toContain('thư đang chờ gửi');
  });

  it('shows the due date, marks and filters overdue messages, reminds the unit once a day per step', async () => {
    const s = await approver.login();
    // The default: 2 days to route a new message.
    let inbox = await s.get('/quan-tri/gop-y');
    expect(inbox.text).toContain('Hạn xử lý');
    expect(inbox.text).not.toContain('<strong>Quá hạn</strong>');
    expect((await s.get('/quan-tri/gop-y?qua-han=1')).text).not.toContain(code);

    // The manager sets 1 day per step for "Mới"; bad values are refused in Vietnamese.
    await s.get('/quan-tri/gop-y/cai-dat');
    const bad = await s.post('/quan-tri/gop-y/thoi-han-xu-ly', {
      moi: '0',
      'dang-xu-ly': 'mười',
      'da-tra-loi': '5',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Thời hạn mỗi bước từ 1 đến 90 ngày.');
    expect(bad.text).toContain('value="mười"');
    const ok = await s.post('/quan-tri/gop-y/thoi-han-xu-ly', {
      moi: '1',
      'da-chuyen': '2',
      'dang-xu-ly': '3',
      'da-tra-loi': '5',
    });
    expect(ok.status).toBe(303);
    expect(await withSite(DEFAULT_SITE_ID, () => t.deps.participation.slaDays())).toEqual({
      moi: 1,
      'da-chuyen': 2,
      'dang-xu-ly': 3,
      'da-tra-loi': 5,
    });

    // A day later the message is overdue: marked, filtered, and its unit reminded by the job.
    const sentBefore = box.received.length;
    await runJobs(DAY);
    inbox = await (await approver.login()).get('/quan-tri/gop-y?qua-han=1');
    expect(inbox.text).toContain(code);
    expect(inbox.text).toContain('<strong>Quá hạn</strong>');
    await runJobs(); // the reminder queued last run is sent now
    const reminders = () =>
      box.received.slice(sentBefore).filter((m) => text(m.data).includes('đã quá hạn xử lý'));
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.to).toEqual(['btgdv@example.vn']);
    expect(text(reminders()[0]!.data)).toContain('Chuyển đơn vị xử lý');
    expect(text(reminders()[0]!.data)).toContain(code);
    // More runs the same Vietnamese day: no second reminder.
    await runJobs();
    await runJobs();
    expect(reminders()).toHaveLength(1);
    // Two instances racing on the same day remind once.
    await withSite(DEFAULT_SITE_ID, () =>
      Promise.all([t.deps.participation.remind(), t.deps.participation.remind()]),
    );
    expect(
      (await outbox()).filter((r) => r.purpose === 'reminder' && r.messageId === id),
    ).toHaveLength(1);
    // The next day, another one.
    clock.set(new Date(Date.parse(clock.now().toISOString().slice(0, 10)) + DAY + 2 * 3600_000));
    await runJobs();
    await runJobs();
    expect(reminders()).toHaveLength(2);

    // Moving on to the next step restarts its clock: no longer overdue.
    const s2 = await approver.login();
    await s2.get(`/quan-tri/gop-y/${id}`);
    await s2.post(`/quan-tri/gop-y/${id}/trang-thai`, { status: 'dang-xu-ly' });
    const page = await s2.get(`/quan-tri/gop-y/${id}`);
    expect(page.text).toContain('Trả lời người gửi');
    expect(page.text).not.toContain('<strong>Quá hạn</strong>');
    expect((await s2.get('/quan-tri/gop-y?qua-han=1')).text).not.toContain(code);
    await runJobs();
    await runJobs();
    expect(reminders()).toHaveLength(2);
  });

  it('queues the reply to the citizen while SMTP is down and delivers it later; erasing removes its mails', async () => {
    await box.stop();
    const s = await approver.login();
    await s.get(`/quan-tri/gop-y/${id}`);
    const r = await s.post(`/quan-tri/gop-y/${id}/tra-loi`, { reply: 'Thứ Năm hằng tuần.' });
    expect(r.status).toBe(303);
    await runJobs(20_000);
    const reply = (await outbox()).find((x) => x.purpose === 'reply')!;
    expect(reply).toMatchObject({ status: 'cho-gui', attempts: 1 });
    expect((await message(code)).replyMailed).toBe(0);
    expect((await s.get(`/quan-tri/gop-y/${id}`)).text).toContain('thư điện tử đang chờ gửi');
    await box.start();
    await runJobs(61_000);
    const s2 = await approver.login();
    const got = box.received.find((m) => m.to.includes('an.nguyen@example.vn'))!;
    expect(text(got.data)).toContain('Thứ Năm hằng tuần.');
    expect(text(got.data)).not.toContain('/quan-tri');
    expect((await message(code)).replyMailed).toBe(1);

    await s2.get(`/quan-tri/gop-y/${id}`);
    await s2.post(`/quan-tri/gop-y/${id}/xoa-du-lieu`, {});
    expect((await outbox()).filter((x) => x.messageId === id)).toHaveLength(0);
  });

  it('sent mails are purged after 30 days', async () => {
    await send({ unitId: String(unitId), subject: 'Thư sẽ được dọn', phone: '0215 3825 123' });
    await runJobs();
    expect((await outbox()).some((x) => x.status === 'da-gui')).toBe(true);
    await runJobs(31 * DAY);
    expect((await outbox()).filter((x) => x.status === 'da-gui')).toHaveLength(0);
  });

  it('a message no unit has yet reminds the Ban Biên tập at the site e-mail when it is overdue', async () => {
    await withSite(DEFAULT_SITE_ID, () =>
      t.deps.settings.update(ACTOR, { email: 'bbt@dangbo.example.vn' }),
    );
    const noUnit = await send({ unitId: '', subject: 'Chưa có đơn vị nhận' });
    const sentBefore = box.received.length;
    // Past "Mới"'s due date (the test set it to 9 days above at most).
    await runJobs(10 * DAY);
    await runJobs();
    const toBoard = box.received
      .slice(sentBefore)
      .filter((m) => text(m.data).includes(noUnit) && text(m.data).includes('đã quá hạn xử lý'));
    expect(toBoard).toHaveLength(1);
    expect(toBoard[0]!.to).toEqual(['bbt@dangbo.example.vn']);
    expect(text(toBoard[0]!.data)).toContain('Ban Biên tập');
  });

  it('refuses the new back-office routes to readers, non-managers and forged posts', async () => {
    expect((await agent(t.app).get('/quan-tri/gop-y/thu-di')).status).not.toBe(200);
    const editor = await makeStaff(t, clock, 'bientap', 'editor');
    const e = await editor.login();
    await e.get('/quan-tri/gop-y');
    const r = await e.post('/quan-tri/gop-y/thoi-han-xu-ly', {
      moi: '9',
      'dang-xu-ly': '9',
      'da-tra-loi': '9',
    });
    expect(r.status).toBe(403);
    const s = await approver.login();
    await s.get('/quan-tri/gop-y/cai-dat');
    const forged = await s.post(
      '/quan-tri/gop-y/thoi-han-xu-ly',
      { moi: '9', 'dang-xu-ly': '9', 'da-tra-loi': '9' },
      { csrf: null },
    );
    expect(forged.status).toBe(403);
    const extra = await s.post('/quan-tri/gop-y/thoi-han-xu-ly', {
      moi: '9',
      'da-chuyen': '9',
      'dang-xu-ly': '9',
      'da-tra-loi': '9',
      khac: '1',
    });
    expect(extra.status).toBe(303);
    expect((await withSite(DEFAULT_SITE_ID, () => t.deps.participation.slaDays())).moi).toBe(9);
  });
});
