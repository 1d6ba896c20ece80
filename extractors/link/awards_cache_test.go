package link

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

func TestTokenIn(t *testing.T) {
	toks := scan.Tokens("Năm 2020, trong đó có anh A được tặng", nil)
	r := awardReader{toks: toks}
	for _, tc := range []struct {
		w    string
		s, e int
		want bool
	}{
		{"trong", 0, len(toks), true},
		{"trong", 0, 3, false}, // Năm 2020 ,
		{"trong", 3, 4, true},
		{"trong", 4, len(toks), false},
		{"được", 0, len(toks), true},
		{"được", -5, 2, false},     // from before the first token
		{"tặng", 0, 1 << 20, true}, // to past the last one
		{"tặng", 5, 5, false},
		{"tặng", 9, 3, false},
		{"Năm", 0, len(toks), false}, // tokens compare lower case
	} {
		assert.Equal(t, tc.want, r.tokenIn(tc.w, tc.s, tc.e), "%q in [%d, %d)", tc.w, tc.s, tc.e)
	}
}

// sortPersons must order as a stable sort by start does.
func TestSortPersons(t *testing.T) {
	span := func(start, end int, id string) nameSpan {
		return nameSpan{start: start, end: end, rec: pipeline.Recipient{Person: id}}
	}
	for _, tc := range []struct {
		name string
		in   []nameSpan
		want []string
	}{
		{"empty", nil, nil},
		{"one", []nameSpan{span(3, 5, "p1")}, []string{"p1"}},
		{"sorted", []nameSpan{span(1, 2, "p1"), span(4, 6, "p2")}, []string{"p1", "p2"}},
		{"by person", []nameSpan{span(9, 11, "p1"), span(1, 3, "p1"), span(5, 7, "p2")}, []string{"p1", "p2", "p1"}},
		{"ties keep order", []nameSpan{span(7, 9, "p1"), span(2, 4, "p2"), span(2, 5, "p3"), span(2, 3, "p4")},
			[]string{"p2", "p3", "p4", "p1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r awardReader
			for range 2 { // the second round reuses the swapped buffers
				r.persons = append(r.persons[:0], tc.in...)
				r.sortPersons()
				var got []string
				for _, p := range r.persons {
					got = append(got, p.rec.Person)
				}
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

// The fold caches outlive the document, bounded.
func TestCacheFold(t *testing.T) {
	m := map[string]string{}
	text := "Huân chương Lao động hạng Ba"
	assert.Equal(t, "huân chương lao động hạng ba", cacheFold(m, text, foldName(text)))
	for k, v := range m {
		assert.Equal(t, text, k)
		assert.Equal(t, "huân chương lao động hạng ba", v)
	}
	long := strings.Repeat("Giải thưởng ", 20)
	assert.Equal(t, "x", cacheFold(m, long, "x"))
	assert.NotContains(t, m, long, "a long name is folded again")
	for i := range maxFolds + 10 {
		cacheFold(m, strings.Repeat("a", i%200)+string(rune('A'+i/200)), "f")
	}
	assert.LessOrEqual(t, len(m), maxFolds)

	var r awardReader
	assert.Equal(t, foldName(" “Tuổi trẻ”  dũng cảm "), r.foldPlain(" “Tuổi trẻ”  dũng cảm "))
	assert.Equal(t, "tuổi trẻ dũng cảm", r.foldPlain(" “Tuổi trẻ”  dũng cảm "), "from the cache")
}

func TestSeenKey(t *testing.T) {
	var r awardReader
	for _, tc := range []struct {
		rc   pipeline.Recipient
		want int
	}{
		{pipeline.Recipient{Name: "Lê Văn A"}, -1},
		{pipeline.Recipient{Organization: "Công an tỉnh B"}, -1},
		{pipeline.Recipient{Name: "LÊ VĂN A", Person: "p1"}, 0}, // letter case aside
		{pipeline.Recipient{Name: "Lê Văn"}, -1},                // a prefix is another key
		{pipeline.Recipient{Organization: "công an tỉnh b"}, 1},
		{pipeline.Recipient{Name: "Lê Văn"}, 2},
		{pipeline.Recipient{Name: "Công an tỉnh B"}, -1}, // a name is no organization
		{pipeline.Recipient{}, -1},
		{pipeline.Recipient{}, 4},
	} {
		assert.Equal(t, tc.want, r.seenKey(tc.rc), "%+v", tc.rc)
	}
	assert.Len(t, r.keyEnds, 5)
}

func TestFirstBreak(t *testing.T) {
	text := "ab\r\ncd\u2028e“f”\u2029g\n"
	for _, tc := range []struct {
		from, to, want int
	}{
		{0, len(text), 2},
		{2, len(text), 2},
		{3, len(text), 3},
		{4, len(text), 6},  // U+2028
		{7, len(text), 17}, // past the quotes, U+2029
		{6, 7, 6},          // a break that starts inside: its bytes may run past to
		{18, len(text), 21},
		{22, len(text), -1},
		{0, 2, -1},
		{5, 5, -1},
		{9, 3, -1},
		{-1, 4, -1},
		{0, len(text) + 1, -1},
	} {
		assert.Equal(t, tc.want, firstBreak(text, tc.from, tc.to), "[%d, %d)", tc.from, tc.to)
	}
}
