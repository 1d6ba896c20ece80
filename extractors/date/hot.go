package date

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every date expression holds a digit, except relative ones ("hôm qua"),
// lunar ones ("rằm tháng Giêng") and quarters in Roman numerals ("quý IV").
// Extract therefore tokenizes only windows of text around digits and around
// the few words that start those, which is most of its speed: news text is
// mostly words.

// Window sizes in bytes: a lead-in ("Rạng sáng thứ Hai, ngày") stands
// within hotBefore of the first digit, and what follows the last one
// ("âm lịch", "tới", the next item of a range) within hotAfter.
const (
	hotBefore = 48
	hotAfter  = 64
)

// window is a byte range [from, to) of the text.
type window struct{ from, to int }

// keyWords start a date expression that may hold no digit.
// "năm Ất Tỵ" names a year by its heavenly stem (cycle.txt) alone.
var keyWords = withCases("rằm", "giêng", "chạp", "quý I", "quý V",
	"năm Giáp", "năm Ất", "năm Bính", "năm Đinh", "năm Mậu", "năm Kỷ", "năm Kỉ", "năm Canh", "năm Tân", "năm Nhâm", "năm Quý",
	"Tết") // "Tết Ất Tỵ", "Tết Nguyên đán Bính Ngọ"; capitalized, as Tết is written

// relativeWords end a relative expression ("hôm qua", "năm ngoái", "chiều
// nay"); relativeHead holds the words before them. Both in lower case,
// capitalized and in capitals, as a headline may write them.
var (
	relativeWords = withCases("nay", "qua", "mai", "kia", "ngoái", "trước", "tới", "sau", "này")
	relativeHead  = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range withCases("hôm", "ngày", "tháng", "năm", "sáng", "chiều", "trưa", "tối", "đêm", "khuya") {
			m[w] = true
		}
		return m
	}()
)

// withCases returns ws in lower case, capitalized and in capitals.
func withCases(ws ...string) []string {
	var out []string
	for _, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		out = append(out, w, string(unicode.ToUpper(r))+w[n:], strings.ToUpper(w))
	}
	return out
}

// The key and relative words by first byte.
var keyByFirst, relByFirst = byFirstByte(keyWords), byFirstByte(relativeWords)

func byFirstByte(ws []string) *[256][]string {
	var t [256][]string
	for _, w := range ws {
		t[w[0]] = append(t[w[0]], w)
	}
	return &t
}

// keyBoundary reports whether a key word may start at text[i]: at the
// start of the text, after ASCII punctuation or white space, or after an
// opening quote, a dash or an ellipsis ("“Tết Ất Tỵ”", "(quý IV)"). A word
// glued to a letter, a digit, a hyphen or an apostrophe ("x-quý"), or to
// rarer symbols, starts no digitless expression. hotWindowsScan finds the
// key words at the scan tokens' word starts, and after those bytes a scan
// word always starts; keyed holds the parser to the same rule, so that
// reading the windows and reading the whole text agree.
func keyBoundary(text string, i int) bool {
	if i <= 0 {
		return true
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return asciiBoundary[c]
	}
	if i >= 2 && text[i-2] == 0xC2 {
		return text[i-1] == 0xA0 || text[i-1] == 0xAB // NBSP, «
	}
	if i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x80 {
		switch text[i-1] {
		case 0x93, 0x94, 0x98, 0x9C, 0xA6: // – — ‘ “ …
			return true
		}
	}
	return false
}

// asciiBoundary marks the ASCII bytes after which keyBoundary holds: all
// but letters, digits and the joiners of words, '-' and the apostrophe.
var asciiBoundary = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'')
	}
	return t
}()

// keyed reports whether the expression text[from:to] is one a hot window
// would open on: one that holds an ASCII digit, or a key word at a
// keyBoundary, or, when relative expressions count, a relative word after
// its head and one space. The parser emits no other: an expression whose
// key word is glued to a symbol is read the same way in the windows and in
// the whole text, that is not at all.
func keyed(text string, from, to int, relative bool) bool {
	for i := from; i < to; i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if keyBoundary(text, i) && hasWord(text, i, keyByFirst[c]) > 0 {
			return true
		}
		if relative && i > 0 && text[i-1] == ' ' && hasWord(text, i, relByFirst[c]) > 0 && afterHead(text[:i]) {
			return true
		}
	}
	return false
}

// triSet is a Bloom-like set of three-byte strings: a bit per hash of the
// three bytes as a little-endian number.
type triSet [64]uint64

func triHash(v uint32) uint32 { return v * 0x9E3779B1 >> 20 }

func (t *triSet) add(s string) {
	h := triHash(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16)
	t[h/64] |= 1 << (h % 64)
}

// has reports whether the three bytes of v may be in the set.
func (t *triSet) has(v uint32) bool { h := triHash(v); return t[h/64]&(1<<(h%64)) != 0 }

// keyStarts holds the first three bytes of the key words, wordStarts those
// of the key and relative words (none is shorter): most words of a text
// are turned away without a look at the lists.
var keyStarts, wordStarts = startsOf(keyWords), startsOf(slices.Concat(keyWords, relativeWords))

func startsOf(ws []string) *triSet {
	var t triSet
	for _, w := range ws {
		if len(w) < 3 {
			panic("date: hot word shorter than three bytes: " + w)
		}
		t.add(w[:3])
	}
	return &t
}

// hasWord returns the length of the first of ws that text[i:] starts with,
// or 0. The second and last bytes are compared first: it runs at most word
// starts, and the words of a list share their first bytes ("năm Giáp",
// "năm Ất", ...).
func hasWord(text string, i int, ws []string) int {
	for _, w := range ws {
		if i+len(w) <= len(text) && text[i+1] == w[1] && text[i+len(w)-1] == w[len(w)-1] && text[i:i+len(w)] == w {
			return len(w)
		}
	}
	return 0
}

// afterHead reports whether s ends with a relative head and a space. The
// head may open a line or follow a bracket or a quote ("\n\nChiều qua,",
// "(sáng nay)", "“Hôm qua"): it starts after the last ASCII byte that is
// no letter, past an opening quote of U+2018..U+201F.
func afterHead(s string) bool {
	if len(s) < 4 || s[len(s)-1] != ' ' {
		return false
	}
	s = s[:len(s)-1]
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if c < utf8.RuneSelf && (c|0x20 < 'a' || c|0x20 > 'z') {
			break
		}
		if len(s)-i >= 12 {
			return false // longer than any head with a quote: no scan through long runs
		}
		i--
	}
	w := s[i:]
	if len(w) > 3 && w[0] == 0xE2 && w[1] == 0x80 && w[2] >= 0x98 && w[2] <= 0x9F {
		w = w[3:]
	}
	return isRelativeHead(w)
}

// isRelativeHead reports relativeHead[w], a switch the compiler turns
// into a search by length and bytes rather than a map's hash.
func isRelativeHead(w string) bool {
	switch w {
	case "hôm", "Hôm", "HÔM", "ngày", "Ngày", "NGÀY", "tháng", "Tháng", "THÁNG",
		"năm", "Năm", "NĂM", "sáng", "Sáng", "SÁNG", "chiều", "Chiều", "CHIỀU",
		"trưa", "Trưa", "TRƯA", "tối", "Tối", "TỐI", "đêm", "Đêm", "ĐÊM",
		"khuya", "Khuya", "KHUYA":
		return true
	}
	return false
}

// snapBack moves i back to the start of its word: a space or the start of
// the text, and never into the middle of a rune.
func snapBack(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for k := 0; i > 0 && k < 32; k++ {
		if c := text[i-1]; c == ' ' || c == '\n' {
			return i
		}
		i--
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// snapForward moves i forward to the end of its word.
func snapForward(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for k := 0; i < len(text) && k < 32; k++ {
		if c := text[i]; c == ' ' || c == '\n' {
			return i
		}
		i++
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}
