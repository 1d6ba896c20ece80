package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestCountValidRunes(t *testing.T) {
	for _, s := range []string{
		"", "a", "Thượng tướng Tô Lâm", "1234567", "12345678", "123456789",
		"ẠẠẠẠẠẠẠẠ", "😀 Đ ð \u2028 " + strings.Repeat("Việt Nam ", 9),
	} {
		assert.Equal(t, utf8.RuneCountInString(s), countValidRunes(s), "%q", s)
	}
}

func FuzzCountValidRunes(f *testing.F) {
	f.Add("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an 😀")
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			assert.Equal(t, utf8.RuneCountInString(s), countValidRunes(s))
		}
	})
}

func BenchmarkCountRunes(b *testing.B) {
	s := strings.Repeat("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an. ", 100)
	for _, bc := range []struct {
		name  string
		count func(string) int
	}{{"utf8.RuneCountInString", utf8.RuneCountInString}, {"countValidRunes", countValidRunes}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				bc.count(s)
			}
		})
	}
}

// FuzzMergeEntities holds mergeEntities to SortEntities over the runs'
// concatenation, on runs sorted or not and with ties.
func FuzzMergeEntities(f *testing.F) {
	f.Add([]byte{3, 0, 1, 2, 0, 1, 5, 2, 0, 0, 1, 1, 0, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		var runs [][]Entity
		var all []Entity
		n := 0
		for len(data) >= 4 {
			size := int(data[0]) % 6
			data = data[1:]
			var run []Entity
			for ; size > 0 && len(data) >= 3; size-- {
				e := Entity{Kind: Kind(data[0]%3 + 1), Span: Span{int(data[1] % 8), int(data[1]%8 + data[2]%4)}}
				e.Value = string(rune('a' + data[2]%2))
				e.Text = string(rune('A' + n)) // tells apart entities that tie
				n++
				run = append(run, e)
				data = data[3:]
			}
			runs = append(runs, run)
			all = append(all, run...)
		}
		SortEntities(all)
		got := mergeEntities(runs, len(all))
		if len(all) == 0 {
			assert.Empty(t, got)
			return
		}
		assert.Equal(t, all, got)
	})
}
