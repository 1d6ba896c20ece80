package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/vnextract/vnextract/pipeline"
)

// JSONL writes one record per line. Call Flush at the end; a record is
// written whole or not at all as far as Flush is concerned.
type JSONL struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a JSON Lines sink on w.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false) // keep "<", ">" and "&" readable in article text
	return &JSONL{w: bw, enc: enc}
}

// Write encodes rec as one line.
func (s *JSONL) Write(rec *pipeline.Record) error { return s.enc.Encode(rec) }

// Encode returns the line Write would write for rec, newline included. It
// is safe for concurrent use, so pipeline.Run encodes on its workers.
func (s *JSONL) Encode(rec *pipeline.Record) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(rec.Text) + len(rec.Text)/4 + 1024) // text, escapes and spans: one allocation mostly
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteEncoded writes a line from Encode.
func (s *JSONL) WriteEncoded(line []byte) error {
	_, err := s.w.Write(line)
	return err
}

// Flush writes buffered records to the underlying writer.
func (s *JSONL) Flush() error { return s.w.Flush() }
