package view_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/view"
)

func ExampleHighlight() {
	text := "Đại tá Trần Thị Mai nhận Bằng khen."
	out, dropped := view.Highlight(text, []view.Mark{
		{Start: 0, End: 19, Kind: view.KindPerson, ID: "m0", Ref: "p1"},
		{Start: 0, End: 6, Kind: view.KindRank, ID: "m1", Ref: "p1"},
		{Start: 25, End: 34, Kind: view.KindAward, ID: "m2", Ref: "a1"},
		{Start: 30, End: 99, Kind: view.KindDate, ID: "m3"}, // past the end: not drawn
	})
	fmt.Println(out)
	fmt.Println(len(dropped), "dropped")
	// Output:
	// <span class="hl k-person" data-m="m0" data-kind="person" data-ref="p1"><span class="hl k-rank" data-m="m1" data-kind="rank" data-ref="p1">Đại tá</span> Trần Thị Mai</span> nhận <span class="hl k-award" data-m="m2" data-kind="award" data-ref="a1">Bằng khen</span>.
	// 1 dropped
}

func ExampleReadRecords() {
	in := strings.NewReader(`{"schema":"vnextract/v1","id":"a","status":"ok","text":"Ngày 2-9-2023","dates":[{"text":"Ngày 2-9-2023","value":"2023-09-02","grain":"day","start":0,"end":13}]}
not a record
`)
	for rec, err := range view.ReadRecords(in) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(rec.ID, rec.Dates[0].Value, rec.Dates[0].Grain)
	}
	// Output:
	// a 2023-09-02 day
	// error: line 2: invalid character 'o' in literal null (expecting 'u')
}

func ExamplePage() {
	rank := "Đại tá"
	rec := &pipeline.Record{
		Schema: pipeline.SchemaVersion, ID: "vd", Status: "ok",
		Text: "Đại tá Trần Thị Mai nhận Bằng khen.",
		People: []pipeline.RecordPerson{{ID: "p1", Name: "Trần Thị Mai", Rank: &rank,
			Mentions: []pipeline.RecordSpan{{Start: 0, End: 19, Text: "Đại tá Trần Thị Mai"}}}},
	}
	var b strings.Builder
	if err := view.Page(&b, []*pipeline.Record{rec}, view.Options{}); err != nil {
		fmt.Println(err)
	}
	page := b.String()
	fmt.Println(strings.Count(page, `data-m="r0-m`), "highlighted spans")
	fmt.Println(strings.Contains(page, `<li class="card k-person" id="r0-p1" data-ref="r0-p1">`))
	// Output:
	// 2 highlighted spans
	// true
}

func ExampleReport() {
	f, err := os.Open("testdata/run.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	r := view.NewReport(view.ReportOptions{Title: "run"})
	for rec, err := range view.ReadRecords(f) {
		if err != nil {
			r.AddError(err)
			continue
		}
		r.Add(rec)
	}
	var b strings.Builder
	if err := r.WriteHTML(&b); err != nil {
		fmt.Println(err)
	}
	fmt.Println(strings.Contains(b.String(), "<span>5 records</span><span>3 ok</span><span>2 in error</span>"))
	// Output: true
}
