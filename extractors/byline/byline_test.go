package byline_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/byline"
	"github.com/vnextract/vnextract/pipeline"
)

func doc(text string) *pipeline.Document {
	d := &pipeline.Document{Text: text}
	d.Paragraphs, d.Sentences = pipeline.Segment(text)
	return d
}

func TestExtract(t *testing.T) {
	const body = "Sáng nay, UBND tỉnh tổ chức hội nghị tổng kết. Các đại biểu đã thảo luận sôi nổi."
	tests := []struct {
		name string
		text string
		want string // Value; "" for none
		span string // Text of the entity
	}{
		{"own line", body + "\n\nTrần Xuân", "Trần Xuân", "Trần Xuân"},
		{"glued after the last sentence", body + " Hồng Quý", "Hồng Quý", "Hồng Quý"},
		{"agency after slash", body + "/. CTV Nhật Minh/VOV.VN", "Nhật Minh", "CTV Nhật Minh/VOV.VN"},
		{"note in brackets after", body + " Công Danh (tổng hợp theo TTXVN)", "Công Danh", "Công Danh (tổng hợp theo TTXVN)"},
		{"note in brackets before", body + " (Tổng hợp) Duy Ngọc", "Duy Ngọc", "(Tổng hợp) Duy Ngọc"},
		{"all caps", body + "… DƯƠNG QUANG", "DƯƠNG QUANG", "DƯƠNG QUANG"},
		{"two authors", body + " Võ Văn Thành - Bá Đô", "Võ Văn Thành - Bá Đô", "Võ Văn Thành - Bá Đô"},
		{"text and photos credited", body + "\n\nBài và ảnh: Minh Châu", "Minh Châu", "Bài và ảnh: Minh Châu"},
		{"news and photos credited to two", body + "\n\nTin, ảnh: Hải Nam - Thu Hà", "Hải Nam - Thu Hà", "Tin, ảnh: Hải Nam - Thu Hà"},
		{"none: a photo credit alone", body + "\n\nẢnh: Minh Châu", "", ""},
		{"followed by a photo caption", body + " Hoàng Thuỳ Thượng tướng Nguyễn Văn A phát biểu.", "Hoàng Thuỳ", "Hoàng Thuỳ"},
		{"none: a person with a dashed apposition", body + " Ông Hà Văn Cường - Giám đốc Sở Y tế - cho biết thêm.", "", ""},
		{"none: ordinary last sentence", body + " Trường Giang rưng rưng nước mắt khi gặp người hâm mộ.", "", ""},
		{"none: sentence ends the article", body, "", ""},
		{"none: one word", body + " Hà", "", ""},
		{"under the headline", "Khen thưởng lực lượng chữa cháy\n\nHoàng Lâm\n\n" + body, "Hoàng Lâm", "Hoàng Lâm"},
		{"two authors under the headline", "Cảnh sát biển cứu 9 ngư dân\n\nTuấn Anh - Hoàng Hà\n\n" + body, "Tuấn Anh - Hoàng Hà", "Tuấn Anh - Hoàng Hà"},
		{"none: a place under the headline", "Khen thưởng lực lượng chữa cháy\n\nHà Nội\n\n" + body, "", ""},
		{"none: the headline's second line names the story's person", "Người thầy của bản\n\nLò Văn Pó\n\nThầy Lò Văn Pó dạy học ở bản. " + body, "", ""},
		{"none: a title-case headline", "Quang Hải Trở Lại\n\n" + body, "", ""},
		{"none: single sentence", "Trần Xuân", "", ""},
	}
	x, err := byline.New(byline.Config{})
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.text)
			es, err := x.Extract(context.Background(), d)
			require.NoError(t, err)
			if tt.want == "" {
				assert.Empty(t, es)
				return
			}
			require.Len(t, es, 1)
			assert.Equal(t, pipeline.KindByline, es[0].Kind)
			assert.Equal(t, tt.want, es[0].Value)
			assert.Equal(t, tt.span, es[0].Text)
			assert.Equal(t, es[0].Text, es[0].Span.Of(d.Text))
		})
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Các đại biểu đã thảo luận. Trần Xuân")
	f.Add("A. B C D E F G H (x/y) /")
	f.Add("Một câu. (Tổng hợp) Duy Ngọc")
	x, _ := byline.New(byline.Config{})
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := doc(text)
		es, err := x.Extract(context.Background(), d)
		require.NoError(t, err)
		for _, e := range es {
			require.True(t, 0 <= e.Span.Start && e.Span.Start <= e.Span.End && e.Span.End <= len(text))
			require.Equal(t, e.Text, e.Span.Of(text))
			require.NotEmpty(t, e.Value)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("Sáng nay, UBND tỉnh tổ chức hội nghị tổng kết công tác năm. ", 50) + "Trần Xuân"
	d := doc(text)
	x, _ := byline.New(byline.Config{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = x.Extract(context.Background(), d)
	}
}

func ExampleNew() {
	x, _ := byline.New(byline.Config{})
	text := "Hội nghị đã thành công tốt đẹp. Nhật Minh/VOV.VN"
	d := &pipeline.Document{Text: text}
	d.Paragraphs, d.Sentences = pipeline.Segment(text)
	es, _ := x.Extract(context.Background(), d)
	fmt.Println(es[0].Value)
	// Output: Nhật Minh
}
