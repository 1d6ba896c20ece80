package main

import (
	"encoding/json"
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
	encoding := fs.String("encoding", "", "decode the input as `name` (utf-8, utf-16, cp1258, tcvn3, vni, viqr, viscii, vps, mojibake) instead of detecting it")
	report := fs.Bool("report", false, "print the detected encoding and the edits as JSON on stderr")
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
	n := normalize.New(normalize.Options{ToneStyle: *tone})
	var res normalize.Result
	if *encoding != "" {
		res, err = n.Decode(b, strings.ToLower(*encoding))
	} else {
		res, err = n.Bytes(b)
	}
	if err != nil {
		return err
	}
	if *report {
		line, err := json.Marshal(struct {
			Encoding string          `json:"encoding"`
			Edits    normalize.Edits `json:"edits"`
		}{res.Encoding, res.Edits})
		if err != nil {
			return err
		}
		fmt.Fprintln(stderr, string(line))
	}
	_, err = fmt.Fprintln(stdout, res.Text)
	return err
}
