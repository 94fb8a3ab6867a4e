import fs from 'node:fs/promises';
import path from 'node:path';
import { DEMO_MEDIA_DIR } from '../src/seed/seed.ts';
import { decodeMaster, encode, renditionWidths } from '../src/modules/media/media.encode.ts';
import type { ImageFormat } from '../src/modules/media/media.ts';
import type { BenchRows, Scenario } from './bench.ts';

const RUNS = 5;

/**
 * Time to re-encode one 1200×800 demo JPEG into the library's renditions, per format (every width
 * of that format: 480, 800 and the 1200 main one), median of RUNS runs after one warm-up.
 */
export const mediaEncode: Scenario = {
  name: 'media-encode',
  description: 'encode time of AVIF, WebP and JPEG renditions of a 1200×800 photo (median of 5)',
  async run(): Promise<BenchRows> {
    const data = await fs.readFile(path.join(DEMO_MEDIA_DIR, '1-hoi-thao-khoa-hoc.jpg'));
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const decodeMs: number[] = [];
    const rows: BenchRows = [];
    const byFormat = new Map<ImageFormat, { ms: number[]; bytes: number; files: number }>();
    for (let run = 0; run <= RUNS; run++) {
      let t = performance.now();
      const master = await decodeMaster(data);
      if (run > 0) decodeMs.push(performance.now() - t);
      for (const format of ['avif', 'webp', 'jpeg'] as const) {
        t = performance.now();
        let bytes = 0;
        const widths = renditionWidths(master);
        for (const w of widths) bytes += (await encode(master, format, 'bench/x', w)).variant.bytes;
        const entry = byFormat.get(format) ?? { ms: [], bytes, files: widths.length };
        if (run > 0) entry.ms.push(performance.now() - t);
        byFormat.set(format, entry);
      }
    }
    rows.push({
      step: 'decode (once per image)',
      files: 0,
      'median ms': Math.round(median(decodeMs)),
      'total KB': '',
    });
    for (const [format, e] of byFormat)
      rows.push({
        step: `encode ${format}`,
        files: e.files,
        'median ms': Math.round(median(e.ms)),
        'total KB': Math.round(e.bytes / 1024),
      });
    const total = median(decodeMs) + [...byFormat.values()].reduce((s, e) => s + median(e.ms), 0);
    rows.push({
      step: 'whole image',
      files: [...byFormat.values()].reduce((s, e) => s + e.files, 0),
      'median ms': Math.round(total),
      'total KB': '',
    });
    return rows;
  },
};
