import fs from 'node:fs';
import { compile } from 'css-select';
import { z } from 'zod';

/**
 * The rules of an HTML-portal crawl (source `html`), read from a small JSON file: where the
 * list pages start, and CSS selectors for the article links, the next-page link, the title,
 * "Thời gian đăng", "Lượt đọc", the lead, the body, image captions and the byline; plus the
 * politeness settings (requests per second, time-out, size limits). import-rules/ holds a
 * ready rule set for the reference portal's layout.
 */

const selector = z
  .string()
  .trim()
  .min(1, 'Bộ chọn CSS trống.')
  .max(300, 'Bộ chọn CSS quá dài.')
  .refine((s) => {
    try {
      compile(s);
      return true;
    } catch {
      return false;
    }
  }, 'Bộ chọn CSS không hợp lệ.');

const webUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => {
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, 'Địa chỉ bắt đầu phải là http(s).');

export const crawlConfigSchema = z.object({
  /** The old portal's name, for the report and the "nhập từ …" notes. */
  name: z.string().trim().min(1).max(200),
  /** List pages to start from, each with the section its articles go to. */
  startUrls: z
    .array(z.object({ url: webUrl, section: z.string().trim().min(1).max(200) }))
    .min(1, 'Cần ít nhất một trang danh sách để bắt đầu.')
    .max(500),
  /** Overrides the default user agent (which names this portal). ASCII only. */
  userAgent: z
    .string()
    .trim()
    .max(200)
    .regex(/^[\x20-\x7e]*$/, 'User-Agent chỉ gồm ký tự ASCII.')
    .optional(),
  requestsPerSecond: z.number().positive().max(20).default(1),
  timeoutMs: z.number().int().min(500).max(120_000).default(20_000),
  maxPageBytes: z.number().int().min(1_000).max(20_000_000).default(3_000_000),
  maxImageBytes: z.number().int().min(1_000).max(50_000_000).default(15_000_000),
  /** Pages fetched at most per run (lists and articles together). */
  maxPages: z.number().int().positive().max(2_000_000).default(200_000),
  list: z.object({
    articleLinks: selector,
    nextPage: selector.optional(),
  }),
  article: z.object({
    title: selector,
    /** The element whose text holds "Thời gian đăng: dd/MM/yyyy hh:mm:ss AM/PM" (Vietnam time). */
    postedAt: selector,
    /** The element whose text holds "Lượt đọc: N" (may be the same as postedAt). */
    readCount: selector.optional(),
    lead: selector.optional(),
    body: selector,
    /** The byline ("Tin, ảnh: …"); taken out of the body when it sits inside it. */
    byline: selector.optional(),
    /** Elements dropped from the body (share buttons, related links…). */
    remove: z.array(selector).max(50).default([]),
  }),
  /**
   * Static pages (the reference portal's `/GioiThieu/<Alias>`): found by a selector of links on
   * the list pages and on the pages themselves (the menu), or listed; they become static pages
   * of a "pages" section, their old addresses answering 301. Title and body default to the
   * article's selectors.
   */
  pages: z
    .object({
      section: z.string().trim().min(1).max(200).default('Giới thiệu'),
      links: selector.optional(),
      urls: z.array(webUrl).max(500).default([]),
      title: selector.optional(),
      body: selector.optional(),
      remove: z.array(selector).max(50).optional(),
    })
    .optional(),
  images: z
    .object({
      /** A caption inside the image's block (a table cell, a figcaption…). */
      captionInside: selector.optional(),
      /** A caption as the element right after the image's block (an italic paragraph…). */
      captionNext: selector.optional(),
    })
    .default({}),
});
export type CrawlConfig = z.infer<typeof crawlConfigSchema>;

/** Reads and checks a rule file; a Vietnamese message for each problem. */
export function loadCrawlConfig(file: string): CrawlConfig {
  let raw: unknown;
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (text.length > 200_000) throw new Error('Tệp quy tắc quá lớn.');
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`Không đọc được tệp quy tắc thu thập ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const r = crawlConfigSchema.safeParse(raw);
  if (!r.success)
    throw new Error(
      `Tệp quy tắc thu thập không hợp lệ: ${r.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return r.data;
}

/** The old hosts a crawl may visit: those of its start addresses (same-host only). */
export function crawlHosts(c: CrawlConfig): string[] {
  return [...new Set(c.startUrls.map((s) => new URL(s.url).host.toLowerCase()))];
}
