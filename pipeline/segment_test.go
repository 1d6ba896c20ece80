package pipeline_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		sentences []string
		paras     int
	}{
		{"two sentences", "Hội nghị khai mạc. Các đại biểu thảo luận.", []string{"Hội nghị khai mạc.", "Các đại biểu thảo luận."}, 1},
		{"paragraphs", "Dòng một\n\nDòng hai.", []string{"Dòng một", "Dòng hai."}, 2},
		{"abbreviation TP.", "Ông về TP. Hồ Chí Minh hôm qua.", []string{"Ông về TP. Hồ Chí Minh hôm qua."}, 1},
		{"degree GS.", "GS. Ngô Bảo Châu phát biểu. Sau đó nghỉ.", []string{"GS. Ngô Bảo Châu phát biểu.", "Sau đó nghỉ."}, 1},
		{"lower case after period", "Số 1.2 nghìn. và tiếp", []string{"Số 1.2 nghìn. và tiếp"}, 1},
		{"quote closes", "Ông nói: \"Tốt lắm.\" Rồi về.", []string{"Ông nói: \"Tốt lắm.\"", "Rồi về."}, 1},
		{"ellipsis", "Còn nhiều việc… Nhưng sẽ xong.", []string{"Còn nhiều việc…", "Nhưng sẽ xong."}, 1},
		{"curly quote closes", "Ông nói: “Tốt lắm.” Rồi về.", []string{"Ông nói: “Tốt lắm.”", "Rồi về."}, 1},
		{"ellipsis after a mark", "Xong rồi!… Về thôi.", []string{"Xong rồi!…", "Về thôi."}, 1},
		{"single curly quote", "Nó gọi là ‘nhà.’ Thế thôi.", []string{"Nó gọi là ‘nhà.’", "Thế thôi."}, 1},
		{"empty", "", nil, 0},
		{"spaces only", "  \n \n", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras, sents := pipeline.Segment(tt.text)
			var got []string
			for _, s := range sents {
				got = append(got, s.Of(tt.text))
			}
			assert.Equal(t, tt.sentences, got)
			assert.Len(t, paras, tt.paras)
		})
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("Hội nghị khai mạc. Các đại biểu thảo luận.\n\nTP. Hà Nội")
	f.Add("a. b? C! “D” …E")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		paras, sents := pipeline.Segment(text)
		last := 0
		for _, s := range sents {
			require.True(t, last <= s.Start && s.Start < s.End && s.End <= len(text), "sentences in order and in range")
			require.True(t, utf8.ValidString(s.Of(text)))
			last = s.End
		}
		for _, p := range paras {
			require.True(t, p.Start < p.End && p.End <= len(text))
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat("Sáng 12/9, tại TP. Hà Nội, Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an, đã chủ trì hội nghị. “Chúng ta phải làm tốt hơn…” Ông nói vậy!\n", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		pipeline.Segment(text)
	}
}
