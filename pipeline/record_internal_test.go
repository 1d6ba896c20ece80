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
