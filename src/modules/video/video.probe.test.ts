import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ffmpegProbe } from './video.probe.ts';

const probe = ffmpegProbe();
const installed = await probe.available();

describe('reading a video file with ffprobe/ffmpeg', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
    file = path.join(dir, 'ba-giay.webm');
    if (installed)
      execFileSync('ffmpeg', [
        ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=3:size=160x90:rate=10'],
        ...['-c:v', 'libvpx', '-y', file],
      ]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!installed)('reads the duration and takes a JPEG frame', async () => {
    expect(await probe.duration(file)).toBe(3);
    const frame = await probe.frame(file, 1);
    expect(frame?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // A time past the end is clamped into the file.
    expect((await probe.frame(file, 999))?.length).toBeGreaterThan(100);
  });

  it('answers nothing, without throwing, for a file that is not a video or when the tools are missing', async () => {
    const junk = path.join(dir, 'junk.mp4');
    fs.writeFileSync(junk, 'not a video');
    expect(await probe.duration(junk)).toBeUndefined();
    expect(await probe.frame(junk, 1)).toBeUndefined();
    const absent = ffmpegProbe({ ffprobe: '/khong-co/ffprobe', ffmpeg: '/khong-co/ffmpeg' });
    expect(await absent.available()).toBe(false);
    expect(await absent.duration(junk)).toBeUndefined();
    expect(await absent.frame(junk, 1)).toBeUndefined();
  });
});
