// Words for a person put before a name (`ông Trump`, `chị H.`): before an
// initial they tell that it is one (an anonymised name), not a sentence end.
export const personalTitles = ['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'ngài', 'cụ', 'thầy', 'bé', 'cậu']

// One-syllable words that often stand capitalised in front of a name, at the
// start of a sentence or as a title (`Theo Reuters`, `Ông Trump`, `Việc Bắc
// Kinh`), and so must not be grouped into the name after them.
export const nameStarters = `
${personalTitles.join(', ')}
theo, tại, ở, từ, với, về, cho, của, trong, ngoài, trên, dưới, sau, trước, giữa, bên, qua, tới, đến, vào, ra, khi, lúc, nếu, dù, vì, do, để, như, nhưng, và, hay, hoặc, mà, thì, là, còn, cũng, đã, sẽ, đang, vẫn, chỉ, cả, cùng
việc, các, những, mọi, mỗi, một, hai, ba, bốn, năm, sáu, bảy, tám, chín, mười, ngày, tháng, tuần, đây, đó, này, ấy, kia, người, phía, nước, phe, giới, đoàn, tàu, tướng, vua, hoàng, thánh
`

// The most common Vietnamese family names, which begin a personal name
// (`Nguyễn Thành Công`): the capitalised words after one are the rest of the
// name even where the lexicon knows them as a place (`Thành Công`). Family
// names that are also everyday words a sentence may start with (Mai, Cao,
// Hà, Lâm, Châu, Thái) are left out.
export const familyNames = `
nguyễn, trần, lê, phạm, hoàng, huỳnh, phan, vũ, võ, đặng, bùi, đỗ, hồ, ngô, dương, lý, lương, đinh, trương, đoàn, trịnh, phùng, quách
`
