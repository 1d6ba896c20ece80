package scan

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
)

// asciiLetter is cLetter for a-z, cUpper for A-Z, 0 for other bytes.
var asciiLetter = func() (t [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		t[b] = cLetter
		t[b-'a'+'A'] = cUpper
	}
	return t
}()

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// refTokens is the tokenizer as it was before the byte-class rewrite,
// kept word for word as the reference the differential tests compare
// tokens with.
func refTokens(text string, dst []Token, n int) []Token {
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

// FuzzTokensRef checks Tokens and FirstTokens against refTokens, token for
// token, on any input.
func FuzzTokensRef(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị")
	f.Add("Bùi Th. H. (37 tuổi) - Ảnh: LÊ TRUNG")
	f.Add("a-\xffb 1.2.3- 12-9-2017 1,000/2 x'y O’Neil Jae-in a-1 1-a PA92 27F8")
	f.Add("ĐẠI TÁ iPhone Ǆemal ÀÁ ὈΔΥΣΣΕΎΣ\u2028x\u2029y\u200bz\ufeff_w\u00a0v\u0085u")
	f.Add("“Xin chào” … «a» – b — c • d\r\ne\tf\vg\fh")
	f.Add("\xe1\x80 \xe1 \xc3 \xc3\xa0\xe1\xba\xa1 a\xe1\xba a\xc3")
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s)
	})
}

func checkTokens(t *testing.T, s string) {
	t.Helper()
	want := refTokens(s, nil, len(s)+1)
	got := Tokens(s, nil)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("Tokens(%q)[%d] = %+v, want %+v", s, i, got[i], want[i])
			}
		}
		t.Fatalf("Tokens(%q): %d tokens, want %d", s, len(got), len(want))
	}
	for _, n := range []int{1, 2, 5} {
		if got := FirstTokens(s, nil, n); !slices.Equal(got, want[:min(n, len(want))]) {
			t.Fatalf("FirstTokens(%q, %d) = %+v, want %+v", s, n, got, want[:min(n, len(want))])
		}
	}
}

// TestTokensRefArticles checks Tokens against refTokens on the test
// articles of the whole repository, and on every prefix of the longest
// few hundred bytes of them.
func TestTokensRefArticles(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/*/*.txt")
	files = append(files, "../extracttest/article.txt")
	if len(files) < 2 {
		t.Skip("no test articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkTokens(t, string(b))
	}
	s := extracttest.Article
	for i := range min(len(s), 400) {
		checkTokens(t, s[:i])
		checkTokens(t, s[i:min(len(s), i+60)])
	}
}
