package byline

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/pipeline"
)

func TestSpaceAt(t *testing.T) {
	for _, s := range []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2003", "\u3000",
		"a", "Đ", "ạ", "ỹ", "\u0301", "\x1f", "!", "\xff", "\xe1\xbb", "\u200b", "😀"} {
		r, size := utf8.DecodeRuneInString(s)
		space, n := spaceAt(s, 0)
		assert.Equal(t, unicode.IsSpace(r), space, "%q", s)
		assert.Equal(t, size, n, "%q", s)
	}
}

func TestSplitWords(t *testing.T) {
	text := "  Hoàng\u00a0Thuỳ  Thượng tướng Nguyễn Văn A "
	words := func(limit int) []string {
		var out []string
		for _, w := range splitWords(text, pipeline.Span{Start: 0, End: len(text)}, limit) {
			out = append(out, w.Of(text))
		}
		return out
	}
	tests := []struct {
		limit int
		want  []string
	}{
		{1, []string{"Hoàng"}},
		{3, []string{"Hoàng", "Thuỳ", "Thượng"}},
		{6, []string{"Hoàng", "Thuỳ", "Thượng", "tướng", "Nguyễn", "Văn"}},
		{7, []string{"Hoàng", "Thuỳ", "Thượng", "tướng", "Nguyễn", "Văn", "A"}},
		{40, []string{"Hoàng", "Thuỳ", "Thượng", "tướng", "Nguyễn", "Văn", "A"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, words(tt.limit), "limit %d", tt.limit)
	}
}
