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
		strings.Repeat("😀", 1000), strings.Repeat("Ạ", 3000) + "a", strings.Repeat("Thượng tướng ", 500),
	} {
		assert.Equal(t, utf8.RuneCountInString(s), countValidRunes(s), "%q", s)
	}
	// Long runs of continuation bytes: not UTF-8, but the count is still
	// that of the bytes that are not continuation bytes.
	for _, n := range []int{8 * 255, 8*255 + 1, 8 * 256, 8*255*3 + 7} {
		s := strings.Repeat("\x80", n)
		assert.Equal(t, 0, countValidRunes(s), n)
		assert.Equal(t, 1, countValidRunes("a"+s), n)
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

// appendValidString must write what appendString does for valid UTF-8;
// appendString is held to encoding/json by FuzzAppendJSON.
func FuzzAppendValidString(f *testing.F) {
	for _, s := range []string{
		"", "a\"b\\c\x01\x1f\x7f", "Thủ tướng \u2028 “Việt Nam” \u2029…–\u2027\u202a",
		"12345678\"\"\"\"\"\"\"\"\\\\\\\\\\\\\\\\\n\t\r\b\f\u00a2\u00dc\u0080 😀",
		strings.Repeat("Ủy viên Bộ Chính trị \u2028\"\n", 5) + "\xe2\x80",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := string(appendString(nil, s))
		if utf8.ValidString(s) {
			assert.Equal(t, want, string(appendValidString(nil, s)), "%q", s)
		}
	})
}
