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
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := DecodeRune(s, i)
		b.WriteRune(toLower(r))
		i += n
	}
	return b.String()
}

// AppendLower appends strings.ToLower(s) to dst and returns it. With a
// buffer on the stack, a map lookup by string(AppendLower(buf[:0], s))
// allocates nothing.
func AppendLower(dst []byte, s string) []byte {
	i := lowerFrom(s)
	dst = append(dst, s[:i]...)
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := DecodeRune(s, i)
		switch r = toLower(r); {
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case r < 0x800:
			dst = append(dst, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
		default:
			dst = utf8.AppendRune(dst, r)
		}
		i += n
	}
	return dst
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) for s[i] outside ASCII,
// inline for the two-byte runes and the 0xE1 runes that spell Vietnamese:
// the lowering here and the name tests of package lex decode most
// Vietnamese letters without the call.
func DecodeRune(s string, i int) (rune, int) {
	if c := s[i]; 0xC2 <= c && c < 0xE0 {
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
	} else if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return 0x1000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
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
		r, n := DecodeRune(s, i)
		if toLower(r) != r || n == 1 { // n == 1: an invalid byte becomes U+FFFD
			return i
		}
		i += n
	}
	return len(s)
}
