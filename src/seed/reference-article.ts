import type { DemoArticle } from './demo.types.ts';

/**
 * The reference article of the portal we replace (shared/reference/seed-article-page.txt),
 * word for word: title, lead, body, figure and caption, byline, posting time and read count.
 */
export const referenceArticle: DemoArticle = {
  section: 'tin-trong-tinh',
  title:
    'Hội thảo khoa học về công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên',
  lead: 'Ngày 9/3, tại Trường Chính trị tỉnh, Ban Chỉ đạo Hội thảo khoa học cấp tỉnh tổ chức Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên - Thành tựu và định hướng phát triển”.',
  body: [
    {
      type: 'p',
      text: 'Hội thảo được tổ chức là một trong những hoạt động khoa học có ý nghĩa góp phần thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Điện Biên lần thứ XIV, nhiệm kỳ 2020 - 2025, là tiền đề vững chắc thực hiện thành công Đề án xây dựng Trường Chính trị tỉnh Điện Biên đạt chuẩn mức độ 1 vào năm 2025 và chuẩn mức độ 2 vào năm 2030. Hội thảo sẽ cung cấp các định hướng, giải pháp để làm cơ sở phát triển cho Trường Chính trị tỉnh Điện Biên trong những năm tiếp theo xứng đáng là trung tâm đào tạo bồi dưỡng cán bộ lãnh đạo quản lý các cấp, cán bộ công chức của tỉnh nhà về lý luận chính trị, hành chính; tham gia tổng kết thực tiễn công tác xây dựng Đảng, xây dựng hệ thống chính trị ở địa phương.',
    },
    {
      type: 'p',
      text: 'Việc tổ chức Hội thảo khoa học cấp tỉnh của Trường Chính trị tỉnh Điện Biên góp phần hướng đến việc xây dựng đội ngũ cán bộ, công chức, viên chức của tỉnh có bản lĩnh chính trị vững vàng, kỹ năng nghiệp vụ thuần thục, đồng thời khẳng định ý chí quyết tâm của tỉnh, của Nhà trường tiếp tục phát huy thành tựu đã đạt được trong 60 năm qua, xây dựng Trường Chính trị tỉnh Điện Biên đạt chuẩn mức độ 1 vào năm 2025, mức độ 2 vào năm 2030.',
    },
    {
      type: 'figure',
      image: '1-hoi-thao-khoa-hoc.jpg',
      caption:
        'Đại biểu tham dự Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên - Thành tựu và định hướng phát triển".',
      alt: 'Đại biểu ngồi dự Hội thảo khoa học trong hội trường Trường Chính trị tỉnh Điện Biên',
    },
    {
      type: 'p',
      text: 'Xuất phát từ vị trí, chức năng, nhiệm vụ của Trường Chính trị tỉnh, ngay sau khi Đề án xây dựng và phát triển Trường Chính trị được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính trị tỉnh đã phối hợp với các sở, ban, ngành của tỉnh triển khai nhiều biện pháp, cách làm sáng tạo, bước đầu có những kết quả đáng khích lệ. Song, so với yêu cầu của bối cảnh mới và sự kỳ vọng của tỉnh đối với trường chính trị hiện nay thì còn rất nhiều vấn đề đặt ra cần phải tiếp tục giải quyết, nhiều công việc phải được đẩy mạnh nhằm triển khai toàn diện, đồng bộ và có hiệu quả hơn nữa để thực hiện thành công Đề án này.',
    },
    {
      type: 'p',
      text: 'Vì vậy, rất cần có những diễn đàn trao đổi những vấn đề lý luận và thực tiễn về thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ - một nhiệm vụ trung tâm của nhà trường, của Đề án, để từ đó đúc rút những bài học kinh nghiệm, đề xuất giải pháp nâng cao hiệu quả thực hiện nhiệm vụ này trong thời gian tới.',
    },
    {
      type: 'p',
      text: 'Xuất phát từ thực tế đó, với chủ đề: "Công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên - Thành tựu và định hướng phát triển”, Hội thảo được tổ chức nhằm nâng cao nhận thức về vai trò, trách nhiệm của Trường Chính trị tỉnh trong công tác đào tạo, bồi dưỡng cán bộ; đánh giá tình hình triển khai nhiệm vụ này trong suốt chiều dài lịch sử và những vấn đề cần tiếp tục giải quyết trong thời gian tới. Từ đó, xác định những nhiệm vụ và giải pháp để Trường Chính trị tỉnh tiếp tục triển khai, phát huy vị trí, vai trò của nhà trường đối với công tác này.',
    },
    {
      type: 'p',
      text: 'Hội thảo khoa học chia làm 2 phiên, phiên thứ nhất tập trung trao đổi, thảo luận về một số thành tựu và những vấn đề đặt ra trong thực hiện công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh; phiên thứ hai thảo luận, trao đổi về định hướng phát triển Trường Chính trị tỉnh.',
    },
    {
      type: 'p',
      text: 'Các nhà khoa học, đại diện lãnh đạo tỉnh, các sở, ban, ngành tỉnh, các huyện, thị, thành phố đã tập trung trao đổi, thảo luận một số nội dung như: Phân tích, đánh giá khách quan về những thành tựu cũng như những nút thắt, điểm nghẽn còn tồn tại, cần tháo gỡ trong quá trình thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ gồm những vấn đề. Tính chủ động xây dựng kế hoạch đào tạo, bồi dưỡng; tính khoa học, hợp lý, bố trí đội ngũ giảng viên theo kế hoạch; thực hiện các biện pháp đánh giá chất lượng giảng dạy của giảng viên; đổi mới phương pháp dạy và học theo hướng tích cực, hiện đại. Phân tích các vấn đề đang đặt ra, dự báo đúng bối cảnh, các nhân tố tác động và những yêu cầu đối với việc xây dựng Trường Chính trị tỉnh Điện Biên đạt chuẩn theo Đề án đã được phê duyệt. Đánh giá thực trạng Trường Chính trị tỉnh so với các tiêu chí Trường chính trị chuẩn mức độ 1 gồm các vấn đề: Tiêu chí về công tác thực hiện thể chế, xây dựng các quy định tạo cơ sở cho sự phát triển của Nhà trường; nhóm tiêu chí về đội ngũ cán bộ, viên chức; nhóm chỉ tiêu về công tác nghiên cứu khoa học, tổng kết thực tiễn; nhóm tiêu chí xây dựng văn hóa trường Đảng, thực hiện kỷ luật, kỷ cương; nhóm tiêu chí về cơ sở vật chất, phương tiện kỹ thuật và tài chính; nhóm tiêu chí về công tác đào tạo, bồi dưỡng... Đề xuất các giải pháp, kiến nghị để khắc phục các hạn chế, tháo gỡ các nút thắt trong phát huy vị thế, vai trò, thực hiện chức năng, nhiệm vụ của Trường Chính trị tỉnh Điện Biên trong công tác đào tạo, bồi dưỡng cán bộ; hoàn thành nhiệm vụ đạt chuẩn năm 2025.',
    },
  ],
  byline: 'Tin, ảnh: Minh Thùy',
  publishedAt: '2023-03-09 15:03:54',
  readCount: 12695,
  featured: true,
  image: {
    file: '1-hoi-thao-khoa-hoc.jpg',
    caption:
      'Đại biểu tham dự Hội thảo khoa học “Công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Điện Biên - Thành tựu và định hướng phát triển".',
    alt: 'Đại biểu ngồi dự Hội thảo khoa học trong hội trường Trường Chính trị tỉnh Điện Biên',
  },
  tags: ['Trường Chính trị tỉnh', 'Đào tạo cán bộ', 'Hội thảo khoa học'],
};
