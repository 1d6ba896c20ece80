package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

// jitter sleeps a time that depends on the document, so that workers
// finish out of input order.
type jitter struct{}

func (jitter) Name() string { return "jitter" }

func (jitter) Extract(_ context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	h := fnv.New32a()
	h.Write([]byte(doc.ID))
	time.Sleep(time.Duration(h.Sum32()%300) * time.Microsecond)
	return nil, nil
}

func TestRunWithOrderSameForAnyWorkers(t *testing.T) {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{jitter{}, wordFinder{word: "Đại tá"}}}
	var want string
	for workers := 1; workers <= 8; workers++ {
		sink := &bufSink{}
		require.NoError(t, pipeline.RunWith(context.Background(), &sliceSource{as: articles(150)}, sink, p,
			pipeline.RunOptions{Workers: workers}))
		if workers == 1 {
			want = sink.buf.String()
			continue
		}
		assert.Equal(t, want, sink.buf.String(), "workers=%d", workers)
	}
}

func TestRunWithUnordered(t *testing.T) {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{jitter{}, wordFinder{word: "Đại tá"}}}
	ordered := &bufSink{}
	require.NoError(t, pipeline.Run(context.Background(), &sliceSource{as: articles(200)}, ordered, 1, p))
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			sink := &bufSink{}
			var done atomic.Int64
			var inDone atomic.Bool
			err := pipeline.RunWith(context.Background(), &sliceSource{as: articles(200)}, sink, p, pipeline.RunOptions{
				Workers: workers, Unordered: true,
				Done: func(a *pipeline.Article, rec *pipeline.Record) {
					assert.False(t, inDone.Swap(true), "Done calls are serial")
					assert.Equal(t, a.ID, rec.ID)
					done.Add(1)
					inDone.Store(false)
				},
			})
			require.NoError(t, err)
			assert.Equal(t, int64(200), done.Load())
			assert.Equal(t, lines(ordered.buf.Bytes()), lines(sink.buf.Bytes()), "same records, any order")
		})
	}
}

func lines(b []byte) []string {
	ls := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	slices.Sort(ls)
	return ls
}

func TestRunWithUnorderedStopsOnSinkError(t *testing.T) {
	p := &pipeline.Processor{}
	err := pipeline.RunWith(context.Background(), &sliceSource{as: articles(50)}, &failingSink{after: 5}, p,
		pipeline.RunOptions{Workers: 3, Unordered: true})
	require.Error(t, err)
}

func TestRunWithCancelUnordered(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	sink := &bufSink{after: func(n int) {
		if n == 10 {
			cancel()
		}
	}}
	err := pipeline.RunWith(ctx, &sliceSource{as: articles(500)}, sink, &pipeline.Processor{},
		pipeline.RunOptions{Workers: 4, Unordered: true})
	require.ErrorIs(t, err, context.Canceled)
	assert.Less(t, sink.n, 500)
	for _, l := range bytes.Split(bytes.TrimSpace(sink.buf.Bytes()), []byte("\n")) {
		assert.True(t, bytes.HasPrefix(l, []byte("{")) && bytes.HasSuffix(l, []byte("}")), "whole records")
	}
}

// TestConvert: a source's Convert runs before decoding; its panic becomes
// an internal error record.
func TestConvert(t *testing.T) {
	up := func(a *pipeline.Article) {
		a.Body = bytes.ToUpper(a.Body)
		a.Title = "converted"
	}
	boom := func(*pipeline.Article) { panic("bad page") }
	fail := func(a *pipeline.Article) { a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "html"} }
	as := []*pipeline.Article{
		{ID: "a", Body: []byte("đại tá"), Convert: up},
		{ID: "b", Body: []byte("x"), Convert: boom},
		{ID: "c", Body: []byte("x"), Convert: fail},
	}
	sink := &bufSink{}
	require.NoError(t, pipeline.Run(context.Background(), &sliceSource{as: as}, sink, 2, &pipeline.Processor{}))
	out := sink.buf.String()
	ls := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, ls, 3)
	assert.Contains(t, ls[0], `"text":"ĐẠI TÁ"`)
	assert.Contains(t, ls[0], `"title":"converted"`)
	assert.Contains(t, ls[1], `"code":"internal"`)
	assert.Contains(t, ls[1], "bad page")
	assert.Contains(t, ls[2], `"code":"undecodable"`)
}

func TestRunWithSourceError(t *testing.T) {
	src := &errAfter{n: 3}
	sink := &bufSink{}
	err := pipeline.RunWith(context.Background(), src, sink, &pipeline.Processor{}, pipeline.RunOptions{Workers: 2, Unordered: true})
	require.ErrorIs(t, err, errRead)
	assert.LessOrEqual(t, sink.n, 3, "the run stops at the error")
}

var errRead = errors.New("disk on fire")

type errAfter struct{ n, i int }

func (e *errAfter) Next(context.Context) (*pipeline.Article, error) {
	if e.i == e.n {
		return nil, errRead
	}
	e.i++
	return &pipeline.Article{ID: fmt.Sprint(e.i), Body: []byte("văn bản")}, nil
}

func ExampleRunWith() {
	src := &sliceSource{as: []*pipeline.Article{
		{ID: "a", Body: []byte("Đại tá Lê Văn An dự lễ.")},
		{ID: "b", Body: nil},
	}}
	sink := &bufSink{}
	var ok, failed int
	err := pipeline.RunWith(context.Background(), src, sink, &pipeline.Processor{}, pipeline.RunOptions{
		Workers: 2,
		Done: func(_ *pipeline.Article, rec *pipeline.Record) {
			if rec.Error != nil {
				failed++
			} else {
				ok++
			}
		},
	})
	fmt.Println(err, sink.n, ok, failed)
	// Output: <nil> 2 1 1
}

// inFlight is an extractor that records the largest sum of text sizes it
// sees at once.
type inFlight struct {
	mu       *sync.Mutex
	cur, max *int
}

func (inFlight) Name() string { return "inflight" }

func (f inFlight) Extract(_ context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	f.mu.Lock()
	*f.cur += len(doc.Text)
	*f.max = max(*f.max, *f.cur)
	f.mu.Unlock()
	time.Sleep(time.Millisecond)
	f.mu.Lock()
	*f.cur -= len(doc.Text)
	f.mu.Unlock()
	return nil, nil
}

func TestRunWithMaxBytesInFlight(t *testing.T) {
	var as []*pipeline.Article
	for i := range 60 {
		size := 1000
		if i%3 == 0 {
			size = 5000 // over the bound: runs alone
		}
		as = append(as, &pipeline.Article{ID: fmt.Sprint(i), Body: bytes.Repeat([]byte("a "), size/2)})
	}
	for _, unordered := range []bool{false, true} {
		var mu sync.Mutex
		var cur, peak int
		p := &pipeline.Processor{Extractors: []pipeline.Extractor{inFlight{&mu, &cur, &peak}}}
		sink := &bufSink{}
		require.NoError(t, pipeline.RunWith(context.Background(), &sliceSource{as: as}, sink, p,
			pipeline.RunOptions{Workers: 8, Unordered: unordered, MaxBytesInFlight: 3000}))
		assert.Equal(t, 60, sink.n)
		assert.LessOrEqual(t, peak, 5000, "unordered=%v: never more than the bound, or one big article", unordered)
		assert.GreaterOrEqual(t, peak, 2000, "small articles still run side by side")
	}
}

// lease is a memoized value that counts its releases.
type lease struct{ released *atomic.Int32 }

func (l lease) Release() { l.released.Add(1) }

type leaseKey struct{}

// leaser memoizes a lease on every document, as scan.Document does with
// its pooled token slice, and checks it is not released while in use.
type leaser struct{ released *atomic.Int32 }

func (leaser) Name() string { return "leaser" }

func (x leaser) Extract(_ context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	before := x.released.Load()
	doc.Memo(leaseKey{}, func() any { return lease(x) })
	doc.Memo(leaseKey{}, func() any { panic("memoized once") })
	if x.released.Load() != before {
		return nil, errors.New("released during extraction")
	}
	return nil, nil
}

func TestProcessReleasesMemoizedValues(t *testing.T) {
	var released atomic.Int32
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{leaser{&released}}}
	for i := range 5 {
		rec, err := p.Process(context.Background(), &pipeline.Article{ID: fmt.Sprint(i), Body: []byte("Văn bản.")})
		require.NoError(t, err)
		require.Equal(t, "ok", rec.Status, "%+v", rec.Warnings)
		assert.Empty(t, rec.Warnings)
		assert.EqualValues(t, i+1, released.Load(), "one release per document, after its record is built")
	}
	// A cancelled run returns no record and keeps its hands off the memo:
	// an extractor may still hold it.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := p.Process(ctx, &pipeline.Article{ID: "x", Body: []byte("Văn bản.")})
	require.Error(t, err)
	assert.EqualValues(t, 5, released.Load())
}

// upperNormalizer is a Normalizer that is not package normalize's.
type upperNormalizer struct{}

func (upperNormalizer) Bytes(b []byte) (normalize.Result, error) {
	return normalize.Result{Text: string(bytes.ToUpper(b)), Encoding: "utf-8"}, nil
}

// TestSetJSONText: a body set by SetJSONText gives the record of the same
// body with its invalid bytes replaced by U+FFFD, whatever the normalizer.
func TestSetJSONText(t *testing.T) {
	bodies := []string{
		"Đại tá Lê Văn An",
		"L\xea V\xa8n \xe1n nh\xc3",               // invalid bytes, not taken for TCVN3
		"Th\xb8ng 9 n\xb5m 2023, \xae\xb9i t\xb8", // TCVN3 bytes
		"hoa\u0300 \u00d0\u00f3",                  // edits
		"",
	}
	for _, n := range []pipeline.Normalizer{nil, upperNormalizer{}} {
		p := &pipeline.Processor{Normalizer: n}
		for _, body := range bodies {
			a := &pipeline.Article{ID: "a"}
			a.SetJSONText([]byte(body))
			got, err := p.Process(context.Background(), a)
			require.NoError(t, err)
			want, err := p.Process(context.Background(), &pipeline.Article{ID: "a", Body: normalize.ReplaceInvalidUTF8([]byte(body))})
			require.NoError(t, err)
			assert.Equal(t, string(want.AppendJSON(nil)), string(got.AppendJSON(nil)), "%q", body)
		}
	}
}

// slowFirst holds article "0" until release is closed and counts the
// articles started meanwhile.
type slowFirst struct {
	release chan struct{}
	started *atomic.Int32
}

func (slowFirst) Name() string { return "slowfirst" }

func (s slowFirst) Extract(_ context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	if doc.ID == "0" {
		<-s.release
		return nil, nil
	}
	s.started.Add(1)
	return nil, nil
}

func numbered(n int) []*pipeline.Article {
	as := make([]*pipeline.Article, n)
	for i := range as {
		as[i] = &pipeline.Article{ID: fmt.Sprint(i), Body: fmt.Appendf(nil, "Bài %d.", i)}
	}
	return as
}

// TestRunWithOrderWindow: while one article is slow, the other workers go
// on, but in ordered mode only up to the window ahead of it, so finished
// records cannot pile up behind it; then the run ends in input order.
func TestRunWithOrderWindow(t *testing.T) {
	const workers = 2
	started := &atomic.Int32{}
	release := make(chan struct{})
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{slowFirst{release, started}}}
	sink := &bufSink{}
	var written atomic.Int32
	errc := make(chan error, 1)
	go func() {
		errc <- pipeline.RunWith(context.Background(), &sliceSource{as: numbered(100)}, sink, p,
			pipeline.RunOptions{Workers: workers, Done: func(*pipeline.Article, *pipeline.Record) { written.Add(1) }})
	}()
	want := int32(pipeline.OrderWindow*workers - 1) // the window, less the slow article
	require.Eventually(t, func() bool { return started.Load() == want }, 5*time.Second, time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	assert.Equal(t, want, started.Load(), "no article read beyond the window")
	assert.Zero(t, written.Load(), "nothing written before the slow first article")
	close(release)
	require.NoError(t, <-errc)
	var ids []string
	for l := range strings.SplitSeq(strings.TrimSpace(sink.buf.String()), "\n") {
		var r struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		ids = append(ids, r.ID)
	}
	require.Len(t, ids, 100)
	for i, id := range ids {
		require.Equal(t, fmt.Sprint(i), id, "input order")
	}
}

// TestRunWithCancelInWindow: a run cancelled while workers wait for room
// behind a slow article stops.
func TestRunWithCancelInWindow(t *testing.T) {
	started := &atomic.Int32{}
	release := make(chan struct{})
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{slowFirst{release, started}}}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		errc <- pipeline.RunWith(ctx, &sliceSource{as: numbered(100)}, &bufSink{}, p, pipeline.RunOptions{Workers: 2})
	}()
	require.Eventually(t, func() bool { return started.Load() == pipeline.OrderWindow*2-1 }, 5*time.Second, time.Millisecond)
	cancel()
	select {
	case err := <-errc:
		t.Fatalf("run ended before its slow article: %v", err)
	case <-time.After(10 * time.Millisecond):
	}
	close(release) // the slow article ends; the workers waiting for room must see the cancel
	select {
	case err := <-errc:
		require.ErrorIs(t, err, context.Canceled)
	case <-time.After(5 * time.Second):
		t.Fatal("run did not stop")
	}
}

// panicSink panics on its fifth record: a bug in a sink.
type panicSink struct{ n atomic.Int32 }

func (p *panicSink) Write(*pipeline.Record) error {
	if p.n.Add(1) == 5 {
		panic("sink bug")
	}
	return nil
}

// TestRunWithPanickingSink: a bug that panics in a sink, source or hook
// crashes the run, as it should, rather than leave the other workers
// waiting forever for the article the panicking one held.
func TestRunWithPanickingSink(t *testing.T) {
	for _, unordered := range []bool{false, true} {
		for _, budget := range []int{0, 40} {
			t.Run(fmt.Sprintf("unordered=%v,budget=%d", unordered, budget), func(t *testing.T) {
				panicked := make(chan any, 1)
				go func() {
					defer func() { panicked <- recover() }()
					_ = pipeline.RunWith(context.Background(), &sliceSource{as: numbered(200)}, &panicSink{}, &pipeline.Processor{},
						pipeline.RunOptions{Workers: 3, Unordered: unordered, MaxBytesInFlight: budget})
				}()
				select {
				case p := <-panicked:
					require.NotNil(t, p)
					assert.Contains(t, fmt.Sprint(p), "sink bug")
				case <-time.After(5 * time.Second):
					t.Fatal("run hung after a worker panicked")
				}
			})
		}
	}
}
