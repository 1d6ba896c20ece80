// Package scan splits Vietnamese news text into tokens with byte offsets.
// It is the one tokenizer the person, rank and title extractors share, so
// that their spans agree to the byte. It allocates only for the lower-case
// form of tokens that have capital letters.
package scan

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters, maybe with digits, inner hyphens or apostrophes: "Jae-in", "PA92"
	Number                 // digits, maybe with inner separators: "2017", "12-9-2017", "1.000"
	Punct                  // one punctuation or symbol rune
)

// Flags describe a word's letter case and position.
type Flags uint8

// Token flags.
const (
	Upper         Flags = 1 << iota // the first letter is upper case
	AllUpper                        // every letter is upper case and there are at least two
	SentStart                       // the first word of a sentence, line or quotation
	SpaceBefore                     // white space stands right before the token
	NewlineBefore                   // a line break lies between the previous token and this one
)

// Token is one token of the text: Text[Start:End].
type Token struct {
	Start, End int
	Lower      string // lower-case form; for punctuation, the rune itself
	Kind       Kind
	Flags      Flags
}

// Is reports whether every flag in f is set.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Cap reports whether the token is a word written with an initial capital.
func (t Token) Cap() bool { return t.Kind == Word && t.Flags&Upper != 0 }

// Runes below tableSize (Latin, Latin Extended and Vietnamese's Latin
// Extended Additional) are classified by table; the rest by package unicode.
const tableSize = 0x2000

const (
	cLetter = 1 << iota
	cUpper
	cSpace
)

var (
	// asciiLetter is cLetter for a-z, cUpper for A-Z, 0 for other bytes.
	asciiLetter [256]uint8
	class       [tableSize]uint8
	lower       [tableSize]rune
)

func init() {
	for r := rune(0); r < tableSize; r++ {
		var c uint8
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			c |= cLetter
		}
		// Titlecase letters ("ǅ") lower-case too: counting them as
		// capitals keeps Lower equal to strings.ToLower.
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			c |= cUpper
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			c |= cSpace
		}
		class[r] = c
		lower[r] = unicode.ToLower(r)
	}
	for b := 'a'; b <= 'z'; b++ {
		asciiLetter[b] = cLetter
		asciiLetter[b-'a'+'A'] = cUpper
	}
}

func classOf(r rune) uint8 {
	if r < tableSize {
		return class[r]
	}
	var c uint8
	if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		c |= cLetter
	}
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		c |= cUpper
	}
	if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
		c |= cSpace
	}
	return c
}

func toLower(r rune) rune {
	if r < tableSize {
		return lower[r]
	}
	return unicode.ToLower(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Tokens appends the tokens of text to dst and returns it. White space is
// dropped; every other rune belongs to exactly one token. The lower-case
// forms of capitalized words share one allocation.
func Tokens(text string, dst []Token) []Token {
	return tokens(text, dst, len(text)+1)
}

// FirstTokens is Tokens for at most the first n tokens of text: the same
// tokens, at the cost of scanning only as far as they reach.
func FirstTokens(text string, dst []Token, n int) []Token {
	if n <= 0 {
		return dst
	}
	return tokens(text, dst, n)
}

func tokens(text string, dst []Token, n int) []Token {
	limit := len(dst) + n
	// Vietnamese news runs at about one token per four bytes.
	dst = slices.Grow(dst, min(len(text)/4+1, n))
	arenaSize := min(len(text)/6+16, 16*n)
	// The lower-case forms of capitalized words go to one builder: a
	// string taken from it stays valid as it grows.
	var arena strings.Builder
	sentStart := true
	var space, newline bool
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			space = true
			i++
			continue
		}
		r, n := decode(text, i)
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			newline, space, sentStart = true, true, true
			i += n
			continue
		}
		c := classOf(r)
		// Word-segmented corpora join syllables with "_" ("Nguyễn_Văn_A"):
		// it separates syllables like a space.
		if c&cSpace != 0 || r == '\u200b' || r == '\ufeff' || r == '_' {
			space = true
			i += n
			continue
		}
		t := Token{Start: i}
		if space {
			t.Flags |= SpaceBefore
		}
		if newline {
			t.Flags |= NewlineBefore
		}
		if c&cLetter != 0 || isDigit(r) {
			j, letters, uppers, digits := i, 0, 0, 0
			prevLetter, prevDigit := false, false
			for j < len(text) {
				// Plain ASCII letters need neither decoding nor tables.
				if a := asciiLetter[text[j]]; a != 0 {
					if a == cUpper {
						uppers++
						if letters == 0 && digits == 0 {
							t.Flags |= Upper
						}
					}
					letters++
					prevLetter, prevDigit = true, false
					j++
					continue
				}
				// Vietnamese letters are two-byte (Latin-1, Latin
				// Extended-A/B) or start with 0xE1 (Latin Extended
				// Additional): decode those inline.
				var r rune
				var n int
				switch b := text[j]; {
				case b >= 0xC2 && b < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80:
					r, n = rune(b&0x1F)<<6|rune(text[j+1]&0x3F), 2
				case b == 0xE1 && j+2 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80:
					r, n = 0x1000|rune(text[j+1]&0x3F)<<6|rune(text[j+2]&0x3F), 3
				default:
					r, n = decode(text, j)
				}
				var c uint8
				if r < tableSize {
					c = class[r]
				} else {
					c = classOf(r)
				}
				if c&cLetter != 0 {
					if c&cUpper != 0 {
						uppers++
						if letters == 0 && digits == 0 {
							t.Flags |= Upper
						}
					}
					letters++
					prevLetter, prevDigit = true, false
					j += n
					continue
				}
				if isDigit(r) {
					digits++
					prevLetter, prevDigit = false, true
					j += n
					continue
				}
				// Inner joiners: "Jae-in", "al-Assad", "O'Neil", "12-9-2017", "1.000".
				if j+n < len(text) && (r == '-' || r == '\'' || r == '’' || r == '.' || r == '/' || r == ',') {
					next, _ := decode(text, j+n)
					switch r {
					case '-', '\'', '’':
						if prevLetter && digits == 0 && classOf(next)&cLetter != 0 {
							j += n
							prevLetter = false
							continue
						}
					}
					switch r {
					case '-', '.', '/', ',':
						if prevDigit && letters == 0 && isDigit(next) {
							j += n
							prevDigit = false
							continue
						}
					}
				}
				break
			}
			t.End = j
			if letters == 0 {
				t.Kind = Number
			} else {
				t.Kind = Word
				if uppers == letters && letters >= 2 {
					t.Flags |= AllUpper
				}
			}
			if sentStart && t.Kind == Word {
				t.Flags |= SentStart
			}
			sentStart = false
			w := text[t.Start:t.End]
			if uppers > 0 {
				// The lower-case form goes to the arena; Lower is set once
				// the arena is final.
				if arena.Cap() == 0 {
					arena.Grow(arenaSize)
				}
				a := arena.Len()
				if uppers == 1 && t.Flags&Upper != 0 {
					// Only the first letter is upper case ("Nguyễn"): the
					// rest is copied as it is.
					r, n := decode(w, 0)
					arena.WriteRune(toLower(r))
					arena.WriteString(w[n:])
				} else {
					for _, r := range w {
						arena.WriteRune(toLower(r))
					}
				}
				t.Lower = arena.String()[a:]
			} else {
				t.Lower = w
			}
			dst = append(dst, t)
			if len(dst) == limit {
				break
			}
			space, newline = false, false
			i = t.End
			continue
		}
		t.End = i + n
		t.Kind = Punct
		t.Lower = text[i : i+n]
		switch r {
		case '.', '!', '?', '…':
			sentStart = true
		case '"', '“', '”', '\'', '‘', '’', '(', '[', '«', '»', '-', '–', '—', '*', '•':
			// Quotes, brackets and dashes keep a pending sentence start.
		default:
			sentStart = false
		}
		space, newline = false, false
		dst = append(dst, t)
		if len(dst) == limit {
			break
		}
		i = t.End
	}
	return dst
}

// Text returns the token's text in s.
func (t Token) Text(s string) string { return s[t.Start:t.End] }
