import { Node, mergeAttributes } from '@tiptap/core';

/**
 * The credit as typed, from the text of its `<span class="credit">`: rendering wraps it in one
 * pair of brackets, so reading takes exactly one pair off (a credit typed with its own brackets,
 * "(TTXVN)", keeps them). Without this every save added a pair.
 */
export function creditFromText(text: string): string {
  const t = text.trim();
  return /^\(.*\)$/s.test(t) ? t.slice(1, -1).trim() : t;
}

/** An image with its caption and credit, stored as <figure class="image"><img><figcaption>. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: '' },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.image',
        getAttrs: (el) => {
          const img = el.querySelector('img');
          const cap = el.querySelector('figcaption');
          const credit = creditFromText(cap?.querySelector('.credit')?.textContent ?? '');
          const capText = cap
            ? Array.from(cap.childNodes)
                .filter((n) => !(n instanceof HTMLElement && n.classList.contains('credit')))
                .map((n) => n.textContent)
                .join('')
                .trim()
            : '';
          return img
            ? {
                src: img.getAttribute('src') ?? '',
                alt: img.getAttribute('alt') ?? '',
                caption: capText,
                credit,
              }
            : false;
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (el) => ({
          src: el.getAttribute('src') ?? '',
          alt: el.getAttribute('alt') ?? '',
        }),
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, alt, caption, credit } = HTMLAttributes as Record<string, string>;
    const cap: unknown[] = ['figcaption', {}, caption || ''];
    if (credit) cap.push(['span', { class: 'credit' }, ` (${credit})`]);
    return [
      'figure',
      mergeAttributes({ class: 'image' }),
      ['img', { src, alt }],
      ...(caption || credit ? [cap] : []),
    ] as never;
  },
});

/** An uploaded video: <figure class="video"><video controls src>. */
export const Video = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  selectable: true,
  addAttributes() {
    return { src: { default: '' }, caption: { default: '' } };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.video',
        getAttrs: (el) => ({
          src: el.querySelector('video')?.getAttribute('src') ?? '',
          caption: el.querySelector('figcaption')?.textContent ?? '',
        }),
      },
      { tag: 'video[src]', getAttrs: (el) => ({ src: el.getAttribute('src') ?? '' }) },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, caption } = HTMLAttributes as Record<string, string>;
    return [
      'figure',
      { class: 'video' },
      ['video', { src, controls: 'controls', preload: 'metadata' }],
      ...(caption ? [['figcaption', {}, caption]] : []),
    ] as never;
  },
});
