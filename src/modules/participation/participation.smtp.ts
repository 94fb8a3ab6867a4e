import nodemailer from 'nodemailer';
import type { Mailer } from './participation.mail.ts';

/**
 * A mailer over SMTP (nodemailer), for the install's own mail server: plain-text mails from
 * `from`; a failure is thrown to the caller (which logs it and records the reply as not mailed).
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
