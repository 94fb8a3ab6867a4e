import { nfc } from '../lib/text.ts';
import { articlePath } from '../modules/article/article.ts';
import { hubRepository } from '../modules/hub/hub.repository.ts';
import { newsroomRepository } from '../modules/newsroom/newsroom.repository.ts';
import type { Db } from '../db/connect.ts';
import type { DemoArticle } from './demo.types.ts';

/** The demo Chuyên đề: the provincial Party congress (Đại hội XV), 14–16/10/2025. */
export const DEMO_HUB_TITLE = 'Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV';
// The thread editors already use for the congress (its page is /dong-su-kien/dai-hoi-xv).
const THREAD = { name: 'Đại hội Đảng bộ tỉnh lần thứ XV', slug: 'dai-hoi-xv' };

/**
 * Short articles of the run-up to the congress, reusing the seeded images. They are dated before
 * the newest demo articles on purpose: the home page's lists (and so the visual baselines) stay
 * as they were; the two existing congress articles join the same event thread.
 */
export const demoHubArticles: DemoArticle[] = [
  {
    section: 'hoat-dong-cua-tinh-uy',
    title: 'Hoàn thành đại hội các đảng bộ trực thuộc Tỉnh ủy, nhiệm kỳ 2025 – 2030',
    lead: 'Đến ngày 22/8, các đảng bộ trực thuộc Tỉnh ủy đã tổ chức xong đại hội nhiệm kỳ 2025 – 2030, đúng kế hoạch, tạo tiền đề cho Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
    body: [
      {
        type: 'p',
        text: 'Các đại hội được chuẩn bị chu đáo về văn kiện, nhân sự và công tác phục vụ; diễn ra dân chủ, đúng quy định của Điều lệ Đảng và hướng dẫn của Trung ương. Nhiều đảng bộ xã mới sau sắp xếp đã xác định rõ khâu đột phá gắn với điều kiện của địa phương.',
      },
      {
        type: 'p',
        text: 'Các đại hội đã bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, bảo đảm số lượng, cơ cấu và tiêu chuẩn theo quy định.',
      },
    ],
    byline: 'Minh Thùy',
    publishedAt: '2025-08-22 16:30:00',
    readCount: 640,
    image: {
      file: 'hoi-nghi.jpg',
      caption: 'Đại biểu biểu quyết tại một đại hội đảng bộ trực thuộc Tỉnh ủy.',
      alt: 'Các đại biểu giơ thẻ biểu quyết trong hội trường',
    },
    tags: ['Đại hội Đảng bộ tỉnh lần thứ XV', 'Xây dựng Đảng'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title:
      'Ban Thường vụ Tỉnh ủy rà soát công tác chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XV',
    lead: 'Ngày 12/9, Ban Thường vụ Tỉnh ủy họp rà soát các khâu chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ XV: văn kiện, nhân sự, tuyên truyền, hậu cần và bảo đảm an ninh, trật tự.',
    body: [
      {
        type: 'p',
        text: 'Các tiểu ban phục vụ Đại hội báo cáo tiến độ; văn kiện trình Đại hội đã được hoàn thiện sau khi tiếp thu ý kiến của cán bộ, đảng viên và Nhân dân. Ban Thường vụ yêu cầu các cơ quan liên quan hoàn thành phần việc được giao trước ngày 30/9.',
      },
      {
        type: 'p',
        text: 'Công an tỉnh được giao xây dựng phương án bảo đảm tuyệt đối an toàn cho Đại hội; Sở Y tế bố trí lực lượng trực y tế trong suốt thời gian diễn ra Đại hội.',
      },
    ],
    byline: 'Thu Hà',
    publishedAt: '2025-09-12 10:15:00',
    readCount: 720,
    image: {
      file: 'dai-hoi.jpg',
      caption: 'Hội trường nơi diễn ra Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
      alt: 'Hội trường với cờ Đảng, cờ Tổ quốc trên sân khấu và các hàng ghế đại biểu',
    },
    tags: ['Đại hội Đảng bộ tỉnh lần thứ XV'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title: 'Rợp bóng cờ hoa chào mừng Đại hội Đảng bộ tỉnh lần thứ XV',
    lead: 'Những ngày cuối tháng 9, các tuyến phố của thành phố Điện Biên Phủ và trung tâm các xã rực rỡ cờ, hoa, pa-nô, áp phích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
    body: [
      {
        type: 'p',
        text: 'Các cơ quan, đơn vị, trường học tổ chức nhiều hoạt động văn hóa, văn nghệ và phong trào thi đua lập thành tích chào mừng Đại hội. Cổng Thông tin điện tử của Tỉnh ủy mở chuyên trang về Đại hội để bạn đọc theo dõi.',
      },
    ],
    byline: 'Tin, ảnh: Lò Thị Duyên',
    publishedAt: '2025-09-29 15:00:00',
    readCount: 510,
    image: {
      file: 'chao-co.jpg',
      caption: 'Cờ Đảng, cờ Tổ quốc tung bay chào mừng Đại hội.',
      alt: 'Cờ Đảng và cờ Tổ quốc tung bay trên nền trời xanh',
    },
    tags: ['Đại hội Đảng bộ tỉnh lần thứ XV'],
  },
];

/** Seeded articles already about the congress (joined to its thread by their title's start). */
const EXISTING = [
  'Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo văn kiện trình Đại hội XV',
  'Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025 – 2030 thành công tốt đẹp',
];

/**
 * The Đại hội XV hub over its event thread: banner from the seeded hall photo, a timeline of
 * milestones, featured and latest articles. Archived (lưu trữ), so the home page and the menu
 * stay as the visual baselines show them; its address works as for any archived hub.
 */
export async function seedDemoHub(db: Db, at: Date): Promise<void> {
  const k = db.kysely;
  const threadId = await newsroomRepository(db).ensureEvent(THREAD.name, THREAD.slug, at);
  const titles = [...EXISTING, ...demoHubArticles.map((a) => a.title)].map(nfc);
  const rows = await k
    .selectFrom('article')
    .innerJoin('section', 'section.id', 'article.sectionId')
    .select(['article.id', 'article.slug', 'article.title', 'section.slug as sectionSlug'])
    .execute();
  const linked = titles.map((t) => {
    const r = rows.find((x) => x.title === t);
    if (!r) throw new Error(`Demo hub names an unknown article: ${t}`);
    return r;
  });
  await k
    .updateTable('article')
    .set({ eventId: threadId })
    .where(
      'id',
      'in',
      linked.map((r) => r.id),
    )
    .execute();
  const hall = await k
    .selectFrom('media')
    .select(['storageKey', 'width', 'height'])
    .where('originalName', '=', 'dai-hoi.jpg')
    .executeTakeFirst();
  const hubs = hubRepository(db);
  const id = await hubs.insert(
    {
      slug: 'dai-hoi-dai-bieu-dang-bo-tinh-dien-bien-lan-thu-xv',
      title: nfc(DEMO_HUB_TITLE),
      intro: nfc(
        'Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025 – 2030 diễn ra từ ngày 14 đến 16/10/2025 với phương châm “Đoàn kết – Dân chủ – Kỷ cương – Đột phá – Phát triển”.\n\nChuyên trang tập hợp tin bài về quá trình chuẩn bị và kết quả Đại hội.',
      ),
      banner: hall?.width
        ? {
            key: hall.storageKey,
            width: hall.width,
            height: hall.height ?? 0,
            alt: nfc('Hội trường Đại hội với cờ Đảng, cờ Tổ quốc trên sân khấu'),
          }
        : null,
      eventThreadId: threadId,
      startsOn: '2025-10-14',
      endsOn: '2025-10-16',
      status: 'archived',
      accent: 'do-co',
    },
    at,
  );
  const path = (i: number) => {
    const r = linked[i]!;
    return articlePath(r.sectionSlug, { id: r.id, slug: r.slug });
  };
  const blocks: { kind: 'milestones' | 'featured' | 'latest'; heading: string; body: string }[] = [
    {
      kind: 'milestones',
      heading: 'Các mốc của Đại hội',
      body: [
        `27/06/2025 | Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo văn kiện | ${path(0)}`,
        `22/08/2025 | Hoàn thành đại hội các đảng bộ trực thuộc Tỉnh ủy | ${path(2)}`,
        `12/09/2025 | Ban Thường vụ Tỉnh ủy rà soát công tác chuẩn bị | ${path(3)}`,
        '14/10/2025 | Khai mạc Đại hội',
        `16/10/2025 | Bế mạc Đại hội | ${path(1)}`,
      ].join('\n'),
    },
    { kind: 'featured', heading: 'Tiêu điểm', body: [path(1), path(0)].join('\n') },
    { kind: 'latest', heading: 'Tin bài về Đại hội', body: '' },
  ];
  for (const b of blocks) {
    const blockId = await hubs.addBlock(id, b.kind, nfc(b.heading), at);
    await hubs.updateBlock(id, blockId, nfc(b.heading), nfc(b.body), at);
  }
}
