package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/pipeline/normalize"
)

func TestCountValidRunes(t *testing.T) {
	for _, s := range []string{
		"", "a", "Thượng tướng Tô Lâm", "1234567", "12345678", "123456789",
		"ẠẠẠẠẠẠẠẠ", "😀 Đ ð \u2028 " + strings.Repeat("Việt Nam ", 9),
		strings.Repeat("😀", 1000), strings.Repeat("Ạ", 3000) + "a", strings.Repeat("Thượng tướng ", 500),
	} {
		assert.Equal(t, utf8.RuneCountInString(s), runesOf(s, len(s)), "%q", s)
	}
	// Long runs of continuation bytes: not UTF-8, but the count is still
	// that of the bytes that are not continuation bytes.
	for _, n := range []int{8 * 255, 8*255 + 1, 8 * 256, 8*255*3 + 7, 16 * 127, 16*127 + 1, 16*127*2 + 15, 16*128 + 9, 32 * 63, 32*63 + 16, 32*63*2 + 31, 32*64 + 17} {
		s := strings.Repeat("\x80", n)
		assert.Equal(t, 0, runesOf(s, len(s)), n)
		assert.Equal(t, 1, runesOf("a"+s, len(s)+1), n)
	}
}

// TestCountValidRunesIn checks every range of a few texts, short and long,
// against the bytes that are not continuation bytes.
func TestCountValidRunesIn(t *testing.T) {
	for _, s := range []string{
		"", "a", "Đ", "Thượng tướng Tô Lâm", strings.Repeat("Ủy viên Bộ Chính trị, 😀 ", 12),
	} {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				assert.Equal(t, nonContinuation(s[i:j]), runesOf(s, j)-runesOf(s, i), "%q[%d:%d]", s, i, j)
			}
		}
	}
}

// runesOf counts the bytes of s[:b] that are not continuation bytes, as
// codePoints does for canonical text, with a new codePoints each time.
func runesOf(s string, b int) int {
	c := &codePoints{text: s, blocks: []int{0}}
	return c.runesBefore(b)
}

func nonContinuation(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func FuzzCountValidRunes(f *testing.F) {
	f.Add("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an 😀")
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			assert.Equal(t, utf8.RuneCountInString(s), runesOf(s, len(s)))
		}
		for i := 0; i < len(s) && i < 40; i += 3 {
			j := i + (len(s)-i)/2
			assert.Equal(t, nonContinuation(s[i:]), runesOf(s, len(s))-runesOf(s, i))
			assert.Equal(t, nonContinuation(s[i:j]), runesOf(s, j)-runesOf(s, i))
		}
	})
}

func BenchmarkCountRunes(b *testing.B) {
	s := strings.Repeat("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an. ", 100)
	for _, bc := range []struct {
		name  string
		count func(string) int
	}{{"utf8.RuneCountInString", utf8.RuneCountInString}, {"codePoints", func(s string) int { return runesOf(s, len(s)) }}} {
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
		got := mergeEntities(nil, runs, len(all))
		if len(all) == 0 {
			assert.Empty(t, got)
			return
		}
		assert.Equal(t, all, got)
	})
}

// appendCanonicalString must write what appendString does for the
// normalizer's output; appendString is held to encoding/json by
// FuzzAppendJSON.
func FuzzAppendCanonicalString(f *testing.F) {
	for _, s := range []string{
		"", "a\"b\\c\x01\x1f\x7f", "Thủ tướng \u2028 “Việt Nam” \u2029…–\u2027\u202a",
		"12345678\"\"\"\"\"\"\"\"\\\\\\\\\\\\\\\\\n\t\r\b\f\u00a2\u00dc\u0080 😀",
		strings.Repeat("Ủy viên Bộ Chính trị \u2028\"\n", 5) + "\xe2\x80", "\n\n\"\\", "x\ny\n\nz\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := normalize.String(s)
		assert.Equal(t, string(appendString(nil, c)), string(appendCanonicalString(nil, c)), "%q", c)
	})
}

func TestAppendCanonicalString(t *testing.T) {
	for _, s := range []string{
		"", "\n", `"`, `\`, "a\nb\"c\\d", "\\\\\"\"\n\n", "Việt “Nam”\n\nà", "x\"", "\"x",
		strings.Repeat("Bộ trưởng \"Công an\"\n\\", 40),
	} {
		assert.Equal(t, string(appendString([]byte("{"), s)), string(appendCanonicalString([]byte("{"), s)), "%q", s)
	}
}

// TestCodePointsCanonical asks canonical text's code points by blocks at
// every rune boundary, out of order, as NewRecord may, and at the end.
func TestCodePointsCanonical(t *testing.T) {
	for _, text := range []string{
		"Đ", "Thượng tướng Tô Lâm", strings.Repeat("Ủy viên Bộ Chính trị, 😀 ", 40), strings.Repeat("a", 3*cpBlock),
	} {
		var offs []int
		for i := range text {
			offs = append(offs, i)
		}
		offs = append(offs, len(text))
		for _, farFirst := range []bool{false, true} {
			c := newCodePoints(&Document{Text: text, validText: true})
			for k := range offs { // in order, or back and forth
				o := offs[k]
				if farFirst && k%2 == 0 {
					o = offs[len(offs)-1-k]
				}
				assert.Equal(t, utf8.RuneCountInString(text[:o]), c.take(o), "%q[:%d]", text, o)
			}
			c.release()
		}
	}
}
