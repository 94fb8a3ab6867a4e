import sanitizeHtml from 'sanitize-html';

/**
 * The one place raw HTML is produced for rendering: article and page bodies pass through here
 * before they are stored. Allows the structured-text elements only; links get safe schemes.
 */
export function sanitizeBody(
  html: string,
  opts: { image?: (src: string) => Record<string, string> | undefined } = {},
): string {
  return sanitizeHtml(html.normalize('NFC'), {
    allowedTags: [
      'p',
      'h2',
      'h3',
      'h4',
      'ul',
      'ol',
      'li',
      'blockquote',
      'strong',
      'em',
      'u',
      's',
      'sub',
      'sup',
      'br',
      'a',
      'figure',
      'figcaption',
      'img',
      'picture',
      'source',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'caption',
      'hr',
      'video',
      'span',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
      figure: ['class'],
      span: ['class'],
      video: ['src', 'controls', 'preload', 'poster', 'width', 'height'],
      source: ['src', 'srcset', 'sizes', 'type'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    // Images, video and their sources only from this site (relative URLs): nothing third-party.
    allowedSchemesByTag: { img: [], source: [], video: [] },
    allowedClasses: { figure: ['image', 'video', 'table'], span: ['credit'] },
    allowProtocolRelative: false,
    transformTags: {
      // Images get responsive attributes from the media library (when the caller knows them).
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.src ? opts.image?.(attribs.src) : undefined) },
      }),
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      }),
    },
  });
}

/** Escapes text for inclusion in HTML built outside JSX (seed, feeds). */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
