import { escapeHtml } from '../../lib/html.ts';
import { slugify } from '../../lib/slug.ts';
import type { MapUnit } from '../map/map.ts';
import type { SiteSettings } from '../site/site.ts';

/** A section a new commune site starts with, and its pages when it is a pages section. */
export interface DefaultSection {
  slug: string;
  name: string;
  description: string;
  kind: 'articles' | 'pages';
  showOnHome: boolean;
  pages: { slug: string; title: string; bodyHtml: string }[];
}

/** What a commune site is made of before anyone edits it. */
export interface CommuneDefaults {
  /** The Party body's official name ("Đảng bộ xã Mường Nhé"). */
  name: string;
  slug: string;
  /** The default address on the province's host ("/xa/muong-nhe", "/phuong/muong-lay"). */
  pathPrefix: string;
  settings: Partial<SiteSettings>;
  sections: DefaultSection[];
}

/** The Party body of a unit: "Đảng bộ xã Mường Nhé", "Đảng bộ phường Điện Biên Phủ". */
export function partyBodyName(unit: Pick<MapUnit, 'type' | 'name'>): string {
  return `Đảng bộ ${unit.type} ${unit.name}`;
}

/**
 * The site of a commune or ward Party body as it starts: its official name, its address, its
 * settings (names, footer), and the sections and Giới thiệu pages every commune site has. The
 * pages say what the body is from the unit's own data; the site's admin completes them.
 */
export function communeDefaults(unit: MapUnit): CommuneDefaults {
  const name = partyBodyName(unit);
  const slug = slugify(unit.name);
  const place = `${unit.type} ${unit.name}`;
  const e = escapeHtml;
  const intro = [
    `<p>${e(name)} là tổ chức cơ sở đảng trực thuộc Tỉnh ủy Điện Biên, lãnh đạo mọi mặt công tác ở ${e(place)}, tỉnh Điện Biên.</p>`,
    `<p>${e(unit.fullName)} có diện tích ${e(unit.areaKm2.toLocaleString('vi-VN'))} km², được hình thành từ ${e(unit.formedFrom)} (${e(unit.legalBasis)}). Mã đơn vị hành chính: ${e(unit.code)}.</p>`,
  ].join('');
  const duties = [
    `<p>Theo Điều lệ Đảng Cộng sản Việt Nam, ${e(name)} có các nhiệm vụ:</p>`,
    '<ol>',
    '<li>Chấp hành đường lối, chính sách của Đảng, pháp luật của Nhà nước; đề ra chủ trương, nhiệm vụ chính trị của đảng bộ và lãnh đạo thực hiện có hiệu quả.</li>',
    '<li>Xây dựng đảng bộ trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức; thực hiện đúng nguyên tắc tập trung dân chủ; nâng cao chất lượng sinh hoạt đảng, thực hiện tự phê bình và phê bình.</li>',
    '<li>Lãnh đạo xây dựng chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội ở địa phương vững mạnh; chăm lo đời sống vật chất, tinh thần của nhân dân.</li>',
    '<li>Giáo dục, quản lý, phân công công tác cho đảng viên; làm công tác phát triển đảng viên.</li>',
    '<li>Kiểm tra, giám sát việc thực hiện và bảo đảm các nghị quyết, chỉ thị của Đảng và pháp luật của Nhà nước được chấp hành nghiêm chỉnh.</li>',
    '</ol>',
  ].join('');
  const organisation = [
    `<p>Cơ quan lãnh đạo của ${e(name)} giữa hai kỳ đại hội là Ban Chấp hành Đảng bộ; Ban Thường vụ Đảng ủy lãnh đạo và điều hành công việc giữa hai kỳ họp của Ban Chấp hành. Đứng đầu là đồng chí Bí thư Đảng ủy, giúp việc có các đồng chí Phó Bí thư.</p>`,
    `<p>Giúp việc Đảng ủy có Ủy ban Kiểm tra Đảng ủy và các cơ quan tham mưu, giúp việc theo quy định. Các chi bộ trực thuộc Đảng ủy sinh hoạt tại thôn, bản, tổ dân phố, cơ quan, đơn vị và trường học trên địa bàn ${e(place)}.</p>`,
  ].join('');
  const contact = [
    `<p><strong>${e(name)}</strong></p>`,
    `<p>Địa chỉ: trụ sở Đảng ủy ${e(place)}, tỉnh Điện Biên.</p>`,
    '<p>Thư góp ý về nội dung trang xin gửi về Văn phòng Đảng ủy.</p>',
  ].join('');
  return {
    name,
    slug,
    pathPrefix: `/${unit.type === 'phường' ? 'phuong' : 'xa'}/${slug}`,
    settings: {
      siteName: `TRANG THÔNG TIN ĐIỆN TỬ ${name.toLocaleUpperCase('vi')}`,
      shortName: name,
      slogan: `${unit.fullName}, tỉnh Điện Biên`,
      ownerAgency: `Ban Thường vụ Đảng ủy ${place}`,
      responsiblePerson: '',
      licence: '',
      address: `${unit.fullName}, tỉnh Điện Biên`,
      unitCode: unit.code,
      visitorTotalOffset: 0,
      linksDisplay: 'list',
    },
    sections: [
      {
        slug: 'tin-tuc-su-kien',
        name: 'Tin tức – Sự kiện',
        description: `Tin tức, sự kiện của ${name}.`,
        kind: 'articles',
        showOnHome: true,
        pages: [],
      },
      {
        slug: 'xay-dung-dang',
        name: 'Xây dựng Đảng',
        description: `Công tác xây dựng Đảng của ${name}.`,
        kind: 'articles',
        showOnHome: true,
        pages: [],
      },
      {
        slug: 'van-ban',
        name: 'Văn bản',
        description: `Văn bản của Đảng ủy ${place}.`,
        kind: 'articles',
        showOnHome: false,
        pages: [],
      },
      {
        slug: 'gioi-thieu',
        name: 'Giới thiệu',
        description: `Giới thiệu ${name}.`,
        kind: 'pages',
        showOnHome: false,
        pages: [
          { slug: 'gioi-thieu-chung', title: 'Giới thiệu chung', bodyHtml: intro },
          { slug: 'chuc-nang-nhiem-vu', title: 'Chức năng, nhiệm vụ', bodyHtml: duties },
          { slug: 'co-cau-to-chuc', title: 'Cơ cấu tổ chức', bodyHtml: organisation },
          { slug: 'lien-he', title: 'Liên hệ', bodyHtml: contact },
        ],
      },
    ],
  };
}
