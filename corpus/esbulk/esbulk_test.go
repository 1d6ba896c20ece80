package esbulk_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/esbulk"
	"github.com/vnextract/vnextract/corpus/internal/recordtest"
	"github.com/vnextract/vnextract/pipeline"
)

func readRecords(t testing.TB) []*pipeline.Record {
	return recordtest.Read(t, filepath.Join("testdata", "records.jsonl"))
}

// fakeBulk is an in-process stand-in for the _bulk and _index_template
// APIs. It checks every request the way a cluster would (NDJSON pairs, an
// index action with an _id, a JSON document that is a vnextract record
// with that id) and answers per item as told.
type fakeBulk struct {
	t *testing.T

	mu        sync.Mutex
	docs      map[string]json.RawMessage // _id -> last document indexed
	requests  int
	templates map[string][]byte
	// item decides an item's answer: status and error type ("" for success).
	item func(id string, attempt int) (int, string)
	// failRequests answers the first n bulk requests with this status.
	failRequests int
	failStatus   int
	attempts     map[string]int
	inFlight     atomic.Int32
	maxInFlight  atomic.Int32
	block        chan struct{} // when set, each bulk request waits on it
}

func newFake(t *testing.T) (*fakeBulk, *httptest.Server) {
	f := &fakeBulk{t: t, docs: map[string]json.RawMessage{}, templates: map[string][]byte{}, attempts: map[string]int{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeBulk) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodPut && strings.HasPrefix(r.URL.Path, "/_index_template/"):
		assert.True(f.t, json.Valid(body), "template is JSON")
		f.mu.Lock()
		f.templates[strings.TrimPrefix(r.URL.Path, "/_index_template/")] = body
		f.mu.Unlock()
		io.WriteString(w, `{"acknowledged":true}`)
		return
	case r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/_bulk"):
		f.t.Errorf("unexpected request %s %s", r.Method, r.URL.Path)
		http.Error(w, "not found", 404)
		return
	}
	n := f.inFlight.Add(1)
	defer f.inFlight.Add(-1)
	for {
		m := f.maxInFlight.Load()
		if n <= m || f.maxInFlight.CompareAndSwap(m, n) {
			break
		}
	}
	if f.block != nil {
		<-f.block
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.requests++
	if f.failRequests > 0 {
		f.failRequests--
		w.WriteHeader(f.failStatus)
		io.WriteString(w, `{"error":{"type":"es_rejected_execution_exception","reason":"busy"},"status":429}`)
		return
	}
	assert.Equal(f.t, "/vnextract-test/_bulk", r.URL.Path)
	lines := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
	require.Zero(f.t, len(lines)%2, "action and document lines come in pairs")
	var items []string
	for i := 0; i < len(lines); i += 2 {
		var action map[string]struct {
			ID    string `json:"_id"`
			Index string `json:"_index"`
		}
		require.NoError(f.t, json.Unmarshal([]byte(lines[i]), &action), lines[i])
		meta, ok := action["index"]
		require.True(f.t, ok, "index action: %s", lines[i])
		require.NotEmpty(f.t, meta.ID)
		var doc struct {
			Schema string `json:"schema"`
			ID     string `json:"id"`
		}
		require.NoError(f.t, json.Unmarshal([]byte(lines[i+1]), &doc))
		assert.Equal(f.t, pipeline.SchemaVersion, doc.Schema)
		assert.Equal(f.t, esbulk.DocID(doc.ID), meta.ID)
		f.attempts[meta.ID]++
		status, errType := 201, ""
		if f.item != nil {
			status, errType = f.item(meta.ID, f.attempts[meta.ID])
		}
		if errType == "" {
			f.docs[meta.ID] = json.RawMessage(lines[i+1])
			items = append(items, fmt.Sprintf(`{"index":{"_index":"vnextract-test","_id":%q,"result":"created","status":%d}}`, meta.ID, status))
		} else {
			items = append(items, fmt.Sprintf(`{"index":{"_index":"vnextract-test","_id":%q,"status":%d,"error":{"type":%q,"reason":"refused by the fake"}}}`, meta.ID, status, errType))
		}
	}
	fmt.Fprintf(w, `{"took":1,"errors":%v,"items":[%s]}`, strings.Contains(strings.Join(items, ""), `"error"`), strings.Join(items, ","))
}

func config(srv *httptest.Server) esbulk.Config {
	return esbulk.Config{
		URLs: []string{srv.URL}, Index: "vnextract-test", Workers: 1, FlushBytes: 1 << 20,
		FlushInterval: time.Hour, MaxRetries: 3, Backoff: func(int) time.Duration { return time.Millisecond },
	}
}

// many returns n copies of the test records with distinct ids.
func many(t testing.TB, n int) []*pipeline.Record {
	base := readRecords(t)
	out := make([]*pipeline.Record, n)
	for i := range out {
		c := *base[i%len(base)]
		c.ID = fmt.Sprintf("doc-%03d", i)
		out[i] = &c
	}
	return out
}

func TestLoaderIndexes(t *testing.T) {
	fake, srv := newFake(t)
	cfg := config(srv)
	cfg.Template = esbulk.Template
	cfg.FlushBytes = 4 << 10 // several bulk requests
	ctx := context.Background()
	l, err := esbulk.NewLoader(ctx, cfg)
	require.NoError(t, err)
	recs := many(t, 30)
	for _, r := range recs {
		require.NoError(t, l.Write(r))
	}
	require.NoError(t, l.Close(ctx))
	require.NoError(t, l.Close(ctx), "Close twice")
	assert.Equal(t, 30, l.Indexed())
	assert.Empty(t, l.Failures())
	assert.Len(t, fake.docs, 30)
	assert.Greater(t, fake.requests, 1)
	assert.JSONEq(t, string(esbulk.Template), string(fake.templates["vnextract-test"]))
	want, err := esbulk.Document(recs[7])
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(fake.docs["doc-007"]))
}

func TestLoaderRetriesRequests(t *testing.T) {
	fake, srv := newFake(t)
	fake.failRequests, fake.failStatus = 2, http.StatusTooManyRequests
	ctx := context.Background()
	l, err := esbulk.NewLoader(ctx, config(srv))
	require.NoError(t, err)
	for _, r := range many(t, 5) {
		require.NoError(t, l.Write(r))
	}
	require.NoError(t, l.Close(ctx))
	assert.Len(t, fake.docs, 5)
	assert.Equal(t, 3, fake.requests, "two refused, the third accepted")
}

func TestLoaderItemErrors(t *testing.T) {
	fake, srv := newFake(t)
	fake.item = func(id string, attempt int) (int, string) {
		switch {
		case id == "doc-003":
			return 400, "mapper_parsing_exception"
		case id == "doc-005" && attempt <= 2:
			return 429, "es_rejected_execution_exception" // busy twice, then accepted
		case id == "doc-006":
			return 429, "es_rejected_execution_exception" // busy for good
		}
		return 201, ""
	}
	ctx := context.Background()
	l, err := esbulk.NewLoader(ctx, config(srv))
	require.NoError(t, err)
	for _, r := range many(t, 8) {
		require.NoError(t, l.Write(r))
	}
	err = l.Close(ctx)
	require.ErrorIs(t, err, esbulk.ErrRejected)
	assert.ErrorContains(t, err, "2 of 8")
	assert.Equal(t, []esbulk.ItemError{
		{ID: "doc-003", Status: 400, Type: "mapper_parsing_exception", Reason: "refused by the fake"},
		{ID: "doc-006", Status: 429, Type: "too_many_requests", Reason: "still refused after retries"},
	}, l.Failures())
	assert.Equal(t, 6, l.Indexed())
	assert.Contains(t, fake.docs, "doc-005")
	assert.Equal(t, 3, fake.attempts["doc-005"])
	assert.Equal(t, 4, fake.attempts["doc-006"], "first try and MaxRetries retries")
}

// TestLoaderBackpressure blocks the cluster: Write must stop returning once
// the indexer's queue is full, not buffer the whole run in memory.
func TestLoaderBackpressure(t *testing.T) {
	fake, srv := newFake(t)
	fake.block = make(chan struct{})
	cfg := config(srv)
	cfg.FlushBytes = 1 // one document per request
	ctx := context.Background()
	l, err := esbulk.NewLoader(ctx, cfg)
	require.NoError(t, err)
	recs := many(t, 20)
	var written atomic.Int32
	done := make(chan error, 1)
	go func() {
		for _, r := range recs {
			if err := l.Write(r); err != nil {
				done <- err
				return
			}
			written.Add(1)
		}
		done <- nil
	}()
	time.Sleep(200 * time.Millisecond)
	assert.Less(t, int(written.Load()), 5, "Write blocks while the cluster does not answer")
	close(fake.block)
	require.NoError(t, <-done)
	require.NoError(t, l.Close(ctx))
	assert.Len(t, fake.docs, 20)
	assert.Equal(t, int32(1), fake.maxInFlight.Load(), "one worker, one request at a time")
}

func TestLoaderClusterDown(t *testing.T) {
	fake, srv := newFake(t)
	fake.failRequests, fake.failStatus = 100, http.StatusServiceUnavailable
	ctx := context.Background()
	cfg := config(srv)
	cfg.FlushBytes = 1
	l, err := esbulk.NewLoader(ctx, cfg)
	require.NoError(t, err)
	var werr error
	for _, r := range many(t, 10) {
		if werr = l.Write(r); werr != nil {
			break
		}
	}
	err = l.Close(ctx)
	require.Error(t, errorsJoin(werr, err))
	assert.LessOrEqual(t, fake.requests, 10*(cfg.MaxRetries+1))
}

func errorsJoin(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func TestWriter(t *testing.T) {
	recs := readRecords(t)
	var b bytes.Buffer
	w := esbulk.NewWriter(&b, "vnextract-2017")
	for _, r := range recs {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Flush())
	sc := bufio.NewScanner(&b)
	sc.Buffer(nil, 1<<20)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.Len(t, lines, 2*len(recs))
	assert.Equal(t, `{"index":{"_index":"vnextract-2017","_id":"a1"}}`, lines[0])
	want, err := esbulk.Document(recs[0])
	require.NoError(t, err)
	assert.JSONEq(t, string(want), lines[1])
	assert.NotContains(t, lines[1], `\u003c`, "no HTML escaping")

	b.Reset()
	w = esbulk.NewWriter(&b, "")
	require.NoError(t, w.Write(recs[0]))
	require.NoError(t, w.Flush())
	assert.True(t, strings.HasPrefix(b.String(), `{"index":{"_id":"a1"}}`+"\n"))
}

func TestDocID(t *testing.T) {
	assert.Equal(t, "a/b.txt:3", esbulk.DocID("a/b.txt:3"))
	long := strings.Repeat("x", 600)
	assert.Len(t, esbulk.DocID(long), len("sha256-")+64)
	assert.NotEqual(t, esbulk.DocID(long), esbulk.DocID(long+"y"))
	assert.NotEmpty(t, esbulk.DocID(""))
}

// TestTemplateMapsRecord walks a record's JSON and checks that every field
// has a mapping (or sits under an object that is deliberately not indexed),
// and that names, ranks, roles and organizations are keywords with a folded
// subfield using the asciifolding analyzer.
func TestTemplateMapsRecord(t *testing.T) {
	var tmpl struct {
		IndexPatterns []string `json:"index_patterns"`
		Template      struct {
			Settings struct {
				Analysis struct {
					Analyzer map[string]struct {
						Tokenizer string
						Filter    []string
					} `json:"analyzer"`
					Normalizer map[string]struct{ Filter []string } `json:"normalizer"`
				} `json:"analysis"`
			} `json:"settings"`
			Mappings mapping `json:"mappings"`
		} `json:"template"`
	}
	require.NoError(t, json.Unmarshal(esbulk.Template, &tmpl))
	assert.Equal(t, []string{"lowercase", "asciifolding"}, tmpl.Template.Settings.Analysis.Analyzer["vi_folded"].Filter)
	assert.Equal(t, []string{"lowercase", "asciifolding"}, tmpl.Template.Settings.Analysis.Normalizer["vi_folded"].Filter)

	for _, r := range readRecords(t) {
		doc, err := esbulk.Document(r)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(doc, &v))
		checkMapped(t, tmpl.Template.Mappings, v, "")
	}
	for _, path := range []string{"people.name", "people.rank", "people.titles.role", "people.titles.organization",
		"awards.name", "awards.recipients.name", "awards.recipients.organization"} {
		m := lookup(tmpl.Template.Mappings, path)
		require.NotNil(t, m, path)
		assert.Equal(t, "keyword", m.Type, path)
		assert.Equal(t, "vi_folded", m.Fields["folded"].Analyzer, path)
	}
	assert.Equal(t, "nested", lookup(tmpl.Template.Mappings, "people").Type, "rank and title of one person match together")

	b, err := esbulk.TemplateFor("news-*")
	require.NoError(t, err)
	assert.Contains(t, string(b), `"index_patterns":["news-*"]`)
}

type mapping struct {
	Type       string             `json:"type"`
	Enabled    *bool              `json:"enabled"`
	Analyzer   string             `json:"analyzer"`
	Properties map[string]mapping `json:"properties"`
	Fields     map[string]mapping `json:"fields"`
}

func lookup(m mapping, path string) *mapping {
	for _, k := range strings.Split(path, ".") {
		next, ok := m.Properties[k]
		if !ok {
			return nil
		}
		m = next
	}
	return &m
}

func checkMapped(t *testing.T, m mapping, v any, path string) {
	switch x := v.(type) {
	case map[string]any:
		if m.Enabled != nil && !*m.Enabled {
			return
		}
		for k, sub := range x {
			sm, ok := m.Properties[k]
			if !assert.True(t, ok, "no mapping for %s.%s", path, k) {
				continue
			}
			checkMapped(t, sm, sub, path+"."+k)
		}
	case []any:
		for _, e := range x {
			checkMapped(t, m, e, path)
		}
	default:
		if x != nil {
			assert.NotEmpty(t, m.Type, "leaf %s has no type", path)
		}
	}
}

func BenchmarkWriter(b *testing.B) {
	recs := readRecords(b)
	size := recordBytes(b, recs)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	w := esbulk.NewWriter(io.Discard, "vnextract")
	for b.Loop() {
		for _, r := range recs {
			_ = w.Write(r)
		}
	}
	_ = w.Flush()
}

// recordBytes is the size of recs as JSON Lines: benchmarks report MB/s of
// records consumed.
func recordBytes(b *testing.B, recs []*pipeline.Record) int {
	n := 0
	for _, r := range recs {
		j, err := json.Marshal(r)
		require.NoError(b, err)
		n += len(j) + 1
	}
	return n
}
