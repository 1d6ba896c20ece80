package service_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/sourcegraph/conc"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/service"
)

// A Server is an http.Handler: here it answers one request in-process.
func ExampleNew() {
	proc, err := extractors.NewProcessor(pipeline.Config{}, nil)
	if err != nil {
		panic(err)
	}
	srv, err := service.New(proc, service.Config{})
	if err != nil {
		panic(err)
	}
	req := httptest.NewRequest("POST", "/v1/extract", strings.NewReader(`{"id":"vd-1","text":"Sáng 2/9/2025, Trung tá Hoàng Văn Nam dự lễ."}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	var r pipeline.Record
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		panic(err)
	}
	fmt.Println(rec.Code, r.Schema, r.ID, r.Status)

	req = httptest.NewRequest("POST", "/v1/extract", strings.NewReader("{oops"))
	req.Header.Set("Content-Type", "application/json")
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	var e struct{ Error struct{ Code string } }
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		panic(err)
	}
	fmt.Println(rec.Code, e.Error.Code)
	// Output:
	// 200 vnextract/v1 vd-1 ok
	// 400 bad_json
}

// Serve answers on a listener until its context ends, then drains.
func ExampleServer_Serve() {
	proc, err := extractors.NewProcessor(pipeline.Config{}, nil)
	if err != nil {
		panic(err)
	}
	srv, err := service.New(proc, service.Config{})
	if err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	var wg conc.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(ctx, ln); err != nil {
			panic(err)
		}
	})
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	fmt.Println(resp.Status)
	stop() // as SIGTERM does in vnextract serve
	wg.Wait()
	// Output: 200 OK
}
