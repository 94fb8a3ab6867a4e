/**
 * The fixed corpus of the judged search set: about 560 realistic Vietnamese articles of a
 * provincial Party portal, generated deterministically (a seeded PRNG; no clock, no I/O), so
 * every run on every machine gets the same titles, leads, bodies, tags, sections and dates.
 *
 * Relevance is decided by construction, never by looking at what the search engine returns:
 * each article is written *about* something (its `topics`, grade 2 = the article's subject,
 * 1 = treated at some length in the lead), and the judged queries (judged.ts) name the topic
 * they look for. Distractors are written on purpose with the same syllables scattered ("Bộ
 * Chính trị", "sáng tạo", "tỉnh táo", "Đảng bộ" for "đào tạo cán bộ"; "diễn biến" for "Điện
 * Biên"), and every article carries ordinary Party-news boilerplate, which is full of them.
 *
 * The 45 commune-level units are those of assets/geo (in force from 01/7/2025). Every person
 * named here is fictional.
 */
import { fold } from '../../src/lib/text.ts';

/** Mulberry32: tiny, fast, reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sections of the judged corpus (slug → name); created when missing. */
export const CORPUS_SECTIONS = {
  'hoat-dong-cua-tinh-uy': 'Hoạt động của Tỉnh ủy',
  'tin-trong-tinh': 'Tin trong tỉnh',
  'xay-dung-dang': 'Xây dựng Đảng',
  'dua-nghi-quyet-vao-cuoc-song': 'Đưa Nghị quyết vào cuộc sống',
  'hoc-tap-va-lam-theo-bac': 'Học tập và làm theo Bác',
  'bao-ve-nen-tang-tu-tuong': 'Bảo vệ nền tảng tư tưởng của Đảng',
} as const;
export type CorpusSection = keyof typeof CORPUS_SECTIONS;

/** The 45 communes and wards (assets/geo/dien-bien-don-vi-2025.csv), as [type, name]. */
export const COMMUNES: [type: 'xã' | 'phường', name: string][] = (
  'phường Điện Biên Phủ;phường Mường Lay;xã Sín Thầu;xã Mường Nhé;xã Nậm Kè;xã Mường Toong;' +
  'xã Quảng Lâm;xã Mường Chà;xã Nà Hỳ;xã Na Sang;xã Chà Tở;xã Nà Bủng;xã Mường Tùng;xã Pa Ham;' +
  'xã Nậm Nèn;xã Si Pa Phìn;xã Mường Pồn;xã Na Son;xã Xa Dung;xã Mường Luân;xã Tủa Chùa;' +
  'xã Tủa Thàng;xã Sín Chải;xã Sính Phình;xã Sáng Nhè;xã Tuần Giáo;xã Mường Ảng;xã Pú Nhung;' +
  'xã Mường Mùn;xã Chiềng Sinh;xã Quài Tở;xã Búng Lao;xã Mường Lạn;xã Nà Tấu;xã Mường Phăng;' +
  'xã Thanh Nưa;phường Mường Thanh;xã Thanh Yên;xã Thanh An;xã Sam Mứn;xã Núa Ngam;xã Mường Nhà;' +
  'xã Pu Nhi;xã Phình Giàng;xã Tìa Dình'
)
  .split(';')
  .map((s) => {
    const [type, ...name] = s.split(' ');
    return [type as 'xã' | 'phường', name.join(' ')];
  });

/** Fictional leaders: [name, office]. Spelled with both tone placements in the texts. */
export const LEADERS: [name: string, office: string][] = [
  ['Đặng Đình Hòa', 'Bí thư Tỉnh ủy'],
  ['Lò Văn Mừng', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'],
  ['Phạm Thị Thủy', 'Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['Vừ A Sình', 'Phó Chủ tịch HĐND tỉnh'],
];

/** One article of the judged corpus. */
export interface CorpusArticle {
  key: string;
  section: CorpusSection;
  title: string;
  lead: string;
  /** Paragraphs of the body. */
  body: string[];
  tags: string[];
  /** UTC instant. */
  publishedAt: Date;
  /** What the article is about: topic id → grade (2 = its subject, 1 = treated in the lead). */
  topics: Record<string, 1 | 2>;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate: sentences every Party portal prints, full of common syllables (đạo, tạo, cán, bộ,
// Đảng, định, hòa, biên, chính, trị…). Every article gets some, so single syllables are noise.

const BOILERPLATE = [
  'Dưới sự lãnh đạo, chỉ đạo sát sao của Ban Thường vụ Tỉnh ủy, các cấp ủy, chính quyền đã triển khai đồng bộ nhiều giải pháp.',
  'Hội nghị đã quán triệt tinh thần sáng tạo, chủ động, tỉnh táo trước mọi diễn biến phức tạp của tình hình.',
  'Đảng bộ các xã, phường tiếp tục phát huy truyền thống đoàn kết, thống nhất, hoàn thành toàn diện các chỉ tiêu đề ra.',
  'Các đại biểu thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết, thiết thực cho sự phát triển của địa phương.',
  'Thời gian tới, cần tiếp tục tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của cả hệ thống chính trị.',
  'Ban Chỉ đạo yêu cầu các cơ quan, đơn vị bám sát chương trình công tác, phân công rõ người, rõ việc, rõ thời gian hoàn thành.',
  'Tỉnh đã huy động nhiều nguồn lực để tạo động lực phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số.',
  'Bộ Chính trị, Ban Bí thư đã ban hành nhiều văn bản chỉ đạo quan trọng, được các cấp ủy trong tỉnh cụ thể hóa kịp thời.',
  'Người đứng đầu cấp ủy, chính quyền phải nêu gương, nói đi đôi với làm, gần dân, sát cơ sở.',
  'Nhân dân các dân tộc trong tỉnh tin tưởng, đồng thuận, tích cực hưởng ứng các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  'Công tác kiểm tra, giám sát được tăng cường, góp phần giữ vững kỷ luật, kỷ cương trong Đảng.',
  'Các địa phương đã chủ động rà soát, tháo gỡ khó khăn, vướng mắc, bảo đảm tiến độ các công trình trọng điểm.',
  'Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội phát huy vai trò giám sát và phản biện xã hội.',
  'Lực lượng vũ trang tỉnh luôn giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.',
  'Tỉnh xác định phát triển nguồn nhân lực là khâu đột phá, gắn với ứng dụng khoa học và công nghệ.',
  'Đến nay, nhiều mô hình hay, cách làm hiệu quả đã được nhân rộng trong toàn tỉnh.',
  'Hội nghị cũng chỉ ra những hạn chế cần khắc phục như tiến độ giải ngân vốn đầu tư công còn chậm.',
  'Các ngành chức năng cần phối hợp chặt chẽ, tránh chồng chéo, bảo đảm hiệu lực, hiệu quả quản lý nhà nước.',
  'Đồng bào vùng cao tích cực chuyển đổi cơ cấu cây trồng, vật nuôi, từng bước thoát nghèo.',
  'Cán bộ, đảng viên luôn gương mẫu, đi đầu trong mọi phong trào thi đua ở cơ sở.',
  'Nhiều tập thể, cá nhân có thành tích xuất sắc đã được biểu dương, khen thưởng kịp thời.',
  'Công tác tuyên truyền được đổi mới về nội dung, hình thức, tạo sức lan tỏa rộng rãi trong nhân dân.',
  'Trước những diễn biến phức tạp của thời tiết, các địa phương chủ động phương án phòng, chống thiên tai.',
  'Tỉnh tiếp tục cải thiện môi trường đầu tư, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.',
  'Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được hưởng ứng rộng rãi.',
  'Trong quý, thu ngân sách trên địa bàn đạt khá so với dự toán, chi ngân sách bảo đảm các nhiệm vụ chính trị.',
  'Các trường học đã chuẩn bị chu đáo cơ sở vật chất, đội ngũ giáo viên cho năm học mới.',
  'Ngành y tế tăng cường kiểm soát dịch bệnh, chăm sóc sức khỏe ban đầu cho nhân dân vùng sâu.',
  'Đồng chí đề nghị các đơn vị cần thực hiện nghiêm quy chế dân chủ ở cơ sở, lắng nghe ý kiến của nhân dân.',
  'Phong trào thể dục, thể thao, văn hóa, văn nghệ quần chúng diễn ra sôi nổi ở các bản.',
];

// ---------------------------------------------------------------------------------------------
// Topics: articles written about one subject. {xa} = a commune or ward ("xã Mường Phăng"),
// {nam} = a year, {lanhdao} = a leader with office.

interface TopicSpec {
  id: string;
  section: CorpusSection;
  tags: string[];
  /** One article per title (grade 2 for `id`). */
  titles: string[];
  leads: string[];
  paras: string[];
  /** Other topics these articles also treat (grade 1). */
  also?: string[];
}

const TOPICS: TopicSpec[] = [
  {
    id: 'dao-tao-can-bo',
    section: 'xay-dung-dang',
    tags: ['Công tác cán bộ', 'Đào tạo cán bộ'],
    titles: [
      'Đào tạo, bồi dưỡng cán bộ cơ sở sau sắp xếp đơn vị hành chính',
      'Nâng cao chất lượng đào tạo cán bộ người dân tộc thiểu số ở {xa}',
      'Tỉnh ủy ban hành kế hoạch đào tạo cán bộ trẻ giai đoạn 2025 – 2030',
      '{Xa} chú trọng đào tạo cán bộ nguồn',
      'Đào tạo cán bộ đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
      'Khai giảng lớp đào tạo cán bộ quản lý cấp xã năm {nam}',
      'Đổi mới công tác đào tạo, bồi dưỡng cán bộ, công chức cấp xã',
      'Sơ kết 5 năm thực hiện đề án đào tạo cán bộ nữ, cán bộ trẻ',
      'Gửi cán bộ trẻ đi đào tạo sau đại học ở trong và ngoài nước',
    ],
    leads: [
      'Công tác đào tạo, bồi dưỡng cán bộ được tỉnh xác định là nhiệm vụ then chốt, nhằm xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ.',
      'Năm {nam}, toàn tỉnh cử hơn 1.200 lượt cán bộ, công chức đi đào tạo, bồi dưỡng chuyên môn, nghiệp vụ và kỹ năng lãnh đạo, quản lý.',
      'Chương trình đào tạo cán bộ được thiết kế sát với vị trí việc làm, chú trọng kỹ năng thực hành và xử lý tình huống ở cơ sở.',
    ],
    paras: [
      'Theo Ban Tổ chức Tỉnh ủy, việc đào tạo cán bộ gắn với quy hoạch, luân chuyển và sử dụng cán bộ; học viên sau khóa học được đánh giá, bố trí đúng sở trường.',
      'Các lớp đào tạo cán bộ tập trung vào kỹ năng quản lý nhà nước, chuyển đổi số trong công vụ và vận động quần chúng ở vùng đồng bào dân tộc thiểu số.',
      'Tỉnh dành kinh phí hỗ trợ cán bộ là người dân tộc thiểu số, cán bộ nữ tham gia các khóa đào tạo trình độ đại học, sau đại học.',
      'Nhiều cán bộ sau khi được đào tạo đã phát huy tốt năng lực, được tín nhiệm bố trí giữ các chức danh chủ chốt ở xã, phường.',
    ],
  },
  {
    id: 'boi-duong-llct',
    section: 'xay-dung-dang',
    tags: ['Lý luận chính trị', 'Trường Chính trị tỉnh'],
    titles: [
      'Bồi dưỡng lý luận chính trị cho đảng viên mới ở {xa}',
      'Khai giảng lớp bồi dưỡng lý luận chính trị dành cho cán bộ cơ sở',
      'Trường Chính trị tỉnh bế giảng lớp trung cấp lý luận chính trị – hành chính',
      'Nâng cao chất lượng bồi dưỡng lý luận chính trị ở trung tâm chính trị cấp huyện',
      'Đổi mới phương pháp giảng dạy lý luận chính trị cho học viên người dân tộc thiểu số',
      'Bồi dưỡng lý luận chính trị cho quần chúng ưu tú trước khi kết nạp Đảng',
      'Hội thi giảng viên dạy lý luận chính trị giỏi năm {nam}',
    ],
    leads: [
      'Việc bồi dưỡng lý luận chính trị giúp cán bộ, đảng viên nắm vững chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh và đường lối của Đảng.',
      'Lớp học có 85 học viên là cán bộ, đảng viên ở các chi bộ, được học các chuyên đề về lý luận chính trị và nghiệp vụ công tác đảng.',
      'Trường Chính trị tỉnh đổi mới nội dung, chương trình bồi dưỡng lý luận chính trị theo hướng gắn lý luận với thực tiễn địa phương.',
    ],
    paras: [
      'Chương trình bồi dưỡng lý luận chính trị gồm các chuyên đề về chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh, lịch sử Đảng và những vấn đề cơ bản về Đảng Cộng sản Việt Nam.',
      'Giảng viên Trường Chính trị tỉnh chú trọng liên hệ thực tiễn, giúp học viên vận dụng kiến thức lý luận chính trị vào công tác ở cơ sở.',
      'Kết thúc khóa học, các học viên làm bài thu hoạch về lý luận chính trị, cam kết rèn luyện, tu dưỡng đạo đức cách mạng.',
    ],
  },
  {
    id: 'nq57',
    section: 'dua-nghi-quyet-vao-cuoc-song',
    tags: ['Nghị quyết 57-NQ/TW', 'Khoa học công nghệ'],
    titles: [
      'Triển khai Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo',
      'Tỉnh ủy ban hành chương trình hành động thực hiện Nghị quyết 57 của Bộ Chính trị',
      '{Xa} đưa Nghị quyết 57 vào cuộc sống bằng những việc làm cụ thể',
      'Sơ kết một năm thực hiện Nghị quyết 57-NQ/TW',
      'Nghị quyết 57: tạo đột phá từ chuyển đổi số ở cơ sở',
      'Phong trào “Bình dân học vụ số” góp phần thực hiện Nghị quyết 57',
      'Quán triệt Nghị quyết 57 đến cán bộ chủ chốt các xã, phường',
    ],
    leads: [
      'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị xác định phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia là đột phá quan trọng hàng đầu.',
      'Thực hiện Nghị quyết 57, tỉnh đặt mục tiêu đến năm 2030 hoàn thành hạ tầng số đến tất cả các bản, 100% thủ tục hành chính được thực hiện trực tuyến.',
      'Các cấp ủy đã cụ thể hóa Nghị quyết 57-NQ/TW bằng kế hoạch, chỉ tiêu rõ ràng, giao trách nhiệm cho người đứng đầu.',
    ],
    paras: [
      'Theo chương trình hành động thực hiện Nghị quyết 57, tỉnh ưu tiên nguồn lực cho hạ tầng số, dữ liệu số và nhân lực khoa học, công nghệ.',
      'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh họp định kỳ hằng tháng để kiểm điểm việc thực hiện Nghị quyết 57-NQ/TW.',
      'Nhiều doanh nghiệp, hợp tác xã đã ứng dụng công nghệ mới vào sản xuất, truy xuất nguồn gốc nông sản theo tinh thần Nghị quyết 57.',
    ],
    also: ['chuyen-doi-so'],
  },
  {
    id: 'xay-dung-dang',
    section: 'xay-dung-dang',
    tags: ['Xây dựng Đảng', 'Chỉnh đốn Đảng'],
    titles: [
      'Đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh',
      'Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm {nam}',
      'Xây dựng Đảng về đạo đức: những chuyển biến ở {xa}',
      'Nâng cao chất lượng sinh hoạt chi bộ, góp phần xây dựng Đảng vững mạnh',
      'Công tác xây dựng Đảng ở vùng biên giới',
      'Tổng kết công tác xây dựng Đảng và hệ thống chính trị nhiệm kỳ 2020 – 2025',
      'Giải báo chí về xây dựng Đảng lần thứ năm: trao giải cho 24 tác phẩm',
    ],
    leads: [
      'Công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ được các cấp ủy quan tâm thực hiện đồng bộ.',
      'Xây dựng, chỉnh đốn Đảng là nhiệm vụ then chốt, được Tỉnh ủy lãnh đạo thực hiện thường xuyên, liên tục.',
      'Năm {nam}, các tổ chức cơ sở đảng tập trung nâng cao năng lực lãnh đạo, sức chiến đấu, góp phần xây dựng Đảng trong sạch, vững mạnh.',
    ],
    paras: [
      'Công tác xây dựng Đảng về tổ chức được chú trọng; việc kiện toàn chi bộ, đảng bộ cơ sở sau sắp xếp được thực hiện đúng quy định.',
      'Các cấp ủy đã gắn xây dựng Đảng với xây dựng hệ thống chính trị, kiên quyết đấu tranh với biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.',
      'Việc học tập, quán triệt các nghị quyết về xây dựng Đảng được tổ chức nghiêm túc, có kế hoạch thực hiện cụ thể ở từng chi bộ.',
    ],
  },
  {
    id: 'chuyen-doi-so',
    section: 'tin-trong-tinh',
    tags: ['Chuyển đổi số'],
    titles: [
      'Chuyển đổi số trong các cơ quan Đảng: dữ liệu đảng viên được số hóa',
      '{Xa} ra mắt tổ công nghệ số cộng đồng',
      'Chuyển đổi số giúp người dân vùng cao làm thủ tục không cần đến trụ sở',
      'Ngày Chuyển đổi số tỉnh năm {nam}: nhiều nền tảng mới được đưa vào sử dụng',
      'Nông dân bán nông sản trên sàn thương mại điện tử nhờ chuyển đổi số',
      'Đo lường mức độ chuyển đổi số cấp xã: còn nhiều khoảng cách',
    ],
    leads: [
      'Chuyển đổi số đang thay đổi cách chính quyền phục vụ người dân, nhất là ở các xã vùng cao, biên giới.',
      'Tổ công nghệ số cộng đồng đến từng bản hướng dẫn người dân cài ứng dụng, thanh toán không dùng tiền mặt, nộp hồ sơ trực tuyến.',
      'Năm {nam}, tỉnh số hóa hơn 90% hồ sơ, kết quả giải quyết thủ tục hành chính, phục vụ chuyển đổi số toàn diện.',
    ],
    paras: [
      'Hạ tầng viễn thông được đầu tư, sóng di động đã phủ đến hầu hết các bản, tạo nền tảng cho chuyển đổi số.',
      'Các cơ quan Đảng sử dụng phần mềm quản lý văn bản, hồ sơ đảng viên, giảm đáng kể giấy tờ và thời gian xử lý công việc.',
      'Tỉnh đặt mục tiêu hình thành công dân số, xã hội số; mỗi hộ gia đình có ít nhất một người biết sử dụng dịch vụ công trực tuyến.',
    ],
  },
  {
    id: 'nong-thon-moi',
    section: 'tin-trong-tinh',
    tags: ['Nông thôn mới'],
    titles: [
      '{Xa} về đích nông thôn mới',
      'Xây dựng nông thôn mới ở vùng cao: khó khăn và cách làm',
      'Công bố quyết định công nhận xã đạt chuẩn nông thôn mới năm {nam}',
      'Bản vùng cao đổi thay nhờ chương trình nông thôn mới',
      'Huy động nguồn lực xã hội hóa xây dựng nông thôn mới nâng cao',
      'Tiêu chí giao thông – động lực xây dựng nông thôn mới ở {xa}',
    ],
    leads: [
      'Chương trình mục tiêu quốc gia xây dựng nông thôn mới đã làm thay đổi diện mạo nhiều bản làng vùng cao.',
      'Sau nhiều năm nỗ lực, {xa} đạt đủ 19/19 tiêu chí nông thôn mới, thu nhập bình quân đầu người tăng gấp đôi.',
      'Người dân hiến đất, góp công làm đường, xây nhà văn hóa, góp phần xây dựng nông thôn mới.',
    ],
    paras: [
      'Từ nguồn vốn chương trình nông thôn mới, nhiều tuyến đường bê tông nội bản, kênh mương, nhà văn hóa được xây dựng.',
      'Xã đã vận động nhân dân chỉnh trang nhà cửa, vệ sinh môi trường, giữ gìn bản sắc văn hóa, hướng tới nông thôn mới kiểu mẫu.',
      'Để giữ vững các tiêu chí nông thôn mới, địa phương chú trọng phát triển sản xuất, nâng cao thu nhập cho người dân.',
    ],
  },
  {
    id: 'ca-phe',
    section: 'tin-trong-tinh',
    tags: ['Cà phê', 'Nông nghiệp'],
    titles: [
      'Cà phê Mường Ảng vào vụ thu hoạch',
      'Nâng giá trị cà phê đặc sản vùng cao',
      'Hợp tác xã cà phê xuất khẩu lô hàng đầu tiên sang châu Âu',
      'Phục hồi diện tích cà phê già cỗi ở {xa}',
      'Lễ hội cà phê lần thứ nhất thu hút hàng nghìn du khách',
      'Nông dân trồng cà phê theo hướng hữu cơ',
    ],
    leads: [
      'Toàn tỉnh có hơn 4.000 ha cà phê, tập trung ở Mường Ảng, Búng Lao, Ẳng Nưa cũ, mang lại thu nhập ổn định cho người dân.',
      'Nhờ chế biến sâu, giá trị cà phê tăng gấp ba lần so với bán quả tươi.',
      'Vụ cà phê năm {nam} được mùa, được giá, người trồng cà phê phấn khởi.',
    ],
    paras: [
      'Cà phê chè trồng ở độ cao trên 800 mét cho hương vị đặc trưng, được thị trường ưa chuộng.',
      'Hợp tác xã liên kết với doanh nghiệp bao tiêu sản phẩm, hỗ trợ kỹ thuật chăm sóc, thu hái cà phê chín.',
      'Sản phẩm cà phê rang xay của địa phương đã đạt chứng nhận OCOP 4 sao.',
    ],
  },
  {
    id: 'thuy-loi',
    section: 'tin-trong-tinh',
    tags: ['Thủy lợi'],
    titles: [
      'Nâng cấp công trình thủy lợi phục vụ sản xuất vụ đông xuân',
      'Khắc phục công trình thuỷ lợi hư hỏng sau mưa lũ ở {xa}',
      'Hồ chứa nước Pá Khoang: công trình thủy lợi đa mục tiêu',
      'Kiên cố hóa kênh mương, bảo đảm nước tưới cho cánh đồng Mường Thanh',
      'Quản lý, khai thác công trình thuỷ lợi sau sắp xếp chính quyền cấp xã',
      'Đầu tư hơn 200 tỷ đồng cho các công trình thủy lợi năm {nam}',
    ],
    leads: [
      'Hệ thống công trình thủy lợi được đầu tư đồng bộ, bảo đảm nước tưới cho hàng nghìn ha lúa hai vụ.',
      'Sau mưa lũ, nhiều đoạn kênh mương, đập dâng bị hư hỏng; ngành nông nghiệp khẩn trương khắc phục công trình thuỷ lợi.',
      'Việc bàn giao quản lý công trình thủy lợi cho cộng đồng giúp nâng cao ý thức bảo vệ của người dân.',
    ],
    paras: [
      'Công ty thủy lợi phối hợp với các xã nạo vét kênh mương, điều tiết nước hợp lý giữa các vùng.',
      'Công trình thuỷ lợi mới hoàn thành bảo đảm tưới chủ động cho 350 ha lúa, góp phần ổn định đời sống nhân dân.',
    ],
  },
  {
    id: 'hoa-giai',
    section: 'tin-trong-tinh',
    tags: ['Hòa giải ở cơ sở', 'Pháp luật'],
    titles: [
      'Tổ hòa giải ở cơ sở – cầu nối giữ bình yên bản làng',
      'Nâng cao hiệu quả công tác hoà giải ở cơ sở',
      'Hòa giải viên giỏi ở {xa}',
      'Hội thi hòa giải viên giỏi năm {nam}',
      'Hoà giải thành hàng trăm vụ việc tranh chấp đất đai',
      'Tập huấn kỹ năng hòa giải cho tổ hòa giải các bản',
    ],
    leads: [
      'Các tổ hòa giải ở cơ sở đã hòa giải thành phần lớn các mâu thuẫn, tranh chấp nhỏ ngay tại bản, góp phần giữ gìn đoàn kết.',
      'Hòa giải viên là người có uy tín, am hiểu phong tục tập quán, được nhân dân tin tưởng.',
      'Năm {nam}, tỷ lệ hoà giải thành đạt trên 85%, không để phát sinh điểm nóng.',
    ],
    paras: [
      'Luật Hòa giải ở cơ sở được phổ biến rộng rãi; hòa giải viên được bồi dưỡng kỹ năng, nghiệp vụ thường xuyên.',
      'Nhờ làm tốt công tác hoà giải, nhiều vụ việc được giải quyết có lý, có tình, không phải chuyển lên cấp trên.',
    ],
  },
  {
    id: 'ubkt',
    section: 'xay-dung-dang',
    tags: ['Ủy ban Kiểm tra', 'Kiểm tra, giám sát'],
    titles: [
      'Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ {so}',
      'Ủy ban Kiểm tra các cấp nâng cao chất lượng giám sát thường xuyên',
      'Uỷ ban Kiểm tra Tỉnh ủy xem xét, thi hành kỷ luật đảng viên vi phạm',
      'Hội nghị tổng kết công tác kiểm tra, giám sát của Ủy ban Kiểm tra năm {nam}',
      'Kiện toàn Ủy ban Kiểm tra Đảng ủy các xã sau sắp xếp',
      'Ủy ban Kiểm tra Tỉnh ủy giám sát việc kê khai tài sản, thu nhập',
    ],
    leads: [
      'Ủy ban Kiểm tra Tỉnh ủy đã xem xét, kết luận nhiều nội dung quan trọng theo thẩm quyền.',
      'Ủy ban Kiểm tra các cấp chủ động phát hiện sớm, cảnh báo từ xa, không để vi phạm nhỏ tích tụ thành sai phạm lớn.',
      'Năm {nam}, Ủy ban Kiểm tra các cấp kiểm tra hơn 300 tổ chức đảng và đảng viên khi có dấu hiệu vi phạm.',
    ],
    paras: [
      'Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với một số đảng viên.',
      'Ủy ban Kiểm tra yêu cầu tổ chức đảng và đảng viên có liên quan nghiêm túc rút kinh nghiệm, khắc phục hạn chế.',
    ],
  },
  {
    id: 'chien-thang-dbp',
    section: 'hoat-dong-cua-tinh-uy',
    tags: ['Chiến thắng Điện Biên Phủ', 'Lịch sử'],
    titles: [
      'Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ: hào khí lịch sử còn vang mãi',
      'Chiến thắng Điện Biên Phủ – bản hùng ca bất diệt',
      'Chuẩn bị Lễ kỷ niệm 72 năm Chiến thắng Điện Biên Phủ',
      'Tri ân các chiến sĩ Điện Biên nhân kỷ niệm Chiến thắng Điện Biên Phủ',
      'Đón nhận bằng di tích quốc gia đặc biệt về Chiến thắng Điện Biên Phủ',
      'Chiến thắng Điện Biên Phủ qua những hiện vật ở bảo tàng',
    ],
    leads: [
      'Chiến thắng Điện Biên Phủ ngày 7/5/1954 “lừng lẫy năm châu, chấn động địa cầu” là mốc son chói lọi trong lịch sử dân tộc.',
      'Các hoạt động kỷ niệm Chiến thắng Điện Biên Phủ được tổ chức trang trọng, thiết thực, ý nghĩa.',
      'Những cựu chiến sĩ Điện Biên trở lại chiến trường xưa, kể lại những ký ức về chiến dịch lịch sử.',
    ],
    paras: [
      'Chiến dịch Điện Biên Phủ kéo dài 56 ngày đêm, kết thúc bằng thắng lợi hoàn toàn, buộc thực dân Pháp ký Hiệp định Giơ-ne-vơ.',
      'Hệ thống di tích Chiến trường Điện Biên Phủ được tu bổ, tôn tạo, trở thành điểm đến giáo dục truyền thống cho thế hệ trẻ.',
    ],
  },
  {
    id: 'dien-bien-hoa-binh',
    section: 'bao-ve-nen-tang-tu-tuong',
    tags: ['Diễn biến hòa bình', 'Bảo vệ nền tảng tư tưởng'],
    titles: [
      'Đấu tranh phòng, chống “diễn biến hòa bình” trên không gian mạng',
      'Nhận diện âm mưu “diễn biến hoà bình” trong lĩnh vực văn hóa',
      'Cảnh giác với “tự diễn biến”, “tự chuyển hóa” trong nội bộ',
      'Chiến lược “diễn biến hòa bình” và những thủ đoạn mới',
      'Không để “diễn biến hòa bình” lợi dụng vấn đề dân tộc, tôn giáo',
      'Bồi dưỡng kỹ năng phản bác luận điệu “diễn biến hòa bình” cho lực lượng nòng cốt',
    ],
    leads: [
      'Các thế lực thù địch đẩy mạnh chiến lược “diễn biến hòa bình”, lợi dụng mạng xã hội để xuyên tạc đường lối của Đảng.',
      'Phòng, chống “diễn biến hòa bình”, “tự diễn biến”, “tự chuyển hóa” là nhiệm vụ thường xuyên của cả hệ thống chính trị.',
      'Lực lượng nòng cốt bảo vệ nền tảng tư tưởng của Đảng đã kịp thời phản bác nhiều luận điệu sai trái.',
    ],
    paras: [
      'Âm mưu “diễn biến hòa bình” ngày càng tinh vi, tập trung vào thế hệ trẻ và vùng đồng bào dân tộc thiểu số.',
      'Mỗi cán bộ, đảng viên cần nâng cao bản lĩnh, tỉnh táo nhận diện các biểu hiện “tự diễn biến”, “tự chuyển hóa”.',
    ],
  },
  {
    id: 'hoc-tap-bac',
    section: 'hoc-tap-va-lam-theo-bac',
    tags: ['Học tập và làm theo Bác', 'Chỉ thị 05-CT/TW'],
    titles: [
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở {xa}',
      'Gương sáng học tập và làm theo Bác ở bản vùng cao',
      'Sơ kết thực hiện Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'Biểu dương điển hình tiên tiến trong học tập và làm theo Bác năm {nam}',
      'Học tập và làm theo Bác từ những việc nhỏ',
      'Đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt chi bộ',
    ],
    leads: [
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên của cán bộ, đảng viên.',
      'Nhiều tấm gương bình dị trong học tập và làm theo Bác được phát hiện, biểu dương, nhân rộng.',
      'Năm {nam}, các cấp ủy đăng ký chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chính trị.',
    ],
    paras: [
      'Thực hiện Chỉ thị 05-CT/TW, mỗi cán bộ, đảng viên đăng ký những việc làm cụ thể để học tập và làm theo Bác.',
      'Ông là người đầu tiên trong bản đưa giống lúa mới vào ruộng nước, vận động bà con làm đường, học tập và làm theo Bác bằng việc làm thiết thực.',
    ],
  },
  {
    id: 'tham-nhung',
    section: 'xay-dung-dang',
    tags: ['Phòng, chống tham nhũng, tiêu cực'],
    titles: [
      'Đẩy mạnh phòng, chống tham nhũng, tiêu cực ở cơ sở',
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp phiên thường kỳ',
      'Phòng, chống tham nhũng trong quản lý đất đai, đầu tư công',
      'Tuyên truyền Luật Phòng, chống tham nhũng cho cán bộ, công chức {xa}',
      'Kiểm soát tài sản, thu nhập – giải pháp phòng, chống tham nhũng',
      'Phòng, chống tham nhũng vặt trong giải quyết thủ tục hành chính',
    ],
    leads: [
      'Công tác phòng, chống tham nhũng, tiêu cực được tỉnh lãnh đạo quyết liệt, không có vùng cấm, không có ngoại lệ.',
      'Năm {nam}, các cơ quan chức năng phát hiện, xử lý nghiêm nhiều vụ việc tham nhũng, tiêu cực.',
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh chỉ đạo đẩy nhanh tiến độ các vụ án, vụ việc được theo dõi.',
    ],
    paras: [
      'Tỉnh tăng cường công khai, minh bạch trong hoạt động công vụ, coi đây là giải pháp phòng ngừa tham nhũng hiệu quả.',
      'Các vụ việc tham nhũng được xử lý nghiêm minh, kịp thời, tạo sự đồng thuận trong nhân dân.',
    ],
  },
  {
    id: 'chinh-quyen-hai-cap',
    section: 'hoat-dong-cua-tinh-uy',
    tags: ['Chính quyền địa phương hai cấp', 'Sắp xếp đơn vị hành chính'],
    titles: [
      'Vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025',
      'Chính quyền hai cấp: người dân {xa} làm thủ tục nhanh hơn',
      'Một tháng vận hành chính quyền địa phương hai cấp: kết quả bước đầu',
      'Tháo gỡ vướng mắc khi vận hành chính quyền hai cấp',
      'Trung tâm phục vụ hành chính công cấp xã sau sắp xếp',
      'Bố trí cán bộ về cơ sở đáp ứng mô hình chính quyền hai cấp',
    ],
    leads: [
      'Từ ngày 1/7/2025, tỉnh chính thức vận hành mô hình chính quyền địa phương hai cấp với 45 xã, phường.',
      'Chính quyền cấp xã mới được tổ chức gọn nhẹ, gần dân, phục vụ người dân và doanh nghiệp tốt hơn.',
      'Sau sắp xếp, các trung tâm phục vụ hành chính công cấp xã đi vào hoạt động ổn định.',
    ],
    paras: [
      'Mô hình chính quyền địa phương hai cấp giúp giảm tầng nấc trung gian, rút ngắn thời gian giải quyết thủ tục hành chính.',
      'Tỉnh tiếp tục rà soát, điều chuyển cán bộ, công chức có chuyên môn phù hợp về các xã còn thiếu.',
    ],
  },
  {
    id: 'xoa-nha-tam',
    section: 'tin-trong-tinh',
    tags: ['Xóa nhà tạm, nhà dột nát'],
    titles: [
      'Hoàn thành xóa nhà tạm, nhà dột nát trên địa bàn tỉnh',
      'Xóa nhà tạm ở {xa}: niềm vui nhà mới của đồng bào',
      'Huy động mọi nguồn lực xoá nhà tạm, nhà dột nát',
      'Lực lượng vũ trang chung tay xóa nhà tạm cho hộ nghèo',
      'Tổng kết chương trình xóa nhà tạm, nhà dột nát năm {nam}',
    ],
    leads: [
      'Chương trình xóa nhà tạm, nhà dột nát đã giúp hàng nghìn hộ nghèo, hộ cận nghèo có nhà ở kiên cố.',
      'Với sự chung tay của cả hệ thống chính trị, tỉnh đã hoàn thành mục tiêu xóa nhà tạm trước thời hạn.',
    ],
    paras: [
      'Mỗi căn nhà được hỗ trợ từ 40 đến 60 triệu đồng, cùng ngày công của lực lượng vũ trang, đoàn viên thanh niên.',
      'Nhờ chương trình xóa nhà tạm, nhiều hộ đồng bào yên tâm lao động sản xuất, vươn lên thoát nghèo.',
    ],
  },
  {
    id: 'dai-hoi-dang-bo',
    section: 'hoat-dong-cua-tinh-uy',
    tags: ['Đại hội Đảng bộ', 'Nhiệm kỳ 2025 – 2030'],
    titles: [
      'Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 – 2030 thành công tốt đẹp',
      'Đại hội Đảng bộ {xa} lần thứ nhất, nhiệm kỳ 2025 – 2030',
      'Chuẩn bị văn kiện Đại hội Đảng bộ tỉnh lần thứ XV',
      'Đại hội Đảng bộ các xã, phường: bầu cấp ủy đúng quy định',
      'Khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XV',
      'Đại hội điểm cấp cơ sở rút kinh nghiệm cho đại hội đảng bộ các xã',
    ],
    leads: [
      'Đại hội Đảng bộ tỉnh lần thứ XV đã bầu Ban Chấp hành khóa mới, thông qua Nghị quyết Đại hội với nhiều chỉ tiêu quan trọng.',
      'Các đại hội đảng bộ cơ sở được tổ chức chu đáo, đúng quy định, tạo khí thế mới trong nhiệm kỳ 2025 – 2030.',
    ],
    paras: [
      'Đại hội đã thảo luận, thống nhất phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 – 2030 và bầu Ban Chấp hành Đảng bộ khóa mới.',
      'Công tác chuẩn bị nhân sự đại hội đảng bộ được thực hiện chặt chẽ, dân chủ, đúng quy trình.',
    ],
  },
  {
    id: 'phat-trien-dang-vien',
    section: 'xay-dung-dang',
    tags: ['Phát triển đảng viên'],
    titles: [
      'Phát triển đảng viên ở vùng đồng bào dân tộc thiểu số',
      'Kết nạp đảng viên là người có đạo ở {xa}',
      'Xóa “bản trắng” đảng viên: kết quả và kinh nghiệm',
      'Phát triển đảng viên trong doanh nghiệp ngoài nhà nước',
      'Năm {nam}, toàn tỉnh kết nạp hơn 1.500 đảng viên mới',
    ],
    leads: [
      'Công tác phát triển đảng viên được các cấp ủy quan tâm, chú trọng chất lượng, nhất là ở các bản chưa có đảng viên.',
      'Việc kết nạp đảng viên mới gắn với củng cố chi bộ, xóa bản chưa có tổ chức đảng.',
    ],
    paras: [
      'Các chi bộ phân công đảng viên giúp đỡ quần chúng ưu tú, tạo nguồn phát triển đảng viên.',
      'Phần lớn đảng viên mới kết nạp là đoàn viên thanh niên, người dân tộc thiểu số.',
    ],
  },
  {
    id: 'du-lich-cong-dong',
    section: 'tin-trong-tinh',
    tags: ['Du lịch cộng đồng'],
    titles: [
      'Du lịch cộng đồng ở bản Mển, {xa}',
      'Phát triển du lịch cộng đồng gắn với giữ gìn bản sắc văn hóa',
      'Homestay – hướng đi mới của du lịch cộng đồng vùng cao',
      'Liên kết tour du lịch cộng đồng giữa các xã vùng lòng chảo',
      'Tập huấn kỹ năng làm du lịch cộng đồng cho người dân',
    ],
    leads: [
      'Du lịch cộng đồng đang mở ra hướng thoát nghèo bền vững cho đồng bào vùng cao.',
      'Nhiều hộ dân mạnh dạn đầu tư homestay, phục vụ du khách trải nghiệm văn hóa bản địa.',
    ],
    paras: [
      'Du khách được trải nghiệm cuộc sống của đồng bào, thưởng thức ẩm thực truyền thống, tham gia múa xòe.',
      'Để du lịch cộng đồng phát triển bền vững, địa phương chú trọng bảo vệ môi trường, giữ gìn nếp sống của bản.',
    ],
  },
  {
    id: 'bien-gioi',
    section: 'tin-trong-tinh',
    tags: ['Biên giới', 'Bộ đội Biên phòng'],
    titles: [
      'Bảo vệ chủ quyền, an ninh biên giới quốc gia',
      'Bộ đội Biên phòng cùng dân bản giữ bình yên biên giới',
      'Tuần tra song phương, bảo vệ cột mốc biên giới Việt – Lào',
      'Ngày Biên phòng toàn dân ở {xa}',
      'Phong trào toàn dân tham gia tự quản đường biên, cột mốc',
    ],
    leads: [
      'Cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh phối hợp chặt chẽ với lực lượng bảo vệ biên giới nước bạn Lào.',
      'Đường biên giới, cột mốc được quản lý, bảo vệ chặt chẽ, không để xảy ra tình huống bị động, bất ngờ.',
    ],
    paras: [
      'Các tổ tự quản đường biên, cột mốc được duy trì hoạt động đều đặn, phát hiện, báo cáo kịp thời các vụ việc.',
      'Bộ đội Biên phòng triển khai mô hình “Nâng bước em tới trường”, giúp đỡ học sinh nghèo khu vực biên giới.',
    ],
  },
  {
    id: 'giam-ngheo',
    section: 'tin-trong-tinh',
    tags: ['Giảm nghèo bền vững'],
    titles: [
      'Giảm nghèo bền vững ở các xã biên giới',
      'Tỷ lệ hộ nghèo giảm mạnh nhờ chương trình giảm nghèo bền vững',
      'Mô hình sinh kế giúp đồng bào {xa} thoát nghèo',
      'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm {nam}',
      'Người có uy tín đi đầu trong giảm nghèo bền vững',
    ],
    leads: [
      'Năm {nam}, tỷ lệ hộ nghèo toàn tỉnh giảm hơn 5%, vượt chỉ tiêu giảm nghèo bền vững đề ra.',
      'Các mô hình sinh kế trồng cây ăn quả, chăn nuôi đại gia súc giúp nhiều hộ giảm nghèo bền vững.',
    ],
    paras: [
      'Chương trình giảm nghèo bền vững tập trung hỗ trợ sinh kế, đào tạo nghề, giải quyết việc làm cho lao động nông thôn.',
      'Nhiều hộ đã tự nguyện viết đơn xin ra khỏi danh sách hộ nghèo, thể hiện tinh thần tự lực vươn lên.',
    ],
  },
  {
    id: 'lu-quet',
    section: 'tin-trong-tinh',
    tags: ['Phòng, chống thiên tai'],
    titles: [
      'Lũ quét gây thiệt hại nặng ở {xa}',
      'Khắc phục hậu quả lũ quét, sạt lở đất',
      'Di dời khẩn cấp các hộ dân vùng có nguy cơ lũ quét',
      'Chủ động phòng, chống thiên tai mùa mưa lũ năm {nam}',
      'Hỗ trợ người dân vùng lũ quét sớm ổn định cuộc sống',
    ],
    leads: [
      'Mưa lớn kéo dài gây lũ quét, sạt lở đất làm hư hỏng nhiều nhà ở, công trình giao thông.',
      'Các lực lượng khẩn trương giúp người dân khắc phục hậu quả lũ quét, sớm ổn định cuộc sống.',
    ],
    paras: [
      'Ban Chỉ huy phòng, chống thiên tai tỉnh yêu cầu các xã rà soát các điểm có nguy cơ lũ quét, sạt lở để chủ động di dời.',
      'Trận lũ quét làm trôi nhiều diện tích lúa, hoa màu và hàng trăm gia súc, gia cầm.',
    ],
  },
  {
    id: 'hoa-ban',
    section: 'tin-trong-tinh',
    tags: ['Lễ hội Hoa Ban', 'Văn hóa'],
    titles: [
      'Lễ hội Hoa Ban năm {nam}: sắc trắng lòng chảo Mường Thanh',
      'Khai mạc Lễ hội Hoa Ban và Ngày hội Văn hóa các dân tộc',
      'Người đẹp Hoa Ban – nét duyên vùng cao',
      'Lễ hội Hoa Ban thu hút hàng vạn du khách',
      'Chuẩn bị chu đáo cho Lễ hội Hoa Ban',
    ],
    leads: [
      'Lễ hội Hoa Ban là sự kiện văn hóa, du lịch thường niên, tôn vinh loài hoa biểu tượng của núi rừng Tây Bắc.',
      'Trong những ngày diễn ra Lễ hội Hoa Ban, thành phố rực rỡ sắc hoa, rộn ràng tiếng khèn, tiếng chiêng.',
    ],
    paras: [
      'Lễ hội Hoa Ban có nhiều hoạt động như diễu hành đường phố, thi người đẹp Hoa Ban, hội chợ thương mại, trò chơi dân gian.',
      'Hoa ban nở trắng các triền đồi vào tháng Ba, gắn với tình yêu thủy chung trong truyện cổ của đồng bào Thái.',
    ],
  },
  {
    id: 'thuy-dien',
    section: 'tin-trong-tinh',
    tags: ['Thủy điện'],
    titles: [
      'Nhà máy thủy điện Long Tạo vận hành an toàn mùa lũ',
      'Quản lý chặt chẽ việc vận hành hồ chứa thuỷ điện',
      'Đền bù, tái định cư cho người dân vùng dự án thủy điện',
      'Thủy điện nhỏ: lợi ích và những rủi ro cần kiểm soát',
      'Điều tiết nước hồ thủy điện bảo đảm an toàn cho hạ du',
    ],
    leads: [
      'Các nhà máy thủy điện trên địa bàn được yêu cầu tuân thủ nghiêm quy trình vận hành hồ chứa trong mùa mưa lũ.',
      'Dự án thủy điện mang lại nguồn thu ngân sách, nhưng cũng đặt ra yêu cầu bảo đảm sinh kế cho người dân tái định cư.',
    ],
    paras: [
      'Sở Công Thương tăng cường kiểm tra các nhà máy thủy điện, yêu cầu thông báo trước khi xả lũ.',
      'Người dân vùng tái định cư thủy điện được hỗ trợ đất sản xuất, chuyển đổi nghề.',
    ],
  },
];

/**
 * Distractors: articles written with the syllables of a judged query scattered, about something
 * else. `for` names the query words they imitate (documentation only; they are about nothing
 * the judged set asks for).
 */
interface DistractorSpec {
  for: string;
  section: CorpusSection;
  titles: string[];
  leads: string[];
  paras: string[];
}

const DISTRACTORS: DistractorSpec[] = [
  {
    for: 'đào tạo cán bộ',
    section: 'hoat-dong-cua-tinh-uy',
    titles: [
      'Bộ Chính trị ban hành quy định mới về công tác kiểm tra',
      'Đảng bộ {xa} phát huy tinh thần sáng tạo trong lãnh đạo sản xuất',
      'Cán bộ bản tỉnh táo trước thông tin sai lệch trên mạng',
      'Lãnh đạo tỉnh thăm, tặng quà Tết đồng bào vùng cao',
      'Hội Nông dân tạo điều kiện cho hội viên vay vốn trồng táo mèo',
      'Lãnh đạo Bộ Công an làm việc với Đảng bộ Công an tỉnh',
      'Lãnh đạo tạo điều kiện cho doanh nghiệp đầu tư vào cửa khẩu',
    ],
    leads: [
      'Đảng bộ xã lãnh đạo nhân dân chuyển đổi cây trồng, sáng tạo nhiều cách làm mới, cần cù lao động, bộ mặt nông thôn khởi sắc.',
      'Ban Thường vụ Đảng bộ đề nghị cán bộ, đảng viên tỉnh táo, không chia sẻ thông tin chưa được kiểm chứng; cần cảnh giác trước luận điệu xuyên tạc.',
      'Đoàn công tác của Bộ đã đạo đạt nguyện vọng của cử tri, tạo điều kiện tháo gỡ khó khăn cho cơ sở.',
    ],
    paras: [
      'Bí thư Đảng bộ xã cho biết, nhờ sự lãnh đạo sát sao, người dân đã sáng tạo nhiều mô hình trồng táo mèo, thảo quả dưới tán rừng; đời sống cán bộ và nhân dân từng bước được cải thiện.',
      'Đoàn đã thăm hỏi các gia đình chính sách, trao tặng bò giống, tạo sinh kế cho hộ nghèo; đề nghị chính quyền cần quan tâm hơn nữa đến đồng bào vùng cao.',
      'Lãnh đạo Bộ ghi nhận những kết quả đạt được, đồng thời lưu ý cần chủ động nắm tình hình, tỉnh táo xử lý các vụ việc phức tạp ngay từ cơ sở.',
    ],
  },
  {
    for: 'bồi dưỡng lý luận chính trị',
    section: 'tin-trong-tinh',
    titles: [
      'Bồi thường giải phóng mặt bằng đường nối cao tốc: người dân đồng thuận',
      'Lý do chậm giải ngân vốn bồi thường, hỗ trợ tái định cư',
      'Tăng cường kiểm tra chất lượng đường giao thông nông thôn',
    ],
    leads: [
      'Hội đồng bồi thường đã niêm yết công khai phương án, trả lời kiến nghị của người dân theo đúng trình tự luật định; an ninh chính trị được giữ vững.',
      'Theo lý giải của chủ đầu tư, việc thi công đường chậm do vướng mặt bằng; dư luận mong sớm hoàn thành.',
    ],
    paras: [
      'Cơ quan chức năng đã lập luận chặt chẽ về nguồn gốc đất, bồi thường đúng, đủ; các hộ nhận tiền dưỡng già được hỗ trợ thêm; tình hình chính trị ổn định.',
      'Nhiều đoạn đường xuống cấp được duy tu, bảo dưỡng kịp thời; lý do chính là lưu lượng xe tải trọng lớn tăng nhanh.',
    ],
  },
  {
    for: 'nghị quyết 57',
    section: 'dua-nghi-quyet-vao-cuoc-song',
    titles: [
      'Hội đồng nhân dân tỉnh thông qua 57 nghị quyết tại kỳ họp thứ 20',
      'Nghị quyết về giá đất năm {nam}: 57 tuyến đường được điều chỉnh',
      'Quyết định phê duyệt danh sách 57 hộ được hỗ trợ nhà ở',
    ],
    leads: [
      'Kỳ họp đã xem xét, quyết định nhiều nội dung quan trọng; tổng cộng 57 nghị quyết chuyên đề được biểu quyết thông qua.',
      'Theo nghị quyết, giá đất ở 57 tuyến đường thuộc các phường được điều chỉnh tăng từ 5 đến 20%.',
    ],
    paras: [
      'Các đại biểu đề nghị UBND tỉnh sớm ban hành văn bản hướng dẫn để nghị quyết đi vào cuộc sống; 57 hồ sơ đã được thẩm định.',
      'Quyết định nêu rõ, việc hỗ trợ được thực hiện công khai; ủy ban xã phải quyết toán trước ngày 57 ngày kể từ khi nhận kinh phí.',
    ],
  },
  {
    for: 'xây dựng Đảng',
    section: 'tin-trong-tinh',
    titles: [
      'Xây dựng cầu treo bản Na Pen: Đảng ủy xã giám sát chặt chẽ',
      'Xây dựng trường học vùng cao, Đảng viên đi đầu hiến đất',
      'Đảng ủy Quân sự tỉnh kiểm tra công tác xây dựng doanh trại',
    ],
    leads: [
      'Công trình xây dựng cầu treo có tổng vốn 12 tỷ đồng; Đảng ủy xã giao chi bộ bản theo dõi tiến độ.',
      'Đảng viên trong bản vận động các hộ hiến đất, góp công xây dựng điểm trường.',
    ],
    paras: [
      'Nhà thầu xây dựng cam kết bảo đảm chất lượng; Đảng ủy, chính quyền xã yêu cầu hoàn thành trước mùa mưa.',
      'Vật liệu xây dựng được vận chuyển bằng sức người; nhiều đảng viên trẻ tham gia khuân vác.',
    ],
  },
  {
    for: 'Điện Biên (diễn biến)',
    section: 'tin-trong-tinh',
    titles: [
      'Diễn biến thời tiết bất thường, nông dân gieo cấy muộn',
      'Theo dõi sát diễn biến dịch tả lợn châu Phi',
      'Diễn biến giá nông sản những tháng cuối năm',
    ],
    leads: [
      'Trước diễn biến thời tiết phức tạp, ngành nông nghiệp khuyến cáo người dân chủ động lịch thời vụ.',
      'Dịch bệnh có diễn biến phức tạp, lây lan nhanh ở một số bản vùng cao.',
    ],
    paras: [
      'Cơ quan khí tượng dự báo diễn biến mưa lớn còn kéo dài, nguy cơ sạt lở đất ở vùng núi.',
      'Chính quyền theo dõi sát diễn biến giá cả, hướng dẫn người dân không bán tháo nông sản.',
    ],
  },
  {
    for: 'Đặng Đình Hòa',
    section: 'hoat-dong-cua-tinh-uy',
    titles: [
      'Đảng ủy xã {xa} định hướng phát triển kinh tế hòa hợp với bảo tồn',
      'Hòa Bình và Điện Biên ký kết hợp tác phát triển du lịch',
      'Quy định mới về đăng ký hộ kinh doanh, Đảng viên được hướng dẫn chi tiết',
    ],
    leads: [
      'Đảng ủy xác định phát triển kinh tế phải hòa hợp với bảo tồn thiên nhiên, ổn định đời sống nhân dân.',
      'Hai tỉnh thống nhất định kỳ trao đổi kinh nghiệm, hòa nhịp phát triển.',
    ],
    paras: [
      'Theo quy định, đảng viên đăng ký hộ kinh doanh phải báo cáo chi bộ; mọi mâu thuẫn được hòa giải trên tinh thần đoàn kết.',
      'Nhiều đình, chùa ở hai tỉnh được tu bổ; chính quyền định hướng khai thác du lịch tâm linh hòa quyện với văn hóa bản địa.',
    ],
  },
  {
    for: 'Lò Văn Mừng / Phạm Thị Thủy',
    section: 'tin-trong-tinh',
    titles: [
      'Lò sấy chè mới giúp nông dân {xa} mừng vụ thu hoạch',
      'Văn nghệ mừng Đảng, mừng Xuân ở thị trấn cũ',
      'Thị trường thủy sản cuối năm: cá nước ngọt tăng giá',
    ],
    leads: [
      'Nông dân phấn khởi mừng vụ chè bội thu; lò sấy mới giúp giảm công lao động, nâng giá trị sản phẩm.',
      'Chương trình văn nghệ chào mừng do Trung tâm Văn hóa tỉnh tổ chức tại phố thị.',
    ],
    paras: [
      'Người dân lo lắng giá thủy sản giảm; Hội Nông dân hướng dẫn nuôi cá lồng trên hồ thủy điện, văn phòng xã mừng vì sản lượng tăng.',
      'Phạm vi phục vụ của chợ thị trấn mở rộng, Văn phòng UBND xã tạo điều kiện cho tiểu thương.',
    ],
  },
  {
    for: 'Mường Phăng / Mường Ảng (Mường alone)',
    section: 'tin-trong-tinh',
    titles: [
      'Mường Thanh mùa lúa chín',
      'Phăng teo rác thải bản vùng cao: vấn đề cần giải quyết',
      'Xây dựng nông thôn mới ở Mường Nhé và Mường Toong',
    ],
    leads: [
      'Cánh đồng Mường Thanh vàng óng, bà con tất bật thu hoạch, mong một vụ bội thu.',
      'Rác thải sinh hoạt ở nhiều bản chưa được thu gom, ảnh hưởng đến cảnh quan.',
    ],
    paras: [
      'Các mường, các bản trong vùng đang vào mùa gặt; hợp tác xã hỗ trợ máy gặt đập liên hợp.',
      'Chính quyền vận động người dân phân loại rác, thu gom định kỳ, xử lý bằng lò đốt nhỏ.',
    ],
  },
  {
    for: 'hòa giải / hoa ban',
    section: 'tin-trong-tinh',
    titles: [
      'Bản làng hòa thuận nhờ hương ước mới',
      'Giải bóng đá thanh niên các bản tranh cúp Hoa Sen',
      'Ban nhạc trẻ hòa âm những làn điệu dân ca',
    ],
    leads: [
      'Hương ước mới giúp bà con trong bản sống hòa thuận, giải quyết mâu thuẫn bằng tình làng nghĩa xóm.',
      'Giải thu hút 16 đội bóng; ban tổ chức trao giải cho các đội có thành tích cao.',
    ],
    paras: [
      'Ban quản lý bản thường xuyên nhắc nhở người dân giữ gìn hòa khí; các giải thưởng văn hóa được trao hằng năm.',
      'Hoa đào, hoa mận nở rộ; ban nhạc trẻ hòa giọng cùng nghệ nhân hát then.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Commune and leader news: ordinary articles whose subject is a commune or a leader.

const COMMUNE_TITLES = [
  '{Xa} thu hoạch lúa mùa đạt năng suất cao',
  '{Xa} ra quân làm đường giao thông nông thôn',
  'Người dân {xa} trồng rừng gỗ lớn',
  '{Xa} tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
  'Tết Độc lập ở {xa}',
  'Trạm y tế {xa} khám sàng lọc cho người cao tuổi',
  '{Xa} khánh thành nhà văn hóa bản',
  'Học sinh {xa} vào năm học mới',
];
const COMMUNE_LEADS = [
  'Năm nay, {xa} có hơn 300 hộ tham gia, nhiều bản góp công, góp của để hoàn thành kế hoạch sớm.',
  'Chính quyền {xa} đã huy động cả hệ thống chính trị vào cuộc, được nhân dân đồng tình ủng hộ.',
  'Bà con các dân tộc ở {xa} phấn khởi trước những đổi thay của quê hương.',
];
const COMMUNE_PARAS = [
  'Theo Chủ tịch UBND {xa}, thời gian tới xã tiếp tục huy động nguồn lực, phát huy sức dân, phấn đấu hoàn thành các chỉ tiêu năm.',
  'Cán bộ xã xuống từng bản hướng dẫn người dân kỹ thuật, đồng thời nắm bắt tâm tư, nguyện vọng của nhân dân.',
];

const LEADER_TITLES = [
  'Đồng chí {lanhdao} làm việc tại {xa}',
  'Đồng chí {lanhdao} thăm, tặng quà gia đình chính sách',
  'Đồng chí {lanhdao} tiếp xúc cử tri {xa}',
  'Đồng chí {lanhdao} kiểm tra công tác phòng, chống thiên tai',
  'Đồng chí {lanhdao} dự ngày hội đại đoàn kết ở khu dân cư',
  'Đồng chí {lanhdao} chủ trì hội nghị giao ban quý',
];
const LEADER_LEADS = [
  'Chiều {ngay}, đồng chí {lanhdao} đã có buổi làm việc với Ban Thường vụ Đảng ủy {xa} về tình hình thực hiện nhiệm vụ.',
  'Cùng đi có lãnh đạo các sở, ngành của tỉnh; đồng chí {lanhdao} ghi nhận những nỗ lực của địa phương.',
  'Sáng {ngay}, đồng chí {lanhdao} đến thăm, động viên cán bộ, chiến sĩ và nhân dân {xa}.',
];
const LEADER_PARAS = [
  'Phát biểu tại buổi làm việc, đồng chí {ten} đề nghị địa phương phát huy đoàn kết, tập trung tháo gỡ khó khăn, chăm lo đời sống nhân dân.',
  'Đồng chí {ten} yêu cầu cán bộ cơ sở gần dân, sát dân, lắng nghe ý kiến của nhân dân để giải quyết kịp thời.',
];

/** Round-ups: general titles and leads (the body treats one topic among others). */
const ROUNDUP_TITLES = [
  'Hội nghị Ban Chấp hành Đảng bộ {xa} lần thứ {so}',
  '{Xa} sơ kết công tác 6 tháng đầu năm',
  'Kết quả nổi bật năm {nam} của {xa}',
  'Giao ban công tác quý III: nhiều chỉ tiêu đạt khá',
  'Tỉnh ủy cho ý kiến vào các đề án trình kỳ họp',
  'Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy {xa}',
  'Chất vấn tại kỳ họp Hội đồng nhân dân tỉnh',
  'Nhìn lại một năm thực hiện nhiệm vụ chính trị',
];
const ROUNDUP_LEADS = [
  'Hội nghị đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị, quốc phòng – an ninh và bàn giải pháp cho thời gian tới.',
  'Bên cạnh những kết quả đạt được, các đại biểu thẳng thắn chỉ ra tồn tại, hạn chế và nguyên nhân.',
  'Nhiều ý kiến tâm huyết được gửi tới hội nghị, tập trung vào những việc còn chậm, còn vướng.',
];

/** General filler news (no judged topic): agriculture, health, schools, security, culture. */
const FILLER_TITLES = [
  'Tiêm vắc xin phòng bệnh cho trẻ em vùng cao',
  'Khai mạc giải vô địch bóng chuyền các dân tộc',
  'Hội chợ nông sản, sản phẩm OCOP thu hút đông người mua',
  'Tuyển quân năm {nam}: thanh niên hăng hái lên đường nhập ngũ',
  'Bảo tồn nghề dệt thổ cẩm của phụ nữ Thái',
  'Kiểm tra an toàn thực phẩm dịp cuối năm',
  'Hỗ trợ học sinh bán trú vượt khó đến trường',
  'Triển lãm ảnh về đất và người vùng cao',
  'Trồng rừng thay thế, nâng tỷ lệ che phủ rừng',
  'Cấp điện lưới quốc gia cho các bản chưa có điện',
  'Thu ngân sách năm {nam} vượt dự toán',
  'Phát động Tháng hành động vì an toàn giao thông',
  'Hội thi nấu ăn các dân tộc trong Ngày hội Văn hóa',
  'Phòng, chống cháy rừng mùa khô',
  'Ra mắt câu lạc bộ dân ca, dân vũ các dân tộc',
  'Cải cách thủ tục hành chính, nâng cao chỉ số hài lòng',
  'Công an tỉnh triệt phá đường dây mua bán trái phép chất ma túy',
  'Giải ngân vốn đầu tư công đạt khá trong quý III',
  'Nâng cao chất lượng khám chữa bệnh ở bệnh viện tuyến tỉnh',
  'Tập huấn kỹ thuật chăn nuôi gia súc cho hộ nông dân',
  'Tổ chức kỳ thi tốt nghiệp trung học phổ thông an toàn, nghiêm túc',
  'Hội Cựu chiến binh phát huy vai trò ở khu dân cư',
  'Đoàn Thanh niên ra quân chiến dịch tình nguyện hè',
  'Hội Liên hiệp Phụ nữ hỗ trợ phụ nữ khởi nghiệp',
  'Tăng cường quản lý, bảo vệ rừng đầu nguồn',
  'Sáp nhập trường học, bảo đảm quyền lợi của học sinh',
  'Xuất khẩu lao động – hướng thoát nghèo của thanh niên vùng cao',
  'Giữ gìn điệu xòe Thái – di sản văn hóa phi vật thể của nhân loại',
  'Chăm lo Tết cho hộ nghèo, gia đình chính sách',
  'Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số',
];
const FILLER_LEADS = [
  'Hoạt động diễn ra trong không khí sôi nổi, thu hút đông đảo người dân tham gia.',
  'Đây là hoạt động thiết thực, góp phần nâng cao đời sống vật chất, tinh thần cho nhân dân.',
  'Ngành chức năng cho biết kết quả năm nay cao hơn cùng kỳ năm trước.',
  'Nhiều hộ gia đình đã chủ động đăng ký tham gia ngay từ đầu năm.',
];

// ---------------------------------------------------------------------------------------------

/** The commune phrase as written in running text: "xã Mường Phăng", "phường Mường Thanh". */
const inText = ([type, name]: [string, string]): string => `${type} ${name}`;
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Old tone placement ("Hòa" → "Hoà", "Thủy" → "Thuỷ"): both spellings appear in real texts. */
export function oldStyle(s: string): string {
  return s.replace(/Hòa/g, 'Hoà').replace(/Thủy/g, 'Thuỷ').replace(/hòa/g, 'hoà');
}

/** Builds the corpus (about 560 articles); same output on every call. */
export function buildCorpus(seed = 20261207): CorpusArticle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const pickN = <T>(xs: readonly T[], n: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length)
      out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0] as T);
    return out;
  };
  const start = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2026, 10, 20) - start;
  const date = (): Date => new Date(start + Math.floor((rand() * span) / 60000) * 60000);
  const articles: CorpusArticle[] = [];
  const add = (a: Omit<CorpusArticle, 'key' | 'publishedAt'>, prefix: string): void => {
    articles.push({ ...a, key: `${prefix}-${articles.length + 1}`, publishedAt: date() });
  };
  const fill = (text: string, vars: { xa: [string, string]; leader?: [string, string] }): string =>
    text
      .replaceAll('{Xa}', capital(inText(vars.xa)))
      .replaceAll('{xa}', inText(vars.xa))
      .replaceAll('{nam}', String(2022 + Math.floor(rand() * 5)))
      .replaceAll('{so}', String(10 + Math.floor(rand() * 30)))
      .replaceAll('{ngay}', `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}`)
      .replaceAll('{lanhdao}', vars.leader ? `${vars.leader[1]} ${vars.leader[0]}` : '')
      .replaceAll('{ten}', vars.leader?.[0] ?? '');
  const boilerplate = (n: number): string[] => {
    const s = pickN(BOILERPLATE, n * 2);
    return Array.from({ length: n }, (_, i) => `${s[2 * i]} ${s[2 * i + 1]}`);
  };

  for (const t of TOPICS) {
    t.titles.forEach((title, i) => {
      const xa = pick(COMMUNES);
      const v = { xa };
      const topicParas = pickN(t.paras, Math.min(2, t.paras.length)).map((p) => fill(p, v));
      const body = [...boilerplate(1), ...topicParas, ...boilerplate(1 + (i % 2))];
      add(
        {
          section: t.section,
          title: fill(title, v),
          lead: fill(t.leads[i % t.leads.length] as string, v),
          body,
          tags: t.tags,
          topics: { [t.id]: 2, ...Object.fromEntries((t.also ?? []).map((x) => [x, 1])) },
        },
        t.id,
      );
    });
  }

  // Round-ups that treat each topic in their body only (grade 1): the words are intact there,
  // while the title and lead speak of something general.
  for (const [ti, t] of TOPICS.entries()) {
    for (let i = 0; i < 2; i++) {
      const v = { xa: pick(COMMUNES) };
      const topicParas = pickN(t.paras, Math.min(2, t.paras.length)).map((p) => fill(p, v));
      add(
        {
          section: t.section,
          title: fill(ROUNDUP_TITLES[(ti * 2 + i) % ROUNDUP_TITLES.length] as string, v),
          lead: fill(ROUNDUP_LEADS[(ti + i) % ROUNDUP_LEADS.length] as string, v),
          body: [...boilerplate(1), ...topicParas, ...boilerplate(2)],
          tags: [],
          topics: { [t.id]: 1 },
        },
        `${t.id}-tong-hop`,
      );
    }
  }

  for (const d of DISTRACTORS) {
    d.titles.forEach((title, i) => {
      const v = { xa: pick(COMMUNES) };
      add(
        {
          section: d.section,
          title: fill(title, v),
          lead: fill(d.leads[i % d.leads.length] as string, v),
          body: [
            ...boilerplate(1),
            fill(d.paras[i % d.paras.length] as string, v),
            ...boilerplate(1),
          ],
          tags: [],
          topics: {},
        },
        'nhieu',
      );
    });
  }

  for (const [li, leader] of LEADERS.entries()) {
    LEADER_TITLES.forEach((title, i) => {
      const v = { xa: pick(COMMUNES), leader };
      // Half the articles write the name with the old tone placement (Hoà, Thuỷ).
      const spell = (s: string): string => ((i + li) % 2 ? oldStyle(s) : s);
      add(
        {
          section: 'hoat-dong-cua-tinh-uy',
          title: spell(fill(title, v)),
          lead: spell(fill(LEADER_LEADS[i % LEADER_LEADS.length] as string, v)),
          body: [
            ...boilerplate(1),
            spell(fill(LEADER_PARAS[i % LEADER_PARAS.length] as string, v)),
            ...boilerplate(1),
          ],
          tags: [],
          topics: {},
        },
        'lanh-dao',
      );
    });
  }

  for (const [ci, xa] of COMMUNES.entries()) {
    // Every commune gets news; the judged ones (first in JUDGED_COMMUNES) get a few more.
    const n = JUDGED_COMMUNES.includes(xa[1]) ? 6 : 3;
    for (let i = 0; i < n; i++) {
      const v = { xa };
      add(
        {
          section: 'tin-trong-tinh',
          title: fill(COMMUNE_TITLES[(ci + i) % COMMUNE_TITLES.length] as string, v),
          lead: fill(COMMUNE_LEADS[(ci + i) % COMMUNE_LEADS.length] as string, v),
          body: [
            ...boilerplate(1),
            fill(COMMUNE_PARAS[i % COMMUNE_PARAS.length] as string, v),
            ...boilerplate(1),
          ],
          tags: [],
          topics: {},
        },
        'xa',
      );
    }
  }

  // Filler to pass 500 articles: ordinary news that may name any commune in passing.
  while (articles.length < 560) {
    const i = articles.length;
    const v = { xa: pick(COMMUNES) };
    add(
      {
        section: pick(['tin-trong-tinh', 'tin-trong-tinh', 'hoat-dong-cua-tinh-uy'] as const),
        title: fill(FILLER_TITLES[i % FILLER_TITLES.length] as string, v),
        lead: `${pick(FILLER_LEADS)} Hoạt động được tổ chức tại ${inText(v.xa)} và nhiều địa phương khác.`,
        body: boilerplate(2 + (i % 3)),
        tags: [],
        topics: {},
      },
      'tin',
    );
  }

  // Communes and leaders are subjects too: named in the title → 2, in the lead only → 1.
  for (const a of articles) {
    for (const xa of COMMUNES) {
      const re = new RegExp(`(^|[^\\p{L}])${xa[1]}($|[^\\p{L}])`, 'u');
      if (re.test(a.title)) a.topics[`xa:${xa[1]}`] = 2;
      else if (re.test(a.lead)) a.topics[`xa:${xa[1]}`] ??= 1;
    }
    for (const [name] of LEADERS) {
      const has = (s: string): boolean => fold(s).includes(fold(name));
      if (has(a.title)) a.topics[`lanh-dao:${name}`] = 2;
      else if (has(a.lead)) a.topics[`lanh-dao:${name}`] ??= 1;
    }
  }
  return articles;
}

/** Communes the judged set asks about (they get more articles). */
export const JUDGED_COMMUNES = [
  'Mường Phăng',
  'Sín Thầu',
  'Tủa Chùa',
  'Nà Tấu',
  'Mường Ảng',
  'Thanh An',
  'Quài Tở',
  'Tìa Dình',
  'Búng Lao',
  'Chiềng Sinh',
];
