package corpus_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleOpen() {
	in := strings.NewReader(`{"id":"a1","text":"Đại tá Lê Văn An dự lễ."}
{"id":"a2","text":"Thiếu tá Hồ Thị Lan phát biểu."}
`)
	src, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: in})
	if err != nil {
		panic(err)
	}
	for {
		a, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		fmt.Println(a.ID, a.Source.Line)
	}
	// Output:
	// a1 1
	// a2 2
}

func ExampleShard_Filter() {
	var lines strings.Builder
	for i := range 10 {
		fmt.Fprintf(&lines, `{"id":"bai-%d","text":"văn bản"}`+"\n", i)
	}
	total := 0
	for i := range 3 {
		src, _ := corpus.Open([]string{"-"}, corpus.Options{Stdin: strings.NewReader(lines.String())})
		shard := corpus.Shard{Index: i, Count: 3}
		for s := shard.Filter(src); ; total++ {
			if _, err := s.Next(context.Background()); err != nil {
				break
			}
		}
	}
	fmt.Println(total, "articles in 3 shards")
	// Output: 10 articles in 3 shards
}

func ExampleResume() {
	dir, _ := os.MkdirTemp("", "resume")
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "out.jsonl")
	// a run killed while writing its third record
	os.WriteFile(out, []byte(`{"id":"a1"}`+"\n"+`{"id":"a2"}`+"\n"+`{"id":"a`), 0o644)

	done, err := corpus.Resume(out, false)
	if err != nil {
		panic(err)
	}
	fmt.Println(done.Records, done.LastID, done.Dropped)
	// then: src = done.Skip(src), and append to out
	// Output: 2 a2 4
}

func ExampleStats() {
	s := corpus.NewStats()
	s.Add(nil, &pipeline.Record{})
	s.Add(nil, &pipeline.Record{Error: &pipeline.Error{Code: pipeline.CodeTooLarge}})
	fmt.Println(s.Records())
	// Output: 2
}

func ExampleParseShard() {
	s, err := corpus.ParseShard("3/8")
	fmt.Println(s.Index, s.Count, err)
	// Output: 3 8 <nil>
}
