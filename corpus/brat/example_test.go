package brat_test

import (
	"os"

	"github.com/vnextract/vnextract/corpus/brat"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleWriteAnn() {
	rank := "Đại tá"
	rec := &pipeline.Record{
		ID: "a1", Status: "ok",
		Text: "Đại tá Lê Hai nhận Bằng khen ngày 2/9/2020.",
		People: []pipeline.RecordPerson{{ID: "p1", Name: "Lê Hai", Rank: &rank,
			Mentions: []pipeline.RecordSpan{{Start: 0, End: 13}}}},
		Dates: []pipeline.RecordDate{{Value: "2020-09-02", Start: 29, End: 42}},
		Awards: []pipeline.RecordAward{{ID: "a1", Name: "Bằng khen",
			Recipients: []pipeline.RecordRecipient{{Person: "p1", Name: "Lê Hai"}},
			Mentions:   []pipeline.RecordSpan{{Start: 19, End: 28}}}},
	}
	brat.WriteAnn(os.Stdout, rec)
	// Output:
	// T1	RANK 0 6	Đại tá
	// T2	PERSON 7 13	Lê Hai
	// #1	AnnotatorNotes T2	Lê Hai
	// T3	AWARD 19 28	Bằng khen
	// #2	AnnotatorNotes T3	Bằng khen
	// T4	DATE 29 42	ngày 2/9/2020
	// #3	AnnotatorNotes T4	2020-09-02
	// R1	HasRank Arg1:T2 Arg2:T1
	// R2	Receives Arg1:T2 Arg2:T3
}
