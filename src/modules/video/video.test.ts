import { describe, expect, it } from 'vitest';
import { checkWebVtt, formatDuration, parseDuration, videoPublishProblems } from './video.ts';

const vtt = (s: string) => Buffer.from(s, 'utf8');

describe('WebVTT check', () => {
  it('accepts a well-formed file and refuses the rest with a reason', () => {
    expect(checkWebVtt(vtt('WEBVTT\n\n00:00.000 --> 00:02.500\nXin chào\n')).ok).toBe(true);
    expect(
      checkWebVtt(vtt('\uFEFFWEBVTT - phụ đề\n\n01:00:00.000 --> 01:00:02.000 line:0\nA\n')).ok,
    ).toBe(true);
    const bad = [
      vtt(''),
      vtt('1\n00:00:00,000 --> 00:00:01,000\nSRT\n'),
      vtt('WEBVTT\n\n'),
      vtt('WEBVTT\n\n00:02.000 --> 00:01.000\nngược\n'),
      vtt('WEBVTT\n\n00:61.000 --> 00:62.000\nx\n'),
      Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xc3, 0x28]),
      Buffer.alloc(600 * 1024, 'a'),
    ];
    for (const b of bad) expect(checkWebVtt(b).ok).toBe(false);
  });

  it('formats and parses durations; a video needs its file and captions to publish', () => {
    expect(formatDuration(247)).toBe('4:07');
    expect(formatDuration(3909)).toBe('1:05:09');
    expect(parseDuration('4:07')).toBe(247);
    expect(parseDuration('1:05:09')).toBe(3909);
    expect(parseDuration('4:77')).toBeUndefined();
    expect(parseDuration('abc')).toBeUndefined();
    expect(videoPublishProblems({ mediaId: 1, captionsKey: '' })).toHaveLength(1);
    expect(videoPublishProblems({ mediaId: 1, captionsKey: 'v.vtt' })).toEqual([]);
  });
});
