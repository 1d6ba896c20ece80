package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

func cmdExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "-", "write records to `FILE` (- for standard output)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles processed at once")
	maxBytes := fs.Int("max-bytes", corpus.DefaultMaxBytes, "largest article in `bytes`; larger ones give a too_large error record")
	config := fs.String("config", "", "JSON `FILE` choosing extractors and their settings")
	tone := toneFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vnextract extract [flags] PATH...\n\nPATH is a .txt file, a folder (read recursively), a .jsonl/.ndjson file, a .gz of these, or - for standard input.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("extract: no input")}
	}
	var cfg pipeline.Config
	if *config != "" {
		b, err := os.ReadFile(*config)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &cfg); err != nil {
			return usageError{fmt.Errorf("config %s: %w", *config, err)}
		}
	}
	proc, err := extractors.NewProcessor(cfg, normalize.New(normalize.Options{ToneStyle: *tone}))
	if err != nil {
		return usageError{err}
	}
	src, err := corpus.Open(fs.Args(), corpus.Options{MaxBytes: *maxBytes, Stdin: stdin})
	if err != nil {
		return err
	}
	w := stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	sink := corpus.NewJSONL(w)
	runErr := pipeline.Run(ctx, src, sink, *workers, proc)
	if err := sink.Flush(); err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}
