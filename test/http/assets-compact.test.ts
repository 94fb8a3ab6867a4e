import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compactSource, loadAssets, PUBLIC_DIR } from '../../src/http/assets.ts';

const own = (ext: string) =>
  fs
    .readdirSync(PUBLIC_DIR)
    .filter((n) => n.endsWith(ext))
    .map((n) => ({ name: n, text: fs.readFileSync(path.join(PUBLIC_DIR, n), 'utf8') }));

describe('the hand-written assets are served compacted', () => {
  it('keeps every script valid and its strings whole', () => {
    for (const { name, text } of own('.js')) {
      // The compaction relies on these: no template literals, no comment-like text in strings.
      expect(text, name).not.toContain('`');
      const out = compactSource('.js', text).toString();
      expect(() => new vm.Script(out, { filename: name }), name).not.toThrow();
      const strings = (s: string) => s.match(/'(?:[^'\\\n]|\\.)*'/g) ?? [];
      expect(strings(out), name).toEqual(strings(text).filter((q) => out.includes(q)));
      expect(out.length, name).toBeLessThan(text.length);
      expect(out).not.toMatch(/^\s*\/\//m);
    }
  });

  it('keeps every stylesheet rule and drops comments and indentation', () => {
    for (const { name, text } of own('.css')) {
      const out = compactSource('.css', text).toString();
      const count = (s: string, c: string) => s.split(c).length - 1;
      const uncommented = text.replace(/\/\*[\s\S]*?\*\//g, '');
      expect(count(out, '{'), name).toBe(count(uncommented, '{'));
      expect(count(out, '}'), name).toBe(count(uncommented, '}'));
      expect(out, name).not.toContain('/*');
      expect(out, name).not.toMatch(/\n[ \t]/);
    }
  });

  it('serves the compacted body under the hash of what is served', () => {
    const assets = loadAssets();
    const name = assets.css.replace('/static/', '');
    const body = assets.files.get(name)!.body.toString();
    expect(body).toBe(
      compactSource('.css', fs.readFileSync(path.join(PUBLIC_DIR, 'site.css'), 'utf8')).toString(),
    );
  });
});
