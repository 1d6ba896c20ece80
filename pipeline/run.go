package pipeline

import (
	"context"
	"errors"
	"io"

	"github.com/sourcegraph/conc/stream"
)

// ErrorCode classifies an article that could not be processed.
type ErrorCode string

// The error codes of an error record.
const (
	CodeInvalidUTF8 ErrorCode = "invalid_utf8" // bytes that are neither UTF-8 nor a legacy encoding we recognise
	CodeEmpty       ErrorCode = "empty"        // no text after normalization
	CodeTooLarge    ErrorCode = "too_large"    // over the size limit
	CodeBadJSON     ErrorCode = "bad_json"     // a JSON Lines line that is not a JSON object with text
	CodeUndecodable ErrorCode = "undecodable"  // a compressed or container stream that cannot be read further
	CodeInternal    ErrorCode = "internal"     // a bug: an extractor panicked
)

// Error says why an article yields an error record.
type Error struct {
	Code    ErrorCode `json:"code"`
	Message string    `json:"message"`
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Article is one input article as a Source reads it: raw bytes in whatever
// encoding the archive holds, plus metadata.
type Article struct {
	ID        string
	Source    SourceRef
	Title     string
	URL       string
	Published string // ISO 8601 date, or ""
	Body      []byte // raw text; decoded and normalized by the pipeline
	Err       *Error // set when the source could not read the article (bad_json, too_large)
}

// A Source yields articles one at a time. Next returns io.EOF after the last
// article; any other error stops the run. Sources are used by one goroutine.
type Source interface {
	Next(ctx context.Context) (*Article, error)
}

// A Sink receives records in the order Run emits them, from one goroutine.
type Sink interface {
	Write(rec *Record) error
}

// Processor turns articles into records: decode and normalize, extract,
// link. It is safe for concurrent use once built.
type Processor struct {
	Extractors []Extractor
	Linker     Linker // may be nil: records then have no people or awards
	Normalizer Normalizer
}

// Process runs one article through the whole pipeline. It never fails on
// article content: problems become an error record. It returns an error only
// when ctx is done.
func (p *Processor) Process(ctx context.Context, a *Article) (rec *Record, err error) {
	doc := p.prepare(a)
	if doc.Err == nil {
		func() {
			// A panicking extractor is a bug; the article becomes an error
			// record and the run goes on.
			defer func() {
				if r := recover(); r != nil {
					doc.Err = &Error{Code: CodeInternal, Message: panicMessage(r)}
				}
			}()
			if err = Extract(ctx, doc, p.Extractors); err != nil {
				return
			}
			if p.Linker != nil {
				if lerr := p.Linker.Link(ctx, doc); lerr != nil {
					if ctx.Err() != nil {
						err = ctx.Err()
						return
					}
					doc.Errors = append(doc.Errors, "link: "+lerr.Error())
				}
			}
		}()
		if err != nil {
			return nil, err
		}
	}
	return NewRecord(doc), nil
}

// Run reads src to the end, processes up to workers articles at once, and
// writes one record per article to sink in input order. Memory is bounded
// by the articles in flight (about 2×workers), never by the corpus size.
// Run returns nil at the end of src, ctx's cause when ctx is cancelled (the
// records already written are whole), or the first read or write error.
func Run(ctx context.Context, src Source, sink Sink, workers int, p *Processor) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	s := stream.New().WithMaxGoroutines(workers)
	for ctx.Err() == nil {
		a, err := src.Next(ctx)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				cancel(err)
			}
			break
		}
		s.Go(func() stream.Callback { // blocks while every worker is busy: backpressure
			rec, err := p.Process(ctx, a)
			return func() { // serial, in input order
				if err == nil && ctx.Err() == nil {
					err = sink.Write(rec)
				}
				if err != nil {
					cancel(err)
				}
			}
		})
	}
	s.Wait()
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return ctx.Err()
}
