import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Figures of one wrk run. */
export interface WrkResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Requests not answered within WRK_TIMEOUT (left out of the latency figures by wrk). */
  timeouts: number;
  /** wrk's whole output (a script's `done` may print its own figures there). */
  stdout: string;
}

/**
 * wrk's own default (2 s) leaves every slower answer out of its latency distribution (counted
 * only as a socket timeout), so a p99 under load looked bounded at 2 s while some answers took
 * 7–10 s. With this, the tail is measured.
 */
const WRK_TIMEOUT = '30s';

function ms(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : n;
}

/**
 * Loads `url` (loopback only) with Debian's wrk for `seconds` at `connections` connections on
 * 2 threads (optionally driven by a Lua `script`) and parses its latency distribution. Throws
 * when wrk is missing.
 */
export async function wrk(
  url: string,
  opts: { seconds: number; connections: number; headers?: Record<string, string>; script?: string },
): Promise<WrkResult> {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1'].includes(host))
    throw new Error(`Load goes to loopback only, not ${host}`);
  const args = [
    '-t2',
    `-c${opts.connections}`,
    `-d${opts.seconds}s`,
    '--timeout',
    WRK_TIMEOUT,
    '--latency',
  ];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}: ${v}`);
  if (opts.script) args.push('-s', opts.script);
  const { stdout } = await run('wrk', [...args, url], { maxBuffer: 1 << 20 });
  const latency = (p: string): number => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(stdout);
    return m ? ms(m[1] as string, m[2] as string) : NaN;
  };
  return {
    requestsPerSec: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? NaN),
    p50Ms: latency('50'),
    p99Ms: latency('99'),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0),
    timeouts: Number(/Socket errors:.*timeout (\d+)/.exec(stdout)?.[1] ?? 0),
    stdout,
  };
}
