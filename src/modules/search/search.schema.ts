import { fieldErrors } from '../../http/errors.ts';
import { z } from 'zod';
import { parseDateInput } from '../../lib/date-input.ts';
import { cleanLine } from '../../lib/text.ts';

/** Longest query accepted (characters). */
export const MAX_QUERY = 200;
/** Deepest result page a reader can open. */
const MAX_PAGE = 100;

/** The search form's fields as they appear in the URL (/tim-kiem?q=…&chuyen-muc=…). */
export const FIELDS = {
  q: 'q',
  section: 'chuyen-muc',
  from: 'tu-ngay',
  to: 'den-ngay',
  kind: 'loai',
  page: 'trang',
} as const;

/** What a search may be narrowed to (`loai`): articles only or documents (Văn bản) only. */
export const KINDS = { 'bai-viet': 'Bài viết', 'van-ban': 'Văn bản' } as const;
export type SearchKind = keyof typeof KINDS;

/** What the search service accepts: a cleaned query, a section slug, days "YYYY-MM-DD". */
export interface SearchInput {
  q: string;
  section?: string;
  from?: string;
  to?: string;
  /** Only articles or only documents; undefined = both. */
  kind?: SearchKind;
  page: number;
}

const day = (label: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const parsed = parseDateInput(s);
      if (!parsed) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 09/03/2023.`,
        });
        return z.NEVER;
      }
      return parsed;
    });

const schema = z
  .object({
    [FIELDS.q]: z
      .string()
      .max(MAX_QUERY, `Từ khóa quá dài: tối đa ${MAX_QUERY} ký tự.`)
      .transform(cleanLine),
    [FIELDS.section]: z
      .string()
      .trim()
      .refine((s) => s === '' || /^[a-z0-9-]{1,100}$/.test(s), 'Chuyên mục không hợp lệ.')
      .transform((s) => s || undefined),
    [FIELDS.kind]: z
      .string()
      .trim()
      .refine((s) => s === '' || Object.hasOwn(KINDS, s), 'Loại kết quả không hợp lệ.')
      .transform((s) => (s || undefined) as SearchKind | undefined),
    [FIELDS.from]: day('Ngày bắt đầu'),
    [FIELDS.to]: day('Ngày kết thúc'),
    [FIELDS.page]: z
      .string()
      .trim()
      .transform((s, ctx) => {
        if (!s) return 1;
        const n = Number(s);
        if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
          ctx.addIssue({
            code: 'custom',
            message: `Số trang không hợp lệ: chỉ xem được từ trang 1 đến trang ${MAX_PAGE}.`,
          });
          return z.NEVER;
        }
        return n;
      }),
  })
  .refine(
    (v) => {
      const [from, to] = [v[FIELDS.from], v[FIELDS.to]];
      return !from || !to || from <= to;
    },
    {
      path: [FIELDS.to],
      message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.',
    },
  );

/** Raw form values, as typed (shown back in the form). */
export type SearchForm = Record<(typeof FIELDS)[keyof typeof FIELDS], string>;

/** Reads the raw values of the search form from a query-string getter. */
export function searchForm(get: (name: string) => string | undefined): SearchForm {
  const f = {} as SearchForm;
  for (const name of Object.values(FIELDS)) f[name] = get(name) ?? '';
  return f;
}

/** Validates the search form: the typed input, or a Vietnamese message per field. */
export function parseSearchForm(
  form: SearchForm,
): { ok: true; value: SearchInput } | { ok: false; errors: Record<string, string> } {
  const r = schema.safeParse(form);
  if (!r.success) {
    return { ok: false, errors: fieldErrors(r.error, FIELDS.q) };
  }
  const v = r.data;
  return {
    ok: true,
    value: {
      q: v[FIELDS.q],
      section: v[FIELDS.section],
      from: v[FIELDS.from],
      to: v[FIELDS.to],
      kind: v[FIELDS.kind],
      page: v[FIELDS.page],
    },
  };
}
