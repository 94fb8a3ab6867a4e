/**
 * Captions of demo pictures that several articles use as their cover. A library picture has one
 * caption, and an article's cover shows it: a caption written for one article ("Lễ kỷ niệm 70 năm
 * Chiến thắng Điện Biên Phủ") would be wrong under another's cover. These say only what the
 * picture shows, so they are true wherever it appears. (Pictures inside a body carry their own
 * caption in the body.)
 */
export const sharedCaptions: Record<string, string> = {
  'chao-co.jpg': 'Cờ Đảng, cờ Tổ quốc trong một buổi lễ chào cờ.',
  'hoi-nghi.jpg': 'Quang cảnh một hội nghị tại phòng họp của Tỉnh ủy.',
  'dai-hoi.jpg': 'Quang cảnh hội trường với cờ Đảng, cờ Tổ quốc trên sân khấu.',
  'cot-moc-bien-gioi.jpg': 'Cột mốc trên tuyến biên giới của tỉnh Điện Biên.',
  'le-hoi.jpg': 'Một ngày hội văn hóa của đồng bào các dân tộc Điện Biên.',
  'mua-lu.jpg': 'Mưa lũ, sạt lở đất ở vùng cao Điện Biên.',
  'mac-ca.jpg': 'Đồi mắc ca ở vùng cao Điện Biên.',
  'chuyen-doi-so.jpg': 'Làm việc trên môi trường số.',
  'tuong-dai-chien-thang.jpg': 'Tượng đài Chiến thắng Điện Biên Phủ.',
  'canh-dong-muong-thanh.jpg': 'Cánh đồng Mường Thanh.',
  'ruong-bac-thang.jpg': 'Ruộng bậc thang ở vùng cao Điện Biên.',
  'trao-quyet-dinh.jpg': 'Quang cảnh một hội nghị tại hội trường.',
};
