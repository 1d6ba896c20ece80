package conll_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleWriter() {
	rank := "Đại tá"
	rec := &pipeline.Record{
		ID:   "a1",
		Text: "Đại tá Lê Hai nhận Bằng khen.",
		People: []pipeline.RecordPerson{{ID: "p1", Rank: &rank,
			Mentions: []pipeline.RecordSpan{{Start: 0, End: 13}}}},
		Awards: []pipeline.RecordAward{{ID: "a1",
			Mentions: []pipeline.RecordSpan{{Start: 19, End: 28}}}},
	}
	w := conll.NewWriter(os.Stdout)
	w.Write(rec)
	w.Flush()
	// Output:
	// -DOCSTART- -X- -X- O
	//
	// Đại _ _ B-RANK
	// tá _ _ I-RANK
	// Lê _ _ B-PERSON
	// Hai _ _ I-PERSON
	// nhận _ _ O
	// Bằng _ _ B-AWARD
	// khen _ _ I-AWARD
	// . _ _ O
}

func ExampleRead() {
	docs, err := conll.Read(strings.NewReader("Tô B-PERSON\nLâm I-PERSON\nnói O\n"))
	if err != nil {
		panic(err)
	}
	for _, c := range conll.Chunks(docs[0].Sentences[0]) {
		fmt.Println(c.Type, c.Start, c.End)
	}
	// Output:
	// PERSON 0 2
}
