/**
 * Checking addresses typed into the back office (web links, menus, banners, social links):
 * only absolute http(s) URLs — or, where allowed, a path on this site — ever reach a page.
 */

/** The result of checking an address: the cleaned address, or a Vietnamese message. */
export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

const MAX_LENGTH = 2000;
const UNSAFE = /^(javascript|data|vbscript|file|blob):/i;

/**
 * Checks an address for a link. `allowPath` also accepts a path on this site ("/ban-do").
 * Browsers ignore tabs and line breaks inside a scheme, so "java\tscript:" is caught too.
 */
export function checkLinkUrl(input: string, opts: { allowPath?: boolean } = {}): UrlCheck {
  const raw = input.normalize('NFC').trim();
  if (!raw) return { ok: false, message: 'Vui lòng nhập địa chỉ liên kết.' };
  if (raw.length > MAX_LENGTH)
    return { ok: false, message: `Địa chỉ quá dài (tối đa ${MAX_LENGTH} ký tự).` };
  // eslint-disable-next-line no-control-regex
  const probe = raw.replace(/[\u0000-\u0020\u007f]/g, '');
  if (UNSAFE.test(probe)) {
    const scheme = /^[a-z]+:/i.exec(probe)?.[0].toLowerCase() ?? '';
    return {
      ok: false,
      message: `Địa chỉ “${scheme}” không an toàn và không được chấp nhận. Chỉ dùng địa chỉ bắt đầu bằng http:// hoặc https://.`,
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f\\]/.test(raw))
    return { ok: false, message: 'Địa chỉ không được chứa khoảng trắng hay ký tự điều khiển.' };
  if (opts.allowPath && raw.startsWith('/') && !raw.startsWith('//')) return { ok: true, url: raw };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  // "dienbien.gov.vn:8080" parses as a scheme "dienbien.gov.vn"; a dot means a host name.
  if (!scheme || scheme.includes('.')) {
    const hint = opts.allowPath ? ' (hoặc một đường dẫn trong trang bắt đầu bằng “/”)' : '';
    return {
      ok: false,
      message: `Địa chỉ thiếu giao thức: hãy viết đầy đủ, bắt đầu bằng https:// hoặc http://${hint}, ví dụ https://dienbien.gov.vn.`,
    };
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      ok: false,
      message: `Không chấp nhận địa chỉ “${scheme}:”. Chỉ dùng địa chỉ bắt đầu bằng http:// hoặc https://.`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: 'Địa chỉ không hợp lệ. Ví dụ đúng: https://dienbien.gov.vn.' };
  }
  if (!url.hostname || !/^\/\//.test(raw.slice(scheme.length + 1)))
    return { ok: false, message: 'Địa chỉ không hợp lệ: thiếu tên miền sau “://”.' };
  if (url.username || url.password)
    return { ok: false, message: 'Địa chỉ không được chứa tên đăng nhập hoặc mật khẩu.' };
  return { ok: true, url: url.href };
}

/** Whether a stored address is still safe to put in a page or a redirect (defence in depth). */
export function isSafeLinkUrl(url: string, opts: { allowPath?: boolean } = {}): boolean {
  const r = checkLinkUrl(url, opts);
  return r.ok;
}
