package date

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzWindows checks that reading only the hot windows finds what reading
// the whole text finds: the window sizes cover every expression.
func FuzzWindows(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(f, err)
	for _, name := range append(files, filepath.Join("testdata", "bench", "article.txt")) {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(string(b), "2017-06-15")
		f.Add(string(b), "")
	}
	f.Add("Rạng sáng thứ Hai, ngày 12/9", "")
	f.Add("rằm tháng Giêng năm nay; chiều qua; quý IV", "2017-06-15")
	x, err := New(Config{})
	require.NoError(f, err)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text, published string) {
		a := parseAnchor(published)
		hot, err := x.extract(ctx, text, a, hotWindows(text, a.ok))
		require.NoError(t, err)
		all, err := x.extract(ctx, text, a, []window{{0, len(text)}})
		require.NoError(t, err)
		assert.Equal(t, all, hot)
	})
}

func TestHotWindows(t *testing.T) {
	text := "Một câu không có ngày tháng gì cả, rất dài, để cửa sổ không phủ hết văn bản này. Sáng 12/9 họp."
	ws := hotWindows(text, false)
	require.Len(t, ws, 1)
	assert.Contains(t, text[ws[0].from:ws[0].to], "Sáng 12/9 họp.")
	assert.NotContains(t, text[ws[0].from:ws[0].to], "Một câu")
	assert.Empty(t, hotWindows("Hôm qua trời mưa.", false), "relative words count only with an anchor")
	assert.Len(t, hotWindows("Hôm qua trời mưa.", true), 1)
}
