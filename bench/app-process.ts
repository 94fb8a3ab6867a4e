/** The app as a child process for benchmarks: dist/main.js (built by `npm run bench`) in production mode. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../src/lib/paths.ts';

/** A started app: its loopback URL, the process, the wall time from spawn to listening, and a graceful stop. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
  startMs: number;
  stop(): Promise<number | null>;
}

/** Media folder shared by benchmark runs (demo images are encoded once, reused by content hash). */
export const BENCH_MEDIA_DIR = path.join(os.tmpdir(), 'portal-bench-media');

/** Starts the app on `dbFile` (127.0.0.1, a free port) and resolves once it listens. */
export async function startApp(
  dbFile: string,
  env: Record<string, string> = {},
): Promise<AppProcess> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: `sqlite:${dbFile}`,
      MEDIA_DIR: BENCH_MEDIA_DIR,
      // No scheduled backup: in production one is due at the first start, and dumping the
      // corpus while wrk loads the app would be measured as the app's cost.
      BACKUP_EVERY_HOURS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the app did not start within 120 s')),
      120_000,
    );
    child.stdout?.on('data', (b: Buffer) => {
      const m = /đang chạy tại (http:\/\/127\.0\.0\.1:\d+)/.exec(b.toString());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`the app exited (${code})`)));
  });
  return {
    url,
    child,
    startMs: performance.now() - t0,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Resident memory of a process now and at its peak, in MB (Linux /proc). */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
