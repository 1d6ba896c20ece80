package award_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/award"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// found is the part of an entity a test row checks.
type found struct {
	Kind  string
	Text  string
	Value string
	Type  string `json:",omitempty"`
	Class string `json:",omitempty"`
	Sport bool   `json:",omitempty"`
}

func extract(t testing.TB, text string) []found {
	t.Helper()
	x, err := award.New(award.Config{})
	require.NoError(t, err)
	doc := &pipeline.Document{Text: text}
	doc.Paragraphs, doc.Sentences = pipeline.Segment(text)
	es, err := x.Extract(context.Background(), doc)
	require.NoError(t, err)
	out := []found{}
	for _, e := range es {
		f := found{Kind: e.Kind.String(), Text: e.Text, Value: e.Value}
		if e.Award != nil {
			f.Type, f.Class, f.Sport = e.Award.Type, e.Award.Class, e.Award.Sport
		}
		out = append(out, f)
	}
	return out
}

func TestExtract(t *testing.T) {
	aw := func(text, value, typ, class string) found {
		return found{Kind: "award", Text: text, Value: value, Type: typ, Class: class}
	}
	tests := []struct {
		name string
		text string
		want []found
	}{
		{"order with class", "Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho ông An.",
			[]found{aw("Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhất", "Huân chương", "hạng Nhất")}},
		{"a category of the year", "Cô giành giải Bài hát của năm và giải Nhạc sĩ của năm 2024.",
			[]found{aw("giải Bài hát của năm", "Giải Bài hát của năm", "Giải thưởng", ""), aw("giải Nhạc sĩ", "Giải Nhạc sĩ", "Giải thưởng", "")}},
		{"a category voted the favourite", "Em nhận giải Ca sĩ được yêu thích nhất và giải Thí sinh triển vọng.",
			[]found{aw("giải Ca sĩ được yêu thích nhất", "Giải Ca sĩ được yêu thích nhất", "Giải thưởng", ""),
				aw("giải Thí sinh triển vọng", "Giải Thí sinh triển vọng", "Giải thưởng", "")}},
		{"medals counted with no colour are generic", "Trường có 7 học sinh đoạt huy chương Olympic quốc tế.", []found{}},
		{"a year before a lower-case medal", "Năm 2019 ông được tặng huy chương Vì sự nghiệp Giáo dục.",
			[]found{aw("huy chương Vì sự nghiệp Giáo dục", "Huy chương Vì sự nghiệp Giáo dục", "Huy chương", "")}},
		{"classes listed in brackets", "Ông được tặng Huân chương Chiến công (hạng Nhất, hạng Ba), Huân chương Chiến sĩ vẻ vang (hạng Nhất, Nhì, Ba).",
			[]found{aw("Huân chương Chiến công", "Huân chương Chiến công hạng Nhất", "Huân chương", "hạng Nhất"),
				aw("hạng Ba", "Huân chương Chiến công hạng Ba", "Huân chương", "hạng Ba"),
				aw("Huân chương Chiến sĩ vẻ vang", "Huân chương Chiến sĩ vẻ vang hạng Nhất", "Huân chương", "hạng Nhất"),
				aw("Nhì", "Huân chương Chiến sĩ vẻ vang hạng Nhì", "Huân chương", "hạng Nhì"),
				aw("Ba", "Huân chương Chiến sĩ vẻ vang hạng Ba", "Huân chương", "hạng Ba")}},
		{"a year in brackets is no class", "Ông được tặng Huân chương Chiến công (2015).",
			[]found{aw("Huân chương Chiến công", "Huân chương Chiến công", "Huân chương", "")}},
		{"a bare class word first is no class list", "Ông được tặng Huân chương Chiến công (Nhất).",
			[]found{aw("Huân chương Chiến công", "Huân chương Chiến công", "Huân chương", "")}},
		{"state honorary title", "Chủ tịch nước truy tặng danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam Anh hùng\" cho mẹ Lê Thị Lựu.",
			[]found{aw("\"Bà mẹ Việt Nam Anh hùng\"", "Bà mẹ Việt Nam Anh hùng", "Danh hiệu", "")}},
		{"known name in lower case", "Ông được trao Huân chương bảo vệ tổ quốc hạng ba.",
			[]found{aw("Huân chương bảo vệ tổ quốc hạng ba", "Huân chương Bảo vệ Tổ quốc hạng Ba", "Huân chương", "hạng Ba")}},
		{"roman class", "tặng Huân chương Chiến công hạng II cho đơn vị",
			[]found{aw("Huân chương Chiến công hạng II", "Huân chương Chiến công hạng Nhì", "Huân chương", "hạng Nhì")}},
		{"straight quotes", `trao Kỷ niệm chương "Bảo vệ An ninh Tổ quốc" cho các đồng chí`,
			[]found{aw(`Kỷ niệm chương "Bảo vệ An ninh Tổ quốc"`, `Kỷ niệm chương "Bảo vệ An ninh Tổ quốc"`, "Kỷ niệm chương", "")}},
		{"curly quotes", "nhận Kỷ niệm chương “Vì sự nghiệp Giáo dục”.",
			[]found{aw("Kỷ niệm chương “Vì sự nghiệp Giáo dục”", `Kỷ niệm chương "Vì sự nghiệp Giáo dục"`, "Kỷ niệm chương", "")}},
		{"spaced single quotes", "trao huy hiệu ' Tuổi trẻ dũng cảm ' cho anh Bình",
			[]found{aw("huy hiệu ' Tuổi trẻ dũng cảm '", `Huy hiệu "Tuổi trẻ dũng cảm"`, "Huy hiệu", "")}},
		{"unquoted commemorative name", "tặng Kỷ niệm chương Vì sự nghiệp Giáo dục cho cô Hoa",
			[]found{aw("Kỷ niệm chương Vì sự nghiệp Giáo dục", "Kỷ niệm chương Vì sự nghiệp Giáo dục", "Kỷ niệm chương", "")}},
		{"issuer", "tặng Bằng khen của Thủ tướng Chính phủ cho 5 tập thể",
			[]found{aw("Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen", "")}},
		{"issuer in lower case", "tặng bằng khen của chủ tịch tỉnh cho hai em",
			[]found{aw("bằng khen của chủ tịch tỉnh", "Bằng khen của chủ tịch tỉnh", "Bằng khen", "")}},
		{"issuer with và", "được tặng Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo vì thành tích",
			[]found{aw("Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "Bằng khen", "")}},
		{"issuer with a comma and và", "nhận Bằng khen của Bộ Văn hóa, Thể thao và Du lịch năm nay",
			[]found{aw("Bằng khen của Bộ Văn hóa, Thể thao và Du lịch", "Bằng khen của Bộ Văn hóa, Thể thao và Du lịch", "Bằng khen", "")}},
		{"và before another award", "trao Bằng khen của Thủ tướng Chính phủ và Huy hiệu Tuổi trẻ dũng cảm",
			[]found{aw("Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen", ""),
				aw("Huy hiệu Tuổi trẻ dũng cảm", "Huy hiệu Tuổi trẻ dũng cảm", "Huy hiệu", "")}},
		{"not an issuer", "bố mẹ xem giấy khen của con",
			[]found{aw("giấy khen", "Giấy khen", "Giấy khen", "")}},
		{"prize with a field before its name", "Nhà văn vừa giành giải thưởng văn học Kalinga của Ấn Độ.",
			[]found{aw("giải thưởng văn học Kalinga", "Giải thưởng văn học Kalinga", "Giải thưởng", "")}},
		{"giải with a field and a name", "Ban nhạc nhận giải âm nhạc Cống hiến năm nay.",
			[]found{aw("giải âm nhạc Cống hiến", "Giải âm nhạc Cống hiến", "Giải thưởng", "")}},
		{"field without a name is no prize", "Anh đạt giải văn học thiếu nhi của huyện.",
			[]found{}},
		{"bare type", "Đại diện Tỉnh đoàn trao bằng khen cho anh Thanh.",
			[]found{aw("bằng khen", "Bằng khen", "Bằng khen", "")}},
		{"quantified bare type is no award", "Ông từng nhận nhiều huân chương và 3 bằng khen.", []found{}},
		{"quantified list", "được tặng nhiều Huân chương, Huy chương và Bằng khen các loại.", []found{}},
		{"emulation flag", "đón nhận Cờ thi đua của Chính phủ năm 2023",
			[]found{aw("Cờ thi đua của Chính phủ", "Cờ thi đua của Chính phủ", "Cờ thi đua", "")}},
		{"foreign order stops at praise", "được trao tặng Huân chương Victoria cao quý khi tham chiến",
			[]found{aw("Huân chương Victoria", "Huân chương Victoria", "Huân chương", "")}},
		{"foreign order in two words", "trao tặng huân chương Chữ thập tại điện Buckingham",
			[]found{aw("huân chương Chữ thập", "Huân chương Chữ thập", "Huân chương", "")}},
		{"prize after giải", "trao giải Lãnh đạo vì phụ nữ toàn cầu cho Thủ tướng",
			[]found{aw("giải Lãnh đạo vì phụ nữ toàn cầu", "Giải Lãnh đạo vì phụ nữ toàn cầu", "Giải thưởng", "")}},
		{"state prize", "được tặng Giải thưởng Hồ Chí Minh về văn học",
			[]found{aw("Giải thưởng Hồ Chí Minh", "Giải thưởng Hồ Chí Minh", "Giải thưởng", "")}},
		{"prize with its field", "tặng Giải thưởng Nhà nước về văn học nghệ thuật cho 12 tác giả",
			[]found{aw("Giải thưởng Nhà nước về văn học nghệ thuật", "Giải thưởng Nhà nước về văn học nghệ thuật", "Giải thưởng", "")}},
		{"bilateral order names its two countries", "trao Huân chương Hữu nghị Campuchia - Việt Nam cho Thiếu tướng An",
			[]found{aw("Huân chương Hữu nghị Campuchia - Việt Nam", "Huân chương Hữu nghị Campuchia - Việt Nam", "Huân chương", "")}},
		{"one country after a known name stays out", "trao Huân chương Hữu nghị Việt Nam tặng bạn bè",
			[]found{aw("Huân chương Hữu nghị", "Huân chương Hữu nghị", "Huân chương", "")}},
		{"foreign order named with a stop word", "trao Huân chương Tự do hạng Nhất của Nhà nước Lào",
			[]found{aw("Huân chương Tự do hạng Nhất", "Huân chương Tự do hạng Nhất", "Huân chương", "hạng Nhất")}},
		{"lower-case prize is any state's prize", "trao tặng giải thưởng nhà nước cho công dân nước ngoài", []found{}},
		{"contest rank is no prize", "Em đạt giải Nhất cuộc thi và giải quyết mọi việc.", []found{}},
		{"title after danh hiệu", "phong tặng danh hiệu Anh hùng lao động cho Tổng công ty",
			[]found{aw("Anh hùng lao động", "Anh hùng Lao động", "Danh hiệu", "")}},
		{"title after a conferring verb", "đề nghị phong tặng Anh hùng Lực lượng vũ trang nhân dân cho đơn vị",
			[]found{aw("Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng Lực lượng vũ trang nhân dân", "Danh hiệu", "")}},
		{"second title joined to a conferred one", "bà được phong NGƯT năm 2010 và NGND năm 2017",
			[]found{aw("NGƯT", "NGƯT", "Danh hiệu", ""), aw("NGND", "NGND", "Danh hiệu", "")}},
		{"titles parted by a comma head a list", "trao danh hiệu NSND, NSƯT lần thứ 10",
			[]found{aw("NSND", "NSND", "Danh hiệu", "")}},
		{"joined title used as address", "trao danh hiệu NSƯT cho ông Tư và NSND Thu Hà dự lễ", []found{aw("NSƯT", "NSƯT", "Danh hiệu", "")}},
		{"title as a form of address", "NSND Thu Hà và Anh hùng Lao động Nguyễn Văn Sáu dự lễ.", []found{}},
		{"quoted danh hiệu", "truy tặng danh hiệu ' Tuổi trẻ dũng cảm ' cho anh Sinh",
			[]found{aw("' Tuổi trẻ dũng cảm '", "Tuổi trẻ dũng cảm", "Danh hiệu", "")}},
		{"danh hiệu without a state title", "không biết con có đạt danh hiệu học sinh giỏi hay không", []found{}},
		{"sports medal", "Ánh Viên giành HCV và huy chương bạc.",
			[]found{{Kind: "award", Text: "HCV", Value: "Huy chương vàng", Type: "Huy chương", Sport: true},
				{Kind: "award", Text: "huy chương bạc", Value: "Huy chương bạc", Type: "Huy chương", Sport: true}}},
		{"party badge", "Bí thư Thành ủy trao Huy hiệu 40 năm tuổi Đảng cho đảng viên.",
			[]found{aw("Huy hiệu 40 năm tuổi Đảng", "Huy hiệu 40 năm tuổi Đảng", "Huy hiệu", "")}},
		{"party badges of several years", "trao Huy hiệu 50, 55 và 60 năm tuổi Đảng cho 20 đảng viên",
			[]found{aw("Huy hiệu 50", "Huy hiệu 50 năm tuổi Đảng", "Huy hiệu", ""),
				aw("55", "Huy hiệu 55 năm tuổi Đảng", "Huy hiệu", ""),
				aw("60 năm tuổi Đảng", "Huy hiệu 60 năm tuổi Đảng", "Huy hiệu", "")}},
		{"party badges of four years", "Huyện ủy trao Huy hiệu 70, 65, 45 và 30 năm tuổi Đảng cho các đảng viên.",
			[]found{aw("Huy hiệu 70", "Huy hiệu 70 năm tuổi Đảng", "Huy hiệu", ""),
				aw("65", "Huy hiệu 65 năm tuổi Đảng", "Huy hiệu", ""),
				aw("45", "Huy hiệu 45 năm tuổi Đảng", "Huy hiệu", ""),
				aw("30 năm tuổi Đảng", "Huy hiệu 30 năm tuổi Đảng", "Huy hiệu", "")}},
		{"Giải inside a capitalized name", "Báo Tiền Phong và báo Sài Gòn Giải Phóng tổ chức Lễ trao giải.", []found{}},
		{"Giải phóng is no prize", "Giải phóng mặt bằng xong trước tháng 6.", []found{}},
		{"a festival category without giải", "Phim đoạt ba giải; Nam diễn viên phụ xuất sắc thuộc về diễn viên Quốc Huy.",
			[]found{aw("Nam diễn viên phụ xuất sắc", "Nam diễn viên phụ xuất sắc", "Giải thưởng", "")}},
		{"a festival category in lower case after Giải", "Giải nữ diễn viên chính xuất sắc được trao cho diễn viên Thu Trang.",
			[]found{aw("Giải nữ diễn viên chính xuất sắc", "Giải nữ diễn viên chính xuất sắc", "Giải thưởng", "")}},
		{"the jury's special prize, conferred", "Hội đồng giám khảo còn trao Giải đặc biệt cho nhà quay phim Hàn Quốc Park Ji-hoon.",
			[]found{aw("Giải đặc biệt", "Giải đặc biệt", "Giải thưởng", "")}},
		{"the special prize named by its jury", "Bộ phim được trao Giải đặc biệt của Ban giám khảo.",
			[]found{aw("Giải đặc biệt của Ban giám khảo", "Giải đặc biệt của Ban giám khảo", "Giải thưởng", "")}},
		{"a lottery's top prize is no award", "Vé số trúng giải đặc biệt được bán ở Cần Thơ.", []found{}},
		{"a category without a conferral is no award", "Nữ diễn viên chính xuất sắc năm ngoái nay làm đạo diễn.", []found{}},
		{"long commemorative name", "tặng Kỷ niệm chương Vì sự nghiệp xây dựng Công an nhân dân cho anh Lực",
			[]found{aw("Kỷ niệm chương Vì sự nghiệp xây dựng Công an nhân dân", "Kỷ niệm chương Vì sự nghiệp xây dựng Công an nhân dân", "Kỷ niệm chương", "")}},
		{"tournament is no prize", "Đội giành chức vô địch Giải Bóng đá Vô địch Quốc gia.", []found{}},
		{"Nobel prize", "ông được trao giải Nobel Hòa bình năm 2009",
			[]found{aw("giải Nobel Hòa bình", "Giải Nobel Hòa bình", "Giải thưởng", "")}},
		{"decision", "Chủ tịch nước ký Quyết định số 1358/QĐ-CTN, tặng Huân chương Độc lập hạng Ba.",
			[]found{{Kind: "decision", Text: "Quyết định số 1358/QĐ-CTN", Value: "Quyết định số 1358/QĐ-CTN"},
				aw("Huân chương Độc lập hạng Ba", "Huân chương Độc lập hạng Ba", "Huân chương", "hạng Ba")}},
		{"decision without số", "theo quyết định 93 ngày 1/3", []found{{Kind: "decision", Text: "quyết định 93", Value: "Quyết định số 93"}}},
		{"NBSP between words", "tặng Huân\u00a0chương Lao động hạng Ba",
			[]found{aw("Huân\u00a0chương Lao động hạng Ba", "Huân chương Lao động hạng Ba", "Huân chương", "hạng Ba")}},
		{"zero-width space", "tặng Huân chương\u200b Hữu nghị",
			[]found{aw("Huân chương\u200b Hữu nghị", "Huân chương Hữu nghị", "Huân chương", "")}},
		{"unclosed quote", `trao Kỷ niệm chương "Vì sự nghiệp`, []found{aw("Kỷ niệm chương", "Kỷ niệm chương", "Kỷ niệm chương", "")}},
		{"prize whose name a verb ends", "Giải Biên kịch xuất sắc thuộc về nhà văn Lê Minh.",
			[]found{aw("Giải Biên kịch xuất sắc", "Giải Biên kịch xuất sắc", "Giải thưởng", "")}},
		{"issuer abbreviated with &", "nhận Bằng khen của Bộ trưởng Bộ GD&ĐT vì thành tích bồi dưỡng",
			[]found{aw("Bằng khen của Bộ trưởng Bộ GD&ĐT", "Bằng khen của Bộ trưởng Bộ GD&ĐT", "Bằng khen", "")}},
		{"issuer abbreviated with , and &", "được tặng Bằng khen của Bộ VH,TT&DL, Giấy khen của Sở",
			[]found{aw("Bằng khen của Bộ VH,TT&DL", "Bằng khen của Bộ VH,TT&DL", "Bằng khen", ""),
				aw("Giấy khen của Sở", "Giấy khen của Sở", "Giấy khen", "")}},
		{"a level of the emulation title", "công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho thầy Bảy",
			[]found{aw("Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cấp tỉnh", "Danh hiệu", "")}},
		{"the resistance order named in full", "ông được tặng Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhì, Huy hiệu 60 năm tuổi Đảng",
			[]found{aw("Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhì", "Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhì", "Huân chương", "hạng Nhì"),
				aw("Huy hiệu 60 năm tuổi Đảng", "Huy hiệu 60 năm tuổi Đảng", "Huy hiệu", "")}},
		{"counted sports medals", "đoàn giành 4 Huy chương Vàng, 2 Huy chương Bạc và 5 HCĐ",
			[]found{{Kind: "award", Text: "Huy chương Vàng", Value: "Huy chương vàng", Type: "Huy chương", Sport: true},
				{Kind: "award", Text: "Huy chương Bạc", Value: "Huy chương bạc", Type: "Huy chương", Sport: true},
				{Kind: "award", Text: "HCĐ", Value: "Huy chương đồng", Type: "Huy chương", Sport: true}}},
		{"a second class of the same order", "tặng Huân chương Chiến công hạng Nhất và hạng Ba cho hai đơn vị",
			[]found{aw("Huân chương Chiến công hạng Nhất", "Huân chương Chiến công hạng Nhất", "Huân chương", "hạng Nhất"),
				aw("hạng Ba", "Huân chương Chiến công hạng Ba", "Huân chương", "hạng Ba")}},
		{"a class list", "tặng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba",
			[]found{aw("Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhất", "Huân chương", "hạng Nhất"),
				aw("hạng Nhì", "Huân chương Lao động hạng Nhì", "Huân chương", "hạng Nhì"),
				aw("hạng Ba", "Huân chương Lao động hạng Ba", "Huân chương", "hạng Ba")}},
		{"bare classes after the first", "Bà được tặng Huân chương Kháng chiến hạng Nhất, Nhì, Ba và Huy hiệu 50 năm tuổi Đảng.",
			[]found{aw("Huân chương Kháng chiến hạng Nhất", "Huân chương Kháng chiến hạng Nhất", "Huân chương", "hạng Nhất"),
				aw("Nhì", "Huân chương Kháng chiến hạng Nhì", "Huân chương", "hạng Nhì"),
				aw("Ba", "Huân chương Kháng chiến hạng Ba", "Huân chương", "hạng Ba"),
				aw("Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 50 năm tuổi Đảng", "Huy hiệu", "")}},
		{"a bare number after a class is no class", "tặng Huân chương Lao động hạng Nhất, Ba Đình và 3 tập thể",
			[]found{aw("Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhất", "Huân chương", "hạng Nhất")}},
		{"the liberation front's order", "Anh được truy tặng Huân chương Chiến công giải phóng hạng Nhì.",
			[]found{aw("Huân chương Chiến công giải phóng hạng Nhì", "Huân chương Chiến công giải phóng hạng Nhì", "Huân chương", "hạng Nhì")}},
		{"a foreign order's grade", "Ông nhận Huân chương Bắc Đẩu Bội tinh hạng Sĩ quan từ Đại sứ.",
			[]found{aw("Huân chương Bắc Đẩu Bội tinh hạng Sĩ quan", "Huân chương Bắc Đẩu Bội tinh hạng Sĩ quan", "Huân chương", "hạng Sĩ quan")}},
		{"a foreign order named with và", "Bà được trao Huân chương Cành cọ và Học thuật hạng Hiệp sĩ năm ngoái.",
			[]found{aw("Huân chương Cành cọ và Học thuật hạng Hiệp sĩ", "Huân chương Cành cọ và Học thuật hạng Hiệp sĩ", "Huân chương", "hạng Hiệp sĩ")}},
		{"và before another award stays out of the name", "trao Huân chương Dũng sĩ và Huân chương Lao động hạng Ba",
			[]found{aw("Huân chương Dũng sĩ", "Huân chương Dũng sĩ", "Huân chương", ""),
				aw("Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba", "Huân chương", "hạng Ba")}},
		{"the fund of a prize is no prize", "Quỹ Giải thưởng Tạ Quang Bửu vừa công bố danh sách.", []found{}},
		{"the council of a prize is no prize", "Hội đồng Giải thưởng Hồ Chí Minh họp phiên cuối.", []found{}},
		{"a verb ends a prize's name", "Giải thưởng Sao Khuê tổ chức lễ trao giải tại Hà Nội.",
			[]found{aw("Giải thưởng Sao Khuê", "Giải thưởng Sao Khuê", "Giải thưởng", "")}},
		{"the emulation flag's older name", "đón nhận Cờ thi đua xuất sắc của Chính phủ",
			[]found{aw("Cờ thi đua xuất sắc của Chính phủ", "Cờ thi đua xuất sắc của Chính phủ", "Cờ thi đua", "")}},
		{"the emulation flag's older name alone", "Tỉnh tặng Cờ thi đua xuất sắc cho Sở Y tế.",
			[]found{aw("Cờ thi đua xuất sắc", "Cờ thi đua xuất sắc", "Cờ thi đua", "")}},
		{"a flag for a school year", "Trường nhận Cờ thi đua xuất sắc năm học 2023-2024.",
			[]found{aw("Cờ thi đua", "Cờ thi đua", "Cờ thi đua", "")}},
		{"a medal of one edition of the Games", "Kỳ thủ Lan đoạt HCV Asiad 20 ở nội dung cờ nhanh",
			[]found{{Kind: "award", Text: "HCV Asiad 20", Value: "Huy chương vàng Asiad 20", Type: "Huy chương", Sport: true}}},
		{"a medal of the Games held in a city", "anh giành Huy chương bạc Olympic Paris 2024",
			[]found{{Kind: "award", Text: "Huy chương bạc Olympic Paris 2024", Value: "Huy chương bạc Olympic Paris 2024", Type: "Huy chương", Sport: true}}},
		{"the Games counting medals are no name", "tấm HCB SEA Games thứ 5 của anh",
			[]found{{Kind: "award", Text: "HCB", Value: "Huy chương bạc", Type: "Huy chương", Sport: true}}},
		{"a film trophy without giải", "Bộ phim đoạt Cánh diều vàng năm nay.",
			[]found{aw("Cánh diều vàng", "Cánh diều Vàng", "Giải thưởng", "")}},
		{"a film trophy after giải", "Phim giành giải Bông sen bạc.",
			[]found{aw("Bông sen bạc", "Bông sen Bạc", "Giải thưởng", "")}},
		{"the flower is no trophy", "Hồ đầy bông sen vàng rực.", []found{}},
		{"a football trophy", "Quả bóng bạc nữ thuộc về tiền đạo Thu Hà.",
			[]found{aw("Quả bóng bạc nữ", "Quả bóng bạc nữ", "Giải thưởng", "")}},
		{"a title the State proclaims", "ông được Nhà nước tuyên dương Anh hùng Lực lượng vũ trang nhân dân",
			[]found{aw("Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng Lực lượng vũ trang nhân dân", "Danh hiệu", "")}},
		{"a round of presentations ends the name", "trao Huy hiệu Đảng đợt 7/11 cho đảng viên",
			[]found{aw("Huy hiệu Đảng", "Huy hiệu Đảng", "Huy hiệu", "")}},
		{"whom a prize is meant for ends its name", "bà nhận Giải thưởng Võ Trường Toản dành cho nhà giáo",
			[]found{aw("Giải thưởng Võ Trường Toản", "Giải thưởng Võ Trường Toản", "Giải thưởng", "")}},
		{"the United Nations' medal", "Các quân nhân nhận Huy chương Gìn giữ hòa bình của Liên hợp quốc.",
			[]found{aw("Huy chương Gìn giữ hòa bình của Liên hợp quốc", "Huy chương Gìn giữ hòa bình của Liên hợp quốc", "Huy chương", "")}},
		{"a hero of the renewal era", "ông được phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới vì thành tích",
			[]found{aw("Anh hùng Lao động thời kỳ đổi mới", "Anh hùng Lao động thời kỳ đổi mới", "Danh hiệu", "")}},
		{"a hero of the armed forces in the renewal era", "đơn vị được tuyên dương Anh hùng Lực lượng vũ trang nhân dân trong thời kỳ đổi mới.",
			[]found{aw("Anh hùng Lực lượng vũ trang nhân dân trong thời kỳ đổi mới", "Anh hùng Lực lượng vũ trang nhân dân trong thời kỳ đổi mới", "Danh hiệu", "")}},
		{"empty", "", []found{}},
		{"invalid UTF-8", "tặng \xff Huân chương Dũng cảm",
			[]found{aw("Huân chương Dũng cảm", "Huân chương Dũng cảm", "Huân chương", "")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extract(t, tt.text))
		})
	}
}

func TestNoSport(t *testing.T) {
	x, err := award.New(award.Config{NoSport: true})
	require.NoError(t, err)
	doc := &pipeline.Document{Text: "Ánh Viên giành HCV tại SEA Games."}
	es, err := x.Extract(context.Background(), doc)
	require.NoError(t, err)
	assert.Empty(t, es)
}

func TestFactory(t *testing.T) {
	x, err := award.Factory(json.RawMessage(`{"max_name_words":2}`))
	require.NoError(t, err)
	assert.Equal(t, award.Name, x.Name())
	doc := &pipeline.Document{Text: "trao giải Lãnh đạo vì phụ nữ toàn cầu cho bà"}
	es, err := x.Extract(context.Background(), doc)
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, "Giải Lãnh đạo", es[0].Value)

	_, err = award.Factory(json.RawMessage(`{"max_name_words":"many"}`))
	assert.Error(t, err)
}

func TestCanceled(t *testing.T) {
	x, err := award.New(award.Config{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = x.Extract(ctx, &pipeline.Document{Text: "tặng Huân chương Lao động"})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestGrammar(t *testing.T) {
	g := award.LinkGrammar()
	assert.True(t, g.Confer.Has("truy tặng"))
	assert.True(t, g.Receive.Has("đón nhận"))
	assert.True(t, g.Honorifics.Has("Thượng tướng"))
	assert.True(t, g.Roles.Has("Ủy viên"))
	assert.True(t, g.Orgs.Has("Tổng công ty"))
	assert.True(t, g.ListStops.Has("nhân dịp"))
	assert.True(t, g.NotVerbs.Has("trao đổi"))
	assert.False(t, g.Confer.Has("trao tặng bằng khen"), "Has wants the whole phrase")
	var nilSet *award.Phrases
	n, _ := nilSet.Match(nil, 0)
	assert.Zero(t, n)
}

// TestGolden runs the extractor over whole articles in testdata/*.txt and
// compares with testdata/*.json.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			require.NoError(t, err)
			got, err := json.MarshalIndent(extract(t, string(text)), "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".txt") + ".json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "go test ./extractors/award -run TestGolden -update")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`Thượng tướng Tô Lâm trao tặng Kỷ niệm chương "Bảo vệ An ninh Tổ quốc" cho các đồng chí lãnh đạo.`,
		"tặng Huân chương Lao động hạng Nhất, Bằng khen của Thủ tướng Chính phủ",
		"Quyết định số 1358/QĐ-CTN; giải Nobel Hòa bình; HCV; danh hiệu ' Anh hùng",
		"huy hiệu “", "Quyết định số 1/", "\xffgiải X", "hạng",
	} {
		f.Add(s)
	}
	x, err := award.New(award.Config{})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &pipeline.Document{Text: text}
		es, err := x.Extract(context.Background(), doc)
		require.NoError(t, err)
		last := 0
		for _, e := range es {
			require.True(t, 0 <= e.Span.Start && e.Span.Start < e.Span.End && e.Span.End <= len(text), "span %v out of %d", e.Span, len(text))
			require.GreaterOrEqual(t, e.Span.Start, last, "entities overlap or go backwards")
			last = e.Span.End
			require.Equal(t, e.Span.Of(text), e.Text)
			require.NotEmpty(t, e.Value)
			if utf8.ValidString(text) {
				require.True(t, utf8.ValidString(e.Value))
			}
			require.Equal(t, e.Kind == pipeline.KindAward, e.Award != nil)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("testdata/le-trao-tang.txt")
	require.NoError(b, err)
	x, err := award.New(award.Config{})
	require.NoError(b, err)
	doc := &pipeline.Document{Text: string(text)}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}
