package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vnextract/vnextract/pipeline/normalize"
)

func toneFlag(fs *flag.FlagSet) *normalize.ToneStyle {
	style := new(normalize.ToneStyle)
	fs.Func("tone-style", "tone placement: `new` (hòa, thủy) or old (hoà, thuỷ)", func(s string) error {
		switch strings.ToLower(s) {
		case "new":
			*style = normalize.ToneNew
		case "old":
			*style = normalize.ToneOld
		default:
			return fmt.Errorf("want new or old, not %q", s)
		}
		return nil
	})
	return style
}

func cmdNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tone := toneFlag(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("normalize: one input at most")}
	}
	in := stdin
	if p := fs.Arg(0); p != "" && p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	res, err := normalize.New(normalize.Options{ToneStyle: *tone}).Bytes(b)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(stdout, res.Text)
	return err
}
