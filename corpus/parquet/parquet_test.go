package parquet_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	pq "github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/internal/recordtest"
	"github.com/vnextract/vnextract/corpus/parquet"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

func readRecords(t testing.TB) []*pipeline.Record {
	return recordtest.Read(t, filepath.Join("testdata", "records.jsonl"))
}

func jsonOf(t *testing.T, rec *pipeline.Record) string {
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	return string(b)
}

// TestRoundTrip writes records, reads the file back with parquet-go and
// checks that every record comes back whole, JSON for JSON.
func TestRoundTrip(t *testing.T) {
	recs := readRecords(t)
	class, date := "hạng Nhì", "2017"
	recs = append(recs,
		&pipeline.Record{Schema: pipeline.SchemaVersion, ID: "bad", Status: "error",
			Error:  &pipeline.Error{Code: pipeline.CodeTooLarge, Message: "over 4 MB"},
			People: []pipeline.RecordPerson{}, Dates: []pipeline.RecordDate{}, Awards: []pipeline.RecordAward{}},
		&pipeline.Record{Schema: pipeline.SchemaVersion, ID: "odd", Status: "ok", Text: "x",
			Warnings: []string{"date: bad"},
			People:   []pipeline.RecordPerson{},
			Dates: []pipeline.RecordDate{{Text: "rằm tháng Giêng", Value: "2017-02-11", Grain: pipeline.GrainDay,
				Calendar: "lunar", Lunar: "15/1", Relative: true, Range: "start", Note: "n"}},
			Awards: []pipeline.RecordAward{{ID: "a1", Name: "Huy chương", Class: &class, Date: &date,
				PresentedBy: []string{"p1"}, Sport: true,
				Count:      &pipeline.RecipientCount{Collectives: 5, Individuals: 10},
				Recipients: []pipeline.RecordRecipient{{Organization: "Đội 1", Titles: []string{"x"}}},
				Mentions:   []pipeline.RecordSpan{}}}},
	)
	var buf bytes.Buffer
	w := parquet.NewWriter(&buf)
	for _, r := range recs {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close())
	require.NoError(t, w.Close(), "Close twice")
	assert.Error(t, w.Write(recs[0]))

	rows, err := pq.Read[parquet.Row](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	require.Len(t, rows, len(recs))
	for i, r := range recs {
		assert.JSONEq(t, jsonOf(t, r), jsonOf(t, rows[i].Record()), r.ID)
	}
}

// TestSchema keeps the file schema under review: a change here is a change
// for every DuckDB query and pandas script downstream.
func TestSchema(t *testing.T) {
	got := pq.SchemaOf(parquet.Row{}).String() + "\n"
	golden := filepath.Join("testdata", "schema.txt")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "go test ./corpus/parquet -run TestSchema -update")
	assert.Equal(t, string(want), got)
}

// TestGenericRead reads the file without the Go types, as a tool that only
// knows the file would: column paths follow the JSON names.
func TestGenericRead(t *testing.T) {
	var buf bytes.Buffer
	w := parquet.NewWriter(&buf)
	for _, r := range readRecords(t) {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close())
	f, err := pq.OpenFile(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	assert.Equal(t, int64(4), f.NumRows())
	var paths []string
	for _, c := range f.Schema().Columns() {
		paths = append(paths, joinPath(c))
	}
	assert.Contains(t, paths, "people.list.element.name")
	assert.Contains(t, paths, "people.list.element.titles.list.element.organization")
	assert.Contains(t, paths, "awards.list.element.recipients.list.element.name")
	assert.Contains(t, paths, "dates.list.element.value")
}

func joinPath(p []string) string {
	s := ""
	for i, e := range p {
		if i > 0 {
			s += "."
		}
		s += e
	}
	return s
}

func BenchmarkWriter(b *testing.B) {
	recs := readRecords(b)
	size := recordBytes(b, recs)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf bytes.Buffer
	w := parquet.NewWriter(&buf)
	for b.Loop() {
		for _, r := range recs {
			if err := w.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	require.NoError(b, w.Close())
}

// recordBytes is the size of recs as JSON Lines: benchmarks report MB/s of
// records consumed.
func recordBytes(b *testing.B, recs []*pipeline.Record) int {
	n := 0
	for _, r := range recs {
		j, err := json.Marshal(r)
		require.NoError(b, err)
		n += len(j) + 1
	}
	return n
}
