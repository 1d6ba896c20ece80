package award_test

import (
	"context"
	"fmt"

	"github.com/vnextract/vnextract/extractors/award"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleExtractor_Extract() {
	x, err := award.New(award.Config{})
	if err != nil {
		panic(err)
	}
	doc := &pipeline.Document{Text: `Ngày 12-9-2017, Bộ trưởng Bộ Công an ký Quyết định số 1358/QĐ-BCA tặng Kỷ niệm chương “Bảo vệ An ninh Tổ quốc” và Huân chương bảo vệ tổ quốc hạng Nhì cho đơn vị.`}
	es, err := x.Extract(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	for _, e := range es {
		if e.Award != nil {
			fmt.Printf("%s: %s (%s %s)\n", e.Kind, e.Value, e.Award.Type, e.Award.Class)
		} else {
			fmt.Printf("%s: %s\n", e.Kind, e.Value)
		}
	}
	// Output:
	// decision: Quyết định số 1358/QĐ-BCA
	// award: Kỷ niệm chương "Bảo vệ An ninh Tổ quốc" (Kỷ niệm chương )
	// award: Huân chương Bảo vệ Tổ quốc hạng Nhì (Huân chương hạng Nhì)
}

func ExampleFactory() {
	x, err := award.Factory([]byte(`{"no_sport": true}`))
	if err != nil {
		panic(err)
	}
	es, _ := x.Extract(context.Background(), &pipeline.Document{Text: "Đội tuyển giành HCV và được tặng Bằng khen của Thủ tướng Chính phủ."})
	for _, e := range es {
		fmt.Println(e.Value)
	}
	// Output:
	// Bằng khen của Thủ tướng Chính phủ
}

func ExampleLinkGrammar() {
	g := award.LinkGrammar()
	fmt.Println(g.Confer.Has("truy tặng"), g.Roles.Has("Phó Bí thư"), g.Orgs.Has("nhà hàng"))
	// Output:
	// true true false
}
