package corpus

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/vnextract/vnextract/pipeline"
)

// Stats counts the records of a run by status and error code. Its methods
// are safe for concurrent use: the pipeline adds, a progress bar reads.
type Stats struct {
	start  time.Time
	ok     atomic.Int64
	failed atomic.Int64
	mu     sync.Mutex
	codes  map[pipeline.ErrorCode]int64
}

// NewStats starts the clock of a run.
func NewStats() *Stats {
	return &Stats{start: time.Now(), codes: map[pipeline.ErrorCode]int64{}}
}

// Add counts one record; it fits pipeline.RunOptions.Done.
func (s *Stats) Add(_ *pipeline.Article, rec *pipeline.Record) {
	if rec.Error == nil {
		s.ok.Add(1)
		return
	}
	s.failed.Add(1)
	s.mu.Lock()
	s.codes[rec.Error.Code]++
	s.mu.Unlock()
}

// Records is the number of records counted so far.
func (s *Stats) Records() int64 { return s.ok.Load() + s.failed.Load() }

// Summary is the one line a run ends with: records ok and in error (by
// code), bytes read, time and rate.
func (s *Stats) Summary(bytes int64) string {
	el := time.Since(s.start)
	n := s.Records()
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles: %d ok, %d error", n, s.ok.Load(), s.failed.Load())
	s.mu.Lock()
	if len(s.codes) > 0 {
		b.WriteString(" (")
		for i, c := range slices.Sorted(maps.Keys(s.codes)) {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s %d", c, s.codes[c])
		}
		b.WriteString(")")
	}
	s.mu.Unlock()
	sec := max(el.Seconds(), 1e-9)
	fmt.Fprintf(&b, "; %s in %s: %.1f MB/s, %.0f articles/s",
		megabytes(bytes), el.Round(time.Millisecond), float64(bytes)/1e6/sec, float64(n)/sec)
	return b.String()
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// Bar is a live progress bar on a terminal: articles, articles/s, MB/s,
// and when the input size is known a bar and an ETA.
type Bar struct {
	p    *mpb.Progress
	bar  *mpb.Bar
	r    *Reader
	last atomic.Int64 // unix nanoseconds of the last update
}

// NewBar draws a bar on w, which should be a terminal: the caller checks,
// as the bar is made of cursor moves. mpb redraws it from its own
// goroutine until Stop.
func NewBar(w io.Writer, r *Reader, s *Stats) *Bar {
	p := mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithRefreshRate(250*time.Millisecond))
	total := r.TotalBytes()
	info := decor.Any(func(decor.Statistics) string {
		el := max(time.Since(s.start).Seconds(), 1e-9)
		read := r.BytesRead()
		rate := float64(read) / el
		line := fmt.Sprintf("%d articles  %.0f art/s  %.1f MB/s", s.Records(), float64(s.Records())/el, rate/1e6)
		if total > 0 && rate > 0 && read < total {
			eta := time.Duration(float64(total-read) / rate * float64(time.Second))
			line += "  ETA " + eta.Round(time.Second).String()
		}
		return line
	})
	var bar *mpb.Bar
	if total > 0 {
		bar = p.New(total, mpb.BarStyle(), mpb.PrependDecorators(decor.Percentage(decor.WCSyncSpace)),
			mpb.AppendDecorators(info))
	} else {
		bar = p.New(0, mpb.SpinnerStyle(), mpb.AppendDecorators(info))
	}
	return &Bar{p: p, bar: bar, r: r}
}

// Update moves the bar to the bytes read; it fits pipeline.RunOptions.Done
// and costs little when called for every record.
func (b *Bar) Update(*pipeline.Article, *pipeline.Record) {
	now := time.Now().UnixNano()
	if now-b.last.Load() < int64(100*time.Millisecond) {
		return
	}
	b.last.Store(now)
	if b.r.TotalBytes() > 0 {
		b.bar.SetCurrent(min(b.r.BytesRead(), b.r.TotalBytes()-1))
	}
}

// Stop draws the bar a last time, full when the run completed, as it
// stopped otherwise; the summary line follows it.
func (b *Bar) Stop(completed bool) {
	if !completed {
		b.bar.Abort(false)
		b.p.Wait()
		return
	}
	if b.r.TotalBytes() > 0 {
		b.bar.SetCurrent(b.r.TotalBytes())
	} else {
		b.bar.SetTotal(-1, true)
	}
	b.bar.Abort(false)
	b.p.Wait()
}
