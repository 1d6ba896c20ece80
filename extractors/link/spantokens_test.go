package link

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// spanTokens must give the tokens gapTokens gives, whichever tokens it
// hands out: the words, kinds and offsets into the text it returns.
func TestSpanTokens(t *testing.T) {
	text := "Bộ trưởng Quốc phòng, Đại tướng Ngô Xuân Lịch. Ông là PGS.TS. X-Y 12-9-2017"
	tests := []struct{ a, b int }{
		{0, 0}, {5, 3}, {0, len(text)}, {20, 40}, {21, 47}, {1, 9}, {2, 30},
		{47, 60}, {55, 62}, {len(text) - 9, len(text)}, {len(text) - 5, len(text) - 2},
	}
	for _, tt := range tests {
		doc := &pipeline.Document{Text: text}
		l := &peopleLinker{doc: doc, text: text}
		var want []string
		if tt.a < tt.b {
			for _, tok := range scan.Tokens(text[tt.a:tt.b], nil) {
				want = append(want, tok.Lower+"|"+tok.Text(text[tt.a:tt.b]))
			}
		}
		gap, toks := l.spanTokens(tt.a, tt.b)
		var got []string
		for _, tok := range toks {
			got = append(got, tok.Lower+"|"+tok.Text(gap))
		}
		assert.Equal(t, want, got, "text[%d:%d]", tt.a, tt.b)
	}
}

func TestTokenAt(t *testing.T) {
	toks := []scan.Token{{Start: 0, End: 2}, {Start: 3, End: 5}, {Start: 7, End: 8}}
	tests := []struct{ off, want int }{
		{-1, 0}, {0, 0}, {1, 1}, {3, 1}, {4, 2}, {7, 2}, {8, 3}, {100, 3},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tokenAt(toks, tt.off), "off %d", tt.off)
	}
	assert.Equal(t, 0, tokenAt(nil, 5))
}
