package vnbeam

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// testCorpus copies the repository's sample articles into a fresh folder,
// adding a gzip-compressed JSON Lines file, an empty article and a file the
// walk must skip.
func testCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join("..", "testdata", "articles")
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644))
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(`{"id":"gz-1","published":"2023-04-30","text":"Hôm qua, Đại tá Trần Văn Nam nhận Huân chương Chiến công hạng Ba."}` + "\n"))
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "nen.jsonl.gz"), gz.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "trong.txt"), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ghi-chu.gold.json"), []byte("{}"), 0o644))
	return dir
}

// cliLines is what `vnextract extract DIR` writes, through the same library
// calls the command makes.
func cliLines(t *testing.T, dir string) []string {
	t.Helper()
	src, err := corpus.Open([]string{dir}, corpus.Options{})
	require.NoError(t, err)
	proc, err := extractors.NewProcessor(pipeline.Config{}, nil)
	require.NoError(t, err)
	var buf bytes.Buffer
	sink := corpus.NewJSONL(&buf)
	require.NoError(t, pipeline.Run(context.Background(), src, sink, 2, proc))
	require.NoError(t, sink.Flush())
	return strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
}

func TestPrismMatchesCLI(t *testing.T) {
	in := testCorpus(t)
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, Build(s, Options{Inputs: []string{in + "/*"}, Output: out, Shards: 3}))
	res, err := prism.Execute(context.Background(), p)
	require.NoError(t, err)

	var got []string
	shards, err := filepath.Glob(filepath.Join(out, "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, shards)
	var errorLines int
	for _, f := range shards {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		assert.True(t, slices.IsSorted(lines), "%s is sorted", f)
		if strings.HasPrefix(filepath.Base(f), "errors-") {
			errorLines += len(lines)
			for _, l := range lines {
				assert.Contains(t, l, `"status":"error"`)
			}
		}
		got = append(got, lines...)
	}
	want := cliLines(t, in)
	slices.Sort(got)
	slices.Sort(want)
	assert.Equal(t, want, got, "the same records as the CLI, as sets of lines")
	assert.GreaterOrEqual(t, errorLines, 3, "empty, bad JSON and empty-text records go to the error shards")

	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counters[c.Key.Name] = c.Committed
	}
	assert.Equal(t, int64(len(want)-errorLines), counters["articles_ok"])
	assert.Equal(t, int64(errorLines), counters["articles_error"])
}

func TestGlobRootAndRelPath(t *testing.T) {
	tests := []struct{ glob, root string }{
		{"/data/news/*.txt", "/data/news"},
		{"gs://bucket/news/2017/*", "gs://bucket/news/2017"},
		{"/data/news/a.txt", "/data/news"},
		{"*.txt", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.root, globRoot(tt.glob), tt.glob)
	}
	assert.Equal(t, "2017/a.txt", relPath("/data/news", "/data/news/2017/a.txt"))
	assert.Equal(t, "a.txt", relPath("/elsewhere", "/data/news/a.txt"))
}
