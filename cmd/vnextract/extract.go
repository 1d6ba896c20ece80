package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

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
	var fields corpus.Fields
	fs.StringVar(&fields.ID, "id-field", "", "JSON Lines `field` holding the article id (default id; a.b for nested)")
	fs.StringVar(&fields.Text, "text-field", "", "JSON Lines `field` holding the text (default text, content or body)")
	fs.StringVar(&fields.Title, "title-field", "", "JSON Lines `field` holding the title (default title)")
	fs.StringVar(&fields.Date, "date-field", "", "JSON Lines `field` holding the publication date (default published or date)")
	fs.StringVar(&fields.URL, "url-field", "", "JSON Lines `field` holding the URL (default url)")
	resume := fs.Bool("resume", false, "continue an interrupted run into the -o file: skip the records it holds, drop a torn last line")
	shardFlag := fs.String("shard", "", "process only shard `i/n` (0 <= i < n) of the articles, split by id hash")
	unordered := fs.Bool("unordered", false, "write records as they are done, not in input order (faster)")
	quiet := fs.Bool("quiet", false, "no progress bar, no summary, warnings and errors only")
	format, sinkOpts := addSinkFlags(fs)
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile (go tool pprof) to `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: vnextract extract [flags] PATH...

PATH is a .txt or .html file, a folder (read recursively), a .jsonl/.ndjson
file, a .tar, .tar.gz/.tgz or .zip archive (each member an article or a JSON
Lines file), a WARC/WARC.gz crawl (each HTML response an article), any of
these compressed with .gz or .zst, or - for standard input.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("extract: no input")}
	}
	var shard corpus.Shard
	if *shardFlag != "" {
		var err error
		if shard, err = corpus.ParseShard(*shardFlag); err != nil {
			return usageError{err}
		}
	}
	if *resume && *out == "-" {
		return usageError{fmt.Errorf("extract: --resume needs an output file (-o FILE)")}
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if os.Getenv("GOMEMLIMIT") == "" {
		// A soft limit makes the GC work harder before the heap nears
		// it, so that RSS stays under 256 MB on any archive; it is no
		// hard cap: a run that needs more still gets it.
		debug.SetMemoryLimit(memoryLimit)
		if os.Getenv("GOGC") == "" {
			// The live heap of a run is small (a few articles in
			// flight, 3-5 MB), so the default GOGC=100 collects every
			// few MB and cost 14% of CPU in profiles. Under the soft
			// limit a laxer pace is safe: the limit, not GOGC, bounds
			// RSS. At 1600 a heap cycle is 60-80 MB (peak RSS about
			// 100 MB with two workers, 45 MB at 400) and the
			// collector's share of instructions drops by 2.5 points.
			debug.SetGCPercent(gcPercent)
		}
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
	reader, err := corpus.Open(fs.Args(), corpus.Options{MaxBytes: *maxBytes, Stdin: stdin, Fields: fields})
	if err != nil {
		return err
	}
	defer reader.Close()
	src := shard.Filter(reader)
	sinkOpts.Resume, sinkOpts.Ctx, sinkOpts.Stdout = *resume, ctx, stdout
	sink, finish, err := openSink(*out, *format, *sinkOpts)
	if err != nil {
		return err
	}
	if sink == nil { // JSON Lines
		sink, finish, src, err = openJSONL(*out, *resume, *unordered, src, stdout, log)
		if err != nil {
			return err
		}
	}
	if *cpuProfile != "" {
		pf, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	stats := corpus.NewStats()
	opts := pipeline.RunOptions{
		Workers: *workers, Unordered: *unordered, Done: stats.Add,
		// Three articles at the size limit at once: a run of huge
		// articles waits rather than piling up in memory.
		MaxBytesInFlight: 3 * max(*maxBytes, 1),
	}
	var bar *corpus.Bar
	if !*quiet && isTerminal(stderr) {
		bar = corpus.NewBar(stderr, reader, stats)
		opts.Done = func(a *pipeline.Article, rec *pipeline.Record) {
			stats.Add(a, rec)
			bar.Update(a, rec)
		}
	}
	runErr := pipeline.RunWith(ctx, src, sink, proc, opts)
	if err := finish(); err != nil && runErr == nil {
		runErr = err
	}
	if bar != nil {
		bar.Stop(runErr == nil)
	}
	if !*quiet {
		fmt.Fprintln(stderr, "vnextract: "+stats.Summary(reader.BytesRead()))
	}
	return runErr
}

// openJSONL opens the JSON Lines output: standard output for "-", else
// the file, created anew or, with resume, cut after its last whole record
// and appended to, src then skipping the articles it already holds.
// finish flushes and syncs.
func openJSONL(out string, resume, unordered bool, src pipeline.Source, stdout io.Writer, log *slog.Logger) (pipeline.Sink, func() error, pipeline.Source, error) {
	if out == "-" {
		sink := corpus.NewJSONL(stdout)
		return sink, sink.Flush, src, nil
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if resume {
		done, err := corpus.Resume(out, unordered)
		if err != nil {
			return nil, nil, nil, err
		}
		if done.Records > 0 || done.Dropped > 0 {
			log.Info("resuming", "file", out, "records_kept", done.Records, "torn_bytes_dropped", done.Dropped)
		}
		src = done.Skip(src)
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(out, flags, 0o644)
	if err != nil {
		return nil, nil, nil, err
	}
	sink := corpus.NewJSONL(f)
	finish := func() error {
		err := sink.Flush()
		// on disk before we say done, so a power loss cannot undo a
		// finished run; devices and pipes have nothing to sync
		if fi, serr := f.Stat(); err == nil && serr == nil && fi.Mode().IsRegular() {
			err = f.Sync()
		}
		return errors.Join(err, f.Close())
	}
	return sink, finish, src, nil
}

// memoryLimit is the soft heap limit of an extract run (see
// runtime/debug.SetMemoryLimit); GOMEMLIMIT overrides it.
const memoryLimit = 160 << 20

// gcPercent is the GC pace of an extract run when GOGC is unset.
const gcPercent = 1600

// isTerminal says whether w is a terminal (a character device), where a
// progress bar may draw; a file, a pipe or a log collector gets none.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
