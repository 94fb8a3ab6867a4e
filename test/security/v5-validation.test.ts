/**
 * ASVS 4.0.3 V5 (validation, sanitisation and encoding), L2: 5.1.1–5.1.4 (input validated at the
 * edge, no parameter pollution), 5.3.1–5.3.3 (output encoded for HTML), 5.5.x (no unsafe
 * deserialisation of bodies), 7.4.1 (generic error pages). A fuzz pass over every route of the
 * real app × every parameter (path, query, form field) × a hostile corpus, as anonymous and as
 * each staff role; then whole-request oddities (content types, multipart names, invalid bytes,
 * huge headers), then raw HTTP requests through the page-cache listener in front of the app.
 * No answer may be a 5xx, leak a stack, lack a Vietnamese message or reflect markup unescaped.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCacheListener } from '../../src/modules/cache/cache.listener.ts';
import {
  CORPUS,
  fuzzWorld,
  judge,
  QUERY_PARAMS,
  queryNamesInSource,
  valuesFor,
  withQuery,
  type Finding,
  type Hostile,
  type Probe,
} from '../support/fuzz.ts';
import { manualClock, ROLES, type Route, type Who } from '../support/security.ts';
import { testApp } from '../support/test-app.ts';
import { dialects } from '../support/test-db.ts';

const enc = encodeURIComponent;

/** A route's path with its parameters set from `values` (raw, already encoded). */
function build(route: Route, values: string[]): string {
  let i = 0;
  return route.path.replace(
    /:[A-Za-z0-9_]+(\{(?:[^{}]|\{[^{}]*\})*\})?|\*/g,
    () => values[i++] ?? '1',
  );
}

/** The concrete values of a sample path's parameters. */
function paramsOf(route: Route, sample: string): string[] {
  const m = route.re.exec(sample);
  return route.params.map((_, i) => m?.[i + 1] ?? '1');
}

/** A hostile value as the text of a multipart field (decoded where it decodes). */
function plain(h: Hostile): string {
  try {
    return decodeURIComponent(h.raw);
  } catch {
    return h.raw;
  }
}

function report(findings: Finding[]): string[] {
  const lines = findings.map(
    (f) => `${f.who} ${f.method} ${f.url.slice(0, 120)} [${f.label}] → ${f.status}: ${f.problem}`,
  );
  if (lines.length) console.error(`FINDINGS\n${lines.join('\n')}`);
  return lines;
}

describe.each(dialects)('V5 validation: hostile input never breaks the app (%s)', (dialect) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let fw: Awaited<ReturnType<typeof fuzzWorld>>;
  const clock = manualClock();

  beforeAll(async () => {
    t = await testApp(dialect, { clock: clock.now });
    fw = await fuzzWorld(t, clock);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function run(probes: Probe[]): Promise<Finding[]> {
    const findings: Finding[] = [];
    const cost = new Map<string, [number, number]>();
    for (const p of probes) {
      const t0 = performance.now();
      const a = await fw.send(p);
      if (process.env.FUZZ_DEBUG) {
        const k = `${p.method} ${p.url.split('?')[0]!.slice(0, 50)} ${p.label.split('=')[1]}`;
        const [n, ms] = cost.get(k) ?? [0, 0];
        cost.set(k, [n + 1, ms + performance.now() - t0]);
      }
      for (const problem of judge(p, a))
        findings.push({
          label: p.label,
          who: p.who,
          method: p.method,
          url: p.url,
          status: a.status,
          problem,
        });
    }
    if (process.env.FUZZ_DEBUG)
      console.info(
        [...cost]
          .sort((a, b) => b[1][1] - a[1][1])
          .slice(0, 25)
          .map(([k, [n, ms]]) => `${Math.round(ms)}ms ${n}× ${k}`)
          .join('\n'),
      );
    return findings;
  }

  function body(route: Route, who: Who, slot: string | undefined, h: Hostile | undefined) {
    const form = fw.forms.get(route)?.[0];
    const fields: [string, string][] = (form?.fields ?? []).filter(([k]) => k !== '_csrf');
    const token = fw.csrf[who] ?? '';
    if (form?.multipart) {
      const fd = new FormData();
      for (const [k, v] of fields) if (k !== slot) fd.append(k, v);
      if (slot !== '_csrf') fd.set('_csrf', token);
      if (slot && h) {
        fd.append(slot, plain(h));
        if (h.repeat) fd.append(slot, '2');
      }
      return { body: fd, headers: {} as Record<string, string> };
    }
    const parts = fields.filter(([k]) => k !== slot).map(([k, v]) => `${enc(k)}=${enc(v)}`);
    if (slot !== '_csrf') parts.push(`_csrf=${enc(token)}`);
    if (slot && h) {
      parts.push(`${enc(slot)}=${h.raw}`);
      if (h.repeat) parts.push(`${enc(slot)}=2`);
    }
    return {
      body: parts.join('&'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' } as Record<string, string>,
    };
  }

  /** The parameters of a route: path parameters, query names, form fields. */
  function slots(route: Route) {
    const out: { kind: 'path' | 'query' | 'body'; name: string; index?: number }[] = [];
    route.params.forEach((name, index) => out.push({ kind: 'path', name, index }));
    if (route.method === 'GET')
      for (const q of new Set([...(QUERY_PARAMS[route.path] ?? []), 'trang']))
        out.push({ kind: 'query', name: q });
    else
      for (const f of new Set([
        '_csrf',
        ...(fw.forms.get(route)?.[0]?.fields ?? []).map(([k]) => k),
      ]))
        out.push({ kind: 'body', name: f });
    return out;
  }

  function probe(
    route: Route,
    who: Who,
    slot: ReturnType<typeof slots>[number] | undefined,
    h: Hostile | undefined,
  ): Probe {
    const sample = fw.samples.get(route)!;
    const values = paramsOf(route, sample);
    if (slot?.kind === 'path' && h) values[slot.index!] = h.raw;
    let url = build(route, values);
    if (slot?.kind === 'query' && h) url += `?${withQuery([], slot.name, h)}`;
    const label = `${slot?.kind ?? '-'}:${slot?.name ?? '-'}=${h?.id ?? '-'}`;
    if (route.method === 'GET') return { who, method: 'GET', url, label };
    const b = body(
      route,
      who,
      slot?.kind === 'body' ? slot.name : undefined,
      slot?.kind === 'body' ? h : undefined,
    );
    return { who, method: 'POST', url, label, ...b };
  }

  it('fuzzes every query parameter that the source reads', () => {
    const planned = new Set(Object.values(QUERY_PARAMS).flat());
    const read = queryNamesInSource(path.resolve('src'));
    expect([...read].filter((n) => !planned.has(n))).toEqual([]);
  });

  it('has a sample and an owner for every route', () => {
    expect(fw.routes.filter((r) => !fw.samples.has(r)).map((r) => r.path)).toEqual([]);
  });

  it('answers every route × parameter × hostile value without a 5xx, in Vietnamese, escaped', async () => {
    const seen = new Set<string>();
    const probes: Probe[] = [];
    let turn = 0;
    for (const route of fw.routes) {
      const who = fw.owner.get(route)!;
      for (const slot of slots(route))
        for (const h of valuesFor(`${slot.kind}:${slot.name}`, seen, turn++))
          // A path segment cannot repeat: "array" there would only be the id 1 (a real account).
          if (!(slot.kind === 'path' && h.repeat)) probes.push(probe(route, who, slot, h));
      // Every other client (anonymous and each role) gets the worst values in the first parameter.
      const first = slots(route)[0];
      for (const other of ['anonymous', ...ROLES] as Who[]) {
        if (other === who) continue;
        for (const id of [first?.kind === 'path' ? 'huge-int' : 'bad-escape'])
          probes.push(
            probe(
              route,
              other,
              first,
              CORPUS.find((h) => h.id === id),
            ),
          );
      }
    }
    const started = Date.now();
    console.info(`V5 fuzz (${dialect}): ${probes.length} probes`);
    const findings = await run(probes);
    console.info(`V5 fuzz (${dialect}): ${probes.length} probes in ${Date.now() - started} ms`);
    expect(report(findings)).toEqual([]);
  }, 600_000);

  it('survives odd request shapes: wrong content types, JSON for forms, bad bytes, odd multipart, huge headers', async () => {
    const probes: Probe[] = [];
    for (const route of fw.routes) {
      const who = fw.owner.get(route)!;
      const url = build(route, paramsOf(route, fw.samples.get(route)!));
      const token = fw.csrf[who] ?? '';
      const base = { who, method: route.method, url } as const;
      // Hostile parameter names, duplicated parameters, a query of thousands of pairs.
      const q = (s: string) => `${url}?${s}`;
      const get = (label: string, u: string, headers: Record<string, string> = {}) =>
        probes.push({ who, method: 'GET', url: u, label, headers });
      if (route.method === 'GET') {
        get('name:bad-escape', q('%=1&%E0%A4%A=2&%C3%28=3'));
        get('name:proto', q('__proto__=1&constructor=2&a[b]=3&a[]=4&hasOwnProperty=5'));
        get('many-params', q(Array.from({ length: 5000 }, (_, i) => `p${i}=${i}`).join('&')));
        get('huge-header', url, {
          'x-long': 'a'.repeat(60_000),
          'accept-language': '%'.repeat(8000),
        });
        get('odd-headers', url, {
          'if-none-match': '%',
          range: 'bytes=99999999999999999999-',
          'accept-encoding': 'br;q=NaN, gzip;q=1e400',
          referer: 'http://%',
          cookie: 'phien=%; dn_token=%E0%A4%A; __proto__=1',
          'x-forwarded-for': '%, ::ffff:999.1.1.1, <script>',
        });
        continue;
      }
      const post = (label: string, b: BodyInit, headers: Record<string, string>) =>
        probes.push({ ...base, label, body: b as Probe['body'], headers });
      const csrfPart = `_csrf=${enc(token)}`;
      post('urlencoded:bad-names', `${csrfPart}&%=1&%E0%A4%A=2&__proto__=3&a[b]=4&=5`, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      post(
        'urlencoded:invalid-utf8-bytes',
        Buffer.concat([
          Buffer.from(`${csrfPart}&title=`),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x00]),
        ]),
        { 'content-type': 'application/x-www-form-urlencoded' },
      );
      post('urlencoded:charset-lie', `${csrfPart}&title=a`, {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-7',
      });
      post('urlencoded:huge-value', `${csrfPart}&title=${'a'.repeat(300_000)}`, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      post(
        'json-for-form',
        JSON.stringify({
          _csrf: token,
          title: ['a', 'b'],
          id: { $gt: 1 },
          __proto__: { admin: true },
        }),
        {
          'content-type': 'application/json',
          'x-csrf-token': token,
        },
      );
      post('json:malformed', '{"_csrf": "', {
        'content-type': 'application/json',
        'x-csrf-token': token,
      });
      post('text-plain', `_csrf=${token}`, { 'content-type': 'text/plain' });
      post('no-content-type', `_csrf=${token}`, {});
      post(
        'xml',
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`,
        {
          'content-type': 'application/xml',
        },
      );
      post('multipart:no-boundary', `--x\r\n`, { 'content-type': 'multipart/form-data' });
      post(
        'multipart:truncated',
        `--XB\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--XB\r\nContent-Disposition: form-data; name="title"\r\n\r\nabc`,
        { 'content-type': 'multipart/form-data; boundary=XB' },
      );
      const odd = [
        `--XB\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`,
        `--XB\r\nContent-Disposition: form-data; name=""\r\n\r\nempty name\r\n`,
        `--XB\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\nproto\r\n`,
        `--XB\r\nContent-Disposition: form-data; name="a%E0%A4%A[]"\r\n\r\nodd\r\n`,
        `--XB\r\nContent-Disposition: form-data; name="files"; filename="../../etc/passwd%00.jpg"\r\nContent-Type: image/jpeg\r\n\r\nnot an image\r\n`,
        `--XB\r\nContent-Disposition: form-data; name="file"; filename="${'x'.repeat(5000)}.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n`,
        `--XB\r\nContent-Disposition: form-data; name="logo"; filename*=UTF-8''%E0%A4%A.svg\r\nContent-Type: image/svg+xml\r\n\r\n<svg onload="alert(5)"/>\r\n`,
        `--XB\r\nContent-Disposition: form-data; name="title"\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n\xff\xfe\r\n`,
        `--XB--\r\n`,
      ].join('');
      post('multipart:odd-names-and-filenames', Buffer.from(odd, 'latin1'), {
        'content-type': 'multipart/form-data; boundary=XB',
        'x-csrf-token': token,
      });
      post('csrf:twice', `_csrf=${enc(token)}&_csrf=${enc(token)}`, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      post('origin:malformed', `${csrfPart}`, {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'null',
        referer: 'http://%',
      });
    }
    const findings = await run(probes);
    expect(report(findings)).toEqual([]);
  }, 300_000);

  it('answers raw HTTP requests through the page-cache listener without a 5xx or a crash', async () => {
    const server = http.createServer(pageCacheListener(t.deps, getRequestListener(t.app.fetch)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const raw = (target: string, extra = ''): Promise<{ status: number; text: string }> =>
      new Promise((resolve) => {
        const s = net.connect(port, '127.0.0.1');
        const chunks: Buffer[] = [];
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('error', () => resolve({ status: 0, text: 'socket error' }));
        s.on('close', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), text });
        });
        s.write(
          Buffer.concat([
            Buffer.from('GET ', 'latin1'),
            Buffer.from(target, 'latin1'),
            Buffer.from(
              ` HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: fuzz\r\n${extra}Connection: close\r\n\r\n`,
              'latin1',
            ),
          ]),
        );
      });
    try {
      // Warm the cache, so lookups run their full course.
      await raw('/');
      await raw(
        fw.samples.get(fw.routes.find((r) => r.path === '/:section/:segment{[a-z0-9-]*[0-9]+}')!)!,
      );
      const targets = [
        '/%',
        '/%E0%A4%A',
        '/%C3%28',
        '/tin-trong-tinh/%',
        '/tin-trong-tinh?trang=%',
        '/tin-trong-tinh?trang=99999999999999999999',
        '/?%=%',
        '/tim-kiem?q=%E0%A4%A&trang=1e400',
        '/media/%',
        '/media/%E0%A4%A.jpg',
        '/media/..%2f..%2fetc%2fpasswd',
        '/rss/%C3%28',
        '/ban-do/%',
        '/quan-tri/%',
        '/quan-tri/bai-viet/99999999999999999999',
        '//',
        '//evil.example/',
        '///',
        '/\\\\evil',
        '/..',
        '/a/../../b',
        '/\xff\xfe',
        '/%00',
        '/?a=\xff',
        'http://evil.example/',
        '*',
        `/${'a'.repeat(12_000)}`,
      ];
      const bad: string[] = [];
      for (const target of targets) {
        const r = await raw(target);
        if (r.status === 0 || r.status >= 500) bad.push(`${target.slice(0, 60)} → ${r.status}`);
      }
      const big = await raw('/', `X-Big: ${'a'.repeat(20_000)}\r\n`);
      if (big.status === 0 || big.status >= 500) bad.push(`huge header → ${big.status}`);
      // The server is still up and answers normally.
      expect((await raw('/')).status).toBe(200);
      if (bad.length) console.error(`FINDINGS\n${bad.join('\n')}`);
      expect(bad).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
