package person_test

import (
	"context"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/extractors/person"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

// corpusDocs returns the normalized, segmented and tokenized articles of
// the JSON Lines file in $VNX_PERSON_BENCH, or the shared test article
// when it is unset.
func corpusDocs(b *testing.B) (docs []*pipeline.Document, size int64) {
	b.Helper()
	add := func(text string) {
		doc := &pipeline.Document{Text: text}
		doc.Paragraphs, doc.Sentences = pipeline.Segment(doc.Text)
		scan.Document(doc)
		docs = append(docs, doc)
		size += int64(len(doc.Text))
	}
	path := os.Getenv("VNX_PERSON_BENCH")
	if path == "" {
		add(extracttest.Article)
		return docs, size
	}
	src, err := corpus.Open([]string{path}, corpus.Options{})
	require.NoError(b, err)
	for {
		a, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(b, err)
		if a.Err != nil {
			continue
		}
		res, err := normalize.Default.Bytes(a.Body)
		if err != nil || len(res.Text) == 0 {
			continue
		}
		add(res.Text)
	}
	return docs, size
}

// BenchmarkExtractCorpus runs the extractor alone over whole articles,
// their tokens computed beforehand: the test article, or real ones with
// VNX_PERSON_BENCH=/path/to/articles.jsonl. VNX_PERSON_DRY=1 extracts
// nothing: the instructions of a run less those of a dry one are the
// extractor's.
func BenchmarkExtractCorpus(b *testing.B) {
	docs, size := corpusDocs(b)
	x, err := person.New(person.Config{})
	require.NoError(b, err)
	if os.Getenv("VNX_PERSON_DRY") != "" {
		docs = nil
	}
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			if _, err := x.Extract(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
