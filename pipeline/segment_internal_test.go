package pipeline

import (
	"strings"
	"testing"
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
