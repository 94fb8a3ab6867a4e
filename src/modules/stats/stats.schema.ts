import { z } from 'zod';
import { CSV_TABLES, REPORT_SCOPES, type ReportRange } from './stats.report.ts';
import { PAGE_KINDS } from './stats.ts';
import { STATS_MESSAGES as M } from './stats.messages.ts';

/** A counting beacon: page kind, article id on article pages, the page's referrer. */
export const beaconSchema = z
  .object({
    t: z.enum(PAGE_KINDS, { message: M['stats.bad_page_kind'] }),
    a: z.coerce
      .number({ message: M['stats.bad_article'] })
      .int(M['stats.bad_article'])
      .min(1, M['stats.bad_article'])
      .max(2_147_483_647, M['stats.bad_article'])
      .optional(),
    r: z.string().max(2000, M['stats.referrer_too_long']).optional(),
  })
  .refine((v) => (v.t === 'article') === (v.a !== undefined), {
    message: M['stats.article_kind_mismatch'],
    path: ['a'],
  });

export type BeaconInput = z.infer<typeof beaconSchema>;

/** The first validation message of a failed parse, for the 400 answer. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? M['stats.invalid'];
}

/**
 * The statistics page's query: ?khoang=30|90|365, ?pham-vi=don-vi|toan-he-thong (the working
 * site, or every site: the province's roll-up) and, for CSV, ?bang=<table>.
 */
export const reportQuerySchema = z.object({
  khoang: z
    .enum(['30', '90', '365'], { message: M['stats.bad_period'] })
    .default('30')
    .transform((v) => Number(v) as ReportRange),
  bang: z.enum(CSV_TABLES, { message: M['stats.bad_table'] }).default('ngay'),
  'pham-vi': z.enum(REPORT_SCOPES, { message: M['stats.bad_scope'] }).default('don-vi'),
});
