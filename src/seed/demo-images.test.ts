import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoArticles } from './demo-articles.ts';
import { sharedCaptions } from './demo-captions.ts';
import { demoHubArticles } from './demo-hub.ts';
import { referenceArticle } from './reference-article.ts';
import { demoPages } from './demo-pages.ts';

const MEDIA = path.join(import.meta.dirname, 'media');
const byDateDesc = [...demoArticles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

describe('demo illustrations', () => {
  it('every picture the seed names exists, 1200×800 JPEG within the 120 KB budget', async () => {
    const files = new Set<string>();
    for (const a of [...demoArticles, ...demoPages]) {
      if ('image' in a && a.image) files.add(a.image.file);
      for (const b of a.body) if (b.type === 'figure') files.add(b.image);
    }
    for (const f of files) {
      const p = path.join(MEDIA, f);
      expect(existsSync(p), f).toBe(true);
      expect(statSync(p).size, f).toBeLessThanOrEqual(120 * 1024);
      const meta = await sharp(p).metadata();
      expect([meta.format, meta.width, meta.height], f).toEqual(['jpeg', 1200, 800]);
    }
  });

  it('no two articles of one section share a cover, so "Tin cùng chuyên mục" never repeats a picture', () => {
    const seen = new Map<string, string>();
    for (const a of demoArticles) {
      const key = `${a.section}/${a.image.file}`;
      expect(seen.get(key), `${a.title} and ${seen.get(key)} share ${key}`).toBeUndefined();
      seen.set(key, a.title);
    }
  });

  it('the home page first screen (5 featured, then 6 latest) shows each picture once', () => {
    const featured = byDateDesc.filter((a) => a.featured).slice(0, 5);
    const latest = byDateDesc.filter((a) => !featured.includes(a)).slice(0, 6);
    const files = [...featured, ...latest].map((a) => a.image.file);
    expect(new Set(files).size).toBe(files.length);
  });

  it('a cover never shows a caption written for another article', () => {
    // As the seed imports them: each article's cover, then its body's pictures; one library
    // entry per picture, captioned by its first use unless it is a shared one.
    const all = [referenceArticle, ...demoArticles, ...demoHubArticles];
    const caption = new Map<string, string>();
    const use = (file: string, text: string) => {
      if (!caption.has(file)) caption.set(file, sharedCaptions[file] ?? text);
    };
    for (const a of all) {
      use(a.image.file, a.image.caption);
      for (const b of a.body) if (b.type === 'figure') use(b.image, b.caption);
    }
    for (const a of all) {
      const shown = caption.get(a.image.file);
      expect([a.image.caption, sharedCaptions[a.image.file]], a.title).toContain(shown);
    }
    // The reference article's picture keeps the reference page's own caption.
    expect(sharedCaptions[referenceArticle.image.file]).toBeUndefined();
  });
});
