package corpus

import (
	"bufio"
	"io"

	"github.com/vnextract/vnextract/pipeline"
)

// JSONL writes one record per line, as encoding/json writes it with
// SetEscapeHTML(false) ("<", ">" and "&" stay readable in article text),
// through pipeline.Record.AppendJSON. Call Flush at the end; a record is
// written whole or not at all as far as Flush is concerned.
type JSONL struct {
	w   *bufio.Writer
	buf []byte // Write's line buffer, reused
}

// NewJSONL returns a JSON Lines sink on w.
func NewJSONL(w io.Writer) *JSONL {
	return &JSONL{w: bufio.NewWriterSize(w, 256<<10)}
}

// Write encodes rec as one line.
func (s *JSONL) Write(rec *pipeline.Record) error {
	s.buf = rec.AppendJSON(s.buf[:0])
	_, err := s.w.Write(s.buf)
	return err
}

// Encode returns the line Write would write for rec, newline included. It
// is safe for concurrent use, so pipeline.Run encodes on its workers.
func (s *JSONL) Encode(rec *pipeline.Record) ([]byte, error) {
	// text, escapes and spans: one allocation mostly
	return rec.AppendJSON(make([]byte, 0, len(rec.Text)+len(rec.Text)/4+1024)), nil
}

// WriteEncoded writes a line from Encode.
func (s *JSONL) WriteEncoded(line []byte) error {
	_, err := s.w.Write(line)
	return err
}

// Flush writes buffered records to the underlying writer.
func (s *JSONL) Flush() error { return s.w.Flush() }
