package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sourcegraph/conc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
	"github.com/vnextract/vnextract/service"
)

func TestExtract(t *testing.T) {
	base := start(t, realProc(t), service.Config{MaxArticleBytes: 4 << 10})
	article := readTestdata(t, "award.txt")
	tests := []struct {
		name, method, path, contentType string
		body                            []byte
		status                          int
		code                            string // error code, "" for a record
	}{
		{"json", "POST", "/v1/extract", "application/json", []byte(`{"id":"a1","title":" Lễ trao thưởng ","text":"Đại tá Trần Minh Hải dự lễ ngày 3/2/2024.","published":"2024-02-03T08:00:00+07:00"}`), 200, ""},
		{"json charset", "POST", "/v1/extract", "application/json; charset=utf-8", []byte(`{"content":"Ông Lê Văn Tám dự lễ."}`), 200, ""},
		{"numeric id", "POST", "/v1/extract", "application/json", []byte(`{"id":42,"body":"Bà Phạm Thu Trang phát biểu."}`), 200, ""},
		{"text", "POST", "/v1/extract?id=t1&published=12/03/2024", "text/plain", article, 200, ""},
		{"text cp1258 charset", "POST", "/v1/extract", "text/plain; charset=windows-1258", article, 200, ""},
		{"NFD and NBSP", "POST", "/v1/extract", "text/plain", []byte("Thie\u0302\u0301u ta\u0301\u00a0Ho\u00e0ng Va\u0306n Nam."), 200, ""},
		{"malformed json", "POST", "/v1/extract", "application/json", []byte(`{"text": "a"`), 400, "bad_json"},
		{"json array", "POST", "/v1/extract", "application/json", []byte(`["text"]`), 400, "bad_json"},
		{"wrong type", "POST", "/v1/extract", "application/json", []byte(`{"text": 5}`), 400, "bad_json"},
		{"two objects", "POST", "/v1/extract", "application/json", []byte(`{"text":"a"}{"text":"b"}`), 400, "bad_json"},
		{"empty json", "POST", "/v1/extract", "application/json", nil, 400, "bad_json"},
		{"no text", "POST", "/v1/extract", "application/json", []byte(`{"title":"x"}`), 400, "missing_text"},
		{"null", "POST", "/v1/extract", "application/json", []byte(`null`), 400, "missing_text"},
		{"json not utf-8", "POST", "/v1/extract", "application/json", []byte("{\"text\":\"\xff\xfe\"}"), 422, "invalid_utf8"},
		{"text no decoder explains", "POST", "/v1/extract", "text/plain", []byte("abc \xff\xfe\x80 xyz"), 422, "invalid_utf8"},
		{"blank text", "POST", "/v1/extract", "text/plain", []byte(" \n\u200b\t"), 422, "empty"},
		{"empty text", "POST", "/v1/extract", "text/plain", nil, 422, "empty"},
		{"oversized", "POST", "/v1/extract", "text/plain", bytes.Repeat([]byte("Hà Nội "), 1000), 413, "too_large"},
		{"form", "POST", "/v1/extract", "application/x-www-form-urlencoded", []byte("text=a"), 415, "unsupported_media_type"},
		{"no content type", "POST", "/v1/extract", "", []byte("a"), 415, "unsupported_media_type"},
		{"bad content type", "POST", "/v1/extract", "text/plain; ===", []byte("a"), 415, "unsupported_media_type"},
		{"get extract", "GET", "/v1/extract", "", nil, 405, "method_not_allowed"},
		{"post healthz", "POST", "/healthz", "text/plain", nil, 405, "method_not_allowed"},
		{"unknown", "GET", "/v2/extract", "", nil, 404, "not_found"},
		{"root", "GET", "/", "", nil, 404, "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, base+tt.path, bytes.NewReader(tt.body))
			require.NoError(t, err)
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			require.Equal(t, tt.status, resp.StatusCode)
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			if tt.code != "" {
				assert.Equal(t, tt.code, errorCode(t, resp))
				return
			}
			var rec pipeline.Record
			require.NoError(t, json.NewDecoder(resp.Body).Decode(&rec))
			assert.Equal(t, pipeline.SchemaVersion, rec.Schema)
			assert.Equal(t, "ok", rec.Status)
			assert.NotEmpty(t, rec.Text)
		})
	}
}

func TestExtractMetadata(t *testing.T) {
	base := start(t, realProc(t), service.Config{})
	var rec pipeline.Record
	resp := post(t, base+"/v1/extract", "application/json", []byte(`{"id":"a1","title":" Lễ trao thưởng ","url":"https://example.vn/a","text":"Ông Lê Văn Tám dự lễ.","published":"2024-02-03T08:00:00+07:00"}`))
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&rec))
	assert.Equal(t, "a1", rec.ID)
	require.NotNil(t, rec.Title)
	assert.Equal(t, "Lễ trao thưởng", *rec.Title)
	require.NotNil(t, rec.Published)
	assert.Equal(t, "2024-02-03", *rec.Published)

	resp = post(t, base+"/v1/extract?id=t1&title=Tin&published=12/03/2024&url=https://example.vn/b", "text/plain", []byte("Ông Lê Văn Tám dự lễ."))
	rec = pipeline.Record{}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&rec))
	assert.Equal(t, "t1", rec.ID)
	require.NotNil(t, rec.Published)
	assert.Equal(t, "2024-03-12", *rec.Published)
	require.NotNil(t, rec.URL)
	assert.Equal(t, "https://example.vn/b", *rec.URL)

	resp = post(t, base+"/v1/extract?published=hôm+qua", "text/plain", []byte("Ông Lê Văn Tám dự lễ."))
	rec = pipeline.Record{}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&rec))
	assert.Equal(t, "request", rec.ID)
	assert.Nil(t, rec.Published, "an unreadable date is ignored, as in the CLI")
}

func TestExtractLegacyEncoding(t *testing.T) {
	base := start(t, realProc(t), service.Config{})
	// "Đại tá" in VNI: the normalizer decodes it, so it is not invalid_utf8.
	resp := post(t, base+"/v1/extract", "text/plain", []byte("Ña\xefi ta\xf9 Tr\xe2\xa6n Minh Ha\xfbi"))
	body, _ := io.ReadAll(resp.Body)
	assert.Contains(t, []int{200, 422}, resp.StatusCode, string(body))
}

func TestBatch(t *testing.T) {
	base := start(t, realProc(t), service.Config{MaxArticleBytes: 1 << 10, BatchWorkers: 3})
	var in bytes.Buffer
	const n = 60
	for i := range n {
		switch i % 10 {
		case 3:
			in.WriteString("{\"id\": \"bad\", \"text\": \n") // malformed
		case 5:
			in.WriteString("\n   \r\n") // blank lines are skipped
			fmt.Fprintf(&in, "{\"id\":\"n%d\",\"text\":%q}\r\n", i, "Ông Lê Văn Tám dự lễ.")
		case 7:
			fmt.Fprintf(&in, "{\"id\":\"n%d\",\"text\":%q}\n", i, strings.Repeat("Hà Nội ", 300)) // over 1 KiB
		case 8:
			fmt.Fprintf(&in, "{\"id\":\"n%d\",\"text\":\"\xff\"}\n", i)
		case 9:
			fmt.Fprintf(&in, "{\"id\":\"n%d\",\"title\":\"x\"}\n", i)
		default:
			fmt.Fprintf(&in, "{\"id\":\"n%d\",\"text\":%q,\"published\":\"2024-05-0%d\"}\n", i, "Thiếu tướng Đỗ Quang Vinh, nguyên Tư lệnh Quân khu 5, dự lễ ngày 5/9/2023.", 1+i%9)
		}
	}
	in.WriteString(`{"id":"last","text":"Bà Phạm Thu Trang phát biểu."}`) // no final newline
	resp := post(t, base+"/v1/extract/batch", "application/x-ndjson", in.Bytes())
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "application/x-ndjson", resp.Header.Get("Content-Type"))
	recs := records(t, resp.Body)
	require.Len(t, recs, n+1, "one record per non-blank line")
	assert.Empty(t, resp.Trailer.Get("Vnextract-Error"))
	line := 0
	for i, rec := range recs[:n] {
		line++
		if i%10 == 5 {
			line += 2
		}
		assert.Equal(t, line, rec.Source.Line, "record %d", i)
		want := map[int]pipeline.ErrorCode{3: pipeline.CodeBadJSON, 7: pipeline.CodeTooLarge, 8: pipeline.CodeInvalidUTF8, 9: pipeline.CodeBadJSON}[i%10]
		if want == "" {
			assert.Equal(t, fmt.Sprintf("n%d", i), rec.ID)
			assert.Equal(t, "ok", rec.Status, "record %d", i)
			continue
		}
		assert.Equal(t, "error", rec.Status, "record %d", i)
		require.NotNil(t, rec.Error)
		assert.Equal(t, want, rec.Error.Code, "record %d", i)
		if i%10 == 7 || i%10 == 8 {
			assert.Equal(t, fmt.Sprintf("batch:%d", line), rec.ID, "a line that cannot be parsed gets a derived id")
		}
	}
	assert.Equal(t, "last", recs[n].ID)
}

func TestBatchRejects(t *testing.T) {
	base := start(t, stubProc(), service.Config{MaxBatchBytes: 100})
	tests := []struct {
		name, contentType, encoding string
		body                        string
		status                      int
		code                        string
	}{
		{"json", "application/json", "", `{"text":"a"}`, 415, "unsupported_media_type"},
		{"gzip", "application/x-ndjson", "gzip", `{"text":"a"}`, 415, "unsupported_media_type"},
		{"too large", "application/jsonl", "", strings.Repeat(`{"text":"a"}`+"\n", 20), 413, "too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest("POST", base+"/v1/extract/batch", strings.NewReader(tt.body))
			require.NoError(t, err)
			req.Header.Set("Content-Type", tt.contentType)
			if tt.encoding != "" {
				req.Header.Set("Content-Encoding", tt.encoding)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.Equal(t, tt.code, errorCode(t, resp))
		})
	}
}

// TestBatchTooLargeChunked: without a Content-Length the limit shows up
// mid-stream, as a last too_large record.
func TestBatchTooLargeChunked(t *testing.T) {
	base := start(t, stubProc(), service.Config{MaxBatchBytes: 100})
	body := io.MultiReader(strings.NewReader(strings.Repeat(`{"text":"a"}`+"\n", 20))) // hides the length
	resp, err := http.Post(base+"/v1/extract/batch", "application/x-ndjson", body)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)
	recs := records(t, resp.Body)
	require.NotEmpty(t, recs)
	last := recs[len(recs)-1]
	require.NotNil(t, last.Error)
	assert.Equal(t, pipeline.CodeTooLarge, last.Error.Code)
	for _, r := range recs[:len(recs)-1] {
		assert.Equal(t, "ok", r.Status)
	}
}

// TestBatchStreams sends the next line only after reading the record of
// the previous one: the batch is answered as it arrives, not at its end.
func TestBatchStreams(t *testing.T) {
	base := start(t, stubProc(), service.Config{})
	pr, pw := io.Pipe()
	req, err := http.NewRequest("POST", base+"/v1/extract/batch", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	var wg conc.WaitGroup
	defer wg.Wait()
	responses := make(chan *http.Response, 1)
	wg.Go(func() {
		resp, err := http.DefaultClient.Do(req)
		if assert.NoError(t, err) {
			responses <- resp
		}
		close(responses)
	})
	_, err = fmt.Fprintln(pw, `{"id":"s0","text":"Ông Lê Văn Tám dự lễ."}`)
	require.NoError(t, err)
	resp := <-responses
	require.NotNil(t, resp)
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	for i := range 5 {
		var rec pipeline.Record
		require.NoError(t, dec.Decode(&rec))
		assert.Equal(t, fmt.Sprintf("s%d", i), rec.ID)
		if i < 4 {
			_, err = fmt.Fprintf(pw, "{\"id\":\"s%d\",\"text\":\"Bà Phạm Thu Trang phát biểu.\"}\n", i+1)
			require.NoError(t, err)
		}
	}
	require.NoError(t, pw.Close())
	_, err = dec.Token()
	assert.ErrorIs(t, err, io.EOF)
}

func TestBatchEmpty(t *testing.T) {
	base := start(t, stubProc(), service.Config{})
	resp := post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte("\n\n"))
	assert.Equal(t, 200, resp.StatusCode)
	assert.Empty(t, records(t, resp.Body))
}

func TestBatchTimeout(t *testing.T) {
	base := start(t, stubProc(sleepy(30*time.Millisecond)), service.Config{BatchTimeout: 100 * time.Millisecond, BatchWorkers: 1})
	body := strings.Repeat(`{"text":"a"}`+"\n", 50)
	resp := post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte(body))
	require.Equal(t, 200, resp.StatusCode)
	recs := records(t, resp.Body)
	assert.Less(t, len(recs), 50)
	assert.Equal(t, "timeout", resp.Trailer.Get("Vnextract-Error"))
}

// TestOverload fills the one slot and the one queue place: the next
// request is refused at once with 503 and Retry-After; the queued one
// waits its turn and succeeds.
func TestOverload(t *testing.T) {
	entered, open := make(chan struct{}, 4), make(chan struct{})
	base := start(t, stubProc(gate(entered, open)), service.Config{MaxConcurrent: 1, MaxQueue: 1, QueueTimeout: 5 * time.Second, RetryAfter: 1500 * time.Millisecond})
	statuses := make(chan int, 2)
	var wg conc.WaitGroup
	for i := range 2 {
		wg.Go(func() {
			resp, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader("Ông Lê Văn Tám dự lễ."))
			if assert.NoError(t, err) {
				resp.Body.Close()
				statuses <- resp.StatusCode
			}
		})
		if i == 0 {
			<-entered // the first holds the slot
		}
	}
	require.Eventually(t, func() bool { return queued(t, base) == 1 }, 5*time.Second, 5*time.Millisecond)
	resp := post(t, base+"/v1/extract", "text/plain", []byte("Bà Phạm Thu Trang."))
	assert.Equal(t, 503, resp.StatusCode)
	assert.Equal(t, "2", resp.Header.Get("Retry-After"), "rounded up to seconds")
	assert.Equal(t, "overloaded", errorCode(t, resp))

	resp = post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte(`{"text":"a"}`+"\n"))
	assert.Equal(t, 503, resp.StatusCode, "a batch is admitted like a single request")
	assert.Equal(t, "overloaded", errorCode(t, resp))

	ready, err := http.Get(base + "/readyz")
	require.NoError(t, err)
	ready.Body.Close()
	assert.Equal(t, 503, ready.StatusCode)

	close(open)
	wg.Wait()
	close(statuses)
	for s := range statuses {
		assert.Equal(t, 200, s)
	}
}

func TestQueueTimeout(t *testing.T) {
	entered, open := make(chan struct{}, 4), make(chan struct{})
	base := start(t, stubProc(gate(entered, open)), service.Config{MaxConcurrent: 1, QueueTimeout: 50 * time.Millisecond})
	var wg conc.WaitGroup
	defer wg.Wait()
	defer close(open) // before Wait
	wg.Go(func() {
		resp, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader("a"))
		if assert.NoError(t, err) {
			resp.Body.Close()
		}
	})
	<-entered
	resp := post(t, base+"/v1/extract", "text/plain", []byte("b"))
	assert.Equal(t, 503, resp.StatusCode)
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	assert.Equal(t, "overloaded", errorCode(t, resp))
}

func TestTimeout(t *testing.T) {
	base := start(t, stubProc(sleepy(time.Minute)), service.Config{Timeout: 50 * time.Millisecond})
	begin := time.Now()
	resp := post(t, base+"/v1/extract", "text/plain", []byte("Ông Lê Văn Tám dự lễ."))
	assert.Equal(t, 504, resp.StatusCode)
	assert.Equal(t, "timeout", errorCode(t, resp))
	assert.Less(t, time.Since(begin), 5*time.Second)
}

func TestExtractorPanic(t *testing.T) {
	boom := funcExtractor(func(context.Context, *pipeline.Document) ([]pipeline.Entity, error) { panic("boom") })
	base := start(t, stubProc(boom), service.Config{})
	resp := post(t, base+"/v1/extract", "text/plain", []byte("a"))
	assert.Equal(t, 500, resp.StatusCode)
	assert.Equal(t, "internal", errorCode(t, resp))
	resp = post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))
	recs := records(t, resp.Body)
	require.Len(t, recs, 2, "a panic is one error record; the stream goes on")
	assert.Equal(t, pipeline.CodeInternal, recs[1].Error.Code)
}

// TestSlowClient: a client that stalls mid-body is cut off after
// ReadTimeout, for a single request (408) and a batch (the stream ends
// with a read_timeout trailer; net/http then keeps the connection until
// IdleTimeout).
func TestSlowClient(t *testing.T) {
	base := start(t, stubProc(), service.Config{ReadTimeout: 200 * time.Millisecond, IdleTimeout: 300 * time.Millisecond})
	addr := strings.TrimPrefix(base, "http://")
	for _, tt := range []struct {
		path, contentType, head string
		want                    string
	}{
		{"/v1/extract", "text/plain", "Ông Lê", "HTTP/1.1 408"},
		{"/v1/extract/batch", "application/x-ndjson", "{\"text\":\"a\"}\n{\"text\":", "Vnextract-Error: read_timeout"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			require.NoError(t, err)
			defer conn.Close()
			fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: 1000\r\n\r\n%s", tt.path, tt.contentType, tt.head)
			require.NoError(t, conn.SetReadDeadline(time.Now().Add(5*time.Second)))
			begin := time.Now()
			got, _ := io.ReadAll(conn) // the server closes the connection
			assert.Contains(t, string(got), tt.want)
			assert.Less(t, time.Since(begin), 2*time.Second, "the connection is closed, not kept")
		})
	}
}

func TestHealthMetricsOpenAPI(t *testing.T) {
	base := start(t, realProc(t), service.Config{})
	post(t, base+"/v1/extract", "text/plain", readTestdata(t, "short.txt"))
	post(t, base+"/v1/extract", "application/json", []byte("{"))
	resp := post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\nnope\n"))
	require.Len(t, records(t, resp.Body), 2) // to the end: the handler has returned
	for path, want := range map[string]string{"/healthz": `{"status":"ok"}`, "/readyz": `{"status":"ready"}`} {
		resp, err := http.Get(base + path)
		require.NoError(t, err)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, 200, resp.StatusCode)
		assert.JSONEq(t, want, string(b))
	}
	resp, err := http.Get(base + "/metrics")
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`vnextract_body_bytes_reserved 0`,
		`vnextract_http_requests_total{route="/v1/extract",status="200"} 1`,
		`vnextract_http_requests_total{route="/v1/extract",status="400"} 1`,
		`vnextract_http_requests_total{route="/v1/extract/batch",status="200"} 1`,
		`vnextract_articles_total{status="ok"} 2`,
		`vnextract_articles_total{status="error"} 1`,
		`vnextract_errors_total{code="bad_json"} 2`,
		`vnextract_errors_total{code="overloaded"} 0`,
		`vnextract_extractions_in_flight 0`,
		`vnextract_http_request_duration_seconds_count{route="/v1/extract"} 2`,
		`vnextract_extraction_duration_seconds_count 1`,
		`go_goroutines`, `process_resident_memory_bytes`,
	} {
		assert.Contains(t, string(b), want)
	}
	resp, err = http.Get(base + "/openapi.json")
	require.NoError(t, err)
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, service.OpenAPI, b)
}

// TestGracefulShutdown cancels Serve's context while a request is being
// extracted: the request still gets its record and Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	entered, open := make(chan struct{}, 1), make(chan struct{})
	srv, err := service.New(stubProc(gate(entered, open)), service.Config{})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	var wg conc.WaitGroup
	defer wg.Wait()
	wg.Go(func() { served <- srv.Serve(ctx, ln) })
	status := make(chan int, 1)
	wg.Go(func() {
		resp, err := http.Post("http://"+ln.Addr().String()+"/v1/extract", "text/plain", strings.NewReader("Ông Lê Văn Tám dự lễ."))
		if assert.NoError(t, err) {
			resp.Body.Close()
			status <- resp.StatusCode
		}
		close(status)
	})
	<-entered
	cancel()
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v with a request in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	assert.Error(t, err, "no new connections while draining")
	close(open)
	assert.Equal(t, 200, <-status)
	assert.NoError(t, <-served)
}

// queued reads vnextract_extractions_queued from /metrics.
func queued(t testing.TB, base string) int {
	resp, err := http.Get(base + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "vnextract_extractions_queued "); ok {
			var n int
			fmt.Sscan(v, &n)
			return n
		}
	}
	return -1
}

// TestSlotsShared: batches and single requests together never extract more
// than MaxConcurrent articles at once, and all of them finish.
func TestSlotsShared(t *testing.T) {
	var now, peak atomic.Int64
	count := funcExtractor(func(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
		n := now.Add(1)
		defer now.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(2 * time.Millisecond)
		return nil, nil
	})
	base := start(t, stubProc(count), service.Config{MaxConcurrent: 2, BatchWorkers: 4})
	body := []byte(strings.Repeat(`{"text":"Ông Lê Văn Tám dự lễ."}`+"\n", 20))
	var wg conc.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			var resp *http.Response
			var err error
			if i%2 == 0 {
				resp, err = http.Post(base+"/v1/extract/batch", "application/x-ndjson", bytes.NewReader(body))
			} else {
				resp, err = http.Post(base+"/v1/extract", "text/plain", strings.NewReader("Bà Phạm Thu Trang."))
			}
			if !assert.NoError(t, err) {
				return
			}
			defer resp.Body.Close()
			assert.Equal(t, 200, resp.StatusCode)
			if i%2 == 0 {
				assert.Len(t, records(t, resp.Body), 20)
			}
		})
	}
	wg.Wait()
	assert.LessOrEqual(t, peak.Load(), int64(2))
	assert.Equal(t, 0, queued(t, base))
}

// panicNormalizer panics outside the Processor's recover, as a bug in
// decoding would.
type panicNormalizer struct{}

func (panicNormalizer) Bytes([]byte) (normalize.Result, error) { panic("decoder bug") }

// TestPanicFreesSlots: a panic anywhere in the pipeline is a 500 (or a cut
// batch with the internal trailer) and never leaks an extraction slot.
func TestPanicFreesSlots(t *testing.T) {
	proc := &pipeline.Processor{Normalizer: panicNormalizer{}}
	base := start(t, proc, service.Config{MaxConcurrent: 1, MaxQueue: -1})
	for range 3 {
		resp := post(t, base+"/v1/extract", "text/plain", []byte("a"))
		assert.Equal(t, 500, resp.StatusCode)
		assert.Equal(t, "internal", errorCode(t, resp))
		resp = post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\n"))
		assert.Equal(t, 500, resp.StatusCode)
	}
	ready, err := http.Get(base + "/readyz")
	require.NoError(t, err)
	ready.Body.Close()
	assert.Equal(t, 200, ready.StatusCode, "the slot came back")
}

// TestBodyMemory: bodies held at once are bounded; past the bound a
// request gets 503 at once instead of being read.
func TestBodyMemory(t *testing.T) {
	entered, open := make(chan struct{}, 1), make(chan struct{})
	base := start(t, stubProc(gate(entered, open)), service.Config{MaxArticleBytes: 1 << 10, MaxBodyMemory: 1500})
	var wg conc.WaitGroup
	wg.Go(func() {
		resp, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader(strings.Repeat("a", 1000)))
		if assert.NoError(t, err) {
			resp.Body.Close()
			assert.Equal(t, 200, resp.StatusCode)
		}
	})
	<-entered // 1000 of 1500 bytes held
	resp := post(t, base+"/v1/extract", "text/plain", []byte(strings.Repeat("b", 600)))
	assert.Equal(t, 503, resp.StatusCode)
	assert.Equal(t, "overloaded", errorCode(t, resp))
	assert.NotEmpty(t, resp.Header.Get("Retry-After"))
	resp = post(t, base+"/v1/extract/batch", "application/x-ndjson", []byte(`{"text":"a"}`))
	assert.Equal(t, 503, resp.StatusCode, "a batch reserves a whole line")
	close(open)
	wg.Wait()
	resp = post(t, base+"/v1/extract", "text/plain", []byte(strings.Repeat("b", 600)))
	assert.Equal(t, 200, resp.StatusCode, "the bytes came back")
}

// TestSlowReader: a batch client that stops reading its answer is cut off
// after WriteTimeout, and its extraction slots come back.
func TestSlowReader(t *testing.T) {
	base := start(t, stubProc(), service.Config{WriteTimeout: 200 * time.Millisecond, MaxConcurrent: 1, MaxQueue: -1})
	line := fmt.Sprintf("{\"text\":%q}\n", strings.Repeat("Hà Nội mùa thu. ", 250))
	body := strings.Repeat(line, 3000) // ~12 MB of records: more than the socket buffers hold
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	var wg conc.WaitGroup
	defer wg.Wait()
	wg.Go(func() {
		fmt.Fprintf(conn, "POST /v1/extract/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}) // and never read
	require.Eventually(t, func() bool {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200 && queued(t, base) == 0 && strings.Contains(metricsText(t, base), `vnextract_http_requests_total{route="/v1/extract/batch",status="200"} 1`)
	}, 10*time.Second, 50*time.Millisecond, "the stalled batch ended and freed its slot")
	conn.Close()
}

func metricsText(t testing.TB, base string) string {
	resp, err := http.Get(base + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}
