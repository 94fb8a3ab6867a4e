import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import * as fx from '../../../test/support/media-fixtures.ts';
import { ImageRefused, probeImage, renditions } from './media.encode.ts';
import { MEDIA_MESSAGES as M } from './media.messages.ts';

describe('image re-encoding', () => {
  it('writes every format at each width below the main one, from a small image only the main ones', async () => {
    const small = await renditions(await fx.jpeg(200, 150), 'x/anh');
    expect(small.map((r) => r.variant.key)).toEqual(['x/anh.avif', 'x/anh.webp', 'x/anh.jpg']);
    expect(small.every((r) => r.variant.width === 200)).toBe(true);
  });

  it('flattens transparency onto white for JPEG and keeps it for AVIF and WebP', async () => {
    const out = await renditions(await fx.png(), 'x/logo');
    const channels = Object.fromEntries(
      await Promise.all(
        out.map(
          async (r) => [r.variant.format, (await sharp(r.data).metadata()).channels] as const,
        ),
      ),
    );
    expect(channels).toEqual({ avif: 4, webp: 4, jpeg: 3 });
    const jpeg = out.find((r) => r.variant.format === 'jpeg')!;
    const { data } = await sharp(jpeg.data).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200); // red over white, not over black
    expect(data[1]).toBeGreaterThan(100);
  });

  it('refuses what does not decode as the format its magic bytes claim', async () => {
    const truncated = (await fx.jpeg(64, 64)).subarray(0, 200);
    await expect(probeImage(truncated, 'jpg')).rejects.toThrow(
      new ImageRefused(M['media.bad_image']),
    );
    await expect(probeImage(await fx.png(), 'jpg')).rejects.toThrow(
      new ImageRefused(M['media.bad_image']),
    );
    await expect(probeImage(fx.heic(), 'heic')).rejects.toThrow(new ImageRefused(M['media.heic']));
    await expect(probeImage(await fx.jpeg(64, 48), 'jpg')).resolves.toEqual({
      width: 64,
      height: 48,
    });
  });
});
