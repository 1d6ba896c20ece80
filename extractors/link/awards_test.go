package link

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/award"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// awardDoc builds a document for the award linker from a test article: its
// first line lists the people ("people: Lê Văn Hùng=Hùng; Phạm Thị Lan"),
// each with the other forms the text names them by, and stands in for the
// person extractor; dates "ngày 3-10-2023" / "20/11/2024" stand in for the
// date extractor. Awards come from the real award extractor.
func awardDoc(t testing.TB, raw string) *pipeline.Document {
	t.Helper()
	header, text, _ := strings.Cut(raw, "\n")
	require.True(t, strings.HasPrefix(header, "people:"), "first line lists the people")
	doc := &pipeline.Document{Text: text}
	doc.Paragraphs, doc.Sentences = pipeline.Segment(text)
	x, err := award.New(award.Config{})
	require.NoError(t, err)
	es, err := x.Extract(context.Background(), doc)
	require.NoError(t, err)
	doc.Entities = append(es, testDates(text)...)
	pipeline.SortEntities(doc.Entities)
	for _, spec := range strings.Split(strings.TrimPrefix(header, "people:"), ";") {
		forms := strings.Split(strings.TrimSpace(spec), "=")
		if forms[0] == "" {
			continue
		}
		p := pipeline.Person{ID: "p" + strconv.Itoa(len(doc.People)+1), Name: forms[0]}
		// The longest form first: a mention holds the rank before the
		// name, as the people linker makes it.
		byLen := slices.Clone(forms)
		slices.SortStableFunc(byLen, func(a, b string) int { return len(b) - len(a) })
		for _, f := range byLen {
			for _, m := range wordIndex(text, f) {
				if !covered(p.Mentions, m) {
					p.Mentions = append(p.Mentions, m)
				}
			}
		}
		doc.People = append(doc.People, p)
	}
	return doc
}

func covered(ms []pipeline.Span, s pipeline.Span) bool {
	for _, m := range ms {
		if m.Overlaps(s) {
			return true
		}
	}
	return false
}

// wordIndex returns the spans of s in text that stand between word
// boundaries.
func wordIndex(text, s string) []pipeline.Span {
	re := regexp.MustCompile(`(^|[^\p{L}])(` + regexp.QuoteMeta(s) + `)($|[^\p{L}])`)
	var out []pipeline.Span
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, pipeline.Span{Start: m[4], End: m[5]})
	}
	return out
}

var testDate = regexp.MustCompile(`(\d{1,2})[-/](\d{1,2})[-/](\d{4})`)

func testDates(text string) []pipeline.Entity {
	var out []pipeline.Entity
	for _, m := range testDate.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		out = append(out, pipeline.Entity{
			Kind: pipeline.KindDate, Span: pipeline.Span{Start: m[0], End: m[1]}, Text: text[m[0]:m[1]],
			Value: text[m[6]:m[7]] + "-" + pad(mo) + "-" + pad(d), Date: &pipeline.DateInfo{Grain: pipeline.GrainDay},
		})
	}
	return out
}

func pad(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// TestAwardsGolden links the articles testdata/awards_*.txt, one per list
// shape, and compares the awards of their records with awards_*.json.
func TestAwardsGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/awards_*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(in)
			require.NoError(t, err)
			doc := awardDoc(t, string(raw))
			doc.Awards = linkAwards(doc)
			got, err := json.MarshalIndent(pipeline.NewRecord(doc).Awards, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".txt") + ".json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "go test ./extractors/link -run TestAwardsGolden -update")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

// recipients lists an award's recipients as "name" or "org:name".
func recipients(a pipeline.Award) []string {
	out := []string{}
	for _, r := range a.Recipients {
		if r.Organization != "" {
			out = append(out, "org:"+r.Organization)
			continue
		}
		out = append(out, r.Name)
	}
	return out
}

// TestAwardShapes checks one sentence per list shape: which award, who
// receives it, who presents it.
func TestAwardShapes(t *testing.T) {
	tests := []struct {
		name       string
		people     string
		text       string
		award      string
		recipients []string
		presenters []string
		decidedBy  string
		posthumous bool
	}{
		{"semicolon list with titles", "Lê Văn Nam; Trần Thị Hoa",
			"Bộ trưởng tặng Bằng khen cho các đồng chí: Lê Văn Nam, Trưởng phòng Tổ chức; Trần Thị Hoa, Phó Chánh Văn phòng.",
			"Bằng khen", []string{"Lê Văn Nam", "Trần Thị Hoa"}, nil, "Bộ trưởng", false},
		{"comma list with và", "Lê Văn Nam; Trần Thị Hoa; Đinh Công Sơn",
			"Chủ tịch tỉnh tặng Giấy khen cho Lê Văn Nam, Trần Thị Hoa và Đinh Công Sơn vì thành tích xuất sắc.",
			"Giấy khen", []string{"Lê Văn Nam", "Trần Thị Hoa", "Đinh Công Sơn"}, nil, "Chủ tịch tỉnh", false},
		{"titles before names", "Kim Seo-yeon; John Carter",
			"Chủ tịch nước trao tặng Huân chương Hữu nghị cho Đại sứ Hàn Quốc Kim Seo-yeon và Giám đốc quốc gia WB John Carter nhân dịp kết thúc nhiệm kỳ.",
			"Huân chương Hữu nghị", []string{"Kim Seo-yeon", "John Carter"}, nil, "Chủ tịch nước", false},
		{"passive with presenter", "Hà Văn Tuấn; Lý Quốc Minh",
			"Đại tá Hà Văn Tuấn được Thứ trưởng Lý Quốc Minh trao tặng Huân chương Chiến công hạng Nhất.",
			"Huân chương Chiến công hạng Nhất", []string{"Hà Văn Tuấn"}, []string{"p2"}, "", false},
		{"receiver before nhận, presenter after từ", "Lưu Đức Anh; Lâm Thị Yến",
			"Ông Lưu Đức Anh nhận Huân chương Lao động hạng Ba từ Phó Chủ tịch nước Lâm Thị Yến.",
			"Huân chương Lao động hạng Ba", []string{"Lưu Đức Anh"}, []string{"p2"}, "", false},
		{"active presenter and cho", "Trịnh Văn Quyết; Mạc Thị Lý",
			"Thượng tướng Trịnh Văn Quyết đã trao Kỷ niệm chương “Vì an ninh Tổ quốc” cho bà Mạc Thị Lý.",
			`Kỷ niệm chương "Vì an ninh Tổ quốc"`, []string{"Mạc Thị Lý"}, []string{"p1"}, "", false},
		{"posthumous direct object", "Phan Văn Lộc",
			"Chủ tịch nước truy tặng liệt sĩ Phan Văn Lộc Huân chương Dũng cảm.",
			"Huân chương Dũng cảm", []string{"Phan Văn Lộc"}, nil, "Chủ tịch nước", true},
		{"decided by do ... truy tặng", "Vi Văn Hậu",
			"Lễ trao Huân chương Bảo vệ Tổ quốc hạng Ba do Chủ tịch nước truy tặng thượng úy Vi Văn Hậu, người hy sinh khi làm nhiệm vụ.",
			"Huân chương Bảo vệ Tổ quốc hạng Ba", []string{"Vi Văn Hậu"}, nil, "Chủ tịch nước", true},
		{"organization", "",
			"Chính phủ tặng Cờ thi đua cho Công an tỉnh Hà Giang và Trường Đại học Kỹ thuật Hậu cần vì đã hoàn thành xuất sắc nhiệm vụ.",
			"Cờ thi đua", []string{"org:Công an tỉnh Hà Giang", "org:Trường Đại học Kỹ thuật Hậu cần"}, nil, "", false},
		{"unnamed group is no recipient", "",
			"Bộ trưởng tặng Bằng khen cho 13 nghệ sĩ và đại diện gia đình.",
			"Bằng khen", []string{}, nil, "Bộ trưởng", false},
		{"signer with the decision number", "Ngô Minh Châu",
			"Chủ tịch nước đã ký Quyết định số 77/QĐ-CTN ngày 2/3/2025 tặng Huân chương Dũng cảm cho đồng chí Ngô Minh Châu.",
			"Huân chương Dũng cảm", []string{"Ngô Minh Châu"}, nil, "Chủ tịch nước", false},
		{"presenter with an appositive", "Đỗ Văn Tâm; Hồ Thị Na",
			"Thiếu tướng Đỗ Văn Tâm, Phó Giám đốc Công an tỉnh, trao Bằng khen cho chị Hồ Thị Na.",
			"Bằng khen", []string{"Hồ Thị Na"}, []string{"p1"}, "", false},
		{"gồm các ông, bà", "Lê Văn Nam; Trần Thị Hoa",
			"Đảng bộ xã trao Huy hiệu 40 năm tuổi Đảng cho 2 đảng viên, gồm các ông, bà: Lê Văn Nam và Trần Thị Hoa.",
			"Huy hiệu 40 năm tuổi Đảng", []string{"Lê Văn Nam", "Trần Thị Hoa"}, nil, "Đảng bộ xã", false},
		{"a task team", "",
			"Giám đốc Công an tỉnh tặng Giấy khen cho Tổ công tác 141 vì đã bắt giữ đối tượng.",
			"Giấy khen", []string{"org:Tổ công tác 141"}, nil, "Giám đốc Công an tỉnh", false},
		{"a prize goes to someone", "Lê Minh",
			"Giải Biên kịch xuất sắc thuộc về nhà văn Lê Minh.",
			"Giải Biên kịch xuất sắc", []string{"Lê Minh"}, nil, "", false},
		{"the team of a named coach wins", "Park Min-ho",
			"Đội tuyển nữ Hàn Quốc của HLV Park Min-ho giành Huy chương bạc.",
			"Huy chương bạc", []string{"org:Đội tuyển nữ Hàn Quốc"}, nil, "", false},
		{"a long lower-case team name before its country", "",
			"Chiều qua, đội tuyển bóng chuyền nữ Việt Nam giành Huy chương vàng.",
			"Huy chương vàng", []string{"org:đội tuyển bóng chuyền nữ Việt Nam"}, nil, "", false},
		{"occupations before names", "Lê Văn Nam; Trần Thị Hoa",
			"Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho vận động viên Lê Văn Nam và huấn luyện viên Trần Thị Hoa.",
			"Huân chương Lao động hạng Nhì", []string{"Lê Văn Nam", "Trần Thị Hoa"}, nil, "Chủ tịch nước", false},
		{"military unit with a number", "",
			"Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Tiểu đoàn 5 và Hải đội 2.",
			"Anh hùng Lực lượng vũ trang nhân dân", []string{"org:Tiểu đoàn 5", "org:Hải đội 2"}, nil, "Chủ tịch nước", false},
		{"capitalized stop word inside a title", "Lê Văn Hạnh",
			"Thủ tướng tặng Bằng khen cho Trung tá Lê Văn Hạnh, Phó Trưởng Công an huyện Ba Vì, người đã dũng cảm cứu 3 em nhỏ.",
			"Bằng khen", []string{"Lê Văn Hạnh"}, nil, "Thủ tướng", false},
		{"presenter of two joined verbs", "Hoàng Xuân Chiến; Lê Hữu Thành",
			"Thượng tướng Hoàng Xuân Chiến đã trao Quyết định và gắn Huân chương Quân công hạng Ba cho Trung tướng Lê Hữu Thành.",
			"Huân chương Quân công hạng Ba", []string{"Lê Hữu Thành"}, []string{"p1"}, "", false},
		{"organization that opens with a family name", "",
			"Tỉnh đoàn tặng Bằng khen cho Đoàn Thanh niên Công an tỉnh và Hội Liên hiệp Thanh niên huyện.",
			"Bằng khen", []string{"org:Đoàn Thanh niên Công an tỉnh", "org:Hội Liên hiệp Thanh niên huyện"}, nil, "Tỉnh đoàn", false},
		{"pronoun subject", "Trần Đại Nghĩa",
			"Ông Trần Đại Nghĩa là nhà khoa học đầu ngành. Năm 1966, ông được phong tặng danh hiệu Anh hùng Lao động.",
			"Anh hùng Lao động", []string{"Trần Đại Nghĩa"}, nil, "", false},
		{"count then là and names", "Lý Văn Dũng; Hầu A Páo",
			"UBND tỉnh tặng Bằng khen cho 2 cá nhân là anh Lý Văn Dũng và anh Hầu A Páo.",
			"Bằng khen", []string{"Lý Văn Dũng", "Hầu A Páo"}, nil, "UBND tỉnh", false},
		{"signer of the decision", "Ngô Minh Châu",
			"Bộ trưởng Bộ Công an đã ký Quyết định tặng Bằng khen cho đồng chí Ngô Minh Châu.",
			"Bằng khen", []string{"Ngô Minh Châu"}, nil, "Bộ trưởng Bộ Công an", false},
		{"list after gồm", "",
			"Tập thể được tặng Bằng khen gồm Phòng Cảnh sát hình sự và Đồn Biên phòng Tà Lùng.",
			"Bằng khen", []string{"org:Phòng Cảnh sát hình sự", "org:Đồn Biên phòng Tà Lùng"}, nil, "", false},
		{"named among a counted group", "Lò Thị Mai; Vũ Đình Khang",
			"Năm nay, 42 nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Ưu tú, trong đó có ca sĩ Lò Thị Mai và đạo diễn Vũ Đình Khang.",
			"Nghệ sĩ Ưu tú", []string{"Lò Thị Mai", "Vũ Đình Khang"}, nil, "", false},
		{"named among the group after cho", "",
			"Chủ tịch UBND tỉnh tặng Bằng khen cho 7 hợp tác xã tiêu biểu, trong đó có Hợp tác xã Chè Tân Cương.",
			"Bằng khen", []string{"org:Hợp tác xã Chè Tân Cương"}, nil, "Chủ tịch UBND tỉnh", false},
		{"ranked names joined by và after titles", "Hà Minh Đức=Thượng tá Hà Minh Đức; Lê Thị Thoa=Trung tá Lê Thị Thoa",
			"Giám đốc đã trao Giấy khen cho Thượng tá Hà Minh Đức, Trưởng phòng Tham mưu và Trung tá Lê Thị Thoa, Phó Trưởng phòng Hậu cần vì thành tích xuất sắc.",
			"Giấy khen", []string{"Hà Minh Đức", "Lê Thị Thoa"}, nil, "Giám đốc", false},
		{"run of years between subject and verb", "",
			"Habeco 5 năm liên tiếp nhận Giải thưởng Chất lượng Quốc gia.",
			"Giải thưởng Chất lượng Quốc gia", []string{"org:Habeco"}, nil, "", false},
		{"the defendant named before", "Đỗ Văn Tài",
			"Bị cáo Đỗ Văn Tài khai nhận hành vi. Theo luật sư bào chữa, bị cáo từng được tặng Bằng khen của UBND tỉnh Nam Định.",
			"Bằng khen của UBND tỉnh Nam Định", []string{"Đỗ Văn Tài"}, nil, "", false},
		{"national team in lower case", "",
			"Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho đội tuyển bóng đá nữ quốc gia vì thành tích xuất sắc.",
			"Huân chương Lao động hạng Nhì", []string{"org:đội tuyển bóng đá nữ quốc gia"}, nil, "Chủ tịch nước", false},
		{"organization named in full elsewhere", "",
			"Công an tỉnh Quảng Trị tổng kết năm. Dịp này, Chủ tịch nước tặng Huân chương Chiến công hạng Nhì cho Công an tỉnh.",
			"Huân chương Chiến công hạng Nhì", []string{"org:Công an tỉnh Quảng Trị"}, nil, "Chủ tịch nước", false},
		{"organization name with a dash", "",
			"Bộ trưởng trao Bằng khen cho Trường Điện - Điện tử và Trường Cơ khí vì thành tích đào tạo.",
			"Bằng khen", []string{"org:Trường Điện - Điện tử", "org:Trường Cơ khí"}, nil, "Bộ trưởng", false},
		{"lower-case appositive between commas", "Trương Minh Hiếu",
			"GS Trương Minh Hiếu, cựu sinh viên của trường, được trao Kỷ niệm chương “Vì sự nghiệp giáo dục”.",
			`Kỷ niệm chương "Vì sự nghiệp giáo dục"`, []string{"Trương Minh Hiếu"}, nil, "", false},
		{"team in lower case before a place", "",
			"Chiều nay, đoàn thể thao Thái Lan giành Huy chương vàng nội dung tiếp sức.",
			"Huy chương vàng", []string{"org:đoàn thể thao Thái Lan"}, nil, "", false},
		{"bare unit named in full before", "",
			"Lữ đoàn 146 kỷ niệm 60 năm thành lập. Lữ đoàn hai lần được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
			"Anh hùng Lực lượng vũ trang nhân dân", []string{"org:Lữ đoàn 146"}, nil, "", false},
		{"former offices before a foreign name", "Kaysone Sengdara",
			"Chủ tịch nước trao Huân chương Hồ Chí Minh tặng nguyên Tổng Bí thư, nguyên Chủ tịch nước Lào Kaysone Sengdara.",
			"Huân chương Hồ Chí Minh", []string{"Kaysone Sengdara"}, nil, "Chủ tịch nước", false},
		{"named among a group after được trao cho", "Lý Thu Sa; Đàm Văn Khiêm",
			"Giải thưởng Nhà nước về văn học, nghệ thuật được trao cho 96 tác giả, trong đó có nhà văn Lý Thu Sa và họa sĩ Đàm Văn Khiêm.",
			"Giải thưởng Nhà nước về văn học, nghệ thuật", []string{"Lý Thu Sa", "Đàm Văn Khiêm"}, nil, "", false},
		{"pronoun opening the sentence", "Hà Quang Vũ",
			"Đại úy Hà Quang Vũ công tác tại Đồn Biên phòng Săm Khóe. Ông từng được Chủ tịch nước tặng Huân chương Chiến công hạng Ba.",
			"Huân chương Chiến công hạng Ba", []string{"Hà Quang Vũ"}, nil, "Chủ tịch nước", false},
		{"the dead and the living in one verb", "Đào Thị Xuân",
			"Nhạc sĩ Đào Thị Xuân sinh ở Huế. Năm 2017, bà là một trong các tác giả được truy tặng, tặng Giải thưởng Nhà nước về văn học, nghệ thuật.",
			"Giải thưởng Nhà nước về văn học, nghệ thuật", []string{"Đào Thị Xuân"}, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := awardDoc(t, "people: "+tt.people+"\n"+tt.text)
			awards := linkAwards(doc)
			require.Len(t, awards, 1)
			a := awards[0]
			assert.Equal(t, "a1", a.ID)
			assert.Equal(t, tt.award, a.Name)
			assert.Equal(t, tt.recipients, recipients(a))
			assert.Equal(t, tt.presenters, a.PresentedBy)
			assert.Equal(t, tt.decidedBy, a.DecidedBy)
			assert.Equal(t, tt.posthumous, a.Posthumous)
			for _, r := range a.Recipients {
				if r.Organization == "" && tt.people != "" {
					assert.NotEmpty(t, r.Person, "%s should link to a person", r.Name)
				}
			}
		})
	}
}

// TestAwardFormerOffice checks that a former office between the name and
// the verb leaves the person, not the office's organization, the subject.
func TestAwardFormerOffice(t *testing.T) {
	raw := "people: Đào Văn Khải\nCùng dịp, ông Đào Văn Khải, nguyên Chủ tịch UBND huyện, được trao Huy hiệu 50 năm tuổi Đảng."
	doc := awardDoc(t, raw)
	title := wordIndex(doc.Text, "Chủ tịch UBND huyện")
	require.Len(t, title, 1)
	doc.Entities = append(doc.Entities, pipeline.Entity{Kind: pipeline.KindTitle, Span: title[0], Text: title[0].Of(doc.Text)})
	pipeline.SortEntities(doc.Entities)
	awards := linkAwards(doc)
	require.Len(t, awards, 1)
	assert.Equal(t, []string{"Đào Văn Khải"}, recipients(awards[0]))
}

// TestAwardHopes checks that an award hoped for, aimed at or only
// proposed to an authority is not given.
func TestAwardHopes(t *testing.T) {
	for _, text := range []string{
		"Nhà văn Lê Mai nói chị hy vọng một ngày sẽ được nhận Giải thưởng Nhà nước.",
		"UBND tỉnh đề nghị Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh Tô Văn Hải.",
		"\"Tôi muốn giành thêm huy chương vàng cho Tổ quốc\", Lan nói.",
		"Hai chiến sĩ được đề nghị tặng Bằng khen của Bộ trưởng Bộ Quốc phòng.",
		"Sở Nội vụ đã đề nghị tặng Giấy khen cho tổ trực ban.",
		"Tỉnh đã đề nghị Thủ tướng Chính phủ xem xét khen thưởng và tặng Bằng khen cho ông Hà Văn Tư.",
		"Đội tuyển đặt mục tiêu giành Huy chương Vàng tại SEA Games.",
		"Cả xã phấn đấu đạt danh hiệu Anh hùng Lao động trong năm tới.",
		"Sở cho biết sẽ đề nghị tặng Bằng khen cho tổ cứu hộ.",
		"Xã Tân Lập cũng đề nghị tặng Giấy khen cho anh Vũ Văn Tiến.",
	} {
		t.Run(text, func(t *testing.T) {
			doc := awardDoc(t, "people:\n"+text)
			assert.Empty(t, linkAwards(doc))
		})
	}
}

// TestAwardProposalNamedAsGiven checks that "đề nghị tặng thưởng" with no
// authority asked names an award as given, and that a name holding
// "Nghị" is no proposal.
func TestAwardProposalNamedAsGiven(t *testing.T) {
	doc := awardDoc(t, "people: Đỗ Văn Quế; Phạm Đình Nghị\nNăm 2015, ông Đỗ Văn Quế được Chủ tịch UBND tỉnh Phạm Đình Nghị tặng Bằng khen.")
	awards := linkAwards(doc)
	require.Len(t, awards, 1)
	assert.Equal(t, []string{"Đỗ Văn Quế"}, recipients(awards[0]))
	doc = awardDoc(t, "people:\nHồ sơ đề nghị tặng thưởng Huân chương Lao động cho Tổng công ty Sông Đà đã được rà soát.")
	awards = linkAwards(doc)
	require.Len(t, awards, 1)
	assert.Equal(t, []string{"org:Tổng công ty Sông Đà"}, recipients(awards[0]))
}

// TestAwardOrganizationEndingWithAName checks that a name the person
// extractor took for a person may end an organization in a list.
func TestAwardOrganizationEndingWithAName(t *testing.T) {
	doc := awardDoc(t, "people: Thạch Hương\nUBND tỉnh tặng Bằng khen cho Công ty cổ phần Thép Hà Tĩnh, Hợp tác xã Nông nghiệp Thạch Hương và Trường Tiểu học Cẩm Bình.")
	awards := linkAwards(doc)
	require.Len(t, awards, 1)
	assert.Equal(t, []string{"org:Công ty cổ phần Thép Hà Tĩnh", "org:Hợp tác xã Nông nghiệp Thạch Hương", "org:Trường Tiểu học Cẩm Bình"},
		recipients(awards[0]))
}

// TestAwardOccasionIsNoSubject checks that the organization a ceremony
// celebrates is not the one receiving.
func TestAwardOccasionIsNoSubject(t *testing.T) {
	doc := awardDoc(t, "people:\nCông an tỉnh Sơn La tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân và đón nhận Huân chương Chiến công hạng Nhất.")
	awards := linkAwards(doc)
	require.Len(t, awards, 1)
	assert.NotContains(t, recipients(awards[0]), "org:Công an nhân dân")
}

// TestAwardSeries checks sentences that confer several awards.
func TestAwardSeries(t *testing.T) {
	tests := []struct {
		name   string
		people string
		text   string
		want   map[string][]string // award name -> recipients
	}{
		{"one verb, a list of awards", "Nguyễn Văn Thành",
			"Đồng chí Nguyễn Văn Thành đã được Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Nhất, Huân chương Kháng chiến hạng Nhất, Huy hiệu 60 năm tuổi Đảng và nhiều phần thưởng cao quý khác.",
			map[string][]string{
				"Huân chương Độc lập hạng Nhất":     {"Nguyễn Văn Thành"},
				"Huân chương Kháng chiến hạng Nhất": {"Nguyễn Văn Thành"},
				"Huy hiệu 60 năm tuổi Đảng":         {"Nguyễn Văn Thành"},
			}},
		{"one list per award", "Lê Văn An; Trần Thị Bích",
			"Chủ tịch nước quyết định tặng thưởng Huân chương Lao động hạng Nhì cho ông Lê Văn An; Huân chương Lao động hạng Ba cho bà Trần Thị Bích.",
			map[string][]string{
				"Huân chương Lao động hạng Nhì": {"Lê Văn An"},
				"Huân chương Lao động hạng Ba":  {"Trần Thị Bích"},
			}},
		{"second award after a semicolon keeps the presenter", "Lê Văn An; Trần Thị Bích; Vũ Quang",
			"Ngày 4/5/2025, Đại tướng Vũ Quang trao Huân chương Quân công hạng Ba cho ông Lê Văn An; Huân chương Chiến công hạng Nhất cho bà Trần Thị Bích.",
			map[string][]string{
				"Huân chương Quân công hạng Ba":    {"Lê Văn An"},
				"Huân chương Chiến công hạng Nhất": {"Trần Thị Bích"},
			}},
		{"two awards, one list", "Lê Văn An",
			"Bộ trưởng trao Kỷ niệm chương “Vì an ninh Tổ quốc” và Bằng khen cho ông Lê Văn An.",
			map[string][]string{
				`Kỷ niệm chương "Vì an ninh Tổ quốc"`: {"Lê Văn An"},
				"Bằng khen": {"Lê Văn An"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			awards := linkAwards(awardDoc(t, "people: "+tt.people+"\n"+tt.text))
			got := map[string][]string{}
			for _, a := range awards {
				got[a.Name] = recipients(a)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAwardCount(t *testing.T) {
	doc := awardDoc(t, "people:\nBộ trưởng tặng Bằng khen cho 5 tập thể và 10 cá nhân có thành tích xuất sắc.")
	awards := linkAwards(doc)
	require.Len(t, awards, 1)
	require.NotNil(t, awards[0].Count)
	assert.Equal(t, pipeline.RecipientCount{Collectives: 5, Individuals: 10}, *awards[0].Count)
	assert.Empty(t, awards[0].Recipients)
}

// FuzzLinkAwards links arbitrary text with two known people: no panic,
// ids in order, spans in range, no empty recipient.
func FuzzLinkAwards(f *testing.F) {
	for _, s := range []string{
		"Bộ trưởng tặng Bằng khen cho các đồng chí: Lê Văn Nam, Trưởng phòng; Trần Thị Hoa.",
		"Ông A nhận huân chương từ (Bà B. được tặng Huân chương Lao động hạng Ba cho:\n1. \n- X",
		"truy tặng danh hiệu ' Tuổi trẻ ' cho Hoa, ; và cho 3 tập thể, gồm: Công an (CA)",
		"Năm 2010, ông được tặng Huân chương Lao động hạng Ba; Huân chương Chiến công hạng Nhất cho 2 cá nhân là anh Nam.\n1) Bà Hoa;\n- Ông Nam.",
		"cho biết: \"khi nhận giấy khen\" ; Thừa ủy quyền của , trao",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := awardDoc(t, "people: Lê Văn Nam; Trần Thị Hoa=Hoa\n"+text)
		awards := linkAwards(doc)
		for i, a := range awards {
			require.Equal(t, "a"+strconv.Itoa(i+1), a.ID)
			require.NotEmpty(t, a.Name)
			require.NotEmpty(t, a.Mentions)
			for _, m := range a.Mentions {
				require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(doc.Text))
			}
			for _, r := range a.Recipients {
				require.True(t, r.Name != "" || r.Organization != "", "empty recipient")
				if r.Person != "" {
					require.True(t, hasPerson(doc, r.Person), "recipient %s is no person", r.Person)
				}
			}
			for _, p := range a.PresentedBy {
				require.True(t, hasPerson(doc, p), "presenter %s is no person", p)
			}
		}
	})
}

// benchDoc joins every golden article of testdata into one long award
// article, as a ceremony report with many lists is.
func benchDoc(b *testing.B) *pipeline.Document {
	files, err := filepath.Glob("testdata/awards_*.txt")
	require.NoError(b, err)
	var people, body []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(b, err)
		header, text, _ := strings.Cut(string(raw), "\n")
		if p := strings.TrimSpace(strings.TrimPrefix(header, "people:")); p != "" {
			people = append(people, p)
		}
		body = append(body, text)
	}
	return awardDoc(b, "people: "+strings.Join(people, "; ")+"\n"+strings.Join(body, "\n"))
}

func hasPerson(doc *pipeline.Document, id string) bool {
	for _, p := range doc.People {
		if p.ID == id {
			return true
		}
	}
	return false
}

func BenchmarkLinkAwards(b *testing.B) {
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		linkAwards(doc)
	}
}

// BenchmarkAwardsEndToEnd runs the award extractor and the award linker.
func BenchmarkAwardsEndToEnd(b *testing.B) {
	doc := benchDoc(b)
	x, err := award.New(award.Config{})
	require.NoError(b, err)
	ctx := context.Background()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(ctx, doc); err != nil {
			b.Fatal(err)
		}
		linkAwards(doc)
	}
}

// TestTokenLookup checks the galloping token look-ups against a plain
// scan at every byte of texts whose tokens spread unevenly.
func TestTokenLookup(t *testing.T) {
	for _, text := range []string{
		"",
		"A",
		"Ông Lê Văn Nam nhận Huân chương Lao động hạng Ba.",
		strings.Repeat(" ", 300) + "Bằng khen" + strings.Repeat(" ", 40) + "cho anh Sáu, chị Hoa.",
		"Dài" + strings.Repeat("ngoằngngoằng", 30) + " x y z " + strings.Repeat("a ", 80),
	} {
		r := &awardReader{doc: &pipeline.Document{Text: text}, toks: scan.Tokens(text, nil)}
		for pos := -1; pos <= len(text)+1; pos++ {
			wantEnd, wantStart := len(r.toks), len(r.toks)
			for i := len(r.toks) - 1; i >= 0; i-- {
				if r.toks[i].End > pos {
					wantEnd = i
				}
				if r.toks[i].Start >= pos {
					wantStart = i
				}
			}
			require.Equal(t, wantEnd, r.tokenEndingAfter(pos), "ending after %d in %q", pos, text)
			require.Equal(t, wantStart, r.tokenStartingAt(pos), "starting at %d in %q", pos, text)
		}
	}
}

// TestPersonCovering checks the search for the mention covering a token
// against the per-token table it replaces, mentions overlapping included.
func TestPersonCovering(t *testing.T) {
	r := &awardReader{toks: make([]scan.Token, 30)}
	for _, se := range [][2]int{{1, 4}, {2, 3}, {6, 7}, {6, 9}, {8, 12}, {20, 21}} {
		r.persons = append(r.persons, nameSpan{start: se[0], end: se[1]})
		r.longest = max(r.longest, se[1]-se[0])
	}
	for i := -1; i <= len(r.toks); i++ {
		want := -1
		for k, p := range r.persons {
			if p.start <= i && i < p.end {
				want = k
				break
			}
		}
		assert.Equal(t, want, r.personCovering(i), "token %d", i)
	}
}

func TestNameWords(t *testing.T) {
	r := &awardReader{}
	for _, name := range []string{
		"Lê Văn Nam", "Nguyễn  Thị Ánh", " Y Thanh Hà Niê Kđăm ", "Đặng\u00a0Hoa", "Ông\tBa", "Một", "ĐỖ MƯỜI",
		"Giàng\u1680A Páo", "Lò Văn Puôn\u3000",
	} {
		fields := strings.Fields(strings.ToLower(name))
		given, ok := r.givenName(name)
		if assert.Equal(t, len(fields) >= 2, ok, name) && ok {
			assert.Equal(t, fields[len(fields)-1], string(given), name)
		}
	}
}

func TestSharesName(t *testing.T) {
	text := "Trao cho anh Nguyễn Văn An, chị HOA và Ban Nam."
	doc := &pipeline.Document{Text: text}
	r := &awardReader{doc: doc, toks: scan.Tokens(text, nil)}
	at := func(w string) (int, int) {
		i := strings.Index(text, w)
		return r.tokenRange(pipeline.Span{Start: i, End: i + len(w)})
	}
	for _, c := range []struct {
		mention, name string
		want          bool
	}{
		{"Nguyễn Văn An", "Nguyễn Văn An", true},
		{"An", "Trần Văn An", true},
		{"HOA", "Phạm Thị Hoa", true}, // by letter case only
		{"An", "Nguyễn Văn Anh", false},
		{"Ban Nam", "Lê Văn Ban", true},
		{"Nam", "Lê Nam Hà", true},
		{"Nam", "Lê NamHà", false},
	} {
		s, e := at(c.mention)
		assert.Equal(t, c.want, r.sharesName(s, e, c.name), "%s in %s", c.mention, c.name)
	}
}

func TestFoldName(t *testing.T) {
	for _, s := range []string{
		"Huân chương Lao động hạng Nhất", `Huy hiệu "Tuổi trẻ dũng cảm"`, "  Bằng  khen ", "Danh hiệu “Anh hùng”",
		"Cờ\u00a0thi đua", "Giải\tthưởng", "Kỷ niệm chương «Vì sự nghiệp»", "",
	} {
		want := strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if strings.ContainsRune("\"'“”‘’«»", r) {
				return ' '
			}
			return r
		}, strings.ToLower(s))), " ")
		assert.Equal(t, want, foldName(s), s)
	}
}

// TestAwardListsAcrossSentences checks recipients that ceremony reports
// list away from the award: in the sentences after it, after "Trong số",
// behind forms of address and in organizations with "và" or commas.
func TestAwardListsAcrossSentences(t *testing.T) {
	tests := []struct {
		name, people, text string
		awards             map[string][]string // award name -> recipients
	}{
		{"list sentences and bullets after the award", "Lê Thị Mai; Đỗ Văn Bình",
			"Bộ trưởng Bộ Y tế tặng Bằng khen cho 2 tập thể và 2 cá nhân. Các tập thể được khen thưởng gồm: Viện Pasteur Nha Trang, Bệnh viện Nhi Trung ương. Các cá nhân được khen thưởng gồm:\n- TS.BS Lê Thị Mai, Phó Viện trưởng;\n- ThS Đỗ Văn Bình.",
			map[string][]string{"Bằng khen": {"org:Viện Pasteur Nha Trang", "org:Bệnh viện Nhi Trung ương", "Lê Thị Mai", "Đỗ Văn Bình"}}},
		{"và inside an organization", "",
			"UBND tỉnh tặng Cờ thi đua cho Sở Tài nguyên và Môi trường và Công an huyện Mộc Châu.",
			map[string][]string{"Cờ thi đua": {"org:Sở Tài nguyên và Môi trường", "org:Công an huyện Mộc Châu"}}},
		{"punctuation inside an organization", "Hà Văn Lâm",
			"Giám đốc Công an tỉnh tặng Giấy khen cho Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ và Thiếu tá Hà Văn Lâm.",
			map[string][]string{"Giấy khen": {"org:Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Hà Văn Lâm"}}},
		{"tập thể and cá nhân", "Vàng A Chứ",
			"Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể Đồn Biên phòng Pa Tần và cá nhân anh Vàng A Chứ.",
			map[string][]string{"Bằng khen": {"org:Đồn Biên phòng Pa Tần", "Vàng A Chứ"}}},
		{"đồng chí stands for the person", "Hà Thị Khiết",
			"Đồng chí Hà Thị Khiết sinh năm 1950. Với những đóng góp đó, đồng chí được Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Nhì.",
			map[string][]string{"Huân chương Độc lập hạng Nhì": {"Hà Thị Khiết"}}},
		{"a long presenter in the passive", "Lê Thị Hằng; Nguyễn Văn Dũng",
			"Vận động viên Lê Thị Hằng được Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Dũng tặng Bằng khen.",
			map[string][]string{"Bằng khen": {"Lê Thị Hằng"}}},
		{"được trao cho after the award", "Đinh Văn Tú",
			"Giải thưởng Nhà nước về khoa học và công nghệ được trao cho PGS.TS Đinh Văn Tú.",
			map[string][]string{"Giải thưởng Nhà nước về khoa học và công nghệ": {"Đinh Văn Tú"}}},
		{"Trong số ... có", "Lan Hương; Kim Tử Long",
			"Trong số những người được phong tặng danh hiệu Nghệ sĩ Ưu tú lần này có diễn viên Lan Hương và nghệ sĩ cải lương Kim Tử Long.",
			map[string][]string{"Nghệ sĩ Ưu tú": {"Lan Hương", "Kim Tử Long"}}},
		{"a short form joins the full name", "Quang Thọ",
			"Lễ trao tặng danh hiệu Nghệ sĩ Nhân dân diễn ra tại Hà Nội. Chủ tịch nước phong tặng danh hiệu NSND cho ca sĩ Quang Thọ.",
			map[string][]string{"Nghệ sĩ Nhân dân": {"Quang Thọ"}}},
		{"a headline without class joins the first classed award", "Lò Văn Sinh",
			"Trao Huân chương Chiến công cho lực lượng phá án\nBộ trưởng trao Huân chương Chiến công hạng Nhất cho Phòng Cảnh sát hình sự và Huân chương Chiến công hạng Ba cho Đại úy Lò Văn Sinh.",
			map[string][]string{"Huân chương Chiến công hạng Nhất": {"org:Phòng Cảnh sát hình sự"}, "Huân chương Chiến công hạng Ba": {"Lò Văn Sinh"}}},
		{"a name that begins another joins it", "Lê Văn Tám",
			"GS Lê Văn Tám nhận Giải thưởng Hồ Chí Minh\nChủ tịch nước trao Giải thưởng Hồ Chí Minh về khoa học và công nghệ cho GS Lê Văn Tám.",
			map[string][]string{"Giải thưởng Hồ Chí Minh về khoa học và công nghệ": {"Lê Văn Tám"}}},
		{"a name after TP is a place", "Lê Văn Tám; Hồ Chí Minh",
			"Bộ trưởng tặng Bằng khen cho ông Lê Văn Tám, Giám đốc Sở Y tế TP Hồ Chí Minh.",
			map[string][]string{"Bằng khen": {"Lê Văn Tám"}}},
		{"an organization after a title is the title's", "Phạm Văn Hòa",
			"Chủ tịch nước trao Huân chương Lao động hạng Nhì cho GS Phạm Văn Hòa, nguyên Phó Trưởng khoa Khoa Y, Trường Đại học Y Dược Cần Thơ.",
			map[string][]string{"Huân chương Lao động hạng Nhì": {"Phạm Văn Hòa"}}},
		{"ở ends an item", "Y Khiêm Niê; Lò Thị Puôn",
			"Bộ trưởng trao Bằng khen cho thầy Y Khiêm Niê và cô giáo Lò Thị Puôn ở tỉnh Sơn La.",
			map[string][]string{"Bằng khen": {"Y Khiêm Niê", "Lò Thị Puôn"}}},
		{"units in a list parted by semicolons", "",
			"Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Tiểu đoàn 4, Trung đoàn 88; Đại đội 2, Tiểu đoàn 7 và Công an huyện Củ Chi.",
			map[string][]string{"Huân chương Chiến công hạng Ba": {"org:Tiểu đoàn 4, Trung đoàn 88", "org:Đại đội 2, Tiểu đoàn 7", "org:Công an huyện Củ Chi"}}},
		{"the list two paragraphs on", "Nguyễn Văn Trỗi; Võ Thị Thắng",
			"Chủ tịch nước phong tặng danh hiệu Anh hùng LLVTND cho 5 tập thể và 2 cá nhân.\nCác tập thể được phong tặng gồm: Tiểu đoàn 4; Công an huyện Củ Chi.\nTrong số 2 cá nhân, có 2 liệt sĩ được truy tặng: Nguyễn Văn Trỗi và Võ Thị Thắng.\nLễ trao tặng diễn ra tại Hà Nội.",
			map[string][]string{"Anh hùng LLVTND": {"org:Tiểu đoàn 4", "org:Công an huyện Củ Chi", "Nguyễn Văn Trỗi", "Võ Thị Thắng"}}},
		{"the name written out wins over the short form", "Lê Văn Sáu",
			"Phong tặng danh hiệu Anh hùng LLVTND\nChủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho ông Lê Văn Sáu.",
			map[string][]string{"Anh hùng Lực lượng vũ trang nhân dân": {"Lê Văn Sáu"}}},
		{"a pronoun skips a person addressed otherwise", "Trà Giang; Dịu",
			"NSND Trà Giang sinh năm 1942. Năm 1973, với vai chị Dịu, bà đoạt Huy chương vàng.",
			map[string][]string{"Huy chương vàng": {"Trà Giang"}}},
		{"a pronoun opens a clause joined by và", "Trà Giang",
			"NSND Trà Giang sinh năm 1942. Bà được phong tặng danh hiệu NSND năm 1984 và được trao Giải thưởng Nhà nước về văn học nghệ thuật năm 2012.",
			map[string][]string{"NSND": {"Trà Giang"}, "Giải thưởng Nhà nước về văn học nghệ thuật": {"Trà Giang"}}},
		{"a pronoun opens the segment before the verb", "Minh Hằng=Trần Thị Hằng",
			"Ca sĩ Minh Hằng hát ba bài. Tên khai sinh là Trần Thị Hằng, bà sinh năm 1965 ở Vinh, được phong tặng danh hiệu NSƯT năm 2001 và NSND năm 2015.",
			map[string][]string{"NSƯT": {"Minh Hằng"}, "NSND": {"Minh Hằng"}}},
		{"a bare artist's noun is the article's main person", "Thanh Lam; Hồng Nhung; Lê Văn Tám",
			"Ca sĩ Thanh Lam mừng 30 năm ca hát. Thanh Lam hát cùng Hồng Nhung. Ông Lê Văn Tám phát biểu. Hội Âm nhạc trao Bằng khen cho nữ ca sĩ vì nhiều đóng góp.",
			map[string][]string{"Bằng khen": {"Thanh Lam"}}},
		{"a bare pronoun after cho is the person named before", "Phạm Văn Đồng",
			"Anh Phạm Văn Đồng cứu ba em nhỏ. UBND xã trao Giấy khen cho anh vì hành động dũng cảm.",
			map[string][]string{"Giấy khen": {"Phạm Văn Đồng"}}},
		{"villagers are no pronoun", "Phạm Văn Đồng",
			"Ông Phạm Văn Đồng đến thăm. UBND xã trao Giấy khen cho bà con thôn Một.",
			map[string][]string{"Giấy khen": {}}},
		{"a village and a person after cho", "Lầu A Sính",
			"Huyện trao Giấy khen cho thôn Nậm Pồ và ông Lầu A Sính, Trưởng thôn Phìn Hồ vì thành tích giảm nghèo.",
			map[string][]string{"Giấy khen": {"org:thôn Nậm Pồ", "Lầu A Sính"}}},
		{"a pronoun between the verb and the award", "Lê Minh Khôi",
			"Đại úy Lê Minh Khôi hy sinh khi cứu người. Bộ trưởng đã ký quyết định truy tặng anh danh hiệu Chiến sĩ thi đua toàn quốc.",
			map[string][]string{"Chiến sĩ thi đua toàn quốc": {"Lê Minh Khôi"}}},
		{"a relative người after an appositive", "Đặng Quốc Bảo",
			"Em Đặng Quốc Bảo, học sinh Trường THPT chuyên Lam Sơn, người giành Huy chương bạc Olympic Tin học quốc tế, được tuyên dương.",
			map[string][]string{"Huy chương bạc": {"Đặng Quốc Bảo"}}},
		{"a bare artist's noun as the subject", "Thanh Lam; Lê Văn Tám",
			"Ca sĩ Thanh Lam mừng 30 năm ca hát. Thanh Lam hát cùng ban nhạc. Ông Lê Văn Tám phát biểu.\nNữ ca sĩ được trao Giải thưởng Cống hiến năm 2020.",
			map[string][]string{"Giải thưởng Cống hiến": {"Thanh Lam"}}},
		{"an occupation and its workplace between commas", "Hà Thị Sen",
			"Bác sĩ Hà Thị Sen, điều dưỡng Bệnh viện Đa khoa Mường Lát, vừa được trao Bằng khen của Bộ trưởng Bộ Y tế.",
			map[string][]string{"Bằng khen của Bộ trưởng Bộ Y tế": {"Hà Thị Sen"}}},
		{"cô stands for the woman named before", "Đinh Thị Hoa",
			"Cô Đinh Thị Hoa dạy học ở bản Lướt 20 năm. Cô từng được tặng Bằng khen của Chủ tịch UBND tỉnh.",
			map[string][]string{"Bằng khen của Chủ tịch UBND tỉnh": {"Đinh Thị Hoa"}}},
		{"a person named like a place is no one", "Trà Giang; Hà Nội",
			"NSND Trà Giang đóng phim Em bé Hà Nội. Năm 1973, bà đoạt Huy chương vàng.",
			map[string][]string{"Huy chương vàng": {"Trà Giang"}}},
		{"the source of a statement is no recipient", "Trần Thị Ngân",
			"Theo luật sư Trần Thị Ngân, bị cáo từng được tặng Bằng khen của UBND tỉnh Bắc Ninh năm 2018.",
			map[string][]string{"Bằng khen của UBND tỉnh Bắc Ninh": {}}},
		{"a sports delegation by its place", "",
			"Ban tổ chức trao Cờ thi đua cho đoàn Hà Nội và đoàn Quảng Ninh.",
			map[string][]string{"Cờ thi đua": {"org:đoàn Hà Nội", "org:đoàn Quảng Ninh"}}},
		{"a national sports delegation in lower case", "",
			"Bộ trưởng tặng Bằng khen cho đoàn thể thao Lào sau giải.",
			map[string][]string{"Bằng khen": {"org:đoàn thể thao Lào"}}},
		{"a continent is no recipient", "Vũ Thị Hạnh",
			"Kỳ thi kết thúc. Vũ Thị Hạnh đoạt HCĐ Olympic Hóa học châu Á (AChO) cũng được tặng Giấy khen của Giám đốc Sở.",
			map[string][]string{"Huy chương đồng": {"Vũ Thị Hạnh"}, "Giấy khen của Giám đốc Sở": {}}},
		{"a friendship hospital is asked nothing", "",
			"Năm 2023, Bệnh viện Hữu nghị Việt Tiệp được Bộ trưởng Bộ Y tế tặng Bằng khen.",
			map[string][]string{"Bằng khen": {"org:Bệnh viện Hữu nghị Việt Tiệp"}}},
		{"a film's director takes its prize", "Lưu Trọng Ninh",
			"Phim ảnh được chọn kỹ. Bộ phim \"Ngã ba\" của đạo diễn Lưu Trọng Ninh đoạt Cánh diều vàng.",
			map[string][]string{"Cánh diều Vàng": {"Lưu Trọng Ninh"}}},
		{"a prize given to a film goes to its maker", "Đặng Nhật Minh",
			"Lễ trao giải diễn ra tối qua. Giải Bông sen bạc được trao cho phim \"Thương nhớ, đồng quê\" của đạo diễn Đặng Nhật Minh.",
			map[string][]string{"Bông sen Bạc": {"Đặng Nhật Minh"}}},
		{"a team's coach does not take its medal", "Park Hang-seo",
			"Trận đấu rất hay. Đội tuyển Việt Nam của HLV Park Hang-seo giành Huy chương vàng.",
			map[string][]string{"Huy chương vàng": {"org:Đội tuyển Việt Nam"}}},
		{"an athlete brings a medal home", "Hoàng Thị Mơ",
			"Đội tuyển bắn cung thi đấu tốt. Cô gái Hoàng Thị Mơ mang về Huy chương bạc ở nội dung cá nhân.",
			map[string][]string{"Huy chương bạc": {"Hoàng Thị Mơ"}}},
		{"a list after the verb's colon", "Khổng Văn Thịnh",
			"Đồng chí Khổng Văn Thịnh đã được Đảng, Nhà nước tặng thưởng: Huân chương Độc lập hạng Nhì; Huân chương Kháng chiến hạng Nhất; Huy hiệu 60 năm tuổi Đảng.",
			map[string][]string{"Huân chương Độc lập hạng Nhì": {"Khổng Văn Thịnh"}, "Huân chương Kháng chiến hạng Nhất": {"Khổng Văn Thịnh"},
				"Huy hiệu 60 năm tuổi Đảng": {"Khổng Văn Thịnh"}}},
		{"the subject receives every award after a semicolon", "Lê Văn Tám",
			"Ông Lê Văn Tám được tặng Huân chương Độc lập hạng Nhì; Huân chương Kháng chiến hạng Nhất.",
			map[string][]string{"Huân chương Độc lập hạng Nhì": {"Lê Văn Tám"}, "Huân chương Kháng chiến hạng Nhất": {"Lê Văn Tám"}}},
		{"each award after a semicolon has its own cho", "Lê Văn Tám; Trần Văn Ba",
			"Chủ tịch nước trao Huân chương Lao động hạng Nhì cho ông Lê Văn Tám; Huân chương Lao động hạng Ba cho ông Trần Văn Ba.",
			map[string][]string{"Huân chương Lao động hạng Nhì": {"Lê Văn Tám"}, "Huân chương Lao động hạng Ba": {"Trần Văn Ba"}}},
		{"a minister's name with a dash and a comma", "Lê Thị Hoa",
			"Bộ trưởng trao Bằng khen của Bộ trưởng Bộ Lao động - Thương binh và Xã hội cho bà Lê Thị Hoa.",
			map[string][]string{"Bằng khen của Bộ trưởng Bộ Lao động - Thương binh và Xã hội": {"Lê Thị Hoa"}}},
		{"trong đó có after acronyms of groups", "Khổng Văn Tâm",
			"Thứ trưởng trao Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch cho 15 VĐV, HLV có thành tích xuất sắc, trong đó có Khổng Văn Tâm.",
			map[string][]string{"Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch": {"Khổng Văn Tâm"}}},
		{"trong đó có after a semicolon", "Vi Văn Lực",
			"UBND tỉnh tặng Bằng khen cho 6 tập thể và 15 cá nhân có thành tích xuất sắc; trong đó có ThS Vi Văn Lực.",
			map[string][]string{"Bằng khen": {"Vi Văn Lực"}}},
		{"a province's chairman gives another commendation than the minister's", "Lê Văn Tuyến; Cao Tường Vi",
			"Thứ trưởng Bộ Công an Lê Văn Tuyến trao Bằng khen của Bộ trưởng Bộ Công an cho Đồn Công an Quảng Đức. Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Vi cũng tặng Bằng khen cho Đồn Biên phòng Quảng Đức.",
			map[string][]string{"Bằng khen của Bộ trưởng Bộ Công an": {"org:Đồn Công an Quảng Đức"}, "Bằng khen": {"org:Đồn Biên phòng Quảng Đức"}}},
		{"a central body's commendation is not the province chairman's", "Phạm Ngọc Trân; Lê Viết Hùng",
			"Tại chương trình, ông Phạm Ngọc Trân trao Bằng khen của Chủ tịch UBND tỉnh cho Công ty Hải Vương.\n\nNhân dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho Công ty CP Đường Quảng Ngãi và ông Lê Viết Hùng.",
			map[string][]string{"Bằng khen của Chủ tịch UBND tỉnh": {"org:Công ty Hải Vương"}, "Bằng khen": {"org:Công ty CP Đường Quảng Ngãi", "Lê Viết Hùng"}}},
		{"a prize's value ends its name", "Étienne Marchal; Yuki Tanabe",
			"Chủ tịch nước trao Giải Chính VinFuture trị giá 3 triệu USD cho GS Étienne Marchal (Viện Pasteur, Pháp) và GS.TS Yuki Tanabe (Đại học Kyoto, Nhật Bản).",
			map[string][]string{"Giải Chính VinFuture": {"Étienne Marchal", "Yuki Tanabe"}}},
		{"a club is an organization", "",
			"UBND tỉnh trao Bằng khen cho CLB Công an Hà Nội và Câu lạc bộ Đông Á Thanh Hóa.",
			map[string][]string{"Bằng khen": {"org:CLB Công an Hà Nội", "org:Câu lạc bộ Đông Á Thanh Hóa"}}},
		{"a spelled-out count opens the list", "Văn Công Hiếu; Đinh Văn Pheo",
			"Chủ tịch UBND tỉnh tặng Bằng khen cho Đồn Biên phòng Sa Huỳnh cùng hai cá nhân: Thượng tá Văn Công Hiếu và Thiếu tá Đinh Văn Pheo.",
			map[string][]string{"Bằng khen": {"org:Đồn Biên phòng Sa Huỳnh", "Văn Công Hiếu", "Đinh Văn Pheo"}}},
		{"a place after ở says where the subject lives", "",
			"Nông dân ở Bến Tre được tặng Huân chương Lao động hạng Ba. Công an tỉnh Bến Tre được tặng Huân chương Chiến công hạng Nhất.",
			map[string][]string{"Huân chương Lao động hạng Ba": {}, "Huân chương Chiến công hạng Nhất": {"org:Công an tỉnh Bến Tre"}}},
		{"recipients listed by province", "Hoàng Văn Páo; Lương Thị Đoan; Chau Sóc Kha; Lê Thị Mai",
			"Chủ tịch nước phong tặng danh hiệu Nghệ nhân Nhân dân cho: tỉnh Lạng Sơn: ông Hoàng Văn Páo, bà Lương Thị Đoan; tỉnh An Giang: ông Chau Sóc Kha; thành phố Hà Nội: bà Lê Thị Mai.",
			map[string][]string{"Nghệ nhân Nhân dân": {"Hoàng Văn Páo", "Lương Thị Đoan", "Chau Sóc Kha", "Lê Thị Mai"}}},
		{"a medal is its winner's", "Lò Thị Hoa; Thân Văn Phúc",
			"Đoàn Việt Nam có thêm Huy chương Bạc của VĐV Lò Thị Hoa ở nội dung 100m và Huy chương Đồng của Thân Văn Phúc.",
			map[string][]string{"Huy chương bạc": {"Lò Thị Hoa"}, "Huy chương đồng": {"Thân Văn Phúc"}}},
		{"the award named again over the list of its holders", "Hoàng Văn Páo; Lương Thị Đoan",
			"Theo Quyết định của Chủ tịch nước, 42 cá nhân được phong tặng danh hiệu \"Nghệ nhân Nhân dân\" và 118 cá nhân được phong tặng danh hiệu \"Nghệ nhân Ưu tú\".\n\nTrong số các Nghệ nhân Nhân dân lần này có: ông Hoàng Văn Páo, bà Lương Thị Đoan.",
			map[string][]string{"Nghệ nhân Nhân dân": {"Hoàng Văn Páo", "Lương Thị Đoan"}, "Nghệ nhân Ưu tú": {}}},
		{"each prize of a list with its winner after a dash", "Thân Đức Hậu; Anna Trương",
			"Các giải cá nhân lần lượt được trao như sau: giải Nam diễn viên chính xuất sắc - NSƯT Thân Đức Hậu (vai ông Lữ); giải Nữ diễn viên phụ xuất sắc - Anna Trương.",
			map[string][]string{"Giải Nam diễn viên chính xuất sắc": {"Thân Đức Hậu"}, "Giải Nữ diễn viên phụ xuất sắc": {"Anna Trương"}}},
		{"no award words inside a title name", "",
			"Có 56 nhà giáo được phong tặng danh hiệu Nhà giáo Nhân dân và 387 nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú.",
			map[string][]string{"Nhà giáo Nhân dân": {}, "Nhà giáo Ưu tú": {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.awards, awardRecipients(t, tt.people, tt.text))
		})
	}
}

// awardRecipients links the awards of text, whose people are listed as
// awardDoc reads them, and returns each award's recipients by name.
func awardRecipients(t *testing.T, people, text string) map[string][]string {
	t.Helper()
	got := map[string][]string{}
	for _, a := range linkAwards(awardDoc(t, "people: "+people+"\n"+text)) {
		got[a.Name] = recipients(a)
	}
	return got
}

func TestCapitalsWord(t *testing.T) {
	for s, want := range map[string]bool{
		"Huân chương Lao động hạng Nhất": false,
		`Huy hiệu "Tuổi trẻ dũng cảm"`:   false,
		"Kỷ niệm chương “Vì sự nghiệp”":  false,
		"Anh hùng LLVTND":                true,
		"NSƯT":                           true,
		"danh hiệu NSND":                 true,
		"HCV":                            true,
		"A":                              false,
		"":                               false,
	} {
		assert.Equal(t, want, capitalsWord(s), s)
	}
}

// TestNextLine checks nextLine against a step through the tokens.
func TestNextLine(t *testing.T) {
	texts := []string{"", "a", "a\nb", "a \r\n b\n\nc", "x\u2028y z\u2029w\n", "Tặng: \n1. Ông A;\n2. Bà B."}
	for _, text := range sampleTexts(t, texts...) {
		doc := &pipeline.Document{Text: text}
		r := &awardReader{doc: doc, toks: scan.Tokens(text, nil)}
		for _, n := range []int{len(r.toks), len(r.toks) / 2} {
			r.toks = r.toks[:n:n]
			// Forward, backward and by jumps.
			for _, step := range []int{1, -1, 7} {
				r := &awardReader{doc: doc, toks: r.toks}
				for i := 0; i <= len(r.toks); i++ {
					e := i * step % (len(r.toks) + 1)
					if step < 0 {
						e = len(r.toks) - i
					}
					want := e
					for want < len(r.toks) && !r.toks[want].Is(scan.NewlineBefore) {
						want++
					}
					require.Equal(t, want, r.nextLine(e), "%q at %d", text[:min(len(text), 40)], e)
				}
			}
		}
	}
}

// TestAwardSubjects checks who receives an award named after its verb or
// after another award: every award of a counted list, several people
// before a passive verb with their titles, a person before "của" and a
// company, a unit named once in full and once in short forms.
func TestAwardSubjects(t *testing.T) {
	tests := []struct {
		name, people string
		titles       []string // spans the title extractor would find
		years        []string // "năm 2012": spans the date extractor would find
		text         string
		awards       map[string][]string // award name -> recipients
	}{
		{"counted medals share the subject", "", nil, nil,
			"Đoàn Nghệ An giành 5 Huy chương Vàng, 3 Huy chương Bạc và 4 Huy chương Đồng tại giải năm nay.",
			map[string][]string{"Huy chương vàng": {"org:Đoàn Nghệ An"}, "Huy chương bạc": {"org:Đoàn Nghệ An"}, "Huy chương đồng": {"org:Đoàn Nghệ An"}}},
		{"two people with titles before được", "Lò Văn Bảy=Trung tá Lò Văn Bảy; Vi Thị Nga=Đại úy Vi Thị Nga",
			[]string{"Phó Trưởng phòng PC06", "Đội trưởng Đội 2"}, nil,
			"Trung tá Lò Văn Bảy, Phó Trưởng phòng PC06, và Đại úy Vi Thị Nga, Đội trưởng Đội 2, được Giám đốc Công an tỉnh tặng Giấy khen.",
			map[string][]string{"Giấy khen": {"Lò Văn Bảy", "Vi Thị Nga"}}},
		{"co-authors before là and được nhận", "Trịnh Quang Huy; Mai Thu Thảo",
			[]string{"Trưởng khoa Khoa Vật lý"}, nil,
			"TS Trịnh Quang Huy, Trưởng khoa Khoa Vật lý, và ThS Mai Thu Thảo là nhóm tác giả công trình vật liệu mới được nhận Giải thưởng Nhà nước.",
			map[string][]string{"Giải thưởng Nhà nước": {"Trịnh Quang Huy", "Mai Thu Thảo"}}},
		{"a clause after the appositive", "Đặng Văn Lực=Thượng úy Đặng Văn Lực", nil, nil,
			"Thượng úy Đặng Văn Lực, cán bộ Đội Cảnh sát giao thông số 3, hy sinh khi truy bắt tội phạm, đã được truy tặng Huân chương Dũng cảm.",
			map[string][]string{"Huân chương Dũng cảm": {"Đặng Văn Lực"}}},
		{"a worker of a company", "Phùng Văn Tứ", nil, nil,
			"Năm 2024, thợ mỏ Phùng Văn Tứ của Công ty Than Hà Lầm được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
			map[string][]string{"Huân chương Lao động hạng Ba": {"Phùng Văn Tứ"}}},
		{"an acronym in parentheses inside a unit's name", "", nil, nil,
			"Phòng Cảnh sát kinh tế (PC03) Công an tỉnh Yên Bái vinh dự đón nhận Cờ thi đua của Bộ Công an.",
			map[string][]string{"Cờ thi đua của Bộ Công an": {"org:Phòng Cảnh sát kinh tế Công an tỉnh Yên Bái"}}},
		{"short forms of one unit are dropped", "", nil, nil,
			"Đội Cảnh sát cơ động Công an tỉnh Bắc Kạn đón nhận Huân chương Chiến công hạng Ba. Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Đội Cảnh sát cơ động.",
			map[string][]string{"Huân chương Chiến công hạng Ba": {"org:Đội Cảnh sát cơ động Công an tỉnh Bắc Kạn"}}},
		{"đơn vị refers to the unit honoured before", "", nil, nil,
			"Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Nhì cho Đồn Biên phòng Mù Sang. Đơn vị cũng được Bộ Quốc phòng tặng Cờ thi đua.",
			map[string][]string{"Huân chương Bảo vệ Tổ quốc hạng Nhì": {"org:Đồn Biên phòng Mù Sang"}, "Cờ thi đua": {"org:Đồn Biên phòng Mù Sang"}}},
		{"people with occupations before được", "Đinh Văn Khoa; Lường Thị Mai", []string{"Hiệu trưởng Trường THCS Quang Trung"}, nil,
			"Thầy Đinh Văn Khoa, Hiệu trưởng Trường THCS Quang Trung, và cô Lường Thị Mai, giáo viên Trường Mầm non Hoa Sen, được tặng Giấy khen.",
			map[string][]string{"Giấy khen": {"Đinh Văn Khoa", "Lường Thị Mai"}}},
		{"an occupation and a clause with a date after the name", "Tạ Văn Bình", []string{"Tổ trưởng Tổ sản xuất số 2"}, nil,
			"Trước đó, kỹ sư Tạ Văn Bình, Tổ trưởng Tổ sản xuất số 2, người đã hy sinh khi cứu đồng nghiệp ngày 3/4/2025, được truy tặng Huân chương Dũng cảm.",
			map[string][]string{"Huân chương Dũng cảm": {"Tạ Văn Bình"}}},
		{"vinh dự before the verb", "Hứa Văn Tài", nil, nil,
			"Dịp này, anh Hứa Văn Tài, công nhân của Công ty Xi măng Bỉm Sơn, vinh dự được nhận Bằng khen của Thủ tướng Chính phủ.",
			map[string][]string{"Bằng khen của Thủ tướng Chính phủ": {"Hứa Văn Tài"}}},
		{"a delegation named by a body", "", nil, nil,
			"Chiều 5/8, đoàn Công an nhân dân giành 7 Huy chương Vàng.",
			map[string][]string{"Huy chương vàng": {"org:đoàn Công an nhân dân"}}},
		{"the subject of the sentence goes on after qua đó", "Mạc Thị Thu", nil, nil,
			"Ở cự ly 800m nữ, VĐV Mạc Thị Thu về nhất sau khi vượt qua 11 đối thủ, qua đó giành Huy chương Vàng.",
			map[string][]string{"Huy chương vàng": {"Mạc Thị Thu"}}},
		{"the teammate of là is the subject", "Tống Thị Hiền", nil, nil,
			"Đồng đội của cô là Tống Thị Hiền nhận Huy chương Bạc.",
			map[string][]string{"Huy chương bạc": {"Tống Thị Hiền"}}},
		{"a bare group head stands for its full name", "", nil, nil,
			"Tổng công ty Lương thực - Thương mại Miền Nam (LTMN) kỷ niệm 30 năm thành lập. Tổng công ty từng được tặng Huân chương Lao động hạng Nhì.",
			map[string][]string{"Huân chương Lao động hạng Nhì": {"org:Tổng công ty Lương thực - Thương mại Miền Nam"}}},
		{"an acronym in parentheses inside a listed unit", "", nil, nil,
			"Bộ trưởng tặng Bằng khen cho Phòng Cảnh sát môi trường (PC05) Công an tỉnh Gia Lai vì thành tích xuất sắc.",
			map[string][]string{"Bằng khen": {"org:Phòng Cảnh sát môi trường Công an tỉnh Gia Lai"}}},
		{"the holder named before với and a count", "Lâm Quang Nhật", nil, nil,
			"Đáng chú ý là kình ngư Lâm Quang Nhật với 2 Huy chương Vàng ở nội dung bơi tự do.",
			map[string][]string{"Huy chương vàng": {"Lâm Quang Nhật"}}},
		{"a place after a party committee in a list", "Bùi Văn Khánh; Quách Thị Nga", nil, nil,
			"Huân chương Lao động hạng Ba được tặng cho:\n1. Ông Bùi Văn Khánh, Bí thư Huyện ủy Lương Sơn;\n2. Bà Quách Thị Nga, Phó Giám đốc Sở Y tế.",
			map[string][]string{"Huân chương Lao động hạng Ba": {"Bùi Văn Khánh", "Quách Thị Nga"}}},
		{"a headline's country inside the delegation", "", nil, nil,
			"Việt Nam giành thêm 9 HCV\nChiều 9/12, đoàn thể thao Việt Nam giành thêm 9 Huy chương vàng.",
			map[string][]string{"Huy chương vàng": {"org:đoàn thể thao Việt Nam"}}},
		{"named among two counted groups", "Võ Văn Minh=Trung tá Võ Văn Minh", nil, nil,
			"Giám đốc tặng Giấy khen cho 4 tập thể và 6 cá nhân có thành tích xuất sắc, trong đó có Phòng Hậu cần và Trung tá Võ Văn Minh.",
			map[string][]string{"Giấy khen": {"org:Phòng Hậu cần", "Võ Văn Minh"}}},
		{"an appositive without a title entity before và", "Tanaka Ken; Ito Mai", []string{"Chủ tịch Hội Hữu nghị Nhật - Việt"}, nil,
			"Ông Tanaka Ken, Giám đốc văn phòng KOICA (Hàn Quốc) tại Hà Nội, và bà Ito Mai, Chủ tịch Hội Hữu nghị Nhật - Việt, được tặng Kỷ niệm chương.",
			map[string][]string{"Kỷ niệm chương": {"Tanaka Ken", "Ito Mai"}}},
		{"names picked out of counted groups in the next sentence", "Lò Văn Pọm", nil, nil,
			"Chủ tịch UBND tỉnh trao Bằng khen cho 9 tập thể và 15 cá nhân. Trong đó, Hợp tác xã Chè Shan Tuyết và ông Lò Văn Pọm, Trưởng bản Cang, là những điển hình.",
			map[string][]string{"Bằng khen": {"org:Hợp tác xã Chè Shan Tuyết", "Lò Văn Pọm"}}},
		{"a year before the second award of a list", "", nil, []string{"năm 2012", "năm 2019"},
			"Hợp tác xã Tân Phong từng được tặng Huân chương Lao động hạng Ba năm 2012 và danh hiệu Anh hùng Lao động năm 2019.",
			map[string][]string{"Huân chương Lao động hạng Ba": {"org:Hợp tác xã Tân Phong"}, "Anh hùng Lao động": {"org:Hợp tác xã Tân Phong"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := awardDoc(t, "people: "+tt.people+"\n"+tt.text)
			for _, title := range tt.titles {
				spans := wordIndex(doc.Text, title)
				require.NotEmpty(t, spans, title)
				for _, sp := range spans {
					doc.Entities = append(doc.Entities, pipeline.Entity{Kind: pipeline.KindTitle, Span: sp, Text: sp.Of(doc.Text)})
				}
			}
			for _, year := range tt.years {
				for _, sp := range wordIndex(doc.Text, year) {
					doc.Entities = append(doc.Entities, pipeline.Entity{Kind: pipeline.KindDate, Span: sp, Text: sp.Of(doc.Text),
						Value: year[len(year)-4:], Date: &pipeline.DateInfo{Grain: pipeline.GrainYear}})
				}
			}
			pipeline.SortEntities(doc.Entities)
			got := map[string][]string{}
			for _, a := range linkAwards(doc) {
				got[a.Name] = recipients(a)
			}
			assert.Equal(t, tt.awards, got)
		})
	}
}

// TestAwardDecidedByRole checks that the office that decides an award is
// named without the person who holds it, and that a person after "tỉnh"
// in a title is a person.
func TestAwardDecidedByRole(t *testing.T) {
	tests := []struct {
		name, people, text string
		titles             []string // spans the title extractor would find
		decidedBy          string
		presenters         []string
	}{
		{"signer named after the office", "Lê Hồng Quang",
			"Chủ tịch UBND tỉnh Lê Hồng Quang đã ký Quyết định tặng Bằng khen cho Trường Tiểu học Kim Đồng.",
			nil, "Chủ tịch UBND tỉnh", nil},
		{"the office after do", "Đỗ Văn Chiến",
			"Lễ trao Bằng khen do Bộ trưởng Đỗ Văn Chiến tặng Hội Nông dân tỉnh.",
			nil, "Bộ trưởng", nil},
		{"signer's title between commas", "Đoàn Văn Phúc",
			"Ông Đoàn Văn Phúc, Chủ tịch UBND huyện Kỳ Anh, đã ký quyết định tặng Giấy khen cho Trường Tiểu học Kỳ Lợi.",
			[]string{"Chủ tịch UBND huyện Kỳ Anh"}, "Chủ tịch UBND huyện Kỳ Anh", nil},
		{"a province's committee gives it", "Lê Văn An",
			"UBND tỉnh Bình Định tặng Bằng khen cho ông Lê Văn An.",
			nil, "UBND tỉnh Bình Định", nil},
		{"a central body gives it", "Lê Viết Hùng",
			"Nhân dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho Công ty CP Đường Quảng Ngãi và ông Lê Viết Hùng.",
			nil, "Ủy ban Trung ương MTTQ Việt Nam", nil},
		{"the central committee of an association gives it", "Lê Văn An",
			"Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho ông Lê Văn An.",
			nil, "Trung ương Hội Nông dân Việt Nam", nil},
		{"the central committee of veterans gives it", "",
			"Trung ương Hội CCB Việt Nam tặng Bằng khen cho 4 cá nhân.",
			nil, "Trung ương Hội CCB Việt Nam", nil},
		{"a ministry gives it", "Lê Văn An",
			"Bộ Công an đã tặng Bằng khen cho ông Lê Văn An.",
			nil, "Bộ Công an", nil},
		{"a person after tỉnh presents", "Nguyễn Đức Hòa",
			"Phó Chủ tịch UBND tỉnh Nguyễn Đức Hòa trao Giấy khen cho Hợp tác xã Thành Công.",
			nil, "", []string{"p1"}},
		{"a person after xã presents", "Lê Văn Tám; Hà Văn Pó",
			"Chủ tịch UBND xã Lê Văn Tám trao Giấy khen cho ông Hà Văn Pó.",
			[]string{"Chủ tịch UBND xã"}, "", []string{"p1"}},
		{"a person after huyện, with its title, presents", "Trần Văn Hoàng",
			"Chủ tịch UBND huyện Trần Văn Hoàng trao Giấy khen cho Hợp tác xã Thành Công.",
			[]string{"Chủ tịch UBND huyện"}, "", []string{"p1"}},
		{"a district named after a person gives it", "",
			"Chủ tịch UBND huyện Trần Văn Thời trao Giấy khen cho Hợp tác xã Thành Công.",
			nil, "Chủ tịch UBND huyện Trần Văn Thời", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := awardDoc(t, "people: "+tt.people+"\n"+tt.text)
			for _, title := range tt.titles {
				for _, sp := range wordIndex(doc.Text, title) {
					doc.Entities = append(doc.Entities, pipeline.Entity{Kind: pipeline.KindTitle, Span: sp, Text: sp.Of(doc.Text)})
				}
			}
			pipeline.SortEntities(doc.Entities)
			awards := linkAwards(doc)
			require.Len(t, awards, 1)
			assert.Equal(t, tt.decidedBy, awards[0].DecidedBy)
			assert.Equal(t, tt.presenters, awards[0].PresentedBy)
		})
	}
}

// TestAwardDateNotFromBracketedSpan checks that the years of a life span
// or an anniversary in brackets never date an award.
func TestAwardDateNotFromBracketedSpan(t *testing.T) {
	tests := []struct {
		name, people, text, want string
	}{
		{"a life span", "Trần Văn Bình", "Họa sĩ Trần Văn Bình (1938-2024) được truy tặng Giải thưởng Hồ Chí Minh.", ""},
		{"an anniversary with spaces", "", "Trường Tiểu học Kim Đồng (1990 - 2025) đón nhận Huân chương Lao động hạng Nhì.", ""},
		{"a period's years", "", "Giai đoạn 2020 - 2025, Hợp tác xã Hòa Bình được tặng Huân chương Lao động hạng Ba.", ""},
		{"a school year", "", "Trong năm học 2024-2025, Trường Tiểu học Kim Đồng được tặng Cờ thi đua của Chính phủ.", ""},
		{"a year written apart is kept", "", "Năm 2022, Hợp tác xã Hòa Bình (1998-2023) được tặng Huân chương Lao động hạng Ba.", "2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := awardDoc(t, "people: "+tt.people+"\n"+tt.text)
			years := []string{}
			for _, w := range strings.FieldsFunc(tt.text, func(r rune) bool { return r == '(' || r == ')' || r == '-' || r == ' ' || r == ',' }) {
				if len(w) == 4 && w[0] >= '1' && w[0] <= '2' {
					years = append(years, w)
				}
			}
			for _, year := range years {
				for _, sp := range wordIndex(doc.Text, year) {
					doc.Entities = append(doc.Entities, pipeline.Entity{Kind: pipeline.KindDate, Span: sp, Text: sp.Of(doc.Text),
						Value: year, Date: &pipeline.DateInfo{Grain: pipeline.GrainYear}})
				}
			}
			pipeline.SortEntities(doc.Entities)
			awards := linkAwards(doc)
			require.Len(t, awards, 1)
			assert.Equal(t, tt.want, awards[0].Date)
		})
	}
}
