package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// printSink prints one line per record.
type printSink struct{}

func (printSink) Write(r *pipeline.Record) error {
	if r.Status != "ok" {
		fmt.Println(r.ID, r.Status, r.Error.Code)
		return nil
	}
	fmt.Println(r.ID, r.Status, r.Text)
	return nil
}

func ExampleRun() {
	src := &sliceSource{as: []*pipeline.Article{
		{ID: "a", Body: []byte("Hoà  bình\u200b")},
		{ID: "b", Body: nil},
		{ID: "c", Body: []byte("Đại tá Lê Văn Tám.")},
	}}
	p := &pipeline.Processor{} // no extractors: decode and normalize only
	if err := pipeline.Run(context.Background(), src, printSink{}, 2, p); err != nil {
		panic(err)
	}
	// Output:
	// a ok Hòa bình
	// b error empty
	// c ok Đại tá Lê Văn Tám.
}

func ExampleProcessor_Process() {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{wordFinder{word: "Đại tá"}}}
	rec, err := p.Process(context.Background(), &pipeline.Article{ID: "x", Body: []byte("Lễ trao quân hàm Đại tá.")})
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(rec.Normalization)
	fmt.Println(rec.Status, string(b))
	// Output: ok {"encoding":"utf-8","edits":{"nfc":0,"tone":0,"space":0,"invisible":0,"marks":0,"eth":0,"case":0,"invalid":0}}
}

func ExampleSegment() {
	text := "Ông về TP. Hồ Chí Minh hôm qua. Sáng nay ông dự họp.\nTrần Xuân"
	_, sentences := pipeline.Segment(text)
	for _, s := range sentences {
		fmt.Println(s.Of(text))
	}
	// Output:
	// Ông về TP. Hồ Chí Minh hôm qua.
	// Sáng nay ông dự họp.
	// Trần Xuân
}

func ExampleRegistry() {
	r := pipeline.NewRegistry()
	_ = r.Register("word", func(raw json.RawMessage) (pipeline.Extractor, error) {
		var cfg struct {
			Word string `json:"word"`
		}
		err := json.Unmarshal(raw, &cfg)
		return wordFinder{word: cfg.Word}, err
	})
	var cfg pipeline.Config
	_ = json.NewDecoder(strings.NewReader(`{"extractors":[{"name":"word","config":{"word":"tá"}}]}`)).Decode(&cfg)
	xs, err := r.Build(cfg)
	fmt.Println(len(xs), xs[0].Name(), err)
	// Output: 1 word:tá <nil>
}
