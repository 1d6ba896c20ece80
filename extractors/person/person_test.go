package person_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/person"
	"github.com/vnextract/vnextract/pipeline"
)

func extract(t testing.TB, text string) []pipeline.Entity {
	t.Helper()
	x, err := person.New(person.Config{})
	require.NoError(t, err)
	doc := &pipeline.Document{Text: text}
	doc.Paragraphs, doc.Sentences = pipeline.Segment(text)
	es, err := x.Extract(context.Background(), doc)
	require.NoError(t, err)
	return es
}

func values(es []pipeline.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Value)
	}
	return out
}

func TestNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"politics", "Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị; đồng chí Hoàng Trung Hải, Bí thư Thành ủy Hà Nội đồng chủ trì.", []string{"Tô Lâm", "Hoàng Trung Hải"}},
		{"title then name after a place", "Bí thư Thành ủy Hà Nội Hoàng Trung Hải phát biểu.", []string{"Hoàng Trung Hải"}},
		{"police given name after rank", "Trung tá Hoàng Văn Máy cho biết. Trung tá Máy nói thêm.", []string{"Hoàng Văn Máy", "Máy"}},
		{"given name after address", "Chị Lan và anh Sinh đã đến. Ông Chung cho biết.", []string{"Lan", "Sinh", "Chung"}},
		{"four syllables", "bà Nguyễn Thị Bích Ngọc, Chủ tịch HĐND thành phố", []string{"Nguyễn Thị Bích Ngọc"}},
		{"two-syllable family name", "nhà văn Tôn Thất Lập và ông Âu Dương Lân", []string{"Tôn Thất Lập", "Âu Dương Lân"}},
		{"initials", "đối tượng Bùi Th. H. (37 tuổi) và anh N.S. T. đã khai nhận.", []string{"Bùi Th. H.", "N.S. T."}},
		{"foreign", "Tổng thống Mỹ Donald Trump gặp Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Bashar al-Assad.", []string{"Donald Trump", "Shinzo Abe", "Bashar al-Assad"}},
		{"middle initial", "Tổng thống Donald J. Trump phát biểu", []string{"Donald J. Trump"}},
		{"regnal number", "Nữ hoàng Anh Elizabeth II trao huân chương.", []string{"Elizabeth II"}},
		{"korean", "Tổng thống Hàn Quốc Moon Jae-in hoan nghênh.", []string{"Moon Jae-in"}},
		{"sino-vietnamese", "Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Lý Khắc Cường", []string{"Tập Cận Bình", "Lý Khắc Cường"}},
		{"spaced hyphen", "Chủ tịch Thượng viện Kassym - Zhomart Tokayev phát biểu", []string{"Kassym - Zhomart Tokayev"}},
		{"sport", "Tiền đạo Nguyễn Quang Hải ghi bàn, HLV Park Hang-seo hài lòng.", []string{"Nguyễn Quang Hải", "Park Hang-seo"}},
		{"a role word inside a name", "Diễn viên Lê Nhật Hoàng nhận giải.", []string{"Lê Nhật Hoàng"}},
		{"lunar years are no names", "Ông mất ngày 5 tháng Chạp năm Giáp Thìn, trước Tết Đinh Mùi.", nil},
		{"coach named after a nationality", "Đội khách của HLV người Brazil Paulo Foiani thua trận.", []string{"Paulo Foiani"}},
		{"lone foreign name after a portfolio", "Bộ trưởng Ngoại giao Retno làm việc với đoàn.", []string{"Retno"}},
		{"culture", "NSND Lê Khanh và ca sĩ Mỹ Linh biểu diễn.", []string{"Lê Khanh", "Mỹ Linh"}},
		{"court", "Bị cáo Trịnh Xuân Thanh bị tuyên phạt, Chánh án Nguyễn Hòa Bình cho biết.", []string{"Trịnh Xuân Thanh", "Nguyễn Hòa Bình"}},
		{"family name the lexicon lacks before Thị", "Phó Chủ tịch tỉnh Văn Thị Lài và Thứ trưởng Bộ Nội vụ Văn Thị Minh Hằng dự họp.", []string{"Văn Thị Lài", "Văn Thị Minh Hằng"}},
		{"korean family name that is a vietnamese word", "Ngoại trưởng Hàn Quốc Cho Tae-yul và ông Cho Hyun hội đàm. Bài hát Cho Em vang lên.", []string{"Cho Tae-yul", "Cho Hyun"}},
		{"accented latin names", "Tổng Thư ký LHQ António Guterres và Tổng thống Brazil Luiz Inácio Lula", []string{"António Guterres", "Luiz Inácio Lula"}},
		{"two particles after a continent", "Nghị viện châu Âu Ursula von der Leyen và vùng châu Á Thái Bình Dương", []string{"Ursula von der Leyen"}},
		{"streets listed with và", "Cấm xe trên đường Trần Phú và Lê Thánh Tông; an táng tại Nghĩa trang Văn Điển.", nil},
		{"a person after a street and và", "Tại đường Lê Lợi và ông Nguyễn Văn Bình đã gặp nhau.", []string{"Nguyễn Văn Bình"}},
		{"a troupe named by its art", "Bà vào Đoàn Chèo Hải Phòng rồi Đoàn Tuồng Đào Tấn.", nil},
		{"suffix with its dot", "Tổng thống Robert Kennedy Jr. phát biểu", []string{"Robert Kennedy Jr."}},
		{"school for gifted pupils", "Đội tuyển của Trường THPT chuyên Trần Phú đoạt giải.", nil},
		{"company ending in its trade", "Cổ phiếu Hòa Bình Securities và Đông Bắc Coal tăng.", nil},
		{"streets and schools", "Trường Đại học Tôn Đức Thắng ở đường Nguyễn Trãi, quận Hai Bà Trưng.", nil},
		{"awards", "Huân chương Hồ Chí Minh và Giải thưởng Hồ Chí Minh", nil},
		{"historical person", "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.", []string{"Hồ Chí Minh"}},
		{"places", "tỉnh Lâm Đồng, tỉnh Cao Bằng và Hà Giang", nil},
		{"hospital with a two-word name then its director", "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ phát biểu.", []string{"Đào Xuân Cơ"}},
		{"markless chinese names with no role before", "Đoàn có đại diện Singapore, Chan Chun Sing và đại diện Malaysia, Lim Kit Siang.", []string{"Chan Chun Sing", "Lim Kit Siang"}},
		{"a markless company after a chinese family name is no person", "Ông Lê Minh gặp đại diện Kim Long Group tại đây.", []string{"Lê Minh"}},
		{"khmer names after a senate", "Chủ tịch Thượng viện Hun Sen tiếp Phó Chủ tịch Thượng viện Campuchia Tea Banh.", []string{"Hun Sen", "Tea Banh"}},
		{"khmer name after a head of government", "Thủ tướng Campuchia Hun Sen và Thủ tướng Sar Kheng", []string{"Hun Sen", "Sar Kheng"}},
		{"a company is no khmer name", "Chủ tịch Sun Group và Chủ tịch Hòa Phát", nil},
		{"ethnic groups are no persons", "bản có 86 hộ người Hà Nhì, đồng bào Khơ Mú và dân tộc Lô Lô", nil},
		{"ship name after its number", "tàu 015 - Trần Hưng Đạo cập cảng", nil},
		{"the university of technology after a student", "Sinh viên Bách khoa Trần Minh Bách đoạt giải", []string{"Trần Minh Bách"}},
		{"a flower market's street", "Người dân đi chợ hoa Hàng Lược và gặp ông Hàng Văn Lâm", []string{"Hàng Văn Lâm"}},
		{"a parish is no person", "Linh mục Lê Văn Hòa về nhận Giáo xứ Thái Hòa", []string{"Lê Văn Hòa"}},
		{"a pilgrimage site is no person", "Du khách đổ về Yên Tử dịp đầu xuân", nil},
		{"overseas vietnamese", "ba cầu thủ Việt kiều là Nguyễn Filip và Viktor Lê", []string{"Nguyễn Filip", "Viktor Lê"}},
		{"village elder", "lên bản Mù Cả. Già làng Lý Xe Chừ đã ngoài 70 tuổi.", []string{"Lý Xe Chừ"}},
		{"company suffix then its head", "CEO Masan Group Danny Le cho biết", []string{"Danny Le"}},
		{"lao province then its governor", "Tỉnh trưởng Attapeu Leklay Sivilay cảm ơn", []string{"Leklay Sivilay"}},
		{"a person after a commune committee", "Phó Bí thư Đảng ủy xã Ly Seo Chứ cho biết", []string{"Ly Seo Chứ"}},
		{"a sports event is no person", "Hoàng Xuân Vinh, nhà vô địch Olympic Rio 2016, được bổ nhiệm", []string{"Hoàng Xuân Vinh"}},
		{"family name that is also a function word", "Đối tượng là Vì Văn Tám (SN 1980); Quỹ Vì Tầm Vóc Việt tài trợ.", []string{"Vì Văn Tám"}},
		{"rare family name", "Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng trao quyết định", []string{"Đầu Thanh Tùng"}},

		{"photo credit", "Lễ trao tặng. (Ảnh: Thống Nhất/TTXVN) Ảnh: Lê Trung", nil},
		{"credit runs into the next sentence", "Ảnh: Nguyễn Dương Trả lời báo chí, bà Phạm Thị Thanh Trà cho biết.", []string{"Phạm Thị Thanh Trà"}},
		{"all caps headline", "TRẦN VĂN A BỊ BẮT", nil},
		{"sentence-initial capital", "Hiện trường vụ tai nạn. Theo đó, Công an huyện điều tra.", nil},
		{"name after a lost full stop", "cho anh Nguyễn Duy Thanh Đại diện gia đình nhận.", []string{"Nguyễn Duy Thanh"}},
		{"honorific inside a capitalized run", "Võ Văn Thành - Bá Đô Ông Kiều Sơn cho biết", []string{"Võ Văn Thành", "Kiều Sơn"}},
		{"street word that is also a family name", "Đường Lê Lợi bị ngập. Giải Mai Vàng năm nay.", nil},
		{"club ending in a province", "Trận đấu giữa Hoàng Anh Gia Lai và Hà Nội FC", nil},
		{"foreign source", "Theo Business Insider, binh sĩ Dipprasad Pun được tặng huân chương.", []string{"Dipprasad Pun"}},
		{"name that ends like a place", "Chánh án Nguyễn Hòa Bình và đại biểu Lưu Bình Nhưỡng", []string{"Nguyễn Hòa Bình", "Lưu Bình Nhưỡng"}},
		{"word-segmented text", "Ông Nguyễn_Văn_An cho_biết", []string{"Nguyễn Văn An"}},
		{"place classifier then name", "Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung", []string{"Nguyễn Đức Chung"}},
		{"company then its head", "Tổng Giám đốc Tập đoàn Vingroup Nguyễn Việt Quang và Phó Tổng Giám đốc Ngân hàng Vietcombank Đào Minh Tuấn", []string{"Nguyễn Việt Quang", "Đào Minh Tuấn"}},
		{"foreign name with a Vietnamese surname last", "Đạo diễn Dustin Nguyễn và diễn viên Johnny Trí Nguyễn", []string{"Dustin Nguyễn", "Johnny Trí Nguyễn"}},
		{"degree with dots", "GS.TS. Nguyễn Thanh Liêm và PGS.TS Trần Văn Thuấn cùng TS. Lê Hoa", []string{"Nguyễn Thanh Liêm", "Trần Văn Thuấn", "Lê Hoa"}},
		{"regnal number ends a sentence", "Ông nhận huân chương từ Nữ hoàng Anh Elizabeth II. Ông rất vui.", []string{"Elizabeth II"}},
		{"korean name opening with a Vietnamese-looking syllable", "Tổng thống Hàn Quốc Yoon Suk-yeol tiếp ông Kim Jong-un.", []string{"Yoon Suk-yeol", "Kim Jong-un"}},
		{"arab particle", "Thái tử Mohammed bin Salman gặp Tổng thống Pháp.", []string{"Mohammed bin Salman"}},
		{"competitions and clubs in English", "Tiền đạo Son Heung-min dự World Cup và Premier League cùng Manchester United.", []string{"Son Heung-min"}},
		{"film titles in title case", "Sau phim Taxi, Em Tên Gì?, anh đóng Để Mai Tính và Bao Giờ Có Yêu Nhau.", nil},
		{"role written after a capitalized prefix", "Phó Tổng Giám đốc cho biết công ty lãi lớn.", nil},
		{"crossing of two streets", "Chị Hồng có mặt tại nút giao Khâm Thiên - Lê Duẩn lúc 9 giờ.", []string{"Hồng"}},
		{"route between two places", "Tuyến phố Trần Hưng Đạo - Lý Thường Kiệt bị cấm.", nil},
		{"crime news", "Đối tượng Lò Văn Páo (SN 1990) và nghi phạm Vàng A Sùng bị bắt; nạn nhân là chị Hà Thị Thu.", []string{"Lò Văn Páo", "Vàng A Sùng", "Hà Thị Thu"}},
		{"court officers", "Thẩm phán Lê Thị Mai, Kiểm sát viên Phạm Quốc Huy và luật sư Ngô Ngọc Trai có mặt.", []string{"Lê Thị Mai", "Phạm Quốc Huy", "Ngô Ngọc Trai"}},
		{"stage names after an occupation", "Ca sĩ Mỹ Tâm, NSND Thanh Hoa và diễn viên Thu Trang góp mặt.", []string{"Mỹ Tâm", "Thanh Hoa", "Thu Trang"}},
		{"clubs are no persons", "Hoàng Anh Gia Lai thắng Sông Lam Nghệ An trên sân Pleiku.", nil},
		{"nickname opening a sentence", "Quang Hải đi bóng qua hai hậu vệ. Công Phượng ghi bàn.", []string{"Quang Hải", "Công Phượng"}},
		{"capitalized pairs that are places or bodies", "Trung Đông căng thẳng. Đông Dương thời đó. Bộ Công Thương và quan hệ Việt Nga.", nil},
		{"address form before a name that reads as an honour", "Anh Hùng cho biết gia đình rất khó khăn.", []string{"Hùng"}},
		{"office holder after a province left implicit", "Chủ tịch UBND tỉnh Nguyễn Đức Long và Chủ tịch UBND thành phố Nguyễn Văn Nên dự lễ ở tỉnh Lâm Đồng.", []string{"Nguyễn Đức Long", "Nguyễn Văn Nên"}},
		{"wards named after people", "Ông sống ở phường Nguyễn Du, xã Lê Lợi.", nil},
		{"foreign body before its head", "Thủ lĩnh Hamas Yahya Sinwar và Giám đốc điều hành OpenAI Sam Altman; Google cho biết.", []string{"Yahya Sinwar", "Sam Altman"}},
		{"occupation inside a body's name", "Lễ do Hội Nhà văn Việt Nam tổ chức, nhà thơ Hữu Thỉnh dự.", []string{"Hữu Thỉnh"}},
		{"lakes, kingdoms and codes", "Hồ Gươm đông khách. Vương Quốc Anh rời EU. Đội tuyển U23 Việt Nam tập luyện. Hồ Tây có sen.", nil},
		{"statesman by family name", "Ông Putin điện đàm với Thủ tướng Kishida.", []string{"Putin", "Kishida"}},
		{"Ê Đê names open with Y or H' and end in the lineage", "Bà Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy, và Hoa hậu H'Hen Niê dự lễ cùng Chủ tịch HĐND tỉnh Y Biêr Niê.",
			[]string{"Y Thanh Hà Niê Kđăm", "H'Hen Niê", "Y Biêr Niê"}},
		{"Jrai family names first", "Ông Ksor Phước Hà và bà Rơ Châm H'Lan dự họp.", []string{"Ksor Phước Hà", "Rơ Châm H'Lan"}},
		{"Raglai family names first", "Đại biểu Pi Năng Thị Hoa và ông Chamaléa Văn Đợt phát biểu.", []string{"Pi Năng Thị Hoa", "Chamaléa Văn Đợt"}},
		{"foreign body inside the run", "Phát ngôn viên Điện Kremlin Dmitry Peskov cho biết.", []string{"Dmitry Peskov"}},
		{"club and its place before the head", "Chủ tịch CLB Hà Nội Đỗ Vinh Quang theo dõi trận đấu trên sân Hàng Đẫy.", []string{"Đỗ Vinh Quang"}},
		{"the words of an honour are no name", "Đơn vị được trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân; ông là Anh hùng Lao động, còn Anh hùng Lao động Nguyễn Văn Sáu dự lễ.", []string{"Nguyễn Văn Sáu"}},
		{"an honour in quotes is no name", "Lễ trao danh hiệu \"Nghệ sĩ Nhân dân\", \"Nghệ sĩ Ưu tú\" lần thứ 10.", nil},
		{"foreign firms without a person cue", "Theo khảo sát của Ipsos Steria, Deloitte Việt Nam và Công ty tư vấn Wood Mackenzie, Inter Miami thắng.", nil},
		{"foreign dignitary's form of address", "Tổng Bí thư chúc mừng Samdech Hun Manet và Sheikh Mohammed.", []string{"Hun Manet", "Mohammed"}},
		{"a cue word that ends a body's name", "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh trả lời; Sở Giao thông vận tải Hà Nội và đường Lê Lợi. Trên sân Hàng Đẫy, anh Nguyễn Văn Bảy xã Lê Lợi.", []string{"Đặng Quốc Khánh", "Nguyễn Văn Bảy"}},
		{"the holder of an office in a described body", "Thống đốc ngân hàng trung ương Jerome Powell phát biểu.", []string{"Jerome Powell"}},
		{"foreign names without a cue are still persons", "Donald Trump nói ông sẽ gặp Kim Jong Un. Elon Musk cũng cho biết.", []string{"Donald Trump", "Kim Jong Un", "Elon Musk"}},
		{"lone foreign family name after the full name", "Ông Ali Shamkhani gặp báo chí. Thư ký Hội đồng An ninh Quốc gia Tối cao Iran (SNSC) Shamkhani lưu ý.",
			[]string{"Ali Shamkhani", "Shamkhani"}},
		{"an artist named with the art", "Khán giả chờ nghệ sĩ quan họ Thúy Cải và nghệ nhân ca trù Nguyễn Thị Chúc; NNƯT Lê Văn Hai dự.", []string{"Thúy Cải", "Nguyễn Thị Chúc", "Lê Văn Hai"}},
		{"a body whose name opens with a family name", "Đoàn Thể thao Việt Nam xuất quân, trưởng đoàn là ông Đoàn Văn Hậu.", []string{"Đoàn Văn Hậu"}},
		{"someone named by tên", "Chơ khai mua của một người đàn ông tên Páo. Sau đó, anh vào vai anh bạn thân tên Mười. Ông sống ở xóm mang tên Hồ Chí Minh.", []string{"Páo"}},
		{"a syllable before a full stop is no initial", "Ông gặp Kim Jong Un. Sau đó, ông về huyện Sìn Hồ. Bùi Th. H. khai nhận.", []string{"Kim Jong Un", "Bùi Th. H."}},
		{"the end of a compound is no role", "Vợ anh, cô giáo Hoàng Thị Nga, gặp người đồng cấp Trung Quốc Vương Nghị.", []string{"Hoàng Thị Nga", "Vương Nghị"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, values(extract(t, tt.text)))
		})
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		text                  string
		family, middle, given string
		partial, foreign      bool
		honorifics            []string
	}{
		{"ông Nguyễn Văn An", "Nguyễn", "Văn", "An", false, false, []string{"ông"}},
		{"GS.TS Trần Đức Thắng", "Trần", "Đức", "Thắng", false, false, []string{"GS.TS"}},
		{"Thượng tướng Tô Lâm", "Tô", "", "Lâm", false, false, nil},
		{"nhà thơ Tôn Nữ Thu Hồng", "Tôn Nữ", "Thu", "Hồng", false, false, nil},
		{"anh Sinh", "", "", "Sinh", true, false, []string{"anh"}},
		{"Ngoại trưởng Mike Pompeo", "Pompeo", "", "Mike", false, true, nil},
		{"Chủ tịch Trung Quốc Tập Cận Bình", "Tập", "Cận", "Bình", false, true, nil},
		{"GS.TS. Nguyễn Thanh Liêm", "Nguyễn", "Thanh", "Liêm", false, false, []string{"GS.TS"}},
		{"Chị Hồng", "", "", "Hồng", true, false, []string{"chị"}},
		{"Tổng thống Yoon Suk-yeol", "Yoon", "", "Suk-yeol", false, true, nil},
		{"Chủ tịch Triều Tiên Kim Jong Un", "Kim", "Jong", "Un", false, true, nil},
		{"Chủ tịch Trung Quốc Xi Jinping", "Xi", "", "Jinping", false, true, nil},
		{"Thủ tướng Nhật Bản Kishida Fumio", "Kishida", "", "Fumio", false, true, nil},
		{"Thủ tướng Nhật Bản Fumio Kishida", "Kishida", "", "Fumio", false, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			es := extract(t, tt.text)
			require.Len(t, es, 1)
			p := es[0].Person
			assert.Equal(t, tt.family, p.Family)
			assert.Equal(t, tt.middle, p.Middle)
			assert.Equal(t, tt.given, p.Given)
			assert.Equal(t, tt.partial, p.Partial)
			assert.Equal(t, tt.foreign, p.Foreign)
			assert.Equal(t, tt.honorifics, p.Honorifics)
		})
	}
}

func TestFactory(t *testing.T) {
	x, err := person.Factory([]byte(`{"max_given":2}`))
	require.NoError(t, err)
	assert.Equal(t, person.Name, x.Name())
	_, err = person.Factory([]byte(`{`))
	assert.Error(t, err)
}

func FuzzExtract(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị; đồng chí Hoàng Trung Hải")
	f.Add("anh N.S. T. (Ảnh: Thống Nhất/TTXVN) Bashar al-Assad - Zhomart")
	f.Add("Ông\nBà Ảnh:")
	f.Add("Bà Y Thanh Hà Niê Kđăm, H'Hen Niê; Ali Shamkhani (SNSC) Shamkhani. Kim Jong Un. tên Páo")
	x, _ := person.New(person.Config{})
	f.Fuzz(func(t *testing.T, s string) {
		doc := &pipeline.Document{Text: s}
		es, err := x.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Span.Start < 0 || e.Span.End > len(s) || e.Span.Start >= e.Span.End {
				t.Fatalf("bad span %v in %q", e.Span, s)
			}
			if e.Text != e.Span.Of(s) || e.Person == nil || e.Kind != pipeline.KindPerson {
				t.Fatalf("bad entity %+v", e)
			}
		}
	})
}

// TestConcurrent runs one Extractor from many goroutines, as the pipeline
// does, on documents of its own and on one shared document.
func TestConcurrent(t *testing.T) {
	texts := []string{
		"Thượng tướng Tô Lâm gặp Tổng thống Mỹ Donald Trump.",
		"Chị Lan và anh Sinh đã đến. Ông Chung cho biết.",
		"Tiền đạo Nguyễn Văn Toàn ghi bàn, HLV Park Hang-seo hài lòng.",
	}
	x, err := person.New(person.Config{})
	require.NoError(t, err)
	want := make([][]string, len(texts))
	for i, s := range texts {
		es, err := x.Extract(context.Background(), &pipeline.Document{Text: s})
		require.NoError(t, err)
		want[i] = values(es)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				i := (g + k) % len(texts)
				es, err := x.Extract(context.Background(), &pipeline.Document{Text: texts[i]})
				assert.NoError(t, err)
				assert.Equal(t, want[i], values(es))
			}
		})
	}
	wg.Wait()
	shared := &pipeline.Document{Text: texts[2]}
	for range 8 {
		wg.Go(func() {
			es, err := x.Extract(context.Background(), shared)
			assert.NoError(t, err)
			assert.Equal(t, want[2], values(es))
		})
	}
	wg.Wait()
}

func BenchmarkExtract(b *testing.B) {
	x, err := person.New(person.Config{})
	require.NoError(b, err)
	extracttest.Benchmark(b, x)
}

// BenchmarkExtractTokenized measures the extractor alone: the document is
// reused, so its tokens (scan.Document) and segmentation are computed once,
// as other extractors share them in a real run.
func BenchmarkExtractTokenized(b *testing.B) {
	x, err := person.New(person.Config{})
	require.NoError(b, err)
	doc := &pipeline.Document{Text: extracttest.Article}
	doc.Paragraphs, doc.Sentences = pipeline.Segment(doc.Text)
	want, err := x.Extract(context.Background(), doc)
	require.NoError(b, err)
	require.NotEmpty(b, want)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleNew() {
	x, _ := person.New(person.Config{})
	doc := &pipeline.Document{Text: "Thượng tướng Tô Lâm gặp Tổng thống Mỹ Donald Trump. Chị Lan cho biết."}
	es, _ := x.Extract(context.Background(), doc)
	for _, e := range es {
		fmt.Printf("%s: family=%q given=%q partial=%v foreign=%v\n", e.Value, e.Person.Family, e.Person.Given, e.Person.Partial, e.Person.Foreign)
	}
	// Output:
	// Tô Lâm: family="Tô" given="Lâm" partial=false foreign=false
	// Donald Trump: family="Trump" given="Donald" partial=false foreign=true
	// Lan: family="" given="Lan" partial=true foreign=false
}

// Names that award and commendation news puts next to places, bodies and
// storms.
func TestNamesBesideBodiesAndPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the city named after a person", "Hội nghị diễn ra tại TP Hồ Chí Minh; UBND TP Hồ Chí Minh chủ trì.", nil},
		{"a given name that is also a common word", "Bà Trần Thị Được cùng ông Nguyễn Văn Được dự lễ.", []string{"Trần Thị Được", "Nguyễn Văn Được"}},
		{"a title-case phrase keeps its function word", "Phim Nguyễn Được Gì ra rạp.", nil},
		{"a district after its party committee", "Ông Lê Văn Tâm, Bí thư Huyện ủy Cẩm Xuyên, phát biểu.", []string{"Lê Văn Tâm"}},
		{"a full name after a district committee", "Bí thư Huyện ủy Trần Văn Minh phát biểu.", []string{"Trần Văn Minh"}},
		{"a cooperative named for its commune", "Bằng khen cho Hợp tác xã Nông nghiệp Kỳ Hưng.", nil},
		{"a house number opens a street address", "Lễ tang tổ chức tại nhà riêng, số 12 Lê Thánh Tông, Hà Nội.", nil},
		{"a jersey number is no address", "Cầu thủ mang áo số 9 Nguyễn Tiến Linh ghi bàn.", []string{"Nguyễn Tiến Linh"}},
		{"a storm", "Các tỉnh miền Trung chống bão số 5 (bão Ngọc Lan).", nil},
		{"a flower street", "Đường hoa Lê Lợi và phố đi bộ Trần Phú đông khách.", nil},
		{"a character in a film", "Với vai anh Toàn trong phim, diễn viên Lê Minh đoạt giải.", []string{"Lê Minh"}},
		{"a baby in a film title", "Bộ phim Em bé Hải Phòng được trình chiếu.", nil},
		{"the head of a group named by its kind", "Tổng Giám đốc Tập đoàn Lê Quốc Hưng trao kỷ niệm chương.", []string{"Lê Quốc Hưng"}},
		{"the head of a corporation named by its kind", "Tổng Giám đốc Tổng công ty Phạm Văn Lực phát biểu; tại Tập đoàn Lê Văn Tám.", []string{"Phạm Văn Lực"}},
		{"a school named after a person", "Hiệu trưởng Trường Nguyễn Bỉnh Khiêm phát biểu.", nil},
		{"an emperor", "Nhật hoàng Akihito tiếp đoàn.", []string{"Akihito"}},
		{"a delegation named by its province", "Đoàn Thanh Hóa dẫn đầu, ông Đoàn Thái Bình cho biết.", []string{"Đoàn Thái Bình"}},
		{"a joint-stock bank", "Chị Lan vay vốn ở Ngân hàng TMCP Bảo Việt.", []string{"Lan"}},
		{"historical persons in a list of streets", "Nước ngập phố Lê Duẩn, Trần Hưng Đạo suốt đêm.", nil},
		{"the last of three streets", "Khách dạo phố Hàng Mã, Hàng Buồm, Hàng Giấy.", nil},
		{"a name opening the clause after a street", "Tại đường Lê Lợi, Nguyễn Văn Tú điều khiển xe máy.", []string{"Nguyễn Văn Tú"}},
		{"a war cemetery", "Hài cốt được quy tập về nghĩa trang liệt sĩ Trường Sơn.", nil},
		{"a theatre of a stage art named after a person", "Nhà hát Tuồng Lê Văn Hưu công diễn vở mới.", nil},
		{"a club a player wore the shirt of", "Anh từng khoác áo Ventforet Kofu hai mùa.", nil},
		{"a librettist known by a pen name", "Đêm nhạc tri ân soạn giả Viễn Châu.", []string{"Viễn Châu"}},
		{"holder after a commune when the office opens the sentence", "Phó Chủ tịch UBND xã Lường Đức Thiện phát biểu.", []string{"Lường Đức Thiện"}},
		{"a celebrated singer", "Khán giả chờ danh ca Bảo Như Lan.", []string{"Bảo Như Lan"}},
		{"a teammate", "Xạ thủ Lê Văn Hùng về nhì, đồng đội Trần Quốc Cường về ba.", []string{"Lê Văn Hùng", "Trần Quốc Cường"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, values(extract(t, tt.text)))
		})
	}
}
