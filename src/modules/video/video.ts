import type { AlbumStatus } from '../album/album.ts';

/** A video's record: the library file, its captions and poster, through the album workflow. */
export interface Video {
  id: number;
  slug: string;
  title: string;
  description: string;
  mediaId: number | null;
  posterMediaId: number | null;
  /** Storage key of the WebVTT captions ('' until uploaded). */
  captionsKey: string;
  transcript: string;
  durationSeconds: number;
  credit: string;
  eventThreadId: number | null;
  status: AlbumStatus;
  authorId: number | null;
  correction: string;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  /** The video's page on YouTube or Vimeo ('' when none), shown behind a facade. */
  externalUrl: string;
}

/** Largest captions file accepted. */
export const MAX_VTT_BYTES = 512 * 1024;

/** Public address of a video. */
export function videoHref(v: Pick<Video, 'slug' | 'id'>): string {
  return `/video/${v.slug}-${v.id}`;
}

/** "1:05:09" / "4:07" from seconds. */
export function formatDuration(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** "4:07" or "1:05:09" (or plain seconds) → seconds; undefined when not a duration. */
export function parseDuration(raw: string): number | undefined {
  const t = raw.trim();
  if (t === '') return 0;
  const m = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (m) {
    const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
    return min < 60 && s < 60 ? h * 3600 + min * 60 + s : undefined;
  }
  return /^\d{1,5}$/.test(t) ? Number(t) : undefined;
}

const TIME = /^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}$/;

/**
 * Checks a WebVTT file the way browsers read it (W3C WebVTT): UTF-8, the "WEBVTT" signature,
 * then at least one cue whose timing line is "start --> end" with end after start. Returns the
 * text (BOM removed) or the Vietnamese reason it is refused.
 */
export function checkWebVtt(
  data: Buffer,
): { ok: true; text: string } | { ok: false; error: string } {
  if (data.length === 0) return { ok: false, error: 'Tệp phụ đề trống.' };
  if (data.length > MAX_VTT_BYTES)
    return { ok: false, error: 'Tệp phụ đề quá lớn (tối đa 512 KB).' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, error: 'Tệp phụ đề phải mã hóa UTF-8.' };
  }
  if (text.includes('\0')) return { ok: false, error: 'Tệp phụ đề chứa ký tự không hợp lệ.' };
  const lines = text.split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? ''))
    return { ok: false, error: 'Không phải tệp WebVTT (.vtt): dòng đầu phải là “WEBVTT”.' };
  const seconds = (t: string) => {
    const parts = t.split(':').map(Number);
    return parts.reduce((acc, p) => acc * 60 + p, 0);
  };
  let cues = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.includes('-->')) continue;
    const [start = '', rest = ''] = line.split('-->').map((s) => s.trim());
    const end = rest.split(/[ \t]/)[0] ?? '';
    if (!TIME.test(start) || !TIME.test(end) || seconds(end) <= seconds(start))
      return { ok: false, error: `Dòng ${i + 1} của tệp phụ đề có mốc thời gian không hợp lệ.` };
    cues++;
  }
  if (cues === 0) return { ok: false, error: 'Tệp phụ đề chưa có câu phụ đề nào.' };
  return { ok: true, text };
}

/**
 * Why a video cannot be published yet ([] when it can): a file or an external source, and
 * captions for an uploaded file (WCAG 1.2.2). A video only on an external host carries the
 * host's own captions, which this site cannot check; the form says so.
 */
export function videoPublishProblems(
  v: Pick<Video, 'mediaId' | 'captionsKey'> & { externalUrl?: string },
): string[] {
  const out: string[] = [];
  if (!v.mediaId && !v.externalUrl) out.push('Chưa chọn tệp video.');
  if (v.mediaId && !v.captionsKey) out.push('Chưa có phụ đề (.vtt): bắt buộc để xuất bản video.');
  return out;
}
