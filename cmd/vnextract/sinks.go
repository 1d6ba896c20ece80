package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vnextract/vnextract/corpus/brat"
	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/corpus/esbulk"
	"github.com/vnextract/vnextract/corpus/parquet"
	"github.com/vnextract/vnextract/corpus/sqlite"
	"github.com/vnextract/vnextract/pipeline"
)

// sinkOptions are the output settings of extract besides -o and --format.
type sinkOptions struct {
	ESURL      string // load into this cluster instead of writing a file
	ESIndex    string
	ESTemplate bool // install the index template before loading
	Resume     bool // extract --resume: refused for anything but JSON Lines
	// Ctx bounds the loading into a cluster; nil means no bound.
	Ctx    context.Context
	Stdout io.Writer // where "-o -" writes
}

// addSinkFlags registers --format, --es-url, --es-index and --es-template.
func addSinkFlags(fs *flag.FlagSet) (format *string, opts *sinkOptions) {
	opts = &sinkOptions{}
	format = fs.String("format", "", "output `format`: jsonl, sqlite, parquet, es-bulk, conll or brat (default: by the -o extension, .db/.sqlite or .parquet, else jsonl)")
	fs.StringVar(&opts.ESURL, "es-url", "", "load records into the Elasticsearch/OpenSearch cluster at `URL` (comma-separated nodes) with the bulk API")
	fs.StringVar(&opts.ESIndex, "es-index", esbulk.DefaultIndex, "index `name` for --es-url and --format es-bulk")
	fs.BoolVar(&opts.ESTemplate, "es-template", false, "with --es-url, install vnextract's index template (Vietnamese folding, keyword fields) first")
	return format, opts
}

// errResumeFormat: --resume reads back JSON Lines only.
var errResumeFormat = errors.New("extract: --resume works with JSON Lines output only")

// openSink returns the sink for output path and format, and the function
// that finishes it (commit, footer, flush, wait for the cluster). It
// returns a nil sink when the output is JSON Lines, which extract writes
// itself. The format comes from --format, else from the extension of path:
// .db, .sqlite, .sqlite3 → SQLite; .parquet → Parquet; .ndjson with
// --format es-bulk → bulk NDJSON. --es-url loads into a cluster instead.
func openSink(path, format string, opts sinkOptions) (pipeline.Sink, func() error, error) {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Resume && (opts.ESURL != "" || !isJSONL(path, format)) {
		return nil, nil, usageError{errResumeFormat}
	}
	if opts.ESURL != "" {
		if path != "-" && path != "" {
			return nil, nil, usageError{errors.New("extract: --es-url loads into the cluster: leave out -o")}
		}
		return openLoader(opts)
	}
	switch format = formatOf(path, format); format {
	case "jsonl":
		return nil, nil, nil
	case "sqlite":
		if path == "-" || path == "" {
			return nil, nil, usageError{errors.New("extract: SQLite output needs -o FILE.db")}
		}
		s, err := sqlite.Open(path)
		if err != nil {
			return nil, nil, err
		}
		return s, s.Close, nil
	case "parquet":
		f, closeFile, err := create(path, opts.Stdout)
		if err != nil {
			return nil, nil, err
		}
		w := parquet.NewWriter(f)
		return w, func() error { return errors.Join(w.Close(), closeFile()) }, nil
	case "es-bulk":
		f, closeFile, err := create(path, opts.Stdout)
		if err != nil {
			return nil, nil, err
		}
		w := esbulk.NewWriter(f, opts.ESIndex)
		return w, func() error { return errors.Join(w.Flush(), closeFile()) }, nil
	case "conll":
		f, closeFile, err := create(path, opts.Stdout)
		if err != nil {
			return nil, nil, err
		}
		w := conll.NewWriter(f)
		return w, func() error { return errors.Join(w.Flush(), closeFile()) }, nil
	case "brat":
		if path == "-" || path == "" {
			return nil, nil, usageError{errors.New("extract: brat output needs -o FOLDER")}
		}
		d, err := brat.NewDir(path)
		if err != nil {
			return nil, nil, err
		}
		return d, func() error { return nil }, nil
	}
	return nil, nil, usageError{fmt.Errorf("extract: unknown --format %q (want jsonl, sqlite, parquet, es-bulk, conll or brat)", format)}
}

// formatOf is format, else the format the extension of path implies.
func formatOf(path, format string) string {
	if format != "" {
		return format
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".db", ".sqlite", ".sqlite3":
		return "sqlite"
	case ".parquet":
		return "parquet"
	}
	return "jsonl"
}

func isJSONL(path, format string) bool { return formatOf(path, format) == "jsonl" }

// loadTimeout bounds the wait at the end of a run for the cluster to take
// the last documents.
const loadTimeout = 5 * time.Minute

func openLoader(opts sinkOptions) (pipeline.Sink, func() error, error) {
	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	cfg := esbulk.Config{URLs: strings.Split(opts.ESURL, ","), Index: opts.ESIndex}
	if u := os.Getenv("VNEXTRACT_ES_USER"); u != "" {
		cfg.Username, cfg.Password = u, os.Getenv("VNEXTRACT_ES_PASSWORD")
	}
	if opts.ESTemplate {
		t, err := esbulk.TemplateFor(opts.ESIndex + "*")
		if err != nil {
			return nil, nil, err
		}
		cfg.Template, cfg.TemplateName = t, opts.ESIndex
	}
	l, err := esbulk.NewLoader(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return l, func() error {
		// the run's context may be cancelled (Ctrl-C): still hand over
		// what was queued, within a bound
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), loadTimeout)
		defer cancel()
		return l.Close(cctx)
	}, nil
}

// create opens path for writing, or standard output for "-"; the returned
// function closes the file after syncing it.
func create(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "-" || path == "" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() error { return errors.Join(f.Sync(), f.Close()) }, nil
}
