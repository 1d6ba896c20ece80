package scan

import (
	"strings"
	"unicode/utf8"
)

// ToLower returns strings.ToLower(s), byte for byte: every rune lowered as
// unicode.ToLower lowers it, invalid bytes replaced by U+FFFD, and s itself
// when nothing changes. It looks Vietnamese letters up in a table instead
// of searching unicode's case ranges, and allocates only when s changes.
func ToLower(s string) string {
	i := lowerFrom(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(toLower(r))
	}
	return b.String()
}

// AppendLower appends strings.ToLower(s) to dst and returns it. With a
// buffer on the stack, a map lookup by string(AppendLower(buf[:0], s))
// allocates nothing.
func AppendLower(dst []byte, s string) []byte {
	i := lowerFrom(s)
	dst = append(dst, s[:i]...)
	for _, r := range s[i:] {
		dst = utf8.AppendRune(dst, toLower(r))
	}
	return dst
}

// lowerFrom returns the offset of the first rune of s that lowering
// changes, or len(s).
func lowerFrom(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if toLower(r) != r || n == 1 { // n == 1: an invalid byte becomes U+FFFD
			return i
		}
		i += n
	}
	return len(s)
}
