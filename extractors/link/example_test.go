package link_test

import (
	"context"
	"fmt"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/extractors/link"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleLinker_Link() {
	text := "Đại tá Phạm Văn Đức, Phó Giám đốc Công an tỉnh, nhận Bằng khen. Đại tá Đức cảm ơn."
	doc := &pipeline.Document{ID: "a", Text: text}
	doc.Paragraphs, doc.Sentences = pipeline.Segment(text)
	r := pipeline.NewRegistry()
	_ = extractors.Register(r)
	xs, _ := r.Build(pipeline.Config{})
	_ = pipeline.Extract(context.Background(), doc, xs)
	_ = link.New().Link(context.Background(), doc)
	for _, p := range doc.People {
		fmt.Println(p.Name, "|", p.Rank, "|", len(p.Mentions), "mentions")
		for _, t := range p.Titles {
			fmt.Println("  ", t.Role, "|", t.Organization)
		}
	}
	// Output:
	// Phạm Văn Đức | Đại tá | 2 mentions
	//    Phó Giám đốc | Công an tỉnh
}
