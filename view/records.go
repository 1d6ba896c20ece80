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

// wireRecord decodes a record. pipeline.Grain can be written but not read
// back, so dates are read here with the grain as a string; the outer Dates
// field hides the embedded one from encoding/json.
type wireRecord struct {
	pipeline.Record
	Dates []wireDate `json:"dates"`
}

type wireDate struct {
	pipeline.RecordDate
	Grain string `json:"grain"`
}

func decodeRecord(b []byte) (*pipeline.Record, error) {
	var w wireRecord
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, err
	}
	if w.Schema != pipeline.SchemaVersion {
		return nil, fmt.Errorf("%w: schema %q", ErrNotRecord, w.Schema)
	}
	rec := w.Record
	rec.Dates = make([]pipeline.RecordDate, len(w.Dates))
	for i, d := range w.Dates {
		rec.Dates[i] = d.RecordDate
		rec.Dates[i].Grain = parseGrain(d.Grain)
	}
	return &rec, nil
}

func parseGrain(s string) pipeline.Grain {
	for g := pipeline.GrainDay; g <= pipeline.GrainDecade; g++ {
		if g.String() == s {
			return g
		}
	}
	return pipeline.GrainUnknown
}
