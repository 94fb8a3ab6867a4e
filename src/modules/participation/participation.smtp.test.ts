import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyMail } from './participation.mail.ts';
import { smtpMailer } from './participation.smtp.ts';
import { localMailbox } from '../../../test/support/mailbox.ts';

/** A private SMTP server on this machine: what the unit's or reader's mailbox would receive. */
describe('SMTP mailer', () => {
  const box = localMailbox();
  const received = box.received;
  let port = 0;

  beforeAll(async () => {
    await box.start();
    port = box.port;
  });
  afterAll(async () => {
    await box.stop();
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
