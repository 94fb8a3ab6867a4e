import { describe, expect, it } from 'vitest';
import { EMBED_ORIGINS, parseExternalVideo } from './video.external.ts';

describe('external video addresses', () => {
  it('reads YouTube and Vimeo addresses into a page, an embed and its origin', () => {
    for (const raw of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
      'https://youtu.be/dQw4w9WgXcQ',
      'http://m.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    ]) {
      const v = parseExternalVideo(raw);
      expect(v, raw).toMatchObject({
        hostLabel: 'YouTube',
        domain: 'youtube.com',
        pageUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0',
      });
      expect(EMBED_ORIGINS).toContain(v!.embedOrigin);
    }
    expect(parseExternalVideo('https://vimeo.com/76979871')).toMatchObject({
      hostLabel: 'Vimeo',
      embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
  });

  it('refuses other hosts, other shapes and anything that could smuggle a script', () => {
    for (const raw of [
      '',
      'youtube.com/watch?v=dQw4w9WgXcQ',
      'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
      'https://www.youtube.com/watch?v=short',
      'https://user:pw@youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtube.com:8443/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/playlist?list=PL123',
      'ftp://youtu.be/dQw4w9WgXcQ',
      'https://vimeo.com/abc',
      'https://vimeo.com/channels/staffpicks/1',
    ])
      expect(parseExternalVideo(raw), raw).toBeUndefined();
  });
});
