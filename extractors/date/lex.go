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

// lexer splits a text into tokens. A run of letters and digits is one token,
// a word unless it is all digits, so that "27B1" or "8h30" never look like a
// number to the grammar.
type lexer struct {
	src string
	pos int
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
	case c >= 0xC3 && c <= 0xC6 && i+1 < len(s): // U+00C0..U+01BF
		if c == 0xC3 && (s[i+1] == 0x97 || s[i+1] == 0xB7) {
			return clsPunct, 2 // × ÷
		}
		return clsLetter, 2
	case (c == 0xCC || c == 0xCD) && i+1 < len(s): // combining marks
		return clsLetter, 2
	case c == 0xC2 && i+1 < len(s): // U+0080..U+00BF
		if s[i+1] == 0xA0 {
			return clsSpace, 2 // NBSP
		}
		return clsPunct, 2
	case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB: // U+1E00..U+1EFF
		return clsLetter, 3
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80: // U+2000..U+203F
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

// next returns the next token and false at the end of the text.
func (l *lexer) next() (token, bool) {
	var t token
	src := l.src
	for l.pos < len(src) {
		if src[l.pos] == ' ' {
			t.space = true
			l.pos++
			continue
		}
		cls, n := class(src, l.pos)
		if cls != clsSpace {
			break
		}
		t.space = true
		if c := src[l.pos]; c == '\n' || n == 3 && c == 0xE2 && (src[l.pos+2] == 0xA8 || src[l.pos+2] == 0xA9) {
			t.newline = true
		}
		l.pos += n
	}
	if l.pos >= len(src) {
		return t, false
	}
	t.start = l.pos
	alpha, digits := false, 0
	for l.pos < len(src) {
		c := src[l.pos]
		if c >= '0' && c <= '9' {
			if digits < 10 {
				t.num = t.num*10 + int(c-'0')
			}
			digits++
			l.pos++
			continue
		}
		// Fast path for the letters of Vietnamese, decided as class
		// decides them: ASCII, Latin-1 and Latin Extended-A/B (but × and
		// ÷), combining marks, Latin Extended Additional (U+1E00..U+1EFF).
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			alpha = true
			l.pos++
			continue
		}
		if l.pos+1 < len(src) && (c >= 0xC4 && c <= 0xC6 || c == 0xCC || c == 0xCD ||
			c == 0xC3 && src[l.pos+1] != 0x97 && src[l.pos+1] != 0xB7) {
			alpha = true
			l.pos += 2
			continue
		}
		if c == 0xE1 && l.pos+2 < len(src) && src[l.pos+1] >= 0xB8 && src[l.pos+1] <= 0xBB {
			alpha = true
			l.pos += 3
			continue
		}
		cls, n := class(src, l.pos)
		if cls != clsLetter {
			break
		}
		alpha = true
		l.pos += n
	}
	switch {
	case alpha:
		t.kind = tokWord
		t.num, t.digits = 0, 0
	case digits > 0:
		t.kind = tokNum
		t.digits = uint8(min(digits, 255))
	default:
		_, n := class(src, l.pos)
		t.kind = tokPunct
		t.r, _ = utf8.DecodeRuneInString(src[l.pos:])
		l.pos += n
	}
	t.end = l.pos
	return t, true
}

// tokenize appends to toks the tokens of s[from:to]; from and to must lie on
// rune boundaries. Offsets stay relative to all of s.
func tokenize(toks []token, s string, from, to int) []token {
	l := lexer{src: s[:to], pos: from}
	for {
		t, ok := l.next()
		if !ok {
			return toks
		}
		toks = append(toks, t)
	}
}
