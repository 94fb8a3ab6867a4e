import type { DemoPage } from './demo.types.ts';

/**
 * Static pages seeded into an empty database (see seed.ts): the four pages of
 * "Giới thiệu" and the contact page of "Liên hệ – góp ý". They name no
 * officials; facts are the well-known ones about the province and its history.
 */
export const demoPages: DemoPage[] = [
  {
    section: 'gioi-thieu',
    slug: 'gioi-thieu-chung',
    title: 'Giới thiệu chung',
    body: [
      {
        type: 'p',
        text: 'Điện Biên là tỉnh miền núi, biên giới nằm ở phía Tây Bắc của Tổ quốc, cách Thủ đô Hà Nội khoảng 500 km. Tỉnh có diện tích tự nhiên 9.539,93 km²; phía Bắc giáp tỉnh Lai Châu, phía Đông và Đông Nam giáp tỉnh Sơn La, phía Tây Bắc giáp tỉnh Vân Nam (Trung Quốc), phía Tây và Tây Nam giáp nước Cộng hòa Dân chủ Nhân dân Lào. Điện Biên là tỉnh duy nhất của cả nước có đường biên giới chung với cả Lào và Trung Quốc, với điểm ngã ba biên giới A Pa Chải – nơi cực Tây của Tổ quốc.',
      },
      {
        type: 'p',
        text: 'Địa hình của tỉnh chủ yếu là đồi núi cao, bị chia cắt mạnh bởi hệ thống sông suối thuộc lưu vực sông Đà, sông Mã và sông Mê Kông; xen giữa là những thung lũng, cánh đồng lòng chảo màu mỡ, lớn nhất là cánh đồng Mường Thanh. Khí hậu nhiệt đới gió mùa vùng núi, mùa đông lạnh, khô; mùa hè nóng, mưa nhiều, thuận lợi cho phát triển nông, lâm nghiệp và các loại cây đặc sản như lúa gạo chất lượng cao, cà phê chè, mắc ca, chè Shan tuyết.',
      },
      { type: 'h2', text: 'Đơn vị hành chính và dân cư' },
      {
        type: 'p',
        text: 'Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, từ ngày 01/7/2025, tỉnh Điện Biên có 45 đơn vị hành chính cấp xã, gồm 42 xã và 3 phường: phường Điện Biên Phủ, phường Mường Thanh và phường Mường Lay. Trung tâm hành chính – chính trị của tỉnh đặt tại phường Điện Biên Phủ.',
      },
      {
        type: 'p',
        text: 'Điện Biên là nơi sinh sống của 19 dân tộc anh em, đông nhất là các dân tộc Mông, Thái, Kinh, tiếp đến là Khơ Mú, Dao, Hà Nhì, Lào, Cống, Si La, Phù Lá, Hoa… Mỗi dân tộc mang một sắc thái văn hóa riêng, cùng tạo nên bức tranh văn hóa đa dạng, giàu bản sắc. Nghệ thuật Xòe Thái đã được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại; các lễ hội truyền thống, nghề dệt thổ cẩm, ẩm thực vùng cao là những tài nguyên quý cho phát triển du lịch.',
      },
      {
        type: 'figure',
        image: 'canh-dong-muong-thanh.jpg',
        caption: 'Cánh đồng Mường Thanh – vùng lòng chảo lớn nhất vùng Tây Bắc.',
        alt: 'Thung lũng rộng lớn với những ô ruộng xanh vàng, dòng sông uốn lượn, bao quanh là núi cao',
      },
      {
        type: 'p',
        text: 'Vùng đất Điện Biên gắn liền với Chiến thắng Điện Biên Phủ lịch sử năm 1954. Hệ thống di tích Chiến trường Điện Biên Phủ đã được xếp hạng Di tích quốc gia đặc biệt, là địa chỉ giáo dục truyền thống và điểm đến của hàng triệu lượt du khách trong và ngoài nước. Cùng với Cảng hàng không Điện Biên, Cửa khẩu quốc tế Tây Trang và mạng lưới giao thông ngày càng hoàn thiện, tỉnh đang có nhiều điều kiện để phát triển kinh tế, mở rộng giao thương với các nước láng giềng.',
      },
      { type: 'h2', text: 'Về Trang thông tin điện tử Đảng bộ tỉnh' },
      {
        type: 'p',
        text: 'Trang thông tin điện tử Đảng bộ tỉnh Điện Biên là kênh thông tin chính thức của Tỉnh ủy Điện Biên trên môi trường mạng, do Ban Biên tập thực hiện dưới sự chỉ đạo của Ban Thường vụ Tỉnh ủy. Trang có nhiệm vụ:',
      },
      {
        type: 'ul',
        items: [
          'Tuyên truyền chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; phổ biến các nghị quyết, chỉ thị, kết luận của Trung ương và của Tỉnh ủy.',
          'Thông tin kịp thời về hoạt động lãnh đạo, chỉ đạo của Tỉnh ủy, Ban Thường vụ Tỉnh ủy và hoạt động của các tổ chức đảng trong tỉnh.',
          'Giới thiệu những mô hình hay, cách làm hiệu quả, gương người tốt, việc tốt trong các phong trào thi đua và học tập, làm theo Bác.',
          'Góp phần bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch; là cầu nối giữa Đảng bộ với cán bộ, đảng viên và nhân dân.',
        ],
      },
    ],
  },
  {
    section: 'gioi-thieu',
    slug: 'lich-su-dang-bo',
    title: 'Lịch sử Đảng bộ tỉnh',
    body: [
      {
        type: 'p',
        text: 'Vùng đất Điện Biên có truyền thống yêu nước và đấu tranh kiên cường chống giặc ngoại xâm. Giữa thế kỷ XVIII, nghĩa quân Hoàng Công Chất đã đánh đuổi giặc Phẻ, xây dựng thành Bản Phủ ở Mường Thanh làm căn cứ, giữ yên vùng biên ải. Đầu thế kỷ XX, đồng bào các dân tộc nơi đây đã nhiều lần nổi dậy chống ách cai trị của thực dân Pháp, tiêu biểu là cuộc khởi nghĩa của đồng bào Mông do Giàng Tả Chay lãnh đạo (1918 – 1922).',
      },
      {
        type: 'p',
        text: 'Sau Cách mạng Tháng Tám năm 1945, dưới sự lãnh đạo của Đảng, nhân dân các dân tộc vùng Lai Châu – Điện Biên đã tham gia xây dựng cơ sở cách mạng, phối hợp với bộ đội chủ lực đánh địch. Chiến dịch Tây Bắc năm 1952 giải phóng phần lớn vùng Tây Bắc, tạo thế và lực mới cho cuộc kháng chiến. Các tổ chức đảng ở địa phương từng bước được hình thành, phát triển, trở thành hạt nhân lãnh đạo phong trào cách mạng của đồng bào các dân tộc.',
      },
      { type: 'h2', text: 'Chiến thắng Điện Biên Phủ năm 1954' },
      {
        type: 'p',
        text: 'Ngày 13/3/1954, quân đội nhân dân Việt Nam mở màn chiến dịch tiến công tập đoàn cứ điểm Điện Biên Phủ. Sau 56 ngày đêm chiến đấu, chiều 7/5/1954, toàn bộ tập đoàn cứ điểm bị tiêu diệt, tướng Đờ Cát-xtơ-ri cùng toàn bộ Bộ Tham mưu tập đoàn cứ điểm bị bắt sống. Chiến thắng Điện Biên Phủ đã buộc thực dân Pháp ký Hiệp định Giơnevơ, chấm dứt chiến tranh, lập lại hòa bình ở Đông Dương. Đóng góp vào chiến thắng có công sức to lớn của đồng bào các dân tộc Tây Bắc với hàng vạn dân công, hàng nghìn tấn lương thực.',
      },
      {
        type: 'figure',
        image: 'tuong-dai-chien-thang.jpg',
        caption: 'Tượng đài Chiến thắng Điện Biên Phủ trên đồi D1.',
        alt: 'Tượng đài ba chiến sĩ cầm lá cờ đỏ trên đỉnh đồi, bậc thang đá dẫn lên tượng đài',
      },
      {
        type: 'p',
        text: 'Sau năm 1954, vùng đất Điện Biên thuộc Khu tự trị Thái – Mèo (thành lập năm 1955, năm 1962 đổi tên thành Khu tự trị Tây Bắc), thuộc tỉnh Lai Châu từ năm 1962. Đảng bộ tỉnh Lai Châu đã lãnh đạo nhân dân các dân tộc khắc phục hậu quả chiến tranh, tiễu phỉ, ổn định đời sống, xây dựng chính quyền cơ sở, phát triển sản xuất, chi viện cho sự nghiệp giải phóng miền Nam, thống nhất đất nước và bảo vệ vững chắc biên giới phía Bắc của Tổ quốc.',
      },
      { type: 'h2', text: 'Đảng bộ tỉnh Điện Biên từ năm 2004 đến nay' },
      {
        type: 'p',
        text: 'Ngày 26/11/2003, Quốc hội khóa XI ban hành Nghị quyết số 22/2003/QH11 về việc chia tỉnh Lai Châu thành hai tỉnh Lai Châu và Điện Biên. Từ ngày 01/01/2004, tỉnh Điện Biên chính thức được tái lập và đi vào hoạt động; Ban Chấp hành Đảng bộ tỉnh lâm thời được chỉ định để lãnh đạo mọi mặt công tác trong giai đoạn đầu. Kế thừa truyền thống của Đảng bộ tỉnh Lai Châu, Đảng bộ tỉnh Điện Biên đã tổ chức thành công các kỳ đại hội từ lần thứ XI (nhiệm kỳ 2005 – 2010) đến lần thứ XV (nhiệm kỳ 2025 – 2030).',
      },
      {
        type: 'p',
        text: 'Qua hơn hai mươi năm xây dựng và phát triển, dưới sự lãnh đạo của Đảng bộ tỉnh, diện mạo Điện Biên đã có nhiều đổi thay: kết cấu hạ tầng được đầu tư đồng bộ hơn, đời sống vật chất, tinh thần của nhân dân không ngừng được nâng lên, tỷ lệ hộ nghèo giảm nhanh, quốc phòng, an ninh được giữ vững. Phát huy truyền thống anh hùng của quê hương Điện Biên Phủ, Đảng bộ và nhân dân các dân tộc trong tỉnh đang nỗ lực thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
      },
    ],
  },
  {
    section: 'gioi-thieu',
    slug: 'ban-chap-hanh-ban-thuong-vu',
    title: 'Ban Chấp hành – Ban Thường vụ Tỉnh ủy',
    body: [
      {
        type: 'p',
        text: 'Ban Chấp hành Đảng bộ tỉnh (Tỉnh ủy) là cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ đại hội. Ban Chấp hành có nhiệm vụ lãnh đạo thực hiện nghị quyết đại hội đại biểu Đảng bộ tỉnh, các nghị quyết, chỉ thị, kết luận của Trung ương; quyết định những chủ trương lớn về phát triển kinh tế - xã hội, quốc phòng, an ninh, đối ngoại, công tác xây dựng Đảng và hệ thống chính trị của tỉnh. Ban Chấp hành bầu Ban Thường vụ, Bí thư, các Phó Bí thư, Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.',
      },
      { type: 'h2', text: 'Cơ cấu' },
      {
        type: 'ul',
        items: [
          'Ban Chấp hành Đảng bộ tỉnh: gồm các đồng chí Tỉnh ủy viên, là cán bộ chủ chốt của các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc, lực lượng vũ trang và một số xã, phường.',
          'Ban Thường vụ Tỉnh ủy: do Ban Chấp hành bầu ra, lãnh đạo và kiểm tra việc thực hiện nghị quyết đại hội, nghị quyết của Ban Chấp hành giữa hai kỳ hội nghị.',
          'Thường trực Tỉnh ủy: gồm Bí thư và các Phó Bí thư, chủ trì giải quyết công việc hằng ngày của Đảng bộ.',
        ],
      },
      {
        type: 'p',
        text: 'Ban Thường vụ Tỉnh ủy thay mặt Ban Chấp hành lãnh đạo, chỉ đạo thực hiện các chủ trương, nghị quyết giữa hai kỳ hội nghị; quyết định các vấn đề về công tác tổ chức, cán bộ theo phân cấp quản lý; chỉ đạo công tác kiểm tra, giám sát và thi hành kỷ luật đảng; chuẩn bị nội dung các hội nghị của Ban Chấp hành. Thường trực Tỉnh ủy chỉ đạo chuẩn bị nội dung các kỳ họp, điều hòa, phối hợp hoạt động của các cơ quan trong hệ thống chính trị và giải quyết các công việc thường xuyên, đột xuất.',
      },
      {
        type: 'figure',
        image: 'hoi-nghi.jpg',
        caption: 'Một phiên họp của Ban Thường vụ Tỉnh ủy.',
        alt: 'Các đại biểu ngồi sau bàn họp dài có micro, bảng tên và hoa tươi',
      },
      { type: 'h2', text: 'Quy chế làm việc' },
      {
        type: 'p',
        text: 'Ban Chấp hành, Ban Thường vụ Tỉnh ủy làm việc theo nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách; quyết định theo đa số; mỗi thành viên chịu trách nhiệm cá nhân về lĩnh vực, địa bàn được phân công và cùng chịu trách nhiệm về các quyết định của tập thể. Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh quy định rõ chế độ hội họp, chế độ thông tin, báo cáo và mối quan hệ công tác giữa các cơ quan.',
      },
      {
        type: 'ul',
        items: [
          'Ban Chấp hành họp thường lệ ba tháng một lần; họp bất thường khi cần thiết.',
          'Ban Thường vụ Tỉnh ủy họp thường kỳ mỗi tháng một lần và họp khi có công việc đột xuất.',
          'Thường trực Tỉnh ủy giao ban định kỳ hằng tuần để xử lý công việc thường xuyên.',
          'Các nghị quyết, chỉ thị, quyết định được ban hành khi có quá nửa số thành viên tán thành và phải được phổ biến, quán triệt đến tổ chức đảng có liên quan.',
        ],
      },
      {
        type: 'p',
        text: 'Danh sách Ban Chấp hành, Ban Thường vụ Tỉnh ủy khóa XV, nhiệm kỳ 2025 – 2030 và sự phân công nhiệm vụ của từng đồng chí được công bố theo quyết định của cấp có thẩm quyền. Các văn bản về quy chế làm việc được đăng tải tại mục Văn bản của trang thông tin.',
      },
    ],
  },
  {
    section: 'gioi-thieu',
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    body: [
      {
        type: 'p',
        text: 'Giúp việc cho Ban Chấp hành, Ban Thường vụ và Thường trực Tỉnh ủy là các cơ quan tham mưu, giúp việc và đơn vị sự nghiệp của Tỉnh ủy. Thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW, từ năm 2025, cơ cấu tổ chức các cơ quan của Tỉnh ủy được kiện toàn theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả.',
      },
      { type: 'h2', text: 'Các cơ quan tham mưu, giúp việc' },
      {
        type: 'ul',
        items: [
          'Văn phòng Tỉnh ủy: tham mưu tổng hợp, điều phối hoạt động của Tỉnh ủy; quản lý tài chính, tài sản của Đảng bộ; bảo đảm hậu cần, công nghệ thông tin, văn thư, lưu trữ.',
          'Ban Tổ chức Tỉnh ủy: tham mưu về tổ chức bộ máy, công tác cán bộ, đảng viên, bảo vệ chính trị nội bộ; hướng dẫn công tác xây dựng tổ chức cơ sở đảng.',
          'Ủy ban Kiểm tra Tỉnh ủy: thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật đảng theo Điều lệ Đảng; giải quyết tố cáo, khiếu nại kỷ luật đảng.',
          'Ban Tuyên giáo và Dân vận Tỉnh ủy: tham mưu về công tác tư tưởng, lý luận, tuyên truyền, báo chí, văn hóa, văn nghệ, khoa giáo và công tác dân vận, dân tộc, tôn giáo; bảo vệ nền tảng tư tưởng của Đảng.',
          'Ban Nội chính Tỉnh ủy: tham mưu về công tác nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực và cải cách tư pháp trên địa bàn tỉnh.',
        ],
      },
      { type: 'h2', text: 'Các đảng bộ cấp trên cơ sở trực thuộc Tỉnh ủy' },
      {
        type: 'ul',
        items: [
          'Đảng ủy các cơ quan Đảng tỉnh: lãnh đạo các tổ chức đảng trong các cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội, cơ quan Hội đồng nhân dân, tòa án, viện kiểm sát và đơn vị sự nghiệp cấp tỉnh.',
          'Đảng ủy Ủy ban nhân dân tỉnh: lãnh đạo việc thực hiện nhiệm vụ chính trị của Ủy ban nhân dân tỉnh và các tổ chức đảng trong các sở, ngành, doanh nghiệp nhà nước thuộc tỉnh.',
          'Đảng bộ Quân sự tỉnh, Đảng bộ Công an tỉnh, Đảng bộ Bộ đội Biên phòng tỉnh: lãnh đạo nhiệm vụ quốc phòng, an ninh, quản lý và bảo vệ biên giới quốc gia.',
          'Đảng bộ 45 xã, phường: lãnh đạo toàn diện mọi mặt công tác ở cơ sở theo mô hình chính quyền địa phương hai cấp.',
        ],
      },
      { type: 'h2', text: 'Đơn vị sự nghiệp' },
      {
        type: 'figure',
        image: '1-hoi-thao-khoa-hoc.jpg',
        caption:
          'Hội trường Trường Chính trị tỉnh – nơi diễn ra nhiều lớp bồi dưỡng, hội thảo khoa học về công tác xây dựng Đảng.',
        alt: 'Hội trường có sân khấu, băng rôn đỏ in ngôi sao vàng, bàn chủ tọa và nhiều hàng ghế đại biểu',
      },
      {
        type: 'p',
        text: 'Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý, công chức, viên chức của tỉnh và cán bộ cơ sở; đồng thời tham gia tổng kết thực tiễn, nghiên cứu khoa học về công tác xây dựng Đảng. Cơ quan báo chí của Đảng bộ tỉnh là tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Điện Biên, phối hợp với Trang thông tin điện tử Đảng bộ tỉnh trong công tác thông tin, tuyên truyền.',
      },
    ],
  },
  {
    section: 'lien-he-gop-y',
    slug: 'thong-tin-lien-he',
    title: 'Thông tin liên hệ',
    body: [
      {
        type: 'p',
        text: 'Trang thông tin điện tử Đảng bộ tỉnh Điện Biên do Ban Biên tập thực hiện dưới sự chỉ đạo của Ban Thường vụ Tỉnh ủy. Ban Biên tập chịu trách nhiệm tổ chức nội dung, biên tập, đăng tải thông tin và trả lời, chuyển các ý kiến của bạn đọc đến cơ quan có thẩm quyền xem xét, giải quyết.',
      },
      { type: 'h2', text: 'Địa chỉ liên hệ' },
      {
        type: 'p',
        text: 'Ban Biên tập Trang thông tin điện tử Đảng bộ tỉnh – Tỉnh ủy Điện Biên, phường Điện Biên Phủ, tỉnh Điện Biên. Bạn đọc có thể gửi ý kiến qua biểu mẫu góp ý trên trang này hoặc gửi thư theo đường bưu chính về địa chỉ trên. Ban Biên tập tiếp nhận ý kiến trong giờ hành chính các ngày làm việc và phản hồi trong thời gian sớm nhất.',
      },
      { type: 'h2', text: 'Ban Biên tập mong nhận được' },
      {
        type: 'ul',
        items: [
          'Tin, bài, ảnh phản ánh hoạt động của các cấp ủy, tổ chức đảng, những mô hình hay, cách làm sáng tạo, gương người tốt, việc tốt ở cơ sở.',
          'Ý kiến đóng góp về nội dung, hình thức trình bày, tính năng của trang thông tin.',
          'Phản ánh về thông tin chưa chính xác trên trang để kịp thời đính chính.',
          'Bài viết tham gia đấu tranh phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng.',
        ],
      },
      {
        type: 'p',
        text: 'Ý kiến gửi về cần ghi rõ họ tên, địa chỉ, số điện thoại của người gửi. Ban Biên tập không tiếp nhận các nội dung mang tính chất khiếu nại, tố cáo qua trang thông tin; đối với các nội dung này, đề nghị công dân gửi đến cơ quan có thẩm quyền theo quy định của pháp luật. Tin, bài cộng tác được chọn đăng sẽ được biên tập phù hợp với tôn chỉ, mục đích của trang.',
      },
      {
        type: 'quote',
        text: 'Khi phát hành lại thông tin từ Trang thông tin điện tử Đảng bộ tỉnh Điện Biên, đề nghị ghi rõ nguồn “Trang thông tin điện tử Đảng bộ tỉnh Điện Biên” và tên tác giả.',
      },
    ],
  },
];
