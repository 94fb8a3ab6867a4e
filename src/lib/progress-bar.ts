/**
 * A one-line progress bar for long command-line jobs (the import, #21): counts, rate and time
 * left, redrawn in place. Written here rather than taken from a package (cli-progress): it is
 * thirty lines and needs nothing but a TTY. Drawn only when the stream is a terminal (a log
 * file or a pipe gets nothing); redraws at most every 200 ms.
 */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Ends the line (the final counts stay on screen). */
  stop(): void;
}

/** Seconds as "1 giờ 2 phút", "3 phút 4 giây" or "5 giây". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h) return `${h} giờ ${m} phút`;
  if (m) return `${m} phút ${s % 60} giây`;
  return `${s} giây`;
}

/** The bar's text for `done` of `total` after `elapsed` seconds (exported for tests). */
export function progressLine(label: string, done: number, total: number, elapsed: number): string {
  const width = 30;
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const full = Math.round(ratio * width);
  const rate = elapsed > 0 ? done / elapsed : 0;
  const left = rate > 0 ? duration((total - done) / rate) : '…';
  const n = (x: number) => x.toLocaleString('vi-VN');
  return `${label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${n(done)}/${n(total)} (${Math.round(ratio * 100)}%) · ${n(Math.round(rate))}/giây · còn ${left}`;
}

export function progressBar(
  label: string,
  out: NodeJS.WriteStream = process.stdout,
  now: () => number = () => performance.now(),
): ProgressBar {
  if (!out.isTTY) return { update() {}, stop() {} };
  const started = now();
  let last = -Infinity;
  let drawn = false;
  let latest: [number, number] = [0, 0];
  const draw = () => {
    const line = progressLine(label, latest[0], latest[1], (now() - started) / 1000);
    out.write(`\r${line.slice(0, Math.max(20, (out.columns || 100) - 1))}\x1b[K`);
    drawn = true;
  };
  return {
    update(done, total) {
      latest = [done, total];
      if (now() - last < 200 && done < total) return;
      last = now();
      draw();
    },
    stop() {
      if (!drawn) return;
      draw();
      out.write('\n');
    },
  };
}
