import { z } from 'zod';
import { checkboxField, textField } from '../../lib/schema.ts';

/** The import form: where the NukeViet database and its uploads folder are, into which site. */
export const importFormSchema = z.object({
  siteId: z.coerce
    .number({ message: 'Chọn trang nhận dữ liệu.' })
    .int()
    .positive('Chọn trang nhận dữ liệu.')
    .max(2_147_483_647, 'Chọn trang nhận dữ liệu.'),
  host: textField(253, 'Nhập máy chủ cơ sở dữ liệu.').refine(
    (h) => /^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:]+\]$/.test(h),
    'Máy chủ chỉ gồm chữ, số, dấu chấm và gạch ngang.',
  ),
  port: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'Cổng là số từ 1 đến 65535.')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, 'Cổng là số từ 1 đến 65535.'),
  database: textField(64, 'Nhập tên cơ sở dữ liệu.').refine(
    (d) => /^[A-Za-z0-9_$-]+$/.test(d),
    'Tên cơ sở dữ liệu chỉ gồm chữ, số, gạch dưới.',
  ),
  user: textField(80, 'Nhập tài khoản đọc cơ sở dữ liệu.'),
  password: z.string().max(200, 'Mật khẩu quá dài.').default(''),
  prefix: z
    .string()
    .trim()
    .max(30)
    .regex(/^[A-Za-z0-9_]*$/, 'Tiền tố bảng chỉ gồm chữ, số và gạch dưới (mặc định nv4).')
    .default(''),
  uploadsDir: z
    .string()
    .trim()
    .max(500, 'Đường dẫn quá dài.')
    .refine(
      (p) => p === '' || p.startsWith('/'),
      'Thư mục uploads là đường dẫn tuyệt đối trên máy chủ.',
    )
    .default(''),
  oldHosts: z
    .string()
    .trim()
    .max(500)
    .refine(
      (s) => s.split(/[\s,]+/).every((h) => h === '' || /^[a-z0-9.-]+$/i.test(h)),
      'Tên miền cũ chỉ gồm chữ, số, dấu chấm, cách nhau bởi dấu cách.',
    )
    .default(''),
  dryRun: checkboxField,
});
export type ImportForm = z.infer<typeof importFormSchema>;

/** The connection URL built from the form (the password percent-encoded). */
export function connectionUrl(f: ImportForm): string {
  const u = new URL('mysql://localhost');
  u.hostname = f.host;
  u.port = String(f.port);
  u.username = encodeURIComponent(f.user);
  u.password = encodeURIComponent(f.password);
  u.pathname = `/${f.database}`;
  return u.toString();
}

/** The WordPress form: the export file (WXR) on this machine and its uploads folder. */
export const wxrFormSchema = z.object({
  siteId: importFormSchema.shape.siteId,
  wxrPath: z
    .string()
    .trim()
    .min(1, 'Nhập đường dẫn tệp xuất WordPress.')
    .max(500, 'Đường dẫn quá dài.')
    .refine(
      (p) => p.startsWith('/') && /\.xml$/i.test(p) && !p.includes('\0'),
      'Tệp xuất WordPress là đường dẫn tuyệt đối tới một tệp .xml trên máy chủ.',
    ),
  uploadsDir: importFormSchema.shape.uploadsDir,
  oldHosts: importFormSchema.shape.oldHosts,
  dryRun: checkboxField,
});
export type WxrForm = z.infer<typeof wxrFormSchema>;

/** The crawler form: the rule file (JSON) on this machine, into which site. */
export const htmlFormSchema = z.object({
  siteId: importFormSchema.shape.siteId,
  configPath: z
    .string()
    .trim()
    .min(1, 'Nhập đường dẫn tệp quy tắc thu thập.')
    .max(500, 'Đường dẫn quá dài.')
    .refine(
      (p) => p.startsWith('/') && /\.json$/i.test(p) && !p.includes('\0'),
      'Tệp quy tắc là đường dẫn tuyệt đối tới một tệp .json trên máy chủ.',
    ),
  dryRun: checkboxField,
});
export type HtmlForm = z.infer<typeof htmlFormSchema>;
