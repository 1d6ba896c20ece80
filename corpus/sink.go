package corpus

import (
	"bufio"
	"io"
	"slices"
	"sync"

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
// is safe for concurrent use, so pipeline.Run encodes on its workers. The
// line's buffer comes from a pool that WriteEncoded refills: encoded lines
// were a sixth of the bytes a run allocated.
func (s *JSONL) Encode(rec *pipeline.Record) ([]byte, error) {
	bp := linePool.Get().(*[]byte)
	// text, escapes and spans: one allocation mostly
	b := slices.Grow((*bp)[:0], len(rec.Text)+len(rec.Text)/4+1024)
	return rec.AppendJSON(b), nil
}

// WriteEncoded writes a line from Encode and keeps its buffer for reuse.
func (s *JSONL) WriteEncoded(line []byte) error {
	_, err := s.w.Write(line)
	if cap(line) <= maxPooledLine {
		linePool.Put(&line)
	}
	return err
}

// linePool holds *[]byte line buffers; maxPooledLine keeps one huge
// article's buffer from staying in it.
var linePool = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledLine = 1 << 20

// Flush writes buffered records to the underlying writer.
func (s *JSONL) Flush() error { return s.w.Flush() }
