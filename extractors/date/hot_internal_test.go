package date

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// FuzzWindows checks that reading only the hot windows finds what reading
// the whole text finds: the window sizes cover every expression, and the
// parser keeps only expressions a window opens on (keyed).
func FuzzWindows(f *testing.F) {
	for _, text := range testArticles(f) {
		f.Add(text, "2017-06-15")
		f.Add(text, "")
	}
	f.Add("Rạng sáng thứ Hai, ngày 12/9", "")
	f.Add("rằm tháng Giêng năm nay; chiều qua; quý IV", "2017-06-15")
	f.Add("\"quý I\" và “Tết Ất Tỵ”, x-quý II, ×quý III, (rằm)", "2017-06-15")
	x, err := New(Config{})
	require.NoError(f, err)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text, published string) {
		a := parseAnchor(published)
		ws, _ := hotWindowsScan(nil, text, scan.Tokens(text, nil), a.ok, nil)
		hot, err := x.extract(ctx, text, a, ws)
		require.NoError(t, err)
		all, err := x.extract(ctx, text, a, []window{{0, len(text)}})
		require.NoError(t, err)
		assert.Equal(t, all, hot)
	})
}

func TestHotWindows(t *testing.T) {
	text := "Một câu không có ngày tháng gì cả, rất dài, để cửa sổ không phủ hết văn bản này. Sáng 12/9 họp."
	ws := hotWindows(nil, text, false)
	require.Len(t, ws, 1)
	assert.Contains(t, text[ws[0].from:ws[0].to], "Sáng 12/9 họp.")
	assert.NotContains(t, text[ws[0].from:ws[0].to], "Một câu")
	assert.Empty(t, hotWindows(nil, "Hôm qua trời mưa.", false), "relative words count only with an anchor")
	assert.Len(t, hotWindows(nil, "Hôm qua trời mưa.", true), 1)
}

// TestKeyBoundary: a digitless expression starts after white space,
// ASCII punctuation, or an opening quote, dash or ellipsis, not glued to a
// word or a rarer symbol.
func TestKeyBoundary(t *testing.T) {
	x, err := New(Config{})
	require.NoError(t, err)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"quý I", []string{"quý I"}},
		{"Báo cáo quý I", []string{"quý I"}},
		{"\"quý I\"", []string{"quý I"}},
		{"\tquý I", []string{"quý I"}},
		{"[quý I]", []string{"quý I"}},
		{"(quý IV)", []string{"quý IV"}},
		{"“Tết Ất Tỵ”", []string{"Tết Ất Tỵ"}},
		{"«quý II»", []string{"quý II"}},
		{"–quý III", []string{"quý III"}},
		{"x-quý I", nil},
		{"O'quý I", nil},
		{"×quý I", nil},
		{"quý I và x-quý II", []string{"quý I"}},
		{"x-quý III/2017", []string{"quý III/2017"}}, // the digits open the window
	} {
		es, err := x.extract(context.Background(), tt.text, parseAnchor("2025-06-15"), []window{{0, len(tt.text)}})
		require.NoError(t, err)
		var got []string
		for _, e := range es {
			got = append(got, e.Text)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// hotWindows is hotWindowsScan's reference: it looks at every byte, with no
// scan tokens.
func hotWindows(ws []window, text string, relative bool) []window {
	h := hotSet{ws: ws, base: len(ws), text: text}
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			h.addDigits(i, j)
			i = j - 1
			continue
		}
		if keyBoundary(text, i) {
			if k := hasWord(text, i, keyByFirst[text[i]]); k > 0 {
				h.add(i-hotBefore, i+k+hotAfter)
			}
		}
		if relative && i > 0 && text[i-1] == ' ' {
			if k := hasWord(text, i, relByFirst[text[i]]); k > 0 && afterHead(text[:i]) {
				h.add(i-hotBefore, i+k+hotAfter)
			}
		}
	}
	h.close()
	return h.ws
}

// benchText is the benchmark article repeated to 64 KiB.
func benchText(b *testing.B) string {
	t, err := os.ReadFile(filepath.Join("testdata", "bench", "article.txt"))
	require.NoError(b, err)
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		sb.Write(t)
	}
	return sb.String()
}

// BenchmarkHotWindows finds the windows of a text from its scan tokens,
// which Extract shares with the other extractors.
func BenchmarkHotWindows(b *testing.B) {
	text := benchText(b)
	toks := scan.Tokens(text, nil)
	var ws, kws []window
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ws, kws = hotWindowsScan(ws[:0], text, toks, true, kws)
	}
}

// BenchmarkTokenize is the tokenizer on all of a text, where Extract
// tokenizes only its hot windows.
func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	toks := tokenize(nil, text, 0, len(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize(toks[:0], text, 0, len(text))
	}
}

// testArticles returns the texts of the articles under testdata, the fuzz
// targets' seeds.
func testArticles(f *testing.F) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(f, err)
	var out []string
	for _, name := range append(files, filepath.Join("testdata", "bench", "article.txt")) {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		out = append(out, string(b))
	}
	return out
}
