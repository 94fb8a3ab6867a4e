import type sharpModule from 'sharp';

let loaded: Promise<typeof sharpModule> | undefined;

/**
 * sharp (libvips), loaded on first use: most processes never touch an image after start-up, and
 * loading it costs about 16 MB of memory and part of the start-up time.
 */
export function loadSharp(): Promise<typeof sharpModule> {
  loaded ??= import('sharp').then((m) => m.default);
  return loaded;
}
