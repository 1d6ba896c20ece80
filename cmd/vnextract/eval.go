package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/view"
)

// errBelow makes eval exit 1 like score.py: a minimum not met, a malformed
// record, a span error or a missing record.
var errBelow = errors.New("eval: scores below the minimum or records missing or malformed")

// minFlags collects --min FIELD=F1.
type minFlags map[string]float64

func (m minFlags) String() string { return fmt.Sprint(map[string]float64(m)) }

func (m minFlags) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	f, err := strconv.ParseFloat(v, 64)
	if !ok || err != nil {
		return fmt.Errorf("want FIELD=F1, got %q", s)
	}
	m[k] = f
	return nil
}

func cmdEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the figures as JSON, as score.py --json does")
	mode := fs.String("mode", "", "`fields` (GOLD.md annotations) or `bio` (span F1 against CoNLL/BIO gold); default by GOLD's extension")
	mins := minFlags{}
	fs.Var(mins, "min", "fail (exit 1) when a field's F1 is below the minimum: `FIELD=F1`, repeatable")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: vnextract eval [flags] GOLD OUT

Field mode (default) scores records as ../shared/tools/score.py does and
prints the same figures. GOLD is a folder of NAME.gold.json files, a .jsonl
file of gold objects or one .json file; OUT is JSON Lines of records (- for
standard input).

BIO mode (GOLD ends in .conll, .bio, .iob or .txt, or --mode bio) gives
exact-match span P/R/F1 per type; OUT is a CoNLL file or JSON Lines records,
which are exported to BIO first.`)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError{err}
	}
	if len(pos) != 2 {
		fs.Usage()
		return usageError{errors.New("eval: want GOLD and OUT")}
	}
	gold, out := pos[0], pos[1]
	if *mode == "" {
		*mode = "fields"
		if isBIOPath(gold) {
			*mode = "bio"
		}
	}
	open := func(p string) (io.ReadCloser, error) {
		if p == "-" {
			return io.NopCloser(os.Stdin), nil
		}
		return os.Open(p)
	}
	switch *mode {
	case "fields":
		golds, err := eval.ReadGold(gold)
		if err != nil {
			return err
		}
		f, err := open(out)
		if err != nil {
			return err
		}
		defer f.Close()
		recs, err := eval.ReadRecords(f)
		if err != nil {
			return err
		}
		res := eval.Score(golds, recs)
		if *asJSON {
			err = res.WriteJSON(stdout)
		} else {
			err = res.WriteText(stdout)
		}
		if err != nil {
			return err
		}
		if len(res.Below(mins)) > 0 || !res.OK() {
			return errBelow
		}
		return nil
	case "bio":
		return evalBIO(gold, out, open, mins, *asJSON, stdout)
	}
	return usageError{fmt.Errorf("eval: unknown --mode %q", *mode)}
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments: score.py accepts "GOLD OUT --json", and "view
// page.txt -o page.html" works as documented.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func isBIOPath(p string) bool {
	for _, ext := range []string{".conll", ".bio", ".iob", ".iob2", ".txt"} {
		if strings.HasSuffix(strings.ToLower(p), ext) {
			return true
		}
	}
	return false
}

func evalBIO(gold, out string, open func(string) (io.ReadCloser, error), mins minFlags, asJSON bool, stdout io.Writer) error {
	read := func(p string, records bool) ([]conll.Document, error) {
		f, err := open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if !records {
			return conll.Read(f)
		}
		var docs []conll.Document
		for rec, err := range view.ReadRecords(f) {
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			docs = append(docs, conll.FromRecord(rec))
		}
		return docs, nil
	}
	g, err := read(gold, false)
	if err != nil {
		return err
	}
	o, err := read(out, !isBIOPath(out))
	if err != nil {
		return err
	}
	res, err := eval.SpanScore(g, o)
	if err != nil {
		return err
	}
	if asJSON {
		report := map[string]eval.FieldScore{}
		for name, c := range res.Types {
			report[name] = fieldScore(c)
		}
		report["overall"] = fieldScore(res.Total)
		b, _ := json.MarshalIndent(map[string]any{"types": report, "documents": res.Docs, "tokens": res.Tokens}, "", " ")
		_, err = fmt.Fprintf(stdout, "%s\n", b)
	} else {
		err = res.WriteText(stdout)
	}
	if err != nil {
		return err
	}
	for name, m := range mins {
		c, ok := res.Types[name]
		if name == "overall" {
			c, ok = res.Total, true
		}
		if _, _, f := c.PRF(); ok && f < m {
			return errBelow
		}
	}
	return nil
}

func fieldScore(c eval.Count) eval.FieldScore {
	p, r, f := c.PRF()
	return eval.FieldScore{P: p, R: r, F1: f, TP: c.TP, FP: c.FP, FN: c.FN}
}

func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "conll", "`conll` (BIO tokens, standard output or -o FILE) or `brat` (NAME.txt and NAME.ann in -o FOLDER)")
	out := fs.String("o", "-", "output `FILE` (conll) or FOLDER (brat)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: vnextract export [flags] RECORDS.jsonl

Converts records to research formats, so they can be corrected in annotation
tools: CoNLL-2003-style BIO (syllable tokens; PERSON, RANK, TITLE, DATE,
AWARD tags) or brat standoff. RECORDS is JSON Lines from vnextract extract,
or - for standard input.`)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError{err}
	}
	if len(pos) != 1 {
		fs.Usage()
		return usageError{errors.New("export: want one RECORDS file")}
	}
	if *format != "conll" && *format != "brat" {
		return usageError{fmt.Errorf("export: unknown --format %q (want conll or brat)", *format)}
	}
	var in io.Reader = stdin
	if pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sink, finish, err := openSink(*out, *format, sinkOptions{Stdout: stdout})
	if err != nil {
		return err
	}
	bad := 0
	for rec, rerr := range view.ReadRecords(in) {
		if rerr != nil {
			var le *view.LineError
			if !errors.As(rerr, &le) {
				return errors.Join(rerr, finish())
			}
			fmt.Fprintf(stderr, "vnextract: export: %s: %v\n", pos[0], rerr)
			bad++
			continue
		}
		if err := sink.Write(rec); err != nil {
			return errors.Join(err, finish())
		}
	}
	if err := finish(); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("export: %d lines were not records", bad)
	}
	return nil
}
