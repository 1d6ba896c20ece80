package service_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/service"
)

// BenchmarkExtract measures one /v1/extract request in-process: handler,
// limits, metrics and the real extractors; no network.
func BenchmarkExtract(b *testing.B) {
	srv, err := service.New(realProc(b), service.Config{})
	require.NoError(b, err)
	body := readTestdata(b, "award.txt")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/extract", bytes.NewReader(body))
		req.Header.Set("Content-Type", "text/plain")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code, rec.Body)
		}
	}
}

// BenchmarkBatch measures a 100-article batch in-process.
func BenchmarkBatch(b *testing.B) {
	srv, err := service.New(realProc(b), service.Config{})
	require.NoError(b, err)
	var in bytes.Buffer
	for _, f := range []string{"award.txt", "meeting.txt", "short.txt"} {
		line, _ := jsonLine(f, readTestdata(b, f))
		for range 33 {
			in.Write(line)
		}
	}
	body := in.Bytes()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/extract/batch", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/x-ndjson")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code, rec.Body)
		}
	}
	b.ReportMetric(float64(99*b.N)/b.Elapsed().Seconds(), "docs/s")
}
