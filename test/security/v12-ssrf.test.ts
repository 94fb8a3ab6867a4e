import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, isForbiddenAddress } from '../../src/modules/weblink/weblink.checker.ts';

/**
 * ASVS V12.6.1 / V5.2.6 (SSRF): the scheduled link checker never contacts this machine, private
 * networks or cloud metadata, judged after DNS resolution and on every redirect hop.
 */

/** A local server that records every request it gets. */
async function server(
  host: string,
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
) {
  const seen: string[] = [];
  const s = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, host, resolve);
  });
  const port = (s.address() as AddressInfo).port;
  return {
    port,
    seen,
    close: () => new Promise<void>((r) => s.close(() => r())),
  };
}

const refused = {
  ok: false,
  statusCode: null,
  detail: 'Địa chỉ nội bộ hoặc riêng tư: không được phép kiểm tra',
};

describe('V12 SSRF: the address guard of the link checker', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['0.0.0.0', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['100.100.100.200', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['::', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:169.254.169.254', true],
    ['0:0:0:0:0:ffff:a00:1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['fc00::1', true],
    ['fd00:ec2::254', true],
    ['ff02::1', true],
    ['64:ff9b::a00:1', true],
    ['not-an-ip', true],
    ['8.8.8.8', false],
    ['113.160.1.1', false],
    ['172.32.0.1', false],
    ['2001:4860:4860::8888', false],
  ])('%s is forbidden: %s', (ip, expected) => {
    expect(isForbiddenAddress(ip)).toBe(expected);
  });
});

describe('V12 SSRF: the link checker by default', () => {
  let target: Awaited<ReturnType<typeof server>>;
  let target6: Awaited<ReturnType<typeof server>> | undefined;
  let redirector: Awaited<ReturnType<typeof server>>;

  beforeAll(async () => {
    target = await server('127.0.0.1', (_req, res) => res.writeHead(200).end('bí mật'));
    target6 = await server('::1', (_req, res) => res.writeHead(200).end('bí mật')).catch(
      () => undefined,
    );
    redirector = await server('127.0.0.1', (req, res) => {
      const to: Record<string, string> = {
        '/ve-127': `http://127.0.0.1:${target.port}/bi-mat`,
        '/ve-localhost': `http://localhost:${target.port}/bi-mat`,
        '/ve-metadata': 'http://169.254.169.254/latest/meta-data/',
        '/ve-ipv6': `http://[::1]:${target.port}/bi-mat`,
        '/ve-mapped': `http://[::ffff:127.0.0.1]:${target.port}/bi-mat`,
        '/vong': '/vong',
        '/cung-nguon': '/dich',
      };
      if (req.url === '/dich') return res.writeHead(200).end();
      const loc = to[req.url ?? ''];
      return loc ? res.writeHead(302, { location: loc }).end() : res.writeHead(404).end();
    });
  });
  afterAll(async () => {
    await target?.close();
    await target6?.close();
    await redirector?.close();
  });

  it('refuses 127.0.0.1, ::1, 169.254.169.254, 10.x and IPv4-mapped loopback without connecting', async () => {
    const urls = [
      `http://127.0.0.1:${target.port}/`,
      `http://[::1]:${target6?.port ?? target.port}/`,
      `http://[::ffff:127.0.0.1]:${target.port}/`,
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      'http://10.0.0.1/',
      'http://10.255.255.254:8080/',
      'http://0.0.0.0/',
      'http://2130706433/', // 127.0.0.1 written as a number: the URL parser normalises it
    ];
    for (const url of urls) expect(await checkUrl(url, { timeoutMs: 2000 }), url).toEqual(refused);
    expect(target.seen).toEqual([]);
    expect(target6?.seen ?? []).toEqual([]);
  });

  it('refuses a hostname that resolves to loopback (localhost), judged after DNS', async () => {
    expect(await checkUrl(`http://localhost:${target.port}/`, { timeoutMs: 2000 })).toEqual(
      refused,
    );
    expect(target.seen).toEqual([]);
  });

  it('refuses schemes other than http and https', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'gopher://127.0.0.1/'])
      expect((await checkUrl(url, { timeoutMs: 2000 })).ok, url).toBe(false);
  });

  it('the test-only opening is exact: a redirect from an opened origin to loopback is refused on that hop', async () => {
    const opened = {
      timeoutMs: 2000,
      unsafeTestOnlyLoopbackOrigins: [`http://127.0.0.1:${redirector.port}`],
    };
    const base = `http://127.0.0.1:${redirector.port}`;
    for (const path of ['/ve-127', '/ve-localhost', '/ve-metadata', '/ve-ipv6', '/ve-mapped'])
      expect(await checkUrl(`${base}${path}`, opened), path).toEqual(refused);
    expect(target.seen).toEqual([]);
    // A redirect inside the opened origin is still followed (by hand), and loops are bounded.
    expect(await checkUrl(`${base}/cung-nguon`, opened)).toMatchObject({
      ok: true,
      statusCode: 200,
    });
    expect(await checkUrl(`${base}/vong`, opened)).toMatchObject({
      ok: false,
      detail: 'Chuyển hướng quá 5 lần',
    });
    // Without the opening, the redirector itself is refused.
    expect(await checkUrl(`${base}/cung-nguon`, { timeoutMs: 2000 })).toEqual(refused);
  });

  it('the opening only takes loopback IP origins', async () => {
    const r = await checkUrl('http://example.com/', {
      unsafeTestOnlyLoopbackOrigins: ['http://example.com'],
    });
    expect(r.ok).toBe(false);
  });
});
