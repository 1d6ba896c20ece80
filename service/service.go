// Package service serves vnextract over HTTP, for indexing jobs written in
// other languages. The routes are those of openapi.json (served at
// /openapi.json):
//
//	POST /v1/extract        one article (JSON or text/plain) -> one vnextract/v1 record
//	POST /v1/extract/batch  JSON Lines in -> JSON Lines out, streamed, in input order
//	GET  /healthz           the process is alive
//	GET  /readyz            the server takes work (503 while draining or overloaded)
//	GET  /metrics           Prometheus text format
//	GET  /openapi.json      the OpenAPI 3.1 document
//
// A failed request gets {"error":{"code":...,"message":...}} with a 4xx or
// 5xx status; the codes are the Code constants. The Server bounds body
// sizes, time per request, extractions at once (then a bounded queue, then
// 503 with Retry-After) and time for slow clients; Serve drains in-flight
// requests before it returns.
package service

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/sourcegraph/conc"

	"github.com/vnextract/vnextract/pipeline"
)

// OpenAPI is the OpenAPI 3.1 document of the service, served at
// /openapi.json. Tests check it against the handlers.
//
//go:embed openapi.json
var OpenAPI []byte

// Defaults of Config.
const (
	DefaultMaxArticleBytes = 8 << 20   // as the CLI's corpus.DefaultMaxBytes
	DefaultMaxBatchBytes   = 256 << 20 // a batch streams, so this bounds time, not memory
	DefaultMaxBodyMemory   = 512 << 20
	DefaultTimeout         = 30 * time.Second
	DefaultBatchTimeout    = 10 * time.Minute
	DefaultMaxQueue        = 1024
	DefaultQueueTimeout    = 10 * time.Second
	DefaultRetryAfter      = time.Second
	DefaultReadTimeout     = 30 * time.Second
	DefaultWriteTimeout    = 30 * time.Second
	DefaultIdleTimeout     = 2 * time.Minute
	DefaultShutdownTimeout = 30 * time.Second
)

// Config sets the Server's limits. Zero fields take the defaults above
// (MaxConcurrent and BatchWorkers: GOMAXPROCS).
type Config struct {
	// MaxArticleBytes bounds the body of /v1/extract (413 above it) and
	// each line of a batch (a too_large record above it).
	MaxArticleBytes int64
	// MaxBatchBytes bounds the body of /v1/extract/batch: 413 when the
	// Content-Length says so, else a too_large record ends the stream.
	MaxBatchBytes int64
	// Timeout bounds a /v1/extract request from its body read to its
	// answer, queueing included: 504 after it.
	Timeout time.Duration
	// BatchTimeout bounds a whole batch; the stream then stops after the
	// last whole record, and the Vnextract-Error trailer says "timeout".
	BatchTimeout time.Duration
	// MaxBodyMemory bounds the request bytes held at once, over all
	// requests: bodies being read, queued or extracted (a body of unknown
	// length counts as MaxArticleBytes, a batch as MaxArticleBytes for the
	// line it reads). A request that would pass it gets 503 at once, so
	// memory stays bounded however many clients connect.
	MaxBodyMemory int64
	// MaxConcurrent is the number of articles extracted at once, over all
	// requests.
	MaxConcurrent int
	// MaxQueue is the number of requests that may wait for a slot; more
	// get 503 at once. Negative means no queue.
	MaxQueue int
	// QueueTimeout is the longest a request waits for a slot: 503 after.
	QueueTimeout time.Duration
	// RetryAfter is the Retry-After of a 503, rounded up to seconds.
	RetryAfter time.Duration
	// BatchWorkers is the number of articles of one batch extracted at
	// once. Every article in flight holds an extraction slot, so the
	// articles in memory over all requests number about MaxConcurrent plus
	// one per open request, each at most MaxArticleBytes.
	BatchWorkers int
	// ReadTimeout bounds the reading of a request (headers and body); for a
	// batch it bounds each line instead, so long streams are fine and
	// stalled ones are not.
	ReadTimeout time.Duration
	// WriteTimeout bounds the writing of a response after it is computed;
	// for a batch it bounds each record.
	WriteTimeout time.Duration
	// IdleTimeout bounds an idle keep-alive connection.
	IdleTimeout time.Duration
	// ShutdownTimeout bounds the draining of in-flight requests in Serve;
	// connections still open after it are closed.
	ShutdownTimeout time.Duration
	// Logger receives lifecycle and internal errors; nil discards them.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	if c.MaxArticleBytes <= 0 {
		c.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if c.MaxBatchBytes <= 0 {
		c.MaxBatchBytes = DefaultMaxBatchBytes
	}
	if c.MaxBodyMemory <= 0 {
		c.MaxBodyMemory = DefaultMaxBodyMemory
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	if c.BatchWorkers <= 0 {
		c.BatchWorkers = runtime.GOMAXPROCS(0)
	}
	switch {
	case c.MaxQueue == 0:
		c.MaxQueue = DefaultMaxQueue
	case c.MaxQueue < 0:
		c.MaxQueue = 0
	}
	def(&c.Timeout, DefaultTimeout)
	def(&c.BatchTimeout, DefaultBatchTimeout)
	def(&c.QueueTimeout, DefaultQueueTimeout)
	def(&c.RetryAfter, DefaultRetryAfter)
	def(&c.ReadTimeout, DefaultReadTimeout)
	def(&c.WriteTimeout, DefaultWriteTimeout)
	def(&c.IdleTimeout, DefaultIdleTimeout)
	def(&c.ShutdownTimeout, DefaultShutdownTimeout)
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return c
}

// Server is the HTTP handler of the service. It is safe for concurrent
// use; it starts no goroutines (Serve does, and waits for them).
type Server struct {
	proc     *pipeline.Processor
	cfg      Config
	lim      *limiter
	mem      *budget
	m        *metrics
	routes   map[string]route
	draining atomic.Bool
}

// route is one path: the handler of each method it answers.
type route struct {
	methods map[string]http.HandlerFunc
	allow   string // the Allow header of a 405
}

// New returns a Server that extracts with proc under the limits of cfg.
func New(proc *pipeline.Processor, cfg Config) (*Server, error) {
	if proc == nil {
		return nil, errors.New("service: nil processor")
	}
	s := &Server{proc: proc, cfg: cfg.withDefaults(), m: newMetrics()}
	s.lim = newLimiter(s.cfg.MaxConcurrent, s.cfg.MaxQueue, s.cfg.RetryAfter, s.m)
	s.mem = &budget{max: s.cfg.MaxBodyMemory, retryAfter: s.cfg.RetryAfter, gauge: s.m.reserved}
	metricsHandler := promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{ErrorLog: slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelError)})
	get := func(h http.HandlerFunc) route {
		return route{methods: map[string]http.HandlerFunc{http.MethodGet: h}, allow: "GET"}
	}
	post := func(h http.HandlerFunc) route {
		return route{methods: map[string]http.HandlerFunc{http.MethodPost: h}, allow: "POST"}
	}
	s.routes = map[string]route{
		"/v1/extract":       post(s.extract),
		"/v1/extract/batch": post(s.batch),
		"/healthz":          get(s.healthz),
		"/readyz":           get(s.readyz),
		"/metrics":          get(metricsHandler.ServeHTTP),
		"/openapi.json":     get(s.openapi),
	}
	return s, nil
}

// Routes returns each path the Server answers and its methods, for tests
// and documentation.
func (s *Server) Routes() map[string][]string {
	out := make(map[string][]string, len(s.routes))
	for p, rt := range s.routes {
		out[p] = strings.Split(rt.allow, ", ")
	}
	return out
}

// ServeHTTP answers one request. A handler panic becomes a 500 (or a cut
// stream once a batch has started); it never takes the process down.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	rt, known := s.routes[r.URL.Path]
	label := r.URL.Path
	if !known {
		label = "other" // bounded label values, whatever clients ask for
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				s.m.request(label, sw.statusOr(http.StatusInternalServerError), time.Since(start))
				panic(v)
			}
			s.cfg.Logger.Error("handler panicked", "path", r.URL.Path, "panic", fmt.Sprint(v))
			if sw.wroteHeader {
				sw.Header().Set(trailerError, string(CodeInternal)) // a batch under way: tell its client why it stops
				s.m.errors.WithLabelValues(string(CodeInternal)).Inc()
			} else {
				s.fail(sw, newError(http.StatusInternalServerError, CodeInternal, "the server hit a bug; it is logged"))
			}
		}
		s.m.request(label, sw.statusOr(http.StatusOK), time.Since(start))
	}()
	if !known {
		s.fail(sw, newError(http.StatusNotFound, CodeNotFound, "no route "+r.URL.Path+"; see /openapi.json"))
		return
	}
	h, ok := rt.methods[r.Method]
	if !ok {
		sw.Header().Set("Allow", rt.allow)
		s.fail(sw, newError(http.StatusMethodNotAllowed, CodeMethodNotAllowed, r.Method+" is not allowed on "+r.URL.Path+"; use "+rt.allow))
		return
	}
	h(sw, r)
}

// fail sends an error response and counts it.
func (s *Server) fail(w http.ResponseWriter, err error) {
	var e *apiError
	if !errors.As(err, &e) {
		e = newError(http.StatusInternalServerError, CodeInternal, err.Error())
	}
	s.m.errors.WithLabelValues(string(e.Code)).Inc()
	writeError(w, e)
}

// extract answers POST /v1/extract.
func (s *Server) extract(w http.ResponseWriter, r *http.Request) {
	mt, aerr := mediaType(r, mediaJSON, mediaText)
	if aerr != nil {
		s.fail(w, aerr)
		return
	}
	if r.ContentLength > s.cfg.MaxArticleBytes {
		s.fail(w, tooLarge(s.cfg.MaxArticleBytes))
		return
	}
	size := s.cfg.MaxArticleBytes // a chunked body may grow to the limit
	if r.ContentLength >= 0 {
		size = r.ContentLength
	}
	if err := s.mem.reserve(size); err != nil {
		s.fail(w, err)
		return
	}
	defer s.mem.free(size)
	a, aerr := singleArticle(w, r, mt, s.cfg.MaxArticleBytes)
	if aerr != nil {
		s.fail(w, aerr)
		return
	}
	ctx, cancel := context.WithTimeoutCause(r.Context(), s.cfg.Timeout, errTimeout)
	defer cancel()
	if err := s.lim.admit(ctx, s.cfg.QueueTimeout); err != nil {
		s.fail(w, s.ctxError(err))
		return
	}
	start := time.Now()
	rec, err := s.process(ctx, a)
	if err != nil {
		s.fail(w, s.ctxError(context.Cause(ctx)))
		return
	}
	s.m.extract.Observe(time.Since(start).Seconds())
	s.m.article(rec, false)
	if rec.Error != nil {
		s.fail(w, recordError(rec.Error))
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// process runs a on a slot already taken, and frees it even if the
// pipeline panics outside the Processor's own recover (in the normalizer),
// so that a bug never leaks capacity.
func (s *Server) process(ctx context.Context, a *pipeline.Article) (*pipeline.Record, error) {
	defer s.lim.release()
	return s.proc.Process(ctx, a)
}

// errTimeout is the cause of a request's context when its Timeout runs out.
var errTimeout = errors.New("service: request timeout")

// ctxError explains why a request stopped: its timeout, or its client
// leaving (the status is then for the logs: nobody reads it).
func (s *Server) ctxError(err error) error {
	var e *apiError
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, errTimeout), errors.Is(err, context.DeadlineExceeded):
		return newError(http.StatusGatewayTimeout, CodeTimeout, "extraction did not finish within "+s.cfg.Timeout.String())
	}
	// 499 is nginx's "client closed request": only logs and metrics see it.
	return newError(499, CodeCanceled, "request cancelled: "+err.Error())
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.draining.Load():
		e := newError(http.StatusServiceUnavailable, CodeShuttingDown, "the server is draining; send new work elsewhere")
		e.RetryAfter = s.cfg.RetryAfter
		s.fail(w, e)
	case s.lim.full():
		s.fail(w, s.lim.overloaded("the queue is full"))
	default:
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	}
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(OpenAPI)
}

// Serve answers HTTP requests on ln until ctx ends, then stops accepting,
// lets in-flight requests finish (at most ShutdownTimeout) and returns
// nil. It returns early with the error of a failing listener. ln is
// closed on return.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: min(s.cfg.ReadTimeout, 10*time.Second),
		ReadTimeout:       s.cfg.ReadTimeout,
		// A single answer may queue and extract for Timeout before it is
		// written; batches move their deadline record by record.
		WriteTimeout:   s.cfg.Timeout + s.cfg.WriteTimeout,
		IdleTimeout:    s.cfg.IdleTimeout,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	var wg conc.WaitGroup
	wg.Go(func() { served <- hs.Serve(ln) })
	defer wg.Wait()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	s.draining.Store(true)
	s.cfg.Logger.Info("draining", "timeout", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("service: shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// statusWriter remembers the status of a response for metrics. Unwrap lets
// http.ResponseController reach the connection (flush, deadlines, full
// duplex).
type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.status, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.status, w.wroteHeader = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) statusOr(def int) int {
	if w.wroteHeader {
		return w.status
	}
	return def
}
