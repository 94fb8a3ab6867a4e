import { escapeHtml } from '../../lib/html.ts';
import {
  figureHtml,
  mediaUrl,
  srcset,
  thumbnailKey,
  type ImageFormat,
  type Media,
  type MediaKind,
} from './media.ts';

/** A library item as the JSON API gives it to the editor (documented in docs/ARCHITECTURE.md). */
export interface MediaJson {
  id: number;
  kind: MediaKind;
  name: string;
  mime: string;
  /** The file to link: the main JPEG of an image, the document or video itself. */
  url: string;
  bytes: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  /** Every rendition of an image (empty for documents and videos). */
  variants: { format: ImageFormat; width: number; height: number; url: string; bytes: number }[];
  /** Ready-made `srcset` per format, and a small JPEG for pickers. */
  srcset?: Record<ImageFormat, string>;
  thumbnail?: string;
  /** The figure as stored in an article body, with the item's own caption, alt and credit. */
  figureHtml?: string;
  createdAt: string;
  updatedAt: string | null;
  uploadedBy: { id: number; name: string } | null;
  /** The item's page in the back office. */
  adminUrl: string;
}

/** Maps an item to its JSON form. */
export function mediaJson(m: Media): MediaJson {
  const image = m.kind === 'image';
  return {
    id: m.id,
    kind: m.kind,
    name: m.originalName,
    mime: m.mime,
    url: mediaUrl(m.key),
    bytes: m.byteSize,
    width: image ? m.width : null,
    height: image ? m.height : null,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    variants: m.variants.map((v) => ({
      format: v.format,
      width: v.width,
      height: v.height,
      url: mediaUrl(v.key),
      bytes: v.bytes,
    })),
    ...(image && {
      srcset: { avif: srcset(m, 'avif'), webp: srcset(m, 'webp'), jpeg: srcset(m, 'jpeg') },
      thumbnail: mediaUrl(thumbnailKey(m)),
      figureHtml: figureHtml(m, m.caption, m.alt, escapeHtml, m.credit),
    }),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt?.toISOString() ?? null,
    uploadedBy: m.uploader,
    adminUrl: `/quan-tri/thu-vien/${m.id}`,
  };
}
