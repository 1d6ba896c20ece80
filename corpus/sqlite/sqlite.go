// Package sqlite writes records into an SQLite database (pure Go, no cgo):
// normalized tables articles, people, titles, dates, awards and recipients,
// with indexes for the usual questions and an FTS5 full-text index over
// article titles and text. Writing a record whose id is already in the
// database replaces that article's rows, so re-running an extraction into
// the same file updates it instead of duplicating.
//
// The schema is schema.sql (embedded as Schema); offsets are code points
// into articles.text, as in the JSON record.
package sqlite

import (
	"context"
	"database/sql"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/vnextract/vnextract/pipeline"
)

// Schema is the SQL that creates the tables, indexes and full-text index.
//
//go:embed schema.sql
var Schema string

// batchSize is how many records share one transaction: one commit per
// record would make the disk, not the encoding, the limit.
const batchSize = 256

// ErrClosed is returned by Write after Close.
var ErrClosed = errors.New("sqlite: sink closed")

// Sink writes records into one database. It is a pipeline.Sink, used from
// one goroutine. Records are committed in batches; Close commits the last.
type Sink struct {
	db      *sql.DB
	tx      *sql.Tx
	pending int
	stmts   map[string]*sql.Stmt // prepared once
	txStmts map[string]*sql.Stmt // the same, bound to tx
	closed  bool
}

// The statements Write runs, by name.
var statements = map[string]string{
	"exists":         `SELECT 1 FROM articles WHERE id = ?`,
	"del_recipients": `DELETE FROM recipients WHERE article_id = ?`,
	"del_awards":     `DELETE FROM awards WHERE article_id = ?`,
	"del_dates":      `DELETE FROM dates WHERE article_id = ?`,
	"del_titles":     `DELETE FROM titles WHERE article_id = ?`,
	"del_people":     `DELETE FROM people WHERE article_id = ?`,
	"del_article":    `DELETE FROM articles WHERE id = ?`,
	"article": `INSERT INTO articles (id, source_uri, source_line, status, error_code, error_message,
		title, url, published, byline, text, encoding, warnings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"person": `INSERT INTO people (article_id, person_id, name, family_name, middle_name, given_name,
		rank, honorifics, mentions) VALUES (?,?,?,?,?,?,?,?,?)`,
	"title": `INSERT INTO titles (article_id, person_id, seq, text, role, organization, former,
		span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?)`,
	"date": `INSERT INTO dates (article_id, seq, text, value, year, grain, span_start, span_end,
		range_part, calendar, relative) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
	"award": `INSERT INTO awards (article_id, award_id, name, type, class, date, year, decision,
		posthumous, decided_by, presented_by, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
	"recipient": `INSERT INTO recipients (article_id, award_id, seq, person_id, name, organization)
		VALUES (?,?,?,?,?,?)`,
}

// Open opens or creates the database at path and its schema.
func Open(path string) (*Sink, error) {
	db, err := OpenDB(path)
	if err != nil {
		return nil, err
	}
	s := &Sink{db: db, stmts: map[string]*sql.Stmt{}}
	for name, q := range statements {
		st, err := db.Prepare(q)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("sqlite: prepare %s: %w", name, err)
		}
		s.stmts[name] = st
	}
	return s, nil
}

// OpenDB opens the database at path with the schema in place, for reading
// or writing with database/sql. Foreign keys are on and the journal is a
// write-ahead log, so readers do not block the writer.
func OpenDB(path string) (*sql.DB, error) {
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(5000)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: the sink is one writer, and a :memory: database is
	// per connection.
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(Schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: create schema in %s: %w", path, err)
	}
	return db, nil
}

// DB is the underlying database, for queries while or after writing.
// Records not yet committed are visible to it, as it shares the connection.
func (s *Sink) DB() *sql.DB { return s.db }

// Write replaces the article rec.ID with rec.
func (s *Sink) Write(rec *pipeline.Record) error {
	if s.closed {
		return ErrClosed
	}
	if s.tx == nil {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		s.tx = tx
		s.txStmts = make(map[string]*sql.Stmt, len(s.stmts))
		for name, st := range s.stmts {
			s.txStmts[name] = tx.Stmt(st)
		}
	}
	if err := s.write(rec); err != nil {
		return fmt.Errorf("sqlite: article %s: %w", rec.ID, err)
	}
	s.pending++
	if s.pending >= batchSize {
		return s.commit()
	}
	return nil
}

func (s *Sink) exec(name string, args ...any) error {
	_, err := s.txStmts[name].Exec(args...)
	return err
}

func (s *Sink) write(rec *pipeline.Record) error {
	// A new id, the common case, needs no deletes.
	var one int
	switch err := s.txStmts["exists"].QueryRow(rec.ID).Scan(&one); {
	case err == nil:
		for _, del := range []string{"del_recipients", "del_awards", "del_dates", "del_titles", "del_people", "del_article"} {
			if err := s.exec(del, rec.ID); err != nil {
				return err
			}
		}
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	var code, msg, encoding *string
	if rec.Error != nil {
		c := string(rec.Error.Code)
		code, msg = &c, &rec.Error.Message
	}
	if rec.Normalization != nil {
		encoding = &rec.Normalization.Encoding
	}
	var warnings *string
	if len(rec.Warnings) > 0 {
		warnings = jsonText(rec.Warnings)
	}
	if err := s.exec("article", rec.ID, rec.Source.URI, rec.Source.Line, rec.Status, code, msg,
		rec.Title, rec.URL, rec.Published, rec.Byline, rec.Text, encoding, warnings); err != nil {
		return err
	}
	for _, p := range rec.People {
		if err := s.exec("person", rec.ID, p.ID, p.Name, p.FamilyName, p.MiddleName, p.GivenName,
			p.Rank, jsonText(nonNil(p.Honorifics)), jsonText(nonNil(p.Mentions))); err != nil {
			return err
		}
		for i, t := range p.Titles {
			if err := s.exec("title", rec.ID, p.ID, i, t.Text, t.Role, t.Organization, t.Former, t.Start, t.End); err != nil {
				return err
			}
		}
	}
	for i, d := range rec.Dates {
		if err := s.exec("date", rec.ID, i, d.Text, d.Value, year(&d.Value), d.Grain.String(), d.Start, d.End,
			orNull(d.Range), orNull(d.Calendar), d.Relative); err != nil {
			return err
		}
	}
	for _, a := range rec.Awards {
		if err := s.exec("award", rec.ID, a.ID, a.Name, a.Type, a.Class, a.Date, year(a.Date), a.Decision,
			a.Posthumous, a.DecidedBy, jsonText(nonNil(a.PresentedBy)), jsonText(nonNil(a.Mentions))); err != nil {
			return err
		}
		for i, r := range a.Recipients {
			if err := s.exec("recipient", rec.ID, a.ID, i, orNull(r.Person), orNull(r.Name), orNull(r.Organization)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Sink) commit() error {
	if s.tx == nil {
		return nil
	}
	err := s.tx.Commit()
	s.tx, s.txStmts, s.pending = nil, nil, 0
	return err
}

// Flush commits the records written so far.
func (s *Sink) Flush() error { return s.commit() }

// Close commits and closes the database. It is safe to call twice.
func (s *Sink) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	err := s.commit()
	for _, st := range s.stmts {
		st.Close()
	}
	if err == nil {
		// fold the write-ahead log into the file, so the .db alone is the result
		_, err = s.db.ExecContext(context.Background(), "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	return errors.Join(err, s.db.Close())
}

// year is the year of an ISO date value, or nil when it is unknown ("XXXX-").
func year(v *string) any {
	if v == nil || len(*v) < 4 {
		return nil
	}
	y, err := strconv.Atoi((*v)[:4])
	if err != nil {
		return nil
	}
	return y
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func jsonText(v any) *string {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	s := string(b)
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
