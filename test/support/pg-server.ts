/**
 * Vitest global setup: finds the PostgreSQL server the suites use.
 * - TEST_DATABASE_URL, when set, names a real server (CI sets it to the machine's server).
 * - Otherwise a private, throw-away server is started from Debian's `postgresql` binaries
 *   (initdb + pg_ctl in a temporary folder, on a free port), and stopped afterwards.
 * - With neither, PostgreSQL suites are skipped with a warning, unless REQUIRE_POSTGRES=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function pgBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return undefined;
  }
  const bin = pgBinDir();
  if (!bin) {
    if (process.env.REQUIRE_POSTGRES === '1')
      throw new Error(
        'PostgreSQL is required but neither TEST_DATABASE_URL nor Debian postgresql binaries are available',
      );
    console.warn(
      '\n[test] No PostgreSQL: set TEST_DATABASE_URL or `apt-get install postgresql`. PostgreSQL suites are skipped.\n',
    );
    project.provide('pgAdminUrl', '');
    return undefined;
  }
  const isRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-pg-'));
  const data = path.join(dir, 'data');
  const asPg = (cmd: string, args: string[]): string[] =>
    isRoot ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
  const run = (cmd: string, args: string[]) => {
    const [exe, ...rest] = asPg(cmd, args);
    execFileSync(exe as string, rest, { stdio: 'pipe' });
  };
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const port = await freePort();
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  project.provide('pgAdminUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    const [exe, ...rest] = asPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    spawnSync(exe as string, rest, { stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
