package service

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// limiter bounds the extractions running at once. Requests beyond the
// bound wait in a queue of bounded length, for a bounded time; the rest are
// refused with 503 and Retry-After. Waiters are served first come, first
// served: a channel hands a freed slot to its longest-blocked sender.
type limiter struct {
	slots      chan struct{}
	waiting    atomic.Int64
	maxQueue   int64
	retryAfter time.Duration
	inFlight   prometheus.Gauge
	queued     prometheus.Gauge
}

func newLimiter(concurrent, queue int, retryAfter time.Duration, m *metrics) *limiter {
	return &limiter{
		slots:      make(chan struct{}, concurrent),
		maxQueue:   int64(queue),
		retryAfter: retryAfter,
		inFlight:   m.inFlight,
		queued:     m.queued,
	}
}

// admit takes a slot for a new request: at once when one is free, else
// after waiting at most wait in the queue. It fails with a 503 *apiError
// when the queue is full or the wait runs out, and with ctx's error when
// ctx ends first.
func (l *limiter) admit(ctx context.Context, wait time.Duration) error {
	select {
	case l.slots <- struct{}{}:
		l.inFlight.Inc()
		return nil
	default:
	}
	if l.waiting.Add(1) > l.maxQueue {
		l.waiting.Add(-1)
		return l.overloaded("the queue is full")
	}
	defer l.waiting.Add(-1)
	l.queued.Inc()
	defer l.queued.Dec()
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		l.inFlight.Inc()
		return nil
	case <-t.C:
		return l.overloaded("no extraction slot freed up in " + wait.String())
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// acquire takes a slot for more work of an admitted request (the next
// article of a batch): it waits as long as ctx allows, since refusing now
// would cut a stream already under way.
func (l *limiter) acquire(ctx context.Context) error {
	select {
	case l.slots <- struct{}{}:
		l.inFlight.Inc()
		return nil
	default:
	}
	l.queued.Inc()
	defer l.queued.Dec()
	select {
	case l.slots <- struct{}{}:
		l.inFlight.Inc()
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// release frees a slot taken by admit or acquire.
func (l *limiter) release() {
	<-l.slots
	l.inFlight.Dec()
}

// full says whether a new request would be refused now.
func (l *limiter) full() bool {
	return len(l.slots) == cap(l.slots) && l.waiting.Load() >= l.maxQueue
}

func (l *limiter) overloaded(why string) *apiError {
	e := newError(http.StatusServiceUnavailable, CodeOverloaded, "too many extractions at once: "+why+"; retry later")
	e.RetryAfter = l.retryAfter
	return e
}

// budget bounds the bytes of request bodies held at once. It refuses
// rather than waits: waiting for memory would hold connections open and
// move the pile-up into the kernel's buffers.
type budget struct {
	used       atomic.Int64
	max        int64
	retryAfter time.Duration
	gauge      prometheus.Gauge
}

// reserve takes n bytes, or fails with a 503 *apiError when that would
// pass the budget.
func (b *budget) reserve(n int64) error {
	if b.used.Add(n) > b.max {
		b.used.Add(-n)
		e := newError(http.StatusServiceUnavailable, CodeOverloaded, "too many request bytes in memory at once; retry later")
		e.RetryAfter = b.retryAfter
		return e
	}
	b.gauge.Add(float64(n))
	return nil
}

// free returns n bytes taken by reserve.
func (b *budget) free(n int64) {
	b.used.Add(-n)
	b.gauge.Sub(float64(n))
}
