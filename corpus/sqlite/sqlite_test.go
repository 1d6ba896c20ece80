package sqlite_test

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/internal/recordtest"
	"github.com/vnextract/vnextract/corpus/sqlite"
	"github.com/vnextract/vnextract/pipeline"
)

// readRecords reads testdata/records.jsonl: records vnextract made from
// four short articles written for these tests (a2 and a3 corrected by hand
// so the example queries have a clear answer).
func readRecords(t testing.TB) []*pipeline.Record {
	recs := recordtest.Read(t, filepath.Join("testdata", "records.jsonl"))
	require.Len(t, recs, 4)
	return recs
}

func writeDB(t *testing.T, path string, recs ...*pipeline.Record) {
	s, err := sqlite.Open(path)
	require.NoError(t, err)
	for _, r := range recs {
		require.NoError(t, s.Write(r))
	}
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "Close twice")
	assert.ErrorIs(t, s.Write(recs[0]), sqlite.ErrClosed)
}

// rows runs q and returns each row as its columns joined by " | ".
func rows(t *testing.T, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rs, err := db.Query(q, args...)
	require.NoError(t, err, q)
	defer rs.Close()
	cols, err := rs.Columns()
	require.NoError(t, err)
	var out []string
	for rs.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		require.NoError(t, rs.Scan(ptrs...))
		parts := make([]string, len(vals))
		for i, v := range vals {
			if v == nil {
				parts[i] = "NULL"
			} else {
				parts[i] = fmt.Sprint(v)
			}
		}
		out = append(out, strings.Join(parts, " | "))
	}
	require.NoError(t, rs.Err())
	return out
}

func query(t *testing.T, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", "queries", name))
	require.NoError(t, err)
	return string(b)
}

func TestExampleQueries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	writeDB(t, path, readRecords(t)...)
	db, err := sqlite.OpenDB(path)
	require.NoError(t, err)
	defer db.Close()

	tests := []struct {
		file string
		want []string
	}{
		{"1-general-police-medal-2017.sql", []string{
			"a2 | Phạm Văn Hòa | Huân chương Chiến công hạng Nhì | 2017-12-20",
		}},
		{"2-full-text-folded.sql", []string{
			"a3 | …Đỗ Quang [Lâm], Phó Cục trưởng…",
			"a4 | Năm 2017, ông Vũ Đình [Lâm]…",
		}},
		{"3-awards-by-year.sql", []string{
			"2017 | Bằng khen | 1 | 1",
			"2017 | Huân chương | 2 | 2",
			"2018 | Huân chương | 1 | 1",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			assert.Equal(t, tt.want, rows(t, db, query(t, tt.file)))
		})
	}
}

func TestTables(t *testing.T) {
	recs := readRecords(t)
	path := filepath.Join(t.TempDir(), "r.db")
	writeDB(t, path, recs...)
	db, err := sqlite.OpenDB(path)
	require.NoError(t, err)
	defer db.Close()

	a1 := recs[0]
	assert.Equal(t, []string{fmt.Sprintf("a1 | ok | %s | %d", a1.Source.URI, len([]rune(a1.Text)))},
		rows(t, db, `SELECT id, status, source_uri, length(text) FROM articles WHERE id = 'a1'`))
	assert.Equal(t, []string{
		"p1 | Nguyễn Văn An | Thượng tướng | []",
		"p2 | Trần Minh Đức | Thiếu tướng | [\"ông\"]",
		"p3 | Lê Thị Mai | NULL | [\"bà\"]",
	}, rows(t, db, `SELECT person_id, name, rank, honorifics FROM people WHERE article_id = 'a1' ORDER BY person_id`))
	// offsets are code points: substr() on the text gives the title back
	assert.Equal(t, []string{
		"Thứ trưởng Bộ Công an | Thứ trưởng Bộ Công an",
		"Giám đốc Công an tỉnh Nam Định | Giám đốc Công an tỉnh Nam Định",
		"Phó Chủ tịch UBND tỉnh Nam Định | Phó Chủ tịch UBND tỉnh Nam Định",
	}, rows(t, db, `SELECT t.text, substr(a.text, t.span_start + 1, t.span_end - t.span_start)
		FROM titles t JOIN articles a ON a.id = t.article_id WHERE a.id = 'a1' ORDER BY t.person_id`))
	assert.Equal(t, []string{"2017-03-15 | 2017 | day"}, rows(t, db, `SELECT value, year, grain FROM dates WHERE article_id = 'a1'`))
	assert.Equal(t, []string{"a1 | p2 | Trần Minh Đức | NULL"},
		rows(t, db, `SELECT article_id, person_id, name, organization FROM recipients WHERE article_id = 'a1'`))
}

func TestRerunUpdates(t *testing.T) {
	recs := readRecords(t)
	path := filepath.Join(t.TempDir(), "r.db")
	writeDB(t, path, recs...)

	changed := *recs[0]
	changed.People = changed.People[:1]
	changed.Text = strings.Replace(changed.Text, "Hà Nội", "Hải Phòng", 1)
	writeDB(t, path, &changed, recs[1])

	db, err := sqlite.OpenDB(path)
	require.NoError(t, err)
	defer db.Close()
	counts := `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM people),
		(SELECT count(*) FROM titles), (SELECT count(*) FROM dates), (SELECT count(*) FROM awards),
		(SELECT count(*) FROM recipients), (SELECT count(*) FROM articles_fts)`
	assert.Equal(t, []string{"4 | 4 | 4 | 4 | 4 | 4 | 4"}, rows(t, db, counts))
	// the full-text index follows the new text, not the old
	assert.Equal(t, []string{"a1"}, rows(t, db, `SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH 'hai phong'`))
	assert.Empty(t, rows(t, db, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"ha noi"'`))
	assert.Equal(t, []string{"ok"}, rows(t, db, `PRAGMA integrity_check`))
	assert.Empty(t, rows(t, db, `PRAGMA foreign_key_check`))
}

func TestErrorRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	writeDB(t, path, &pipeline.Record{Schema: pipeline.SchemaVersion, ID: "bad", Status: "error",
		Error: &pipeline.Error{Code: pipeline.CodeEmpty, Message: "no text"}})
	db, err := sqlite.OpenDB(path)
	require.NoError(t, err)
	defer db.Close()
	assert.Equal(t, []string{"bad | error | empty | no text | "}, rows(t, db, `SELECT id, status, error_code, error_message, text FROM articles`))
}

func TestOpenError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "not-a-db")
	require.NoError(t, os.WriteFile(path, bytes.Repeat([]byte("x"), 4096), 0o644))
	_, err := sqlite.Open(path)
	assert.Error(t, err)
}

// BenchmarkSink writes new articles; BenchmarkSinkReplace rewrites the same
// ids, the path of a re-run.
func BenchmarkSink(b *testing.B)        { benchSink(b, true) }
func BenchmarkSinkReplace(b *testing.B) { benchSink(b, false) }

func benchSink(b *testing.B, fresh bool) {
	recs := readRecords(b)
	size := recordBytes(b, recs)
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
	require.NoError(b, err)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, r := range recs {
			if fresh {
				c := *r
				c.ID = fmt.Sprint(n)
				n++
				r = &c
			}
			if err := s.Write(r); err != nil {
				b.Fatal(err)
			}
		}
	}
	require.NoError(b, s.Close())
	b.ReportMetric(float64(b.N*len(recs))/b.Elapsed().Seconds(), "docs/s")
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
