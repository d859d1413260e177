// Vietnamese names of countries, places, organisations and institutions,
// compiled by hand for this project (see common-words.ts for why). Written
// with their usual capitals; a one-syllable entry (Mỹ, Nga) is a name that
// never begins a longer personal name, so it is split off the front of a
// run of capitalised syllables (`Mỹ Donald Trump` → Mỹ | Donald Trump).
export const properNames = `
# countries and regions
Việt Nam, Trung Quốc, Hoa Kỳ, Mỹ, Nga, Liên bang Nga, Pháp, Anh, Đức, Nhật Bản, Nhật, Hàn Quốc, Triều Tiên, Bắc Triều Tiên, Ấn Độ, Úc
Ý, Tây Ban Nha, Bồ Đào Nha, Hà Lan, Bỉ, Thụy Sĩ, Thụy Điển, Na Uy, Phần Lan, Đan Mạch, Ba Lan, Séc, Áo, Hy Lạp, Thổ Nhĩ Kỳ, Ukraine
Canada, Mexico, Brazil, Argentina, Cuba, Lào, Campuchia, Thái Lan, Myanmar
Malaysia, Singapore, Indonesia, Philippines, Brunei, Đông Timor, Mông Cổ, Đài Loan
Hồng Kông, Ma Cao, Tây Tạng, Tân Cương, Nội Mông, Iran, Iraq, Israel, Palestine, Ả Rập Xê Út, Ai Cập, Syria
Nam Phi, Nigeria, Kenya, Pakistan, Afghanistan, Bangladesh
châu Á, châu Âu, châu Phi, châu Mỹ, châu Úc, Đông Nam Á, Đông Á, Nam Á, Trung Á, Tây Á, Trung Đông, Bắc Mỹ, Nam Mỹ, Mỹ Latinh
Tây Âu, Đông Âu, Bắc Âu, Bắc Cực, Nam Cực, Thái Bình Dương, Đại Tây Dương, Ấn Độ Dương, Biển Đông, Hoàng Sa, Trường Sa
eo biển Đài Loan, bán đảo Triều Tiên, Bán đảo Triều Tiên, biển Hoa Đông, Biển Hoa Đông, Biển Đỏ, Địa Trung Hải, Biển Đen
# cities
Hà Nội, Thành phố Hồ Chí Minh, Hồ Chí Minh, Sài Gòn, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Nha Trang, Bắc Kinh, Thượng Hải, Quảng Châu, Thâm Quyến
Thiên Tân, Trùng Khánh, Vũ Hán, Nam Kinh, Hàng Châu, Đài Bắc, Tô Châu, Hạ Môn, Thành Đô, Tây An, Washington, Niu Oóc, New York
Moscow, Paris, Luân Đôn, London, Berlin, Tokyo, Seoul, Bình Nhưỡng, Geneva, Brussels
New Delhi, Băng Cốc, Bangkok, Viêng Chăn, Phnôm Pênh, Jakarta, Manila, Busan, Lạc Thiên, Cát Lâm
# organisations and institutions
Liên Hợp Quốc, Liên hợp quốc, Hội đồng Bảo an, Đại hội đồng, Liên minh châu Âu, Ủy ban châu Âu, Nghị viện châu Âu, Hiệp hội các quốc gia Đông Nam Á
Tổ chức Thương mại Thế giới, Ngân hàng Thế giới, Quỹ Tiền tệ Quốc tế, Tổ chức Y tế Thế giới, Khối Thịnh vượng chung, Nhóm G7, Nhóm G20
Nhà Trắng, Lầu Năm Góc, Quốc hội Mỹ, Thượng viện, Hạ viện, Bộ Ngoại giao, Bộ Quốc phòng, Bộ Thương mại, Bộ Tài chính, Bộ Công an, Bộ Công Thương
Cục Dự trữ Liên bang, Tòa án Tối cao, Điện Kremlin, Điện Elysee, Trung Nam Hải, Đại lễ đường Nhân dân, Quốc vụ viện, Bộ Chính trị, Ban Bí thư
Đảng Cộng sản, Đảng Cộng sản Trung Quốc, Đảng Cộng sản Việt Nam, Đảng Dân chủ, Đảng Cộng hòa, Đảng Dân tiến, Quốc Dân Đảng, Quốc hội, Chính phủ
Mặt trận Tổ quốc, Thông tấn xã Việt Nam, Tân Hoa Xã, Nhân dân Nhật báo, Hoàn Cầu Thời báo, Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam
Sáng kiến Vành đai và Con đường, Vành đai và Con đường, Thế chiến thứ hai, Chiến tranh thế giới thứ hai, Thế chiến II, Chiến tranh Lạnh
# people often named in the news
Hồ Chí Minh, Tập Cận Bình, Lý Cường, Vương Nghị, Hồ Cẩm Đào, Giang Trạch Dân, Đặng Tiểu Bình, Mao Trạch Đông, Chu Ân Lai, Tôn Trung Sơn, Tưởng Giới Thạch
Lại Thanh Đức, Thái Anh Văn, Mã Anh Cửu, Kim Jong Un, Vladimir Putin, Donald Trump, Joe Biden
`
