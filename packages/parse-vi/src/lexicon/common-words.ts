// Common Vietnamese words of two or more syllables, compiled by hand for
// this project from general and news vocabulary (politics, diplomacy,
// economy, trade, law, security, society, time, and the grammatical
// compounds every text uses). No external list is copied: no licence-clean
// Vietnamese word list exists in the npm registry (the spelling dictionaries
// there list syllables only). Entries are separated by commas; `#` starts a
// comment. Spelling follows the new tone placement (hòa, thủy); matching is
// insensitive to placement, NFC/NFD and case (see vietnamese-key.ts).
export const commonWords = `
# grammar, connectives and discourse
tuy nhiên, tuy vậy, mặc dù, mặc dầu, dù sao, dù vậy, bởi vì, bởi vậy, vì vậy, vì thế, do đó, do vậy, cho nên, nên chi
vì sao, tại sao, như vậy, như thế, thế nhưng, song song, ngoài ra, hơn nữa, thêm vào đó, bên cạnh đó, trong khi, trong lúc
đồng thời, cùng lúc, sau đó, trước đó, từ đó, khi đó, lúc đó, bây giờ, hiện nay, hiện tại, ngày nay, hôm nay, hôm qua, ngày mai
nếu như, giả sử, giá như, miễn là, trừ khi, cho đến, cho tới, kể từ, từ khi, trong số, trong đó, ngoài ra, thay vì, nhờ có
để mà, sao cho, bằng cách, theo đó, tức là, nghĩa là, có nghĩa, chẳng hạn, ví dụ, thí dụ, cụ thể, nói chung, nói riêng
đặc biệt, nhất là, chủ yếu, chính là, thực ra, thực tế, quả thực, thật sự, thực sự, rõ ràng, hiển nhiên, dĩ nhiên, tất nhiên
có lẽ, có thể, không thể, cần phải, phải chăng, chắc chắn, hầu như, gần như, hầu hết, tất cả, toàn bộ, mọi người, ai đó, điều đó, việc đó
cái gì, bao nhiêu, bao giờ, thế nào, ra sao, làm sao, một số, một vài, lẫn nhau, với nhau
chúng ta, chúng tôi, chúng mình, họ hàng, bản thân, chính mình, tự mình, người ta, ai nấy, đôi khi, thỉnh thoảng, thường xuyên, luôn luôn
mãi mãi, lập tức, dần dần, từ từ, nhanh chóng, chậm chạp, kịp thời, sớm muộn, cuối cùng, trước hết, trước tiên, đầu tiên
thứ nhất, ngày càng, càng ngày, vẫn còn, chưa từng, đã từng, từng bước
không chỉ, không những, mà còn, chẳng những, cũng như, giống như, khác với, so với, đối với, liên quan, về phía, phía trước, phía sau
trên hết, dưới đây, sau đây, như sau, như trên, nói trên, kể trên, nêu trên, nói cách khác, tóm lại
tuy thế, thế mà, vậy mà, nhưng mà, hoặc là, hay là, còn nữa, cho dù, dẫu cho, dù cho, ngay cả, thậm chí, chỉ có, duy nhất, riêng biệt
hơn hết, trái lại, ngược lại, trái ngược, tương tự, tương đương, tương ứng, như nhau, giống nhau, khác nhau, khác biệt, phần lớn, phần nào
# time
thời gian, thời điểm, thời kỳ, giai đoạn, thời đại, thế kỷ, thập kỷ, năm ngoái, năm nay, năm tới, tháng tới, tuần tới, tuần trước, tháng trước
cuối tuần, đầu năm, cuối năm, giữa năm, nửa đầu, nửa cuối, hằng ngày, hàng ngày, hằng năm, hàng năm, hàng tháng, hàng tuần, trước mắt, lâu dài
ngắn hạn, dài hạn, trung hạn, tương lai, quá khứ, lịch sử, hiện đại, truyền thống, cổ điển, sắp tới, gần đây, mới đây, vừa qua, vừa rồi
buổi sáng, buổi chiều, buổi tối, ban đêm, ban ngày, nửa đêm, sáng sớm, chủ nhật, thứ bảy, tạm thời, lâu nay, bấy lâu, từ lâu, đã lâu
nhiệm kỳ, kỳ họp, phiên họp, thời hạn, hạn chót, thời hiệu, lịch trình, tiến độ, kịp thời
# politics, state and law
chính trị, chính phủ, chính quyền, nhà nước, quốc gia, quốc hội, quốc tế, quốc phòng, quốc dân, dân tộc, nhân dân, công dân, dân chủ, dân số
tổng thống, phó tổng thống, thủ tướng, phó thủ tướng, chủ tịch, phó chủ tịch, chủ tịch nước, bộ trưởng, thứ trưởng, ngoại trưởng, tổng bí thư
bí thư, thống đốc, thị trưởng, nghị sĩ, thượng nghị sĩ, hạ nghị sĩ, đại biểu, đại sứ, đại sứ quán, lãnh sự, tổng lãnh sự
phát ngôn, phát ngôn viên, quan chức, viên chức, công chức, cán bộ, lãnh đạo, nhà lãnh đạo, đứng đầu, nguyên thủ, chính khách
chính sách, chính thức, chính đảng, đảng viên, đảng phái, cộng sản, xã hội, chủ nghĩa, tư bản, cộng hòa, quân chủ, độc tài, dân túy, bầu cử
cử tri, ứng cử viên, ứng viên, tranh cử, vận động, chiến dịch, bỏ phiếu, lá phiếu, phiếu bầu, đắc cử, thất cử, tái đắc cử, tái tranh cử, nhậm chức
từ chức, bổ nhiệm, miễn nhiệm, cách chức, kế nhiệm, tiền nhiệm, nội các, liên bang, tiểu bang
hiến pháp, pháp luật, luật pháp, pháp lý, pháp quyền, đạo luật, dự luật, nghị định, nghị quyết, quyết định, sắc lệnh, lệnh cấm, quy định, điều luật
tòa án, thẩm phán, luật sư, công tố, viện kiểm sát, xét xử, phiên tòa, bản án, tuyên án, kháng cáo, khởi tố, truy tố, điều tra, cáo buộc, bị cáo
tội phạm, phạm tội, vi phạm, tham nhũng, hối lộ, lạm dụng, lạm quyền, trừng phạt, xử phạt, xử lý, trách nhiệm, nghĩa vụ, quyền lợi
quyền lực, chủ quyền, lãnh thổ, toàn vẹn, biên giới, lãnh hải, hải phận, vùng trời, đặc khu, khu vực, địa phương, trung ương, tỉnh thành, thành phố
thủ đô, đô thị, nông thôn, vùng sâu, hành chính, cải cách, đổi mới, phát triển, tăng trưởng, ổn định, an ninh, trật tự, an toàn, hòa bình
thống nhất, độc lập, tự do, tự chủ, tự quyết, hạnh phúc, bình đẳng, công bằng, nhân quyền, dân quyền, tôn giáo, tín ngưỡng
tuyên truyền, truyền thông, báo chí, phóng viên, nhà báo, tòa soạn, hãng tin, thông tấn, thông tấn xã, tờ báo, bài báo, bài viết, bình luận
thông cáo, tuyên bố, phát biểu, thông báo, thông tin, thông điệp, thông qua, công bố, công khai, tiết lộ, xác nhận, phủ nhận
bác bỏ, khẳng định, nhấn mạnh, cho biết, cho rằng, nhận định, nhận thấy, nhận xét, đánh giá, dự báo, dự đoán, dự kiến, ước tính, kỳ vọng
# diplomacy and international relations
ngoại giao, đối ngoại, đối nội, quan hệ, song phương, đa phương, đơn phương, đối tác, đồng minh, liên minh, liên kết
hợp tác, cạnh tranh, đối đầu, đối thoại, đàm phán, thương lượng, thương thuyết, hội đàm, điện đàm, hội nghị
thượng đỉnh, cuộc họp, cuộc gặp, gặp gỡ, tiếp xúc, tiếp kiến, hội kiến, chuyến thăm, viếng thăm, công du, phái đoàn
đặc phái viên, sứ mệnh, sứ giả, hiệp định, hiệp ước, thỏa thuận, thỏa hiệp, cam kết, bản ghi nhớ, văn kiện
nghị định thư, công ước, phê chuẩn, ký kết, đình chỉ, gia hạn, hủy bỏ, rút khỏi, gia nhập, thành viên, tổ chức, cộng đồng
thế giới, toàn cầu, toàn cầu hóa, khu vực hóa, địa chính trị, địa kinh tế, chiến lược
đối sách, sách lược, chiến thuật, lập trường, quan điểm, nguyên tắc, thiện chí, thiện cảm, lòng tin, tin cậy, tin tưởng, nghi ngờ
căng thẳng, xung đột, tranh chấp, mâu thuẫn, bất đồng, khác biệt, chia rẽ, bất ổn, khủng hoảng, leo thang, hạ nhiệt, xuống thang, xoa dịu, hòa giải
hòa hoãn, hòa dịu, ngừng bắn, đình chiến, hòa đàm, tái thiết, nhượng bộ, thỏa hiệp
sức ép, áp lực, đe dọa, răn đe, cảnh báo, cảnh cáo, phản đối, phản ứng, phản bác, chỉ trích, lên án, phê phán, kêu gọi, yêu cầu
đề nghị, đề xuất, kiến nghị, sáng kiến, khởi xướng, chủ động, bị động, thụ động, chủ đạo, dẫn dắt, ảnh hưởng, tác động, uy tín, vị thế, vị trí
vai trò, thế mạnh, điểm yếu, lợi thế, bất lợi, ưu thế, ưu tiên, thượng phong, hạ phong, siêu cường, cường quốc, đại cường
nước lớn, nước nhỏ, láng giềng, đối thủ, kẻ thù, bạn bè, hữu nghị, thân thiện, thù địch, đối địch, bá quyền, bá chủ, đơn cực, đa cực, lưỡng cực
chiến tranh, thế chiến, đại chiến, hậu chiến, chiến thắng, thắng lợi
thành quả, thành tựu, kết quả, hệ quả, hậu quả, di sản, ký ức, lịch sử, sự kiện, biến cố, bước ngoặt, cột mốc, kỷ niệm, diễu binh
# security and military
quân sự, quân đội, quân nhân, binh sĩ, binh lính, sĩ quan, tướng lĩnh, lực lượng, hải quân, không quân, lục quân
tàu chiến, tàu sân bay, máy bay, tên lửa, vũ khí, hạt nhân, phi hạt nhân, phi hạt nhân hóa, đạn đạo, khí tài
tập trận, diễn tập, phòng thủ, tấn công, phản công, xâm lược, chiếm đóng, xâm phạm, bảo vệ, phòng vệ, tự vệ, quốc phòng
khủng bố, tình báo, gián điệp, do thám, giám sát, theo dõi, trinh sát, bạo lực, bạo động, biểu tình, bất ổn
thương vong, tử vong, thiệt mạng, bị thương, nạn nhân, dân thường, tị nạn, di cư, nhập cư, trục xuất, biên phòng
eo biển, biển đông, hải đảo, quần đảo, bán đảo, đại dương, vùng biển, hàng hải, hàng không, không phận, vũ trụ, không gian
# economy, trade and finance
kinh tế, kinh doanh, thương mại, mậu dịch, thâm hụt, thặng dư, xuất khẩu, nhập khẩu, xuất nhập khẩu
hàng hóa, hàng hoá, dịch vụ, sản phẩm, sản xuất, tiêu dùng, tiêu thụ, thị trường, chứng khoán, cổ phiếu
trái phiếu, cổ phần, cổ đông, doanh nghiệp, doanh nhân, công ty, tập đoàn, nhà máy, xí nghiệp, ngân hàng, tài chính
tiền tệ, tiền mặt, đồng tiền, tỷ giá, lãi suất, lạm phát, giảm phát, suy thoái, suy giảm, phục hồi, khôi phục
ngân sách, thuế quan, mức thuế, áp thuế, đánh thuế, thuế suất
thương chiến, cấm vận, phong tỏa, hạn chế, kiểm soát, danh sách đen, trợ cấp, bảo hộ
cung ứng, nguồn cung, nhu cầu, cung cầu, giá cả
giá trị, giá thành, chi phí, lợi nhuận, doanh thu, thu nhập, lợi ích, thiệt hại, tổn thất, rủi ro, bất định, biến động, khan hiếm, dồi dào, dư thừa
đầu tư, nhà đầu tư, nguồn vốn, tiền vốn, cổ tức, tín dụng, nợ công, vay nợ, cho vay, khoản vay, viện trợ, tài trợ
công nghiệp, nông nghiệp, ngư nghiệp, lâm nghiệp, dịch vụ, du lịch, xây dựng, giao thông, vận tải, năng lượng, dầu mỏ, khí đốt, than đá, điện năng
tài nguyên, khoáng sản, đất hiếm, kim loại, nguyên liệu, vật liệu, chất bán dẫn, bán dẫn, vi mạch, con chip, linh kiện, thiết bị
công nghệ, khoa học, kỹ thuật, kỹ sư, nghiên cứu, phát minh, sáng chế, trí tuệ nhân tạo, trí tuệ, dữ liệu, mạng lưới, internet
viễn thông, điện thoại, máy tính, phần mềm, phần cứng, ô tô, xe hơi, xe điện, pin, động cơ, hàng không vũ trụ, đóng tàu, luyện kim, thép
lao động, việc làm, thất nghiệp, tiền lương, mức lương, đình công, công đoàn, nông dân, công nhân, doanh số, đơn hàng, hợp đồng
đòn bẩy, công cụ, con bài, mặc cả, trao đổi, giao dịch, mua bán, thanh toán, đối ứng, có đi có lại, sòng phẳng, cân bằng
cân đối, bền vững, hiệu quả, năng suất, cạnh tranh, độc quyền, minh bạch, tự cường, tự lực, tự túc, phụ thuộc, lệ thuộc, gắn kết
# society, culture, general nouns
xã hội, văn hóa, giáo dục, y tế, sức khỏe, bệnh viện, bác sĩ, bệnh nhân, dịch bệnh, đại dịch, môi trường, khí hậu, thiên tai
con người, người dân, dân chúng, công chúng, dư luận, cộng đồng, gia đình, trẻ em, thanh niên, phụ nữ, người già, học sinh, sinh viên, giáo viên
chuyên gia, học giả, nhà nghiên cứu, nhà khoa học, nhà kinh tế, nhà phân tích, giới chức, nhà quan sát, nhân viên
trường học, đại học, giáo sư, tiến sĩ, thạc sĩ, học viện, trung tâm, cơ quan, cơ sở, bộ phận, đơn vị, ban ngành, văn phòng
vấn đề, câu hỏi, câu trả lời, câu chuyện, nội dung, hình thức, phương thức, phương pháp, phương án, giải pháp, biện pháp, cách thức, kế hoạch
mục tiêu, mục đích, lý do, nguyên nhân, điều kiện, hoàn cảnh, bối cảnh, tình hình, tình trạng, tình huống, thực trạng, xu hướng, khuynh hướng
triển vọng, tiềm năng, khả năng, năng lực, cơ hội, thách thức, khó khăn, trở ngại, thuận lợi, rào cản, giới hạn, phạm vi, lĩnh vực, ngành nghề
hình ảnh, hình tượng, biểu tượng, danh tiếng, tiếng nói, ý kiến, ý tưởng, ý nghĩa, ý định, ý chí, quyết tâm, nỗ lực, cố gắng, tinh thần, tâm lý
cảm xúc, tình cảm, niềm tin, hy vọng, lo ngại, lo lắng, lo sợ, sợ hãi, bất an, nghi vấn, tranh luận, tranh cãi, thảo luận, trao đổi, bàn bạc
cuộc sống, đời sống, mức sống, sinh hoạt, lối sống, thói quen, phong tục, tập quán, lễ hội, nghệ thuật, âm nhạc, điện ảnh, thể thao, bóng đá
ngôn ngữ, tiếng nói, chữ viết, văn bản, tài liệu, hồ sơ, báo cáo, thống kê, số liệu, con số, tỷ lệ, phần trăm, chỉ số, mức độ, quy mô, khối lượng
điện tử, trực tuyến, truyền hình, phát thanh, phương tiện, kênh, diễn đàn, hội thảo
# verbs and verbal compounds
trở thành, trở nên, trở lại, quay lại, tiếp tục, duy trì, giữ vững, bảo đảm, đảm bảo, bảo vệ, bảo tồn, gìn giữ, giữ gìn
thực hiện, tiến hành, triển khai, áp dụng, sử dụng, tận dụng, lợi dụng, khai thác, vận hành, quản lý, điều hành, chỉ đạo, lãnh đạo, điều phối
tham gia, tham dự, góp phần, đóng góp, chia sẻ, hỗ trợ, giúp đỡ, ủng hộ, phản đối, chống lại, đối phó, ứng phó, giải quyết
khắc phục, vượt qua, đạt được, giành được, nhận được, có được, mất đi, thu hẹp, mở rộng, gia tăng, tăng cường, củng cố, thúc đẩy, đẩy mạnh
làm rõ, làm sáng tỏ, tìm hiểu, tìm kiếm, phát hiện, khám phá, nhận ra, nhận biết, nhận thức, hiểu biết, ghi nhận, thừa nhận, công nhận, chấp nhận
chấp thuận, đồng ý, phê duyệt, thông qua, bác bỏ, từ chối, khước từ, né tránh, trì hoãn, hoãn lại, tạm dừng, tạm ngừng, chấm dứt, kết thúc, bắt đầu
khởi động, khởi đầu, mở đầu, mở ra, đóng cửa, mở cửa, nối lại, khôi phục, tái khởi động, ngừng lại, dừng lại, cắt giảm, cắt đứt, gián đoạn
chuẩn bị, sẵn sàng, dự định, dự kiến, hoạch định, xây dựng, thiết lập, thành lập, hình thành, tạo ra, tạo dựng, sáng lập, ra đời
diễn ra, xảy ra, tồn tại, hiện diện, xuất hiện, biến mất, thay đổi, biến đổi, chuyển đổi, chuyển biến, chuyển hướng, điều chỉnh, sửa đổi, bổ sung
trình bày, giải thích, mô tả, miêu tả, phân tích, so sánh, cân nhắc, xem xét, nghiên cứu, kiểm tra, thanh tra, giám sát, theo dõi, quan sát, chứng kiến
khắc họa, phác họa, thể hiện, biểu hiện, phản ánh, minh họa, chứng minh, cho thấy, chỉ ra, nêu rõ, nêu lên, đề cập, nhắc đến, nhắc lại, nhắc nhở
ám chỉ, ngụ ý, hàm ý, gợi ý, ẩn ý, bóng gió, than thở, phàn nàn, than phiền, chê trách, ca ngợi, khen ngợi, hoan nghênh, chào đón, chúc mừng
liên lạc, liên hệ, kết nối, giao tiếp, gặp mặt, trò chuyện, nói chuyện, trao đổi, thảo luận, hỏi han, trả lời, đáp lại, đáp trả, phản hồi, hồi đáp
tuân thủ, tuân theo, chấp hành, thi hành, vi phạm, xâm phạm, can thiệp, can dự, dính líu, liên quan, quan tâm, chú ý, chú trọng, coi trọng, tôn trọng
buộc phải, bắt buộc, cần thiết, thiết yếu, quan trọng, trọng yếu, chủ chốt, then chốt, cốt lõi, cơ bản, căn bản, nền tảng, chủ đề, trọng tâm
đối mặt, đương đầu, chịu đựng, gánh chịu, hứng chịu, trải qua, trải nghiệm, kinh nghiệm, thử thách, thất bại, thành công, chiến thắng, thua cuộc
tuyên bố, công bố, ban hành, phát hành, phát động, phát triển, phát huy, phát sinh, gây ra, dẫn đến, dẫn tới, đưa đến, đưa ra, đưa vào, đề ra
giành lấy, chiếm lấy, chiếm giữ, nắm giữ, nắm bắt, kiểm soát, thống trị, chi phối, khống chế, áp đặt, áp chế, đàn áp, trấn áp
cứng rắn, mềm mỏng, kiên quyết, kiên định, kiên trì, quyết liệt, mạnh mẽ, yếu ớt, tích cực, tiêu cực, khéo léo, tinh tế, thận trọng, dè dặt
thẳng thắn, cởi mở, hòa nhã, lịch sự, chân thành, thiện chí, nghiêm túc, nghiêm trọng, nghiêm khắc, gay gắt, quyết đoán, linh hoạt, thực dụng
# adjectives and states
to lớn, nhỏ bé, rộng lớn, sâu sắc, nông cạn, lâu đời, mới mẻ, cũ kỹ, hiện đại, lạc hậu, tiên tiến, phức tạp, đơn giản, dễ dàng, khó khăn
thuận lợi, bất lợi, cần thiết, hữu ích, vô ích, có ích, có lợi, có hại, nguy hiểm, an toàn, ổn định, bấp bênh, mong manh, vững chắc, bền chặt
chặt chẽ, lỏng lẻo, rõ rệt, đáng kể, nổi bật, nổi tiếng, quen thuộc, xa lạ, hấp dẫn, thú vị, đặc sắc, đặc thù, đặc trưng, phổ biến
thông thường, bình thường, bất thường, khác thường, đặc biệt, riêng biệt, chung chung, cụ thể, chi tiết, tổng thể, toàn diện, toàn cục, cục bộ
chính xác, sai lầm, đúng đắn, hợp lý, vô lý, hợp pháp, bất hợp pháp, chính đáng, công khai, bí mật, nhạy cảm, tế nhị, căng thẳng, gay cấn
chông gai, gian nan, gian khổ, vất vả, khắc nghiệt, khốc liệt, quyết liệt, dữ dội, sôi nổi, im lặng, yên tĩnh, bình tĩnh, điềm tĩnh, tự tin
# more everyday words
sau khi, trước khi, khi nào, ô tô, xe máy, xe buýt, tàu hỏa, sân bay, bến cảng, cảng biển, đường sắt
cử chỉ, động thái, bề mặt, tiến triển, tiến bộ, thụt lùi, dường như, hình như, có vẻ, tựa như, cảm thấy, suy nghĩ, cho phép, ngăn cản, ngăn chặn
mong muốn, mong đợi, chờ đợi, trông đợi, kỳ vọng, hứa hẹn, lời hứa, cam đoan, bảo đảm, khuyến khích, khuyến cáo, thuyết phục, lôi kéo, lôi cuốn
quyết định, lựa chọn, chọn lựa, phương hướng, định hướng, tầm nhìn, viễn cảnh, kịch bản, khả thi, bất khả thi, hiện thực, thực thi, vận dụng
người dùng, khách hàng, đối tượng, nhân vật, nhân tố, yếu tố, thành phần, bộ máy, hệ thống, cơ chế, cấu trúc, thể chế, tổ chức, chế độ
đất nước, quê hương, tổ quốc, non sông, đồng bào, kiều bào, nước ngoài, trong nước, nội địa, xuyên quốc gia, đa quốc gia, liên quốc gia
tin tức, tin đồn, sự thật, sự thực, thật sự, giả mạo, tin giả, bằng chứng, chứng cứ, dấu hiệu, tín hiệu, chỉ dấu, cảnh báo, báo động, khẩn cấp
phù hợp, trực tiếp, gián tiếp, quá trình, tiến trình, cuộc gọi
# everyday life: people, family, body, home
gia đình, cha mẹ, bố mẹ, vợ chồng, anh em, chị em, con cái, ông bà, họ hàng, bạn bè, hàng xóm, đồng nghiệp, đồng hương, người thân, người yêu
thanh thiếu niên, trẻ con, em bé, người lớn, cụ già, phụ huynh, đàn ông, đàn bà, con trai, con gái, cơ thể, sức lực, tính mạng, sinh mạng
nhà cửa, căn hộ, chung cư, phòng ngủ, nhà bếp, đồ đạc, quần áo, giày dép, thức ăn, đồ ăn, thực phẩm, món ăn, bữa ăn, nước uống, gạo, lương thực
tiền bạc, của cải, tài sản, nhà đất, bất động sản, đất đai, ruộng đất, ruộng vườn, cây cối, hoa quả, trái cây, rau quả, chăn nuôi, trồng trọt
# nature, places, travel
thiên nhiên, thời tiết, mưa bão, bão lũ, lũ lụt, hạn hán, động đất, sóng thần, núi lửa, rừng núi, sông ngòi, biển cả, bờ biển, hải cảng, đồng bằng
miền núi, miền biển, vùng miền, khu phố, đường phố, con đường, quốc lộ, cao tốc, cầu đường, công viên, quảng trường
chợ búa, siêu thị, cửa hàng, nhà hàng, khách sạn, bệnh xá, trạm xá, nhà ga, bến xe, máy bay, chuyến bay, hành khách, du khách, hộ chiếu
thị thực, xuất cảnh, nhập cảnh, cửa khẩu, hải quan, kiểm dịch, cách ly, phong tỏa, giãn cách, tiêm chủng, vắc xin, xét nghiệm, điều trị, chữa bệnh
# work, business, institutions
công việc, nghề nghiệp, việc làm, công ăn việc làm, văn phòng, trụ sở, chi nhánh, giám đốc, tổng giám đốc, phó giám đốc
hội đồng, quản trị, ban giám đốc, nhân sự, tuyển dụng, sa thải, nghỉ hưu, lương hưu, bảo hiểm, phúc lợi, trợ cấp, hỗ trợ, cứu trợ
sản lượng, công suất, dây chuyền, quy trình, tiêu chuẩn, chất lượng, số lượng, thương hiệu, nhãn hiệu, bản quyền, sở hữu, cấp phép
giấy phép, hồ sơ, thủ tục, hành chính, đăng ký, đăng kí, kê khai, nộp thuế, hoàn thuế, trốn thuế, kiểm toán, kế toán, tài khoản, ví điện tử
# thought, speech and feeling
suy nghĩ, tư duy, tư tưởng, quan niệm, khái niệm, nhận thức, hiểu lầm, hiểu nhầm, ngộ nhận, phán đoán, lập luận, lý lẽ, lý luận, lý thuyết, thực tiễn
ngôn từ, lời nói, câu nói, phát ngôn, tuyên ngôn, khẩu hiệu, xin lỗi, cảm ơn, cám ơn, chúc mừng, hỏi thăm
vui vẻ, vui mừng, hài lòng, thất vọng, buồn bã, giận dữ, phẫn nộ, bức xúc, bất bình, bất mãn, ngạc nhiên, bất ngờ, lo âu, hoang mang, yên tâm
tự hào, xấu hổ, ngại ngùng, tôn kính, kính trọng, yêu thương, thương xót, đồng cảm, thông cảm, cảm thông, tha thứ, biết ơn, trung thành, phản bội
# quantity, degree, comparison
tối đa, tối thiểu, tối ưu, trung bình, bình quân, tổng cộng, tổng số, tổng thể, phần nhỏ, đa số, thiểu số, số đông, số ít
gấp đôi, gấp ba, nửa chừng, hoàn toàn, hoàn hảo, tuyệt đối, tương đối, vô cùng, cực kỳ, hết sức, tột độ, tương đối
tăng lên, giảm xuống, tăng vọt, giảm mạnh, sụt giảm, lao dốc, phục hồi, đi lên, đi xuống, chững lại, ổn định, dao động, biến động
# common verbs
ăn uống, đi lại, ra đi, trở về, quay về, trở lại, đi đến, đi tới, đến nơi, lên đường, rời khỏi, rời bỏ, ở lại, lưu lại, cư trú, sinh sống, sinh ra
lớn lên, trưởng thành, già đi, qua đời, từ trần, hy sinh, tưởng nhớ, tưởng niệm, tri ân, biết được, hiểu được, nhớ lại, quên đi, ghi nhớ, học tập
học hỏi, giảng dạy, đào tạo, huấn luyện, rèn luyện, luyện tập, tập luyện, thi đấu, thi cử, dự thi, tốt nghiệp, tuyển sinh, nhập học, du học
mua sắm, bán hàng, buôn bán, kinh doanh, giao hàng, vận chuyển, chuyên chở, sửa chữa, bảo dưỡng, bảo trì, lắp đặt, thiết kế, chế tạo, sản sinh
viết lách, đọc sách, xem xét, lắng nghe, nghe thấy, nhìn thấy, trông thấy, chú ý, để ý, quan sát, nhận ra, phát hiện, tìm thấy, tìm ra, mất tích
giúp đỡ, cứu giúp, cứu hộ, cứu nạn, giải cứu, sơ tán, di dời, tái định cư, bồi thường, đền bù, khiếu nại, tố cáo, tố giác, tiết lộ, che giấu
cho phép, cấm đoán, ngăn cấm, hạn chế, nới lỏng, siết chặt, thắt chặt, mở rộng, thu hẹp, thu hút, lôi kéo, tiếp nhận, tiếp đón, đón tiếp, tiễn đưa
ký tên, chữ ký, đóng dấu, phê duyệt, xét duyệt, kiểm duyệt, cân nhắc, bàn luận, tranh luận, biểu quyết, phủ quyết, thông qua, thảo luận, bàn thảo
# schooling, energy, prices
mầm non, tiểu học, trung học, trung học cơ sở, phổ thông, đại học, cao đẳng, đi học, nghỉ học, tan học, lớp học, bài học, bài tập, kỳ thi, điểm số
xăng dầu, điện lực, thủy điện, nhiệt điện, điện gió, điện mặt trời, vật giá, giá cả, đắt đỏ, rẻ mạt
`
