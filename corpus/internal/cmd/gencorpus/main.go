// Command gencorpus writes a synthetic Vietnamese news corpus of a given
// size for benchmarks (see scripts/bench.sh): JSON Lines, a tar.gz of
// text files, or a WARC.gz of web pages.
//
//	go run ./corpus/internal/cmd/gencorpus -mb 200 -format jsonl -o /tmp/corpus.jsonl
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vnextract/vnextract/corpus/internal/synth"
)

func main() {
	mb := flag.Int("mb", 200, "size of the corpus in `MB` (10^6 bytes): of the file for jsonl, of the article text otherwise")
	format := flag.String("format", "jsonl", "jsonl, targz or warcgz")
	out := flag.String("o", "-", "output `FILE`")
	seed := flag.Uint64("seed", 1, "random seed; equal seeds give equal corpora")
	flag.IntVar(&hugeEvery, "huge-every", 0, "jsonl: make every `N`th article huge (0: none)")
	flag.IntVar(&hugeBytes, "huge-bytes", 12<<20, "jsonl: size of a huge article in `bytes`")
	flag.Parse()
	if err := run(*mb, *format, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

var hugeEvery, hugeBytes int

func run(mb int, format, out string, seed uint64) error {
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	g := synth.New(seed)
	target := int64(mb) * 1_000_000
	var written int64
	var err error
	switch format {
	case "jsonl":
		r := synth.NewReader(seed, target)
		r.HugeEvery, r.HugeBytes = hugeEvery, hugeBytes
		_, err = io.Copy(bw, r)
	case "targz":
		zw := gzip.NewWriter(bw)
		tw := synth.NewTar(zw)
		for written < target && err == nil {
			a := g.Next()
			written += int64(len(a.Text))
			err = tw.Add(a.ID+".txt", []byte(a.Text))
		}
		if err == nil {
			err = tw.Close()
		}
		if err == nil {
			err = zw.Close()
		}
	case "warcgz":
		ww := synth.NewWARC(bw, true)
		for written < target && err == nil {
			a := g.Next()
			written += int64(len(a.Text))
			if err = ww.Request(a.URL); err == nil {
				err = ww.Response(a.URL, 200, "text/html; charset=utf-8", synth.Page(a))
			}
		}
	default:
		return fmt.Errorf("unknown format %q", format)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}
