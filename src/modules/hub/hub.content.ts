import { NotFound, Gone } from '../../http/errors.ts';
import { ROLE_LABELS, type Account } from '../account/account.ts';
import type { ArticleService } from '../article/article.service.ts';
import { albumHref } from '../album/album.ts';
import type { AlbumService } from '../album/album.service.ts';
import { documentPath } from '../document/document.ts';
import type { DocumentService } from '../document/document.service.ts';
import { formatDuration, videoHref } from '../video/video.ts';
import type { VideoService } from '../video/video.service.ts';
import type { BlockItem, ContentRef, HubContent, HubEditorChoice } from './hub.block.ts';
import { mayBeHubEditor } from './hub.policy.ts';

/** "2025-10-14" → "14/10/2025". */
const vnDay = (d: string) => d.split('-').reverse().join('/');

/** Not public (missing, draft or withdrawn) reads as "nothing there" for a block. */
async function orNothing<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof NotFound || err instanceof Gone) return undefined;
    throw err;
  }
}

/**
 * The published content a hub's blocks point at, read through each module's own public
 * lookups (so a draft, withdrawn or other site's item never shows). Wired in src/services.ts.
 */
export function hubContent(deps: {
  articles: Pick<ArticleService, 'articlePage' | 'tagPage'>;
  albums: () => Pick<AlbumService, 'publicAlbum'>;
  videos: () => Pick<VideoService, 'publicVideo'>;
  documents: Pick<DocumentService, 'publicDocument'>;
}): HubContent {
  return {
    async byTag(slug, limit) {
      const page = await deps.articles.tagPage(slug, 1);
      if (!page) return undefined;
      return {
        name: page.tag.name,
        href: `/tu-khoa/${page.tag.slug}`,
        items: page.list.items.slice(0, limit).map((a) => ({
          kind: 'article' as const,
          title: a.title,
          href: a.path,
          at: a.publishedAt,
        })),
      };
    },
    async find(ref: ContentRef): Promise<BlockItem | undefined> {
      switch (ref.kind) {
        case 'article': {
          const a = (await deps.articles.articlePage(ref.id))?.article;
          return a && { kind: ref.kind, title: a.title, href: a.path, at: a.publishedAt };
        }
        case 'album': {
          const a = (await orNothing(deps.albums().publicAlbum(ref.id)))?.album;
          return a && { kind: ref.kind, title: a.title, href: albumHref(a), at: a.publishedAt };
        }
        case 'video': {
          const v = (await orNothing(deps.videos().publicVideo(ref.id)))?.video;
          return (
            v && {
              kind: ref.kind,
              title: v.title,
              href: videoHref(v),
              at: v.publishedAt,
              note: v.durationSeconds
                ? `Thời lượng ${formatDuration(v.durationSeconds)}`
                : undefined,
            }
          );
        }
        case 'document': {
          const d = await deps.documents.publicDocument(ref.id);
          if (d?.status !== 'published') return undefined;
          return (
            d && {
              kind: ref.kind,
              title: `${d.typeName} số ${d.number}: ${d.summary}`,
              href: documentPath(d),
              at: null,
              note: d.issuedOn ? `Ban hành ngày ${vnDay(d.issuedOn)}` : undefined,
            }
          );
        }
      }
    },
  };
}

/** The accounts of this site that may be named a hub's editor, by name. */
export async function hubEditorChoices(list: () => Promise<Account[]>): Promise<HubEditorChoice[]> {
  return (await list())
    .filter(mayBeHubEditor)
    .map((a) => ({ id: a.id, name: a.fullName || a.username, roleLabel: ROLE_LABELS[a.role] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
