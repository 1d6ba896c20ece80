package view

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrNotRecord is wrapped by the error ReadRecords yields for a line that
// is JSON but not a vnextract/v1 record.
var ErrNotRecord = errors.New("view: not a " + pipeline.SchemaVersion + " record")

// LineError is a line of a records file that could not be read as a
// record. The reader goes on with the next line.
type LineError struct {
	Line int // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// maxIndented bounds an indented record: past it, the gathered lines are
// decoded (and fail) rather than grow without end.
const maxIndented = 64 << 20

// ReadRecords yields the records of a JSON Lines stream one at a time, so
// that memory holds one record whatever the stream's size. A bad line
// yields a *LineError and reading goes on; a read error is yielded last.
// Blank lines are skipped.
//
// Indented records, as json.MarshalIndent and jq write them, are read too:
// a line that is only "{" starts a record that ends at a line that is only
// "}". A truncated JSON line never swallows the lines after it.
func ReadRecords(r io.Reader) iter.Seq2[*pipeline.Record, error] {
	return func(yield func(*pipeline.Record, error) bool) {
		br := bufio.NewReaderSize(r, 1<<16)
		var (
			multi []byte // an indented record being gathered
			start int    // its first line
		)
		for line := 1; ; line++ {
			b, err := br.ReadBytes('\n')
			var chunk []byte
			switch trimmed := bytes.TrimSpace(b); {
			case multi != nil:
				multi = append(multi, b...)
				if bytes.Equal(bytes.TrimRight(b, " \t\r\n"), []byte("}")) || len(multi) > maxIndented {
					chunk, multi = multi, nil
				}
			case bytes.Equal(trimmed, []byte("{")):
				multi, start = append([]byte(nil), b...), line
			case len(trimmed) > 0:
				chunk, start = b, line
			}
			if err != nil && multi != nil {
				chunk, multi = multi, nil // unterminated: let the decoder say why
			}
			if chunk != nil {
				rec, derr := decodeRecord(bytes.TrimSpace(chunk))
				if derr != nil {
					if !yield(nil, &LineError{Line: start, Err: derr}) {
						return
					}
				} else if !yield(rec, nil) {
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					yield(nil, err)
				}
				return
			}
		}
	}
}

func decodeRecord(b []byte) (*pipeline.Record, error) {
	var rec pipeline.Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, err
	}
	if rec.Schema != pipeline.SchemaVersion {
		return nil, fmt.Errorf("%w: schema %q", ErrNotRecord, rec.Schema)
	}
	return &rec, nil
}
