import type { DemoArticle } from './demo.types.ts';

/**
 * Demo articles for an empty database (see seed.ts). Written for the demo in
 * the register of the provincial Party portal; names of people are ordinary
 * citizens' or reporters' names, officials are referred to by their roles.
 * Since 01/7/2025 the province has no district level, so articles dated after
 * that speak only of xã and phường.
 */
export const demoArticles: DemoArticle[] = [
  // ------------------------------------------------------------------ 2023
  {
    section: 'tin-trong-tinh',
    title: 'Mường Nhé: Trao quà Tết cho hộ nghèo, gia đình chính sách khu vực biên giới',
    lead: 'Trong các ngày 14 và 15/1, Ban Thường vụ Huyện ủy Mường Nhé phối hợp với Đồn Biên phòng A Pa Chải và các nhà hảo tâm tổ chức thăm, tặng quà Tết Quý Mão cho các hộ nghèo, gia đình chính sách tại các xã biên giới.',
    body: [
      {
        type: 'p',
        text: 'Đoàn công tác đã đến thăm, trao 620 suất quà cho hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn, gia đình chính sách tại các xã Sín Thầu, Chung Chải, Leng Su Sìn và Sen Thượng. Mỗi suất quà gồm gạo, dầu ăn, bánh kẹo, chăn ấm và tiền mặt với tổng giá trị hơn 400 triệu đồng. Nguồn kinh phí được huy động từ ngân sách huyện, Quỹ Vì người nghèo các cấp và sự chung tay của các doanh nghiệp, tổ chức, cá nhân trong và ngoài tỉnh.',
      },
      {
        type: 'p',
        text: 'Tại các điểm trao quà, đại diện lãnh đạo huyện đã thăm hỏi, động viên bà con khắc phục khó khăn, chủ động chăn nuôi, trồng trọt, không để ai thiếu đói trong dịp Tết. Đồng thời đề nghị người dân tiếp tục đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, phối hợp với lực lượng biên phòng bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia; cảnh giác trước các hoạt động tuyên truyền đạo trái phép, xuất cảnh trái phép.',
      },
      {
        type: 'figure',
        image: 'cot-moc-bien-gioi.jpg',
        caption:
          'Cán bộ, chiến sĩ Đồn Biên phòng A Pa Chải tuần tra, bảo vệ cột mốc trên tuyến biên giới.',
        alt: 'Cột mốc biên giới bằng đá hoa cương trên đỉnh đồi, phía xa là biển mây và núi non trùng điệp',
      },
      {
        type: 'p',
        text: 'Cùng với việc trao quà, cán bộ, chiến sĩ Đồn Biên phòng A Pa Chải đã tổ chức chương trình “Xuân Biên phòng ấm lòng dân bản”, gói bánh chưng, tặng cờ Tổ quốc và áo ấm cho học sinh các điểm trường. Những phần quà tuy không lớn nhưng là sự động viên kịp thời, thể hiện tình cảm, trách nhiệm của cấp ủy, chính quyền và lực lượng vũ trang đối với đồng bào nơi địa đầu Tổ quốc.',
      },
      {
        type: 'p',
        text: 'Ông Giàng A Dình, bản Tá Miếu, xã Sín Thầu, bày tỏ: “Năm nay mưa rét đến sớm, nương ngô bị thiệt hại nhiều. Được Đảng, Nhà nước và bộ đội biên phòng quan tâm, gia đình tôi có thêm gạo, thêm chăn, các con có áo mới để đón Tết”. Theo kế hoạch, trước ngày 20/1, huyện Mường Nhé sẽ hoàn thành việc trao quà Tết tới tất cả các đối tượng trên địa bàn.',
      },
    ],
    byline: 'Tin, ảnh: Lò Thị Duyên',
    publishedAt: '2023-01-16 09:20:00',
    readCount: 2310,
    image: {
      file: 'cot-moc-bien-gioi.jpg',
      caption: 'Khu vực biên giới huyện Mường Nhé.',
      alt: 'Cột mốc biên giới trên đồi cỏ xanh, hai chiến sĩ biên phòng đứng bên cạnh',
    },
    tags: ['Tết', 'Biên giới', 'An sinh xã hội'],
  },
  {
    section: 'van-ban',
    title:
      'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
    lead: 'Ngày 17/2/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 125-KH/TU về tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2024).',
    body: [
      {
        type: 'p',
        text: 'Kế hoạch nhằm tuyên truyền sâu rộng về tầm vóc, ý nghĩa lịch sử và giá trị thời đại của Chiến thắng Điện Biên Phủ; khẳng định vai trò lãnh đạo của Đảng, tài thao lược của Đại tướng Võ Nguyên Giáp và sự hy sinh to lớn của các thế hệ cán bộ, chiến sĩ, dân công hỏa tuyến. Qua đó bồi đắp lòng yêu nước, niềm tự hào dân tộc, ý chí tự lực, tự cường, khát vọng phát triển tỉnh Điện Biên, nhất là đối với thế hệ trẻ.',
      },
      {
        type: 'p',
        text: 'Theo Kế hoạch, các hoạt động kỷ niệm được tổ chức trang trọng, thiết thực, tiết kiệm, tạo sức lan tỏa rộng rãi trong cả nước, gắn với việc thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh; gắn với quảng bá hình ảnh đất và người Điện Biên, thu hút đầu tư, phát triển du lịch. Các nội dung chính gồm:',
      },
      {
        type: 'ul',
        items: [
          'Tu bổ, tôn tạo các điểm di tích thuộc Di tích lịch sử quốc gia đặc biệt Chiến trường Điện Biên Phủ; chỉnh trang đô thị, cảnh quan thành phố Điện Biên Phủ.',
          'Khởi công, khánh thành, gắn biển một số công trình chào mừng; tổ chức hội thảo khoa học, triển lãm, xuất bản ấn phẩm về Chiến thắng Điện Biên Phủ.',
          'Tổ chức cuộc thi tìm hiểu, sáng tác văn học, nghệ thuật, báo chí; thăm, tặng quà chiến sĩ Điện Biên, thanh niên xung phong, dân công hỏa tuyến.',
          'Phối hợp với các bộ, ngành Trung ương chuẩn bị Lễ kỷ niệm cấp quốc gia vào ngày 7/5/2024.',
        ],
      },
      {
        type: 'p',
        text: 'Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Cán sự đảng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch xây dựng chương trình cụ thể, phù hợp với tình hình thực tế của địa phương, đơn vị. Toàn văn Kế hoạch được đăng tải tại mục Văn bản của Trang thông tin điện tử Đảng bộ tỉnh.',
      },
    ],
    byline: 'PV',
    publishedAt: '2023-02-20 15:40:00',
    readCount: 1275,
    image: {
      file: 'van-ban.jpg',
      caption: 'Kế hoạch số 125-KH/TU của Ban Thường vụ Tỉnh ủy.',
      alt: 'Cuốn sổ bìa đỏ in ngôi sao vàng đặt cạnh tập văn bản có con dấu đỏ trên mặt bàn gỗ',
    },
    tags: ['Văn bản', 'Điện Biên Phủ', '70 năm Chiến thắng'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title: 'Ban Thường vụ Tỉnh ủy giao ban công tác quý I, triển khai nhiệm vụ quý II năm 2023',
    lead: 'Sáng 28/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban đánh giá kết quả lãnh đạo, chỉ đạo quý I và triển khai nhiệm vụ trọng tâm quý II năm 2023. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.',
    body: [
      {
        type: 'p',
        text: 'Tham dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn phòng Tỉnh ủy; bí thư các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy. Theo báo cáo của Văn phòng Tỉnh ủy, trong quý I, Ban Chấp hành, Ban Thường vụ Tỉnh ủy đã tập trung lãnh đạo, chỉ đạo các cấp, các ngành tổ chức cho nhân dân vui Xuân, đón Tết Quý Mão an toàn, tiết kiệm; triển khai kịp thời các nhiệm vụ phát triển kinh tế - xã hội ngay từ những ngày đầu năm.',
      },
      {
        type: 'p',
        text: 'Công tác xây dựng Đảng và hệ thống chính trị được quan tâm chỉ đạo sát sao. Các cấp ủy đã hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2022; tổ chức học tập, quán triệt các nghị quyết, kết luận của Trung ương và của Tỉnh ủy nghiêm túc. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; thu ngân sách nhà nước đạt khá so với cùng kỳ; các chương trình mục tiêu quốc gia được triển khai tích cực tại cơ sở.',
      },
      {
        type: 'figure',
        image: 'hoi-nghi.jpg',
        caption: 'Quang cảnh hội nghị giao ban quý I năm 2023 của Ban Thường vụ Tỉnh ủy.',
        alt: 'Các đại biểu ngồi sau bàn họp dài có hoa tươi, phía sau là phông nền xanh với dải băng đỏ',
      },
      {
        type: 'p',
        text: 'Tại hội nghị, các đại biểu tập trung thảo luận, làm rõ những khó khăn, vướng mắc trong giải phóng mặt bằng các công trình trọng điểm; tiến độ giải ngân vốn đầu tư công và vốn các chương trình mục tiêu quốc gia còn chậm; công tác phòng, chống cháy rừng trong cao điểm mùa khô; việc chuẩn bị các hoạt động kỷ niệm 69 năm Chiến thắng Điện Biên Phủ và chuẩn bị các điều kiện cho năm kỷ niệm 70 năm.',
      },
      { type: 'h2', text: 'Không để nhiệm vụ nào bị chậm, bị bỏ sót' },
      {
        type: 'p',
        text: 'Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy ghi nhận sự cố gắng của các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể trong quý I. Đồng chí đề nghị trong quý II, các cấp, các ngành bám sát chương trình công tác toàn khóa và năm 2023 của Tỉnh ủy; phân công rõ người, rõ việc, rõ thời gian hoàn thành; tập trung tháo gỡ dứt điểm vướng mắc về mặt bằng, đẩy nhanh giải ngân vốn đầu tư công; chủ động phương án phòng, chống thiên tai trước mùa mưa lũ.',
      },
      {
        type: 'p',
        text: 'Đồng chí Bí thư Tỉnh ủy cũng yêu cầu các địa phương quan tâm chăm lo đời sống nhân dân trong thời điểm giáp hạt, nhất là tại các xã biên giới, vùng đặc biệt khó khăn; làm tốt công tác nắm tình hình, giữ vững an ninh chính trị, trật tự an toàn xã hội; chuẩn bị chu đáo các hoạt động kỷ niệm Chiến thắng Điện Biên Phủ, bảo đảm trang trọng, an toàn, tiết kiệm.',
      },
    ],
    byline: 'Thu Hà',
    publishedAt: '2023-03-28 11:05:00',
    readCount: 1840,
    image: {
      file: 'hoi-nghi.jpg',
      caption: 'Hội nghị giao ban quý I năm 2023 của Ban Thường vụ Tỉnh ủy.',
      alt: 'Phòng họp với bàn dài, các đại biểu ngồi đối diện, trên bàn có micro và bảng tên',
    },
    tags: ['Ban Thường vụ Tỉnh ủy', 'Giao ban', 'Kinh tế - xã hội'],
  },
  {
    section: 'hoc-tap-va-lam-theo-bac',
    title: 'Lan tỏa những tấm gương bình dị học tập và làm theo Bác',
    lead: 'Nhân kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023), nhiều tập thể, cá nhân trong tỉnh đã được biểu dương vì những việc làm thiết thực, cụ thể trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    body: [
      {
        type: 'p',
        text: 'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, những năm qua, các cấp ủy đảng trong tỉnh đã đưa việc học tập và làm theo Bác trở thành nội dung thường xuyên trong sinh hoạt chi bộ, gắn với thực hiện nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị. Mỗi năm, các chi bộ đều đăng ký ít nhất một việc làm cụ thể, mỗi đảng viên có bản cam kết tu dưỡng, rèn luyện và được đánh giá vào dịp kiểm điểm cuối năm.',
      },
      {
        type: 'p',
        text: 'Ở bản Co Mận, xã Mường Mươn, huyện Mường Chà, ông Lò Văn Thanh, Bí thư chi bộ, là người đầu tiên trong bản đưa giống lúa mới vào ruộng nước, mở lớp hướng dẫn bà con làm phân hữu cơ. Ông còn vận động các hộ góp công, góp đất làm hơn 1,2 km đường bê tông nội bản. “Học Bác thì phải bắt đầu từ việc nhỏ, nói đi đôi với làm, mình làm trước thì bà con mới tin, mới theo”, ông Thanh chia sẻ.',
      },
      {
        type: 'figure',
        image: 'hoa-sen.jpg',
        caption:
          'Học tập và làm theo Bác đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng viên và nhân dân các dân tộc tỉnh Điện Biên.',
        alt: 'Những bông sen hồng nở trên mặt hồ trước khung ảnh viền vàng trên nền đỏ',
      },
      {
        type: 'p',
        text: 'Tại thành phố Điện Biên Phủ, tập thể giáo viên Trường Tiểu học Him Lam duy trì mô hình “Tủ sách Bác Hồ”, mỗi tuần một tiết kể chuyện về Bác cho học sinh. Đoàn Thanh niên các cơ quan tỉnh thì ra quân “Ngày thứ Bảy tình nguyện”, sửa sang nhà văn hóa bản, tặng sách vở cho học sinh vùng cao. Những việc làm ấy không lớn lao nhưng bền bỉ, lan tỏa, góp phần xây dựng nếp sống văn minh ở khu dân cư.',
      },
      { type: 'quote', text: 'Đảng viên đi trước, làng nước theo sau.' },
      {
        type: 'p',
        text: 'Theo Ban Tuyên giáo Tỉnh ủy, thời gian tới, tỉnh tiếp tục đổi mới hình thức tuyên truyền, chú trọng phát hiện, biểu dương những điển hình ở cơ sở, nhất là người có uy tín trong đồng bào các dân tộc thiểu số; gắn việc học tập và làm theo Bác với thực hiện các quy định về trách nhiệm nêu gương của cán bộ, đảng viên, để mỗi tấm gương bình dị trở thành động lực cho phong trào thi đua ở từng bản, từng khu dân cư.',
      },
    ],
    byline: 'Mai Phương',
    publishedAt: '2023-05-19 08:30:00',
    readCount: 1530,
    image: {
      file: 'hoa-sen.jpg',
      caption: 'Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.',
      alt: 'Hoa sen hồng và lá sen xanh trên mặt nước, phía sau là khung vàng có ngôi sao đỏ',
    },
    tags: ['Chỉ thị 05', 'Làm theo Bác', 'Gương điển hình'],
  },
  {
    section: 'van-ban',
    title: 'Tỉnh ủy ban hành Chỉ thị về tăng cường lãnh đạo công tác phòng, chống thiên tai',
    lead: 'Ngày 12/6/2023, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 09-CT/TU về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh.',
    body: [
      {
        type: 'p',
        text: 'Chỉ thị nêu rõ, Điện Biên có địa hình chia cắt mạnh, là một trong những địa phương thường xuyên chịu ảnh hưởng của lũ quét, sạt lở đất, mưa đá, dông lốc. Những năm gần đây, thiên tai diễn biến ngày càng bất thường, gây thiệt hại lớn về người và tài sản; trong khi nhận thức của một bộ phận cán bộ, người dân về phòng ngừa rủi ro còn hạn chế, nhiều hộ vẫn sinh sống ở khu vực có nguy cơ cao.',
      },
      {
        type: 'p',
        text: 'Để khắc phục tình trạng trên, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể tập trung thực hiện tốt một số nhiệm vụ trọng tâm:',
      },
      {
        type: 'ul',
        items: [
          'Quán triệt phương châm “bốn tại chỗ”, xác định phòng, chống thiên tai là nhiệm vụ của cả hệ thống chính trị, người đứng đầu cấp ủy, chính quyền chịu trách nhiệm trực tiếp.',
          'Rà soát, lập danh sách các hộ dân ở vùng có nguy cơ lũ quét, sạt lở; xây dựng phương án di dời, bố trí dân cư ổn định, lâu dài.',
          'Kiện toàn ban chỉ huy phòng, chống thiên tai các cấp; dự trữ lương thực, thuốc men, phương tiện tại các xã thường xuyên bị chia cắt.',
          'Đẩy mạnh tuyên truyền bằng tiếng dân tộc, tổ chức diễn tập ứng phó thiên tai tại bản, tổ dân phố.',
        ],
      },
      {
        type: 'p',
        text: 'Ban Thường vụ Tỉnh ủy giao Ban Cán sự đảng UBND tỉnh lãnh đạo cụ thể hóa Chỉ thị bằng kế hoạch, chương trình hành động; Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền; Ủy ban Kiểm tra Tỉnh ủy phối hợp kiểm tra, giám sát việc thực hiện. Chỉ thị được phổ biến đến chi bộ và quán triệt tới toàn thể cán bộ, đảng viên.',
      },
    ],
    byline: 'PV',
    publishedAt: '2023-06-14 16:10:00',
    readCount: 980,
    image: {
      file: 'mua-lu.jpg',
      caption:
        'Mưa lũ, sạt lở đất là loại hình thiên tai thường xảy ra ở các địa phương vùng cao của tỉnh.',
      alt: 'Nước lũ đục tràn qua đường miền núi dưới mưa, máy xúc và công nhân áo phản quang dọn đất đá sạt lở',
    },
    tags: ['Văn bản', 'Phòng, chống thiên tai', 'Chỉ thị'],
  },
  {
    section: 'xay-dung-dang',
    title: 'Tủa Chùa nỗ lực xóa bản chưa có đảng viên',
    lead: 'Xác định việc xóa “bản trắng” đảng viên là nhiệm vụ then chốt để củng cố hệ thống chính trị cơ sở, Huyện ủy Tủa Chùa đã chỉ đạo các chi bộ chủ động tạo nguồn, bồi dưỡng quần chúng ưu tú, từng bước đưa ánh sáng của Đảng đến các bản vùng cao.',
    body: [
      {
        type: 'p',
        text: 'Đầu nhiệm kỳ 2020 – 2025, huyện Tủa Chùa còn 9 bản chưa có đảng viên, chủ yếu ở các xã vùng cao Huổi Só, Tả Sìn Thàng, Sín Chải. Nguyên nhân là trình độ học vấn của thanh niên còn thấp, nhiều người đi làm ăn xa; một số quần chúng còn vướng phong tục lạc hậu, chưa đủ điều kiện xem xét kết nạp. Trước thực tế đó, Ban Thường vụ Huyện ủy phân công từng đồng chí huyện ủy viên phụ trách, trực tiếp giúp đỡ các bản chưa có đảng viên.',
      },
      {
        type: 'p',
        text: 'Cách làm được nhiều chi bộ áp dụng là giao nhiệm vụ thực tế cho quần chúng: làm tổ trưởng tổ tự quản, phụ trách đội văn nghệ, vận động bà con đưa con em đến trường. Qua công việc, quần chúng vừa được rèn luyện, vừa khẳng định uy tín với bà con. Huyện ủy cũng phối hợp với Trung tâm Chính trị huyện mở các lớp bồi dưỡng nhận thức về Đảng ngay tại xã, có phiên dịch tiếng Mông để học viên dễ tiếp thu.',
      },
      {
        type: 'figure',
        image: 'chao-co.jpg',
        caption:
          'Lễ chào cờ trước buổi kết nạp đảng viên mới tại một chi bộ bản vùng cao huyện Tủa Chùa.',
        alt: 'Cột cờ với lá cờ đỏ sao vàng tung bay, đông đảo người dân đứng thành hàng chào cờ',
      },
      {
        type: 'p',
        text: 'Nhờ cách làm kiên trì, đến nay huyện đã xóa được 6 bản chưa có đảng viên. Anh Vàng A Chớ, bản Pàng Dề B, xã Huổi Só, vừa được kết nạp vào Đảng, chia sẻ: “Được đứng trong hàng ngũ của Đảng, tôi thấy trách nhiệm lớn hơn. Tôi sẽ cùng chi bộ vận động bà con trồng thêm cây ăn quả, không để con em bỏ học”.',
      },
      {
        type: 'p',
        text: 'Đồng chí Trưởng Ban Tổ chức Huyện ủy Tủa Chùa cho biết, thời gian tới, huyện tiếp tục giao chỉ tiêu tạo nguồn đến từng chi bộ, gắn với đánh giá, xếp loại cuối năm; phấn đấu đến năm 2025 không còn bản chưa có đảng viên, 100% bản có chi bộ sinh hoạt riêng theo đúng tinh thần chỉ đạo của Tỉnh ủy.',
      },
    ],
    byline: 'Bài, ảnh: Quang Hưng',
    publishedAt: '2023-08-22 14:25:00',
    readCount: 2645,
    image: {
      file: 'chao-co.jpg',
      caption: 'Lễ chào cờ tại một chi bộ vùng cao huyện Tủa Chùa.',
      alt: 'Người dân và chiến sĩ đứng nghiêm chào lá cờ đỏ sao vàng trên cột cờ cao, phía sau là núi',
    },
    tags: ['Kết nạp đảng viên', 'Tổ chức cơ sở đảng', 'Tủa Chùa'],
  },
  {
    section: 'dua-nghi-quyet-vao-cuoc-song',
    title: 'Mắc ca phủ xanh đồi trống, mở hướng thoát nghèo cho nông dân vùng cao',
    lead: 'Thực hiện Nghị quyết của Tỉnh ủy về phát triển nông nghiệp hàng hóa, nhiều diện tích đồi trống ở Tuần Giáo, Mường Ảng, Điện Biên Đông đã được phủ xanh bằng cây mắc ca, mở ra triển vọng nâng cao thu nhập cho đồng bào các dân tộc.',
    body: [
      {
        type: 'p',
        text: 'Những năm trước, trên các sườn đồi ở xã Quài Tở, huyện Tuần Giáo, người dân chủ yếu trồng ngô, sắn, năng suất bấp bênh, đất bị rửa trôi nghiêm trọng. Từ khi tỉnh có chủ trương phát triển cây mắc ca gắn với trồng rừng, xã đã vận động các hộ góp đất, liên kết với doanh nghiệp trồng mắc ca theo hình thức doanh nghiệp đầu tư giống, kỹ thuật, người dân góp đất, công chăm sóc và được chia sản phẩm.',
      },
      {
        type: 'p',
        text: 'Gia đình anh Quàng Văn Pánh, bản Há Dáng, là một trong những hộ đầu tiên tham gia. Anh cho biết, mắc ca sau 4 – 5 năm trồng bắt đầu cho quả bói, những năm đầu có thể trồng xen cây ngắn ngày nên không bỏ phí đất. “Cây mắc ca ít sâu bệnh, lá xanh quanh năm, vừa giữ được đất, vừa có thu nhập lâu dài. Bà con trong bản ai cũng muốn làm theo”, anh Pánh phấn khởi nói.',
      },
      {
        type: 'figure',
        image: 'mac-ca.jpg',
        caption: 'Vườn mắc ca đang phát triển tốt trên các sườn đồi huyện Tuần Giáo.',
        alt: 'Những hàng cây mắc ca tán tròn xanh mướt trên sườn đồi, phía trước là cành cây trĩu quả xanh',
      },
      { type: 'h2', text: 'Chính sách đi trước, người dân đồng thuận' },
      {
        type: 'p',
        text: 'Để đưa Nghị quyết vào cuộc sống, UBND tỉnh đã ban hành chính sách hỗ trợ giống, vật tư, hạ tầng cho vùng trồng tập trung; kêu gọi doanh nghiệp đầu tư nhà máy chế biến. Các huyện tổ chức hội nghị tại bản để người dân trực tiếp trao đổi với doanh nghiệp, thống nhất phương án góp đất, phân chia lợi nhuận công khai, minh bạch. Đến nay, diện tích mắc ca toàn tỉnh đã đạt hàng nghìn ha, nhiều diện tích bắt đầu cho thu hoạch.',
      },
      {
        type: 'p',
        text: 'Tuy nhiên, việc phát triển cây mắc ca vẫn còn một số khó khăn như quỹ đất manh mún, hạ tầng giao thông đến vùng trồng chưa thuận lợi, một bộ phận người dân còn tâm lý trông chờ. Thời gian tới, tỉnh tiếp tục rà soát quy hoạch, chọn lọc nhà đầu tư có năng lực, chú trọng đào tạo kỹ thuật cho người dân, bảo đảm phát triển cây mắc ca bền vững, gắn với bảo vệ rừng và giảm nghèo.',
      },
    ],
    byline: 'Bài, ảnh: Văn Long',
    publishedAt: '2023-09-12 10:45:00',
    readCount: 3120,
    image: {
      file: 'mac-ca.jpg',
      caption: 'Cây mắc ca phủ xanh đồi trống ở huyện Tuần Giáo.',
      alt: 'Đồi trồng mắc ca với những tán cây tròn xếp thành hàng, bầu trời nắng nhẹ',
    },
    tags: ['Mắc ca', 'Nông nghiệp', 'Giảm nghèo'],
  },
  {
    section: 'tin-trong-tinh',
    title: 'Người trồng cà phê Mường Ảng phấn khởi vào vụ thu hoạch',
    lead: 'Những ngày cuối tháng 10, trên các đồi cà phê ở huyện Mường Ảng, người dân tất bật thu hái những chùm quả chín đỏ. Giá cà phê tươi năm nay tăng cao giúp nhiều hộ có thêm thu nhập.',
    body: [
      {
        type: 'p',
        text: 'Mường Ảng hiện là vùng trồng cà phê chè lớn nhất của tỉnh, tập trung ở các xã Ẳng Nưa, Ẳng Tở, Búng Lao, Mường Đăng và thị trấn Mường Ảng. Khí hậu mát mẻ, đất đỏ bazan pha đồi thấp cùng độ cao phù hợp đã tạo nên hương vị đặc trưng cho cà phê nơi đây. Vụ thu hoạch năm nay kéo dài từ cuối tháng 10 đến hết tháng 12, sản lượng ước đạt cao hơn năm trước.',
      },
      {
        type: 'figure',
        image: 'ca-phe.jpg',
        caption: 'Cà phê chè Mường Ảng vào mùa chín đỏ.',
        alt: 'Cành cà phê trĩu quả chín đỏ phía trước đồi cà phê xanh trải dài',
      },
      {
        type: 'p',
        text: 'Gia đình chị Lò Thị Xuân, bản Xuân Tre, xã Ẳng Nưa, có gần 2 ha cà phê. Chị cho biết, từ khi tham gia tổ hợp tác, được cán bộ khuyến nông hướng dẫn chỉ thu hái quả chín, sơ chế đúng quy trình, cà phê của gia đình được doanh nghiệp thu mua với giá cao hơn 1.500 – 2.000 đồng/kg so với trước. “Nhờ cây cà phê, nhà tôi đã làm được nhà mới, nuôi hai con học đại học”, chị Xuân nói.',
      },
      {
        type: 'p',
        text: 'Để nâng cao giá trị, huyện Mường Ảng đang khuyến khích các hợp tác xã đầu tư máy sơ chế ướt, sân phơi, kho bảo quản; từng bước chuyển sang sản xuất theo hướng hữu cơ, có truy xuất nguồn gốc. Một số hợp tác xã đã có sản phẩm cà phê rang xay được công nhận sản phẩm OCOP, bày bán tại các điểm du lịch và trên sàn thương mại điện tử.',
      },
      {
        type: 'p',
        text: 'Lãnh đạo Phòng Nông nghiệp và Phát triển nông thôn huyện cho biết, bên cạnh tín hiệu tích cực về giá, ngành nông nghiệp khuyến cáo người dân không ồ ạt mở rộng diện tích ra vùng đất không phù hợp, không thu hái quả xanh; chú trọng trẻ hóa vườn cây già cỗi bằng giống mới, năng suất cao, để cây cà phê trở thành sinh kế bền vững của bà con.',
      },
    ],
    byline: 'Tin, ảnh: Hoàng Châu',
    publishedAt: '2023-10-25 15:15:00',
    readCount: 3870,
    image: {
      file: 'ca-phe.jpg',
      caption: 'Cà phê Mường Ảng vào vụ thu hoạch.',
      alt: 'Những luống cà phê xanh trên đồi, cành cà phê phía trước với chùm quả đỏ',
    },
    tags: ['Cà phê', 'Mường Ảng', 'Nông nghiệp'],
  },
  {
    section: 'trong-nuoc-quoc-te',
    title: 'Thúc đẩy hợp tác giữa các tỉnh có chung đường biên giới Việt Nam – Lào',
    lead: 'Các địa phương hai bên biên giới Việt Nam – Lào thống nhất tiếp tục tăng cường trao đổi đoàn, phối hợp quản lý biên giới, phát triển thương mại, giáo dục, y tế, góp phần vun đắp mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa hai nước.',
    body: [
      {
        type: 'p',
        text: 'Tại hội nghị đánh giá kết quả hợp tác giữa các tỉnh biên giới hai nước, đại diện các địa phương đã chia sẻ nhiều kết quả nổi bật: hệ thống mốc quốc giới được quản lý, bảo vệ chặt chẽ; tình hình an ninh, trật tự khu vực biên giới ổn định; kim ngạch xuất nhập khẩu qua các cửa khẩu tăng khá. Nhiều công trình trường học, trạm y tế, nhà văn hóa do phía Việt Nam hỗ trợ đã được bàn giao, phát huy hiệu quả.',
      },
      {
        type: 'p',
        text: 'Công tác đào tạo nguồn nhân lực tiếp tục là điểm sáng. Hằng năm, các tỉnh biên giới của Việt Nam tiếp nhận hàng nghìn lưu học sinh Lào theo học tại các trường đại học, cao đẳng, trường chính trị; đồng thời hỗ trợ bồi dưỡng cán bộ cơ sở cho các tỉnh bạn. Lực lượng biên phòng hai bên duy trì tuần tra song phương, phối hợp phòng, chống tội phạm ma túy, mua bán người và xuất nhập cảnh trái phép.',
      },
      {
        type: 'figure',
        image: 'cot-moc-bien-gioi.jpg',
        caption: 'Mốc quốc giới trên tuyến biên giới Việt Nam – Lào.',
        alt: 'Cột mốc biên giới bằng đá trên đồi, phía xa là dãy núi và biển mây',
      },
      {
        type: 'p',
        text: 'Các đại biểu thống nhất, thời gian tới sẽ tăng cường tuyên truyền về lịch sử quan hệ đặc biệt Việt Nam – Lào cho thế hệ trẻ; tạo thuận lợi cho hoạt động thương mại, du lịch qua biên giới; phối hợp quy tập hài cốt liệt sĩ quân tình nguyện, chuyên gia Việt Nam hy sinh tại Lào; đẩy mạnh kết nghĩa giữa các bản, cụm bản hai bên biên giới, xây dựng đường biên giới hòa bình, hữu nghị, ổn định, hợp tác và phát triển.',
      },
    ],
    byline: 'Theo TTXVN',
    publishedAt: '2023-11-08 09:50:00',
    readCount: 1420,
    image: {
      file: 'cot-moc-bien-gioi.jpg',
      caption: 'Biên giới Việt Nam – Lào.',
      alt: 'Cột mốc biên giới và hai chiến sĩ biên phòng trên đồi cỏ',
    },
    tags: ['Việt Nam – Lào', 'Biên giới', 'Hợp tác'],
  },
  {
    section: 'bao-ve-nen-tang-tu-tuong',
    title:
      'Tỉnh táo nhận diện luận điệu xuyên tạc chính sách dân tộc, tôn giáo trên không gian mạng',
    lead: 'Lợi dụng mạng xã hội, các thế lực thù địch thường xuyên tung tin sai sự thật, xuyên tạc chính sách dân tộc, tôn giáo của Đảng, Nhà nước, nhằm kích động, chia rẽ khối đại đoàn kết ở vùng đồng bào dân tộc thiểu số. Nhận diện đúng để đấu tranh, phản bác là yêu cầu cấp thiết.',
    body: [
      {
        type: 'p',
        text: 'Thời gian gần đây, trên một số trang mạng, tài khoản mạng xã hội xuất hiện các bài viết, video cắt ghép hình ảnh đời sống khó khăn ở vùng cao để quy chụp rằng Nhà nước “bỏ rơi” đồng bào dân tộc thiểu số, “đàn áp” người theo đạo. Có những nội dung được dịch sang tiếng dân tộc, lan truyền qua các nhóm kín, nhắm vào người có trình độ hạn chế, ít được tiếp cận thông tin chính thống.',
      },
      {
        type: 'p',
        text: 'Thực tế trên địa bàn tỉnh đã bác bỏ hoàn toàn những luận điệu đó. Các chương trình mục tiêu quốc gia về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, giảm nghèo bền vững, xây dựng nông thôn mới đã đưa điện lưới, đường giao thông, trường học, trạm y tế về tận bản. Các tổ chức tôn giáo được công nhận hoạt động bình thường, đúng pháp luật; đồng bào có đạo được tạo điều kiện sinh hoạt tôn giáo, đồng thời tích cực tham gia phát triển kinh tế, giữ gìn an ninh trật tự.',
      },
      { type: 'h2', text: 'Mỗi cán bộ, đảng viên là một “chiến sĩ” trên mặt trận tư tưởng' },
      {
        type: 'p',
        text: 'Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị, Ban Chỉ đạo 35 các cấp trong tỉnh đã củng cố lực lượng nòng cốt, duy trì các nhóm thông tin tích cực trên mạng xã hội; phối hợp với cơ quan chức năng xử lý nghiêm các trường hợp đăng tải thông tin sai sự thật. Đặc biệt, đội ngũ người có uy tín, chức sắc tôn giáo được phát huy vai trò giải thích, định hướng cho bà con ngay tại bản.',
      },
      {
        type: 'figure',
        image: 'chuyen-doi-so.jpg',
        caption:
          'Không gian mạng đang là mặt trận chính trong đấu tranh bảo vệ nền tảng tư tưởng của Đảng.',
        alt: 'Máy tính xách tay và điện thoại trên bàn làm việc, xung quanh là sơ đồ mạng lưới kết nối',
      },
      {
        type: 'p',
        text: 'Để việc đấu tranh đạt hiệu quả, mỗi cán bộ, đảng viên cần chủ động cập nhật thông tin chính thống, không chia sẻ tin chưa được kiểm chứng; kịp thời báo cáo khi phát hiện nội dung xấu, độc. Quan trọng hơn, phải làm tốt hơn nữa công tác dân vận, chăm lo đời sống vật chất, tinh thần của đồng bào; bởi niềm tin của nhân dân chính là “lá chắn” vững chắc nhất trước mọi âm mưu chia rẽ.',
      },
    ],
    byline: 'Trung Kiên',
    publishedAt: '2023-12-05 10:20:00',
    readCount: 1960,
    image: {
      file: 'chuyen-doi-so.jpg',
      caption: 'Đấu tranh phản bác quan điểm sai trái trên không gian mạng.',
      alt: 'Bàn làm việc với máy tính xách tay hiển thị biểu đồ, điện thoại và mạng lưới kết nối phía sau',
    },
    tags: ['Nghị quyết 35', 'Không gian mạng', 'Chính sách dân tộc'],
  },
  // ------------------------------------------------------------------ 2024
  {
    section: 'xay-dung-dang',
    title: 'Ủy ban Kiểm tra Tỉnh ủy triển khai nhiệm vụ năm 2024',
    lead: 'Ngày 18/1, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2023, triển khai nhiệm vụ năm 2024.',
    body: [
      {
        type: 'p',
        text: 'Năm 2023, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ tỉnh đã triển khai toàn diện các nhiệm vụ theo Điều lệ Đảng. Cấp ủy các cấp kiểm tra hàng trăm tổ chức đảng và đảng viên, giám sát chuyên đề nhiều tổ chức đảng; ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm, tập trung vào các lĩnh vực nhạy cảm, dễ phát sinh sai phạm như quản lý đất đai, tài chính, đầu tư công, thực hiện các chương trình mục tiêu quốc gia.',
      },
      {
        type: 'p',
        text: 'Qua kiểm tra, giám sát đã kịp thời phát hiện, chấn chỉnh những thiếu sót, khuyết điểm; xem xét, thi hành kỷ luật nghiêm minh các tổ chức đảng, đảng viên vi phạm, góp phần giữ vững kỷ luật, kỷ cương trong Đảng. Việc tiếp nhận, giải quyết đơn thư tố cáo, khiếu nại kỷ luật đảng được thực hiện đúng quy định, không để tồn đọng, kéo dài.',
      },
      {
        type: 'figure',
        image: 'hoi-nghi.jpg',
        caption: 'Đại biểu dự hội nghị tổng kết công tác kiểm tra, giám sát năm 2023.',
        alt: 'Các đại biểu ngồi sau bàn họp có micro, bảng tên và hoa tươi',
      },
      { type: 'h2', text: 'Giám sát phải mở rộng, kiểm tra phải có trọng tâm, trọng điểm' },
      {
        type: 'p',
        text: 'Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị năm 2024, ủy ban kiểm tra các cấp tiếp tục đổi mới phương pháp, nâng cao chất lượng công tác kiểm tra, giám sát; chú trọng giám sát thường xuyên để phát hiện sớm, cảnh báo từ xa, không để vi phạm nhỏ tích tụ thành sai phạm lớn. Đồng thời tham mưu tốt cho cấp ủy chuẩn bị nhân sự đại hội đảng bộ các cấp nhiệm kỳ 2025 – 2030, kiên quyết không để lọt vào cấp ủy những người không đủ tiêu chuẩn.',
      },
      {
        type: 'p',
        text: 'Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác kiểm tra, giám sát năm 2023 đã được Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen. Các đại biểu cũng thống nhất chương trình kiểm tra, giám sát năm 2024, trong đó có các cuộc giám sát chuyên đề việc thực hiện quy định về trách nhiệm nêu gương và công tác phòng, chống tham nhũng, tiêu cực.',
      },
    ],
    byline: 'Thu Hà',
    publishedAt: '2024-01-18 16:30:00',
    readCount: 1690,
    image: {
      file: 'hoi-nghi.jpg',
      caption: 'Hội nghị tổng kết công tác kiểm tra, giám sát năm 2023.',
      alt: 'Phòng hội nghị với các đại biểu ngồi sau bàn dài, phía sau là phông nền xanh và băng rôn đỏ',
    },
    tags: ['Kiểm tra, giám sát', 'Kỷ luật đảng', 'Ủy ban Kiểm tra'],
  },
  {
    section: 'bao-ve-nen-tang-tu-tuong',
    title: 'Không thể xuyên tạc tầm vóc lịch sử của Chiến thắng Điện Biên Phủ',
    lead: 'Mỗi dịp kỷ niệm Chiến thắng Điện Biên Phủ, một số đối tượng lại đưa ra những luận điệu hạ thấp, bóp méo ý nghĩa của chiến thắng. Song, sự thật lịch sử và những chứng cứ không thể bác bỏ đã khẳng định tầm vóc thời đại của “Điện Biên Phủ – lừng lẫy năm châu, chấn động địa cầu”.',
    body: [
      {
        type: 'p',
        text: 'Trên một số diễn đàn, có ý kiến cho rằng Chiến thắng Điện Biên Phủ chủ yếu nhờ “viện trợ bên ngoài”, hoặc cố tình thổi phồng tổn thất để phủ nhận thắng lợi, thậm chí xuyên tạc quyết định “thay đổi phương châm tác chiến” từ “đánh nhanh, thắng nhanh” sang “đánh chắc, tiến chắc”. Những luận điệu này nhằm hạ thấp vai trò lãnh đạo của Đảng, tài thao lược của Đại tướng Võ Nguyên Giáp và sức mạnh của khối đại đoàn kết toàn dân tộc.',
      },
      {
        type: 'p',
        text: 'Lịch sử đã ghi nhận, sau 56 ngày đêm “khoét núi, ngủ hầm, mưa dầm, cơm vắt”, quân và dân ta đã tiêu diệt và bắt sống toàn bộ lực lượng địch tại tập đoàn cứ điểm Điện Biên Phủ, buộc thực dân Pháp phải ký Hiệp định Giơnevơ, chấm dứt chiến tranh ở Đông Dương. Hàng vạn dân công từ khắp các địa phương, trong đó có đồng bào các dân tộc Tây Bắc, đã vượt núi, băng rừng, chuyển lương thực, đạn dược ra mặt trận.',
      },
      {
        type: 'figure',
        image: 'tuong-dai-chien-thang.jpg',
        caption:
          'Tượng đài Chiến thắng Điện Biên Phủ trên đồi D1 – biểu tượng của ý chí quyết chiến, quyết thắng.',
        alt: 'Tượng đài ba chiến sĩ giương cao lá cờ đỏ trên đỉnh đồi, bậc thang dẫn lên tượng đài trong ánh chiều',
      },
      {
        type: 'quote',
        text: 'Điện Biên Phủ như là một cái mốc chói lọi bằng vàng của lịch sử. Nó ghi rõ nơi chủ nghĩa thực dân lăn xuống dốc và tan rã, đồng thời phong trào giải phóng dân tộc khắp thế giới đang lên cao đến thắng lợi hoàn toàn. (Chủ tịch Hồ Chí Minh)',
      },
      {
        type: 'p',
        text: 'Giá trị của Chiến thắng Điện Biên Phủ không chỉ nằm ở ý nghĩa quân sự mà còn cổ vũ mạnh mẽ phong trào giải phóng dân tộc trên thế giới. Bảo vệ sự thật lịch sử ấy chính là bảo vệ nền tảng tư tưởng của Đảng. Mỗi cán bộ, đảng viên, nhất là thế hệ trẻ, cần tìm hiểu lịch sử từ nguồn chính thống, tham gia tích cực vào các hoạt động tuyên truyền kỷ niệm 70 năm Chiến thắng, kiên quyết phản bác những thông tin sai lệch trên không gian mạng.',
      },
    ],
    byline: 'Hoàng Châu',
    publishedAt: '2024-04-12 08:40:00',
    readCount: 4230,
    image: {
      file: 'tuong-dai-chien-thang.jpg',
      caption: 'Tượng đài Chiến thắng Điện Biên Phủ.',
      alt: 'Tượng đài chiến thắng bằng đồng trên bệ đá, lá cờ đỏ tung bay, nền trời hoàng hôn',
    },
    tags: ['Điện Biên Phủ', 'Nghị quyết 35', 'Lịch sử'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title:
      'Thường trực Tỉnh ủy kiểm tra công tác chuẩn bị Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
    lead: 'Chiều 20/4, đồng chí Bí thư Tỉnh ủy cùng các đồng chí trong Thường trực Tỉnh ủy đã kiểm tra tiến độ chuẩn bị các công trình, địa điểm phục vụ Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.',
    body: [
      {
        type: 'p',
        text: 'Đoàn đã kiểm tra tại Sân vận động tỉnh – nơi sẽ diễn ra Lễ kỷ niệm cấp quốc gia và diễu binh, diễu hành; khu vực Tượng đài Chiến thắng Điện Biên Phủ trên đồi D1, Nghĩa trang liệt sĩ quốc gia A1, Bảo tàng Chiến thắng lịch sử Điện Biên Phủ và một số tuyến phố chính. Tại các điểm kiểm tra, các đơn vị thi công báo cáo tiến độ chỉnh trang, lắp đặt khán đài, hệ thống âm thanh, ánh sáng, pano tuyên truyền.',
      },
      {
        type: 'figure',
        image: 'chao-co.jpg',
        caption: 'Lực lượng tham gia diễu binh, diễu hành tập luyện tại Sân vận động tỉnh.',
        alt: 'Lá cờ đỏ sao vàng trên cột cờ cao, nhiều người đứng thành hàng ngũ chỉnh tề',
      },
      {
        type: 'p',
        text: 'Qua kiểm tra, đồng chí Bí thư Tỉnh ủy đánh giá cao tinh thần trách nhiệm của các sở, ngành, thành phố Điện Biên Phủ và các nhà thầu đã làm việc “ba ca, bốn kíp”, cơ bản bảo đảm tiến độ đề ra. Đồng chí yêu cầu các đơn vị khẩn trương hoàn thiện các hạng mục còn lại trước ngày 30/4; rà soát kỹ phương án bảo đảm an ninh, an toàn giao thông, phòng, chống cháy nổ, y tế, vệ sinh môi trường; chuẩn bị chu đáo nơi ăn, nghỉ cho các đoàn đại biểu, cựu chiến binh, chiến sĩ Điện Biên về dự lễ.',
      },
      {
        type: 'p',
        text: 'Đồng chí Bí thư Tỉnh ủy nhấn mạnh, Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ là sự kiện chính trị đặc biệt quan trọng, đồng thời là dịp để Điện Biên giới thiệu với bạn bè trong nước và quốc tế về hình ảnh một vùng đất anh hùng đang đổi mới, phát triển. Vì vậy, các cấp, các ngành phải quán triệt tinh thần “không để bất kỳ sai sót nào”, mỗi người dân là một hướng dẫn viên, một đại sứ du lịch thân thiện, mến khách.',
      },
      {
        type: 'p',
        text: 'Cùng ngày, đoàn đã thăm hỏi, động viên lực lượng quân đội, công an đang tập luyện diễu binh, diễu hành và các cán bộ, công nhân đang thi công trên công trường. Dự kiến các buổi hợp luyện tổng thể sẽ được tổ chức từ cuối tháng 4 tại Sân vận động tỉnh.',
      },
    ],
    byline: 'Tin, ảnh: Quang Hưng',
    publishedAt: '2024-04-22 17:15:00',
    readCount: 5120,
    image: {
      file: 'tuong-dai-chien-thang.jpg',
      caption: 'Khu vực Tượng đài Chiến thắng Điện Biên Phủ được chỉnh trang phục vụ Lễ kỷ niệm.',
      alt: 'Tượng đài Chiến thắng trên đỉnh đồi, bậc thang đá dẫn lên, hai bên cây xanh',
    },
    tags: ['70 năm Chiến thắng', 'Điện Biên Phủ', 'Thường trực Tỉnh ủy'],
  },
  {
    section: 'thu-vien-anh-video',
    title: 'Ảnh: Những khoảnh khắc ấn tượng tại Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
    lead: 'Sáng 7/5/2024, tại Sân vận động tỉnh Điện Biên đã diễn ra trọng thể Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ với màn diễu binh, diễu hành quy mô lớn. Trang thông tin điện tử Đảng bộ tỉnh giới thiệu một số hình ảnh ghi lại tại buổi lễ.',
    body: [
      {
        type: 'p',
        text: 'Ngay từ sáng sớm, hàng vạn người dân và du khách đã có mặt dọc các tuyến phố của thành phố Điện Biên Phủ để theo dõi lễ kỷ niệm. Cờ đỏ sao vàng, cờ Đảng rực rỡ khắp các ngả đường, trên từng mái nhà. Không khí trang nghiêm, tự hào lan tỏa trong mỗi người dân khi cùng hướng về một dấu mốc lịch sử của dân tộc.',
      },
      {
        type: 'figure',
        image: 'chao-co.jpg',
        caption: 'Nghi lễ chào cờ mở đầu Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.',
        alt: 'Lá cờ đỏ sao vàng tung bay trên cột cờ cao trong ánh nắng sớm, đông đảo người dân đứng nghiêm',
      },
      {
        type: 'figure',
        image: 'tuong-dai-chien-thang.jpg',
        caption:
          'Tượng đài Chiến thắng Điện Biên Phủ trên đồi D1 trong những ngày tháng Năm lịch sử.',
        alt: 'Tượng đài ba chiến sĩ cầm cờ trên đỉnh đồi xanh, bầu trời rực nắng',
      },
      {
        type: 'p',
        text: 'Sau nghi lễ chào cờ và diễn văn kỷ niệm, các khối diễu binh, diễu hành lần lượt đi qua lễ đài. Đi đầu là khối cựu chiến binh, dân công hỏa tuyến, tiếp đến là các khối lực lượng vũ trang, khối quần chúng đại diện các dân tộc tỉnh Điện Biên trong trang phục truyền thống. Những tràng pháo tay kéo dài mỗi khi các khối đi qua đã nói lên tình cảm của nhân dân với những người làm nên chiến thắng.',
      },
      {
        type: 'figure',
        image: 'le-hoi.jpg',
        caption:
          'Màn xòe tập thể của các nghệ nhân, diễn viên trong chương trình nghệ thuật chào mừng.',
        alt: 'Những thiếu nữ trong trang phục dân tộc Thái múa xòe quanh đống lửa dưới dây đèn lồng',
      },
      {
        type: 'figure',
        image: 'canh-dong-muong-thanh.jpg',
        caption:
          'Cánh đồng Mường Thanh – nơi từng là chiến trường ác liệt, nay là vựa lúa lớn của vùng Tây Bắc.',
        alt: 'Cánh đồng lúa rộng lớn xanh vàng xen kẽ giữa thung lũng, xung quanh là núi cao',
      },
    ],
    byline: 'Ảnh: Quang Hưng – Minh Thùy',
    publishedAt: '2024-05-08 09:00:00',
    readCount: 8740,
    image: {
      file: 'chao-co.jpg',
      caption: 'Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.',
      alt: 'Cờ đỏ sao vàng trên cột cờ, phía dưới là hàng người đứng chào cờ trong nắng sớm',
    },
    tags: ['70 năm Chiến thắng', 'Điện Biên Phủ', 'Ảnh'],
  },
  {
    section: 'tin-trong-tinh',
    title: 'Mưa lớn gây sạt lở nhiều tuyến đường tại Mường Nhé, Nậm Pồ',
    lead: 'Mưa lớn kéo dài từ đêm 26 đến sáng 28/6 đã gây sạt lở đất đá, chia cắt cục bộ nhiều tuyến đường tại các huyện Mường Nhé, Nậm Pồ. Chính quyền địa phương và các lực lượng chức năng đang khẩn trương khắc phục.',
    body: [
      {
        type: 'p',
        text: 'Theo báo cáo nhanh của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, mưa lớn đã làm sạt lở taluy dương tại nhiều điểm trên Quốc lộ 4H và các tuyến đường liên xã, gây ách tắc giao thông cục bộ. Nước suối dâng cao làm ngập úng một số diện tích lúa, hoa màu mới gieo cấy; một số nhà dân bị ảnh hưởng, phải di dời khẩn cấp. Rất may, đến thời điểm hiện tại chưa có thiệt hại về người.',
      },
      {
        type: 'figure',
        image: 'mua-lu.jpg',
        caption:
          'Lực lượng chức năng dùng máy xúc thông tuyến đường bị sạt lở trên địa bàn huyện Nậm Pồ.',
        alt: 'Máy xúc màu vàng dọn đất đá sạt lở trên đường, công nhân mặc áo phản quang làm việc dưới mưa, nước lũ tràn mặt đường',
      },
      {
        type: 'p',
        text: 'Ngay trong đêm, Ban Thường vụ các huyện ủy Mường Nhé, Nậm Pồ đã chỉ đạo huy động lực lượng quân đội, công an, biên phòng, dân quân tự vệ và thanh niên xung phong hỗ trợ người dân di chuyển tài sản đến nơi an toàn; bố trí chốt cảnh giới, cắm biển báo nguy hiểm tại các điểm sạt lở, ngầm tràn. Đơn vị quản lý đường bộ đưa máy móc, phương tiện đến hiện trường, khẩn trương san gạt, bảo đảm thông xe trong thời gian sớm nhất.',
      },
      {
        type: 'p',
        text: 'Anh Thào A Sử, bản Nậm Chua 3, xã Nậm Chua, kể: “Khoảng 2 giờ sáng nghe tiếng đất đá sạt ở phía sau nhà, cả nhà vội bế con chạy sang nhà văn hóa bản. Sáng ra đã có bộ đội, công an đến giúp chuyển đồ đạc, lại được phát mì tôm, nước uống”.',
      },
      {
        type: 'p',
        text: 'Theo dự báo, trong những ngày tới mưa lớn còn tiếp diễn trên diện rộng. UBND tỉnh đề nghị các địa phương tiếp tục rà soát các khu dân cư có nguy cơ sạt lở, lũ quét; chủ động di dời người dân; không để người và phương tiện qua lại các ngầm tràn khi nước dâng cao; tổ chức thường trực 24/24 giờ, kịp thời báo cáo tình hình thiệt hại.',
      },
    ],
    byline: 'Tin, ảnh: Văn Long',
    publishedAt: '2024-06-28 11:40:00',
    readCount: 3360,
    image: {
      file: 'mua-lu.jpg',
      caption: 'Khắc phục sạt lở trên tuyến đường ở huyện Nậm Pồ.',
      alt: 'Con đường bị nước lũ tràn qua, máy xúc và công nhân đang dọn đất đá sạt lở dưới mưa',
    },
    tags: ['Mưa lũ', 'Phòng, chống thiên tai', 'Mường Nhé'],
  },
  {
    section: 'tin-trong-tinh',
    title: 'Nông dân huyện Điện Biên thu hoạch lúa mùa trên cánh đồng Mường Thanh',
    lead: 'Những ngày cuối tháng 9, cánh đồng Mường Thanh nhuộm vàng màu lúa chín. Bà con nông dân huyện Điện Biên đang tranh thủ thời tiết thuận lợi để thu hoạch lúa vụ mùa, năng suất ước đạt khá.',
    body: [
      {
        type: 'p',
        text: 'Vụ mùa năm nay, huyện Điện Biên gieo cấy hàng nghìn ha lúa, phần lớn trên cánh đồng Mường Thanh – cánh đồng lớn nhất vùng Tây Bắc. Nhờ chủ động nguồn nước tưới từ hệ thống thủy lợi Nậm Rốm, thời tiết tương đối thuận lợi, sâu bệnh được kiểm soát tốt, lúa sinh trưởng đồng đều. Các giống lúa chất lượng cao, lúa đặc sản như Bắc thơm số 7, Séng cù được người dân ưa chuộng.',
      },
      {
        type: 'figure',
        image: 'canh-dong-muong-thanh.jpg',
        caption: 'Cánh đồng Mường Thanh vào vụ thu hoạch.',
        alt: 'Cánh đồng lúa rộng lớn với những ô ruộng xanh vàng xen kẽ, dòng sông uốn lượn giữa thung lũng',
      },
      {
        type: 'p',
        text: 'Khác với trước đây, nhiều hộ đã thuê máy gặt đập liên hợp, vừa giảm công lao động, vừa hạn chế thất thoát. Ông Lường Văn Chính, bản Pá Ngam, xã Thanh An, cho biết: “Ngày xưa cả nhà gặt cả tuần mới xong 1 ha, giờ máy gặt chỉ mất hơn một giờ, thóc đóng bao mang về luôn. Năm nay lúa được mùa, thương lái vào tận ruộng mua nên bà con rất phấn khởi”.',
      },
      {
        type: 'p',
        text: 'Để nâng cao giá trị hạt gạo, huyện Điện Biên đang mở rộng các vùng sản xuất lúa hàng hóa theo tiêu chuẩn VietGAP, liên kết với doanh nghiệp và hợp tác xã bao tiêu sản phẩm; phát huy nhãn hiệu tập thể “Gạo Điện Biên”. Sau thu hoạch, ngành nông nghiệp khuyến cáo bà con không đốt rơm rạ, tận dụng làm thức ăn gia súc, phân bón hữu cơ và chuẩn bị đất cho vụ đông.',
      },
    ],
    byline: 'Tin, ảnh: Minh Thùy',
    publishedAt: '2024-09-26 15:50:00',
    readCount: 4410,
    image: {
      file: 'canh-dong-muong-thanh.jpg',
      caption: 'Cánh đồng Mường Thanh mùa lúa chín.',
      alt: 'Thung lũng Mường Thanh với cánh đồng lúa vàng xanh, phía xa là dãy núi và làn mây mỏng',
    },
    tags: ['Lúa gạo', 'Mường Thanh', 'Nông nghiệp'],
  },
  {
    section: 'hoc-tap-va-lam-theo-bac',
    title: 'Người đảng viên cao tuổi hiến đất mở đường lên bản',
    lead: 'Gần 50 năm tuổi Đảng, ông Sùng A Lử ở bản Háng Tàu, xã Phình Giàng, huyện Điện Biên Đông vẫn là người đi đầu trong mọi phong trào. Việc ông tự nguyện hiến hơn 800 m² đất nương để mở đường lên bản đã trở thành câu chuyện đẹp về học tập và làm theo Bác ở vùng cao.',
    body: [
      {
        type: 'p',
        text: 'Bản Háng Tàu nằm lưng chừng núi, trước đây muốn ra trung tâm xã phải men theo lối mòn hơn 2 giờ đồng hồ; mùa mưa đường trơn trượt, học sinh nghỉ học, nông sản không bán được. Khi huyện có chủ trương hỗ trợ xi măng làm đường theo phương châm “Nhà nước và nhân dân cùng làm”, vướng mắc lớn nhất là tuyến đường phải đi qua nương của nhiều hộ, trong đó có diện tích lớn nhất thuộc gia đình ông Lử.',
      },
      {
        type: 'p',
        text: 'Ông Lử kể, tối hôm họp bản, ông về bàn với vợ con: “Mình là đảng viên, Bác Hồ dạy việc gì có lợi cho dân thì phải hết sức làm. Mất ít đất nương nhưng cả bản có đường, con cháu đi học không khổ nữa”. Sáng hôm sau, ông tự tay cắm mốc, chặt cây trên phần đất của mình. Thấy ông làm trước, 14 hộ khác trong bản cũng đồng lòng hiến đất, góp ngày công.',
      },
      {
        type: 'figure',
        image: 'ruong-bac-thang.jpg',
        caption: 'Bản vùng cao xã Phình Giàng giờ đã có đường bê tông đến tận trung tâm xã.',
        alt: 'Nhà sàn nhỏ giữa những thửa ruộng bậc thang xanh vàng, phía sau là núi mờ sương',
      },
      {
        type: 'p',
        text: 'Chỉ sau ba tháng, tuyến đường bê tông dài 2,3 km đã hoàn thành. Giờ đây xe máy, ô tô nhỏ có thể vào tận bản, thương lái lên mua ngô, gà đen, dược liệu ngay tại nhà. Không dừng lại ở đó, ông Lử còn vận động bà con không tổ chức ma chay kéo dài, không thách cưới cao, giữ gìn vệ sinh chuồng trại. Năm qua, bản Háng Tàu được công nhận bản văn hóa, không còn hộ đói.',
      },
      {
        type: 'p',
        text: 'Đồng chí Bí thư Đảng ủy xã Phình Giàng nhận xét: “Ông Lử không nói nhiều, nhưng việc gì cũng làm trước, làm gương cho con cháu. Học tập và làm theo Bác ở bản vùng cao chính là những việc như vậy”. Với những đóng góp của mình, ông Sùng A Lử đã được Ban Thường vụ Huyện ủy Điện Biên Đông tặng giấy khen điển hình tiêu biểu trong thực hiện Chỉ thị số 05-CT/TW.',
      },
    ],
    byline: 'Bài, ảnh: Quàng Văn Sơn',
    publishedAt: '2024-10-15 09:35:00',
    readCount: 2280,
    image: {
      file: 'ruong-bac-thang.jpg',
      caption: 'Bản vùng cao huyện Điện Biên Đông.',
      alt: 'Ruộng bậc thang nhiều tầng trên sườn đồi và nếp nhà sàn, phía xa là núi non',
    },
    tags: ['Làm theo Bác', 'Hiến đất làm đường', 'Gương điển hình'],
  },
  {
    section: 'dua-nghi-quyet-vao-cuoc-song',
    title: 'Du lịch Điện Biên chuyển mình từ Nghị quyết',
    lead: 'Triển khai Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, Điện Biên đã tận dụng tốt cơ hội từ Năm Du lịch quốc gia 2024 và năm kỷ niệm 70 năm Chiến thắng Điện Biên Phủ để quảng bá hình ảnh, thu hút du khách, từng bước đưa du lịch trở thành ngành kinh tế quan trọng.',
    body: [
      {
        type: 'p',
        text: 'Nghị quyết xác định phát triển du lịch dựa trên ba trụ cột: du lịch lịch sử gắn với hệ thống di tích Chiến trường Điện Biên Phủ; du lịch văn hóa, cộng đồng gắn với bản sắc các dân tộc; du lịch sinh thái, khám phá gắn với cảnh quan vùng biên giới. Từ định hướng đó, tỉnh đã huy động nhiều nguồn lực đầu tư hạ tầng giao thông, tu bổ di tích, nâng cấp Cảng hàng không Điện Biên, tạo thuận lợi để du khách đến với vùng đất lịch sử.',
      },
      {
        type: 'figure',
        image: 'le-hoi.jpg',
        caption:
          'Xòe Thái – di sản văn hóa phi vật thể đại diện của nhân loại – là điểm nhấn hấp dẫn du khách đến Điện Biên.',
        alt: 'Các thiếu nữ Thái trong áo cóm nhiều màu múa xòe quanh đống lửa, trên cao là dây đèn lồng',
      },
      {
        type: 'p',
        text: 'Năm 2024, hàng trăm sự kiện văn hóa, thể thao, du lịch đã được tổ chức, nổi bật là Lễ hội Hoa Ban, các ngày hội văn hóa dân tộc, giải chạy trên cung đường lịch sử. Lượng khách du lịch đến tỉnh tăng mạnh, nhất là vào dịp tháng 4, tháng 5; công suất phòng lưu trú nhiều thời điểm đạt trên 90%. Các tour “Về nguồn”, “Theo dấu chân chiến sĩ Điện Biên” được nhiều trường học, cơ quan, đơn vị trong cả nước lựa chọn.',
      },
      { type: 'h2', text: 'Người dân bản làm du lịch' },
      {
        type: 'p',
        text: 'Ở bản Mển, xã Thanh Nưa, huyện Điện Biên, nhiều hộ dân tộc Thái đã sửa sang nhà sàn, mở dịch vụ lưu trú, ẩm thực, biểu diễn văn nghệ phục vụ khách. Chị Lò Thị Hương, chủ một homestay trong bản, cho biết: “Trước chỉ biết làm ruộng, giờ nhà có thêm thu nhập từ khách. Khách thích nhất là được cùng làm cơm lam, học múa xòe, nghe kể chuyện bản mường”. Mô hình du lịch cộng đồng cũng đang được nhân rộng tại Mường Phăng, Pá Khoang.',
      },
      {
        type: 'p',
        text: 'Dù vậy, du lịch Điện Biên vẫn còn những hạn chế: sản phẩm chưa thật sự đa dạng, thiếu điểm vui chơi về đêm, nguồn nhân lực chất lượng cao còn mỏng, tính liên kết vùng chưa chặt chẽ. Thời gian tới, tỉnh tiếp tục thu hút nhà đầu tư chiến lược, đẩy mạnh chuyển đổi số trong quảng bá, xúc tiến; chú trọng đào tạo người dân làm du lịch cộng đồng, để mỗi bản làng vừa là điểm đến, vừa giữ được nét đẹp văn hóa riêng.',
      },
    ],
    byline: 'Ngọc Anh',
    publishedAt: '2024-11-20 10:10:00',
    readCount: 2950,
    image: {
      file: 'le-hoi.jpg',
      caption: 'Du lịch văn hóa cộng đồng đang là thế mạnh của Điện Biên.',
      alt: 'Vòng xòe quanh đống lửa trong đêm hội, những chiếc quạt hồng trên tay các thiếu nữ',
    },
    tags: ['Du lịch', 'Nghị quyết', 'Văn hóa dân tộc'],
  },
  // ------------------------------------------------------------------ 2025
  {
    section: 'xay-dung-dang',
    title: 'Công bố các quyết định về sắp xếp, tinh gọn tổ chức bộ máy các cơ quan Đảng của tỉnh',
    lead: 'Chiều 19/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định về thành lập, sắp xếp, kiện toàn tổ chức bộ máy các cơ quan của Tỉnh ủy theo tinh thần Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.',
    body: [
      {
        type: 'p',
        text: 'Tại hội nghị, đại diện lãnh đạo Ban Tổ chức Tỉnh ủy đã công bố các quyết định của Ban Thường vụ Tỉnh ủy về việc hợp nhất Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy thành Ban Tuyên giáo và Dân vận Tỉnh ủy; thành lập Đảng bộ các cơ quan Đảng tỉnh, Đảng bộ Ủy ban nhân dân tỉnh; kết thúc hoạt động của các đảng ủy khối, các ban cán sự đảng, đảng đoàn; cùng các quyết định về công tác cán bộ đối với người đứng đầu các cơ quan, đơn vị mới.',
      },
      {
        type: 'figure',
        image: 'hoi-nghi.jpg',
        caption:
          'Hội nghị công bố các quyết định về sắp xếp, tinh gọn tổ chức bộ máy các cơ quan Đảng của tỉnh.',
        alt: 'Hội trường với các đại biểu ngồi sau bàn dài, phía sau là phông nền xanh có băng rôn đỏ',
      },
      {
        type: 'p',
        text: 'Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy khẳng định, sắp xếp tổ chức bộ máy là cuộc cách mạng về tinh gọn hệ thống chính trị, đòi hỏi sự quyết tâm cao, đoàn kết, thống nhất từ trên xuống dưới. Với tinh thần “vừa chạy vừa xếp hàng”, Tỉnh ủy đã chỉ đạo khẩn trương, bài bản, bảo đảm sau sắp xếp các cơ quan đi vào hoạt động ngay, không bị gián đoạn công việc, không để ảnh hưởng đến hoạt động bình thường của xã hội và người dân.',
      },
      {
        type: 'p',
        text: 'Đồng chí Bí thư Tỉnh ủy đề nghị người đứng đầu các cơ quan, đơn vị mới khẩn trương ổn định tổ chức, xây dựng quy chế làm việc, quy định chức năng, nhiệm vụ, mối quan hệ công tác; phân công nhiệm vụ rõ ràng, tránh chồng chéo. Đồng thời làm tốt công tác tư tưởng, quan tâm đến cán bộ, công chức, người lao động chịu tác động của việc sắp xếp, thực hiện đầy đủ, kịp thời các chế độ, chính sách theo quy định.',
      },
      {
        type: 'quote',
        text: 'Tinh gọn bộ máy không chỉ là giảm đầu mối, mà quan trọng hơn là nâng cao hiệu lực, hiệu quả hoạt động, phục vụ nhân dân tốt hơn.',
      },
      {
        type: 'p',
        text: 'Thay mặt lãnh đạo các cơ quan mới, đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy bày tỏ quyết tâm cùng tập thể cán bộ, công chức nhanh chóng ổn định tư tưởng, bắt tay ngay vào công việc, hoàn thành tốt nhiệm vụ được giao, nhất là nhiệm vụ phục vụ đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
      },
    ],
    byline: 'Thu Hà',
    publishedAt: '2025-02-19 17:20:00',
    readCount: 3940,
    image: {
      file: 'trao-quyet-dinh.jpg',
      caption: 'Hội nghị công bố các quyết định sắp xếp tổ chức bộ máy.',
      alt: 'Các đồng chí nhận quyết định đứng thành hàng trên sân khấu phông đỏ có biểu tượng búa liềm, tay cầm quyết định và hoa',
    },
    tags: ['Tinh gọn bộ máy', 'Nghị quyết 18', 'Tổ chức bộ máy'],
  },
  {
    section: 'thu-vien-anh-video',
    title: 'Ảnh: Rộn ràng ngày hội văn hóa các dân tộc vùng biên',
    lead: 'Những ngày đầu tháng 3, ngày hội văn hóa, thể thao các dân tộc huyện Mường Chà thu hút đông đảo nhân dân và du khách. Mời bạn đọc cùng ngắm nhìn những khoảnh khắc rực rỡ sắc màu của ngày hội.',
    body: [
      {
        type: 'p',
        text: 'Ngày hội năm nay quy tụ các đội văn nghệ, thể thao đến từ các xã trong huyện với nhiều hoạt động: thi trình diễn trang phục truyền thống, hát dân ca, múa xòe, thi đẩy gậy, kéo co, ném còn, bắn nỏ và trưng bày sản phẩm nông nghiệp, ẩm thực đặc trưng của đồng bào Thái, Mông, Khơ Mú, Hoa.',
      },
      {
        type: 'figure',
        image: 'le-hoi.jpg',
        caption: 'Vòng xòe đoàn kết trong đêm khai mạc ngày hội.',
        alt: 'Nhiều cô gái trong trang phục dân tộc nhiều màu sắc múa xòe quanh đống lửa dưới bầu trời đêm',
      },
      {
        type: 'figure',
        image: 'ruong-bac-thang.jpg',
        caption:
          'Những thửa ruộng bậc thang ở Mường Chà đang vào mùa lấy nước, chuẩn bị cho vụ mới.',
        alt: 'Ruộng bậc thang uốn lượn theo sườn đồi, ngôi nhà sàn nhỏ nằm giữa ruộng',
      },
      {
        type: 'p',
        text: 'Điểm nhấn của ngày hội là màn trình diễn trang phục truyền thống của các dân tộc. Những bộ váy áo thổ cẩm được chính tay các bà, các mẹ thêu dệt trong nhiều tháng, mang theo câu chuyện về phong tục, tín ngưỡng của từng dân tộc, khiến du khách không khỏi thích thú.',
      },
      {
        type: 'figure',
        image: 'chao-co.jpg',
        caption: 'Lễ chào cờ khai mạc ngày hội tại sân vận động trung tâm huyện.',
        alt: 'Cột cờ với lá cờ đỏ sao vàng, phía dưới là các đoàn vận động viên xếp hàng',
      },
      {
        type: 'p',
        text: 'Theo Ban Tổ chức, ngày hội không chỉ là dịp giao lưu, tăng cường tình đoàn kết giữa các dân tộc mà còn góp phần bảo tồn, phát huy giá trị văn hóa truyền thống, quảng bá hình ảnh đất và người Mường Chà đến với du khách gần xa.',
      },
    ],
    byline: 'Ảnh: Lò Thị Duyên',
    publishedAt: '2025-03-10 08:15:00',
    readCount: 2060,
    image: {
      file: 'le-hoi.jpg',
      caption: 'Ngày hội văn hóa các dân tộc huyện Mường Chà.',
      alt: 'Đêm hội với vòng xòe quanh đống lửa và dây đèn lồng đỏ vàng',
    },
    tags: ['Ảnh', 'Văn hóa dân tộc', 'Lễ hội'],
  },
  {
    section: 'trong-nuoc-quoc-te',
    title: 'Quốc hội thông qua Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh năm 2025',
    lead: 'Chiều 12/6, với đa số đại biểu tán thành, Quốc hội đã biểu quyết thông qua Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh. Sau sắp xếp, cả nước có 34 đơn vị hành chính cấp tỉnh, gồm 28 tỉnh và 6 thành phố trực thuộc Trung ương.',
    body: [
      {
        type: 'p',
        text: 'Theo Nghị quyết, 11 tỉnh, thành phố không thực hiện sắp xếp gồm: thành phố Hà Nội, thành phố Huế và các tỉnh Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng. Các đơn vị hành chính còn lại được sắp xếp, hợp nhất để hình thành các tỉnh, thành phố mới có quy mô lớn hơn về diện tích tự nhiên, dân số, tạo không gian phát triển mới cho các địa phương.',
      },
      {
        type: 'p',
        text: 'Nghị quyết có hiệu lực thi hành kể từ ngày được Quốc hội thông qua. Chính quyền địa phương ở các đơn vị hành chính cấp tỉnh hình thành sau sắp xếp chính thức hoạt động từ ngày 1/7/2025, đồng thời với việc thực hiện mô hình chính quyền địa phương hai cấp, kết thúc hoạt động của đơn vị hành chính cấp huyện trên phạm vi cả nước.',
      },
      {
        type: 'figure',
        image: 'dai-hoi.jpg',
        caption: 'Việc sắp xếp đơn vị hành chính là chủ trương lớn, có ý nghĩa chiến lược lâu dài.',
        alt: 'Hội trường lớn với cờ Đảng và cờ Tổ quốc treo trên sân khấu, hàng ghế đại biểu phía dưới',
      },
      {
        type: 'p',
        text: 'Quốc hội giao Chính phủ, các cơ quan, tổ chức có liên quan và chính quyền địa phương khẩn trương thực hiện các công việc cần thiết để ổn định tổ chức bộ máy; sắp xếp, bố trí cán bộ, công chức, viên chức; bảo đảm quyền, lợi ích hợp pháp của người dân, doanh nghiệp; hoàn thành việc chuyển đổi các loại giấy tờ theo lộ trình, không gây phiền hà, không làm phát sinh thủ tục, chi phí cho người dân.',
      },
      {
        type: 'p',
        text: 'Cùng với Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh, Ủy ban Thường vụ Quốc hội đã và đang xem xét các nghị quyết về sắp xếp đơn vị hành chính cấp xã của từng tỉnh, thành phố, bảo đảm đồng bộ, kịp thời để các xã, phường, đặc khu mới đi vào hoạt động từ ngày 1/7/2025.',
      },
    ],
    byline: 'Theo TTXVN',
    publishedAt: '2025-06-12 16:55:00',
    readCount: 6890,
    image: {
      file: 'dai-hoi.jpg',
      caption: 'Quốc hội thông qua Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh.',
      alt: 'Hội trường trang trọng với cờ Đảng, cờ Tổ quốc, hoa tươi trên sân khấu',
    },
    tags: ['Sắp xếp đơn vị hành chính', 'Quốc hội', 'Chính quyền hai cấp'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title: 'Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo văn kiện trình Đại hội XV',
    lead: 'Ngày 27/6, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị cho ý kiến vào dự thảo Báo cáo chính trị và các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 – 2030; đồng thời cho ý kiến về công tác chuẩn bị vận hành chính quyền địa phương hai cấp.',
    body: [
      {
        type: 'p',
        text: 'Dự thảo Báo cáo chính trị đã đánh giá khách quan kết quả thực hiện Nghị quyết Đại hội XIV: kinh tế của tỉnh duy trì tốc độ tăng trưởng khá; kết cấu hạ tầng, nhất là giao thông, được đầu tư mạnh mẽ; tỷ lệ hộ nghèo giảm nhanh; quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng và hệ thống chính trị đạt nhiều kết quả quan trọng. Dự thảo cũng chỉ rõ những hạn chế, yếu kém và nguyên nhân, rút ra các bài học kinh nghiệm.',
      },
      {
        type: 'p',
        text: 'Trên cơ sở dự báo bối cảnh mới, dự thảo xác định mục tiêu tổng quát, các chỉ tiêu chủ yếu, các nhiệm vụ trọng tâm và khâu đột phá cho nhiệm kỳ 2025 – 2030, trong đó nhấn mạnh phát triển hạ tầng giao thông kết nối, phát triển nông nghiệp hàng hóa và du lịch, đẩy mạnh chuyển đổi số, nâng cao chất lượng nguồn nhân lực, gắn với xây dựng hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.',
      },
      {
        type: 'figure',
        image: 'dai-hoi.jpg',
        caption: 'Các đại biểu dự hội nghị Ban Chấp hành Đảng bộ tỉnh.',
        alt: 'Hội trường với cờ Đảng, cờ Tổ quốc trên sân khấu và các hàng ghế đại biểu',
      },
      {
        type: 'p',
        text: 'Các đồng chí Tỉnh ủy viên đã thảo luận sôi nổi, góp nhiều ý kiến tâm huyết, tập trung vào cách tiếp cận mới về không gian phát triển khi tỉnh vận hành mô hình chính quyền địa phương hai cấp; tính khả thi của các chỉ tiêu; giải pháp huy động nguồn lực đầu tư cho các xã biên giới; việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng sau sắp xếp.',
      },
      {
        type: 'p',
        text: 'Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị Tiểu ban Văn kiện tiếp thu tối đa các ý kiến, hoàn thiện dự thảo để lấy ý kiến rộng rãi của cán bộ, đảng viên và nhân dân. Đối với việc vận hành chính quyền hai cấp từ ngày 1/7, các huyện ủy cùng đảng ủy các xã, phường mới khẩn trương hoàn tất bàn giao hồ sơ, tài sản, trụ sở; bố trí cán bộ về cơ sở đúng người, đúng việc, bảo đảm không gián đoạn công việc, phục vụ tốt nhất nhu cầu của người dân và doanh nghiệp.',
      },
    ],
    byline: 'Tin, ảnh: Minh Thùy',
    publishedAt: '2025-06-27 17:05:00',
    readCount: 3310,
    image: {
      file: 'trao-quyet-dinh.jpg',
      caption: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh tháng 6/2025.',
      alt: 'Sân khấu hội trường có bục phát biểu và các đại biểu đứng thành hàng, nhìn từ phía sau các hàng ghế',
    },
    tags: ['Đại hội Đảng', 'Văn kiện', 'Ban Chấp hành Đảng bộ tỉnh'],
  },
  {
    section: 'tin-trong-tinh',
    title: '45 xã, phường của tỉnh chính thức vận hành chính quyền địa phương hai cấp',
    lead: 'Từ ngày 1/7/2025, 45 đơn vị hành chính cấp xã của tỉnh Điện Biên, gồm 42 xã và 3 phường, đồng loạt đi vào hoạt động theo mô hình chính quyền địa phương hai cấp. Ngày làm việc đầu tiên, các trung tâm phục vụ hành chính công cấp xã đã tiếp nhận, giải quyết thủ tục cho người dân thông suốt.',
    body: [
      {
        type: 'p',
        text: 'Trước đó, chiều 30/6, tỉnh đã tổ chức hội nghị công bố các nghị quyết, quyết định của Trung ương và của tỉnh về sắp xếp đơn vị hành chính cấp xã; thành lập đảng bộ các xã, phường; chỉ định ban chấp hành, ban thường vụ, các chức danh chủ chốt; công bố nhân sự Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc các xã, phường mới. Hội nghị được kết nối trực tuyến tới 45 điểm cầu trên địa bàn tỉnh.',
      },
      {
        type: 'figure',
        image: 'chuyen-doi-so.jpg',
        caption:
          'Trung tâm phục vụ hành chính công phường Điện Biên Phủ tiếp nhận hồ sơ của người dân trong ngày làm việc đầu tiên.',
        alt: 'Máy tính xách tay hiển thị bảng số liệu và điện thoại có mã QR trên bàn làm việc',
      },
      {
        type: 'p',
        text: 'Sáng 1/7, có mặt tại Trung tâm phục vụ hành chính công phường Mường Thanh từ sớm, bà Nguyễn Thị Lan, tổ dân phố 7, cho biết: “Tôi đến làm thủ tục đăng ký khai sinh cho cháu nội. Cán bộ hướng dẫn tận tình, chỉ khoảng 20 phút là xong, lại được hướng dẫn cách nộp hồ sơ trực tuyến cho những lần sau”. Tại nhiều xã vùng cao, cán bộ cũng bố trí bàn hướng dẫn riêng, có người phiên dịch tiếng dân tộc cho bà con.',
      },
      {
        type: 'p',
        text: 'Theo Văn phòng UBND tỉnh, trong ngày đầu vận hành, hệ thống thông tin giải quyết thủ tục hành chính của tỉnh hoạt động ổn định; đường truyền hội nghị trực tuyến từ tỉnh đến 45 xã, phường thông suốt. Các sở, ngành đã cử cán bộ xuống hỗ trợ trực tiếp tại những xã có khối lượng công việc lớn hoặc còn thiếu cán bộ chuyên môn về đất đai, tài chính, xây dựng.',
      },
      { type: 'h2', text: 'Gần dân hơn, phục vụ tốt hơn' },
      {
        type: 'p',
        text: 'Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các xã, phường khẩn trương ổn định tổ chức, phân công nhiệm vụ cụ thể cho từng cán bộ, công chức; niêm yết công khai thủ tục, số điện thoại đường dây nóng; tuyệt đối không để người dân phải đi lại nhiều lần. Mọi vướng mắc phát sinh phải được tổng hợp, báo cáo hằng ngày để tỉnh kịp thời tháo gỡ, với mục tiêu chính quyền cơ sở gần dân hơn, phục vụ nhân dân tốt hơn.',
      },
    ],
    byline: 'Tin, ảnh: Minh Thùy',
    publishedAt: '2025-07-01 15:30:00',
    readCount: 7350,
    image: {
      file: 'chao-co.jpg',
      caption: 'Các xã, phường mới của tỉnh chính thức đi vào hoạt động từ ngày 1/7/2025.',
      alt: 'Lá cờ đỏ sao vàng tung bay trên cột cờ trong buổi sáng, đông đảo cán bộ và người dân đứng dự lễ',
    },
    tags: ['Chính quyền hai cấp', 'Sắp xếp đơn vị hành chính', 'Cải cách hành chính'],
  },
  {
    section: 'tin-trong-tinh',
    title: 'Điện Biên hoàn thành mục tiêu xóa nhà tạm, nhà dột nát',
    lead: 'Với sự vào cuộc quyết liệt của cả hệ thống chính trị và sự chung tay của cộng đồng, đến ngày 25/8, tỉnh Điện Biên đã hoàn thành mục tiêu xóa nhà tạm, nhà dột nát, giúp hàng nghìn hộ nghèo, hộ cận nghèo có nơi ở an toàn, ổn định.',
    body: [
      {
        type: 'p',
        text: 'Triển khai phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát trong năm 2025”, Ban Thường vụ Tỉnh ủy đã thành lập Ban Chỉ đạo, phân công các đồng chí Tỉnh ủy viên phụ trách từng địa bàn, giao chỉ tiêu cụ thể và thường xuyên kiểm tra tiến độ. Mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng, sửa chữa được hỗ trợ 30 triệu đồng từ nguồn ngân sách, tiết kiệm chi thường xuyên và huy động xã hội hóa, cùng với ngày công lao động của các lực lượng.',
      },
      {
        type: 'figure',
        image: 'nha-moi.jpg',
        caption: 'Niềm vui của gia đình chị Mùa Thị Dính (xã Tủa Chùa) bên ngôi nhà mới.',
        alt: 'Ngôi nhà mới mái tôn xanh, tường màu kem, gia đình đứng trước sân, xung quanh là cây chuối và núi xanh',
      },
      {
        type: 'p',
        text: 'Trong những tháng cao điểm, hàng nghìn cán bộ, chiến sĩ quân đội, biên phòng, công an, đoàn viên thanh niên đã về tận các bản vùng cao, giúp vận chuyển vật liệu qua những cung đường dốc, trơn trượt, san nền, dựng nhà cùng bà con. Nhiều dòng họ, người có uy tín đã vận động con cháu góp gỗ, góp công, bảo đảm tiến độ ngay cả trong mùa mưa.',
      },
      {
        type: 'p',
        text: 'Chị Mùa Thị Dính ở xã Tủa Chùa không giấu được xúc động: “Trước đây cả nhà 6 người ở trong căn nhà gỗ tạm, mùa mưa dột khắp nơi, mùa đông gió lùa rét lắm. Giờ có nhà mới kiên cố, các con có chỗ học bài, tôi yên tâm làm nương, chăn nuôi để sớm thoát nghèo”.',
      },
      {
        type: 'p',
        text: 'Đồng chí Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo đánh giá, kết quả xóa nhà tạm, nhà dột nát là minh chứng sinh động cho sức mạnh của khối đại đoàn kết toàn dân tộc. Thời gian tới, các xã, phường tiếp tục hỗ trợ các hộ phát triển sinh kế, tiếp cận các dịch vụ xã hội cơ bản; rà soát, phát hiện kịp thời những hộ có nhà bị hư hỏng do thiên tai để hỗ trợ, không để phát sinh nhà tạm trở lại.',
      },
    ],
    byline: 'Bài, ảnh: Quang Hưng',
    publishedAt: '2025-08-25 10:25:00',
    readCount: 5480,
    image: {
      file: 'nha-moi.jpg',
      caption: 'Ngôi nhà mới của hộ nghèo tại xã Tủa Chùa.',
      alt: 'Gia đình đứng trước ngôi nhà mới mái xanh giữa vùng đồi núi',
    },
    tags: ['Xóa nhà tạm', 'An sinh xã hội', 'Giảm nghèo'],
  },
  {
    section: 'trong-nuoc-quoc-te',
    title: 'Trọng thể Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh 2/9',
    lead: 'Sáng 2/9, tại Quảng trường Ba Đình lịch sử, Thủ đô Hà Nội, Ban Chấp hành Trung ương Đảng, Chủ tịch nước, Quốc hội, Chính phủ, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam long trọng tổ chức Lễ kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
    body: [
      {
        type: 'p',
        text: 'Tham dự buổi lễ có các đồng chí lãnh đạo, nguyên lãnh đạo Đảng, Nhà nước, Mặt trận Tổ quốc Việt Nam; các Mẹ Việt Nam Anh hùng, Anh hùng lực lượng vũ trang nhân dân, cựu chiến binh, đại biểu các tầng lớp nhân dân; các đoàn khách quốc tế, đại diện các cơ quan ngoại giao, tổ chức quốc tế tại Việt Nam. Hàng vạn người dân và du khách đã có mặt dọc các tuyến phố từ đêm hôm trước để được chứng kiến sự kiện trọng đại.',
      },
      {
        type: 'p',
        text: 'Đọc diễn văn tại buổi lễ, đồng chí Tổng Bí thư khẳng định thắng lợi của Cách mạng Tháng Tám năm 1945 và sự ra đời của nước Việt Nam Dân chủ Cộng hòa đã mở ra kỷ nguyên độc lập, tự do cho dân tộc. Tám mươi năm qua, dưới sự lãnh đạo của Đảng, nhân dân ta đã giành được những thành tựu to lớn, có ý nghĩa lịch sử; đất nước đang đứng trước thời cơ mới để bước vào kỷ nguyên vươn mình, phát triển giàu mạnh, thịnh vượng.',
      },
      {
        type: 'figure',
        image: 'chao-co.jpg',
        caption: 'Nghi lễ chào cờ trang nghiêm mở đầu Lễ kỷ niệm.',
        alt: 'Lá cờ đỏ sao vàng bay trên đỉnh cột cờ, các khối đứng nghiêm chào cờ trong nắng sớm',
      },
      {
        type: 'p',
        text: 'Sau phần nghi lễ là màn diễu binh, diễu hành với sự tham gia của các khối lực lượng vũ trang, khối quần chúng và màn trình diễn của không quân, hải quân. Các khối đi qua lễ đài trong tiếng hô vang, tiếng vỗ tay không ngớt của người dân hai bên đường, thể hiện sức mạnh, ý chí và niềm tự hào của cả dân tộc.',
      },
      {
        type: 'p',
        text: 'Cùng với buổi lễ tại Thủ đô, các địa phương trong cả nước đã tổ chức nhiều hoạt động kỷ niệm ý nghĩa như thắp nến tri ân, dâng hương các anh hùng liệt sĩ, chiếu phim tư liệu, tổ chức các chương trình nghệ thuật. Tại Điện Biên, cán bộ, đảng viên và nhân dân các dân tộc đã theo dõi truyền hình trực tiếp buổi lễ tại các nhà văn hóa, trụ sở cơ quan, trường học.',
      },
    ],
    byline: 'Theo TTXVN',
    publishedAt: '2025-09-02 13:40:00',
    readCount: 6120,
    image: {
      file: 'chao-co.jpg',
      caption: 'Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.',
      alt: 'Lá cờ Tổ quốc trên cột cờ cao, đông đảo người dân đứng dự lễ',
    },
    tags: ['Quốc khánh 2/9', 'Cách mạng Tháng Tám', '80 năm'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title:
      'Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025 – 2030 thành công tốt đẹp',
    lead: 'Sau thời gian làm việc khẩn trương, dân chủ, trách nhiệm, Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025 – 2030 đã hoàn thành toàn bộ nội dung, chương trình đề ra và bế mạc chiều nay.',
    body: [
      {
        type: 'p',
        text: 'Đại hội được tổ chức theo phương châm “Đoàn kết – Dân chủ – Kỷ cương – Đột phá – Phát triển”. Các đại biểu đã thảo luận, thống nhất cao thông qua Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XIV; Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành nhiệm kỳ 2020 – 2025; đóng góp ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Ban Chấp hành Đảng bộ tỉnh khóa XV đã ra mắt Đại hội; Đại hội cũng bầu Đoàn đại biểu của Đảng bộ tỉnh dự Đại hội XIV của Đảng.',
      },
      {
        type: 'figure',
        image: 'dai-hoi.jpg',
        caption: 'Quang cảnh phiên bế mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.',
        alt: 'Hội trường Đại hội với cờ Đảng và cờ Tổ quốc, bàn đoàn chủ tịch và hàng trăm đại biểu',
      },
      { type: 'h2', text: 'Mục tiêu và các khâu đột phá' },
      {
        type: 'p',
        text: 'Nghị quyết Đại hội xác định mục tiêu xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện; khơi dậy khát vọng phát triển, phát huy sức mạnh đại đoàn kết các dân tộc; huy động, sử dụng hiệu quả mọi nguồn lực để phát triển nhanh, bền vững; giữ vững quốc phòng, an ninh, chủ quyền biên giới quốc gia; phấn đấu đưa Điện Biên trở thành tỉnh phát triển khá trong vùng Trung du và miền núi phía Bắc. Đại hội xác định các khâu đột phá:',
      },
      {
        type: 'ul',
        items: [
          'Phát triển hạ tầng giao thông kết nối, trọng tâm là các tuyến cao tốc, đường liên vùng và hạ tầng cửa khẩu.',
          'Phát triển nông nghiệp hàng hóa tập trung, du lịch gắn với di tích lịch sử và bản sắc văn hóa các dân tộc.',
          'Đẩy mạnh chuyển đổi số, khoa học, công nghệ và đổi mới sáng tạo; nâng cao chất lượng nguồn nhân lực.',
          'Xây dựng bộ máy chính quyền hai cấp tinh gọn, hiệu lực, hiệu quả, gần dân, sát dân.',
        ],
      },
      {
        type: 'p',
        text: 'Phát biểu bế mạc, đồng chí Bí thư Tỉnh ủy khóa XV bày tỏ cảm ơn sự tin tưởng của Trung ương, của cán bộ, đảng viên và nhân dân các dân tộc trong tỉnh; khẳng định Ban Chấp hành khóa mới sẽ đoàn kết, đổi mới, hành động quyết liệt. Ngay sau Đại hội, các cấp ủy khẩn trương tổ chức học tập, quán triệt, xây dựng chương trình hành động thực hiện Nghị quyết, sớm đưa Nghị quyết vào cuộc sống.',
      },
    ],
    byline: 'Nhóm PV',
    publishedAt: '2025-10-16 17:45:00',
    readCount: 8260,
    image: {
      file: 'dai-hoi.jpg',
      caption: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 – 2030.',
      alt: 'Sân khấu Đại hội với cờ Đảng, cờ Tổ quốc, thảm hoa rực rỡ và các hàng ghế đại biểu',
    },
    tags: ['Đại hội Đảng', 'Đại hội XV', 'Nhiệm kỳ 2025 – 2030'],
  },
  {
    section: 'bao-ve-nen-tang-tu-tuong',
    title: 'Phản bác luận điệu xuyên tạc việc sắp xếp đơn vị hành chính, tinh gọn bộ máy',
    lead: 'Sau hơn bốn tháng vận hành chính quyền địa phương hai cấp, bên cạnh những kết quả bước đầu được nhân dân ghi nhận, trên không gian mạng vẫn xuất hiện những luận điệu xuyên tạc, cho rằng việc sắp xếp đã làm chính quyền “xa dân”, gây “xáo trộn” đời sống. Cần nhận diện rõ và kiên quyết phản bác.',
    body: [
      {
        type: 'p',
        text: 'Một số trang mạng do các tổ chức phản động ở nước ngoài điều hành đã đăng tải bài viết cho rằng sắp xếp đơn vị hành chính chỉ là “cuộc thanh lọc cán bộ”, làm mất đi tên gọi truyền thống của các địa phương, khiến người dân vùng sâu, vùng xa “phải đi xa hơn” để làm thủ tục. Các luận điệu này thường lấy một vài hiện tượng cá biệt, khó khăn mang tính thời điểm để quy chụp, phủ nhận chủ trương đúng đắn của Đảng.',
      },
      {
        type: 'p',
        text: 'Thực tiễn ở Điện Biên cho thấy điều ngược lại. Mô hình hai cấp đã giảm khâu trung gian, nhiều thẩm quyền trước đây thuộc cấp trên nay được phân cấp cho xã, phường, giúp thời gian giải quyết thủ tục rút ngắn. Các trung tâm phục vụ hành chính công cấp xã tiếp nhận hồ sơ cả trực tiếp và trực tuyến; tại những xã có địa bàn rộng, chính quyền đã bố trí điểm tiếp nhận lưu động, cán bộ về tận bản hướng dẫn bà con.',
      },
      {
        type: 'figure',
        image: 'van-ban.jpg',
        caption:
          'Chủ trương sắp xếp tổ chức bộ máy được thể chế hóa bằng hệ thống văn bản chặt chẽ, công khai.',
        alt: 'Cuốn sổ bìa đỏ có ngôi sao vàng, tập văn bản có con dấu đỏ và chiếc bút trên bàn',
      },
      {
        type: 'p',
        text: 'Việc đặt tên các xã, phường mới đã được tính toán kỹ, ưu tiên kế thừa những địa danh lịch sử, văn hóa gắn bó với nhân dân như Điện Biên Phủ, Mường Thanh, Mường Phăng. Cán bộ dôi dư được giải quyết chế độ, chính sách đầy đủ, công khai; nguồn kinh phí tiết kiệm từ tinh gọn bộ máy được dành cho đầu tư phát triển và an sinh xã hội.',
      },
      {
        type: 'p',
        text: 'Để đấu tranh hiệu quả, các cấp ủy cần chủ động thông tin kịp thời, đầy đủ về kết quả vận hành chính quyền hai cấp; công khai số điện thoại, địa chỉ tiếp nhận phản ánh; kịp thời xử lý những vướng mắc mà người dân nêu ra. Khi chính quyền thật sự gần dân, phục vụ dân tận tình, mọi luận điệu xuyên tạc sẽ tự bị vô hiệu hóa.',
      },
    ],
    byline: 'Trung Kiên',
    publishedAt: '2025-11-12 08:50:00',
    readCount: 2470,
    image: {
      file: 'hoi-nghi.jpg',
      caption: 'Chính quyền hai cấp đang vận hành ngày càng thông suốt.',
      alt: 'Các đại biểu ngồi họp quanh bàn dài có micro và bảng tên',
    },
    tags: ['Bảo vệ nền tảng tư tưởng', 'Chính quyền hai cấp', 'Tinh gọn bộ máy'],
  },
  {
    section: 'van-ban',
    title: 'Tỉnh ủy ban hành Nghị quyết về phát triển nông nghiệp hàng hóa giai đoạn 2025 – 2030',
    lead: 'Ngày 8/12/2025, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 03-NQ/TU về phát triển nông nghiệp hàng hóa tập trung gắn với xây dựng nông thôn mới giai đoạn 2025 – 2030, định hướng đến năm 2035.',
    body: [
      {
        type: 'p',
        text: 'Nghị quyết đặt mục tiêu phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao, nông nghiệp hữu cơ, gắn với chế biến và thị trường tiêu thụ; nâng cao thu nhập cho người dân nông thôn, nhất là đồng bào dân tộc thiểu số ở các xã vùng cao, biên giới. Các sản phẩm chủ lực được xác định gồm: mắc ca, cà phê, lúa gạo chất lượng cao, cây ăn quả, dược liệu dưới tán rừng và chăn nuôi đại gia súc.',
      },
      {
        type: 'p',
        text: 'Để đạt mục tiêu, Nghị quyết đề ra các nhóm nhiệm vụ, giải pháp trọng tâm:',
      },
      {
        type: 'ul',
        items: [
          'Rà soát, quy hoạch các vùng sản xuất hàng hóa tập trung; khuyến khích tích tụ, tập trung đất đai, liên kết theo chuỗi giá trị.',
          'Thu hút doanh nghiệp đầu tư chế biến sâu; phát triển hợp tác xã kiểu mới; xây dựng và bảo vệ nhãn hiệu, chỉ dẫn địa lý cho sản phẩm chủ lực.',
          'Ứng dụng khoa học, công nghệ, chuyển đổi số trong sản xuất, truy xuất nguồn gốc, thương mại điện tử nông sản.',
          'Lồng ghép hiệu quả các chương trình mục tiêu quốc gia; hoàn thiện chính sách hỗ trợ phù hợp với mô hình chính quyền hai cấp.',
        ],
      },
      {
        type: 'p',
        text: 'Ban Chấp hành Đảng bộ tỉnh giao Đảng ủy UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện Nghị quyết, cụ thể hóa bằng các đề án, chính sách; Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền, phổ biến; đảng ủy các xã, phường xây dựng chương trình hành động sát với điều kiện của địa phương. Định kỳ hằng năm, Ban Thường vụ Tỉnh ủy kiểm tra, đánh giá kết quả thực hiện.',
      },
    ],
    byline: 'PV',
    publishedAt: '2025-12-10 14:20:00',
    readCount: 1380,
    image: {
      file: 'mac-ca.jpg',
      caption:
        'Phát triển cây mắc ca, cà phê theo hướng sản xuất hàng hóa là một trong những nội dung trọng tâm của Nghị quyết.',
      alt: 'Đồi mắc ca xanh trải dài theo sườn núi, cành mắc ca trĩu quả ở tiền cảnh',
    },
    tags: ['Văn bản', 'Nghị quyết', 'Nông nghiệp'],
  },
  // ------------------------------------------------------------------ 2026
  {
    section: 'hoat-dong-cua-tinh-uy',
    title:
      'Đồng chí Bí thư Tỉnh ủy thăm, chúc Tết cán bộ, chiến sĩ và nhân dân xã biên giới Sín Thầu',
    lead: 'Nhân dịp đón Tết Nguyên đán Bính Ngọ 2026, ngày 12/2, đồng chí Bí thư Tỉnh ủy dẫn đầu đoàn công tác của tỉnh đã đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng A Pa Chải, cán bộ và nhân dân xã Sín Thầu – nơi cực Tây của Tổ quốc.',
    body: [
      {
        type: 'p',
        text: 'Tại Đồn Biên phòng A Pa Chải, đồng chí Bí thư Tỉnh ủy gửi lời chúc mừng năm mới tới cán bộ, chiến sĩ; ghi nhận, đánh giá cao những đóng góp của đơn vị trong quản lý, bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia, đặc biệt là khu vực ngã ba biên giới Việt Nam – Lào – Trung Quốc. Đồn đã phối hợp chặt chẽ với lực lượng bảo vệ biên giới hai nước láng giềng, duy trì tuần tra song phương, góp phần xây dựng đường biên giới hòa bình, hữu nghị.',
      },
      {
        type: 'figure',
        image: 'cot-moc-bien-gioi.jpg',
        caption: 'Cột mốc nơi cực Tây Tổ quốc trên địa bàn xã Sín Thầu.',
        alt: 'Cột mốc biên giới bằng đá trên đỉnh đồi, phía sau là biển mây trắng và dãy núi xanh thẫm',
      },
      {
        type: 'p',
        text: 'Đồng chí Bí thư Tỉnh ủy đề nghị cán bộ, chiến sĩ tiếp tục nâng cao tinh thần cảnh giác, sẵn sàng chiến đấu, bảo đảm trực tốt trong dịp Tết; làm tốt công tác dân vận, tích cực tham gia xóa đói giảm nghèo, phòng, chống ma túy, mua bán người; thực hiện hiệu quả mô hình “Mỗi đồn biên phòng gắn với một bản”, “Nâng bước em tới trường – Con nuôi đồn biên phòng”, để mỗi chiến sĩ thật sự là chỗ dựa tin cậy của đồng bào nơi biên giới.',
      },
      {
        type: 'p',
        text: 'Cùng ngày, đoàn đã thăm, tặng quà các gia đình chính sách, hộ nghèo và người có uy tín tại xã Sín Thầu; trao tặng Đảng ủy, chính quyền xã các phần quà để tổ chức Tết cho nhân dân. Đồng chí Bí thư Tỉnh ủy mong muốn bà con đón Tết vui tươi, lành mạnh, tiết kiệm; giữ gìn bản sắc văn hóa, đoàn kết với lực lượng vũ trang, chung sức bảo vệ từng tấc đất biên cương.',
      },
      {
        type: 'p',
        text: 'Ông Pờ Dình Xá, người có uy tín ở xã Sín Thầu, thay mặt bà con cảm ơn sự quan tâm của lãnh đạo tỉnh. Ông cho biết, năm qua đường sá, điện, sóng điện thoại đã về đến nhiều bản, đời sống người dân được cải thiện rõ rệt; bà con sẽ luôn tin theo Đảng, cùng bộ đội biên phòng giữ vững bình yên nơi cực Tây Tổ quốc.',
      },
    ],
    byline: 'Tin, ảnh: Quang Hưng',
    publishedAt: '2026-02-12 16:35:00',
    readCount: 4180,
    featured: true,
    image: {
      file: 'cot-moc-bien-gioi.jpg',
      caption: 'Khu vực biên giới xã Sín Thầu.',
      alt: 'Hai chiến sĩ biên phòng bên cột mốc biên giới trên đồi cỏ, phía xa là núi non và biển mây',
    },
    tags: ['Tết', 'Biên giới', 'Sín Thầu'],
  },
  {
    section: 'trong-nuoc-quoc-te',
    title: 'Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng',
    lead: 'Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến các điểm cầu trong cả nước.',
    body: [
      {
        type: 'p',
        text: 'Tại hội nghị, các đồng chí lãnh đạo Đảng, Nhà nước đã trình bày các chuyên đề về những nội dung cơ bản, điểm mới trong các văn kiện Đại hội XIV; các quan điểm, mục tiêu, định hướng phát triển đất nước trong giai đoạn mới; những nhiệm vụ trọng tâm và đột phá chiến lược về thể chế, nguồn nhân lực, hạ tầng, khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; về xây dựng, chỉnh đốn Đảng và hệ thống chính trị.',
      },
      {
        type: 'p',
        text: 'Phát biểu chỉ đạo hội nghị, đồng chí Tổng Bí thư yêu cầu các cấp ủy, tổ chức đảng khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết với tinh thần “nói đi đôi với làm”, xác định rõ nhiệm vụ, lộ trình, nguồn lực và trách nhiệm của từng cơ quan, địa phương; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo hiệu quả; kiên quyết khắc phục tình trạng ban hành nghị quyết rồi để đó, thực hiện chậm, hình thức.',
      },
      {
        type: 'figure',
        image: 'dai-hoi.jpg',
        caption:
          'Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến các điểm cầu trong cả nước.',
        alt: 'Hội trường lớn với cờ Đảng, cờ Tổ quốc treo trên sân khấu và các đại biểu ngồi kín hội trường',
      },
      {
        type: 'p',
        text: 'Tại điểm cầu tỉnh Điện Biên, đồng chí Bí thư Tỉnh ủy chủ trì cùng các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Tỉnh ủy viên và cán bộ chủ chốt của tỉnh tham dự. Hội nghị cũng được kết nối đến 45 điểm cầu xã, phường, bảo đảm cán bộ, đảng viên ở cơ sở được tiếp thu trực tiếp nội dung Nghị quyết.',
      },
    ],
    byline: 'Theo TTXVN',
    publishedAt: '2026-03-17 15:05:00',
    readCount: 3540,
    image: {
      file: 'hoi-nghi-truc-tuyen.jpg',
      caption: 'Đại biểu dự hội nghị tại điểm cầu Tỉnh ủy Điện Biên.',
      alt: 'Hội trường điểm cầu của tỉnh: màn hình lớn truyền hình ảnh sân khấu chính có cờ Đảng, cờ Tổ quốc, các đại biểu ngồi theo dõi',
    },
    tags: ['Đại hội XIV', 'Học tập Nghị quyết', 'Trung ương'],
  },
  {
    section: 'van-ban',
    title:
      'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch học tập, quán triệt Nghị quyết Đại hội XIV của Đảng',
    lead: 'Ngày 27/3/2026, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 25-KH/TU về nghiên cứu, học tập, quán triệt, tuyên truyền và xây dựng chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    body: [
      {
        type: 'p',
        text: 'Kế hoạch nhằm giúp cán bộ, đảng viên nắm vững những nội dung cơ bản, cốt lõi, những điểm mới của văn kiện Đại hội XIV; tạo sự thống nhất cao về nhận thức và hành động trong toàn Đảng bộ tỉnh; gắn việc học tập Nghị quyết Đại hội XIV với việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV và nghị quyết đại hội đảng bộ các xã, phường.',
      },
      {
        type: 'ul',
        items: [
          'Cấp tỉnh tổ chức hội nghị trực tiếp kết hợp trực tuyến cho cán bộ chủ chốt, hoàn thành trong tháng 4/2026.',
          'Đảng ủy các xã, phường và đảng bộ trực thuộc Tỉnh ủy tổ chức cho cán bộ, đảng viên học tập, hoàn thành trong quý II/2026.',
          'Mỗi đảng viên viết bài thu hoạch gắn với trách nhiệm cá nhân; đảng viên là người dân tộc thiểu số được hỗ trợ tài liệu tóm tắt, dễ hiểu.',
          'Các cấp ủy xây dựng chương trình hành động sát thực tế, có lộ trình, phân công cụ thể.',
        ],
      },
      {
        type: 'p',
        text: 'Ban Tuyên giáo và Dân vận Tỉnh ủy được giao chủ trì biên soạn tài liệu, phối hợp với Trường Chính trị tỉnh bồi dưỡng đội ngũ báo cáo viên; các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục tuyên truyền. Văn phòng Tỉnh ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện trước ngày 30/6/2026.',
      },
      {
        type: 'p',
        text: 'Toàn văn Kế hoạch số 25-KH/TU được đăng tải tại mục Văn bản trên Trang thông tin điện tử Đảng bộ tỉnh để cán bộ, đảng viên và nhân dân tiện theo dõi.',
      },
    ],
    byline: 'PV',
    publishedAt: '2026-03-30 09:10:00',
    readCount: 1120,
    image: {
      file: 'ky-van-ban.jpg',
      caption: 'Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy.',
      alt: 'Văn bản có dấu đỏ mở trên bàn làm việc cạnh chiếc bút, phía sau là chồng tài liệu và lá cờ Tổ quốc',
    },
    tags: ['Văn bản', 'Đại hội XIV', 'Kế hoạch'],
  },
  {
    section: 'xay-dung-dang',
    title: 'Nâng cao chất lượng sinh hoạt chi bộ ở các xã vùng cao sau sắp xếp',
    lead: 'Sau khi sắp xếp đơn vị hành chính, địa bàn nhiều xã vùng cao được mở rộng, số chi bộ trực thuộc tăng lên. Đổi mới nội dung, hình thức sinh hoạt chi bộ để mỗi buổi sinh hoạt thật sự thiết thực đang là yêu cầu đặt ra với các đảng ủy xã.',
    body: [
      {
        type: 'p',
        text: 'Tại xã Mường Nhé, Đảng ủy xã hiện có hàng chục chi bộ trực thuộc, trong đó nhiều chi bộ bản cách trung tâm xã vài chục cây số. Để nắm chắc tình hình, Đảng ủy phân công mỗi đồng chí đảng ủy viên phụ trách một cụm chi bộ, dự sinh hoạt ít nhất một lần mỗi quý; ban hành hướng dẫn khung về nội dung sinh hoạt, trong đó mỗi kỳ chọn một vấn đề cụ thể của bản để bàn và quyết.',
      },
      {
        type: 'p',
        text: 'Chi bộ bản Nậm Pắc là ví dụ. Thay vì đọc lại nghị quyết dài dòng, buổi sinh hoạt tháng 3 tập trung bàn việc vận động các hộ đưa trâu, bò về chuồng trại tập trung, không thả rông. Các đảng viên nhận nhiệm vụ vận động từng nhóm hộ cụ thể, hẹn thời gian báo cáo kết quả. Chỉ sau một tháng, cả bản đã làm xong chuồng trại, tình trạng gia súc phá hoại hoa màu giảm hẳn.',
      },
      {
        type: 'figure',
        image: 'chao-co.jpg',
        caption: 'Buổi sinh hoạt chi bộ bắt đầu bằng nghi lễ chào cờ trang nghiêm.',
        alt: 'Các đảng viên đứng nghiêm chào lá cờ đỏ sao vàng trên cột cờ, phía sau là đồi núi',
      },
      { type: 'h2', text: 'Sinh hoạt chuyên đề gắn với nhiệm vụ chính trị' },
      {
        type: 'p',
        text: 'Ban Tổ chức Tỉnh ủy cho biết, thực hiện hướng dẫn của Trung ương, Tỉnh ủy đã chỉ đạo các đảng ủy xã, phường duy trì sinh hoạt chuyên đề ít nhất mỗi quý một lần, tập trung vào những vấn đề thiết thực như chuyển đổi số, phát triển sinh kế, phòng, chống ma túy, giữ gìn an ninh trật tự. Tổ chức cơ sở đảng được đánh giá, xếp loại gắn với kết quả thực hiện nhiệm vụ chính trị của địa phương.',
      },
      {
        type: 'p',
        text: 'Khó khăn hiện nay là một bộ phận bí thư chi bộ ở vùng cao còn hạn chế về kỹ năng điều hành, ghi biên bản, ứng dụng công nghệ thông tin. Tỉnh ủy đã chỉ đạo Trường Chính trị tỉnh phối hợp với các đảng ủy xã mở các lớp bồi dưỡng nghiệp vụ công tác đảng ngay tại cơ sở, kết hợp cầm tay chỉ việc, bảo đảm đến cuối năm 2026, 100% bí thư chi bộ được bồi dưỡng.',
      },
    ],
    byline: 'Bài, ảnh: Quàng Văn Sơn',
    publishedAt: '2026-04-14 10:40:00',
    readCount: 1870,
    image: {
      file: 'sinh-hoat-chi-bo.jpg',
      caption: 'Sinh hoạt chi bộ ở xã vùng cao.',
      alt: 'Các đảng viên ngồi quanh bàn dài trong nhà sàn gỗ, trên vách treo cờ Đảng và cờ Tổ quốc',
    },
    tags: ['Sinh hoạt chi bộ', 'Tổ chức cơ sở đảng', 'Chính quyền hai cấp'],
  },
  {
    section: 'hoc-tap-va-lam-theo-bac',
    title:
      'Tuyên dương 86 điển hình tiêu biểu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    lead: 'Nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026), sáng 18/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tuyên dương các tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    body: [
      {
        type: 'p',
        text: 'Các điển hình được tuyên dương năm nay có mặt trên nhiều lĩnh vực: từ bí thư chi bộ bản vùng cao đi đầu xóa nhà tạm, giáo viên cắm bản dạy chữ cho trẻ em người Mông, bác sĩ trạm y tế xã trực xuyên Tết, đến cán bộ trung tâm phục vụ hành chính công xã tận tụy hướng dẫn người dân làm thủ tục trực tuyến. Điểm chung của họ là làm việc bằng cái tâm, bền bỉ, không chờ đợi, không kêu ca.',
      },
      {
        type: 'figure',
        image: 'hoa-sen.jpg',
        caption:
          'Học tập và làm theo Bác trở thành nếp nghĩ, nếp làm của cán bộ, đảng viên và nhân dân.',
        alt: 'Những bông sen hồng và lá sen trên mặt nước, phía sau là khung viền vàng trên nền đỏ',
      },
      {
        type: 'p',
        text: 'Cô giáo Hờ Thị Mai, Trường Phổ thông dân tộc bán trú Tiểu học xã Mường Toong, đã có 12 năm gắn bó với điểm trường lẻ. Ngoài giờ lên lớp, cô cùng đồng nghiệp đến từng nhà vận động học sinh trở lại trường, tự trồng rau, nuôi gà cải thiện bữa ăn bán trú. “Mình không làm được việc gì to lớn, chỉ mong các em được đến lớp đều đặn, biết chữ, biết ước mơ”, cô Mai chia sẻ.',
      },
      {
        type: 'quote',
        text: 'Mỗi người tốt, mỗi việc tốt là một bông hoa đẹp, cả dân tộc ta là một rừng hoa đẹp. (Chủ tịch Hồ Chí Minh)',
      },
      {
        type: 'p',
        text: 'Phát biểu tại hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các cấp ủy tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; chú trọng phát hiện, bồi dưỡng, nhân rộng các điển hình, nhất là ở cơ sở; đồng thời đề cao trách nhiệm nêu gương của người đứng đầu, để việc học tập và làm theo Bác đi vào chiều sâu, thực chất.',
      },
    ],
    byline: 'Mai Phương',
    publishedAt: '2026-05-18 11:15:00',
    readCount: 2760,
    featured: true,
    image: {
      file: 'tuyen-duong.jpg',
      caption: 'Các điển hình tiêu biểu được tuyên dương tại buổi lễ.',
      alt: 'Các điển hình tiêu biểu đứng thành hàng trên sân khấu phông đỏ, tay cầm bằng khen và hoa',
    },
    tags: ['Làm theo Bác', 'Gương điển hình', 'Quy định 144'],
  },
  {
    section: 'dua-nghi-quyet-vao-cuoc-song',
    title: 'Đưa Nghị quyết 57 vào cuộc sống: Chuyển đổi số bắt đầu từ cơ sở',
    lead: 'Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, các xã, phường trong tỉnh đang đưa công nghệ số đến gần hơn với người dân, từ thủ tục hành chính đến tiêu thụ nông sản.',
    body: [
      {
        type: 'p',
        text: 'Tại xã Thanh Nưa, mỗi bản đều có tổ công nghệ số cộng đồng gồm trưởng bản, bí thư chi đoàn và một số đảng viên trẻ. Tổ được tập huấn để hướng dẫn bà con cài đặt, sử dụng ứng dụng định danh điện tử, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt. Vào các buổi tối, nhà văn hóa bản trở thành “lớp học số”, nơi người già được con cháu cầm tay chỉ cách gọi video, tra cứu thông tin thời tiết, giá nông sản.',
      },
      {
        type: 'figure',
        image: 'chuyen-doi-so.jpg',
        caption: 'Nhiều dịch vụ công được người dân thực hiện ngay trên điện thoại thông minh.',
        alt: 'Máy tính xách tay hiển thị biểu đồ và điện thoại thông minh có mã QR trên bàn làm việc',
      },
      {
        type: 'p',
        text: 'Chị Lò Thị Thanh, một hộ trồng rau an toàn trong xã, cho biết từ khi được hướng dẫn bán hàng qua mạng xã hội và sàn thương mại điện tử, rau của gia đình có thêm khách quen ở phường Điện Biên Phủ, giá bán ổn định hơn. Nhiều hợp tác xã cũng đã dán tem truy xuất nguồn gốc cho gạo, cà phê, mắc ca, giúp người tiêu dùng quét mã là biết sản phẩm được trồng ở đâu, chăm sóc ra sao.',
      },
      { type: 'h2', text: 'Hạ tầng và con người là hai điểm nghẽn cần tháo gỡ' },
      {
        type: 'p',
        text: 'Dù có nhiều chuyển biến, chuyển đổi số ở cơ sở vẫn gặp không ít khó khăn. Một số bản vùng sâu, biên giới chưa có sóng di động ổn định; tỷ lệ người dân có điện thoại thông minh còn thấp; đội ngũ cán bộ chuyên trách công nghệ thông tin cấp xã còn mỏng. Tỉnh đã chỉ đạo phối hợp với các doanh nghiệp viễn thông xóa “vùng lõm” sóng, ưu tiên các xã biên giới; đồng thời bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.',
      },
      {
        type: 'p',
        text: 'Theo đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, tinh thần của Nghị quyết 57 là lấy người dân, doanh nghiệp làm trung tâm. Vì vậy, mỗi cấp ủy, mỗi cán bộ, đảng viên phải đi đầu sử dụng công nghệ số trong công việc, sinh hoạt; biến chuyển đổi số từ phong trào thành thói quen, để không ai bị bỏ lại phía sau trong quá trình chuyển đổi.',
      },
    ],
    byline: 'Ngọc Anh',
    publishedAt: '2026-06-23 09:30:00',
    readCount: 3080,
    featured: true,
    image: {
      file: 'chuyen-doi-so.jpg',
      caption: 'Chuyển đổi số ở cơ sở.',
      alt: 'Bàn làm việc với máy tính xách tay, điện thoại thông minh và sơ đồ kết nối mạng phía sau',
    },
    tags: ['Chuyển đổi số', 'Nghị quyết 57', 'Chính quyền số'],
  },
  {
    section: 'hoat-dong-cua-tinh-uy',
    title: 'Đoàn công tác Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Mường Phăng',
    lead: 'Ngày 21/7, đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Bí thư Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Mường Phăng về tình hình thực hiện nhiệm vụ 6 tháng đầu năm, trọng tâm là phát triển du lịch cộng đồng gắn với Khu di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ.',
    body: [
      {
        type: 'p',
        text: 'Báo cáo với đoàn công tác, đồng chí Bí thư Đảng ủy xã cho biết, 6 tháng đầu năm, các chỉ tiêu kinh tế - xã hội của xã cơ bản đạt tiến độ; trung tâm phục vụ hành chính công xã hoạt động nền nếp, tỷ lệ hồ sơ giải quyết đúng hạn đạt cao. Lượng khách đến Khu di tích Sở Chỉ huy Chiến dịch và khu vực hồ Pá Khoang tăng mạnh; nhiều hộ dân đã đầu tư làm homestay, dịch vụ ăn uống, trải nghiệm hái cà phê, làm bánh truyền thống.',
      },
      {
        type: 'figure',
        image: 'canh-dong-muong-thanh.jpg',
        caption: 'Từ cao nguyên Mường Phăng có thể phóng tầm mắt xuống lòng chảo Mường Thanh.',
        alt: 'Thung lũng rộng với những ô ruộng xanh vàng, dòng sông uốn lượn và núi bao quanh',
      },
      {
        type: 'p',
        text: 'Bên cạnh kết quả đạt được, xã còn gặp khó khăn như hạ tầng giao thông kết nối các điểm du lịch chưa đồng bộ, nguồn nhân lực làm du lịch chủ yếu là lao động tại chỗ, chưa qua đào tạo bài bản; việc quản lý đất đai, xây dựng ở các khu vực giáp ranh di tích còn phức tạp. Xã kiến nghị tỉnh quan tâm đầu tư tuyến đường vòng quanh hồ Pá Khoang, hỗ trợ đào tạo kỹ năng du lịch cho người dân.',
      },
      { type: 'h2', text: 'Giữ gìn di tích, phát triển du lịch xanh' },
      {
        type: 'p',
        text: 'Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy ghi nhận những nỗ lực của Đảng bộ, chính quyền và nhân dân xã Mường Phăng trong giai đoạn đầu vận hành chính quyền hai cấp. Đồng chí đề nghị xã tập trung xây dựng sản phẩm du lịch đặc trưng, lấy giá trị lịch sử của Sở Chỉ huy Chiến dịch làm nền tảng; phát triển du lịch xanh, không bê tông hóa, giữ nguyên cảnh quan rừng Mường Phăng; quản lý chặt chẽ trật tự xây dựng quanh khu di tích.',
      },
      {
        type: 'p',
        text: 'Các kiến nghị của xã được đồng chí Bí thư Tỉnh ủy giao các cơ quan chuyên môn của tỉnh nghiên cứu, xem xét giải quyết theo thẩm quyền. Trước buổi làm việc, đoàn đã dâng hương tại Khu di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ và thăm một số mô hình du lịch cộng đồng tại các bản trong xã.',
      },
    ],
    byline: 'Tin, ảnh: Minh Thùy',
    publishedAt: '2026-07-21 16:50:00',
    readCount: 2540,
    featured: true,
    image: {
      file: 'canh-dong-muong-thanh.jpg',
      caption: 'Lòng chảo Mường Thanh nhìn từ cao nguyên Mường Phăng.',
      alt: 'Cánh đồng lúa rộng lớn giữa thung lũng, xung quanh là những dãy núi xanh và mây trắng',
    },
    tags: ['Mường Phăng', 'Du lịch', 'Ban Thường vụ Tỉnh ủy'],
  },
  {
    section: 'tin-trong-tinh',
    title: 'Các xã vùng cao khẩn trương khắc phục hậu quả mưa lũ',
    lead: 'Mưa lớn kéo dài trong hai ngày 10 và 11/8 đã gây lũ quét, sạt lở đất tại nhiều xã phía Bắc của tỉnh. Ngay khi mưa ngớt, chính quyền các xã cùng lực lượng vũ trang đã huy động tối đa nhân lực, phương tiện khắc phục hậu quả, ổn định đời sống người dân.',
    body: [
      {
        type: 'p',
        text: 'Theo thống kê ban đầu, mưa lũ đã làm hư hỏng nhiều nhà ở, ngập úng hàng chục ha lúa, hoa màu; nhiều đoạn đường liên xã, đường vào bản bị sạt lở, ách tắc; một số công trình thủy lợi, cấp nước sinh hoạt bị cuốn trôi. Các xã đã kịp thời di dời hàng trăm hộ dân ở khu vực nguy hiểm đến nơi an toàn, không để xảy ra thiệt hại về người.',
      },
      {
        type: 'figure',
        image: 'mua-lu.jpg',
        caption: 'Lực lượng chức năng san gạt đất đá, thông tuyến đường liên xã bị sạt lở.',
        alt: 'Máy xúc vàng dọn đất đá sạt lở bên sườn đồi, công nhân đội mũ bảo hộ làm việc dưới mưa, nước lũ ngập đường',
      },
      {
        type: 'p',
        text: 'Tại xã Sín Chải, ngay trong đêm, Đảng ủy, UBND xã đã thành lập các tổ xung kích, phân công cán bộ bám bản, hỗ trợ người dân di chuyển tài sản, gia súc. Cán bộ, chiến sĩ Ban Chỉ huy Phòng thủ khu vực và lực lượng công an xã đã giúp các gia đình dọn dẹp bùn đất, dựng lại mái nhà, chuồng trại. Các hộ bị thiệt hại được hỗ trợ kịp thời gạo, nước uống, thuốc men và nhu yếu phẩm.',
      },
      {
        type: 'p',
        text: 'Ủy ban Mặt trận Tổ quốc tỉnh đã phát động ủng hộ đồng bào bị ảnh hưởng bởi mưa lũ; nhiều cơ quan, doanh nghiệp, nhà hảo tâm đã chung tay quyên góp. Ngành giáo dục khẩn trương khắc phục các điểm trường bị ảnh hưởng, bảo đảm kịp thời cho năm học mới.',
      },
      {
        type: 'p',
        text: 'Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các xã tiếp tục rà soát, đánh giá đầy đủ thiệt hại; ưu tiên bố trí chỗ ở tạm cho các hộ mất nhà; khẩn trương khôi phục giao thông, điện, nước sinh hoạt; hướng dẫn người dân vệ sinh môi trường, phòng dịch bệnh sau lũ. Đồng thời khẩn trương lập phương án di dời, bố trí dân cư lâu dài cho các hộ sinh sống ở vùng có nguy cơ sạt lở cao.',
      },
    ],
    byline: 'Tin, ảnh: Văn Long',
    publishedAt: '2026-08-12 17:10:00',
    readCount: 3650,
    image: {
      file: 'khac-phuc-sat-lo.jpg',
      caption: 'Khắc phục hậu quả mưa lũ tại các xã vùng cao.',
      alt: 'Máy xúc dọn đất đá sạt lở trên đường núi sau mưa, công nhân áo phản quang, xe tải chờ chở đất',
    },
    tags: ['Mưa lũ', 'Phòng, chống thiên tai', 'Khắc phục hậu quả'],
  },
  {
    section: 'thu-vien-anh-video',
    title: 'Ảnh: Mùa vàng trên cánh đồng Mường Thanh và những thửa ruộng bậc thang',
    lead: 'Cuối tháng 9, đầu tháng 10 là thời điểm đẹp nhất để ngắm lúa chín ở Điện Biên. Từ lòng chảo Mường Thanh đến những thửa ruộng bậc thang vùng cao, khắp nơi rực lên sắc vàng no ấm.',
    body: [
      {
        type: 'figure',
        image: 'canh-dong-muong-thanh.jpg',
        caption:
          'Cánh đồng Mường Thanh – vựa lúa lớn nhất vùng Tây Bắc – khoác lên mình tấm áo vàng óng.',
        alt: 'Những ô ruộng lúa vàng và xanh trải dài giữa thung lũng, dòng sông uốn lượn, núi bao quanh',
      },
      {
        type: 'p',
        text: 'Lòng chảo Mường Thanh với những ô ruộng thẳng tắp nối nhau đến tận chân núi, nơi hạt gạo Điện Biên thơm dẻo đã làm nên thương hiệu được nhiều người biết đến. Những năm gần đây, máy gặt đập liên hợp đã thay thế phần lớn sức người, nhưng hình ảnh bà con í ới gọi nhau ra đồng mỗi sáng vẫn vẹn nguyên nét thanh bình.',
      },
      {
        type: 'figure',
        image: 'ruong-bac-thang.jpg',
        caption: 'Ruộng bậc thang uốn lượn theo sườn đồi ở các xã vùng cao.',
        alt: 'Ruộng bậc thang vàng xanh nhiều tầng trên sườn đồi, nhà sàn nhỏ giữa ruộng, núi xa mờ sương',
      },
      {
        type: 'p',
        text: 'Ở các xã vùng cao, những thửa ruộng bậc thang được đồng bào Mông, Dao, Hà Nhì khai phá qua nhiều thế hệ nay trở thành điểm đến hấp dẫn của du khách và những người yêu nhiếp ảnh. Nhiều bản đã mở dịch vụ đón khách trải nghiệm gặt lúa, giã cốm, thưởng thức xôi nếp mới.',
      },
      {
        type: 'figure',
        image: 'le-hoi.jpg',
        caption: 'Vòng xòe mừng cơm mới trong những đêm đầu mùa gặt.',
        alt: 'Các thiếu nữ mặc trang phục dân tộc múa xòe quanh đống lửa dưới dây đèn lồng',
      },
      {
        type: 'p',
        text: 'Sau mùa gặt, nhiều bản làng tổ chức lễ mừng cơm mới, cảm tạ trời đất, tổ tiên đã cho mùa màng bội thu. Tiếng chiêng, tiếng khèn và những vòng xòe nối dài là lời hẹn cho một mùa vàng no ấm tiếp theo.',
      },
    ],
    byline: 'Ảnh: Minh Thùy – Văn Long',
    publishedAt: '2026-09-28 08:20:00',
    readCount: 2980,
    featured: true,
    image: {
      file: 'ruong-bac-thang.jpg',
      caption: 'Mùa lúa chín trên ruộng bậc thang.',
      alt: 'Những thửa ruộng bậc thang vàng óng uốn lượn trên sườn núi dưới bầu trời trong xanh',
    },
    tags: ['Ảnh', 'Mùa vàng', 'Mường Thanh'],
  },
  {
    section: 'tin-trong-tinh',
    title: 'Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư',
    lead: 'Hướng tới kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 – 18/11/2026), Ngày hội Đại đoàn kết toàn dân tộc đã được tổ chức tại hầu khắp các bản, tổ dân phố trên địa bàn tỉnh, trong không khí vui tươi, đầm ấm.',
    body: [
      {
        type: 'p',
        text: 'Tại tổ dân phố 5, phường Mường Lay, ngày hội diễn ra với phần lễ trang trọng ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam, đánh giá kết quả thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Năm qua, bà con trong tổ đã đóng góp ngày công, kinh phí chỉnh trang đường ngõ, lắp đặt hệ thống đèn chiếu sáng, duy trì tổ tự quản về an ninh trật tự và vệ sinh môi trường.',
      },
      {
        type: 'figure',
        image: 'le-hoi.jpg',
        caption: 'Vòng xòe đoàn kết trong Ngày hội Đại đoàn kết toàn dân tộc.',
        alt: 'Người dân trong trang phục dân tộc nắm tay múa xòe quanh đống lửa, dây đèn lồng đỏ vàng phía trên',
      },
      {
        type: 'p',
        text: 'Phần hội sôi nổi với các trò chơi dân gian, thi nấu ăn, biểu diễn văn nghệ, giao lưu thể thao. Nhiều khu dân cư tổ chức bữa cơm đoàn kết, mỗi gia đình góp một món ăn truyền thống. Dịp này, Ban Công tác Mặt trận các bản, tổ dân phố đã trao quà cho các hộ nghèo, gia đình có hoàn cảnh khó khăn, biểu dương các gia đình văn hóa tiêu biểu.',
      },
      {
        type: 'p',
        text: 'Dự ngày hội tại một số khu dân cư, các đồng chí lãnh đạo tỉnh đã chung vui với bà con, ghi nhận những đóng góp của nhân dân trong xây dựng nông thôn mới, xóa nhà tạm, giữ gìn an ninh biên giới. Các đồng chí mong muốn mỗi khu dân cư tiếp tục phát huy truyền thống đoàn kết, tương thân tương ái, thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, cùng chính quyền các xã, phường xây dựng quê hương ngày càng giàu đẹp.',
      },
      {
        type: 'quote',
        text: 'Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công. (Chủ tịch Hồ Chí Minh)',
      },
    ],
    byline: 'Tin, ảnh: Lò Thị Duyên',
    publishedAt: '2026-11-18 15:45:00',
    readCount: 1650,
    featured: true,
    image: {
      file: 'le-hoi.jpg',
      caption: 'Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư.',
      alt: 'Đêm hội với vòng xòe quanh đống lửa, đèn lồng và núi đồi phía sau',
    },
    tags: ['Đại đoàn kết', 'Mặt trận Tổ quốc', 'Khu dân cư'],
  },
];
