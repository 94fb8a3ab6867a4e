import { describe, expect, it } from 'vitest';
import { liveValues } from './live-values.tsx';

/** A most-read source whose answers the test releases one by one, and the site each was read in. */
function fixture() {
  let t = 1_000_000;
  const reads: { site: number | undefined; release: (titles: string[]) => void }[] = [];
  let scope: number | undefined;
  const live = liveValues<string>({
    stats: {
      pendingReadsOf: () => 0,
      snapshotNow: () => undefined,
      snapshot: () => Promise.reject(new Error('not used')),
    },
    articles: {
      mostRead: () =>
        new Promise<string[]>((resolve) => reads.push({ site: scope, release: resolve })),
      readCountNow: () => undefined,
      readCount: () => Promise.resolve(0),
    },
    mostReadBlock: (items) => (
      <ol>
        {items.map((x) => (
          <li>{x}</li>
        ))}
      </ol>
    ),
    relink: (html, prefix) => html.replace('<ol>', `<ol data-prefix="${prefix}">`),
    inSite: (siteId, fn) => {
      const before = scope;
      scope = siteId;
      try {
        return fn();
      } finally {
        scope = before;
      }
    },
    clock: () => new Date(t),
  });
  return { live, reads, tick: (ms: number) => (t += ms) };
}

const state = { epoch: 1, siteId: 7, prefix: '/xa/muong-nhe', validUntil: Infinity };

describe('the most-read block without waiting', () => {
  it('shows the last list while a newer one is read, for a while, and reads it in the site', async () => {
    const f = fixture();
    const first = f.live.values(['most-read'], state);
    f.reads[0]!.release(['Bài A']);
    expect((await first)[0]).toContain('Bài A');
    expect(f.live.now(['most-read'], state)?.[0]).toContain('data-prefix="/xa/muong-nhe"');

    // After a second: still shown at once, and a refresh starts in the site's scope.
    f.tick(1500);
    expect(f.live.now(['most-read'], state)?.[0]).toContain('Bài A');
    expect(f.reads).toHaveLength(2);
    expect(f.reads[1]!.site).toBe(7);
    // While it is read, the old list still shows; then the new one.
    expect(f.live.now(['most-read'], state)?.[0]).toContain('Bài A');
    f.reads[1]!.release(['Bài B']);
    await new Promise((r) => setTimeout(r, 0));
    expect(f.live.now(['most-read'], state)?.[0]).toContain('Bài B');

    // Too old (no reads for long): the page waits for a fresh list instead.
    f.tick(5000);
    expect(f.live.now(['most-read'], state)).toBeUndefined();
    // Another epoch (content changed): never the old list.
    expect(f.live.now(['most-read'], { ...state, epoch: 2 })).toBeUndefined();
  });
});
