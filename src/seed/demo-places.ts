import { placeRepository } from '../modules/map/place.repository.ts';
import type { Db } from '../db/connect.ts';

/**
 * Place tags of the demo articles, by the start of each title. Chosen by reading the articles
 * against the 2025 units: xã Chung Chải went into the new xã Mường Nhé, Leng Su Sìn and Sen
 * Thượng into xã Sín Thầu, Pá Khoang into xã Mường Phăng; the D1 hill and the old phường Mường
 * Thanh lie in today's phường Điện Biên Phủ (not in today's phường Mường Thanh).
 */
export const demoPlaces: { title: string; codes: string[] }[] = [
  { title: 'Mường Nhé: Trao quà Tết', codes: ['03158', '03160'] },
  {
    title: 'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức các hoạt động kỷ niệm 70 năm',
    codes: ['03127'],
  },
  { title: 'Thường trực Tỉnh ủy kiểm tra công tác chuẩn bị Lễ kỷ niệm 70 năm', codes: ['03127'] },
  { title: 'Ảnh: Những khoảnh khắc ấn tượng tại Lễ kỷ niệm 70 năm', codes: ['03127'] },
  { title: 'Du lịch Điện Biên chuyển mình từ Nghị quyết', codes: ['03325', '03328'] },
  { title: '45 xã, phường của tỉnh chính thức vận hành', codes: ['03127', '03334'] },
  {
    title:
      'Đồng chí Bí thư Tỉnh ủy thăm, chúc Tết cán bộ, chiến sĩ và nhân dân xã biên giới Sín Thầu',
    codes: ['03158'],
  },
  { title: 'Nâng cao chất lượng sinh hoạt chi bộ ở các xã vùng cao sau sắp xếp', codes: ['03160'] },
  {
    title: 'Đoàn công tác Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Mường Phăng',
    codes: ['03325'],
  },
  { title: 'Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc', codes: ['03151'] },
];

/** Demo descriptions of two units (editable in the back office). */
export const demoUnitNotes: { code: string; description: string }[] = [
  {
    code: '03325',
    description:
      'Xã Mường Phăng được thành lập từ ngày 01/7/2025 trên cơ sở xã Nà Nhạn, xã Pá Khoang và xã Mường Phăng.\n\nTrên địa bàn xã có Khu di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ, rừng Mường Phăng và hồ Pá Khoang, nơi đang phát triển du lịch lịch sử và du lịch cộng đồng.',
  },
  {
    code: '03127',
    description:
      'Phường Điện Biên Phủ được thành lập từ ngày 01/7/2025 trên cơ sở các phường Him Lam, Tân Thanh, Mường Thanh, Thanh Bình, Thanh Trường và xã Thanh Minh.\n\nĐây là nơi đặt trụ sở Tỉnh ủy và nhiều điểm thuộc Di tích lịch sử quốc gia đặc biệt Chiến trường Điện Biên Phủ.',
  },
];

/** Tags the demo articles with their places and writes the demo unit descriptions. */
export async function seedDemoPlaces(db: Db, at: Date): Promise<void> {
  const places = placeRepository(db);
  const articles = await db.kysely.selectFrom('article').select(['id', 'title']).execute();
  for (const p of demoPlaces) {
    const a = articles.find((x) => x.title.startsWith(p.title));
    if (!a) throw new Error(`Demo place tags name an unknown article: ${p.title}`);
    await places.setPlaces(a.id, p.codes);
  }
  for (const n of demoUnitNotes) await places.saveNote(n.code, n.description, 'Nội dung mẫu', at);
}
