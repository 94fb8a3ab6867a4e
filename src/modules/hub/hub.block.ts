import { parseDateInput } from '../../lib/date-input.ts';
import { checkLinkUrl } from '../../lib/url.ts';

/** What a block of a hub's page shows; the editor arranges them in order. */
export type HubBlockKind = 'latest' | 'featured' | 'media' | 'documents' | 'links' | 'milestones';

export const HUB_BLOCK_KINDS: readonly HubBlockKind[] = [
  'latest',
  'featured',
  'media',
  'documents',
  'links',
  'milestones',
];

/** Each kind as editors read it: its name, default heading and how to fill its lines. */
export const HUB_BLOCK_INFO: Record<
  HubBlockKind,
  { label: string; heading: string; hint: string }
> = {
  latest: {
    label: 'Tin mới nhất',
    heading: 'Tin mới nhất',
    hint: 'Để trống: tin bài mới nhất của dòng sự kiện. Hoặc ghi địa chỉ một thẻ (ví dụ dai-hoi-dang) để lấy tin theo thẻ.',
  },
  featured: {
    label: 'Bài viết nổi bật',
    heading: 'Bài viết nổi bật',
    hint: 'Mỗi dòng một bài đã xuất bản: dán địa chỉ bài (ví dụ /tin-trong-tinh/khai-mac-dai-hoi-123) hoặc số hiệu bài.',
  },
  media: {
    label: 'Album ảnh và video',
    heading: 'Ảnh và video',
    hint: 'Mỗi dòng một địa chỉ album (/thu-vien-anh/…) hoặc video (/video/…). Để trống: album và video mới nhất của dòng sự kiện.',
  },
  documents: {
    label: 'Văn bản',
    heading: 'Văn bản',
    hint: 'Mỗi dòng một văn bản đã công bố: dán địa chỉ văn bản (/van-ban/…) hoặc số hiệu.',
  },
  links: {
    label: 'Liên kết',
    heading: 'Liên kết',
    hint: 'Mỗi dòng: Tên liên kết | địa chỉ (https://… hoặc /đường-dẫn trên trang này).',
  },
  milestones: {
    label: 'Các mốc thời gian',
    heading: 'Các mốc thời gian',
    hint: 'Mỗi dòng: ngày | nội dung, thêm | địa chỉ nếu có. Ví dụ: 14/10/2025 | Khai mạc Đại hội',
  },
};

/** Whether `s` is a block kind. */
export function isHubBlockKind(s: string): s is HubBlockKind {
  return (HUB_BLOCK_KINDS as readonly string[]).includes(s);
}

/** One block as stored: the editor's heading and lines. */
export interface HubBlock {
  id: number;
  hubId: number;
  kind: HubBlockKind;
  heading: string;
  body: string;
}

/** A reference to published content of another module, named by its public address or id. */
export interface ContentRef {
  kind: 'article' | 'album' | 'video' | 'document';
  id: number;
}

/** A link of a links block. */
export interface HubLink {
  label: string;
  url: string;
}

/** A milestone of a timeline block. */
export interface Milestone {
  /** "YYYY-MM-DD". */
  day: string;
  label: string;
  href: string;
}

/** What a block's lines mean once parsed (or the Vietnamese problems, one per bad line). */
export type ParsedBlock =
  | { kind: 'latest'; tag: string }
  | { kind: 'featured' | 'media' | 'documents'; refs: ContentRef[] }
  | { kind: 'links'; links: HubLink[] }
  | { kind: 'milestones'; milestones: Milestone[] };

/** Most lines a block keeps (a hub page is not an archive). */
export const MAX_BLOCK_LINES = 30;

const lines = (body: string) =>
  body
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .map((text, i) => ({ text, n: i + 1 }))
    .filter((l) => l.text !== '');

/** "/section/slug-123", "https://host/video/slug-7?x" or "123" → the path and the trailing id. */
function refOf(text: string): { path: string; id: number } | undefined {
  if (/^[0-9]{1,9}$/.test(text)) return { path: '', id: Number(text) };
  let path = text;
  if (/^https?:\/\//i.test(text)) {
    try {
      path = new URL(text).pathname;
    } catch {
      return undefined;
    }
  }
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  const m = /-([0-9]{1,9})(?:\.html)?\/?$/.exec(path);
  return m ? { path, id: Number(m[1]) } : undefined;
}

function refsOf(kind: 'featured' | 'media' | 'documents', text: string): ContentRef | undefined {
  const r = refOf(text);
  if (!r || r.id < 1) return undefined;
  if (kind === 'featured') return { kind: 'article', id: r.id };
  if (kind === 'documents')
    return r.path === '' || r.path.startsWith('/van-ban/')
      ? { kind: 'document', id: r.id }
      : undefined;
  if (r.path.startsWith('/thu-vien-anh/')) return { kind: 'album', id: r.id };
  if (r.path.startsWith('/video/')) return { kind: 'video', id: r.id };
  return undefined;
}

/**
 * Parses a block's lines; pure (the service then checks that referenced content exists).
 * Problems name the line, in Vietnamese, so the form can show them.
 */
export function parseBlock(
  kind: HubBlockKind,
  body: string,
): { ok: true; block: ParsedBlock } | { ok: false; problems: string[] } {
  const ls = lines(body);
  const problems: string[] = [];
  if (ls.length > MAX_BLOCK_LINES) problems.push(`Tối đa ${MAX_BLOCK_LINES} dòng.`);
  const bad = (n: number, why: string) => problems.push(`Dòng ${n}: ${why}`);
  let block: ParsedBlock;
  switch (kind) {
    case 'latest': {
      const tag = ls[0]?.text ?? '';
      if (ls.length > 1) problems.push('Chỉ ghi một thẻ (một dòng).');
      if (tag && !/^[a-z0-9-]{1,100}$/.test(tag))
        bad(1, 'địa chỉ thẻ chỉ gồm chữ thường không dấu, số và dấu gạch ngang.');
      block = { kind, tag };
      break;
    }
    case 'featured':
    case 'media':
    case 'documents': {
      const refs: ContentRef[] = [];
      for (const l of ls) {
        const r = refsOf(kind, l.text);
        if (!r)
          bad(
            l.n,
            kind === 'media'
              ? 'cần địa chỉ một album (/thu-vien-anh/…) hoặc video (/video/…).'
              : 'cần địa chỉ hoặc số hiệu hợp lệ.',
          );
        else if (!refs.some((x) => x.kind === r.kind && x.id === r.id)) refs.push(r);
      }
      block = { kind, refs };
      break;
    }
    case 'links': {
      const links: HubLink[] = [];
      for (const l of ls) {
        const [label = '', url = '', ...rest] = l.text.split('|').map((s) => s.trim());
        const checked = checkLinkUrl(url, { allowPath: true });
        if (!label || rest.length > 0) bad(l.n, 'ghi theo mẫu “Tên liên kết | địa chỉ”.');
        else if (label.length > 200) bad(l.n, 'tên liên kết tối đa 200 ký tự.');
        else if (!checked.ok) bad(l.n, checked.message);
        else links.push({ label, url: checked.url });
      }
      block = { kind, links };
      break;
    }
    case 'milestones': {
      const milestones: Milestone[] = [];
      for (const l of ls) {
        const [date = '', label = '', href = '', ...rest] = l.text.split('|').map((s) => s.trim());
        const day = parseDateInput(date);
        const link = href ? checkLinkUrl(href, { allowPath: true }) : undefined;
        if (!label || rest.length > 0) bad(l.n, 'ghi theo mẫu “ngày | nội dung”.');
        else if (!day) bad(l.n, 'ngày không hợp lệ (ví dụ 14/10/2025).');
        else if (label.length > 300) bad(l.n, 'nội dung tối đa 300 ký tự.');
        else if (link && !link.ok) bad(l.n, link.message);
        else milestones.push({ day, label, href: link?.ok ? link.url : '' });
      }
      milestones.sort((a, b) => a.day.localeCompare(b.day));
      block = { kind, milestones };
      break;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, block };
}

/** One piece of published content as a block lists it. */
export interface BlockItem {
  kind: ContentRef['kind'];
  title: string;
  href: string;
  at: Date | null;
  /** A short line under the title (a document's number and date, a video's duration). */
  note?: string;
}

/** A block ready to render: its heading and what it shows now. */
export type HubBlockView =
  | {
      id: number;
      kind: 'latest' | 'featured' | 'media' | 'documents';
      heading: string;
      items: BlockItem[];
      more?: { label: string; href: string };
    }
  | { id: number; kind: 'links'; heading: string; links: HubLink[] }
  | { id: number; kind: 'milestones'; heading: string; milestones: Milestone[] };

/** Published content of the other modules, looked up for the blocks (this site's only). */
export interface HubContent {
  /** The newest published articles with a tag (by its slug); undefined when no such tag. */
  byTag(
    slug: string,
    limit: number,
  ): Promise<{ name: string; href: string; items: BlockItem[] } | undefined>;
  /** A published item, or undefined when it is not public. */
  find(ref: ContentRef): Promise<BlockItem | undefined>;
}

/** An account the Ban biên tập may name a hub's editor. */
export interface HubEditorChoice {
  id: number;
  name: string;
  roleLabel: string;
}
