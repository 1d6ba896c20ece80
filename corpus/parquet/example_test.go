package parquet_test

import (
	"bytes"
	"fmt"

	pq "github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract/corpus/parquet"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleNewWriter() {
	rank := "Đại tá"
	var buf bytes.Buffer
	w := parquet.NewWriter(&buf)
	w.Write(&pipeline.Record{Schema: pipeline.SchemaVersion, ID: "a1", Status: "ok",
		Text: "Đại tá Lê Hai", People: []pipeline.RecordPerson{{ID: "p1", Name: "Lê Hai", Rank: &rank}}})
	if err := w.Close(); err != nil {
		panic(err)
	}
	rows, err := pq.Read[parquet.Row](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		panic(err)
	}
	fmt.Println(rows[0].ID, rows[0].People[0].Name, *rows[0].People[0].Rank)
	// Output:
	// a1 Lê Hai Đại tá
}
