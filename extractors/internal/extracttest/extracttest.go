// Package extracttest holds what the extractors' tests and benchmarks
// share: one news article written for the project, and the benchmark loop
// every extractor is measured with.
package extracttest

import (
	"context"
	_ "embed"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
)

// Article is a police and politics news article written for the project
// (not taken from any outlet), with ranks, titles, names and dates.
//
//go:embed article.txt
var Article string

// Benchmark measures x on Article in MB/s. Each iteration extracts from a
// fresh Document, so the tokens a document memoizes (scan.Document) are
// part of the cost, as they are in a real run.
func Benchmark(b *testing.B, x pipeline.Extractor) {
	b.SetBytes(int64(len(Article)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), &pipeline.Document{Text: Article}); err != nil {
			b.Fatal(err)
		}
	}
}

// Texts returns Article and the sample articles of the repository's
// testdata/articles, for tests that check a filter lets through whatever a
// lexicon matches in real text. It is called from a package under
// extractors/, the working directory of its tests.
func Texts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no sample articles under testdata/articles: %v", err)
	}
	texts := []string{Article}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
