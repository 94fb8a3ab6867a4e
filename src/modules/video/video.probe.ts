import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileStorage } from '../../storage/storage.ts';

/**
 * Reads what a video file says about itself (its duration, a frame for the poster) with Debian's
 * `ffprobe`/`ffmpeg` (a maintained tool: no container parsing of our own). Every answer is
 * undefined when the tools are missing, time out or cannot read the file: the editor then types
 * the duration and picks a poster from the library, as before.
 */
export interface VideoProbe {
  /** Whether ffprobe and ffmpeg run on this machine (checked once). */
  available(): Promise<boolean>;
  /** The duration in whole seconds (rounded), or undefined. */
  duration(file: string): Promise<number | undefined>;
  /** One frame at `atSeconds` (clamped to the file) as a JPEG, or undefined. */
  frame(file: string, atSeconds: number): Promise<Buffer | undefined>;
}

/** Runs a program and returns its stdout; undefined on any failure (missing, exit code, timeout). */
function run(cmd: string, args: string[], timeoutMs: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { encoding: 'buffer', timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, windowsHide: true },
      (err, stdout) => resolve(err ? undefined : stdout),
    );
  });
}

/** The probe over `ffprobe` and `ffmpeg` found on PATH (or the paths given). */
export function ffmpegProbe(
  opts: { ffprobe?: string; ffmpeg?: string; timeoutMs?: number } = {},
): VideoProbe {
  const ffprobe = opts.ffprobe ?? 'ffprobe';
  const ffmpeg = opts.ffmpeg ?? 'ffmpeg';
  const timeoutMs = opts.timeoutMs ?? 20_000;
  let present: Promise<boolean> | undefined;

  async function duration(file: string): Promise<number | undefined> {
    const out = await run(
      ffprobe,
      ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', '--', file],
      timeoutMs,
    );
    const s = Number(out?.toString('utf8').trim());
    return out && Number.isFinite(s) && s > 0 ? Math.max(1, Math.round(s)) : undefined;
  }

  return {
    available() {
      present ??= Promise.all([
        run(ffprobe, ['-version'], 5000),
        run(ffmpeg, ['-version'], 5000),
      ]).then(([a, b]) => a !== undefined && b !== undefined);
      return present;
    },
    duration,
    async frame(file, atSeconds) {
      const total = await duration(file);
      const at = Math.max(0, Math.min(atSeconds, total !== undefined ? total - 0.5 : atSeconds));
      const out = await run(
        ffmpeg,
        [
          ...['-v', 'error', '-ss', at.toFixed(2), '-i', file],
          ...['-frames:v', '1', '-f', 'image2pipe', '-c:v', 'mjpeg', '-q:v', '3', 'pipe:1'],
        ],
        timeoutMs,
      );
      return out && out.length > 0 ? out : undefined;
    },
  };
}

/** A probe that knows nothing (tests, or a deployment that turns it off). */
export const noProbe: VideoProbe = {
  available: () => Promise.resolve(false),
  duration: () => Promise.resolve(undefined),
  frame: () => Promise.resolve(undefined),
};

/**
 * Calls `fn` with a path on local disk holding the stored file `key`: the store's own file when it
 * has one, else a temporary copy removed afterwards. Undefined when the file is not stored.
 */
export async function withLocalFile<T>(
  storage: FileStorage,
  key: string,
  fn: (file: string) => Promise<T>,
): Promise<T | undefined> {
  const local = storage.localPath(key);
  if (local) return fn(local);
  const data = await storage.get(key);
  if (!data) return undefined;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'video-probe-'));
  const file = path.join(dir, path.basename(key));
  try {
    await fs.writeFile(file, data);
    return await fn(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
