import { spawn, type ChildProcess } from 'node:child_process';

/** A bundled child script, its stdout read line by line, to wait for a line and kill it there. */
export interface ChildScript {
  child: ChildProcess;
  lines: string[];
  /** The signal that ended it (null when it exited by itself). */
  exited: Promise<NodeJS.Signals | null>;
  /** Resolves once a line of its output passes `test` (at once if one already has). */
  until(test: (line: string) => boolean): Promise<void>;
}

/** Starts `node <file> ...args` (a child bundled by the test), reading its stdout line by line. */
export function startChildScript(file: string, args: string[]): ChildScript {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: () => void }[] = [];
  let buf = '';
  child.stdout.on('data', (b: Buffer) => {
    buf += b.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of waiters.filter((x) => x.test(line))) w.resolve();
    }
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return {
    child,
    lines,
    exited,
    until: (test) =>
      lines.some(test)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ test, resolve })),
  };
}

/** Kills a child as a power cut would: no handler runs. */
export const kill9 = (c: ChildProcess): boolean => c.kill('SIGKILL');
