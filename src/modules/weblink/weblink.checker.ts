import type { CheckResult } from './weblink.ts';

/** How long a link has to answer, in milliseconds. */
export const CHECK_TIMEOUT_MS = 8000;

const USER_AGENT = 'Mozilla/5.0 (compatible; KiemTraLienKet/1.0; +trang-thong-tin-dang-bo)';

function describeError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `Không phản hồi sau ${Math.round(timeoutMs / 1000)} giây`;
  const code = e.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Không tìm thấy tên miền';
  if (code === 'ECONNREFUSED') return 'Máy chủ từ chối kết nối';
  if (code === 'ECONNRESET') return 'Kết nối bị ngắt';
  if (code.startsWith('UND_ERR_CONNECT_TIMEOUT'))
    return `Không kết nối được sau ${Math.round(timeoutMs / 1000)} giây`;
  if (/CERT|SSL|TLS/i.test(code)) return 'Chứng chỉ bảo mật (HTTPS) không hợp lệ';
  return code ? `Không truy cập được (${code})` : 'Không truy cập được';
}

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<number> {
  const res = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': USER_AGENT, accept: '*/*' },
  });
  // Only the status matters: do not download the page.
  await res.body?.cancel().catch(() => undefined);
  return res.status;
}

/**
 * Whether an address still answers: a HEAD request (a GET when the server refuses HEAD),
 * redirects followed, within `timeoutMs`. Any status below 400 counts as answering.
 */
export async function checkUrl(url: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<CheckResult> {
  try {
    let status = await request(url, 'HEAD', timeoutMs);
    if (status === 405 || status === 501 || status === 403)
      status = await request(url, 'GET', timeoutMs);
    return {
      ok: status < 400,
      statusCode: status,
      detail: status < 400 ? `Hoạt động (HTTP ${status})` : `Lỗi HTTP ${status}`,
    };
  } catch (err) {
    return { ok: false, statusCode: null, detail: describeError(err, timeoutMs) };
  }
}

/** Whether an address is on this machine (tests may only check those; never the Internet). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function eachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
