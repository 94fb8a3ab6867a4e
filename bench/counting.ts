/**
 * `npm run bench counting`: the counting path under load, against a real server process on a
 * temporary SQLite database (loopback only, bounded in count and time).
 * 1. Exactness: many simulated readers (distinct X-Forwarded-For addresses behind TRUST_PROXY=1,
 *    several user agents) send beacons concurrently, with repeats and bots; after a graceful
 *    stop (SIGTERM: the last batch is flushed) the stored counts must equal the distinct reads
 *    sent: nothing lost, nothing doubled. The rate is the reads per second absorbed.
 * 2. Throughput: the article page alone (counting off) versus the article page with one beacon
 *    per page view from a new reader (counting on), with wrk; target ≥ 90 %. Judged on the
 *    server's own CPU time per page (robust when other processes share the machine), with the
 *    wall-clock rates shown beside it.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { startApp } from './app-process.ts';
import type { BenchRows, Scenario } from './bench.ts';
import { wrk } from './wrk.ts';

const UAS = [
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
];
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** CPU time (user + system, in clock ticks) a process has used so far, from /proc (Linux). */
function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Sends `jobs` with at most `concurrency` in flight; returns statuses. */
async function sendAll(
  base: string,
  jobs: { ip: string; ua: string; body: string }[],
  concurrency: number,
): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: number[] = new Array<number>(jobs.length);
  let next = 0;
  const one = (j: { ip: string; ua: string; body: string }) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${base}/api/dem`,
        {
          method: 'POST',
          agent,
          headers: {
            'user-agent': j.ua,
            'x-forwarded-for': j.ip,
            'content-type': 'text/plain;charset=UTF-8',
            'content-length': Buffer.byteLength(j.body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(j.body);
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const i = next++;
        statuses[i] = await one(jobs[i]!);
      }
    }),
  );
  agent.destroy();
  return statuses;
}

/** Distinct readers send reads (some twice) of random articles, plus bots; returns what must be stored. */
function makeLoad(articleIds: number[], readers: number) {
  let seed = 20261127;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  const jobs: { ip: string; ua: string; body: string }[] = [];
  const expected = new Map<number, number>();
  for (let r = 0; r < readers; r++) {
    // Benchmark addresses (198.18.0.0/15): header values only, never contacted.
    const ip = `198.${18 + (r >> 16)}.${(r >> 8) & 255}.${r & 255}`;
    const ua = UAS[r % UAS.length]!;
    const picked = new Set<number>();
    while (picked.size < 3) picked.add(articleIds[Math.floor(rand() * articleIds.length)]!);
    for (const id of picked) {
      expected.set(id, (expected.get(id) ?? 0) + 1);
      jobs.push({
        ip,
        ua,
        body: JSON.stringify({
          t: 'article',
          a: id,
          r: r % 5 === 0 ? 'https://www.google.com/' : undefined,
        }),
      });
    }
    jobs.push({ ip, ua, body: JSON.stringify({ t: 'article', a: [...picked][0] }) }); // a reload: not a new read
    if (r % 10 === 0)
      jobs.push({ ip, ua: BOT, body: JSON.stringify({ t: 'article', a: [...picked][1] }) });
  }
  for (let i = jobs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [jobs[i], jobs[j]] = [jobs[j]!, jobs[i]!];
  }
  return { jobs, expected, bots: Math.ceil(readers / 10) };
}

const LUA = (pagePath: string, articleId: number) => `
local n = 0
local t = 0
function setup(thread) thread:set("tid", t); t = t + 1 end
function request()
  n = n + 1
  if n % 2 == 1 then return wrk.format("GET", "${pagePath}", { ["User-Agent"] = "${UAS[0]}" }) end
  local k = math.floor(n / 2)
  local ip = string.format("198.%d.%d.%d", 18 + tid, math.floor(k / 256) % 256, k % 256)
  return wrk.format("POST", "/api/dem", { ["User-Agent"] = "${UAS[2]}", ["X-Forwarded-For"] = ip, ["Content-Type"] = "text/plain" }, '{"t":"article","a":${articleId}}')
end
`;

export const counting: Scenario = {
  name: 'counting',
  description:
    'beacons from many readers: exact stored counts, reads/s absorbed, article page throughput with counting on vs off',
  async run(opts): Promise<BenchRows> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-count-'));
    const dbFile = path.join(dir, 'portal.db');
    const rows: BenchRows = [];
    try {
      // 1. Exactness and absorbed rate.
      let app = await startApp(dbFile, { TRUST_PROXY: '1' });
      const ro = new SQLite(dbFile, { readonly: true });
      const articleIds = ro
        .prepare("select id from article where status = 'published'")
        .all()
        .map((r) => (r as { id: number }).id);
      const before = new Map(
        ro
          .prepare('select id, read_count as n from article')
          .all()
          .map((r) => [(r as { id: number }).id, Number((r as { n: number }).n)]),
      );
      ro.close();
      const readers = Math.max(1000, Math.min(20_000, opts.seconds * 800));
      const load = makeLoad(articleIds, readers);
      const started = process.hrtime.bigint();
      const statuses = await sendAll(app.url, load.jobs, 64);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const busiest = [...load.expected].sort((a, b) => b[1] - a[1])[0]!;
      const home = await (await fetch(`${app.url}/`)).text();
      const refPath = /href="(\/tin-trong-tinh\/hoi-thao-khoa-hoc[^"]+)"/.exec(home)![1]!;
      const shownPage = await (
        await fetch(`${app.url}${refPath.replace(/-\d+$/, `-${busiest[0]}`)}`, {
          redirect: 'follow',
        })
      ).text();
      const shown = Number(/class="reads" data-article="\d+">(\d+)</.exec(shownPage)?.[1]);
      const exitCode = await app.stop();
      const db = new SQLite(dbFile, { readonly: true });
      const after = new Map(
        db
          .prepare('select id, read_count as n from article')
          .all()
          .map((r) => [(r as { id: number }).id, Number((r as { n: number }).n)]),
      );
      const day = db.prepare('select sum(visits) as v, sum(bots) as b from stat_day').get() as {
        v: number;
        b: number;
      };
      const history = (
        db.prepare("select sum(n) as n from stat_count where metric = 'article'").get() as {
          n: number;
        }
      ).n;
      db.close();
      let wrong = 0;
      for (const id of articleIds)
        if ((after.get(id) ?? 0) - (before.get(id) ?? 0) !== (load.expected.get(id) ?? 0)) wrong++;
      const sent = [...load.expected.values()].reduce((a, b) => a + b, 0);
      const stored = articleIds.reduce(
        (s, id) => s + (after.get(id) ?? 0) - (before.get(id) ?? 0),
        0,
      );
      const ok = (b: boolean) => (b ? 'ok' : 'FAIL');
      rows.push(
        {
          measure: 'beacons sent (64 concurrent, incl. reloads and bots)',
          value: load.jobs.length,
          check: ok(statuses.every((s) => s === 204)),
        },
        {
          measure: 'distinct reads sent / stored (read_count)',
          value: `${sent} / ${stored}`,
          check: ok(sent === stored && wrong === 0),
        },
        {
          measure: 'daily history: reads stored (stat_count)',
          value: history,
          check: ok(history === sent),
        },
        {
          measure: 'visits (distinct readers) / bots stored',
          value: `${day.v} / ${day.b}`,
          check: ok(day.v === readers && day.b === load.bots),
        },
        {
          measure: 'busiest article shown on a fresh load / expected',
          value: `${shown} / ${(before.get(busiest[0]) ?? 0) + busiest[1]}`,
          check: ok(shown === (before.get(busiest[0]) ?? 0) + busiest[1]),
        },
        {
          measure: 'graceful stop (SIGTERM) exit code',
          value: String(exitCode),
          check: ok(exitCode === 0),
        },
        {
          measure: 'beacons absorbed per second',
          value: Math.round(load.jobs.length / seconds),
          check: '',
        },
        {
          measure: 'distinct reads absorbed per second',
          value: Math.round(sent / seconds),
          check: '',
        },
      );
      if (rows.some((r) => r.check === 'FAIL')) process.exitCode = 1;

      // 2. Page throughput, counting off and on (a new server on the same database).
      app = await startApp(dbFile, { TRUST_PROXY: '1' });
      const pageUrl = `${app.url}${refPath}`;
      const refId = Number(/-(\d+)$/.exec(refPath)![1]);
      const script = path.join(dir, 'on.lua');
      fs.writeFileSync(script, LUA(refPath, refId));
      // The server is one CPU-bound thread: its throughput is 1 / (CPU time per page). Other
      // processes on the machine disturb wall-clock rates, not the server's own CPU per page.
      const pid = app.child.pid!;
      const measured = async (sec: number, script?: string) => {
        const t0 = cpuTicks(pid);
        const r = await wrk(pageUrl, {
          seconds: sec,
          connections: 16,
          ...(script ? { script } : { headers: { 'user-agent': UAS[0]! } }),
        });
        const pages = (r.requestsPerSec * sec) / (script ? 2 : 1);
        return { ...r, pages, cpuPerPage: (cpuTicks(pid) - t0) / pages };
      };
      await measured(3); // warm-up (JIT, caches), both paths
      await measured(3, script);
      // Alternating rounds, so drift (JIT, GC, other load) hits both modes alike.
      const rounds = 3;
      const per = Math.max(3, Math.round(opts.seconds / rounds));
      const offs = [];
      const ons = [];
      for (let i = 0; i < rounds; i++) {
        offs.push(await measured(per));
        ons.push(await measured(per, script));
      }
      await app.stop();
      type Run = Awaited<ReturnType<typeof measured>>;
      const total = (xs: Run[], f: (x: Run) => number) => xs.reduce((a, x) => a + f(x), 0);
      const off = {
        requestsPerSec: total(offs, (x) => x.pages) / (rounds * per),
        p99Ms: Math.max(...offs.map((x) => x.p99Ms)),
        non2xx: total(offs, (x) => x.non2xx),
        cpu: total(offs, (x) => x.cpuPerPage * x.pages) / total(offs, (x) => x.pages),
      };
      const on = {
        requestsPerSec: (2 * total(ons, (x) => x.pages)) / (rounds * per),
        p99Ms: Math.max(...ons.map((x) => x.p99Ms)),
        non2xx: total(ons, (x) => x.non2xx),
        cpu: total(ons, (x) => x.cpuPerPage * x.pages) / total(ons, (x) => x.pages),
      };
      const ticks = 1000 / 100; // ms per clock tick (USER_HZ is 100 on Linux)
      const pagesOn = on.requestsPerSec / 2;
      rows.push(
        {
          measure: `article page/s, counting off (wrk, 16 conn., ${rounds}×${per} s)`,
          value: Math.round(off.requestsPerSec),
          check: off.non2xx ? `${off.non2xx} non-2xx` : '',
        },
        {
          measure: 'article page/s, counting on (+1 beacon per page)',
          value: Math.round(pagesOn),
          check: on.non2xx ? `${on.non2xx} non-2xx` : '',
        },
        {
          measure: 'wall-clock throughput on / off',
          value: `${((100 * pagesOn) / off.requestsPerSec).toFixed(1)} %`,
          check: '',
        },
        {
          measure: 'server CPU per page off / on (ms, beacon included)',
          value: `${(off.cpu * ticks).toFixed(2)} / ${(on.cpu * ticks).toFixed(2)}`,
          check: '',
        },
        {
          measure: 'CPU-bound throughput on / off (target ≥ 90 %)',
          value: `${((100 * off.cpu) / on.cpu).toFixed(1)} %`,
          check: ok(off.cpu / on.cpu >= 0.9),
        },
        {
          measure: 'worst p99 latency off / on (ms)',
          value: `${off.p99Ms.toFixed(1)} / ${on.p99Ms.toFixed(1)}`,
          check: '',
        },
        {
          measure: 'machine load average (other processes disturb wall-clock rates)',
          value: os.loadavg()[0]!.toFixed(2),
          check: '',
        },
      );
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
