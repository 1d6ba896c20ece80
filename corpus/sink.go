package corpus

import (
	"bufio"
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

// Flush writes buffered records to the underlying writer.
func (s *JSONL) Flush() error { return s.w.Flush() }
