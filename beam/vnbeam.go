// Package vnbeam runs vnextract's extraction on Apache Beam, for archives
// larger than one machine: Google Cloud Dataflow, Apache Flink, Apache
// Spark, or locally on the Prism runner. It is its own Go module so that
// the core library and CLI do not carry Beam's dependencies.
//
// The pipeline matches input files (local paths, gs:// or s3:// through
// Beam's filesystems), reads each the way the CLI reads a file (text,
// JSON Lines, gzip, zstd, tar, WARC), runs the same library extraction,
// and writes sharded JSON Lines: records-SSSSS-of-NNNNN.jsonl for ok
// records and errors-SSSSS-of-NNNNN.jsonl for error records. Each line is
// byte-for-byte the line the CLI writes for the same article.
package vnbeam

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths, for Prism and tests
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, string), error](&extractFn{})
	register.DoFn3x1[context.Context, string, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[string, string]()
	register.Iter1[string]()
}

// Counters a runner reports for the job.
var (
	articlesOK     = beam.NewCounter("vnextract", "articles_ok")
	articlesFailed = beam.NewCounter("vnextract", "articles_error")
	filesRead      = beam.NewCounter("vnextract", "files_read")
)

// Options configure the pipeline.
type Options struct {
	// Inputs are glob patterns of input files ("gs://bucket/news/*.jsonl.gz").
	Inputs []string
	// Root is the folder that article ids of .txt files are relative to,
	// as the CLI's ids are relative to a folder argument. Empty: the
	// folder part of each pattern before its first wildcard.
	Root string
	// Output is the folder the shards are written to.
	Output string
	// Shards is the number of output files of each kind (records, errors).
	// Each shard is sorted in memory before it is written, so choose
	// enough shards that one fits a worker (a few hundred MB at most).
	Shards int
	// MaxBytes is the largest article; larger ones become too_large error
	// records. 0 means corpus.DefaultMaxBytes.
	MaxBytes int
}

// Build adds the extraction to scope s.
func Build(s beam.Scope, opts Options) error {
	if len(opts.Inputs) == 0 || opts.Output == "" {
		return errors.New("vnbeam: inputs and output are required")
	}
	if opts.Shards < 1 {
		opts.Shards = 1
	}
	s = s.Scope("vnextract")
	var matched []beam.PCollection
	for _, glob := range opts.Inputs {
		root := opts.Root
		if root == "" {
			root = globRoot(glob)
		}
		files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob), fileio.ReadUncompressed())
		// Spread the files over the workers before the expensive step.
		files = beam.Reshuffle(s, files)
		matched = append(matched, beam.ParDo(s, &extractFn{Root: root, Shards: opts.Shards, MaxBytes: opts.MaxBytes}, files))
	}
	keyed := beam.Flatten(s, matched...)
	beam.ParDo0(s, &writeShardFn{Output: opts.Output, Shards: opts.Shards}, beam.GroupByKey(s, keyed))
	return nil
}

// globRoot is the folder part of a pattern before its first wildcard.
func globRoot(glob string) string {
	i := strings.IndexAny(glob, "*?[")
	if i < 0 {
		return path.Dir(glob)
	}
	return strings.TrimSuffix(glob[:strings.LastIndex(glob[:i], "/")+1], "/")
}

// relPath is p relative to root, or p's base name when p is not under root.
func relPath(root, p string) string {
	if root != "" && strings.HasPrefix(p, root+"/") {
		return strings.TrimPrefix(p, root+"/")
	}
	return path.Base(p)
}

// extractFn turns one file into keyed JSON lines, one per article.
type extractFn struct {
	Root     string
	Shards   int
	MaxBytes int

	proc *pipeline.Processor
}

func (f *extractFn) Setup() error {
	p, err := extractors.NewProcessor(pipeline.Config{}, nil)
	f.proc = p
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string, string)) error {
	name := file.Metadata.Path
	if !corpus.IsArticleFile(path.Base(name)) {
		return nil
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("vnbeam: open %s: %w", name, err)
	}
	defer rc.Close()
	filesRead.Inc(ctx, 1)
	src := corpus.FromReader(rc, name, name, relPath(f.Root, name), corpus.Options{MaxBytes: f.MaxBytes})
	var buf bytes.Buffer
	sink := corpus.NewJSONL(&buf) // the CLI's encoder: the same bytes per record
	for {
		a, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("vnbeam: read %s: %w", name, err)
		}
		rec, err := f.proc.Process(ctx, a)
		if err != nil {
			return err
		}
		buf.Reset()
		if err := sink.Write(rec); err != nil {
			return err
		}
		if err := sink.Flush(); err != nil {
			return err
		}
		kind := "records"
		if rec.Status != "ok" {
			kind = "errors"
			articlesFailed.Inc(ctx, 1)
		} else {
			articlesOK.Inc(ctx, 1)
		}
		emit(shardKey(kind, rec.ID, a.Source, f.Shards), strings.TrimSuffix(buf.String(), "\n"))
	}
}

// shardKey spreads records over shards by a hash of their id and source,
// so the split does not depend on which worker read what.
func shardKey(kind, id string, src pipeline.SourceRef, shards int) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d", id, src.URI, src.Line)
	return fmt.Sprintf("%s-%05d", kind, h.Sum64()%uint64(shards))
}

// writeShardFn writes one shard: its lines sorted, so a re-run writes the
// same bytes whatever order the runner delivered them in.
type writeShardFn struct {
	Output string
	Shards int
}

func (w *writeShardFn) ProcessElement(ctx context.Context, key string, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	slices.Sort(all)
	name := fmt.Sprintf("%s/%s-of-%05d.jsonl", strings.TrimSuffix(w.Output, "/"), key, w.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("vnbeam: create %s: %w", name, err)
	}
	bw := bufio.NewWriterSize(wc, 1<<20)
	for _, l := range all {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("vnbeam: write %s: %w", name, err)
	}
	return wc.Close()
}
