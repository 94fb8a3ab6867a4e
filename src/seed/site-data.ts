import { DEFAULT_SETTINGS, type SiteSettings } from '../modules/site/site.ts';

/** The Điện Biên portal's settings (editable later in the back office). */
export const demoSettings: SiteSettings = {
  ...DEFAULT_SETTINGS,
  siteName: 'TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
  shortName: 'Đảng bộ tỉnh Điện Biên',
  slogan: 'Cơ quan của Đảng bộ tỉnh Điện Biên',
  ownerAgency: 'Tỉnh ủy Điện Biên',
  responsiblePerson: 'Trưởng Ban Biên tập Trang thông tin điện tử Đảng bộ tỉnh',
  licence:
    'Giấy phép thiết lập trang thông tin điện tử tổng hợp số 02/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Điện Biên cấp',
  address: 'Tỉnh ủy Điện Biên, phường Điện Biên Phủ, tỉnh Điện Biên',
  phone: '0215 3825 188',
  email: 'bbt.tinhuy@dienbien.gov.vn',
  visitorTotalOffset: 3_251_964,
};

/** A default section (PRODUCT.md §2), in menu order; `parent` names a section above it. */
export interface DemoSection {
  slug: string;
  name: string;
  parent?: string;
  kind?: 'articles' | 'pages';
  description?: string;
  showOnHome?: boolean;
}

export const demoSections: DemoSection[] = [
  { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'pages', showOnHome: false },
  {
    slug: 'tin-tuc-su-kien',
    name: 'Tin tức – Sự kiện',
    description: 'Tin tức, sự kiện nổi bật trong tỉnh, trong nước và quốc tế.',
  },
  { slug: 'hoat-dong-cua-tinh-uy', name: 'Hoạt động của Tỉnh ủy', parent: 'tin-tuc-su-kien' },
  { slug: 'tin-trong-tinh', name: 'Tin trong tỉnh', parent: 'tin-tuc-su-kien' },
  { slug: 'trong-nuoc-quoc-te', name: 'Trong nước – Quốc tế', parent: 'tin-tuc-su-kien' },
  {
    slug: 'xay-dung-dang',
    name: 'Xây dựng Đảng',
    description: 'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị.',
  },
  {
    slug: 'dua-nghi-quyet-vao-cuoc-song',
    name: 'Đưa Nghị quyết vào cuộc sống',
    description: 'Việc học tập, quán triệt và thực hiện các nghị quyết của Đảng.',
  },
  {
    slug: 'hoc-tap-va-lam-theo-bac',
    name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    description:
      'Gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  },
  {
    slug: 'bao-ve-nen-tang-tu-tuong',
    name: 'Bảo vệ nền tảng tư tưởng của Đảng',
    description:
      'Đấu tranh phản bác các quan điểm sai trái, thù địch; bảo vệ nền tảng tư tưởng của Đảng.',
  },
  { slug: 'van-ban', name: 'Văn bản', description: 'Văn bản của Tỉnh ủy và các cơ quan Đảng.' },
  {
    slug: 'thu-vien-anh-video',
    name: 'Thư viện ảnh – video',
    description: 'Phóng sự ảnh và video.',
  },
  { slug: 'lien-he-gop-y', name: 'Liên hệ – góp ý', kind: 'pages', showOnHome: false },
];

/** Groups of the Liên kết web block. */
export const demoLinks: { name: string; links: { title: string; url: string }[] }[] = [
  {
    name: 'Trung ương',
    links: [
      { title: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn' },
      { title: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
      { title: 'Tạp chí Cộng sản', url: 'https://www.tapchicongsan.org.vn' },
      { title: 'Báo Nhân Dân', url: 'https://nhandan.vn' },
    ],
  },
  {
    name: 'Tỉnh Điện Biên',
    links: [
      { title: 'Cổng thông tin điện tử tỉnh Điện Biên', url: 'https://www.dienbien.gov.vn' },
      { title: 'Báo và Phát thanh, Truyền hình Điện Biên', url: 'https://baodienbienphu.vn' },
    ],
  },
];
