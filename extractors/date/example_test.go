package date_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/extractors/date"
	"github.com/vnextract/vnextract/pipeline"
)

func Example() {
	x, err := date.New(date.Config{})
	if err != nil {
		panic(err)
	}
	doc := &pipeline.Document{
		Text:      "Chiều 9/5, theo Quyết định số 1358/QĐ-CTN ngày 12-9-2017, nhiệm kỳ 2015-2020. Hôm qua, rằm tháng Giêng.",
		Published: "2018-03-03",
	}
	es, err := x.Extract(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	for _, e := range es {
		line := fmt.Sprintf("%-20q %-10s %-5s %-5s %s", e.Text, e.Value, e.Date.Grain, e.Date.Range, e.Date.Calendar)
		fmt.Println(strings.TrimRight(line, " "))
	}
	// Output:
	// "Chiều 9/5"          2017-05-09 day
	// "ngày 12-9-2017"     2017-09-12 day
	// "nhiệm kỳ 2015"      2015       year  start
	// "2020"               2020       year  end
	// "Hôm qua"            2018-03-02 day
	// "rằm tháng Giêng"    2018-03-02 day         lunar
}

func ExampleFactory() {
	x, err := date.Factory([]byte(`{"min_year": 1950}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(x.Name())
	// Output: date
}
