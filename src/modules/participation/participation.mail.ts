/** One plain-text e-mail. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail (SMTP in production; an in-memory outbox in tests). */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** A mailer that keeps what it was asked to send (tests, and installs without SMTP). */
export function outboxMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    sent,
    send(mail) {
      sent.push(mail);
      return Promise.resolve();
    },
  };
}

/**
 * The reply sent to a reader: the staff's text and the reference code, never a back-office
 * address or a staff member's name or e-mail (a link to /quan-tri would reveal the back office).
 */
export function replyMail(p: {
  to: string;
  siteName: string;
  siteBase: string;
  code: string;
  subject: string;
  reply: string;
}): Mail {
  const reply = p.reply.replace(/\S*\/quan-tri\S*/g, '[đường dẫn nội bộ đã được lược bỏ]');
  return {
    to: p.to,
    subject: `Trả lời ý kiến ${p.code}: ${p.subject}`.slice(0, 200),
    text: [
      `Kính gửi bạn đọc,`,
      '',
      `${p.siteName} trả lời ý kiến mã ${p.code} ("${p.subject}") như sau:`,
      '',
      reply,
      '',
      `Tra cứu tình trạng ý kiến: ${p.siteBase}/gop-y/tra-cuu (nhập mã ${p.code}).`,
      '',
      `Thư này được gửi tự động; vui lòng không trả lời thư này.`,
    ].join('\n'),
  };
}

/** The notice to a receiving unit: subject, unit, kind, and the back-office link (staff only). */
export function unitNoticeMail(p: {
  to: string;
  unitName: string;
  code: string;
  subject: string;
  kindLabel: string;
  adminUrl: string;
}): Mail {
  return {
    to: p.to,
    subject: `[${p.kindLabel}] ${p.code}: ${p.subject}`.slice(0, 200),
    text: [
      `Đơn vị ${p.unitName} có ${p.kindLabel.toLowerCase()} mới của bạn đọc (mã ${p.code}).`,
      `Tiêu đề: ${p.subject}`,
      '',
      `Xem và xử lý trong trang quản trị: ${p.adminUrl}`,
    ].join('\n'),
  };
}

/** The reminder to a receiving unit that a message's step is past its due date. */
export function reminderMail(p: {
  to: string;
  unitName: string;
  code: string;
  subject: string;
  kindLabel: string;
  stepLabel: string;
  due: string;
  adminUrl: string;
}): Mail {
  return {
    to: p.to,
    subject: `[Quá hạn] ${p.kindLabel} ${p.code}: ${p.subject}`.slice(0, 200),
    text: [
      `Đơn vị ${p.unitName} có ${p.kindLabel.toLowerCase()} (mã ${p.code}) đã quá hạn xử lý.`,
      `Tiêu đề: ${p.subject}`,
      `Bước cần làm: ${p.stepLabel} (hạn ${p.due}).`,
      '',
      `Xem và xử lý trong trang quản trị: ${p.adminUrl}`,
    ].join('\n'),
  };
}
