// Command vnextract extracts people, ranks, titles, dates and awards from
// Vietnamese news articles and writes one JSON record per article.
//
// Exit status: 0 when every input article was read and its record written
// (error records included); 1 when the run stopped on an I/O error; 2 on a
// usage error; 130 when interrupted (the records written so far are whole).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const usage = `vnextract turns Vietnamese news articles into structured JSON records.

Usage:
  vnextract extract [flags] PATH...   extract records (PATH: .txt, folder, .jsonl, .tar, .zip, .warc, .gz/.zst of these, or - for stdin)
  vnextract normalize [flags] [PATH|-] print normalized text
  vnextract serve [flags]              serve extraction over HTTP
  vnextract view [flags] ARTICLE|RECORDS.jsonl   render an HTML view of extracted records
  vnextract report [flags] RECORDS.jsonl         render an HTML report of a run
  vnextract eval [flags] GOLD OUT      score records against gold annotations
  vnextract export [flags] RECORDS.jsonl   convert records to CoNLL or brat for annotation tools
  vnextract schema                     print the JSON Schema of a record
  vnextract version                    print the version

Run "vnextract COMMAND -h" for a command's flags.
`

const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitInterrupted = 130
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "extract":
		err = cmdExtract(ctx, args[1:], stdin, stdout, stderr)
	case "normalize":
		err = cmdNormalize(args[1:], stdin, stdout, stderr)
	case "serve":
		err = cmdServe(ctx, args[1:], stdout, stderr)
	case "view":
		err = cmdView(args[1:], stdin, stdout, stderr)
	case "report":
		err = cmdReport(args[1:], stdin, stdout, stderr)
	case "eval":
		err = cmdEval(args[1:], stdout, stderr)
	case "export":
		err = cmdExport(args[1:], stdin, stdout, stderr)
	case "schema":
		err = cmdSchema(stdout)
	case "version", "--version", "-version":
		_, err = fmt.Fprintf(stdout, "vnextract %s\n", version)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "vnextract: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "vnextract: %v\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "vnextract: interrupted; the records written so far are complete")
		return exitInterrupted
	default:
		fmt.Fprintf(stderr, "vnextract: %v\n", err)
		return exitFailure
	}
}

// usageError marks errors in the command line.
type usageError struct{ error }
