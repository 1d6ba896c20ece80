package date

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzWindows checks that reading only the hot windows finds what reading
// the whole text finds: the window sizes cover every expression.
func FuzzWindows(f *testing.F) {
	for _, text := range testArticles(f) {
		f.Add(text, "2017-06-15")
		f.Add(text, "")
	}
	f.Add("Rạng sáng thứ Hai, ngày 12/9", "")
	f.Add("rằm tháng Giêng năm nay; chiều qua; quý IV", "2017-06-15")
	x, err := New(Config{})
	require.NoError(f, err)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text, published string) {
		a := parseAnchor(published)
		hot, err := x.extract(ctx, text, a, hotWindows(nil, text, a.ok))
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

// FuzzHotWindowsSkip checks that skipping eight bytes at a time finds the
// windows that looking at every byte finds.
func FuzzHotWindowsSkip(f *testing.F) {
	for _, text := range testArticles(f) {
		f.Add(text)
	}
	f.Add("(rằm 9 hôm qua\n12(quý IV 2017 năm nay")
	f.Fuzz(func(t *testing.T, text string) {
		for _, rel := range []bool{false, true} {
			assert.Equal(t, hotWindowsBytewise(text, rel), hotWindows(nil, text, rel))
		}
	})
}

// hotWindowsBytewise is hotWindows looking at every byte.
func hotWindowsBytewise(text string, relative bool) []window {
	var ws []window
	add := func(from, to int) {
		from, to = snapBack(text, from), snapForward(text, to)
		if n := len(ws); n > 0 && from <= ws[n-1].to {
			ws[n-1].to = max(ws[n-1].to, to)
			return
		}
		ws = append(ws, window{from, to})
	}
	word := func(i int) {
		if k := hasWord(text, i, keyByFirst[text[i]]); k > 0 {
			add(i-hotBefore, i+k+hotAfter)
		}
		if relative && i > 0 && text[i-1] == ' ' {
			if k := hasWord(text, i, relByFirst[text[i]]); k > 0 && afterHead(text[:i]) {
				add(i-hotBefore, i+k+hotAfter)
			}
		}
	}
	if len(text) > 0 {
		word(0)
	}
	for i := 0; i < len(text); i++ {
		switch hotByte[text[i]] {
		case hotDigit:
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			add(i-hotBefore, j+hotAfter)
			i = j - 1
		case hotSep:
			if i+3 < len(text) && hasWord(text, i+1, keyByFirst[text[i+1]])+hasWord(text, i+1, relByFirst[text[i+1]]) > 0 {
				word(i + 1)
			}
		}
	}
	return ws
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

// BenchmarkHotWindows is the pass over every byte of a text.
func BenchmarkHotWindows(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		hotWindows(nil, text, true)
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
