// Package esbulk sends records to Elasticsearch or OpenSearch: as bulk
// NDJSON for the _bulk API (Writer), or straight into a cluster with the
// official opensearch-go BulkIndexer (Loader), with retries, backpressure
// and per-item errors. Template is an index template whose mapping suits
// Vietnamese: keyword fields for names, ranks, roles and organizations,
// each with a ".folded" subfield (lower case, tones and marks removed, đ to
// d) so that "lam" finds "Lâm".
//
// A record's document is its JSON (schema vnextract/v1) and its _id is the
// record id, so loading the same records again overwrites them.
package esbulk

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// Template is a composable index template (PUT _index_template/NAME) for
// indexes named vnextract*. TemplateFor changes the pattern.
//
//go:embed template.json
var Template []byte

// DefaultIndex is the index name used when none is given.
const DefaultIndex = "vnextract"

// TemplateFor returns Template with index_patterns set to patterns.
func TemplateFor(patterns ...string) ([]byte, error) {
	var t map[string]any
	if err := json.Unmarshal(Template, &t); err != nil {
		return nil, err
	}
	t["index_patterns"] = patterns
	return json.Marshal(t)
}

// maxID is the longest _id Elasticsearch and OpenSearch accept, in bytes.
const maxID = 512

// DocID is the _id of a record: its id, or a hash of it when the id is too
// long for the _id field.
func DocID(id string) string {
	if len(id) <= maxID && id != "" {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	return "sha256-" + hex.EncodeToString(sum[:])
}

// Document returns the JSON document of rec, without a trailing newline.
// It is safe for concurrent use.
func Document(rec *pipeline.Record) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(rec.Text) + len(rec.Text)/4 + 1024)
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Writer writes records as bulk NDJSON: an "index" action line naming the
// index and _id, then the document line. The output can be sent as is:
//
//	curl -H 'Content-Type: application/x-ndjson' --data-binary @out.ndjson URL/_bulk
//
// Large files should be split on an even line count (split -l 10000).
// Writer is a pipeline.EncodingSink; call Flush at the end.
type Writer struct {
	w     *bufio.Writer
	index string
}

// NewWriter returns a Writer on w for index; an empty index leaves _index
// out, so the index in the _bulk URL applies.
func NewWriter(w io.Writer, index string) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 256<<10), index: index}
}

// Write writes rec's action and document lines.
func (w *Writer) Write(rec *pipeline.Record) error {
	b, err := w.Encode(rec)
	if err != nil {
		return err
	}
	return w.WriteEncoded(b)
}

// Encode returns the two lines Write would write for rec. It is safe for
// concurrent use.
func (w *Writer) Encode(rec *pipeline.Record) ([]byte, error) {
	doc, err := Document(rec)
	if err != nil {
		return nil, err
	}
	action := actionLine(w.index, DocID(rec.ID))
	out := make([]byte, 0, len(action)+len(doc)+2)
	out = append(out, action...)
	out = append(out, '\n')
	out = append(out, doc...)
	return append(out, '\n'), nil
}

// WriteEncoded writes lines from Encode.
func (w *Writer) WriteEncoded(b []byte) error {
	_, err := w.w.Write(b)
	return err
}

// Flush writes buffered lines to the underlying writer.
func (w *Writer) Flush() error { return w.w.Flush() }

func actionLine(index, id string) []byte {
	meta := struct {
		Index string `json:"_index,omitempty"`
		ID    string `json:"_id"`
	}{index, id}
	b, _ := json.Marshal(map[string]any{"index": meta})
	return b
}

// ItemError is a document the cluster refused.
type ItemError struct {
	ID     string // the record id
	Status int    // HTTP status of the item; 0 when the request itself failed
	Type   string // e.g. mapper_parsing_exception
	Reason string
}

func (e ItemError) Error() string {
	if e.Status == 0 {
		return fmt.Sprintf("%s: %s", e.ID, e.Reason)
	}
	return fmt.Sprintf("%s: %d %s: %s", e.ID, e.Status, e.Type, e.Reason)
}

// summarize joins the first few item errors.
func summarize(errs []ItemError) string {
	var parts []string
	for _, e := range errs[:min(len(errs), 3)] {
		parts = append(parts, e.Error())
	}
	s := strings.Join(parts, "; ")
	if len(errs) > 3 {
		s += fmt.Sprintf("; and %d more", len(errs)-3)
	}
	return s
}
