import { describe, expect, it } from 'vitest';
import { duration, progressBar, progressLine } from './progress-bar.ts';

/** A fake stream: a terminal or not, recording what is written. */
const stream = (tty: boolean) => {
  const written: string[] = [];
  const out = {
    isTTY: tty,
    columns: 200,
    write: (s: string) => written.push(s) > 0,
  } as unknown as NodeJS.WriteStream;
  return { out, written };
};

describe('command-line progress bar', () => {
  it('shows counts, percentage, rate and time left', () => {
    const line = progressLine('Bài viết', 2500, 10000, 5);
    expect(line).toContain('2.500/10.000 (25%)');
    expect(line).toContain('500/giây');
    expect(line).toContain('còn 15 giây');
    expect(line.match(/█/g)).toHaveLength(8);
    expect(progressLine('Bài viết', 0, 100, 0)).toContain('còn …');
  });

  it('speaks Vietnamese durations', () => {
    expect(duration(5)).toBe('5 giây');
    expect(duration(185)).toBe('3 phút 5 giây');
    expect(duration(3725)).toBe('1 giờ 2 phút');
  });

  it('draws nothing when the output is not a terminal', () => {
    const { out, written } = stream(false);
    const bar = progressBar('Bài viết', out);
    bar.update(10, 100);
    bar.stop();
    expect(written).toEqual([]);
  });

  it('redraws in place on a terminal, at most every 200 ms, and ends the line', () => {
    const { out, written } = stream(true);
    let t = 0;
    const bar = progressBar('Bài viết', out, () => t);
    bar.update(10, 100);
    t = 50;
    bar.update(20, 100); // too soon: skipped
    t = 300;
    bar.update(30, 100);
    bar.stop();
    expect(written.filter((w) => w.startsWith('\r'))).toHaveLength(3);
    expect(written.every((w) => w === '\n' || w.startsWith('\r'))).toBe(true);
    expect(written.at(-1)).toBe('\n');
    expect(written.at(-2)).toContain('30/100');
  });
});
