import { z } from 'zod';
import { parseDateInput, parseDateTimeInput, vnDayStart } from '../../lib/date-input.ts';
import type { ArticleDraft } from './newsroom.ts';
import { NEWSROOM_MESSAGES as M } from './newsroom.messages.ts';

const str = (max: number) => z.string().max(max, M['newsroom.too_long'](max)).default('');
const ids = z.preprocess(
  (v): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(z.coerce.number().int().positive().max(2_147_483_647)),
);

/** "07/12/2026 14:30" (or "2026-12-07T14:30") typed in Vietnam time → an instant; '' → null. */
const localDateTime = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    if (!raw.trim()) return null;
    const at = parseDateTimeInput(raw);
    if (!at) {
      ctx.addIssue({
        code: 'custom',
        message: M['newsroom.bad_datetime'],
      });
      return z.NEVER;
    }
    return at;
  });

/** "07/12/2026" (or "2026-12-07") → the start of that day in Vietnam; '' → null. */
const localDate = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    if (!raw.trim()) return null;
    const day = parseDateInput(raw);
    if (!day) {
      ctx.addIssue({
        code: 'custom',
        message: M['newsroom.bad_date'],
      });
      return z.NEVER;
    }
    return vnDayStart(day);
  });

const safeUrl = z
  .string()
  .default('')
  .transform((s) => s.trim())
  .refine(
    (s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s),
    'Đường dẫn nguồn phải bắt đầu bằng http:// hoặc https://',
  );

/** The article form as posted (the editor posts the same fields when autosaving). */
export const articleFormSchema = z.object({
  title: str(300),
  lead: str(1000),
  bodyHtml: str(2_000_000),
  bodyJson: str(4_000_000),
  byline: str(200),
  sectionId: z.coerce
    .number({ message: M['newsroom.section_required'] })
    .int()
    .positive(M['newsroom.section_required'])
    .max(2_147_483_647, M['newsroom.section_required']),
  secondarySectionIds: ids,
  tags: str(1000),
  eventName: str(200),
  authorIds: ids,
  republished: z.string().optional(),
  sourceName: str(200),
  sourceUrl: safeUrl,
  sourceDate: localDate,
  imageId: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.coerce.number().int().positive().max(2_147_483_647, M['newsroom.bad_image']).nullable(),
  ),
  seoTitle: str(200),
  seoDescription: str(400),
  publishedAt: localDateTime,
  featured: z.string().optional(),
  version: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  correctionNote: str(2000),
});

/** Maps the parsed form to a draft. */
export function draftFromForm(f: z.infer<typeof articleFormSchema>): ArticleDraft {
  const republished = f.republished === 'on' || f.republished === '1';
  return {
    title: f.title,
    lead: f.lead,
    bodyHtml: f.bodyHtml,
    bodyJson: f.bodyJson || null,
    byline: f.byline,
    sectionId: f.sectionId,
    secondarySectionIds: f.secondarySectionIds,
    tags: f.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    eventName: f.eventName,
    authorIds: f.authorIds,
    sourceName: republished ? f.sourceName : '',
    sourceUrl: republished ? f.sourceUrl : '',
    sourceDate: republished ? f.sourceDate : null,
    imageId: f.imageId,
    seoTitle: f.seoTitle,
    seoDescription: f.seoDescription,
    publishedAt: f.publishedAt,
    featured: f.featured === 'on' || f.featured === '1',
  };
}

/** A workflow step as posted. */
export const transitionSchema = z.object({
  t: z.enum(
    [
      'submit',
      'forward',
      'return',
      'publish',
      'schedule',
      'unschedule',
      'setUnpublish',
      'withdraw',
    ],
    { message: M['newsroom.bad_action'] },
  ),
  note: str(2000),
  at: localDateTime,
  /** The state the person saw when choosing the step (refused when it has changed since). */
  from: z
    .enum(['draft', 'review', 'approval', 'scheduled', 'published', 'unpublished', 'withdrawn'], {
      message: M['newsroom.bad_action'],
    })
    .optional(),
});
