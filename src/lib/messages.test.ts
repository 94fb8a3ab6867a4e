import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_MESSAGES, NotFound, Validation } from '../http/errors.ts';
import { type Catalogue, speaker } from './messages.ts';

const SRC = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every catalogue of the app: `src/modules/<noun>/*.messages.ts`, plus the generic one. */
async function catalogues(): Promise<{ prefix: string; file: string; catalogue: Catalogue }[]> {
  const found: { prefix: string; file: string; catalogue: Catalogue }[] = [
    { prefix: 'http', file: 'src/http/errors.ts', catalogue: HTTP_MESSAGES },
  ];
  for (const file of sourceFiles(path.join(SRC, 'modules')).filter((f) =>
    f.endsWith('.messages.ts'),
  )) {
    const mod = (await import(file)) as Record<string, unknown>;
    // A catalogue is an export named <NOUN>_MESSAGES (other exports, e.g. labels, are not).
    for (const name of Object.keys(mod).filter((k) => k.endsWith('_MESSAGES')))
      found.push({
        prefix: path.basename(path.dirname(file)),
        file: path.relative(path.dirname(SRC), file),
        catalogue: mod[name] as Catalogue,
      });
  }
  return found;
}

describe('message catalogues', () => {
  it('give every message a unique code under its module, in NFC, never empty', async () => {
    const all = await catalogues();
    expect(all.length).toBeGreaterThan(10);
    const seen = new Map<string, string>();
    for (const { prefix, file, catalogue } of all) {
      for (const [code, entry] of Object.entries(catalogue)) {
        expect(code, file).toMatch(new RegExp(`^${prefix}\\.[a-z][a-z0-9_]*$`));
        expect(seen.get(code), `${code} in ${file}`).toBeUndefined();
        seen.set(code, file);
        const text = typeof entry === 'function' ? entry.toString() : entry;
        expect(text.trim().length, code).toBeGreaterThan(0);
        expect(text, code).toBe(text.normalize('NFC'));
      }
    }
  });

  it('use every code somewhere outside its catalogue', async () => {
    const sources = sourceFiles(SRC).map((f) => readFileSync(f, 'utf8'));
    const unused: string[] = [];
    for (const { catalogue } of await catalogues())
      for (const code of Object.keys(catalogue)) {
        const uses = sources.reduce((n, s) => n + s.split(`'${code}'`).length - 1, 0);
        // Once where it is defined, at least once where it is said.
        if (uses < 2) unused.push(code);
      }
    expect(unused).toEqual([]);
  });

  it('say() gives the text with its code, and errors carry the code', () => {
    const say = speaker({ 'x.plain': 'Chữ', 'x.made': (n: number) => `Có ${n} mục` } as const);
    expect(say('x.plain')).toEqual({ code: 'x.plain', message: 'Chữ' });
    expect(say('x.made', 3)).toEqual({ code: 'x.made', message: 'Có 3 mục' });
    expect(new NotFound(say('x.plain'))).toMatchObject({ status: 404, code: 'x.plain' });
    expect(new NotFound()).toMatchObject({
      code: 'http.not_found',
      message: 'Không tìm thấy trang',
    });
    const v = Validation.of('title', say('x.plain'));
    expect(v).toMatchObject({ status: 400, code: 'x.plain', fields: { title: 'Chữ' } });
  });
});
