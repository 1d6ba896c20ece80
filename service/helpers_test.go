package service_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sourcegraph/conc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/service"
)

// start serves proc under cfg on a loopback port until the test ends and
// returns the base URL.
func start(t testing.TB, proc *pipeline.Processor, cfg service.Config) string {
	t.Helper()
	srv, err := service.New(proc, cfg)
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	var wg conc.WaitGroup
	wg.Go(func() { assert.NoError(t, srv.Serve(ctx, ln)) })
	t.Cleanup(func() { cancel(); wg.Wait() })
	return "http://" + ln.Addr().String()
}

// realProc is the built-in pipeline.
func realProc(t testing.TB) *pipeline.Processor {
	t.Helper()
	p, err := extractors.NewProcessor(pipeline.Config{}, nil)
	require.NoError(t, err)
	return p
}

// stubProc runs xs only: no linker, so records are small and fast.
func stubProc(xs ...pipeline.Extractor) *pipeline.Processor {
	return &pipeline.Processor{Extractors: xs}
}

// funcExtractor is an Extractor made of a function.
type funcExtractor func(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error)

func (f funcExtractor) Name() string { return "stub" }
func (f funcExtractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	return f(ctx, doc)
}

// gate blocks every extraction until open is closed (or ctx ends), and
// tells entered about each one that started.
func gate(entered chan<- struct{}, open <-chan struct{}) funcExtractor {
	return func(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
		entered <- struct{}{}
		select {
		case <-open:
		case <-ctx.Done():
		}
		return nil, nil
	}
}

// sleepy takes d per article, or until ctx ends.
func sleepy(d time.Duration) funcExtractor {
	return func(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
		select {
		case <-time.After(d):
		case <-ctx.Done():
		}
		return nil, nil
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func post(t testing.TB, url, contentType string, body []byte) *http.Response {
	t.Helper()
	resp, err := http.Post(url, contentType, bytes.NewReader(body))
	require.NoError(t, err)
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// errorCode reads the code of an error response.
func errorCode(t testing.TB, resp *http.Response) string {
	t.Helper()
	var body struct {
		Error struct{ Code, Message string }
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&body))
	assert.NotEmpty(t, body.Error.Message)
	return body.Error.Code
}

// records reads a JSON Lines response.
func records(t testing.TB, r io.Reader) []pipeline.Record {
	t.Helper()
	var out []pipeline.Record
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var rec pipeline.Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec), sc.Text())
		out = append(out, rec)
	}
	require.NoError(t, sc.Err())
	return out
}

// jsonLine is one JSON Lines article.
func jsonLine(id string, text []byte) ([]byte, error) {
	b, err := json.Marshal(map[string]string{"id": id, "text": string(text)})
	return append(b, '\n'), err
}
