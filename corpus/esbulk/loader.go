package esbulk

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/opensearch-project/opensearch-go/v4"
	"github.com/opensearch-project/opensearch-go/v4/opensearchapi"
	"github.com/opensearch-project/opensearch-go/v4/opensearchutil"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrRejected is wrapped by Loader.Close when the cluster refused documents.
var ErrRejected = errors.New("esbulk: documents rejected")

// Config says where and how a Loader sends records.
type Config struct {
	URLs     []string // cluster nodes, e.g. http://localhost:9200
	Index    string   // DefaultIndex when empty
	Username string
	Password string

	Workers       int           // concurrent bulk requests; default 2
	FlushBytes    int           // bulk request size; default 5 MB
	FlushInterval time.Duration // flush at least this often; default 5s
	// MaxRetries bounds the retries of a bulk request that failed with 429,
	// 502, 503 or 504 or on the network, and of the documents the cluster
	// refused with 429 (too many requests). Default 5.
	MaxRetries int
	// Backoff is the wait before retry n (1-based); default 100ms·2^(n-1),
	// at most 10s.
	Backoff func(n int) time.Duration
	// Template, when set, is installed as index template TemplateName
	// before the first document.
	Template     []byte
	TemplateName string
	// Transport replaces the HTTP transport (TLS settings, tests).
	Transport http.RoundTripper
}

// Loader indexes records with a BulkIndexer. Write blocks while the
// indexer's queue is full, so a slow cluster slows the run instead of
// filling memory. It is a pipeline.Sink, used from one goroutine; Close
// must be called to send the rest and learn which documents failed.
//
// The BulkIndexer runs its own worker goroutines (Config.Workers of them)
// from NewLoader until Close.
type Loader struct {
	ctx    context.Context // NewLoader's: cancelling it unblocks Write
	cfg    Config
	client *opensearchapi.Client
	bi     opensearchutil.BulkIndexer

	mu       sync.Mutex
	failed   []ItemError
	retry    []retryItem // refused with 429, to send again at Close
	fatal    error       // the indexer's own error (a bulk request that failed for good)
	indexed  int
	added    int // documents given to an indexer
	answered int // of those, the ones whose outcome is known
	closed   bool
	retryRun int
}

type retryItem struct {
	id   string
	body []byte
}

// NewLoader connects a Loader to the cluster. It sends no request until
// the first Write (or the template, when Config.Template is set).
func NewLoader(ctx context.Context, cfg Config) (*Loader, error) {
	if len(cfg.URLs) == 0 {
		return nil, errors.New("esbulk: no cluster URL")
	}
	if cfg.Index == "" {
		cfg.Index = DefaultIndex
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 2
	}
	if cfg.FlushBytes <= 0 {
		cfg.FlushBytes = 5 << 20
	}
	if cfg.FlushInterval <= 0 {
		cfg.FlushInterval = 5 * time.Second
	}
	if cfg.MaxRetries <= 0 {
		cfg.MaxRetries = 5
	}
	if cfg.Backoff == nil {
		cfg.Backoff = func(n int) time.Duration {
			return min(100*time.Millisecond<<(n-1), 10*time.Second)
		}
	}
	discover := false
	client, err := opensearchapi.NewClient(opensearchapi.Config{Client: opensearch.Config{
		Addresses:            cfg.URLs,
		Username:             cfg.Username,
		Password:             cfg.Password,
		Transport:            cfg.Transport,
		RetryOnStatus:        []int{http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout},
		MaxRetries:           cfg.MaxRetries,
		RetryBackoff:         cfg.Backoff,
		EnableRetryOnTimeout: true,
		DiscoverNodesOnStart: &discover,
	}})
	if err != nil {
		return nil, fmt.Errorf("esbulk: %w", err)
	}
	l := &Loader{ctx: ctx, cfg: cfg, client: client}
	if cfg.Template != nil {
		name := cfg.TemplateName
		if name == "" {
			name = cfg.Index
		}
		if _, err := client.IndexTemplate.Create(ctx, opensearchapi.IndexTemplateCreateReq{
			IndexTemplate: name, Body: bytes.NewReader(cfg.Template),
		}); err != nil {
			return nil, fmt.Errorf("esbulk: install template %s: %w", name, err)
		}
	}
	if l.bi, err = l.newIndexer(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Loader) newIndexer(ctx context.Context) (opensearchutil.BulkIndexer, error) {
	bi, err := opensearchutil.NewBulkIndexer(opensearchutil.BulkIndexerConfig{
		Client:        l.client,
		Index:         l.cfg.Index,
		NumWorkers:    l.cfg.Workers,
		FlushBytes:    l.cfg.FlushBytes,
		FlushInterval: l.cfg.FlushInterval,
		Context:       ctx,
		OnError: func(_ context.Context, err error) {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.fatal = errors.Join(l.fatal, err)
		},
	})
	if err != nil {
		return nil, fmt.Errorf("esbulk: %w", err)
	}
	return bi, nil
}

// Write queues rec for indexing, waiting while the queue is full. It
// returns an error only when the run should stop: the loader is closed, its
// context is done, or a bulk request failed for good. Documents the cluster
// refuses are not errors here: Close reports them.
func (l *Loader) Write(rec *pipeline.Record) error {
	doc, err := Document(rec)
	if err != nil {
		return err
	}
	return l.add(l.ctx, rec.ID, doc)
}

func (l *Loader) add(ctx context.Context, id string, doc []byte) error {
	l.mu.Lock()
	closed, fatal := l.closed, l.fatal
	l.mu.Unlock()
	if closed {
		return errors.New("esbulk: loader closed")
	}
	if fatal != nil {
		return fmt.Errorf("esbulk: %w", fatal)
	}
	l.mu.Lock()
	l.added++
	l.mu.Unlock()
	return l.bi.Add(ctx, opensearchutil.BulkIndexerItem{
		Action:     "index",
		DocumentID: DocID(id),
		Body:       bytes.NewReader(doc),
		OnSuccess: func(context.Context, opensearchutil.BulkIndexerItem, opensearchapi.BulkRespItem) {
			l.mu.Lock()
			l.indexed++
			l.answered++
			l.mu.Unlock()
		},
		OnFailure: func(_ context.Context, _ opensearchutil.BulkIndexerItem, res opensearchapi.BulkRespItem, err error) {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.answered++
			if err == nil && res.Status == http.StatusTooManyRequests {
				l.retry = append(l.retry, retryItem{id, doc})
				return
			}
			ie := ItemError{ID: id, Status: res.Status}
			if res.Error != nil {
				ie.Type, ie.Reason = res.Error.Type, res.Error.Reason
			}
			if err != nil {
				ie.Reason = err.Error()
			}
			l.failed = append(l.failed, ie)
		},
	})
}

// Close sends what is queued, then sends again, with backoff, the
// documents the cluster refused as too many requests, up to MaxRetries
// times. It returns an error wrapping ErrRejected when documents were
// refused for good (Failures lists them), or the indexer's own error.
func (l *Loader) Close(ctx context.Context) error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.mu.Unlock()
	err := l.bi.Close(ctx)
	for err == nil {
		l.mu.Lock()
		retry := l.retry
		l.retry = nil
		l.mu.Unlock()
		if len(retry) == 0 {
			break
		}
		if l.retryRun >= l.cfg.MaxRetries {
			l.mu.Lock()
			for _, r := range retry {
				l.failed = append(l.failed, ItemError{ID: r.id, Status: http.StatusTooManyRequests, Type: "too_many_requests", Reason: "still refused after retries"})
			}
			l.mu.Unlock()
			break
		}
		l.retryRun++
		select {
		case <-time.After(l.cfg.Backoff(l.retryRun)):
		case <-ctx.Done():
			return ctx.Err()
		}
		if l.bi, err = l.newIndexer(ctx); err != nil {
			break
		}
		for _, r := range retry {
			if err = l.add(ctx, r.id, r.body); err != nil {
				break
			}
		}
		err = errors.Join(err, l.bi.Close(ctx))
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.closed = true
	if err != nil || l.fatal != nil {
		return fmt.Errorf("esbulk: %w", errors.Join(err, l.fatal))
	}
	if n := l.added - l.answered; n > 0 {
		// a bulk response with fewer items than the request
		l.failed = append(l.failed, ItemError{ID: "?", Reason: fmt.Sprintf("%d documents got no answer", n)})
	}
	if len(l.failed) > 0 {
		return fmt.Errorf("%w: %d of %d: %s", ErrRejected, len(l.failed), len(l.failed)+l.indexed, summarize(l.failed))
	}
	return nil
}

// Failures lists the documents the cluster refused for good. Complete
// after Close.
func (l *Loader) Failures() []ItemError {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]ItemError(nil), l.failed...)
}

// Indexed is the number of documents the cluster accepted.
func (l *Loader) Indexed() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.indexed
}
