package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/sourcegraph/conc"
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
	// Convert, if set, runs on a worker before decoding: it turns Body into
	// article text (the main text of an HTML page, say) and may set Title,
	// URL, Published or Err. It lets a Source hand costly parsing to the
	// workers instead of doing it in the one goroutine that reads.
	Convert func(a *Article)

	// jsonText says that Body holds the text of a JSON string whose UTF-8
	// is unchecked (see SetJSONText).
	jsonText bool
}

// SetJSONText sets Body to b, the unquoted text of a JSON string whose
// UTF-8 the caller has not checked: the pipeline reads each byte of it
// that is not part of valid UTF-8 as U+FFFD, as encoding/json does,
// rather than as a sign of a legacy encoding. Normalizing the text validates it
// anyway, so a JSON reader that leaves it to the pipeline reads the text
// once less.
func (a *Article) SetJSONText(b []byte) {
	a.Body = b
	a.jsonText = true
}

// A Source yields articles one at a time. Next returns io.EOF after the last
// article; any other error stops the run. Sources are used by one goroutine.
type Source interface {
	Next(ctx context.Context) (*Article, error)
}

// A Sink receives records in the order Run emits them, one call at a time.
type Sink interface {
	Write(rec *Record) error
}

// An EncodingSink is a Sink that can encode a record apart from writing
// it. Run then encodes on the workers, in parallel, and only the write of
// the bytes is serial.
type EncodingSink interface {
	Sink
	// Encode returns the bytes Write would write for rec. It is safe for
	// concurrent use.
	Encode(rec *Record) ([]byte, error)
	// WriteEncoded writes bytes from Encode. The sink owns b from then on
	// and may reuse its memory.
	WriteEncoded(b []byte) error
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
	if a.Convert != nil && a.Err == nil {
		convert(a)
	}
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
	rec = NewRecord(doc)
	doc.release()
	return rec, nil
}

// convert runs a.Convert; a panic there is a bug of the converter and
// makes the article an error record, as one in an extractor does.
func convert(a *Article) {
	defer func() {
		if r := recover(); r != nil {
			msg := strings.ToValidUTF8(fmt.Sprint(r), "\uFFFD")
			a.Err = &Error{Code: CodeInternal, Message: "converter panicked: " + msg}
		}
	}()
	a.Convert(a)
}

// RunOptions tune RunWith. The zero value runs one worker in input order.
type RunOptions struct {
	// Workers is the number of articles processed at once; < 1 means 1.
	Workers int
	// Unordered writes each record as soon as its article is done, so one
	// slow article never holds back the others. The set of records is the
	// same as in ordered mode; only their order differs.
	Unordered bool
	// MaxBytesInFlight, if > 0, bounds the article bytes (Body, as the
	// source gave it) read but not yet written: the reading waits for
	// room. An article larger than the bound runs alone. It keeps memory
	// in check when huge articles come in a row, whatever Workers is.
	MaxBytesInFlight int
	// Done, if set, sees every record just before sink.Write, with the
	// article it came from (Body may be nil for an error article). Calls
	// are serial, like Write's; Done must not keep a or rec.
	Done func(a *Article, rec *Record)
}

// Run reads src to the end, processes up to workers articles at once, and
// writes one record per article to sink in input order. It is RunWith with
// only Workers set.
func Run(ctx context.Context, src Source, sink Sink, workers int, p *Processor) error {
	return RunWith(ctx, src, sink, p, RunOptions{Workers: workers})
}

// RunWith reads src to the end, processes up to o.Workers articles at once,
// and writes one record per article to sink, in input order unless
// o.Unordered. Memory is bounded by the articles in flight (at most
// OrderWindow×Workers in order, Workers unordered), never by the corpus size. Sink
// and Done are never called concurrently. RunWith returns nil at the end of
// src, ctx's cause when ctx is cancelled (the records already written are
// whole), or the first read or write error.
func RunWith(ctx context.Context, src Source, sink Sink, p *Processor, o RunOptions) error {
	workers := max(o.Workers, 1)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	enc, _ := sink.(EncodingSink)
	work := func(a *Article) (done, error) {
		rec, err := p.Process(ctx, a)
		if err != nil || enc == nil {
			return done{a: a, rec: rec}, err
		}
		b, err := enc.Encode(rec)
		return done{a: a, rec: rec, b: b}, err
	}
	write := func(d done) error {
		if o.Done != nil {
			o.Done(d.a, d.rec)
		}
		if enc != nil {
			return enc.WriteEncoded(d.b)
		}
		return sink.Write(d.rec)
	}
	bud := newBudget(o.MaxBytesInFlight)
	if o.Unordered {
		runUnordered(ctx, cancel, src, work, write, workers, bud)
	} else {
		runOrdered(ctx, cancel, src, work, write, workers, bud)
	}
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return ctx.Err()
}

// next reads one article; at the end of src or on a read error it returns
// nil, after cancelling ctx with the error.
func next(ctx context.Context, cancel context.CancelCauseFunc, src Source) *Article {
	if ctx.Err() != nil {
		return nil
	}
	a, err := src.Next(ctx)
	if err != nil {
		if !errors.Is(err, io.EOF) {
			cancel(err)
		}
		return nil
	}
	return a
}

// OrderWindow×Workers is how many articles an ordered run reads ahead of
// the oldest one not yet written. A window of two per worker idled the
// other workers behind every long article; at 16 a worker waits only
// behind an article 16 times longer than the others. MaxBytesInFlight
// still bounds the bytes held.
const OrderWindow = 16

// done is one processed article on its way to the sink.
type done struct {
	a   *Article
	rec *Record
	b   []byte // rec encoded, for an EncodingSink
	err error  // from work: the record is not written
	w   int    // budget taken by the article
}

// A run has no goroutine per stage: each worker reads an article, processes
// it and writes what is due, taking a lock for the source and one for the
// sink. Handing every article from a reader goroutine to a worker and on
// to a writer woke a goroutine three times per article, often on the other
// core: one worker made 24,700 context switches on 12,000 articles (1,500
// now) and used about 6% more CPU for the same work.
type run struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	src    Source
	work   func(*Article) (done, error)
	write  func(done) error
	bud    *budget

	srcMu sync.Mutex // the source, seq and eof
	seq   int        // input position of the next article read
	eof   bool

	outMu   sync.Mutex // the sink, next and pending
	due     *sync.Cond // next moved: room in the window
	next    int        // input position of the next record to write
	window  int        // ordered: articles read but not yet written, at most
	pending map[int]done
}

func runOrdered(ctx context.Context, cancel context.CancelCauseFunc, src Source, work func(*Article) (done, error), write func(done) error, workers int, bud *budget) {
	r := &run{ctx: ctx, cancel: cancel, src: src, work: work, write: write, bud: bud,
		window: OrderWindow * workers, pending: make(map[int]done)}
	r.due = sync.NewCond(&r.outMu)
	r.start(workers, r.ordered)
}

func runUnordered(ctx context.Context, cancel context.CancelCauseFunc, src Source, work func(*Article) (done, error), write func(done) error, workers int, bud *budget) {
	r := &run{ctx: ctx, cancel: cancel, src: src, work: work, write: write, bud: bud}
	r.start(workers, r.unordered)
}

// start runs workers copies of loop and waits for them. A panic in one (a
// bug of a source or sink: extractors' panics become error records) is
// raised again here once all have stopped. No worker waits for room in the
// window forever, even when the run is cancelled: every article read is in
// some worker's hands, and the one the window waits for is written or
// dropped when its worker is done.
func (r *run) start(workers int, loop func()) {
	var wg conc.WaitGroup
	for range workers {
		wg.Go(func() {
			defer r.failOnPanic()
			loop()
		})
	}
	wg.Wait()
}

// failOnPanic stops the run when a worker panics, so that the others do
// not wait forever for the article it held, and lets the panic go on.
func (r *run) failOnPanic() {
	p := recover()
	if p == nil {
		return
	}
	r.cancel(fmt.Errorf("pipeline: a worker panicked: %v", p))
	r.bud.wake()
	if r.due != nil {
		r.outMu.Lock()
		r.due.Broadcast()
		r.outMu.Unlock()
	}
	panic(p)
}

// read returns the next article with its input position, or nil at the
// end of the source, on a read error or when the run is cancelled. In
// ordered mode it first waits until the article fits in the window, so that
// one slow article holds back at most a window of finished ones.
func (r *run) read() (*Article, int, int) {
	r.srcMu.Lock()
	defer r.srcMu.Unlock()
	if r.eof {
		return nil, 0, 0
	}
	if r.due != nil {
		r.outMu.Lock()
		for r.seq >= r.next+r.window && r.ctx.Err() == nil {
			r.due.Wait()
		}
		r.outMu.Unlock()
	}
	a := next(r.ctx, r.cancel, r.src)
	if a == nil {
		r.eof = true
		return nil, 0, 0
	}
	seq := r.seq
	r.seq++
	// Waiting for budget under srcMu is what we want: no other worker
	// may read past this article meanwhile.
	return a, seq, r.bud.acquire(len(a.Body))
}

func (r *run) process(a *Article, w int) done {
	d, err := r.work(a)
	d.a, d.err, d.w = a, err, w
	return d
}

// emit writes d unless the run has failed; the caller holds outMu.
func (r *run) emit(d done) {
	defer r.bud.release(d.w)
	err := d.err
	if err == nil && r.ctx.Err() == nil {
		err = r.write(d)
	}
	if err != nil {
		r.cancel(err)
	}
}

func (r *run) ordered() {
	for {
		a, seq, w := r.read()
		if a == nil {
			return
		}
		r.put(seq, r.process(a, w))
	}
}

// put writes d if it is next in input order, and then every finished
// record that was waiting for it; else it keeps d until then.
func (r *run) put(seq int, d done) {
	r.outMu.Lock()
	defer r.outMu.Unlock()
	if seq != r.next {
		r.pending[seq] = d
		return
	}
	r.emit(d)
	r.next++
	for {
		d, ok := r.pending[r.next]
		if !ok {
			break
		}
		delete(r.pending, r.next)
		r.emit(d)
		r.next++
	}
	r.due.Broadcast()
}

func (r *run) unordered() {
	for {
		a, _, w := r.read()
		if a == nil {
			return
		}
		d := r.process(a, w)
		func() {
			r.outMu.Lock()
			defer r.outMu.Unlock()
			r.emit(d)
		}()
	}
}

// budget counts the article bytes in flight; a nil budget has no bound.
type budget struct {
	mu     sync.Mutex
	room   *sync.Cond
	used   int
	max    int
	broken bool // a worker panicked: its bytes will never come back
}

func newBudget(max int) *budget {
	if max <= 0 {
		return nil
	}
	b := &budget{max: max}
	b.room = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes fit and takes them; it returns what it took
// (n, or the whole bound for a larger article). It cannot wait forever:
// it waits only while some article is in flight, and each releases when
// written or dropped.
func (b *budget) acquire(n int) int {
	if b == nil {
		return 0
	}
	n = min(n, b.max)
	b.mu.Lock()
	for b.used > 0 && b.used+n > b.max && !b.broken {
		b.room.Wait()
	}
	b.used += n
	b.mu.Unlock()
	return n
}

// wake ends every wait for good: the run is failing.
func (b *budget) wake() {
	if b == nil {
		return
	}
	b.mu.Lock()
	b.broken = true
	b.mu.Unlock()
	b.room.Broadcast()
}

func (b *budget) release(n int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.room.Broadcast()
}
