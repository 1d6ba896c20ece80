package link

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/award"
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
		for _, f := range forms {
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
			"Huy hiệu 40 năm tuổi Đảng", []string{"Lê Văn Nam", "Trần Thị Hoa"}, nil, "", false},
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
			"Bằng khen", []string{"org:Đoàn Thanh niên Công an tỉnh", "org:Hội Liên hiệp Thanh niên huyện"}, nil, "", false},
		{"pronoun subject", "Trần Đại Nghĩa",
			"Ông Trần Đại Nghĩa là nhà khoa học đầu ngành. Năm 1966, ông được phong tặng danh hiệu Anh hùng Lao động.",
			"Anh hùng Lao động", []string{"Trần Đại Nghĩa"}, nil, "", false},
		{"count then là and names", "Lý Văn Dũng; Hầu A Páo",
			"UBND tỉnh tặng Bằng khen cho 2 cá nhân là anh Lý Văn Dũng và anh Hầu A Páo.",
			"Bằng khen", []string{"Lý Văn Dũng", "Hầu A Páo"}, nil, "", false},
		{"signer of the decision", "Ngô Minh Châu",
			"Bộ trưởng Bộ Công an đã ký Quyết định tặng Bằng khen cho đồng chí Ngô Minh Châu.",
			"Bằng khen", []string{"Ngô Minh Châu"}, nil, "Bộ trưởng Bộ Công an", false},
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
