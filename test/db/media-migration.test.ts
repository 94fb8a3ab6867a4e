import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as mediaMigration from '../../src/db/migrations/2026-11-27T1640-media.ts';
import { dialects, freshDb } from '../support/test-db.ts';

describe.each(dialects)('the media library migration on %s', (dialect) => {
  it('fills the folded search column of items that existed before it, and reverts cleanly', async () => {
    const t = await freshDb(dialect);
    try {
      const k = t.db.kysely;
      await mediaMigration.down(k);
      // The table as the earlier migrations left it (no uploader, no search column).
      await sql`insert into media (original_name, storage_key, mime, byte_size, alt, caption, credit, created_at)
        values ('Hội thảo.jpg', '2023/03/abc/hoi-thao.jpg', 'image/jpeg', 10, 'Đại biểu', 'Trường Chính trị  tỉnh', 'Ảnh: Minh Thùy', '2023-03-09T08:00:00.000Z')`.execute(
        k,
      );
      await mediaMigration.up(k);
      const row = await k
        .selectFrom('media')
        .select(['searchText', 'uploadedBy', 'updatedAt'])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        searchText: 'hoi thao.jpg dai bieu truong chinh tri tinh anh: minh thuy',
        uploadedBy: null,
        updatedAt: null,
      });
    } finally {
      await t.drop();
    }
  });
});
