// Package parquet writes records to an Apache Parquet file whose nested
// schema follows the JSON record (schema vnextract/v1): people, their titles
// and mentions, dates, awards and their recipients are LIST columns of
// structs, nullable JSON fields are OPTIONAL columns. DuckDB, pandas
// (pyarrow), Polars and Spark read it as is, e.g.
//
//	SELECT id, unnest(people).name FROM 'results.parquet';
//
// Columns are zstd-compressed; a row group holds RowGroupRows records.
package parquet

import (
	"encoding/json"
	"errors"
	"io"

	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/vnextract/vnextract/pipeline"
)

// RowGroupRows is how many records a row group holds: large enough for
// good compression, small enough that a row group of long articles stays
// within a few tens of megabytes of memory while it is built.
const RowGroupRows = 4096

// Row is one record as a Parquet row. Field names and nesting are those of
// the JSON record.
type Row struct {
	Schema        string         `parquet:"schema"`
	ID            string         `parquet:"id"`
	Source        Source         `parquet:"source"`
	Status        string         `parquet:"status"`
	Error         *Error         `parquet:"error,optional"`
	Title         *string        `parquet:"title,optional"`
	URL           *string        `parquet:"url,optional"`
	Published     *string        `parquet:"published,optional"`
	Byline        *string        `parquet:"byline,optional"`
	Text          string         `parquet:"text"`
	Normalization *Normalization `parquet:"normalization,optional"`
	People        []Person       `parquet:"people,list"`
	Dates         []Date         `parquet:"dates,list"`
	Awards        []Award        `parquet:"awards,list"`
	Warnings      []string       `parquet:"warnings,list"`
}

// Source is where the article came from.
type Source struct {
	URI  string `parquet:"uri"`
	Line int64  `parquet:"line"`
}

// Error is why a record is an error record.
type Error struct {
	Code    string `parquet:"code"`
	Message string `parquet:"message"`
}

// Normalization is what the normalizer did; Edits maps each kind of edit
// to its count.
type Normalization struct {
	Encoding string           `parquet:"encoding"`
	Edits    map[string]int64 `parquet:"edits"`
}

// Span is a span in code points with its text.
type Span struct {
	Start int64  `parquet:"start"`
	End   int64  `parquet:"end"`
	Text  string `parquet:"text"`
}

// Person is a person of the record.
type Person struct {
	ID         string   `parquet:"id"`
	Name       string   `parquet:"name"`
	FamilyName string   `parquet:"family_name"`
	MiddleName string   `parquet:"middle_name"`
	GivenName  string   `parquet:"given_name"`
	Rank       *string  `parquet:"rank,optional"`
	Honorifics []string `parquet:"honorifics,list"`
	Titles     []Title  `parquet:"titles,list"`
	Mentions   []Span   `parquet:"mentions,list"`
}

// Title is a position of a person.
type Title struct {
	Text         string `parquet:"text"`
	Role         string `parquet:"role"`
	Organization string `parquet:"organization"`
	Former       bool   `parquet:"former"`
	Start        int64  `parquet:"start"`
	End          int64  `parquet:"end"`
}

// Date is one date expression. Optional fields are null when the JSON
// record leaves them out.
type Date struct {
	Text     string  `parquet:"text"`
	Value    string  `parquet:"value"`
	Grain    string  `parquet:"grain"`
	Start    int64   `parquet:"start"`
	End      int64   `parquet:"end"`
	Range    *string `parquet:"range,optional"`
	Calendar *string `parquet:"calendar,optional"`
	Lunar    *string `parquet:"lunar,optional"`
	Relative bool    `parquet:"relative"`
	Note     *string `parquet:"note,optional"`
}

// Award is one award event.
type Award struct {
	ID          string      `parquet:"id"`
	Name        string      `parquet:"name"`
	Type        string      `parquet:"type"`
	Class       *string     `parquet:"class,optional"`
	Date        *string     `parquet:"date,optional"`
	Decision    *string     `parquet:"decision,optional"`
	Posthumous  bool        `parquet:"posthumous"`
	DecidedBy   *string     `parquet:"decided_by,optional"`
	PresentedBy []string    `parquet:"presented_by,list"`
	Recipients  []Recipient `parquet:"recipients,list"`
	Count       *Count      `parquet:"count,optional"`
	Sport       bool        `parquet:"sport"`
	Mentions    []Span      `parquet:"mentions,list"`
}

// Recipient is a person (with id) or an organization.
type Recipient struct {
	Person       *string  `parquet:"person,optional"`
	Name         *string  `parquet:"name,optional"`
	Organization *string  `parquet:"organization,optional"`
	Titles       []string `parquet:"titles,list"`
}

// Count keeps recipient counts stated without names.
type Count struct {
	Collectives int64 `parquet:"collectives"`
	Individuals int64 `parquet:"individuals"`
}

// Writer writes records to a Parquet file. It is a pipeline.Sink used from
// one goroutine; Close writes the footer, without which the file is
// unreadable.
type Writer struct {
	w      *pq.GenericWriter[Row]
	buf    []Row
	closed bool
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: pq.NewGenericWriter[Row](w,
		pq.Compression(&zstd.Codec{Level: zstd.SpeedDefault}),
		pq.MaxRowsPerRowGroup(RowGroupRows),
		pq.CreatedBy("vnextract", "", ""),
	)}
}

// writeBatch rows go to the parquet writer at once, which is much faster
// than one at a time.
const writeBatch = 64

// Write adds rec to the file.
func (w *Writer) Write(rec *pipeline.Record) error {
	if w.closed {
		return errors.New("parquet: writer closed")
	}
	w.buf = append(w.buf, FromRecord(rec))
	if len(w.buf) >= writeBatch {
		return w.flushRows()
	}
	return nil
}

func (w *Writer) flushRows() error {
	_, err := w.w.Write(w.buf)
	clear(w.buf)
	w.buf = w.buf[:0]
	return err
}

// Close writes the rows still buffered and the file footer. It does not
// close the underlying writer.
func (w *Writer) Close() error {
	if w.closed {
		return nil
	}
	w.closed = true
	return errors.Join(w.flushRows(), w.w.Close())
}

// FromRecord converts a record to its Parquet row.
func FromRecord(rec *pipeline.Record) Row {
	r := Row{
		Schema: rec.Schema, ID: rec.ID, Source: Source{URI: rec.Source.URI, Line: int64(rec.Source.Line)},
		Status: rec.Status, Title: rec.Title, URL: rec.URL, Published: rec.Published, Byline: rec.Byline,
		Text: rec.Text, Warnings: rec.Warnings,
	}
	if rec.Error != nil {
		r.Error = &Error{Code: string(rec.Error.Code), Message: rec.Error.Message}
	}
	if n := rec.Normalization; n != nil {
		r.Normalization = &Normalization{Encoding: n.Encoding, Edits: edits(n.Edits)}
	}
	for _, p := range rec.People {
		rp := Person{ID: p.ID, Name: p.Name, FamilyName: p.FamilyName, MiddleName: p.MiddleName,
			GivenName: p.GivenName, Rank: p.Rank, Honorifics: p.Honorifics, Mentions: spans(p.Mentions)}
		for _, t := range p.Titles {
			rp.Titles = append(rp.Titles, Title{Text: t.Text, Role: t.Role, Organization: t.Organization,
				Former: t.Former, Start: int64(t.Start), End: int64(t.End)})
		}
		r.People = append(r.People, rp)
	}
	for _, d := range rec.Dates {
		r.Dates = append(r.Dates, Date{Text: d.Text, Value: d.Value, Grain: d.Grain.String(),
			Start: int64(d.Start), End: int64(d.End), Range: opt(d.Range), Calendar: opt(d.Calendar),
			Lunar: opt(d.Lunar), Relative: d.Relative, Note: opt(d.Note)})
	}
	for _, a := range rec.Awards {
		ra := Award{ID: a.ID, Name: a.Name, Type: a.Type, Class: a.Class, Date: a.Date, Decision: a.Decision,
			Posthumous: a.Posthumous, DecidedBy: a.DecidedBy, PresentedBy: a.PresentedBy, Sport: a.Sport,
			Mentions: spans(a.Mentions)}
		for _, rc := range a.Recipients {
			ra.Recipients = append(ra.Recipients, Recipient{Person: opt(rc.Person), Name: opt(rc.Name),
				Organization: opt(rc.Organization), Titles: rc.Titles})
		}
		if a.Count != nil {
			ra.Count = &Count{Collectives: int64(a.Count.Collectives), Individuals: int64(a.Count.Individuals)}
		}
		r.Awards = append(r.Awards, ra)
	}
	return r
}

// edits turns the normalizer's counts into a map keyed by their JSON names,
// so new kinds of edit need no schema change.
func edits(e pipeline.Edits) map[string]int64 {
	b, err := json.Marshal(e)
	if err != nil {
		return nil
	}
	var m map[string]int64
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	return m
}

func spans(s []pipeline.RecordSpan) []Span {
	out := make([]Span, len(s))
	for i, m := range s {
		out[i] = Span{Start: int64(m.Start), End: int64(m.End), Text: m.Text}
	}
	return out
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
