package date

import (
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, or letters mixed with digits ("8h30", "27B1")
	tokNum                      // ASCII digits only
	tokPunct                    // one rune that is neither letter, digit nor space
)

// token is one lexical unit of the text; start and end are byte offsets.
// It holds no pointers, so a slice of them costs the collector nothing.
type token struct {
	start, end int
	num        int     // value of a tokNum (saturated for long runs)
	r          rune    // the rune of a tokPunct
	kind       tokKind //
	digits     uint8   // number of digits of a tokNum, at most 255
	space      bool    // whitespace separates it from the previous token
	newline    bool    // that whitespace holds a line break
}

// Classes of what starts at a byte: the lexer decides most runes from their
// first bytes without decoding them.
const (
	clsPunct uint8 = iota
	clsSpace
	clsDigit
	clsLetter
)

// class returns the class of the rune at s[i] and its length in bytes.
// Vietnamese letters (Latin-1, Latin Extended-A/B, combining marks and
// Latin Extended Additional) and the common spaces and punctuation take
// the fast path.
func class(s string, i int) (uint8, int) {
	c := s[i]
	switch {
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		return clsLetter, 1
	case c >= '0' && c <= '9':
		return clsDigit, 1
	case c == ' ' || c >= '\t' && c <= '\r':
		return clsSpace, 1
	case c < utf8.RuneSelf:
		return clsPunct, 1
	case c >= 0xC3 && c <= 0xC6 && i+1 < len(s) && cont(s[i+1]): // U+00C0..U+01BF
		if c == 0xC3 && (s[i+1] == 0x97 || s[i+1] == 0xB7) {
			return clsPunct, 2 // × ÷
		}
		return clsLetter, 2
	case (c == 0xCC || c == 0xCD) && i+1 < len(s) && cont(s[i+1]): // combining marks
		return clsLetter, 2
	case c == 0xC2 && i+1 < len(s) && cont(s[i+1]): // U+0080..U+00BF
		if s[i+1] == 0xA0 {
			return clsSpace, 2 // NBSP
		}
		return clsPunct, 2
	case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && cont(s[i+2]): // U+1E00..U+1EFF
		return clsLetter, 3
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && cont(s[i+2]): // U+2000..U+203F
		switch b := s[i+2]; {
		case b <= 0x8F || b >= 0xA8 && b <= 0xAF:
			return clsSpace, 3 // spaces, zero-width characters, line separators
		}
		return clsPunct, 3 // dashes, quotes, ellipsis
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
		return clsSpace, n
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return clsLetter, n
	case unicode.IsDigit(r):
		return clsPunct, n // not an ASCII digit: no part of a number
	}
	return clsPunct, n
}

// cont reports whether b is a UTF-8 continuation byte. The fast paths
// check it as utf8 would: a byte out of place is one rune, an error, so
// that a window opened at any rune start tokenizes as the whole text does.
func cont(b byte) bool { return b&0xC0 == 0x80 }

// tokenize appends to toks the tokens of s[from:to]; from and to must lie on
// rune boundaries. Offsets stay relative to all of s. A run of letters and
// digits is one token, a word unless it is all digits, so that "27B1" or
// "8h30" never look like a number to the grammar. It is one loop, with no
// call per token: most windows hold a few dozen short tokens.
func tokenize(toks []token, s string, from, to int) []token {
	src, pos := s[:to], from
	for {
		var t token
		for pos < len(src) {
			c := src[pos]
			if c == ' ' {
				t.space = true
				pos++
				continue
			}
			// What starts most tokens is no space whatever follows:
			// printable ASCII, and the lead bytes of Latin-1 and Latin
			// Extended-A/B.
			if c > ' ' && c < utf8.RuneSelf || c >= 0xC3 && c <= 0xC6 {
				break
			}
			cls, n := class(src, pos)
			if cls != clsSpace {
				break
			}
			t.space = true
			if c == '\n' || n == 3 && c == 0xE2 && (src[pos+2] == 0xA8 || src[pos+2] == 0xA9) {
				t.newline = true
			}
			pos += n
		}
		if pos >= len(src) {
			return toks
		}
		t.start = pos
		alpha, digits := false, 0
		for pos < len(src) {
			c := src[pos]
			// Fast path for the letters of Vietnamese, decided as class
			// decides them: ASCII, Latin-1 and Latin Extended-A/B (but ×
			// and ÷), combining marks, Latin Extended Additional
			// (U+1E00..U+1EFF). Letters come first: they are most bytes.
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				alpha = true
				pos++
				continue
			}
			if c >= '0' && c <= '9' {
				if digits < 10 {
					t.num = t.num*10 + int(c-'0')
				}
				digits++
				pos++
				continue
			}
			if c < utf8.RuneSelf {
				break // a space or punctuation, as class says: the token ends
			}
			if pos+1 < len(src) && cont(src[pos+1]) && (c >= 0xC4 && c <= 0xC6 || c == 0xCC || c == 0xCD ||
				c == 0xC3 && src[pos+1] != 0x97 && src[pos+1] != 0xB7) {
				alpha = true
				pos += 2
				continue
			}
			if c == 0xE1 && pos+2 < len(src) && src[pos+1] >= 0xB8 && src[pos+1] <= 0xBB && cont(src[pos+2]) {
				alpha = true
				pos += 3
				continue
			}
			cls, n := class(src, pos)
			if cls != clsLetter {
				break
			}
			alpha = true
			pos += n
		}
		switch {
		case alpha:
			t.kind = tokWord
			t.num, t.digits = 0, 0
		case digits > 0:
			t.kind = tokNum
			t.digits = uint8(min(digits, 255))
		default:
			t.kind = tokPunct
			if c := src[pos]; c < utf8.RuneSelf {
				t.r = rune(c)
				pos++
				break
			}
			_, n := class(src, pos)
			t.r, _ = utf8.DecodeRuneInString(src[pos:])
			pos += n
		}
		t.end = pos
		toks = append(toks, t)
	}
}
