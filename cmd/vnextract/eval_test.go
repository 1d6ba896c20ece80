package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	pq "github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/corpus/parquet"
	"github.com/vnextract/vnextract/corpus/sqlite"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/view"
)

var (
	rulesGold    = filepath.Join("..", "..", "eval", "testdata", "rules.gold.jsonl")
	rulesRecords = filepath.Join("..", "..", "eval", "testdata", "rules.records.jsonl")
	rulesScore   = filepath.Join("..", "..", "eval", "testdata", "rules.score.json")
	records      = filepath.Join("..", "..", "corpus", "sqlite", "testdata", "records.jsonl")
)

func TestEvalFields(t *testing.T) {
	code, out, _ := runCLI(t, "", "eval", rulesGold, rulesRecords)
	assert.Equal(t, exitFailure, code, "span errors and missing records fail, as in score.py")
	assert.Contains(t, out, "people   P=0.833 R=0.625 F1=0.714  (tp=5 fp=1 fn=3)\n")
	assert.Contains(t, out, "missing or error records: 2 of 7: ['absent', 'failed']\n")
	assert.True(t, strings.HasSuffix(out, "articles=7 span_errors=3 missing=2 people=0.714 ranks=0.750 titles=0.875 dates=0.750 awards=0.667 award_names=0.667\n"), out)

	// flags after the files, as score.py takes them; figures as score.py's
	code, out, _ = runCLI(t, "", "eval", rulesGold, rulesRecords, "--json")
	assert.Equal(t, exitFailure, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want, err := os.ReadFile(rulesScore)
	require.NoError(t, err)
	var got, exp struct{ Fields map[string]map[string]float64 }
	require.NoError(t, json.Unmarshal([]byte(strings.Join(lines[:len(lines)-1], "\n")), &got))
	require.NoError(t, json.Unmarshal(want, &exp))
	assert.Equal(t, exp.Fields, got.Fields)
}

func TestEvalMin(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.jsonl")
	require.NoError(t, os.WriteFile(gold, []byte(`{"id":"a","people":[{"name":"Tô Lâm"}],"dates":[{"value":"2017"}]}`+"\n"), 0o644))
	recs := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(recs, []byte(`{"id":"a","status":"ok","people":[{"name":"Tô Lâm"}],"dates":[{"value":"2018"}]}`+"\n"), 0o644))
	code, _, _ := runCLI(t, "", "eval", "--min", "people=0.9", gold, recs)
	assert.Equal(t, exitOK, code)
	code, _, _ = runCLI(t, "", "eval", "--min", "dates=0.5", gold, recs)
	assert.Equal(t, exitFailure, code)
	code, _, _ = runCLI(t, "", "eval", "--min", "dates", gold, recs)
	assert.Equal(t, exitUsage, code)
	code, _, _ = runCLI(t, "", "eval", gold)
	assert.Equal(t, exitUsage, code)
}

func TestExportAndEvalBIO(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.conll")
	code, _, stderr := runCLI(t, "", "export", "--format", "conll", "-o", gold, records)
	require.Equal(t, exitOK, code, stderr)
	f, err := os.Open(gold)
	require.NoError(t, err)
	docs, err := conll.Read(f)
	f.Close()
	require.NoError(t, err)
	assert.Len(t, docs, 4)

	// records against their own export: perfect
	code, out, _ := runCLI(t, "", "eval", gold, records)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "overall  P=1.000 R=1.000 F1=1.000")

	// a corrected gold: one person tag removed
	b, err := os.ReadFile(gold)
	require.NoError(t, err)
	fixed := strings.Replace(string(b), "Lê _ _ B-PERSON\nThị _ _ I-PERSON\nMai _ _ I-PERSON", "Lê _ _ O\nThị _ _ O\nMai _ _ O", 1)
	require.NotEqual(t, string(b), fixed)
	require.NoError(t, os.WriteFile(gold, []byte(fixed), 0o644))
	code, out, _ = runCLI(t, "", "eval", "--min", "overall=0.99", gold, records)
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, out, "(tp=")
	assert.Regexp(t, `PERSON +P=0\.\d+ R=1\.000`, out)

	code, out, _ = runCLI(t, "", "eval", "--json", gold, records)
	assert.Equal(t, exitOK, code)
	assert.True(t, json.Valid([]byte(out)), out)
}

func TestExportBrat(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "brat")
	code, _, stderr := runCLI(t, "", "export", "--format", "brat", "-o", dir, records)
	require.Equal(t, exitOK, code, stderr)
	for _, n := range []string{"annotation.conf", "a1.txt", "a1.ann", "a4.ann"} {
		assert.FileExists(t, filepath.Join(dir, n))
	}
	code, _, _ = runCLI(t, "", "export", "--format", "brat", records)
	assert.Equal(t, exitUsage, code, "brat needs a folder")
	code, _, _ = runCLI(t, "", "export", "--format", "xml", records)
	assert.Equal(t, exitUsage, code)
	code, _, stderr = runCLI(t, "not a record\n", "export", "-")
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, stderr, "line 1")
}

func TestOpenSink(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Open(records)
	require.NoError(t, err)
	defer f.Close()
	var recs []*pipeline.Record
	for r, err := range view.ReadRecords(f) {
		require.NoError(t, err)
		recs = append(recs, r)
	}
	write := func(path, format string, opts sinkOptions) {
		t.Helper()
		sink, finish, err := openSink(path, format, opts)
		require.NoError(t, err)
		require.NotNil(t, sink)
		for _, r := range recs {
			require.NoError(t, sink.Write(r))
		}
		require.NoError(t, finish())
	}

	db := filepath.Join(dir, "r.db")
	write(db, "", sinkOptions{})
	write(db, "", sinkOptions{}) // a re-run updates
	sdb, err := sqlite.OpenDB(db)
	require.NoError(t, err)
	var n int
	require.NoError(t, sdb.QueryRow(`SELECT count(*) FROM articles`).Scan(&n))
	assert.Equal(t, len(recs), n)
	sdb.Close()

	pqPath := filepath.Join(dir, "r.parquet")
	write(pqPath, "", sinkOptions{})
	rows, err := pq.ReadFile[parquet.Row](pqPath)
	require.NoError(t, err)
	assert.Len(t, rows, len(recs))

	var bulk bytes.Buffer
	write("-", "es-bulk", sinkOptions{ESIndex: "news", Stdout: &bulk})
	assert.Equal(t, 2*len(recs), strings.Count(bulk.String(), "\n"))
	assert.True(t, strings.HasPrefix(bulk.String(), `{"index":{"_index":"news","_id":"a1"}}`))

	for _, tt := range []struct{ path, format string }{{"-", ""}, {"out.jsonl", ""}, {"x.json", "jsonl"}} {
		sink, finish, err := openSink(tt.path, tt.format, sinkOptions{})
		assert.NoError(t, err)
		assert.Nil(t, sink, "JSON Lines is extract's own")
		assert.Nil(t, finish)
	}
	for _, tt := range []struct {
		path, format string
		opts         sinkOptions
	}{
		{"-", "sqlite", sinkOptions{}},
		{"-", "brat", sinkOptions{}},
		{"x", "yaml", sinkOptions{}},
		{"out.jsonl", "", sinkOptions{ESURL: "http://127.0.0.1:1"}},
		{"out.db", "", sinkOptions{Resume: true}},
	} {
		_, _, err := openSink(tt.path, tt.format, tt.opts)
		var ue usageError
		assert.ErrorAs(t, err, &ue, "%+v", tt)
	}
}

func TestAddSinkFlags(t *testing.T) {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	format, opts := addSinkFlags(fs)
	require.NoError(t, fs.Parse([]string{"--format", "es-bulk", "--es-url", "http://a:9200,http://b:9200", "--es-index", "news", "--es-template"}))
	assert.Equal(t, "es-bulk", *format)
	assert.Equal(t, sinkOptions{ESURL: "http://a:9200,http://b:9200", ESIndex: "news", ESTemplate: true}, *opts)

	fs = flag.NewFlagSet("extract", flag.ContinueOnError)
	_, opts = addSinkFlags(fs)
	require.NoError(t, fs.Parse(nil))
	assert.Equal(t, "vnextract", opts.ESIndex)
}
