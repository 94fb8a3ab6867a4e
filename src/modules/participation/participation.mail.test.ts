import { describe, expect, it } from 'vitest';
import { replyMail } from './participation.mail.ts';

describe('reply mail', () => {
  it('never carries a back-office link, even one pasted into the reply', () => {
    const m = replyMail({
      to: 'a@example.vn',
      siteName: 'Trang Đảng bộ',
      siteBase: 'https://dangbo.example.vn',
      code: 'GY-AAAA-BBBB',
      subject: 'Hỏi',
      reply: 'Xem https://dangbo.example.vn/quan-tri/gop-y/5 để biết thêm.',
    });
    expect(m.text).not.toContain('/quan-tri');
    expect(m.text).toContain('GY-AAAA-BBBB');
    expect(m.text).toContain('https://dangbo.example.vn/gop-y/tra-cuu');
  });
});
