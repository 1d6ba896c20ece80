package link

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/extractors/person"
	"github.com/vnextract/vnextract/extractors/rank"
	"github.com/vnextract/vnextract/extractors/title"
	"github.com/vnextract/vnextract/pipeline"
)

// peopleDoc runs the rank, title and person extractors over text. A last
// line "Trần Xuân" after the body stands for the byline: the test marks it
// as the byline extractor would.
func peopleDoc(t testing.TB, text string, byline string) *pipeline.Document {
	t.Helper()
	doc := &pipeline.Document{Text: text}
	doc.Paragraphs, doc.Sentences = pipeline.Segment(text)
	r, _ := rank.New(rank.Config{})
	ti, _ := title.New(title.Config{})
	p, _ := person.New(person.Config{})
	require.NoError(t, pipeline.Extract(context.Background(), doc, []pipeline.Extractor{r, ti, p}))
	if byline != "" {
		if i := strings.LastIndex(text, byline); i >= 0 {
			doc.Entities = append(doc.Entities, pipeline.Entity{Kind: pipeline.KindByline,
				Span: pipeline.Span{Start: i, End: i + len(byline)}, Text: byline, Value: byline})
			pipeline.SortEntities(doc.Entities)
		}
	}
	return doc
}

// goldenPerson is what the golden files keep of a person.
type goldenPerson struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Family     string   `json:"family_name"`
	Middle     string   `json:"middle_name"`
	Given      string   `json:"given_name"`
	Rank       string   `json:"rank,omitempty"`
	Honorifics []string `json:"honorifics,omitempty"`
	Titles     []string `json:"titles,omitempty"`
	Mentions   []string `json:"mentions"`
}

func golden(doc *pipeline.Document, people []pipeline.Person) []goldenPerson {
	var out []goldenPerson
	for _, p := range people {
		g := goldenPerson{ID: p.ID, Name: p.Name, Family: p.Family, Middle: p.Middle, Given: p.Given, Rank: p.Rank, Honorifics: p.Honorifics}
		for _, t := range p.Titles {
			s := t.Span.Of(doc.Text) + " = " + t.Role + " | " + t.Organization
			if t.Former {
				s += " (former)"
			}
			g.Titles = append(g.Titles, s)
		}
		for _, m := range p.Mentions {
			g.Mentions = append(g.Mentions, m.Of(doc.Text))
		}
		out = append(out, g)
	}
	return out
}

// TestPeopleGolden links the articles testdata/people_*.txt and compares
// with people_*.json; -update rewrites them after review.
func TestPeopleGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/people_*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			text := string(raw)
			byline := ""
			if lines := strings.Split(strings.TrimSpace(text), "\n"); len(lines) > 1 && len(lines[len(lines)-1]) < 30 {
				byline = lines[len(lines)-1]
			}
			doc := peopleDoc(t, text, byline)
			got, err := json.MarshalIndent(golden(doc, linkPeople(doc)), "", "  ")
			require.NoError(t, err)
			want := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				require.NoError(t, os.WriteFile(want, append(got, '\n'), 0o644))
			}
			exp, err := os.ReadFile(want)
			require.NoError(t, err, "go test ./extractors/link -run TestPeopleGolden -update")
			assert.JSONEq(t, string(exp), string(got))
		})
	}
}

type personWant struct {
	name, rank string
	titles     []string // role + " " + organization
}

func TestLinkPeople(t *testing.T) {
	tests := []struct {
		name, text, byline string
		want               []personWant
	}{
		{"seed-like chain", "Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy CA Trung ương, Bộ trưởng Bộ Công an; đồng chí Hoàng Trung Hải, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội đồng chủ trì Hội nghị.", "",
			[]personWant{
				{"Tô Lâm", "Thượng tướng", []string{"Ủy viên Bộ Chính trị", "Bí thư Đảng ủy Công an Trung ương", "Bộ trưởng Bộ Công an"}},
				{"Hoàng Trung Hải", "", []string{"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"}}}},
		{"given-name mention merges", "Trung tá Hoàng Văn Máy chỉ huy trận đánh. Sau đó, Trung tá Máy báo cáo.", "",
			[]personWant{{"Hoàng Văn Máy", "Trung tá", nil}}},
		{"given name alone is a person", "Chị Lan cho biết đã báo công an.", "", []personWant{{"Lan", "", nil}}},
		{"title before the name", "Phó Chủ tịch UBND tỉnh Đắk Nông Tôn Thị Ngọc Hạnh cho biết.", "",
			[]personWant{{"Tôn Thị Ngọc Hạnh", "", []string{"Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Nông"}}}},
		{"rank before a title chain", "Bộ trưởng Bộ Quốc phòng, Đại tướng Ngô Xuân Lịch tiếp đoàn.", "",
			[]personWant{{"Ngô Xuân Lịch", "Đại tướng", []string{"Bộ trưởng Bộ Quốc phòng"}}}},
		{"promotion gives the new rank", "Chủ tịch nước ký quyết định thăng quân hàm từ Trung tướng lên Thượng tướng cho Trung tướng Võ Văn Tuấn.", "",
			[]personWant{{"Võ Văn Tuấn", "Thượng tướng", nil}}},
		{"group heading", "Dự lễ có các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh.", "",
			[]personWant{{"Trương Hòa Bình", "", []string{"Phó Thủ tướng "}}, {"Phạm Bình Minh", "", []string{"Phó Thủ tướng "}}}},
		{"comma list of a group ends at a semicolon", "Dự có các Thứ trưởng Bộ Y tế: Lê Văn Hải, Đỗ Thị Mai; ông Trần Minh Khoa, Giám đốc Sở Xây dựng.", "",
			[]personWant{{"Lê Văn Hải", "", []string{"Thứ trưởng Bộ Y tế"}}, {"Đỗ Thị Mai", "", []string{"Thứ trưởng Bộ Y tế"}}, {"Trần Minh Khoa", "", []string{"Giám đốc Sở Xây dựng"}}}},
		{"group without a colon", "Các Phó Thủ tướng Trương Hòa Bình và Phạm Bình Minh dự lễ cùng ông Lê Văn Tám.", "",
			[]personWant{{"Trương Hòa Bình", "", []string{"Phó Thủ tướng "}}, {"Phạm Bình Minh", "", []string{"Phó Thủ tướng "}}, {"Lê Văn Tám", "", nil}}},
		{"former office", "nguyên Thủ tướng Nguyễn Tấn Dũng gửi hoa.", "", []personWant{{"Nguyễn Tấn Dũng", "", []string{"Thủ tướng "}}}},
		{"title in brackets", "trao bằng khen cho trung uý Quách Văn Tình (26 tuổi, trạm trưởng Trạm kiểm soát biên phòng Điện Dương).", "",
			[]personWant{{"Quách Văn Tình", "Trung úy", []string{"trạm trưởng Trạm kiểm soát biên phòng Điện Dương"}}}},
		{"pronoun subject", "Thượng tướng Bế Xuân Trường vừa nhận nhiệm vụ mới. Ông từng là Tư lệnh Quân khu 1.", "",
			[]personWant{{"Bế Xuân Trường", "Thượng tướng", []string{"Tư lệnh Quân khu 1"}}}},
		{"birth name is the same person", "Nhà thơ Tố Hữu tên thật là Nguyễn Kim Thành. Năm 1938, Nguyễn Kim Thành vào Đảng.", "",
			[]personWant{{"Tố Hữu", "", nil}}},
		{"alias in brackets", "Bị can Lê Văn Tâm (tên thường gọi: Lê Văn Ba) bị bắt.", "",
			[]personWant{{"Lê Văn Tâm", "", nil}}},
		{"former office opens a bracket", "Bị cáo Mai Văn Quyên (nguyên Giám đốc Sở Tài nguyên và Môi trường) nhận án.", "",
			[]personWant{{"Mai Văn Quyên", "", []string{"Giám đốc Sở Tài nguyên và Môi trường"}}}},
		{"a count heads a list", "Bộ trưởng bổ nhiệm 3 Phó Giám đốc Bệnh viện Bạch Mai gồm: PGS.TS Nguyễn Tuấn Hải, TS Vũ Văn Giáp và ThS Phạm Thị Nhung.", "",
			[]personWant{{"Nguyễn Tuấn Hải", "", []string{"Phó Giám đốc Bệnh viện Bạch Mai"}}, {"Vũ Văn Giáp", "", []string{"Phó Giám đốc Bệnh viện Bạch Mai"}},
				{"Phạm Thị Nhung", "", []string{"Phó Giám đốc Bệnh viện Bạch Mai"}}}},
		{"a khmer name said again after an address", "Thủ tướng Hun Sen đón đoàn. Ông Hun Sen nói.", "",
			[]personWant{{"Hun Sen", "", []string{"Thủ tướng "}}}},
		{"border guard rank", "Đại tá Biên phòng Nông Văn Lành, Trưởng phòng Tuyên huấn, dẫn chương trình.", "",
			[]personWant{{"Nông Văn Lành", "Đại tá", []string{"Trưởng phòng Tuyên huấn"}}}},
		{"a death notice's lines go to the one it is about", "TIN BUỒN\n\nBan Thường vụ Đảng ủy Quân khu 4 vô cùng thương tiếc báo tin:\n\nĐồng chí Thiếu tướng PHAN VĂN ĐỊNH\nSinh ngày 12/4/1946; quê quán: xã Nghi Xuân, tỉnh Nghệ An;\nNguyên Phó Tư lệnh, Tham mưu trưởng Quân khu 4;\n\nĐồng chí đã từ trần ngày 8/11/2025.\n\nBan Lễ tang do Trung tướng Trần Võ Dũng, Tư lệnh Quân khu 4 làm Trưởng ban.", "",
			[]personWant{{"Phan Văn Định", "Thiếu tướng", []string{"Phó Tư lệnh ", "Tham mưu trưởng Quân khu 4"}}, {"Trần Võ Dũng", "Trung tướng", []string{"Tư lệnh Quân khu 4", "Trưởng ban "}}}},
		{"a career list after a pronoun", "Bà Trương Mỹ Hoa sinh năm 1945. Bà từng giữ các chức vụ: Bí thư Quận ủy Tân Bình, Phó Bí thư Thành ủy TP Hồ Chí Minh.", "",
			[]personWant{{"Trương Mỹ Hoa", "", []string{"Bí thư Quận ủy Tân Bình", "Phó Bí thư Thành ủy thành phố Hồ Chí Minh"}}}},
		{"terms of an office inside a chain", "Ông Nguyễn Lân Dũng, nguyên Đại biểu Quốc hội khóa XI, XII, nguyên Phó Chủ tịch Hội Vi sinh vật học, đã từ trần.", "",
			[]personWant{{"Nguyễn Lân Dũng", "", []string{"Đại biểu Quốc hội ", "Phó Chủ tịch Hội Vi sinh vật học"}}}},
		{"a pronoun sentence before names others", "Ông Nguyễn Lân Dũng từ trần. Ông là con trai của nhà giáo Nguyễn Lân. Sinh thời, ông từng là Chủ tịch Hội Vi sinh vật học Việt Nam.", "",
			[]personWant{{"Nguyễn Lân Dũng", "", []string{"Chủ tịch Hội Vi sinh vật học Việt Nam"}}, {"Nguyễn Lân", "", nil}}},
		{"the head of a delegation with his titles between", "Ông Nguyễn Duy Lâm tiếp đoàn do đồng chí Khamphan Sitthidampha, Tỉnh trưởng tỉnh Bolikhamxay làm trưởng đoàn.", "",
			[]personWant{{"Nguyễn Duy Lâm", "", nil}, {"Khamphan Sitthidampha", "", []string{"Tỉnh trưởng tỉnh Bolikhamxay", "trưởng đoàn "}}}},
		{"former office in a chain", "Ông Trần Văn Nam, nguyên Bí thư Tỉnh ủy Bình Dương bị khởi tố.", "",
			[]personWant{{"Trần Văn Nam", "", []string{"Bí thư Tỉnh ủy Bình Dương"}}}},
		{"title after a dash", "Bà Nguyễn Thị Phương Thảo - Tổng Giám đốc Vietjet Air chia sẻ.", "",
			[]personWant{{"Nguyễn Thị Phương Thảo", "", []string{"Tổng Giám đốc Vietjet Air"}}}},
		{"comma and form of address", "Giám đốc Sở GD-ĐT Hà Nội, ông Chử Xuân Dũng khẳng định.", "",
			[]personWant{{"Chử Xuân Dũng", "", []string{"Giám đốc Sở Giáo dục và Đào tạo Hà Nội"}}}},
		{"office as the source of an act", "Thừa ủy quyền của Chủ tịch nước, Đại tướng Nguyễn Văn Bình trao Huân chương.", "",
			[]personWant{{"Nguyễn Văn Bình", "Đại tướng", nil}}},
		{"byline dropped", "Ông Nguyễn Văn A cho biết.\nTrần Xuân", "Trần Xuân", []personWant{{"Nguyễn Văn A", "", nil}}},
		{"foreign family name merges", "Tổng thống Pháp Emmanuel Macron phát biểu. Ông Macron nói thêm.", "",
			[]personWant{{"Emmanuel Macron", "", []string{"Tổng thống Pháp"}}}},
		{"titles the speaker gives himself in a quote", "\"Hơn 20 năm làm Trưởng Công an xã Tà Lèng rồi Phó Trưởng Công an huyện Tam Đường, tôi hiểu từng bản làng\", Trung tá Vương Văn Thắng kể.", "",
			[]personWant{{"Vương Văn Thắng", "Trung tá", []string{"Trưởng Công an xã Tà Lèng", "Phó Trưởng Công an huyện Tam Đường"}}}},
		{"a list of titles in a first-person quote", "Đại tá Lê Văn Hòa nghỉ hưu. \"Những năm tôi làm Chủ tịch phân ban Việt Nam trong Ủy ban hợp tác, thành viên Hội đồng khoa học Việt Nam là đáng nhớ\", tướng Hòa chia sẻ.", "",
			[]personWant{{"Lê Văn Hòa", "Đại tá", []string{"Chủ tịch phân ban Việt Nam", "thành viên Hội đồng khoa học Việt Nam"}}}},
		{"a quote that names the holder keeps him", "\"Anh Nguyễn Văn Nam là Giám đốc Sở Y tế, tôi rất quý anh\", ông Trần Văn Bình nói.", "",
			[]personWant{{"Nguyễn Văn Nam", "", []string{"Giám đốc Sở Y tế"}}, {"Trần Văn Bình", "", nil}}},
		{"counterpart in the same office abroad", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu. Bộ trưởng Bùi Thanh Sơn đã hội đàm với người đồng cấp Hàn Quốc Park Jin.", "",
			[]personWant{{"Bùi Thanh Sơn", "", []string{"Bộ trưởng Bộ Ngoại giao"}}, {"Park Jin", "", []string{"Bộ trưởng Bộ Ngoại giao Hàn Quốc"}}}},
		{"counterpart replaces the country", "Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Trung Quốc Vương Nghị.", "",
			[]personWant{{"Sergei Lavrov", "", []string{"Ngoại trưởng Nga"}}, {"Vương Nghị", "", []string{"Ngoại trưởng Trung Quốc"}}}},
		{"counterpart with a form of address", "Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Trung Quốc, ông Vương Nghị.", "",
			[]personWant{{"Sergei Lavrov", "", []string{"Ngoại trưởng Nga"}}, {"Vương Nghị", "", []string{"Ngoại trưởng Trung Quốc"}}}},
		{"two counterparts of one minister", "Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với người đồng cấp Lào Chansamone Chanyalath và người đồng cấp Campuchia Tea Banh.", "",
			[]personWant{{"Phan Văn Giang", "", []string{"Bộ trưởng Quốc phòng"}}, {"Chansamone Chanyalath", "", []string{"Bộ trưởng Quốc phòng Lào"}}, {"Tea Banh", "", []string{"Bộ trưởng Quốc phòng Campuchia"}}}},
		{"counterpart yields to the office the article gives", "Thư ký Hội đồng An ninh Nga Nikolai Patrushev điện đàm với người đồng cấp Iran Ali Shamkhani. Thư ký Hội đồng An ninh Quốc gia Tối cao Iran (SNSC) Shamkhani lưu ý.", "",
			[]personWant{{"Nikolai Patrushev", "", []string{"Thư ký Hội đồng An ninh Nga"}}, {"Ali Shamkhani", "", []string{"Thư ký Hội đồng An ninh Quốc gia Tối cao Iran"}}}},
		{"an office repeated without its proper name", "Đồng chí Lò Văn Puôn giữ chức Bí thư Huyện ủy Sìn Hồ. Tân Bí thư Huyện ủy Lò Văn Puôn phát biểu.", "",
			[]personWant{{"Lò Văn Puôn", "", []string{"Bí thư Huyện ủy Sìn Hồ"}}}},
		{"group heading with gồm các đồng chí", "Các Phó Bí thư Huyện ủy gồm các đồng chí: Huỳnh Minh Thắng và Trịnh Thị Hoa.", "",
			[]personWant{{"Huỳnh Minh Thắng", "", []string{"Phó Bí thư Huyện ủy"}}, {"Trịnh Thị Hoa", "", []string{"Phó Bí thư Huyện ủy"}}}},
		{"a career joined by rồi", "Ông Lê Văn Tám từng làm Trưởng Công an xã Tà Lèng rồi Phó Trưởng Công an huyện Tam Đường.", "",
			[]personWant{{"Lê Văn Tám", "", []string{"Trưởng Công an xã Tà Lèng", "Phó Trưởng Công an huyện Tam Đường"}}}},
		{"a title after a name without a comma", "Đại tá Nguyễn Văn Hòa Giám đốc Công an tỉnh Sơn La cũng có mặt.", "",
			[]personWant{{"Nguyễn Văn Hòa", "Đại tá", []string{"Giám đốc Công an tỉnh Sơn La"}}}},
		{"a counted subject given an office heads a list with là", "Hai đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy là: bà Hà Thị Minh Nguyệt, Chủ tịch UBND tỉnh và ông Vi Đức Toàn, Trưởng Ban Tổ chức Tỉnh ủy.", "",
			[]personWant{{"Hà Thị Minh Nguyệt", "", []string{"Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"}}, {"Vi Đức Toàn", "", []string{"Phó Bí thư Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"}}}},
		{"members' ranks inside a group with its term", "Các Ủy viên Ban Thường vụ Tỉnh ủy khóa XVIII gồm: Đại tá Nông Quốc Huy, Giám đốc Công an tỉnh; Đại tá Hoàng Đình Lâm, Chỉ huy trưởng Bộ CHQS tỉnh; bà Triệu Thị Hằng.", "",
			[]personWant{{"Nông Quốc Huy", "Đại tá", []string{"Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"}},
				{"Hoàng Đình Lâm", "Đại tá", []string{"Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}},
				{"Triệu Thị Hằng", "", []string{"Ủy viên Ban Thường vụ Tỉnh ủy"}}}},
		{"a promotion announced by another officer", "Trung tướng Đặng Hồng Quân công bố Quyết định của Chủ tịch nước thăng cấp bậc hàm từ Đại tá lên Thiếu tướng đối với đồng chí Nguyễn Quang Thắng.", "",
			[]personWant{{"Đặng Hồng Quân", "Trung tướng", nil}, {"Nguyễn Quang Thắng", "Thiếu tướng", nil}}},
		{"a promotion over a list of officers split by semicolons", "Bộ trưởng công bố quyết định thăng cấp bậc hàm từ Đại tá lên Thiếu tướng đối với các đồng chí: Lê Văn Hòa, Giám đốc Công an tỉnh Nghệ An; Trần Văn Nam, Phó Tư lệnh Quân khu 4; Phạm Minh Đức, Cục trưởng Cục Cảnh sát hình sự.", "",
			[]personWant{{"Lê Văn Hòa", "Thiếu tướng", []string{"Giám đốc Công an tỉnh Nghệ An"}}, {"Trần Văn Nam", "Thiếu tướng", []string{"Phó Tư lệnh Quân khu 4"}},
				{"Phạm Minh Đức", "Thiếu tướng", []string{"Cục trưởng Cục Cảnh sát hình sự"}}}},
		{"a baptismal name alone is the person it was written before", "Linh mục Giuse Phạm Minh Thường được bổ nhiệm. Đức cha Giuse sinh năm 1968. Ông Lê Văn Nam và bà Giang dự lễ.", "",
			[]personWant{{"Phạm Minh Thường", "", nil}, {"Lê Văn Nam", "", nil}, {"Giang", "", nil}}},
		{"an office dismissed with its term", "HĐND tỉnh miễn nhiệm chức danh Chủ tịch HĐND tỉnh khóa XVIII đối với bà Lê Thị Hoa. Kỳ họp miễn nhiệm chức danh Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với ông Trần Văn Nam.", "",
			[]personWant{{"Lê Thị Hoa", "", []string{"Chủ tịch Hội đồng nhân dân tỉnh"}}, {"Trần Văn Nam", "", []string{"Ủy viên Ủy ban nhân dân tỉnh"}}}},
		{"an office taken in a role", "Ông Lê Văn Bình gia nhập ngân hàng năm 2021 với vai trò Phó Chủ tịch HĐQT.", "",
			[]personWant{{"Lê Văn Bình", "", []string{"Phó Chủ tịch Hội đồng quản trị"}}}},
		{"a vote count in brackets inside a group's list", "HĐND tỉnh bầu 2 Phó Chủ tịch HĐND tỉnh gồm: bà Lê Thị Hoa, Trưởng Ban Pháp chế (47/49 phiếu) và ông Trần Văn Nam, Chánh Văn phòng (46/49 phiếu).", "",
			[]personWant{{"Lê Thị Hoa", "", []string{"Phó Chủ tịch Hội đồng nhân dân tỉnh", "Trưởng Ban Pháp chế"}}, {"Trần Văn Nam", "", []string{"Phó Chủ tịch Hội đồng nhân dân tỉnh", "Chánh Văn phòng "}}}},
		{"group heading with a spaced colon", "Các Phó Chủ tịch Hội đồng gồm : ông Phùng Hữu Phú , ông Nguyễn Văn Thảo và bà Đinh Thị Mai Lan.", "",
			[]personWant{{"Phùng Hữu Phú", "", []string{"Phó Chủ tịch Hội đồng"}}, {"Nguyễn Văn Thảo", "", []string{"Phó Chủ tịch Hội đồng"}}, {"Đinh Thị Mai Lan", "", []string{"Phó Chủ tịch Hội đồng"}}}},
		{"a quote after a pronoun", "Dự lễ có cựu chiến binh Phạm Văn Bường. Ông kể: \"Hồi đó tôi là Tiểu đội trưởng, anh em hy sinh nhiều lắm\".", "",
			[]personWant{{"Phạm Văn Bường", "", []string{"Tiểu đội trưởng "}}}},
		{"the agent of do ... làm holds the office", "Ông Lê Văn Hải ký quyết định giao đất cho công ty do Trần Quang Vinh làm Giám đốc.", "",
			[]personWant{{"Lê Văn Hải", "", nil}, {"Trần Quang Vinh", "", []string{"Giám đốc "}}}},
		{"a given name beats a nearer family name", "Hoa hậu Đỗ Thị Hà dự lễ cùng ca sĩ Hà Anh Tuấn. Hoa hậu Hà xúc động.", "",
			[]personWant{{"Đỗ Thị Hà", "", nil}, {"Hà Anh Tuấn", "", nil}}},
		{"rank, then a degree, then the name", "Trung tướng, GS.TS Nguyễn Đắc Hoan, Giám đốc Học viện cho biết.", "",
			[]personWant{{"Nguyễn Đắc Hoan", "Trung tướng", []string{"Giám đốc Học viện"}}}},
		{"the last syllables of a full name", "Bệnh viện ghép gan cho bé Lò Thị Mai Anh. Sau 10 ngày, bé Mai Anh đã tự thở.", "",
			[]personWant{{"Lò Thị Mai Anh", "", nil}}},
		{"names joined by và share an elected office", "Hai đồng chí Lê Văn Bình và Trần Thị Hoa được bầu giữ chức Phó Bí thư Huyện ủy.", "",
			[]personWant{{"Lê Văn Bình", "", []string{"Phó Bí thư Huyện ủy"}}, {"Trần Thị Hoa", "", []string{"Phó Bí thư Huyện ủy"}}}},
		{"forms of address between joined names", "Đại hội bầu bà Lê Thị Hoa và ông Phạm Văn Nam làm thành viên Ban Kiểm soát.", "",
			[]personWant{{"Lê Thị Hoa", "", []string{"thành viên Ban Kiểm soát"}}, {"Phạm Văn Nam", "", []string{"thành viên Ban Kiểm soát"}}}},
		{"obituary: birth and home town before the offices", "Đồng chí Vũ Văn Tâm, sinh ngày 2/5/1941, quê xã Đông Hà, huyện Đông Hưng; nguyên Ủy viên Trung ương Đảng, nguyên Chủ tịch UBND tỉnh Thái Bình, đã từ trần.", "",
			[]personWant{{"Vũ Văn Tâm", "", []string{"Ủy viên Trung ương Đảng", "Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"}}}},
		{"a real name opening the next sentence", "Đêm nhạc của ca sĩ Hà Linh Châu kín chỗ. Tên thật là Đoàn Thị Hà Linh, cô sinh ra ở Vinh.", "",
			[]personWant{{"Hà Linh Châu", "", nil}}},
		{"a birth name opening the next sentence", "Nghệ sĩ Minh Khôi Lâm về quê biểu diễn.\n\nTên khai sinh là Lâm Minh Khôi, anh theo nghề từ nhỏ.", "",
			[]personWant{{"Minh Khôi Lâm", "", nil}}},
		{"a people between a name and its office", "Ông Hầu A Páo, người Mông, Trưởng thôn Séo Lủng phát biểu trước.", "",
			[]personWant{{"Hầu A Páo", "", []string{"Trưởng thôn Séo Lủng"}}}},
		{"an age between a name and its office", "Bà Lê Thị Nhàn, 58 tuổi, Chủ tịch Hội Phụ nữ xã, cho biết.", "",
			[]personWant{{"Lê Thị Nhàn", "", []string{"Chủ tịch Hội Phụ nữ xã"}}}},
		{"a people named in full between a name and its office", "Anh Vừ A Sểnh, người dân tộc Mông, Phó Trưởng Công an xã Mường Lèo nói.", "",
			[]personWant{{"Vừ A Sểnh", "", []string{"Phó Trưởng Công an xã Mường Lèo"}}}},
		{"a short description between a name and its office", "Ông Hà Văn Lực, người có uy tín, Trưởng bản Na Hốc lên tiếng.", "",
			[]personWant{{"Hà Văn Lực", "", []string{"Trưởng bản Na Hốc"}}}},
		{"an ethnic group between a name and its office", "Chị Lường Thị Ơn, dân tộc Thái, Bí thư Chi đoàn bản Co Mạ cho hay.", "",
			[]personWant{{"Lường Thị Ơn", "", []string{"Bí thư Chi đoàn bản Co Mạ"}}}},
		{"a comma alone closes a clause, no list", "Cùng thời điểm với ông Lê Văn Bình, ông Trần Văn Hòa từng là Chính ủy Quân khu 2.", "",
			[]personWant{{"Lê Văn Bình", "", nil}, {"Trần Văn Hòa", "", []string{"Chính ủy Quân khu 2"}}}},
		{"a list of three names shares the office", "Các ông Lê Văn Bình, Trần Văn Hòa và Đỗ Minh Quân được bầu làm Phó Chủ tịch UBND huyện.", "",
			[]personWant{{"Lê Văn Bình", "", []string{"Phó Chủ tịch Ủy ban nhân dân huyện"}}, {"Trần Văn Hòa", "", []string{"Phó Chủ tịch Ủy ban nhân dân huyện"}}, {"Đỗ Minh Quân", "", []string{"Phó Chủ tịch Ủy ban nhân dân huyện"}}}},
		{"a holder yet to come is nobody named", "Công ty giao ông Phạm Minh Đức phụ trách cho đến khi bổ nhiệm Giám đốc mới.\n\nÔng Đức sinh năm 1980.", "",
			[]personWant{{"Phạm Minh Đức", "", nil}}},
		{"a new office taken by the subject still counts", "Ông Phạm Minh Đức được bổ nhiệm Giám đốc mới của công ty.", "",
			[]personWant{{"Phạm Minh Đức", "", []string{"Giám đốc "}}}},
		{"an apposition stays with its name before a suspect", "Theo Thiếu tá Đỗ Minh Khang, Phó Đội trưởng Đội Cảnh sát kinh tế Công an huyện Lục Nam, nghi phạm Vi Văn Thắng khai đã giấu hàng trong kho.", "",
			[]personWant{{"Đỗ Minh Khang", "Thiếu tá", []string{"Phó Đội trưởng Đội Cảnh sát kinh tế Công an huyện Lục Nam"}}, {"Vi Văn Thắng", "", nil}}},
		{"an apposition chain stays with its name before a guest", "Dự buổi làm việc có ông Lưu Đình Khôi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, bà Chu Thị Hạnh và nhiều đại biểu khác.", "",
			[]personWant{{"Lưu Đình Khôi", "", []string{"Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"}}, {"Chu Thị Hạnh", "", nil}}},
		{"each elected name keeps its own office", "Hội nghị bầu đồng chí Nông Văn Thiện làm Bí thư Đảng ủy xã, đồng chí La Thị Mến làm Phó Bí thư Đảng ủy xã.", "",
			[]personWant{{"Nông Văn Thiện", "", []string{"Bí thư Đảng ủy xã"}}, {"La Thị Mến", "", []string{"Phó Bí thư Đảng ủy xã"}}}},
		{"an apposition stays with its name before a pupil", "Theo cô Viên Thị Lệ, Hiệu trưởng Trường Tiểu học Hòa Bình, em Thạch Gia Huy đã nhặt được ví và trả lại người mất.", "",
			[]personWant{{"Viên Thị Lệ", "", []string{"Hiệu trưởng Trường Tiểu học Hòa Bình"}}, {"Thạch Gia Huy", "", nil}}},
		{"a list of disciplined officials keeps each apposition", "Huyện đã khiển trách ông Kha Văn Bảo, Phó Chủ tịch UBND xã, bà Lục Thị Hằng, cán bộ văn phòng xã.", "",
			[]personWant{{"Kha Văn Bảo", "", []string{"Phó Chủ tịch Ủy ban nhân dân xã"}}, {"Lục Thị Hằng", "", nil}}},
		{"a list of ranked guests keeps each apposition", "Tiếp đoàn có Trung tướng Lò Văn Quang, Phó Tư lệnh Quân khu 2, Đại tá Mẫn Đức Thọ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", "",
			[]personWant{{"Lò Văn Quang", "Trung tướng", []string{"Phó Tư lệnh Quân khu 2"}}, {"Mẫn Đức Thọ", "Đại tá", []string{"Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}}}},
		{"each name followed by là keeps its office", "Trong ban lãnh đạo mới, ông Khương Văn Thìn là Chủ tịch Hội đồng thành viên, bà Lã Thị Nụ là Giám đốc.", "",
			[]personWant{{"Khương Văn Thìn", "", []string{"Chủ tịch Hội đồng thành viên"}}, {"Lã Thị Nụ", "", []string{"Giám đốc "}}}},
		{"the name's own titles before what it is made", "Cổ đông bầu bà Ninh Thị Thoa, Kế toán trưởng, làm Trưởng Ban Kiểm soát, ông Lạc Văn Đông làm thành viên Ban Kiểm soát.", "",
			[]personWant{{"Ninh Thị Thoa", "", []string{"Kế toán trưởng ", "Trưởng Ban Kiểm soát "}}, {"Lạc Văn Đông", "", []string{"thành viên Ban Kiểm soát"}}}},
		{"a list that puts titles first keeps that order", "Đón đoàn có Giám đốc Sở Ngoại vụ Trịnh Văn Hiển, Phó Chủ tịch UBND tỉnh, bà Mạc Thị Thu.", "",
			[]personWant{{"Trịnh Văn Hiển", "", []string{"Giám đốc Sở Ngoại vụ"}}, {"Mạc Thị Thu", "", []string{"Phó Chủ tịch Ủy ban nhân dân tỉnh"}}}},
		{"no apposition across và", "Lễ khánh thành có bà Giáp Thị Duyên và Chủ tịch UBND huyện, ông Âu Văn Tới.", "",
			[]personWant{{"Giáp Thị Duyên", "", nil}, {"Âu Văn Tới", "", []string{"Chủ tịch Ủy ban nhân dân huyện"}}}},
		{"a title behind a comma still leads to the name after it", "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh, ông Tạ Quang Hưng đề nghị các sở vào cuộc.", "",
			[]personWant{{"Tạ Quang Hưng", "", []string{"Phó Chủ tịch Ủy ban nhân dân tỉnh"}}}},
		{"a birth note does not run into the next sentence", "Cầu thủ Mạc Văn Lực, sinh năm 2004, ghi bàn thắng duy nhất.\n\nTrao cúp cho đội, ông Kiều Minh Tâm, Giám đốc Sở Văn hóa và Thể thao, chúc mừng các cầu thủ.", "",
			[]personWant{{"Mạc Văn Lực", "", nil}, {"Kiều Minh Tâm", "", []string{"Giám đốc Sở Văn hóa và Thể thao"}}}},
		{"an office taken from the person named after it", "Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch HĐND huyện đối với bà Lương Thị Yến để nhận công tác khác.", "",
			[]personWant{{"Lương Thị Yến", "", []string{"Phó Chủ tịch Hội đồng nhân dân huyện"}}}},
		{"a chain of offices taken from one person", "Ông Tô Văn Lũy đề nghị miễn nhiệm chức vụ Chánh Văn phòng, Ủy viên UBND huyện đối với ông Hầu Văn Chính.", "",
			[]personWant{{"Tô Văn Lũy", "", nil}, {"Hầu Văn Chính", "", []string{"Chánh Văn phòng ", "Ủy viên Ủy ban nhân dân huyện"}}}},
		{"an office taken from a ranked officer", "Quyết định cho thôi giữ chức Chỉ huy trưởng Bộ đội Biên phòng tỉnh đối với Đại tá Giàng Seo Phử được công bố sáng nay.", "",
			[]personWant{{"Giàng Seo Phử", "Đại tá", []string{"Chỉ huy trưởng Bộ đội Biên phòng tỉnh"}}}},
		{"an acting office handed to the subject", "Bà Khổng Thị Vân, Phó Chánh Thanh tra tỉnh được giao quyền Chánh Thanh tra tỉnh từ tháng 5.", "",
			[]personWant{{"Khổng Thị Vân", "", []string{"Phó Chánh Thanh tra tỉnh", "quyền Chánh Thanh tra tỉnh"}}}},
		{"an acting office handed by a titled agent", "Ông Ma Văn Sính, Phó Giám đốc Sở Tư pháp, được Chủ tịch UBND tỉnh Tống Văn Lý giao quyền Giám đốc Sở Tư pháp.", "",
			[]personWant{{"Ma Văn Sính", "", []string{"Phó Giám đốc Sở Tư pháp", "quyền Giám đốc Sở Tư pháp"}}, {"Tống Văn Lý", "", []string{"Chủ tịch Ủy ban nhân dân tỉnh"}}}},
		{"a task handed to an office is no title of the speaker", "Ông Chẩu Văn Lâm đề nghị tỉnh giao Giám đốc Sở Công Thương rà soát các dự án.", "",
			[]personWant{{"Chẩu Văn Lâm", "", nil}}},
		{"a spelled-out group named in turn", "Xã có hai Phó Chủ tịch UBND xã lần lượt là ông Quan Đức Hậu và bà Giàng Thị Dua.", "",
			[]personWant{{"Quan Đức Hậu", "", []string{"Phó Chủ tịch Ủy ban nhân dân xã"}}, {"Giàng Thị Dua", "", []string{"Phó Chủ tịch Ủy ban nhân dân xã"}}}},
		{"a company's board listed after its count", "Đại hội bầu HĐQT nhiệm kỳ 2025-2030 gồm 3 thành viên: ông Quách Tuấn Kiệt; bà Đàm Thị Mỹ Hạnh và ông Tạ Hoàng Long.", "",
			[]personWant{{"Quách Tuấn Kiệt", "", []string{"Thành viên Hội đồng quản trị"}}, {"Đàm Thị Mỹ Hạnh", "", []string{"Thành viên Hội đồng quản trị"}},
				{"Tạ Hoàng Long", "", []string{"Thành viên Hội đồng quản trị"}}}},
		{"a title ends its sentence after a bracket", "Ông Michael Anderson giữ chức Tổng Giám đốc (CEO). Bà Đàm Thị Mỹ Hạnh phát biểu.", "",
			[]personWant{{"Michael Anderson", "", []string{"Tổng Giám đốc "}}, {"Đàm Thị Mỹ Hạnh", "", nil}}},
		{"a degree's dot leads to the name", "Giám đốc Bệnh viện, PGS.TS. Lê Văn Tám cho biết.", "",
			[]personWant{{"Lê Văn Tám", "", []string{"Giám đốc Bệnh viện"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, peopleOf(t, tt.text, tt.byline))
		})
	}
}

// peopleOf links the people of text and returns them as personWants.
func peopleOf(t *testing.T, text, byline string) []personWant {
	var got []personWant
	for _, p := range linkPeople(peopleDoc(t, text, byline)) {
		w := personWant{name: p.Name, rank: p.Rank}
		for _, ti := range p.Titles {
			w.titles = append(w.titles, ti.Role+" "+ti.Organization)
		}
		got = append(got, w)
	}
	return got
}

func TestMentionSpans(t *testing.T) {
	text := "Thượng tướng Tô Lâm phát biểu. Ông Lâm cho biết."
	people := linkPeople(peopleDoc(t, text, ""))
	require.Len(t, people, 1)
	p := people[0]
	assert.Equal(t, "p1", p.ID)
	require.Len(t, p.Mentions, 2)
	assert.Equal(t, "Thượng tướng Tô Lâm", p.Mentions[0].Of(text))
	assert.Equal(t, "Lâm", p.Mentions[1].Of(text))
	assert.Equal(t, []string{"ông"}, p.Honorifics)
}

func FuzzLinkPeople(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an; các Phó Thủ tướng: A B, C D. Ông Lâm")
	f.Add("(Ảnh: X) thăng quân hàm từ Đại tá lên Thiếu tướng cho Đại tá Lê Văn A")
	f.Add("\"Tôi làm Trưởng Công an xã A, Phó Trưởng Công an huyện B\", Trung tá Lê Văn C kể. Ngoại trưởng Nga Sergei Lavrov gặp người đồng cấp Trung Quốc Vương Nghị")
	f.Fuzz(func(t *testing.T, s string) {
		doc := peopleDoc(t, s, "")
		for i, p := range linkPeople(doc) {
			if p.ID != "p"+itoa(i+1) || p.Name == "" {
				t.Fatalf("bad person %+v", p)
			}
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("bad mention %v", m)
				}
			}
			for _, ti := range p.Titles {
				if ti.Span.Start < 0 || ti.Span.End > len(s) || ti.Role == "" {
					t.Fatalf("bad title %+v", ti)
				}
			}
		}
	})
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func BenchmarkLinkPeople(b *testing.B) {
	raw, err := os.ReadFile("testdata/people_politics.txt")
	require.NoError(b, err)
	doc := peopleDoc(b, string(raw), "")
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		linkPeople(doc)
	}
}

func TestGivenNameBeatsFamilyName(t *testing.T) {
	text := "Hoa hậu Đỗ Thị Hà dự lễ cùng ca sĩ Hà Anh Tuấn. Hoa hậu Hà xúc động."
	people := linkPeople(peopleDoc(t, text, ""))
	require.Len(t, people, 2)
	var got []string
	for _, m := range people[0].Mentions {
		got = append(got, m.Of(text))
	}
	assert.Equal(t, "Đỗ Thị Hà", people[0].Name)
	assert.Equal(t, []string{"Đỗ Thị Hà", "Hà"}, got)
}

// The principal who delegates an act is no office of the one who acts.
func TestDelegatedOfficeIsNoTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []personWant
	}{
		{"delegated by the president", "Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Lê Minh Khái trao Huân chương Lao động.",
			[]personWant{{"Lê Minh Khái", "", []string{"Phó Thủ tướng "}}}},
		{"delegated with sự", "Được sự uỷ quyền của Chủ tịch nước, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh trao quà.",
			[]personWant{{"Đặng Thị Ngọc Thịnh", "", []string{"Phó Chủ tịch nước "}}}},
		{"a chain after của still belongs to the holder", "Ông chuyển lời của Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith tới lãnh đạo Việt Nam.",
			[]personWant{{"Thongloun Sisoulith", "", []string{"Tổng Bí thư ", "Chủ tịch nước Lào"}}}},
		{"đồng chí as the pronoun of a biography", "Đồng chí Phan Văn Khải từ trần. Năm 1996, đồng chí được bầu làm Bí thư Tỉnh ủy Long An.",
			[]personWant{{"Phan Văn Khải", "", []string{"Bí thư Tỉnh ủy Long An"}}}},
		{"a holder named after the city's committee", "Tại buổi lễ, ông Nguyễn Văn Được, Chủ tịch UBND TP Hồ Chí Minh trao bằng khen.",
			[]personWant{{"Nguyễn Văn Được", "", []string{"Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, peopleOf(t, tt.text, ""))
		})
	}
}

// TestPronounBeforeTokens checks the look-up of pronouns in the document's
// tokens against tokenizing every window of the test articles.
func TestPronounBeforeTokens(t *testing.T) {
	for k, text := range sampleTexts(t) {
		doc := peopleDoc(t, text, "")
		l := &peopleLinker{doc: doc, text: doc.Text}
		n := len(doc.Text)
		for a := 0; a < n; a += 7 {
			for _, w := range []int{1, 5, 30, 120, 800} {
				b := min(n, a+w)
				want := l.pronounIn(l.gapTokens(a, b))
				require.Equal(t, want, l.pronounBefore(a, b), "article %d [%d:%d]", k, a, b)
			}
		}
	}
}

// careerListByTokens is careerList as a pass over the document's tokens:
// a marker's opening word ends where a token ends.
func careerListByTokens(doc *pipeline.Document) int {
	var best [len(careerMarkers)]int
	for k := range best {
		best[k] = -1
	}
	for _, t := range scan.Document(doc) {
		for k, forms := range careerMarkers {
			for _, m := range forms {
				i := t.End - strings.IndexByte(m, ' ')
				if i >= 0 && strings.HasPrefix(doc.Text[i:], m) && (best[k] < 0 || i < best[k]) {
					best[k] = i
				}
			}
		}
	}
	for _, i := range best {
		if i >= 0 {
			return i
		}
	}
	return -1
}

func TestCareerList(t *testing.T) {
	texts := []string{
		"Ông sinh năm 1950. Tóm tắt quá trình công tác: 1970 nhập ngũ.",
		"TIỂU SỬ\nHọ và tên: Nguyễn Văn A. Quá Trình Công Tác: ...",
		"Họ Và Tên: B, tiểu sử: ... họ và tên: C",
		"nhiều sử sách; Tiểu Sử ông A; QUÁ TRÌNH CÔNG TÁC",
		"không có gì: ở đây: hết:", "", ":họ và tên:",
	}
	for _, text := range sampleTexts(t, texts...) {
		doc := &pipeline.Document{Text: text}
		l := &peopleLinker{doc: doc, text: text}
		assert.Equal(t, careerListByTokens(doc), l.careerList(), text[:min(len(text), 60)])
	}
}

func TestQuoteMarks(t *testing.T) {
	texts := []string{"", "\"", "“a” \"b\" – c … “", "a\xe2\x80", "x\xe2\x80\x9c", "““\"\"””"}
	for _, text := range sampleTexts(t, texts...) {
		var want []int
		for i, r := range text {
			if r == '"' || r == '“' || r == '”' {
				want = append(want, i)
			}
		}
		l := &peopleLinker{text: text}
		assert.Equal(t, len(want), len(l.quoteMarks()), text[:min(len(text), 40)])
		if len(want) > 0 {
			assert.Equal(t, want, l.quoteMarks())
		}
	}
}

func TestLowerTail(t *testing.T) {
	raw, err := os.ReadFile("testdata/people_politics.txt")
	require.NoError(t, err)
	text := string(raw) + " \u212a\u212a\u212aİİİ ĐẠI TƯỚNG"
	l := &peopleLinker{}
	for a := 0; a < len(text); a += 3 {
		for _, w := range []int{1, 13, 24, 40} {
			s := text[a:min(len(text), a+w)]
			full := scan.ToLower(s)
			for _, n := range []int{1, 6, 12, 18} {
				tail := string(l.lowerTail(s, n))
				require.True(t, strings.HasSuffix(full, tail), "%q %d", s, n)
				require.True(t, tail == full || len(tail) >= n, "%q %d", s, n)
			}
		}
	}
}

// sampleTexts returns the texts of the package's test articles
// (testdata/*.txt) after extra: the inputs of the tests that hold a fast
// path to the scan it replaces.
func sampleTexts(tb testing.TB, extra ...string) []string {
	tb.Helper()
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, files)
	texts := extra
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(tb, err)
		texts = append(texts, string(raw))
	}
	return texts
}

// TestJoinedEqual checks joinedEqual against the strings it stands for.
func TestJoinedEqual(t *testing.T) {
	parts := []string{"", " ", "a", "a b", "b", "a b c", "b c", "c", "ab", "a  b"}
	for _, a1 := range parts {
		for _, b1 := range parts {
			for _, a2 := range parts {
				for _, b2 := range parts {
					want := a1+" "+b1 == a2+" "+b2
					assert.Equal(t, want, joinedEqual(a1, b1, a2, b2), "%q %q %q %q", a1, b1, a2, b2)
				}
			}
		}
	}
}

// TestCareerSearch compares the anchored search of each kind of career
// marker with a search for each of its forms.
func TestCareerSearch(t *testing.T) {
	texts := []string{
		"", "q", "Tiểu sử", "tiểu sử", "quá trình công tác sử: Tiểu Sử",
		"Ông A. TIỂU SỬ\nHọ và tên: Nguyễn Văn A. Quá Trình Công Tác: ...",
		"sss Tiểu sử sss quá trình công tác HỌ VÀ TÊN: x Họ Và Tên:",
		"Quá trình QUÁ TRÌNH CÔNG TÁC qq: :Họ và Tên: tiểu Sử",
	}
	for _, text := range texts {
		for k, forms := range careerMarkers {
			want := -1
			for _, m := range forms {
				if i := strings.Index(text, m); i >= 0 && (want < 0 || i < want) {
					want = i
				}
			}
			got := -1
			for _, g := range careerSearch[k] {
				if i := g.index(text); i >= 0 && (got < 0 || i < got) {
					got = i
				}
			}
			require.Equal(t, want, got, "%q kind %d", text, k)
		}
	}
}

// TestFoldParts compares the parts foldParts cuts out of a folded value
// with the parts folded one by one.
func TestFoldParts(t *testing.T) {
	for _, tc := range []struct{ value, family, middle, given string }{
		{"Nguyễn Văn A", "Nguyễn", "Văn", "A"},
		{"Nguyễn Thị Kim Liên", "Nguyễn", "Thị Kim", "Liên"},
		{"Hải", "", "", "Hải"},
		{"Quang Hải", "", "Quang", "Hải"},
		{"Macron", "Macron", "", ""},
		{"Emmanuel Macron", "Macron", "", "Emmanuel"},
		{"ĐẶNG HỒNG QUÂN", "ĐẶNG", "HỒNG", "QUÂN"},
		{"Nguyễn_Văn_A", "Nguyễn", "Văn", "A"},
		{"Lê  Văn A", "Lê", "Văn", "A"},
		{"Lê Văn A ", "Lê", "Văn", "A "},
		{"Lê Văn \xffA", "Lê", "Văn", "\xffA"},
		{"Ⱥnh Văn A", "Ⱥnh", "Văn", "A"},
		{"Trần Văn ", "Trần", "Văn", ""},
		{"", "", "", ""},
	} {
		l := &peopleLinker{doc: &pipeline.Document{}}
		value, sameLen := l.foldExact(tc.value)
		m := mention{value: value, sameLen: sameLen, e: &pipeline.Entity{Value: tc.value,
			Person: &pipeline.PersonInfo{Family: tc.family, Middle: tc.middle, Given: tc.given}}}
		given, family, tail := l.foldParts(&m)
		assert.Equal(t, fold(tc.value), value, tc.value)
		assert.Equal(t, fold(tc.given), given, tc.value)
		assert.Equal(t, fold(tc.family), family, tc.value)
		assert.Equal(t, fold(strings.TrimSpace(tc.middle+" "+tc.given)), tail, tc.value)
	}
}

func TestOfficeTerm(t *testing.T) {
	for in, want := range map[string]string{
		"khóa XVIII đối với bà A":                  "đối với bà A",
		"khoá mới đối với ông B":                   "đối với ông B",
		"nhiệm kỳ 2021 - 2026 đối với ông C":       "đối với ông C",
		", nhiệm kỳ 2021-2026, đối với ông D":      "đối với ông D",
		"khóa XV, nhiệm kỳ 2021–2026 đối với bà E": "đối với bà E",
		"đối với ông F":                            "đối với ông F",
		"khóa học đối với ông G":                   "khóa học đối với ông G",
		"nhiệm kỳ tới đối với ông H":               "nhiệm kỳ tới đối với ông H",
	} {
		assert.Equal(t, want, officeTerm(in), in)
	}
}
