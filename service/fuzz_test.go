package service_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/service"
)

// FuzzHandler sends arbitrary bodies, content types and routes through the
// whole handler (real extractors). Properties: no panic, no 500, and every
// response matches the OpenAPI document (status, media type, schema; each
// line of a batch is a valid record).
func FuzzHandler(f *testing.F) {
	routes := []struct{ method, path string }{
		{"POST", "/v1/extract"}, {"POST", "/v1/extract/batch"}, {"GET", "/healthz"},
		{"GET", "/readyz"}, {"GET", "/v1/extract"}, {"POST", "/nope"},
	}
	types := []string{"application/json", "text/plain", "application/x-ndjson", "text/plain; charset=windows-1258", "application/jsonl", "", "multipart/form-data; boundary=x", "application/json; charset=utf-16"}
	seeds := [][]byte{
		[]byte(`{"id":"a","text":"Đại tá Trần Minh Hải nhận Bằng khen ngày 3/2/2024.","published":"2024-02-03"}`),
		[]byte("{\"text\":\"Ông Lê Văn Tám\"}\n\n{bad\n{\"id\":1,\"content\":\"Bà Phạm Thu Trang\"}"),
		[]byte("Thie\u0302\u0301u ta\u0301\u00a0Ho\u00e0ng\u200b Va\u0306n Nam, nguyên Chủ tịch UBND tỉnh."),
		[]byte("Ña\xefi ta\xf9 Tr\xe2\xa6n"), []byte("\xff\xfe\x00T\x00e\x00x\x00t"), []byte("\xff"), {}, []byte("null"),
		[]byte(`{"text":"\ud800"}`), []byte(`{"text":"a","published":"2024-13-45"}`),
	}
	for i, s := range seeds {
		f.Add(uint8(i%2), uint8(i), s)
	}
	proc := realProc(f)
	srv, err := service.New(proc, service.Config{MaxArticleBytes: 16 << 10, MaxBatchBytes: 64 << 10})
	require.NoError(f, err)
	doc := loadDoc(f)
	f.Fuzz(func(t *testing.T, route, ctype uint8, body []byte) {
		rt := routes[int(route)%len(routes)]
		req := httptest.NewRequest(rt.method, rt.path, bytes.NewReader(body))
		if ct := types[int(ctype)%len(types)]; ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code == http.StatusInternalServerError {
			t.Fatalf("500 for %s %s %q: %s", rt.method, rt.path, body, rec.Body)
		}
		doc.check(t, rt.path, rt.method, rec.Code, rec.Header(), rec.Body.Bytes())
	})
}
