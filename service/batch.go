package service

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/pipeline"
)

// trailerError is the trailer that tells a batch client why its stream
// stopped early (timeout, canceled, internal): the records before it are
// whole, the articles after them were not processed.
const trailerError = "Vnextract-Error"

// batch answers POST /v1/extract/batch. It runs pipeline.Run over the
// request body and writes each record as soon as it and those before it
// are done, so memory is bounded by the articles in flight, whatever the
// size of the batch. Every non-blank input line yields one record, in
// input order; a bad line yields an error record and the stream goes on.
func (s *Server) batch(w http.ResponseWriter, r *http.Request) {
	if _, aerr := mediaType(r, jsonlTypes...); aerr != nil {
		s.fail(w, aerr)
		return
	}
	if r.ContentLength > s.cfg.MaxBatchBytes {
		s.fail(w, tooLarge(s.cfg.MaxBatchBytes))
		return
	}
	// The line being read; the articles in flight hold slots, so
	// MaxConcurrent bounds them.
	size := s.cfg.MaxArticleBytes
	if err := s.mem.reserve(size); err != nil {
		s.fail(w, err)
		return
	}
	defer s.mem.free(size)
	rc := http.NewResponseController(w)
	// HTTP/1 servers stop reading a request once the response starts,
	// unless told that the handler streams both ways.
	_ = rc.EnableFullDuplex()
	ctx, cancel := context.WithTimeoutCause(r.Context(), s.cfg.BatchTimeout, errTimeout)
	defer cancel()
	src := &batchSource{
		br:  bufio.NewReaderSize(http.MaxBytesReader(w, r.Body, s.cfg.MaxBatchBytes), 64<<10),
		s:   s,
		rc:  rc,
		max: int(s.cfg.MaxArticleBytes),
	}
	sink := &batchSink{w: w, rc: rc, s: s, src: src}
	defer func() { // articles read but never written (Run stopped early, or panicked)
		for ; src.held.Load() > 0; src.held.Add(-1) {
			s.lim.release()
		}
	}()
	err := pipeline.Run(ctx, src, sink, s.cfg.BatchWorkers, s.proc)
	if err == nil {
		err = sink.err
	}
	if err == nil {
		if !sink.started {
			sink.start() // an empty batch: an empty stream
		}
		return
	}
	e, _ := s.ctxError(err).(*apiError)
	switch {
	case src.stalled:
		e = newError(http.StatusRequestTimeout, CodeReadTimeout, "the batch body stalled for over "+s.cfg.ReadTimeout.String())
	case errors.Is(err, errTimeout):
		e.Message = "the batch did not finish within " + s.cfg.BatchTimeout.String()
	}
	if !sink.started {
		s.fail(w, e)
		return
	}
	s.m.errors.WithLabelValues(string(e.Code)).Inc()
	s.cfg.Logger.Debug("batch stopped early", "code", e.Code, "err", err)
	w.Header().Set(trailerError, string(e.Code))
}

// batchSource reads the JSON Lines of a batch body. Before it hands over
// an article it takes an extraction slot, which the sink frees once the
// record is written; held counts the slots so taken.
type batchSource struct {
	br       *bufio.Reader
	s        *Server
	rc       *http.ResponseController
	max      int
	line     int
	held     atomic.Int64 // slots taken by Next and not yet freed by the sink's Write (another goroutine)
	admitted bool         // the first slot was taken
	done     bool         // the body ended or failed
	stalled  bool         // the client stopped sending for ReadTimeout
}

func (b *batchSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		if b.done {
			return nil, io.EOF
		}
		_ = b.rc.SetReadDeadline(time.Now().Add(b.s.cfg.ReadTimeout))
		line, tooLong, err := readLine(b.br, b.max)
		if err != nil && !errors.Is(err, io.EOF) {
			b.done = true
			return b.take(ctx, b.readFailure(err))
		}
		if len(line) == 0 && !tooLong && err != nil {
			b.done = true
			return nil, io.EOF
		}
		b.line++
		b.done = err != nil
		a := &pipeline.Article{ID: "batch:" + strconv.Itoa(b.line), Source: pipeline.SourceRef{URI: "batch", Line: b.line}}
		switch {
		case tooLong:
			a.Err = &pipeline.Error{Code: pipeline.CodeTooLarge, Message: fmt.Sprintf("line is over %d bytes", b.max)}
		case len(bytes.TrimSpace(line)) == 0:
			continue
		default:
			if code, msg := articleFromJSON(line, a); code != "" {
				if code == CodeMissingText {
					code = CodeBadJSON // the record schema's name for a line that is no article
				}
				a.Err = &pipeline.Error{Code: pipeline.ErrorCode(code), Message: msg}
			}
		}
		return b.take(ctx, a)
	}
}

// readFailure turns a broken body into a last error record, as the CLI's
// JSON Lines reader does: too_large past MaxBatchBytes, undecodable else.
func (b *batchSource) readFailure(err error) *pipeline.Article {
	b.line++
	a := &pipeline.Article{ID: "batch:" + strconv.Itoa(b.line), Source: pipeline.SourceRef{URI: "batch", Line: b.line}}
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mbe):
		a.Err = &pipeline.Error{Code: pipeline.CodeTooLarge, Message: fmt.Sprintf("batch is over %d bytes; the lines after it were not read", mbe.Limit)}
	case errors.As(err, &ne) && ne.Timeout():
		// net/http cancels the request on a failed connection read, so this
		// record is seldom written; the trailer says read_timeout instead.
		b.stalled = true
		a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "the batch body stalled for over " + b.s.cfg.ReadTimeout.String()}
	default:
		a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "reading batch: " + err.Error()}
	}
	return a
}

// take waits for an extraction slot for a. The first article of a batch
// is admitted like a single request (so an overloaded server answers 503
// before the stream starts); the rest wait their turn.
func (b *batchSource) take(ctx context.Context, a *pipeline.Article) (*pipeline.Article, error) {
	var err error
	if !b.admitted {
		err = b.s.lim.admit(ctx, b.s.cfg.QueueTimeout)
	} else {
		err = b.s.lim.acquire(ctx)
	}
	if err != nil {
		return nil, err
	}
	b.admitted = true
	b.held.Add(1)
	return a, nil
}

// batchSink writes records as JSON Lines, flushing each so that the client
// sees it at once; each write frees the slot its article held.
type batchSink struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	s       *Server
	src     *batchSource
	enc     *json.Encoder
	started bool
	err     error // the first write error; Run stops on it
}

// start sends the status and headers, declaring the trailer.
func (k *batchSink) start() {
	h := k.w.Header()
	h.Set("Content-Type", mediaJSONL)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Trailer", trailerError)
	k.w.WriteHeader(http.StatusOK)
	k.enc = json.NewEncoder(k.w)
	k.enc.SetEscapeHTML(false) // as the CLI's records
	k.started = true
}

func (k *batchSink) Write(rec *pipeline.Record) error {
	k.s.lim.release()
	k.src.held.Add(-1)
	k.s.m.article(rec, true)
	if !k.started {
		k.start()
	}
	_ = k.rc.SetWriteDeadline(time.Now().Add(k.s.cfg.WriteTimeout))
	if err := k.enc.Encode(rec); err != nil {
		k.err = err
		return err
	}
	if err := k.rc.Flush(); err != nil {
		k.err = err
		return err
	}
	return nil
}

// readLine reads one line without its end-of-line bytes, as the CLI's
// JSON Lines reader does. A line longer than max is consumed to its end
// and reported with tooLong; the bytes kept never exceed max.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 { // +2 for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimRight(line, "\r\n"), false, err
	}
}
