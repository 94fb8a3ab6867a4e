import { z } from 'zod';
import { MEDIA_MESSAGES as M } from './media.messages.ts';
import { MEDIA_KINDS, type MediaKind } from './media.ts';

/** Most files one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 20;

const text = (max: number, message: string) =>
  z
    .string({ message })
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, message))
    .optional();

/** Caption, credit and alt as posted (form or JSON); each may be empty, and one left out keeps its value. */
export const mediaTextSchema = z.object({
  alt: text(300, M['media.alt_too_long']),
  caption: text(1000, M['media.caption_too_long']),
  credit: text(200, M['media.credit_too_long']),
});

/** The library's listing query (`?q=&kind=&page=`; the HTML pages say `loai` and `trang`). */
export const mediaListSchema = z.object({
  q: z
    .string()
    .default('')
    .transform((s) => s.normalize('NFC').trim().slice(0, 100)),
  kind: z
    .string()
    .optional()
    .transform((s): MediaKind | undefined =>
      MEDIA_KINDS.includes(s as MediaKind) ? (s as MediaKind) : undefined,
    ),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The files of a parsed multipart body, whichever field name the client used (`files`, `tep`, `file`). */
export function filesOf(body: Record<string, unknown>): File[] {
  const out: File[] = [];
  for (const field of ['files', 'files[]', 'tep', 'file']) {
    const v = body[field];
    for (const x of Array.isArray(v) ? (v as unknown[]) : [v])
      if (x instanceof File && (x.size > 0 || x.name)) out.push(x);
  }
  return out;
}
