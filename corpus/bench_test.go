package corpus_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/corpus/internal/synth"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

// benchCorpus writes about mb MB of synthetic articles as JSON Lines.
func benchCorpus(b *testing.B, mb int) (path string, size int64, docs int) {
	b.Helper()
	var buf bytes.Buffer
	g := synth.New(1)
	for buf.Len() < mb*1_000_000 {
		require.NoError(b, synth.WriteJSONL(&buf, g.Next()))
		docs++
	}
	path = filepath.Join(b.TempDir(), "corpus.jsonl")
	require.NoError(b, os.WriteFile(path, buf.Bytes(), 0o644))
	return path, int64(buf.Len()), docs
}

// BenchmarkPipeline runs the whole extract command's work (read, every
// extractor, encode, write) over a generated corpus, with one worker and
// with one per core. scripts/bench.sh measures the same end to end, on a
// larger corpus, with peak RSS.
func BenchmarkPipeline(b *testing.B) {
	path, size, docs := benchCorpus(b, 8)
	proc, err := extractors.NewProcessor(pipeline.Config{}, normalize.New(normalize.Options{}))
	require.NoError(b, err)
	for _, workers := range []int{1, runtime.NumCPU()} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := corpus.Open([]string{path}, corpus.Options{})
				require.NoError(b, err)
				sink := corpus.NewJSONL(discard{})
				require.NoError(b, pipeline.RunWith(context.Background(), r, sink, proc, pipeline.RunOptions{Workers: workers}))
				require.NoError(b, sink.Flush())
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(size)*float64(b.N)/1e6/sec, "MB/s")
			b.ReportMetric(float64(docs)*float64(b.N)/sec, "docs/s")
		})
	}
}

// BenchmarkRead is the reading alone: what the one reading goroutine
// costs per article (the JSON is decoded later, on the workers).
func BenchmarkRead(b *testing.B) {
	path, size, docs := benchCorpus(b, 8)
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		r, err := corpus.Open([]string{path}, corpus.Options{})
		require.NoError(b, err)
		n := len(readRaw(b, r))
		require.Equal(b, docs, n)
	}
	b.ReportMetric(float64(docs)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkDecodeEncode is the per-article work of this package on a
// worker: decode the JSON line, encode the record.
func BenchmarkDecodeEncode(b *testing.B) {
	var buf bytes.Buffer
	a := synth.New(3).Next()
	require.NoError(b, synth.WriteJSONL(&buf, a))
	line := buf.Bytes()
	sink := corpus.NewJSONL(discard{})
	b.ReportAllocs()
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		r, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: bytes.NewReader(line)})
		require.NoError(b, err)
		art, err := r.Next(context.Background())
		require.NoError(b, err)
		art.Convert(art)
		_, err = sink.Encode(&pipeline.Record{ID: art.ID, Text: string(art.Body)})
		require.NoError(b, err)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
