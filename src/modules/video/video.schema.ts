import { z } from 'zod';
import { textField } from '../../lib/schema.ts';
import { EXTERNAL_VIDEO_HOSTS_MESSAGE, parseExternalVideo } from './video.external.ts';
import { parseDuration } from './video.ts';

const optionalId = (message: string) =>
  z
    .string()
    .default('')
    .refine((s) => s === '' || /^[0-9]{1,9}$/.test(s), message)
    .transform((s) => (s === '' ? null : Number(s)));

const longText = (max: number) =>
  z
    .string()
    .default('')
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, `Tối đa ${max} ký tự.`));

/** The video form (captions come as a separate upload). */
export const videoFormSchema = z.object({
  title: textField(300, 'Vui lòng nhập tên video.'),
  description: longText(5000),
  mediaId: optionalId('Hãy chọn tệp video trong thư viện.'),
  posterMediaId: optionalId('Hãy chọn ảnh đại diện trong thư viện.'),
  transcript: longText(100_000),
  duration: z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const s = parseDuration(raw);
      if (s === undefined) {
        ctx.addIssue({ code: 'custom', message: 'Thời lượng dạng phút:giây, ví dụ 4:07.' });
        return z.NEVER;
      }
      return s;
    }),
  credit: textField(200),
  eventThreadId: optionalId('Dòng sự kiện không tồn tại.'),
  /** Kept as the host's canonical page address (the embed is built from it, never typed). */
  externalUrl: z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (raw.trim() === '') return '';
      const v = raw.length <= 500 ? parseExternalVideo(raw) : undefined;
      if (!v) {
        ctx.addIssue({ code: 'custom', message: EXTERNAL_VIDEO_HOSTS_MESSAGE });
        return z.NEVER;
      }
      return v.pageUrl;
    }),
});

/** The video form as parsed; the external address may be left out (services, the seed). */
export type VideoForm = Omit<z.infer<typeof videoFormSchema>, 'externalUrl'> & {
  externalUrl?: string;
};
