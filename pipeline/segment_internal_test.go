package pipeline

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// splitSentencesByByte finds sentence marks with the plain byte loop that
// splitSentences replaced with IndexByte searches; FuzzSplitSentences
// holds the two to the same spans.
func splitSentencesByByte(text string, p Span, out []Span) []Span {
	s := p.Start
	for i := p.Start; i < p.End; {
		var r rune
		var n int
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			r, n = rune(c), 1
		case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
			r, n = '…', len("…")
		default:
			i++
			continue
		}
		var j int
		s, j, out = sentenceEnd(text, p, s, i, i+n, r, out)
		i = j
	}
	if sp := trimSpan(text, Span{s, p.End}); sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("Hội nghị khai mạc. Các đại biểu thảo luận!? “Tốt.” TP. Hà Nội… Xong", 3, 2)
	f.Add("a. b? C! “D” …E — F.", 0, 0)
	f.Fuzz(func(t *testing.T, text string, trimStart, trimEnd int) {
		if !utf8.ValidString(text) {
			return
		}
		// a paragraph somewhere inside text, on rune boundaries
		p := Span{0, len(text)}
		for k := 0; k < trimStart%8 && p.Start < p.End; k++ {
			_, n := utf8.DecodeRuneInString(text[p.Start:])
			p.Start += n
		}
		for k := 0; k < trimEnd%8 && p.End > p.Start; k++ {
			_, n := utf8.DecodeLastRuneInString(text[:p.End])
			p.End -= n
		}
		require.Equal(t, splitSentencesByByte(text, p, nil), splitSentences(text, p, nil))
	})
}

func TestIsAbbrev(t *testing.T) {
	abbrevs := []string{
		"tp", "gs", "ts", "pgs", "ths", "bs", "ks", "ls", "nxb", "q", "p", "tx", "tt", "st", "mr", "mrs",
		"ms", "dr", "no", "vs", "ck", "cn", "sn", "bsck", "gs.ts", "pgs.ts", "ths.bs", "tp.hcm",
	}
	for _, k := range abbrevs {
		require.LessOrEqual(t, len(k), maxAbbrev, k)
		require.True(t, abbrevBeforeDot(k), k)
		require.True(t, isAbbrev(k), k)
		require.True(t, isAbbrev(strings.ToUpper(k)), k)
		require.False(t, abbrevBeforeDot(k+"x"), k)
	}
	for _, w := range []string{"", "TP", "Tp", "\u212As", "\u212A\u212A", "c\u212A", "İ", "nội", "Hà", "ths.bs", "THS.BS", "tp.hcmx", "\xffp", "p\xff", "bsc\u212A"} {
		require.Equal(t, abbrevBeforeDot(strings.ToLower(w)), isAbbrev(w), "%q", w)
	}
}

func FuzzIsAbbrev(f *testing.F) {
	f.Add("Tp.HCM")
	f.Add("\u212As")
	f.Fuzz(func(t *testing.T, w string) {
		require.Equal(t, abbrevBeforeDot(strings.ToLower(w)), isAbbrev(w), "%q", w)
	})
}

// isAbbrevBeforeWhole is isAbbrevBefore as it was before it stopped
// early: it finds the whole word, then asks.
func isAbbrevBeforeWhole(text string, from, dot int) bool {
	w := dot
	for w > from {
		if c := text[w-1]; c < utf8.RuneSelf {
			if c == ' ' || c == '(' || c == '"' {
				break
			}
			w--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[from:w])
		if r == '“' {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return isAbbrev(word)
}

func TestIsAbbrevBefore(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"TP.", true}, {"ở TP.", true}, {"(GS.", true}, {"“Ths.bs.", true}, {"\"Đ.", true},
		{"Đ.", true}, {"ông Đ.", true}, {"x“Đ.", true}, {"Ư.", true}, {"İ.", true}, {"\u212A.", true},
		{"Hà Nội.", false}, {"nội.", false}, {"aĐ.", false}, {"Đa.", false}, {"tp.hcmx.", false},
		{"abcdefgh.", false}, {"tp.hcm.", true}, {"\xff.", true}, {"a\xff.", false}, {"\xe1\x80.", false},
		{".", false}, {"“.", false}, {"s\u212A.", false}, {"bsc\u212A.", true},
	}
	for _, tt := range tests {
		dot := len(tt.text) - 1
		require.Equal(t, tt.want, isAbbrevBefore(tt.text, 0, dot), "%q", tt.text)
		require.Equal(t, isAbbrevBeforeWhole(tt.text, 0, dot), isAbbrevBefore(tt.text, 0, dot), "%q", tt.text)
	}
}

// FuzzIsAbbrevBefore holds isAbbrevBefore to isAbbrevBeforeWhole, on any
// bytes.
func FuzzIsAbbrevBefore(f *testing.F) {
	f.Add("ông Nguyễn Văn Đ", 4)
	f.Add("“Tp.HCM", 0)
	f.Fuzz(func(t *testing.T, text string, from int) {
		if from < 0 || from > len(text) {
			return
		}
		require.Equal(t, isAbbrevBeforeWhole(text, from, len(text)), isAbbrevBefore(text, from, len(text)), "%q %d", text, from)
	})
}

// FuzzSegmentByByte holds Segment, whose marks are searched once for the
// whole text, to splitSentencesByByte paragraph by paragraph, on any
// bytes.
func FuzzSegmentByByte(f *testing.F) {
	f.Add("Hội nghị khai mạc. Các đại biểu!\n\nTP. Hà Nội? Xong…\u2003\n… a. B")
	f.Add("a\xe2\x80. b? C!\n“D” …E\n\n\u2028!x. Y")
	f.Fuzz(func(t *testing.T, text string) {
		paras, sents := Segment(text)
		want := []Span{}
		for _, p := range paras {
			want = splitSentencesByByte(text, p, want)
		}
		require.Equal(t, want, sents)
	})
}

// TestSegmentHelpers holds the byte-level helpers of sentenceEnd and
// isAbbrevBefore to the Unicode calls they replace.
func TestSegmentHelpers(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if lowerBeyondASCII(r) != (unicode.ToLower(r) >= utf8.RuneSelf) {
			t.Fatalf("lowerBeyondASCII(%U)", r)
		}
	}
	for c := 0; c < 256; c++ {
		require.Equal(t, strings.ContainsRune(".!?\"')", rune(c)), swallowed(byte(c)), "%#x", c)
	}
	for _, s := range []string{"A", "Z", "a", "0", "9", "\"", "'", "(", ")", " ", "Đ", "đ", "Ứ", "“", "‘", "”", "٣", "\xff", "\xe2\x80"} {
		r, _ := utf8.DecodeRuneInString(s)
		want := unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'‘(", r)
		require.Equal(t, want, opensSentence(s), "%q", s)
	}
}
