import { mediaUrl, srcset, type Media } from '../media.ts';

/** A responsive picture: AVIF (when encoded), then WebP, JPEG fallback, real dimensions (no layout shift). */
export function Picture(props: {
  media: Media;
  sizes: string;
  alt?: string;
  eager?: boolean;
  class?: string;
}) {
  const m = props.media;
  const avif = srcset(m, 'avif');
  return (
    <picture class={props.class}>
      {avif && <source type="image/avif" srcset={avif} sizes={props.sizes} />}
      <source type="image/webp" srcset={srcset(m, 'webp')} sizes={props.sizes} />
      <img
        src={mediaUrl(m.key)}
        srcset={srcset(m, 'jpeg')}
        sizes={props.sizes}
        width={m.width}
        height={m.height}
        alt={props.alt ?? m.alt}
        loading={props.eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority={props.eager ? 'high' : undefined}
      />
    </picture>
  );
}
