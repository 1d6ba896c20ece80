package esbulk_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/vnextract/vnextract/corpus/esbulk"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleWriter() {
	w := esbulk.NewWriter(os.Stdout, "vnextract")
	w.Write(&pipeline.Record{Schema: pipeline.SchemaVersion, ID: "a1", Status: "ok", Text: "Tô Lâm"})
	w.Flush()
	// Output:
	// {"index":{"_index":"vnextract","_id":"a1"}}
	// {"schema":"vnextract/v1","id":"a1","source":{"uri":"","line":0},"status":"ok","error":null,"title":null,"url":null,"published":null,"byline":null,"text":"Tô Lâm","normalization":null,"people":null,"dates":null,"awards":null}
}

func ExampleNewLoader() {
	// A stand-in for a cluster that accepts every document.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		n := strings.Count(string(body), "\n") / 2
		items := strings.TrimSuffix(strings.Repeat(`{"index":{"status":201}},`, n), ",")
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"errors":false,"items":[%s]}`, items)
	}))
	defer srv.Close()

	ctx := context.Background()
	l, err := esbulk.NewLoader(ctx, esbulk.Config{URLs: []string{srv.URL}, Index: "vnextract"})
	if err != nil {
		panic(err)
	}
	for _, id := range []string{"a1", "a2", "a3"} {
		l.Write(&pipeline.Record{Schema: pipeline.SchemaVersion, ID: id, Status: "ok"})
	}
	if err := l.Close(ctx); err != nil {
		fmt.Println(err)
	}
	fmt.Println(l.Indexed(), "indexed")
	// Output:
	// 3 indexed
}
