package sqlite_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/vnextract/vnextract/corpus/sqlite"
	"github.com/vnextract/vnextract/pipeline"
)

func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "vnx")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "results.db")

	rank := "Đại tá"
	rec := &pipeline.Record{
		Schema: pipeline.SchemaVersion, ID: "a1", Status: "ok",
		Text:   "Đại tá Lê Văn Lâm nhận Huân chương Chiến công.",
		People: []pipeline.RecordPerson{{ID: "p1", Name: "Lê Văn Lâm", Rank: &rank}},
	}
	s, err := sqlite.Open(path)
	if err != nil {
		panic(err)
	}
	s.Write(rec)
	s.Write(rec) // the same id again: replaced, not duplicated
	if err := s.Close(); err != nil {
		panic(err)
	}

	db, _ := sqlite.OpenDB(path)
	defer db.Close()
	var n int
	var name string
	db.QueryRow(`SELECT count(*), max(p.name) FROM articles_fts
		JOIN people p ON p.article_id = (SELECT id FROM articles WHERE rowid = articles_fts.rowid)
		WHERE articles_fts MATCH 'lam'`).Scan(&n, &name)
	fmt.Println(n, name)
	// Output:
	// 1 Lê Văn Lâm
}
