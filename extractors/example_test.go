package extractors_test

import (
	"context"
	"fmt"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleNewProcessor() {
	// Only the rank and date extractors, with their default settings.
	cfg := pipeline.Config{Extractors: []pipeline.StageConfig{{Name: "rank"}, {Name: "date"}}}
	p, err := extractors.NewProcessor(cfg, nil)
	if err != nil {
		panic(err)
	}
	rec, err := p.Process(context.Background(), &pipeline.Article{
		ID: "a1", Body: []byte("Ngày 2/9/2023, Thiếu tướng Lê Văn A dự lễ."),
	})
	if err != nil {
		panic(err)
	}
	for _, d := range rec.Dates {
		fmt.Println(d.Text, d.Value)
	}
	// Output: Ngày 2/9/2023 2023-09-02
}

func ExampleRegister() {
	r := pipeline.NewRegistry()
	if err := extractors.Register(r); err != nil {
		panic(err)
	}
	fmt.Println(r.Names())
	// Output: [byline rank title person date award]
}
