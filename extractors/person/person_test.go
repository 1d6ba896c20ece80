package person_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
		{"culture", "NSND Lê Khanh và ca sĩ Mỹ Linh biểu diễn.", []string{"Lê Khanh", "Mỹ Linh"}},
		{"court", "Bị cáo Trịnh Xuân Thanh bị tuyên phạt, Chánh án Nguyễn Hòa Bình cho biết.", []string{"Trịnh Xuân Thanh", "Nguyễn Hòa Bình"}},
		{"streets and schools", "Trường Đại học Tôn Đức Thắng ở đường Nguyễn Trãi, quận Hai Bà Trưng.", nil},
		{"awards", "Huân chương Hồ Chí Minh và Giải thưởng Hồ Chí Minh", nil},
		{"historical person", "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.", []string{"Hồ Chí Minh"}},
		{"places", "tỉnh Lâm Đồng, tỉnh Cao Bằng và Hà Giang", nil},
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

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	require.NoError(b, err)
	x, _ := person.New(person.Config{})
	doc := &pipeline.Document{Text: string(data)}
	b.SetBytes(int64(len(data)))
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
