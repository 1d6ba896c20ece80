package vnextract_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/corpus"
)

func ExampleNormalize() {
	// Old-style tone placement, a zero-width space and doubled spaces.
	fmt.Println(vnextract.Normalize("Thuỷ  điện Hoà\u200b Bình"))
	// Output: Thủy điện Hòa Bình
}

func ExampleExtractor_ExtractText() {
	x, err := vnextract.New()
	if err != nil {
		panic(err)
	}
	rec, err := x.ExtractText(context.Background(), "a1",
		"Ngày 12-9-2017, Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, đã làm việc với Công an tỉnh Hà Giang.")
	if err != nil {
		panic(err)
	}
	for _, p := range rec.People {
		fmt.Println(p.Name, "|", p.FamilyName, "|", p.GivenName, "|", *p.Rank)
		for _, t := range p.Titles {
			fmt.Println("  ", t.Role, "|", t.Organization)
		}
	}
	for _, d := range rec.Dates {
		fmt.Println(d.Text, "=", d.Value, d.Grain)
	}
	// Output:
	// Tô Lâm | Tô | Lâm | Thượng tướng
	//    Bộ trưởng | Bộ Công an
	// Ngày 12-9-2017 = 2017-09-12 day
}

func ExampleExtractor_Run() {
	x, err := vnextract.New()
	if err != nil {
		panic(err)
	}
	in := strings.NewReader(`{"id":"n1","text":"Chiều 20/6, Đại tá Nguyễn Văn Hùng nhận Bằng khen của Bộ trưởng Bộ Công an."}
{"id":"n2","text":""}
`)
	src, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: in})
	if err != nil {
		panic(err)
	}
	// corpus.NewJSONL(os.Stdout) would print the records; a summary is shorter.
	var summary summarySink
	if err := x.Run(context.Background(), src, &summary, 2); err != nil {
		panic(err)
	}
	fmt.Print(summary.String())
	// Output:
	// n1 ok people=1 dates=1 awards=1
	// n2 error empty
}
