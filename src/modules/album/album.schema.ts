import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { textField } from '../../lib/schema.ts';
import { ALBUM_TRANSITIONS, type AlbumTransition } from './album.workflow.ts';
import { parseTags } from './album.ts';
import { ALBUM_MESSAGES as M } from './album.messages.ts';

/** An optional id typed in a select ('' for none); anything else not a small positive integer is refused. */
const optionalId = (message: string) =>
  z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (raw.trim() === '') return null;
      if (!/^[0-9]{1,9}$/.test(raw.trim())) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Number(raw.trim());
    });

/** The album form (the photos are added separately). */
export const albumFormSchema = z.object({
  title: textField(300, M['album.title_required']),
  description: z
    .string()
    .default('')
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(5000, 'Tối đa 5000 ký tự.')),
  takenOn: z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (raw.trim() === '') return '';
      const day = parseDateInput(raw);
      if (!day) {
        ctx.addIssue({ code: 'custom', message: M['album.bad_day'] });
        return z.NEVER;
      }
      return day;
    }),
  unitCode: z
    .string()
    .default('')
    .refine((s) => s === '' || /^[0-9]{5}$/.test(s), M['album.bad_unit']),
  credit: textField(200),
  tags: z
    .string()
    .default('')
    .pipe(z.string().max(2000, 'Tối đa 2000 ký tự.'))
    .transform(parseTags),
  eventThreadId: optionalId(M['album.bad_thread']),
});

export type AlbumForm = z.infer<typeof albumFormSchema>;

/** The text of one photo in an album. */
export const itemFormSchema = z.object({
  caption: textField(1000),
  credit: textField(200),
  alt: textField(500, M['album.alt_required']),
});

/** Library items picked to add (checkbox values). */
export const pickSchema = z
  .array(z.string().regex(/^[0-9]{1,9}$/))
  .min(1, M['album.no_photo_chosen'])
  .max(200, M['album.too_many'])
  .transform((ids) => [...new Set(ids.map(Number))]);

/** A new order of the album's photos, dragged in the back office: item ids separated by commas. */
export const orderSchema = z
  .string()
  .regex(/^[0-9]{1,9}(,[0-9]{1,9}){0,199}$/)
  .transform((s) => s.split(',').map(Number));

/** A workflow step with its optional note and the version it was taken on. */
export const transitionSchema = z.object({
  t: z.enum(ALBUM_TRANSITIONS as [AlbumTransition, ...AlbumTransition[]]),
  note: textField(2000),
  version: z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number),
});
