package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
	"github.com/vnextract/vnextract/view"
)

func cmdView(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("view", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "-", "write the page to `FILE` (- for standard output)")
	n := fs.Int("n", 10, "show the first `N` records or articles")
	title := fs.String("title", "", "page `TITLE` (default: the record's title or id)")
	tone := toneFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vnextract view [flags] ARTICLE|RECORDS.jsonl\n\nARTICLE is anything extract reads (.txt, folder, JSON Lines articles, .gz); it is extracted first.\nRECORDS.jsonl (or .gz, or - for standard input) holds vnextract/v1 records, as extract writes them.")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError{err}
	}
	if len(paths) != 1 || *n < 1 {
		fs.Usage()
		return usageError{errors.New("view: want one ARTICLE or RECORDS file and -n >= 1")}
	}
	in, closeIn, err := openMaybeGzip(paths[0], stdin)
	if err != nil {
		return err
	}
	defer closeIn()

	var recs []*pipeline.Record
	if isRecords(in) {
		for rec, err := range view.ReadRecords(in) {
			if err != nil {
				var le *view.LineError
				if errors.As(err, &le) {
					fmt.Fprintf(stderr, "vnextract: view: %s: %v\n", paths[0], err)
					continue
				}
				return err
			}
			recs = append(recs, rec)
			if len(recs) == *n {
				break
			}
		}
	} else {
		recs, err = extractFirst(paths[0], in, *n, tone)
		if err != nil {
			return err
		}
	}
	if len(recs) == 0 {
		return fmt.Errorf("view: %s: no record", paths[0])
	}
	return writeOutput(*out, stdout, func(w io.Writer) error {
		return view.Page(w, recs, view.Options{Title: *title})
	})
}

func cmdReport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "-", "write the report to `FILE` (- for standard output)")
	title := fs.String("title", "", "page `TITLE`")
	top := fs.Int("top", 30, "rows in each ranking")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vnextract report [flags] RECORDS.jsonl\n\nRECORDS.jsonl (or .gz, or - for standard input) holds vnextract/v1 records; it is read once, in bounded memory.")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError{err}
	}
	if len(paths) != 1 {
		fs.Usage()
		return usageError{errors.New("report: want one RECORDS file")}
	}
	in, closeIn, err := openMaybeGzip(paths[0], stdin)
	if err != nil {
		return err
	}
	defer closeIn()
	if *title == "" && paths[0] != "-" {
		*title = "vnextract report: " + paths[0]
	}
	rep := view.NewReport(view.ReportOptions{Title: *title, Top: *top})
	for rec, err := range view.ReadRecords(in) {
		if err != nil {
			var le *view.LineError
			if !errors.As(err, &le) {
				return err
			}
			rep.AddError(err)
			continue
		}
		rep.Add(rec)
	}
	return writeOutput(*out, stdout, rep.WriteHTML)
}

// openMaybeGzip opens path ("-": stdin) and undoes gzip when the stream
// starts with its magic number.
func openMaybeGzip(path string, stdin io.Reader) (*bufio.Reader, func(), error) {
	var r io.Reader = stdin
	closeFn := func() {}
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		r, closeFn = f, func() { f.Close() }
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			closeFn()
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return br, closeFn, nil
}

// isRecords reports whether the stream starts with a vnextract/v1 record:
// its first line has the schema field, or, for an indented record (whose
// keys a tool may have sorted), the first 64 KiB have it.
func isRecords(br *bufio.Reader) bool {
	head, _ := br.Peek(br.Size())
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	if i := bytes.IndexByte(head, '\n'); i >= 0 && len(bytes.TrimSpace(head[:i])) > 1 {
		head = head[:i]
	}
	return schemaField.Match(head)
}

var schemaField = regexp.MustCompile(`"schema"\s*:\s*"` + regexp.QuoteMeta(pipeline.SchemaVersion) + `"`)

// extractFirst runs the library on the first n articles of path, as
// extract would, one at a time.
func extractFirst(path string, in io.Reader, n int, tone *normalize.ToneStyle) ([]*pipeline.Record, error) {
	proc, err := extractors.NewProcessor(pipeline.Config{}, normalize.New(normalize.Options{ToneStyle: *tone}))
	if err != nil {
		return nil, err
	}
	// A file is opened again by corpus, which names articles after it;
	// standard input can only be read once, so in (past the peek) is it.
	src, err := corpus.Open([]string{path}, corpus.Options{Stdin: in})
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	var recs []*pipeline.Record
	for len(recs) < n {
		a, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		rec, err := proc.Process(ctx, a)
		if err != nil {
			return nil, err
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// writeOutput runs write on path ("-": stdout) and reports the first write
// or close error, so a full disk is not a silent half page.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
