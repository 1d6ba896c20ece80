package link_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/extractors/link"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

// corpusDocs runs every extractor (but not the linker) over the articles
// of the JSON Lines file in $VNX_LINK_BENCH (the first $VNX_LINK_BENCH_N,
// default 2000), or over the package's test articles when it is unset.
func corpusDocs(b *testing.B) (docs []*pipeline.Document, size int64) {
	b.Helper()
	r := pipeline.NewRegistry()
	require.NoError(b, extractors.Register(r))
	xs, err := r.Build(pipeline.Config{})
	require.NoError(b, err)
	add := func(body []byte) {
		res, err := normalize.Default.Bytes(body)
		if err != nil || len(res.Text) == 0 {
			return
		}
		doc := &pipeline.Document{Text: res.Text}
		doc.Paragraphs, doc.Sentences = pipeline.Segment(doc.Text)
		require.NoError(b, pipeline.Extract(context.Background(), doc, xs))
		docs = append(docs, doc)
		size += int64(len(doc.Text))
	}
	path := os.Getenv("VNX_LINK_BENCH")
	if path == "" {
		files, err := filepath.Glob("testdata/*.txt")
		require.NoError(b, err)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			require.NoError(b, err)
			add(raw)
		}
		return docs, size
	}
	n := 2000
	if s := os.Getenv("VNX_LINK_BENCH_N"); s != "" {
		n, err = strconv.Atoi(s)
		require.NoError(b, err)
	}
	src, err := corpus.Open([]string{path}, corpus.Options{})
	require.NoError(b, err)
	for len(docs) < n {
		a, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(b, err)
		if a.Err == nil {
			add(a.Body)
		}
	}
	return docs, size
}

// BenchmarkLinkCorpus links whole articles: the testdata articles, or
// real ones with VNX_LINK_BENCH=/path/to/articles.jsonl.
func BenchmarkLinkCorpus(b *testing.B) {
	docs, size := corpusDocs(b)
	l := link.New()
	ctx := context.Background()
	// VNX_LINK_DRY=1 links nothing: the instructions of a run less
	// those of a dry one are the linker's.
	if os.Getenv("VNX_LINK_DRY") != "" {
		docs = nil
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			if err := l.Link(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
