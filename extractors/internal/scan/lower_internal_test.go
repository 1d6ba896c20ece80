package scan

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestDecodeRune(t *testing.T) {
	for _, s := range []string{"à", "Đ", "ệ", "Ễ", "ǅ", "’", "中", "😀", "\xc3", "\xc3(", "\xe1\xba", "\xe1\xba(", "\xe1((", "\xff", "\xed\xa0\x80"} {
		wantR, wantN := utf8.DecodeRuneInString(s)
		r, n := DecodeRune(s, 0)
		assert.Equal(t, wantR, r, "%q", s)
		assert.Equal(t, wantN, n, "%q", s)
	}
}
