package service_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/sourcegraph/conc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/service"
)

var update = flag.Bool("update", false, "rewrite openapi.json's Record schema from pipeline/schema.json")

// TestOpenAPIRecordSchema keeps the Record component of openapi.json equal
// to the record's JSON Schema (pipeline/schema.json), its "#/$defs/" refs
// rebased so the document stands alone. When the record schema changes:
//
//	go test ./service -run TestOpenAPIRecordSchema -update
func TestOpenAPIRecordSchema(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(service.OpenAPI, &doc))
	var rec any
	require.NoError(t, json.Unmarshal(pipeline.JSONSchema, &rec))
	doc["components"].(map[string]any)["schemas"].(map[string]any)["Record"] = rebase(rec)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(doc))
	if *update {
		require.NoError(t, os.WriteFile("openapi.json", buf.Bytes(), 0o644))
		return
	}
	assert.Equal(t, buf.String(), string(service.OpenAPI), "go test ./service -run TestOpenAPIRecordSchema -update")
}

func rebase(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			if k != "$schema" && k != "$id" {
				out[k] = rebase(x)
			}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = rebase(x)
		}
		return out
	case string:
		if rest, ok := strings.CutPrefix(v, "#/$defs/"); ok {
			return "#/components/schemas/Record/$defs/" + rest
		}
	}
	return v
}

// TestOpenAPIRoutes: the document lists exactly the routes and methods
// the Server answers.
func TestOpenAPIRoutes(t *testing.T) {
	srv, err := service.New(stubProc(), service.Config{})
	require.NoError(t, err)
	doc := loadDoc(t)
	documented := map[string][]string{}
	for path, item := range doc.raw["paths"].(map[string]any) {
		for m := range item.(map[string]any) {
			documented[path] = append(documented[path], strings.ToUpper(m))
		}
		slices.Sort(documented[path])
	}
	routes := srv.Routes()
	for _, ms := range routes {
		slices.Sort(ms)
	}
	assert.Equal(t, routes, documented)
}

// TestOpenAPIErrorCodes: the ErrorResponse enum lists the codes clients
// can see (canceled goes to metrics only: its client has left).
func TestOpenAPIErrorCodes(t *testing.T) {
	doc := loadDoc(t)
	enum := doc.raw["components"].(map[string]any)["schemas"].(map[string]any)["ErrorResponse"].(map[string]any)["properties"].(map[string]any)["error"].(map[string]any)["properties"].(map[string]any)["code"].(map[string]any)["enum"].([]any)
	var got []string
	for _, c := range enum {
		got = append(got, c.(string))
	}
	want := []string{}
	for _, c := range []service.Code{service.CodeBadJSON, service.CodeMissingText, service.CodeBadRequest, service.CodeNotFound,
		service.CodeMethodNotAllowed, service.CodeReadTimeout, service.CodeTooLarge, service.CodeUnsupportedMediaType,
		service.CodeInvalidUTF8, service.CodeEmpty, service.CodeInternal, service.CodeOverloaded, service.CodeShuttingDown, service.CodeTimeout} {
		want = append(want, string(c))
	}
	assert.ElementsMatch(t, want, got)
}

// TestOpenAPIResponses sends requests that reach every documented status
// of every operation and checks each response against the document:
// status, media type, body schema (each line of a JSON Lines body), and
// documented headers. It fails on a status the document omits and on a
// documented status no request reached.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadDoc(t)
	seen := map[string]bool{}
	check := func(t *testing.T, path, method string, resp *http.Response) {
		t.Helper()
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		resp.Body.Close()
		doc.check(t, path, method, resp.StatusCode, resp.Header, body)
		seen[fmt.Sprintf("%s %s %d", method, path, resp.StatusCode)] = true
	}
	do := func(t *testing.T, base, method, path, contentType string, body []byte) {
		t.Helper()
		req, err := http.NewRequest(method, base+path, bytes.NewReader(body))
		require.NoError(t, err)
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		p, _, _ := strings.Cut(path, "?")
		check(t, p, method, resp)
	}

	t.Run("plain", func(t *testing.T) {
		base := start(t, realProc(t), service.Config{MaxArticleBytes: 2 << 10, MaxBatchBytes: 64 << 10})
		for _, f := range []string{"award.txt", "meeting.txt", "short.txt"} {
			text := readTestdata(t, f)
			do(t, base, "POST", "/v1/extract?id="+f, "text/plain", text)
			js, _ := json.Marshal(map[string]string{"id": f, "text": string(text), "published": "2024-03-12"})
			do(t, base, "POST", "/v1/extract", "application/json", js)
			do(t, base, "POST", "/v1/extract/batch", "application/x-ndjson", append(append(js, '\n'), "{oops\n\n{\"text\":\"\xff\"}\n"+string(js)...))
		}
		do(t, base, "POST", "/v1/extract", "application/json", []byte("{"))
		do(t, base, "POST", "/v1/extract", "text/plain", bytes.Repeat([]byte("a"), 3<<10))
		do(t, base, "POST", "/v1/extract/batch", "application/x-ndjson", bytes.Repeat([]byte("{}\n"), 30<<10))
		do(t, base, "POST", "/v1/extract", "text/html", []byte("<p>"))
		do(t, base, "POST", "/v1/extract/batch", "application/json", []byte("{}"))
		do(t, base, "POST", "/v1/extract", "text/plain", []byte("\xff\xfe\xfd\x80 abc"))
		do(t, base, "POST", "/v1/extract", "text/plain", []byte("   "))
		for _, p := range []string{"/healthz", "/readyz", "/metrics", "/openapi.json"} {
			do(t, base, "GET", p, "", nil)
		}
		do(t, base, "GET", "/nope", "", nil)
		do(t, base, "DELETE", "/v1/extract", "", nil)
		do(t, base, "PUT", "/metrics", "text/plain", []byte("x"))
	})
	t.Run("read timeout", func(t *testing.T) {
		base := start(t, stubProc(), service.Config{ReadTimeout: 100 * time.Millisecond})
		for path, ct := range map[string]string{"/v1/extract": "text/plain", "/v1/extract/batch": "application/x-ndjson"} {
			conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
			require.NoError(t, err)
			defer conn.Close()
			fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nContent-Length: 100\r\n\r\n{\"te", path, ct)
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			require.NoError(t, err)
			check(t, path, "POST", resp)
		}
	})
	t.Run("panic", func(t *testing.T) {
		boom := funcExtractor(func(context.Context, *pipeline.Document) ([]pipeline.Entity, error) { panic("boom") })
		base := start(t, stubProc(boom), service.Config{})
		do(t, base, "POST", "/v1/extract", "text/plain", []byte("a"))
		do(t, base, "POST", "/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\n"))
		base = start(t, &pipeline.Processor{Normalizer: panicNormalizer{}}, service.Config{})
		do(t, base, "POST", "/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\n"))
	})
	t.Run("timeout", func(t *testing.T) {
		base := start(t, stubProc(sleepy(time.Minute)), service.Config{Timeout: 30 * time.Millisecond, BatchTimeout: 30 * time.Millisecond})
		do(t, base, "POST", "/v1/extract", "text/plain", []byte("a"))
		do(t, base, "POST", "/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\n"))
	})
	t.Run("overload", func(t *testing.T) {
		entered, open := make(chan struct{}, 1), make(chan struct{})
		base := start(t, stubProc(gate(entered, open)), service.Config{MaxConcurrent: 1, MaxQueue: -1})
		var wg conc.WaitGroup
		wg.Go(func() {
			resp, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader("a"))
			if assert.NoError(t, err) {
				resp.Body.Close()
			}
		})
		<-entered
		do(t, base, "POST", "/v1/extract", "text/plain", []byte("b"))
		do(t, base, "POST", "/v1/extract/batch", "application/x-ndjson", []byte("{\"text\":\"a\"}\n"))
		do(t, base, "GET", "/readyz", "", nil)
		close(open)
		wg.Wait()
	})
	t.Run("draining", func(t *testing.T) {
		entered, open := make(chan struct{}, 1), make(chan struct{})
		srv, err := service.New(stubProc(gate(entered, open)), service.Config{})
		require.NoError(t, err)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		ctx, cancel := context.WithCancel(context.Background())
		var wg conc.WaitGroup
		wg.Go(func() { assert.NoError(t, srv.Serve(ctx, ln)) })
		wg.Go(func() {
			resp, err := http.Post("http://"+ln.Addr().String()+"/v1/extract", "text/plain", strings.NewReader("a"))
			if assert.NoError(t, err) {
				resp.Body.Close()
			}
		})
		<-entered
		cancel()
		// The listener is closed now; ask the handler itself.
		require.Eventually(t, func() bool {
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
			if rec.Code != http.StatusServiceUnavailable {
				return false
			}
			check(t, "/readyz", "GET", rec.Result())
			return true
		}, 5*time.Second, 5*time.Millisecond)
		close(open)
		wg.Wait()
	})

	for _, want := range doc.statuses() {
		assert.True(t, seen[want], "no test reached documented response %s", want)
	}
}

// apiDoc is openapi.json, with the schemas of its responses compiled on
// demand.
type apiDoc struct {
	raw   map[string]any
	c     *jsonschema.Compiler
	mu    sync.Mutex
	cache map[string]*jsonschema.Schema
}

const docURL = "https://vnextract.invalid/openapi.json"

func loadDoc(t testing.TB) *apiDoc {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(service.OpenAPI))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	require.NoError(t, c.AddResource(docURL, v))
	d := &apiDoc{raw: v.(map[string]any), c: c, cache: map[string]*jsonschema.Schema{}}
	assert.Equal(t, "3.1.1", d.raw["openapi"])
	return d
}

// schema compiles the schema at the JSON pointer made of tokens.
func (d *apiDoc) schema(t testing.TB, tokens ...string) *jsonschema.Schema {
	t.Helper()
	var ptr strings.Builder
	for _, tok := range tokens {
		ptr.WriteString("/" + strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1"))
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.cache[ptr.String()]; ok {
		return s
	}
	s, err := d.c.Compile(docURL + "#" + ptr.String())
	require.NoError(t, err, ptr.String())
	d.cache[ptr.String()] = s
	return s
}

// statuses lists "METHOD PATH STATUS" for every documented response.
func (d *apiDoc) statuses() []string {
	var out []string
	for path, item := range d.raw["paths"].(map[string]any) {
		for m, op := range item.(map[string]any) {
			for code := range op.(map[string]any)["responses"].(map[string]any) {
				out = append(out, fmt.Sprintf("%s %s %s", strings.ToUpper(m), path, code))
			}
		}
	}
	slices.Sort(out)
	return out
}

// check validates one response against the document.
func (d *apiDoc) check(t testing.TB, path, method string, status int, h http.Header, body []byte) {
	t.Helper()
	var base []string // pointer to the response object
	item, _ := d.raw["paths"].(map[string]any)[path].(map[string]any)
	switch op, _ := item[strings.ToLower(method)].(map[string]any); {
	case item == nil:
		require.Equal(t, http.StatusNotFound, status, "%s %s is not documented", method, path)
		base = []string{"components", "responses", "NotFound"}
	case op == nil:
		require.Equal(t, http.StatusMethodNotAllowed, status, "%s %s is not documented", method, path)
		base = []string{"components", "responses", "MethodNotAllowed"}
	default:
		code := strconv.Itoa(status)
		_, ok := op["responses"].(map[string]any)[code]
		require.True(t, ok, "%s %s answered %d, which is not documented: %s", method, path, status, body)
		base = []string{"paths", path, strings.ToLower(method), "responses", code}
	}
	resp := d.raw
	for _, tok := range base {
		resp = resp[tok].(map[string]any)
	}
	headers, _ := resp["headers"].(map[string]any)
	for name := range headers {
		if name != "Trailer" { // net/http moves it to Response.Trailer
			assert.NotEmpty(t, h.Get(name), "%s %s %d: header %s", method, path, status, name)
		}
	}
	mt, _, err := mime.ParseMediaType(h.Get("Content-Type"))
	require.NoError(t, err)
	media, ok := resp["content"].(map[string]any)[mt].(map[string]any)
	require.True(t, ok, "%s %s %d: media type %s is not documented", method, path, status, mt)
	if _, ok := media["x-item-schema"]; ok {
		item := d.schema(t, append(base, "content", mt, "x-item-schema")...)
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(sc.Bytes()))
			require.NoError(t, err, "%s %s: a line that is not JSON", method, path)
			assert.NoError(t, item.Validate(v), "%s %s: %s", method, path, sc.Text())
		}
		return
	}
	s := d.schema(t, append(base, "content", mt, "schema")...)
	var v any = string(body)
	if mt == "application/json" {
		v, err = jsonschema.UnmarshalJSON(bytes.NewReader(body))
		require.NoError(t, err, "%s %s %d: body is not JSON: %q", method, path, status, body)
	}
	assert.NoError(t, s.Validate(v), "%s %s %d: %s", method, path, status, body)
}
