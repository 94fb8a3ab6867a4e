import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyMail } from './participation.mail.ts';
import { smtpMailer } from './participation.smtp.ts';

/** A private SMTP server on this machine: what the unit's or reader's mailbox would receive. */
describe('SMTP mailer', () => {
  const received: { to: string[]; data: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('delivers the reply in Vietnamese, from the configured sender, without back-office links', async () => {
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'no-reply@dangbo.example.vn');
    await mailer.send(
      replyMail({
        to: 'ban.doc@example.vn',
        siteName: 'Trang Đảng bộ tỉnh',
        siteBase: 'https://dangbo.example.vn',
        code: 'HD-ABCD-EFGH',
        subject: 'Giờ tiếp công dân',
        reply: 'Thứ Năm hằng tuần.',
      }),
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['ban.doc@example.vn']);
    expect(received[0]!.data).toContain('From: no-reply@dangbo.example.vn');
    expect(received[0]!.data).not.toContain('/quan-tri');
  });
});
