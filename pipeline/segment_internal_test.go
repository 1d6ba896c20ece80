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
