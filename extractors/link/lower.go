package link

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// lowerTabSize bounds the runes lowered by table: Latin, Latin Extended
// and Vietnamese's Latin Extended Additional, as in scan.
const lowerTabSize = 0x2000

// lowerTab[r] is unicode.ToLower(r) for r < lowerTabSize.
var lowerTab = func() *[lowerTabSize]rune {
	var t [lowerTabSize]rune
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return &t
}()

// latinExtLower[(c1&3)<<6|c2&0x3F] is the last byte of the lower case of
// the rune 0xE1 c1 c2 of U+1E00-U+1EFF (c1 0xB8-0xBB) when that lower case
// differs from it in the last byte at most, else 0.
var latinExtLower = func() (t [256]byte) {
	for r := rune(0x1E00); r < 0x1F00; r++ {
		if lr := lowerTab[r]; lr>>6 == r>>6 {
			t[r&0xFF] = 0x80 | byte(lr)&0x3F
		}
	}
	return t
}()

// asciiLower[c] is c lowered, for an ASCII byte c.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// appendLower appends scan.AppendLower(nil, s) to dst: strings.ToLower(s)
// byte for byte, every rune lowered as unicode.ToLower lowers it and
// invalid bytes replaced by U+FFFD. The linker lowers names, roles and
// award names (tens of bytes, most runes two or three bytes long) many
// times per article: this decodes and encodes the two- and three-byte
// runes of the table in place, where scan.AppendLower looks for the first
// change and then goes through utf8.AppendRune for every rune.
func appendLower[S ~string | ~[]byte](dst []byte, s S) []byte {
	for len(s) > 0 {
		// Nearly every rune lowers to a rune as long: lowerInPlace writes
		// those in place, up to the first one that may not.
		n := len(dst)
		if cap(dst)-n < len(s) {
			dst = slices.Grow(dst, len(s))
		}
		dst = dst[:n+len(s)]
		i := lowerInPlace(dst[n:], s)
		dst = dst[:n+i]
		if i == len(s) {
			break
		}
		// Another rune, or an invalid byte (U+FFFD, one byte at a time).
		var rb [utf8.UTFMax]byte
		r, size := utf8.DecodeRune(rb[:copy(rb[:], s[i:])])
		if r < lowerTabSize {
			r = lowerTab[r]
		} else {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		s = s[i+size:]
	}
	return dst
}

// lowerInPlace writes the lower case of s to out, which is as long, rune
// by rune up to the first rune whose lower case may differ in length, and
// returns how far it got.
func lowerInPlace[S ~string | ~[]byte](out []byte, s S) int {
	out = out[:len(s)]
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			out[i] = asciiLower[c&0x7F]
			i++
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) {
			// A two-byte rune (U+0080-U+07FF) whose lower case is one too.
			c1 := s[i+1]
			if c1&0xC0 != 0x80 {
				break
			}
			lr := lowerTab[rune(c&0x1F)<<6|rune(c1&0x3F)]
			if lr < 0x80 || lr >= 0x800 {
				break
			}
			out[i], out[i+1] = 0xC0|byte(lr>>6), 0x80|byte(lr)&0x3F
			i += 2
			continue
		}
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
			c1, c2 := s[i+1], s[i+2]
			// Vietnamese letters with two marks (U+1E00-U+1EFF): a table
			// indexed by the last two bytes.
			if c == 0xE1 && c1&0xFC == 0xB8 && c2&0xC0 == 0x80 {
				if lc := latinExtLower[int(c1&3)<<6|int(c2&0x3F)]; lc != 0 {
					out[i], out[i+1], out[i+2] = c, c1, lc
					i += 3
					continue
				}
			}
			if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
				break
			}
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x2000 && r < 0x2100 {
				// Dashes, quotes and other punctuation: no case.
				out[i], out[i+1], out[i+2] = c, c1, c2
				i += 3
				continue
			}
			// A three-byte rune of the table (U+0800-U+1FFF: not
			// overlong, no surrogate) whose lower case is three bytes
			// long too.
			if r < 0x800 || r >= lowerTabSize {
				break
			}
			lr := lowerTab[r]
			if lr < 0x800 || lr >= 0x10000 {
				break
			}
			out[i], out[i+1], out[i+2] = 0xE0|byte(lr>>12), 0x80|byte(lr>>6)&0x3F, 0x80|byte(lr)&0x3F
			i += 3
			continue
		}
		break
	}
	return i
}

// lowerString returns scan.ToLower(s): s itself when lowering changes
// nothing, else a new string.
func lowerString(s string) string {
	var buf [64]byte
	b := appendLower(buf[:0], s)
	if string(b) == s {
		return s
	}
	return string(b)
}
