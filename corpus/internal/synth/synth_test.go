package synth

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGeneratorDeterministicAndVaried(t *testing.T) {
	a, b := New(42), New(42)
	seen := map[string]bool{}
	for range 50 {
		x, y := a.Next(), b.Next()
		require.Equal(t, x, y, "same seed, same articles")
		assert.True(t, utf8.ValidString(x.Text))
		assert.NotContains(t, x.Text, "{", "every slot filled")
		assert.GreaterOrEqual(t, strings.Count(x.Text, "\n\n"), 2, "paragraphs")
		seen[x.Text] = true
	}
	assert.Len(t, seen, 50, "no two articles alike")
	assert.NotEqual(t, New(1).Next().Text, New(2).Next().Text)
}

func TestReader(t *testing.T) {
	r := NewReader(3, 200_000)
	r.HugeEvery, r.HugeBytes = 5, 50_000
	b, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.InDelta(t, 200_000, len(b), 60_000)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i, l := range lines {
		var v struct{ ID, Text string }
		require.NoError(t, json.Unmarshal([]byte(l), &v))
		if (i+1)%5 == 0 {
			assert.InDelta(t, 50_000, len(v.Text), 3, "huge article")
			assert.True(t, utf8.ValidString(v.Text))
		}
	}
}

func TestPageAndWARC(t *testing.T) {
	a := New(1).Next()
	page := string(Page(a))
	assert.Contains(t, page, a.Published)
	var buf bytes.Buffer
	w := NewWARC(&buf, false)
	require.NoError(t, w.Request(a.URL))
	require.NoError(t, w.Response(a.URL, 200, "text/html", Page(a)))
	assert.Equal(t, 2, strings.Count(buf.String(), "WARC/1.1\r\n"))
}
