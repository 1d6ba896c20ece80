package title_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/title"
	"github.com/vnextract/vnextract/pipeline"
)

func extract(t testing.TB, text string) []pipeline.Entity {
	t.Helper()
	x, err := title.New(title.Config{})
	require.NoError(t, err)
	es, err := x.Extract(context.Background(), &pipeline.Document{Text: text})
	require.NoError(t, err)
	return es
}

type want struct{ text, role, org string }

// titlesOf extracts the titles of text, checking each span, as wants.
func titlesOf(t *testing.T, text string) []want {
	var got []want
	for _, e := range extract(t, text) {
		require.Equal(t, e.Text, e.Span.Of(text))
		got = append(got, want{e.Text, e.Title.Role, e.Title.Organization})
	}
	return got
}

func TestTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"chain with abbreviation", "Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy CA Trung ương, Bộ trưởng Bộ Công an;", []want{
			{"Ủy viên Bộ Chính trị", "Ủy viên", "Bộ Chính trị"},
			{"Bí thư Đảng ủy CA Trung ương", "Bí thư", "Đảng ủy Công an Trung ương"},
			{"Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an"}}},
		{"council committee with a dash in its name", "bà Hà Thị Lan, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh trình bày", []want{{"Trưởng Ban Văn hóa - Xã hội HĐND tỉnh", "Trưởng Ban", "Văn hóa - Xã hội Hội đồng nhân dân tỉnh"}}},
		{"merged department with và", "ông Lê Văn Bình, Giám đốc Sở Nông nghiệp và Môi trường cho biết", []want{{"Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc", "Sở Nông nghiệp và Môi trường"}}},
		{"hospital ward before a clause word", "BS Ngô Văn Hải, Phó Trưởng khoa Cấp cứu cũng có mặt", []want{{"Phó Trưởng khoa Cấp cứu", "Phó Trưởng khoa", "Cấp cứu"}}},
		{"committee member named by the committee", "ông Vũ Đình Thi, Tỉnh ủy viên, Bí thư Huyện ủy dự họp", []want{{"Tỉnh ủy viên", "Tỉnh ủy viên", ""}, {"Bí thư Huyện ủy", "Bí thư", "Huyện ủy"}}},
		{"an expressway traffic police team and its number", "Thượng tá Vũ Đình Khoa, Đội trưởng Đội Cảnh sát giao thông đường bộ cao tốc số 5, Cục CSGT cho biết", []want{
			{"Đội trưởng Đội Cảnh sát giao thông đường bộ cao tốc số 5", "Đội trưởng", "Đội Cảnh sát giao thông đường bộ cao tốc số 5"}}},
		{"the deputy head of a court chamber", "Thẩm phán Lê Thị Thu Hằng, Phó Chánh tòa Tòa Hình sự, cho biết", []want{{"Thẩm phán", "Thẩm phán", ""}, {"Phó Chánh tòa Tòa Hình sự", "Phó Chánh tòa", "Tòa Hình sự"}}},
		{"a surgical ward", "BSCKII Trần Hoài Nam, Trưởng khoa Phẫu thuật tim mạch, cho biết", []want{{"Trưởng khoa Phẫu thuật tim mạch", "Trưởng khoa", "Phẫu thuật tim mạch"}}},
		{"a risk department abroad", "Ông John Smith, Giám đốc Rủi ro Ngân hàng ANZ, cho biết", []want{{"Giám đốc Rủi ro Ngân hàng ANZ", "Giám đốc", "Rủi ro Ngân hàng ANZ"}}},
		{"a ship's first mate", "Trung tá Hoàng Minh Khoa, Thuyền phó, cho biết", []want{{"Thuyền phó", "Thuyền phó", ""}}},
		{"the post of a head of department", "Ông Lê Văn Tám từng giữ các chức vụ Trưởng phòng An ninh kinh tế, Phó Giám đốc Công an tỉnh", []want{
			{"Trưởng phòng An ninh kinh tế", "Trưởng phòng", "An ninh kinh tế"}, {"Phó Giám đốc Công an tỉnh", "Phó Giám đốc", "Công an tỉnh"}}},
		{"a ship's commander and its hull number", "Đại tá Lê Văn Tám, Hạm trưởng tàu 015, và Thiếu tá Lê Văn Ba, Chính trị viên tàu HQ-015 Trần Hưng Đạo, báo cáo", []want{
			{"Hạm trưởng tàu 015", "Hạm trưởng", "tàu 015"}, {"Chính trị viên tàu HQ-015 Trần Hưng Đạo", "Chính trị viên", "tàu HQ-015 Trần Hưng Đạo"}}},
		{"chief accountant", "Ông Lý Văn Tư, Kế toán trưởng Tổng công ty, ký", []want{{"Kế toán trưởng Tổng công ty", "Kế toán trưởng", "Tổng công ty"}}},
		{"a project board, where dự is no verb", "Ông Lê Văn An, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai, cho biết", []want{
			{"Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai", "Giám đốc", "Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai"}}},
		{"dự as the verb after the board", "Ông Lê Văn An, Giám đốc Ban Quản lý dự họp", []want{{"Giám đốc Ban Quản lý", "Giám đốc", "Ban Quản lý"}}},
		{"ministry abbreviated with dashes", "Thứ trưởng Bộ VH-TT-DL Lê Khắc Điềm phát biểu", []want{{"Thứ trưởng Bộ VH-TT-DL", "Thứ trưởng", "Bộ Văn hóa, Thể thao và Du lịch"}}},
		{"a project board abbreviated", "Ông Lê Văn An, Giám đốc Ban QLDA tỉnh, cho biết", []want{{"Giám đốc Ban QLDA tỉnh", "Giám đốc", "Ban Quản lý dự án tỉnh"}}},
		{"a school called the school", "PGS.TS Âu Thị Hạnh, Hiệu trưởng Nhà trường cùng các giảng viên dự lễ", []want{{"Hiệu trưởng Nhà trường", "Hiệu trưởng", "Nhà trường"}}},
		{"a defence attaché", "Đại tá Vikram Sethi, Tùy viên Quốc phòng Ấn Độ tại Việt Nam, cho biết", []want{
			{"Tùy viên Quốc phòng Ấn Độ tại Việt Nam", "Tùy viên Quốc phòng", "Ấn Độ tại Việt Nam"}}},
		{"role with its body takes the bare province", "Ông Mạc Văn Thiện, Chánh Thanh tra tỉnh, đề nghị", []want{{"Chánh Thanh tra tỉnh", "Chánh Thanh tra", "tỉnh"}}},
		{"delegation head takes the bare province", "ông Đặng Văn Sơn, Trưởng Đoàn đại biểu Quốc hội tỉnh; bà Mai", []want{{"Trưởng Đoàn đại biểu Quốc hội tỉnh", "Trưởng Đoàn đại biểu Quốc hội", "tỉnh"}}},
		{"plain role keeps the bare province out", "ông Phan Văn Mãi, Phó Chủ tịch tỉnh, cho biết", []want{{"Phó Chủ tịch", "Phó Chủ tịch", ""}}},
		{"office of the delegation", "Ông Cao Văn Hòa, Chánh Văn phòng Đoàn ĐBQH tỉnh Hà Tĩnh, phát biểu", []want{{"Chánh Văn phòng Đoàn ĐBQH tỉnh Hà Tĩnh", "Chánh Văn phòng", "Đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh"}}},
		{"delegation written out after a role", "Phó Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh Nghệ An Lê Thị Mơ", []want{{"Phó Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh Nghệ An", "Phó Chánh Văn phòng", "Đoàn đại biểu Quốc hội tỉnh Nghệ An"}}},
		{"joint office of the delegation and the council", "Ông Đào Văn Út, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, cho biết", []want{{"Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Chánh Văn phòng", "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"}}},
		{"role with its body takes the bare city", "Ông Lý Văn Hòa, Chánh Thanh tra thành phố, được phân công", []want{{"Chánh Thanh tra thành phố", "Chánh Thanh tra", "thành phố"}}},
		{"bare city before a clause word", "Trưởng Đoàn ĐBQH thành phố chủ trì buổi tiếp xúc", []want{{"Trưởng Đoàn ĐBQH thành phố", "Trưởng Đoàn ĐBQH", "thành phố"}}},
		{"hamlet head", "Ông Giàng A Tủa, Trưởng xóm Nà Phạ, báo cáo", []want{{"Trưởng xóm Nà Phạ", "Trưởng xóm", "Nà Phạ"}}},
		{"association branch head", "Chị Lò Thị Ban, Chi hội trưởng Chi hội Phụ nữ bản Mòn, cho biết", []want{{"Chi hội trưởng Chi hội Phụ nữ bản Mòn", "Chi hội trưởng", "Chi hội Phụ nữ bản Mòn"}}},
		{"stops before an appointment verb", "ông Hà Văn Thắng, Phó Chánh Văn phòng Huyện ủy giữ chức Phó Trưởng ban Dân vận Huyện ủy", []want{
			{"Phó Chánh Văn phòng Huyện ủy", "Phó Chánh Văn phòng", "Huyện ủy"},
			{"Phó Trưởng ban Dân vận Huyện ủy", "Phó Trưởng ban", "Dân vận Huyện ủy"}}},
		{"sports department written in lower case", "Cục trưởng Cục Thể dục thể thao phát biểu", []want{{"Cục trưởng Cục Thể dục thể thao", "Cục trưởng", "Cục Thể dục thể thao"}}},
		{"numbered inspection team", "ông Vi Văn Cường, Trưởng đoàn kiểm tra số 12 làm việc", []want{{"Trưởng đoàn kiểm tra số 12", "Trưởng đoàn", "kiểm tra số 12"}}},
		{"assistant coach is an occupation", "Trợ lý HLV Vũ Minh Tiến cho biết đội đã sẵn sàng", nil},
		{"rescue team named with a comma", "Thiếu tá Lê Hữu Đạt, Đội trưởng Đội Cứu nạn, cứu hộ đã có mặt", []want{{"Đội trưởng Đội Cứu nạn, cứu hộ", "Đội trưởng", "Đội Cứu nạn, cứu hộ"}}},
		{"holder after a commune when the office opens the sentence", "Chủ tịch UBND xã Lường Đức Thiện phát biểu tại buổi lễ", []want{{"Chủ tịch UBND xã", "Chủ tịch", "Ủy ban nhân dân xã"}}},
		{"music director of a show is an occupation", "Đêm nhạc do Hồ Văn Tâm làm giám đốc âm nhạc.", nil},
		{"stops before a reporting verb after a lower-case field", "Ông Đào Minh Phúc, Giám đốc Sở Nội vụ giải trình thêm", []want{{"Giám đốc Sở Nội vụ", "Giám đốc", "Sở Nội vụ"}}},
		{"stops before an appraising verb and a name", "Phó Giám đốc Sở Y tế TP.HCM đánh giá Trần Văn Hòa là bác sĩ giỏi", []want{{"Phó Giám đốc Sở Y tế TP.HCM", "Phó Giám đốc", "Sở Y tế thành phố Hồ Chí Minh"}}},
		{"stops before the verb", "Bí thư Thành ủy Hà Nội đồng chủ trì Hội nghị", []want{{"Bí thư Thành ủy Hà Nội", "Bí thư", "Thành ủy Hà Nội"}}},
		{"stops before the name", "Bộ trưởng Bộ Công an Tô Lâm phát biểu", []want{{"Bộ trưởng Bộ Công an", "Bộ trưởng", "Bộ Công an"}}},
		{"company then its head", "Tổng Giám đốc Tập đoàn Vingroup Nguyễn Việt Quang cho biết", []want{{"Tổng Giám đốc Tập đoàn Vingroup", "Tổng Giám đốc", "Tập đoàn Vingroup"}}},
		{"bank then its deputy head", "Phó Tổng Giám đốc Ngân hàng Vietcombank Đào Minh Tuấn trả lời", []want{{"Phó Tổng Giám đốc Ngân hàng Vietcombank", "Phó Tổng Giám đốc", "Ngân hàng Vietcombank"}}},
		{"board of directors", "Chủ tịch HĐQT Tập đoàn Vingroup, công bố", []want{{"Chủ tịch HĐQT Tập đoàn Vingroup", "Chủ tịch", "Hội đồng quản trị Tập đoàn Vingroup"}}},
		{"english business title", "CEO Vietjet Nguyễn Thị Phương Thảo phát biểu", []want{{"CEO Vietjet", "CEO", "Vietjet"}}},
		{"korean head of state", "Tổng thống Hàn Quốc Yoon Suk-yeol đến Hà Nội", []want{{"Tổng thống Hàn Quốc", "Tổng thống", "Hàn Quốc"}}},
		{"arab name with particle", "Thái tử Saudi Arabia Mohammed bin Salman gặp báo giới", []want{{"Thái tử Saudi Arabia", "Thái tử", "Saudi Arabia"}}},
		{"court", "Chánh án TAND tỉnh Bình Dương Nguyễn Văn Tâm cho biết", []want{{"Chánh án TAND tỉnh Bình Dương", "Chánh án", "Tòa án nhân dân tỉnh Bình Dương"}}},
		{"procuracy", "Viện trưởng VKSND TP Hà Nội Đỗ Minh Tuấn chỉ đạo", []want{{"Viện trưởng VKSND TP Hà Nội", "Viện trưởng", "Viện kiểm sát nhân dân thành phố Hà Nội"}}},
		{"university", "Hiệu trưởng Trường Đại học Bách khoa Hà Nội Huỳnh Quyết Thắng phát biểu", []want{{"Hiệu trưởng Trường Đại học Bách khoa Hà Nội", "Hiệu trưởng", "Trường Đại học Bách khoa Hà Nội"}}},
		{"acting head", "Quyền Giám đốc Sở Y tế TP.HCM Nguyễn Văn B ký", []want{{"Quyền Giám đốc Sở Y tế TP.HCM", "Quyền Giám đốc", "Sở Y tế thành phố Hồ Chí Minh"}}},
		{"spokesperson", "Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân cho biết", []want{{"Người phát ngôn Bộ Ngoại giao Trung Quốc", "Người phát ngôn", "Bộ Ngoại giao Trung Quốc"}}},
		{"province left implicit", "Chủ tịch UBND tỉnh Nguyễn Đức Long dự lễ", []want{{"Chủ tịch UBND tỉnh", "Chủ tịch", "Ủy ban nhân dân tỉnh"}}},
		{"spokesperson as phát ngôn viên", "Phát ngôn viên Bộ Ngoại giao Phạm Thu Hằng trả lời", []want{{"Phát ngôn viên Bộ Ngoại giao", "Phát ngôn viên", "Bộ Ngoại giao"}}},
		{"role word used as a verb after a name", "Thẩm phán Nguyễn Văn Du chủ tọa. Ông Lê Văn A, giám đốc, cho biết", []want{{"Thẩm phán", "Thẩm phán", ""}, {"giám đốc", "giám đốc", ""}}},
		{"place then name", "Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan", []want{{"Bí thư Tỉnh ủy Vĩnh Phúc", "Bí thư", "Tỉnh ủy Vĩnh Phúc"}}},
		{"qualifiers", "Phó Bí thư Thường trực Thành ủy Hà Nội báo cáo", []want{{"Phó Bí thư Thường trực Thành ủy Hà Nội", "Phó Bí thư Thường trực", "Thành ủy Hà Nội"}}},
		{"lower-case words of the name", "Chủ tịch UBND thành phố; Phó Chủ tịch HĐND tỉnh Đắk Nông cho biết", []want{
			{"Chủ tịch UBND thành phố", "Chủ tịch", "Ủy ban nhân dân thành phố"},
			{"Phó Chủ tịch HĐND tỉnh Đắk Nông", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Đắk Nông"}}},
		{"foreign portfolio list without Bộ", "Bộ trưởng Năng lượng, Thương mại và Công nghiệp Indonesia Bahlil Lahadalia", []want{{"Bộ trưởng Năng lượng, Thương mại và Công nghiệp Indonesia", "Bộ trưởng", "Năng lượng, Thương mại và Công nghiệp Indonesia"}}},
		{"minister's portfolio and country, then a markless holder", "Bộ trưởng Thương mại Singapore Gan Kim Yong và Bộ trưởng Nội vụ Malaysia Saifuddin Nasution", []want{
			{"Bộ trưởng Thương mại Singapore", "Bộ trưởng", "Thương mại Singapore"}, {"Bộ trưởng Nội vụ Malaysia", "Bộ trưởng", "Nội vụ Malaysia"}}},
		{"lone foreign holder after a statesman's country", "Ngoại trưởng Indonesia Sugiono và Quốc vụ khanh Bộ Ngoại giao Singapore Tan Kiat How", []want{
			{"Ngoại trưởng Indonesia", "Ngoại trưởng", "Indonesia"}, {"Quốc vụ khanh Bộ Ngoại giao Singapore", "Quốc vụ khanh", "Bộ Ngoại giao Singapore"}}},
		{"holder with two particles", "Chủ tịch Ủy ban châu Âu Ursula von der Leyen nói", []want{{"Chủ tịch Ủy ban châu Âu", "Chủ tịch", "Ủy ban châu Âu"}}},
		{"dashed pair of fields in lower case", "Chủ tịch Hội Hồi sức - Cấp cứu Việt Nam, ông Lê A", []want{{"Chủ tịch Hội Hồi sức - Cấp cứu Việt Nam", "Chủ tịch", "Hội Hồi sức - Cấp cứu Việt Nam"}}},
		{"dashed ward name before của", "Trưởng khoa Nội Tim - Mạch máu của bệnh viện cho biết", []want{{"Trưởng khoa Nội Tim - Mạch máu", "Trưởng khoa", "Nội Tim - Mạch máu"}}},
		{"dash spaced on one side", "Phó Giám đốc Sở Lao động- Thương binh và Xã hội Trần B", []want{{"Phó Giám đốc Sở Lao động- Thương binh và Xã hội", "Phó Giám đốc", "Sở Lao động - Thương binh và Xã hội"}}},
		{"holder with a family name the lexicon lacks", "Phó Giám đốc Sở Tư pháp Khuất Thị Lài ký", []want{{"Phó Giám đốc Sở Tư pháp", "Phó Giám đốc", "Sở Tư pháp"}}},
		{"school for gifted pupils then its head", "Hiệu trưởng Trường THPT chuyên Hùng Vương Lê Văn Cường phát biểu", []want{{"Hiệu trưởng Trường THPT chuyên Hùng Vương", "Hiệu trưởng", "Trường THPT chuyên Hùng Vương"}}},
		{"fund in lower case", "bà Anne Roy, CEO quỹ Mekong Growth Partners, nói", []want{{"CEO quỹ Mekong Growth Partners", "CEO", "quỹ Mekong Growth Partners"}}},
		{"supervisory board", "Ông Lưu C được bầu làm Trưởng ban kiểm soát.", []want{{"Trưởng ban kiểm soát", "Trưởng ban kiểm soát", ""}}},
		{"deputy named by the unit", "Thiếu tá Hà D, Trung đoàn phó, và Đồn phó Lê E", []want{{"Trung đoàn phó", "Trung đoàn phó", ""}, {"Đồn phó", "Đồn phó", ""}}},
		{"deputy in charge of a body", "bà Lò Thị G, Phó Hiệu trưởng phụ trách Trường THCS Tà Xùa, cho biết", []want{{"Phó Hiệu trưởng phụ trách Trường THCS Tà Xùa", "Phó Hiệu trưởng phụ trách", "Trường THCS Tà Xùa"}}},
		{"deputy in charge of a field", "Phó Tổng Giám đốc phụ trách kinh doanh Lê H nói", []want{{"Phó Tổng Giám đốc", "Phó Tổng Giám đốc", ""}}},
		{"coast guard squadron and political officer", "Hải đội trưởng Hải đội 2 và Chính trị viên Đồn Biên phòng Si Pa Phìn", []want{
			{"Hải đội trưởng Hải đội 2", "Hải đội trưởng", "Hải đội 2"}, {"Chính trị viên Đồn Biên phòng Si Pa Phìn", "Chính trị viên", "Đồn Biên phòng Si Pa Phìn"}}},
		{"head of an international body's office", "Trưởng Đại diện UNICEF tại Việt Nam Silvia Danailov", []want{{"Trưởng Đại diện UNICEF tại Việt Nam", "Trưởng Đại diện", "UNICEF tại Việt Nam"}}},
		{"abbreviation in brackets, then the province", "bà Lê I, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Kon Tum, cho biết", []want{{"Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Kon Tum", "Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum"}}},
		{"abbreviation in brackets, then the holder", "Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam (PVN) Lê Mạnh Hùng cho biết", []want{{"Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam", "Chủ tịch", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam"}}},
		{"division of a bank", "bà Hà K, Giám đốc khối Khách hàng doanh nghiệp, cho biết", []want{{"Giám đốc khối Khách hàng doanh nghiệp", "Giám đốc", "khối Khách hàng doanh nghiệp"}}},
		{"staff officer named by his field", "Đại úy Lò L, Trợ lý tác chiến Ban CHQS huyện, và Thiếu tá M, Trợ lý quân lực.", []want{
			{"Trợ lý tác chiến Ban CHQS huyện", "Trợ lý tác chiến", "Ban Chỉ huy Quân sự huyện"}, {"Trợ lý quân lực", "Trợ lý quân lực", ""}}},
		{"comma inside a department's name", "ông Lê N, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh, cho biết", []want{{"Phó Cục trưởng Cục Quản lý Khám, chữa bệnh", "Phó Cục trưởng", "Cục Quản lý Khám, chữa bệnh"}}},
		{"office serving a role", "ông Lê O, Phó Chủ nhiệm Văn phòng Chủ tịch nước, dự", []want{{"Phó Chủ nhiệm Văn phòng Chủ tịch nước", "Phó Chủ nhiệm", "Văn phòng Chủ tịch nước"}}},
		{"country then a holder with an initial", "Đại sứ Cộng hòa Philippines Maria Angela A. Ponce trình Quốc thư", []want{{"Đại sứ Cộng hòa Philippines", "Đại sứ", "Cộng hòa Philippines"}}},
		{"full-time deputy head of the delegation", "bà Mai P, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh, nói", []want{{"Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh", "Phó Trưởng Đoàn chuyên trách", "Đoàn Đại biểu Quốc hội tỉnh"}}},
		{"fields in lower case listed in a name", "bà Võ Q, Phó Cục trưởng Cục Trồng trọt, Bảo vệ thực vật và Kiểm dịch, nói", []want{{"Phó Cục trưởng Cục Trồng trọt, Bảo vệ thực vật và Kiểm dịch", "Phó Cục trưởng", "Cục Trồng trọt, Bảo vệ thực vật và Kiểm dịch"}}},
		{"board named in lower case", "ông Hà R, Trưởng ban quản lý chợ đêm, cho biết", []want{{"Trưởng ban quản lý chợ đêm", "Trưởng ban", "quản lý chợ đêm"}}},
		{"bare board head before a verb", "Trưởng ban đã ký quyết định.", []want{{"Trưởng ban", "Trưởng ban", ""}}},
		{"head of a school team", "cô Đỗ F, Tổ trưởng tổ Ngữ văn", []want{{"Tổ trưởng", "Tổ trưởng", ""}}},
		{"ministry with a list", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Huỳnh Vĩnh Ái", []want{{"Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Thứ trưởng", "Bộ Văn hóa, Thể thao và Du lịch"}}},
		{"military unit with number", "Tư lệnh Quân khu 1, Phó Tư lệnh Quân chủng Phòng không - Không quân", []want{
			{"Tư lệnh Quân khu 1", "Tư lệnh", "Quân khu 1"},
			{"Phó Tư lệnh Quân chủng Phòng không - Không quân", "Phó Tư lệnh", "Quân chủng Phòng không - Không quân"}}},
		{"police department", "Thượng tá Nguyễn Anh Tuấn, Trưởng phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh cho biết", []want{
			{"Trưởng phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh", "Trưởng phòng", "Cảnh sát hình sự Công an tỉnh Hà Tĩnh"}}},
		{"court", "Chánh án TAND tỉnh Bình Dương Lê Văn A tuyên án", []want{{"Chánh án TAND tỉnh Bình Dương", "Chánh án", "Tòa án nhân dân tỉnh Bình Dương"}}},
		{"business", "Chủ tịch Hội đồng quản trị tập đoàn \"Mitsui\" Masami Iijima", []want{{"Chủ tịch Hội đồng quản trị tập đoàn \"Mitsui\"", "Chủ tịch", "Hội đồng quản trị tập đoàn \"Mitsui\""}}},
		{"foreign affairs", "Tổng thống Pháp Emmanuel Macron tiếp Thủ tướng Nhật Bản Shinzo Abe", []want{
			{"Tổng thống Pháp", "Tổng thống", "Pháp"}, {"Thủ tướng Nhật Bản", "Thủ tướng", "Nhật Bản"}}},
		{"former", "nguyên Thủ tướng Nguyễn Tấn Dũng và cựu Tổng thống Francois Hollande", []want{
			{"Thủ tướng", "Thủ tướng", ""}, {"Tổng thống", "Tổng thống", ""}}},
		{"acting", "Quyền Giám đốc Sở Y tế Lê Thị B", []want{{"Quyền Giám đốc Sở Y tế", "Quyền Giám đốc", "Sở Y tế"}}},
		{"group heading", "các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh", []want{{"Phó Thủ tướng", "Phó Thủ tướng", ""}}},
		{"head of state", "Chủ tịch nước Trần Đại Quang hội kiến", []want{{"Chủ tịch nước", "Chủ tịch nước", ""}}},
		{"school", "Phó Hiệu trưởng Trường Tiểu học Mê Linh", []want{{"Phó Hiệu trưởng Trường Tiểu học Mê Linh", "Phó Hiệu trưởng", "Trường Tiểu học Mê Linh"}}},
		{"envoy", "Đại sứ Việt Nam tại Mỹ Hà Kim Ngọc trình quốc thư", []want{{"Đại sứ Việt Nam tại Mỹ", "Đại sứ", "Việt Nam tại Mỹ"}}},
		{"lone foreign family name", "Tổng thống Assad tuyên bố", []want{{"Tổng thống", "Tổng thống", ""}}},
		{"head nurse is an occupation", "Điều dưỡng trưởng Nguyễn Văn Tài và dược sĩ trưởng Lê Thị Mai nhận Bằng khen.", nil},
		{"a senior nun is no office", "Ni trưởng Thích Nữ Như Thủy nhận Bằng khen.", nil},
		{"a role word inside a name is no title", "Diễn viên Lê Nhật Hoàng và Nhật hoàng Naruhito", []want{{"Nhật hoàng", "Nhật hoàng", ""}}},
		{"deputy commander and chief of staff share the command", "Đại tá Lê Văn A, Phó Tư lệnh kiêm Tham mưu trưởng Quân khu 9; ông B, Bí thư kiêm Chủ tịch UBND xã", []want{
			{"Phó Tư lệnh", "Phó Tư lệnh", "Quân khu 9"}, {"Tham mưu trưởng Quân khu 9", "Tham mưu trưởng", "Quân khu 9"},
			{"Bí thư", "Bí thư", ""}, {"Chủ tịch UBND xã", "Chủ tịch", "Ủy ban nhân dân xã"}}},
		{"palace is no office", "Lễ đón diễn ra tại Phủ Chủ tịch, Chủ tịch nước chủ trì.", []want{{"Chủ tịch nước", "Chủ tịch nước", ""}}},
		{"lower-case name of a bank division", "ông Tâm từng là Giám đốc Khối Khách hàng cá nhân.", []want{
			{"Giám đốc Khối Khách hàng cá nhân", "Giám đốc", "Khối Khách hàng cá nhân"}}},
		{"portfolio then a lone foreign name", "Bộ trưởng Quốc phòng Sjafrie tiếp đoàn", []want{{"Bộ trưởng Quốc phòng", "Bộ trưởng", "Quốc phòng"}}},
		{"portfolio then a country", "Bộ trưởng Tài chính Nhật Bản Kato Katsunobu", []want{{"Bộ trưởng Tài chính Nhật Bản", "Bộ trưởng", "Tài chính Nhật Bản"}}},
		{"company after a role", "Tổng Giám đốc Vietjet Air chia sẻ", []want{{"Tổng Giám đốc Vietjet Air", "Tổng Giám đốc", "Vietjet Air"}}},
		{"hospital name is no person", "Giám đốc Bệnh viện Bạch Mai cho biết", []want{{"Giám đốc Bệnh viện Bạch Mai", "Giám đốc", "Bệnh viện Bạch Mai"}}},
		{"commune then name", "Chủ tịch UBND xã Phú Cát Nguyễn Hữu Thắng cho hay", []want{{"Chủ tịch UBND xã Phú Cát", "Chủ tịch", "Ủy ban nhân dân xã Phú Cát"}}},
		{"supreme court", "Chánh án TAND tối cao Nguyễn Hòa Bình", []want{{"Chánh án TAND tối cao", "Chánh án", "Tòa án nhân dân tối cao"}}},
		{"membership without a body", "anh là thành viên tích cực, còn chị là Ủy viên Ban Thường vụ Tỉnh đoàn", []want{
			{"Ủy viên Ban Thường vụ Tỉnh đoàn", "Ủy viên", "Ban Thường vụ Tỉnh đoàn"}}},
		{"hospital department", "Bác sĩ Trương Hữu Khanh, Phó khoa Nhiễm Thần kinh BV Nhi đồng 1 cho biết", []want{
			{"Phó khoa Nhiễm Thần kinh BV Nhi đồng 1", "Phó khoa", "Nhiễm Thần kinh Bệnh viện Nhi đồng 1"}}},
		{"a quantity is no unit number", "ông giữ chức Giám đốc Công an tỉnh 3 năm", []want{{"Giám đốc Công an tỉnh", "Giám đốc", "Công an tỉnh"}}},
		{"occupations are not titles", "bác sĩ Lê Văn A, ca sĩ Mỹ Linh và phóng viên Trần B", nil},
		{"dash shares the organization", "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam", []want{
			{"Phó Chủ tịch", "Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
			{"Tổng Thư ký UBTƯ MTTQ Việt Nam", "Tổng Thư ký", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}}},
		{"the end of a compound is no role", "cô giáo Hoàng Thị Nga gặp người đồng cấp Trung Quốc Vương Nghị", nil},
		{"a role in lower case with a capital", "ông là đại biểu Quốc hội khóa XIV, cô giáo Hoàng dạy", []want{{"đại biểu Quốc hội", "đại biểu Quốc hội", ""}}},
		{"a role after a prefix may be in lower case", "Phó chánh Thanh tra Bộ Nội vụ", []want{{"Phó chánh Thanh tra Bộ Nội vụ", "Phó chánh Thanh tra", "Bộ Nội vụ"}}},
		{"head coach is an occupation", "HLV trưởng Hải Phòng Chu Đình Nghiêm thừa nhận", nil},
		{"cadre of a youth-union body", "Cán bộ Huyện đoàn, Bí thư Tỉnh đoàn; cán bộ huyện đoàn Sìn Hồ", []want{
			{"Cán bộ Huyện đoàn", "Cán bộ", "Huyện đoàn"},
			{"Bí thư Tỉnh đoàn", "Bí thư", "Tỉnh đoàn"},
			{"cán bộ huyện đoàn Sìn Hồ", "cán bộ", "huyện đoàn Sìn Hồ"}}},
		{"cadre as staff is no title", "Thượng úy Lê Văn A, cán bộ Phòng CSGT, và các cán bộ, chiến sĩ", nil},
		{"police department named in lower case", "Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La", []want{
			{"Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La", "Trưởng phòng", "Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La"}}},
		{"chamber of commerce", "Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam phát biểu", []want{
			{"Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam", "Phó Chủ tịch", "Phòng Thương mại và Công nghiệp Việt Nam"}}},
		{"envoy to a world body", "cựu Đại sứ Mỹ tại Liên Hợp Quốc Nikki Haley", []want{{"Đại sứ Mỹ tại Liên Hợp Quốc", "Đại sứ", "Mỹ tại Liên Hợp Quốc"}}},
		{"long description after a bare head", "đồng chủ tịch Ủy ban phối hợp về trung tâm nghiên cứu khoa học nhiệt đới Việt Nga, thành viên", []want{
			{"đồng chủ tịch Ủy ban phối hợp về trung tâm nghiên cứu khoa học nhiệt đới Việt Nga", "đồng chủ tịch", "Ủy ban phối hợp về trung tâm nghiên cứu khoa học nhiệt đới Việt Nga"}}},
		{"a department whose name opens with a family name", "Phó Trưởng phòng Đào tạo vì có thành tích", []want{{"Phó Trưởng phòng Đào tạo", "Phó Trưởng phòng", "Đào tạo"}}},
		{"an institution named by its kind", "BS Trịnh Văn Long, Phó Giám đốc bệnh viện cho biết; giám đốc công ty mẹ thì không", []want{
			{"Phó Giám đốc bệnh viện", "Phó Giám đốc", "bệnh viện"}, {"giám đốc", "giám đốc", ""}}},
		{"party boards named in lower case", "Trưởng ban Tuyên huấn; Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An", []want{
			{"Trưởng ban Tuyên huấn", "Trưởng ban", "Tuyên huấn"}, {"Trưởng Ban Tuyên giáo Tỉnh ủy Nghệ An", "Trưởng Ban", "Tuyên giáo Tỉnh ủy Nghệ An"}}},
		{"a body's name in lower case after one capital", "ông Hà, Giám đốc Sở Ngoại vụ. Bà Oanh, Phó Giám đốc Văn phòng Đăng ký đất đai tỉnh, vắng mặt", []want{
			{"Giám đốc Sở Ngoại vụ", "Giám đốc", "Sở Ngoại vụ"}, {"Phó Giám đốc Văn phòng Đăng ký đất đai tỉnh", "Phó Giám đốc", "Văn phòng Đăng ký đất đai tỉnh"}}},
		{"a lower-case unit ends before of", "Thiếu tá Sử, Đội trưởng Đội vận động quần chúng của đồn, đã về", []want{
			{"Đội trưởng Đội vận động quần chúng", "Đội trưởng", "Đội vận động quần chúng"}}},
		{"the city named after a person", "bà từng là Phó Bí thư Thành ủy TP Hồ Chí Minh, Phó Chủ tịch Quốc hội", []want{
			{"Phó Bí thư Thành ủy TP Hồ Chí Minh", "Phó Bí thư", "Thành ủy thành phố Hồ Chí Minh"}, {"Phó Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", ""}}},
		{"a count heads a list", "bổ nhiệm 3 Phó Giám đốc Sở Tư pháp gồm: ông A, ông B và bà C", []want{{"Phó Giám đốc Sở Tư pháp", "Phó Giám đốc", "Sở Tư pháp"}}},
		{"hospital with a two-word name then its director", "Giám đốc Bệnh viện Chợ Rẫy Phan Tấn Lộc cho biết", []want{{"Giám đốc Bệnh viện Chợ Rẫy", "Giám đốc", "Bệnh viện Chợ Rẫy"}}},
		{"a senate then its khmer head", "Chủ tịch Thượng viện Say Chhum; Phó Chủ tịch Thượng viện Tea Banh; Thủ tướng Hun Sen; Thủ tướng Campuchia Hun Sen", []want{
			{"Chủ tịch Thượng viện", "Chủ tịch", "Thượng viện"}, {"Phó Chủ tịch Thượng viện", "Phó Chủ tịch", "Thượng viện"},
			{"Thủ tướng", "Thủ tướng", ""}, {"Thủ tướng Campuchia", "Thủ tướng", "Campuchia"}}},
		{"a company's name with ascii words stays", "Chủ tịch Sun Group phát biểu", []want{{"Chủ tịch Sun Group", "Chủ tịch", "Sun Group"}}},
		{"a team of an abbreviated body", "ông Park, Trưởng nhóm kỹ thuật của WHO tại Việt Nam", []want{{"Trưởng nhóm kỹ thuật của WHO", "Trưởng nhóm", "kỹ thuật của WHO"}}},
		{"an honorary envoy", "Hoa hậu Hà là Đại sứ du lịch tỉnh Thanh Hóa; Đại sứ thương hiệu của hãng", []want{
			{"Đại sứ du lịch tỉnh Thanh Hóa", "Đại sứ du lịch", "tỉnh Thanh Hóa"}, {"Đại sứ thương hiệu", "Đại sứ thương hiệu", ""}}},
		{"two portfolios, the first with lower-case words, joined by và", "Bà Lim, Bộ trưởng Kinh tế số và Truyền thông Malaysia, phát biểu", []want{
			{"Bộ trưởng Kinh tế số và Truyền thông Malaysia", "Bộ trưởng", "Kinh tế số và Truyền thông Malaysia"}}},
		{"và before a second role ends the portfolio", "ông An, Bộ trưởng Quốc phòng và Bộ trưởng Công an dự họp", []want{
			{"Bộ trưởng Quốc phòng", "Bộ trưởng", "Quốc phòng"}, {"Bộ trưởng Công an", "Bộ trưởng", "Công an"}}},
		{"an envoy's host after the body's bracketed abbreviation", "bà Yuki, Trưởng đại diện Tổ chức Y tế Thế giới (WHO) tại Việt Nam, cho biết", []want{
			{"Trưởng đại diện Tổ chức Y tế Thế giới (WHO) tại Việt Nam", "Trưởng đại diện", "Tổ chức Y tế Thế giới tại Việt Nam"}}},
		{"a bracketed abbreviation then tại ends a body that is no mission", "Giám đốc Sở Y tế (SYT) tại hội nghị", []want{
			{"Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế"}}},
		{"a consulate in a city written TP.HCM", "Tổng Lãnh sự Nhật Bản tại TP.HCM Ono Masuo dự lễ", []want{
			{"Tổng Lãnh sự Nhật Bản tại TP.HCM", "Tổng Lãnh sự", "Nhật Bản tại thành phố Hồ Chí Minh"}}},
		{"sentence-case fields joined by và", "bà Hạnh, Viện trưởng Viện Sinh thái và Tài nguyên sinh vật, cho biết", []want{
			{"Viện trưởng Viện Sinh thái và Tài nguyên sinh vật", "Viện trưởng", "Viện Sinh thái và Tài nguyên sinh vật"}}},
		{"a youth union whose name opens like a person's", "chị Lan, Bí thư Đoàn Thanh niên trường THPT Chu Văn An, phát biểu", []want{
			{"Bí thư Đoàn Thanh niên trường THPT Chu Văn An", "Bí thư", "Đoàn Thanh niên trường THPT Chu Văn An"}}},
		{"a delegation at an event", "Phó Trưởng đoàn Việt Nam tại ASIAD 20, ông Bình, cho biết", []want{
			{"Phó Trưởng đoàn Việt Nam tại ASIAD 20", "Phó Trưởng đoàn", "Việt Nam tại ASIAD 20"}}},
		{"delegated authority is no acting office", "Thừa ủy quyền Thủ tướng, Bộ trưởng Trần Văn Sơn trao cờ", []want{
			{"Thủ tướng", "Thủ tướng", ""}, {"Bộ trưởng", "Bộ trưởng", ""}}},
		{"CP after Công ty is cổ phần", "Giám đốc Công ty CP Dược Hậu Giang", []want{
			{"Giám đốc Công ty CP Dược Hậu Giang", "Giám đốc", "Công ty cổ phần Dược Hậu Giang"}}},
		{"a military region written QK and its number", "Phó Tư lệnh QK9 dự lễ", []want{{"Phó Tư lệnh QK9", "Phó Tư lệnh", "Quân khu 9"}}},
		{"a chairman kiêm managing director shares the firm", "Chủ tịch kiêm Tổng Giám đốc Tập đoàn Hòa Bình", []want{
			{"Chủ tịch", "Chủ tịch", "Tập đoàn Hòa Bình"}, {"Tổng Giám đốc Tập đoàn Hòa Bình", "Tổng Giám đốc", "Tập đoàn Hòa Bình"}}},
		{"a Party office kiêm a director keeps its own body", "Bí thư kiêm Giám đốc Công an tỉnh", []want{
			{"Bí thư", "Bí thư", ""}, {"Giám đốc Công an tỉnh", "Giám đốc", "Công an tỉnh"}}},
		{"a portfolio, then the body after của", "Phó Chủ tịch điều hành phụ trách tài chính của Boeing", []want{
			{"Phó Chủ tịch điều hành phụ trách tài chính của Boeing", "Phó Chủ tịch điều hành", "Boeing"}}},
		{"the body right after của", "Giám đốc điều hành của Masan cho biết", []want{
			{"Giám đốc điều hành của Masan", "Giám đốc điều hành", "Masan"}}},
		{"a foreign body's office in Vietnam", "Chủ tịch Phòng Thương mại châu Âu tại Việt Nam (EuroCham) cho biết", []want{
			{"Chủ tịch Phòng Thương mại châu Âu tại Việt Nam", "Chủ tịch", "Phòng Thương mại châu Âu tại Việt Nam"}}},
		{"the head of a research project is no office", "đề tài do PGS Lê Văn Hòa làm chủ nhiệm", nil},
		{"a deputy's delegation after the name", "đại biểu Lê Thị Hoa (Đoàn ĐBQH tỉnh Gia Lai) phát biểu", []want{
			{"Đoàn ĐBQH tỉnh Gia Lai", "Đại biểu Quốc hội", "tỉnh Gia Lai"}}},
		{"a deputy's province alone, in a story about the National Assembly", "Tại kỳ họp Quốc hội, đại biểu Vũ Văn Nam (Hải Phòng) hỏi", []want{
			{"Hải Phòng", "Đại biểu Quốc hội", "Hải Phòng"}}},
		{"a province alone makes no deputy of parliament elsewhere", "Tại kỳ họp HĐND, đại biểu Vũ Văn Nam (Hải Phòng) hỏi", []want{
			{"đại biểu", "đại biểu", ""}}},
		{"an office in brackets is no delegation", "Tại Quốc hội, đại biểu Vũ Văn Nam (Phó Giám đốc Sở Y tế) hỏi", []want{
			{"đại biểu", "đại biểu", ""}, {"Phó Giám đốc Sở Y tế", "Phó Giám đốc", "Sở Y tế"}}},
		{"a ward named by its branch and field", "bà Hạnh, Trưởng khoa Nội Thận tiết niệu, cho biết", []want{
			{"Trưởng khoa Nội Thận tiết niệu", "Trưởng khoa", "Nội Thận tiết niệu"}}},
		{"a laboratory", "ông Tâm, Trưởng phòng thí nghiệm Công nghệ sinh học, cho biết", []want{
			{"Trưởng phòng thí nghiệm Công nghệ sinh học", "Trưởng phòng", "thí nghiệm Công nghệ sinh học"}}},
		{"a ward, then its hospital's two-word name", "Trưởng khoa Sản Bệnh viện Hùng Vương cho biết", []want{
			{"Trưởng khoa Sản Bệnh viện Hùng Vương", "Trưởng khoa", "Sản Bệnh viện Hùng Vương"}}},
		{"a board, then a group, then its chairman's name", "Chủ tịch Hội đồng thành viên Tập đoàn Lê Văn Hòa phát biểu", []want{
			{"Chủ tịch Hội đồng thành viên Tập đoàn", "Chủ tịch", "Hội đồng thành viên Tập đoàn"}}},
		{"a delegate to one congress holds no office", "anh được chọn là đại biểu của tỉnh dự Đại hội", nil},
		{"a steering board about a field written in capitals", "ông Hải, Phó Trưởng Ban Chỉ đạo về Phòng chống tội phạm, cho biết", []want{
			{"Phó Trưởng Ban Chỉ đạo về Phòng chống tội phạm", "Phó Trưởng Ban", "Chỉ đạo về Phòng chống tội phạm"}}},
		{"a steering board in lower case after its head", "Trưởng Ban Chỉ đạo tìm kiếm cứu nạn huyện, ông Tú, cho biết", []want{
			{"Trưởng Ban Chỉ đạo tìm kiếm cứu nạn huyện", "Trưởng Ban", "Chỉ đạo tìm kiếm cứu nạn huyện"}}},
		{"a board in lower case, then a word that opens the clause", "Trưởng ban tổ chức hội thi cùng các thí sinh chụp ảnh", []want{
			{"Trưởng ban tổ chức hội thi", "Trưởng ban", "tổ chức hội thi"}}},
		{"a traffic police team numbered after its field", "Đội trưởng Đội CSGT đường thủy số 2 cho biết", []want{
			{"Đội trưởng Đội CSGT đường thủy số 2", "Đội trưởng", "Đội Cảnh sát giao thông đường thủy số 2"}}},
		{"the abbot of a named pagoda", "Đại đức Thích Minh Tuệ, Trụ trì chùa Bửu Long, cho biết", []want{
			{"Trụ trì chùa Bửu Long", "Trụ trì", "chùa Bửu Long"}}},
		{"a bishop of a diocese", "Giám mục Giáo phận Bắc Ninh dâng lễ", []want{{"Giám mục Giáo phận Bắc Ninh", "Giám mục", "Giáo phận Bắc Ninh"}}},
		{"a role inside a meeting's name", "Hội nghị Bộ trưởng Kinh tế ASEAN khai mạc", nil},
		{"an acronym numbered by its session", "ông Vivian, Chủ tịch AMM-58, phát biểu", []want{{"Chủ tịch AMM-58", "Chủ tịch", "AMM-58"}}},
		{"a monarch named with a regnal number", "Giáo hoàng Leo XIV tiếp Tổng Bí thư", []want{{"Giáo hoàng", "Giáo hoàng", ""}, {"Tổng Bí thư", "Tổng Bí thư", ""}}},
		{"a bishop addressed as Đức, then his baptismal name", "Đức Tổng Giám mục Giuse Nguyễn Chí Linh chủ sự", []want{
			{"Tổng Giám mục", "Tổng Giám mục", ""}}},
		{"a village whose name reads as a person's", "ông Lò Văn Páo, Trưởng bản Hà Nang, xã Mường Lạn, cho biết", []want{
			{"Trưởng bản Hà Nang", "Trưởng bản", "Hà Nang"}}},
		{"a village, then its head's name", "Trưởng thôn Hà Nang Lò Văn Páo cho biết", []want{{"Trưởng thôn Hà Nang", "Trưởng thôn", "Hà Nang"}}},
		{"one capital and its lower-case syllable before the clause", "Bà Hằng, Vụ trưởng Vụ Thi đua cho biết", []want{{"Vụ trưởng Vụ Thi đua", "Vụ trưởng", "Vụ Thi đua"}}},
		{"a team captain is no office", "Malaysia có đội trưởng Dion Cools", nil},
		{"a person after a commune committee", "Phó Bí thư Đảng ủy xã Ly Seo Chứ cho biết", []want{{"Phó Bí thư Đảng ủy xã", "Phó Bí thư", "Đảng ủy xã"}}},
		{"a company with a suffix then its head", "CEO Masan Group Danny Le cho biết", []want{{"CEO Masan Group", "CEO", "Masan Group"}}},
		{"lower-case words common in bodies' names", "Vụ trưởng Vụ Thị trường trong nước, Bộ Công Thương; Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF)", []want{
			{"Vụ trưởng Vụ Thị trường trong nước", "Vụ trưởng", "Vụ Thị trường trong nước"}, {"Tổng Giám đốc Quỹ Tiền tệ Quốc tế", "Tổng Giám đốc", "Quỹ Tiền tệ Quốc tế"}}},
		{"a lower-case stretch closed by the holder's name", "Cục trưởng Cục Thể dục thể thao Đặng Hà Việt đánh giá", []want{
			{"Cục trưởng Cục Thể dục thể thao", "Cục trưởng", "Cục Thể dục thể thao"}}},
		{"an aide's principal", "Trợ lý Tổng thống Yuri Ushakov; Trợ lý Lee Young-jin nói", []want{{"Trợ lý Tổng thống", "Trợ lý", "Tổng thống"}}},
		{"a command is no commander", "Thay mặt Bộ Tư lệnh Vùng, Chuẩn Đô đốc Giang giao nhiệm vụ", nil},
		{"chairman of a standing committee", "Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế phát biểu", []want{
			{"Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc", "Ủy viên trưởng", "Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc"}}},
		{"a french name with marks ends the body", "Bộ trưởng Ngoại giao Jean-Noël Barrot; Giám đốc Quỹ Vì Tầm Vóc Việt cho biết", []want{
			{"Bộ trưởng Ngoại giao", "Bộ trưởng", "Ngoại giao"}, {"Giám đốc Quỹ Vì Tầm Vóc Việt", "Giám đốc", "Quỹ Vì Tầm Vóc Việt"}}},
		{"capital then lower case inside a body's name", "Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) Tedros Adhanom Ghebreyesus; nguyên Cục trưởng Cục Y tế dự phòng, nhận định", []want{
			{"Tổng Giám đốc Tổ chức Y tế Thế giới", "Tổng Giám đốc", "Tổ chức Y tế Thế giới"}, {"Cục trưởng Cục Y tế dự phòng", "Cục trưởng", "Cục Y tế dự phòng"}}},
		{"a body named after a historical person", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Thắng; Chủ tịch Hồ Chí Minh", []want{
			{"Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh"}, {"Chủ tịch", "Chủ tịch", ""}}},
		{"a party cell and its hamlet", "Ông Lê Văn Khỏe, Bí thư chi bộ thôn 3, cho biết", []want{{"Bí thư chi bộ thôn 3", "Bí thư", "chi bộ thôn 3"}}},
		{"a sub-commission", "Chủ tịch phân ban Việt Nam trong Ủy ban", []want{{"Chủ tịch phân ban Việt Nam", "Chủ tịch", "phân ban Việt Nam"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}

func TestFlags(t *testing.T) {
	es := extract(t, "nguyên Thủ tướng Nguyễn Tấn Dũng; các Phó Thủ tướng: A, B")
	require.Len(t, es, 2)
	assert.True(t, es[0].Title.Former)
	assert.False(t, es[0].Title.Group)
	assert.True(t, es[1].Title.Group)
	assert.False(t, es[1].Title.Former)
}

func TestFactory(t *testing.T) {
	x, err := title.Factory([]byte(`{"max_org_words":8}`))
	require.NoError(t, err)
	assert.Equal(t, title.Name, x.Name())
	_, err = title.Factory([]byte(`{`))
	assert.Error(t, err)
}

func FuzzExtract(f *testing.F) {
	f.Add("Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy CA Trung ương, Bộ trưởng Bộ Công an;")
	f.Add("các Phó Thủ tướng: \"Mitsui\" - Quân khu 1, và")
	x, _ := title.New(title.Config{})
	f.Fuzz(func(t *testing.T, s string) {
		es, err := x.Extract(context.Background(), &pipeline.Document{Text: s})
		if err != nil {
			t.Fatal(err)
		}
		last := -1
		for _, e := range es {
			if e.Span.Start < 0 || e.Span.End > len(s) || e.Span.Start >= e.Span.End || e.Text != e.Span.Of(s) || e.Title == nil {
				t.Fatalf("bad entity %+v in %q", e, s)
			}
			if e.Span.Start < last {
				t.Fatalf("titles overlap in %q", s)
			}
			last = e.Span.End
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	x, err := title.New(title.Config{})
	require.NoError(b, err)
	extracttest.Benchmark(b, x)
}

func ExampleNew() {
	x, _ := title.New(title.Config{})
	es, _ := x.Extract(context.Background(), &pipeline.Document{Text: "Bí thư Đảng ủy CA Trung ương, nguyên Bộ trưởng Bộ Công an Tô Lâm đồng chủ trì"})
	for _, e := range es {
		fmt.Printf("%q role=%q org=%q former=%v\n", e.Text, e.Title.Role, e.Title.Organization, e.Title.Former)
	}
	// Output:
	// "Bí thư Đảng ủy CA Trung ương" role="Bí thư" org="Đảng ủy Công an Trung ương" former=false
	// "Bộ trưởng Bộ Công an" role="Bộ trưởng" org="Bộ Công an" former=true
}

func TestGroupHeadingWithGom(t *testing.T) {
	es := extract(t, "các Phó Bí thư Huyện ủy gồm các đồng chí: Huỳnh Minh Thắng và H'Nga Buôn Yă.")
	require.Len(t, es, 1)
	assert.True(t, es[0].Title.Group)
	assert.Equal(t, "Phó Bí thư Huyện ủy", es[0].Text)
}

// Which headings distribute over the names after them.
func TestGroupHeadings(t *testing.T) {
	tests := []struct {
		text, first string
		group       bool
	}{
		{"Các Ủy viên Ban Thường vụ Tỉnh ủy khóa XVIII gồm: ông Nông Quốc Huy.", "Ủy viên Ban Thường vụ Tỉnh ủy khóa XVIII", true},
		{"Các Ủy viên Ban Chấp hành khóa XXI gồm: ông Nông Quốc Huy.", "Ủy viên Ban Chấp hành khóa XXI", true},
		{"Hai đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy là: bà Hà Thị Minh Nguyệt và ông Vi Đức Toàn.", "Phó Bí thư Tỉnh ủy", true},
		{"3 người được bổ nhiệm làm Phó Giám đốc Sở gồm: ông Lê Văn Tám, ông Lê Văn Ba.", "Phó Giám đốc Sở", true},
		{"Các đồng chí được tín nhiệm bầu làm Phó Chủ tịch là: bà Hà Thị Hoa và ông Vi Văn Toàn.", "Phó Chủ tịch", true},
		{"7 thành viên HĐQT trúng cử gồm: ông Trần Quốc Bảo, bà Nguyễn Thị Vân.", "thành viên HĐQT trúng cử", true},
		{"Các Phó Chủ tịch được bầu gồm: ông Trần Quốc Bảo, bà Nguyễn Thị Vân.", "Phó Chủ tịch được bầu", true},
		{"Đại hội bầu HĐQT nhiệm kỳ 2025-2030 gồm 5 thành viên: ông Quách Tuấn Kiệt; bà Đàm Thị Mỹ Hạnh.", "HĐQT nhiệm kỳ 2025-2030", true},
		{"Đại hội bầu Hội đồng quản trị gồm: ông Quách Tuấn Kiệt; bà Đàm Thị Mỹ Hạnh.", "Hội đồng quản trị", true},
		{"Xã có hai Phó Chủ tịch UBND xã lần lượt là ông Quan Đức Hậu và bà Giàng Thị Dua.", "Phó Chủ tịch UBND xã", true},
		// No list after the office, or no count before it.
		{"Hai đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy.", "Phó Bí thư Tỉnh ủy", false},
		{"Đồng chí Hà Thị Minh Nguyệt được bầu giữ chức Phó Bí thư Tỉnh ủy là: một vinh dự.", "Phó Bí thư Tỉnh ủy", false},
		{"Ông Vi Đức Toàn được bầu giữ chức Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Ba.", "Phó Bí thư Tỉnh ủy", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			es := extract(t, tt.text)
			require.NotEmpty(t, es)
			assert.Equal(t, tt.first, es[0].Text)
			assert.Equal(t, tt.group, es[0].Title.Group)
		})
	}
}

// Bodies in award news whose names end in words that look like a person
// or an award.
func TestTitlesInAwardNews(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an award after và closes the body", "trao Huy hiệu cho ông A, nguyên Chính ủy Quân khu 5 và Huân chương Chiến công cho ông B", []want{
			{"Chính ủy Quân khu 5", "Chính ủy", "Quân khu 5"}}},
		{"a body and another body after và", "Bộ trưởng Bộ Tài nguyên và Môi trường phát biểu", []want{
			{"Bộ trưởng Bộ Tài nguyên và Môi trường", "Bộ trưởng", "Bộ Tài nguyên và Môi trường"}}},
		{"a high school named after a person", "bà Lan, Hiệu trưởng Trường THPT Phan Đình Phùng, cho biết", []want{
			{"Hiệu trưởng Trường THPT Phan Đình Phùng", "Hiệu trưởng", "Trường THPT Phan Đình Phùng"}}},
		{"a school's name, then its head's", "Hiệu trưởng Trường Tiểu học Kim Đồng Lê Thị Hoa phát biểu", []want{
			{"Hiệu trưởng Trường Tiểu học Kim Đồng", "Hiệu trưởng", "Trường Tiểu học Kim Đồng"}}},
		{"a district after its committee", "ông Võ Văn Bảo, Bí thư Huyện ủy Đức Thọ;", []want{
			{"Bí thư Huyện ủy Đức Thọ", "Bí thư", "Huyện ủy Đức Thọ"}}},
		{"a district committee, then its secretary", "Bí thư Quận ủy Trần Văn Khánh phát biểu", []want{
			{"Bí thư Quận ủy", "Bí thư", "Quận ủy"}}},
		{"the secretariat's standing member", "nguyên Thường trực Ban Bí thư dự lễ", []want{
			{"Thường trực Ban Bí thư", "Thường trực Ban Bí thư", ""}}},
		{"an emperor", "Nhật hoàng Akihito tiếp đoàn", []want{{"Nhật hoàng", "Nhật hoàng", ""}}},
		{"a scientific director and a long lower-case body name", "GS Lê Bá Khánh, Giám đốc khoa học Viện Nghiên cứu cao cấp về Toán, phát biểu", []want{
			{"Giám đốc khoa học Viện Nghiên cứu cao cấp về Toán", "Giám đốc khoa học", "Viện Nghiên cứu cao cấp về Toán"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}

func TestGroupHeadingWithComradesAndTerm(t *testing.T) {
	es := extract(t, "Các đồng chí Phó Bí thư Đảng ủy khóa XV gồm: Lê Văn Hải, Trần Thị Thu.")
	require.Len(t, es, 1)
	assert.True(t, es[0].Title.Group)
	assert.Equal(t, "Phó Bí thư Đảng ủy khóa XV", es[0].Text)
	assert.Equal(t, "Đảng ủy", es[0].Title.Organization)
}

// A heading whose role a list of portfolios shares, each portfolio
// followed by its holder.
func TestPortfolioList(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"departments with semicolons", "Phó Giám đốc các sở: Nội vụ Lê Thị Hằng; Tư pháp Đặng Văn Hùng trả lời", []want{
			{"Nội vụ", "Phó Giám đốc", "Sở Nội vụ"}, {"Tư pháp", "Phó Giám đốc", "Sở Tư pháp"}}},
		{"ministries with và", "Thứ trưởng các Bộ: Ngoại giao Vũ Minh, Kế hoạch và Đầu tư Trần Duy Đông và Y tế Đỗ Xuân Tuyên", []want{
			{"Ngoại giao", "Thứ trưởng", "Bộ Ngoại giao"}, {"Kế hoạch và Đầu tư", "Thứ trưởng", "Bộ Kế hoạch và Đầu tư"},
			{"Y tế", "Thứ trưởng", "Bộ Y tế"}}},
		{"portfolios without holders stay a heading", "Giám đốc các sở: Tài chính, Xây dựng dự họp", []want{
			{"Giám đốc", "Giám đốc", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}

// A committee named as the heading of its members' list.
func TestCommitteeMembers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
		group      bool
	}{
		{"standing committee with its term", "Ban Thường vụ Đảng ủy xã khóa mới gồm các đồng chí: Lê Văn A, Trần Thị B.", []want{
			{"Ban Thường vụ Đảng ủy xã khóa mới", "Ủy viên", "Ban Thường vụ Đảng ủy xã"}}, true},
		{"members listed with their own offices", "Ban Thường vụ Huyện ủy gồm các đồng chí: Lê Văn A, Bí thư Huyện ủy; Trần Thị B, Chủ tịch UBND huyện.", []want{
			{"Bí thư Huyện ủy", "Bí thư", "Huyện ủy"}, {"Chủ tịch UBND huyện", "Chủ tịch", "Ủy ban nhân dân huyện"}}, false},
		{"a count is no list", "Ban Chấp hành Đảng bộ huyện gồm 35 đồng chí.", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
			if es := extract(t, tt.text); len(es) > 0 {
				assert.Equal(t, tt.group, es[0].Title.Group)
			}
		})
	}
}
