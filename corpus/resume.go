package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/vnextract/vnextract/pipeline"
)

// ErrMismatch is returned by a resumed Source when the output file does not
// start with the records of this input: another input, shard or order.
var ErrMismatch = errors.New("corpus: output file does not match the input")

// Progress is what an output file already holds, as Resume found it.
type Progress struct {
	Records int64  // whole records kept
	LastID  string // id of the last record kept, "" when none
	Dropped int64  // bytes cut from the end: a torn or damaged last line
	ids     map[uint64]int32
}

// Resume readies the JSON Lines output at path for a resumed run. It cuts
// a torn last line (a run killed in the middle of a write) and any last
// line that is not a JSON object with an id (a power loss can leave zeros),
// and returns what the file holds. A missing file holds nothing. When no
// line at the end is a record, the file is not touched and Resume fails:
// it is not the output of a run. With byID, it also remembers every id,
// for a run whose order is not the input's (16 bytes a record).
func Resume(path string, byID bool) (*Progress, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return &Progress{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := &Progress{}
	if byID {
		p.ids = map[uint64]int32{}
	}
	// starts keeps the offsets where the last few whole lines begin, so
	// damaged lines at the end can be cut without a second pass.
	var starts []int64
	var pos, lineStart int64
	buf := make([]byte, 1<<20)
	var line []byte // the current line, kept only with byID
	for {
		n, err := f.Read(buf)
		chunk := buf[:n]
		for len(chunk) > 0 {
			i := bytes.IndexByte(chunk, '\n')
			if i < 0 {
				if byID {
					line = append(line, chunk...)
				}
				pos += int64(len(chunk))
				break
			}
			if byID {
				line = append(line, chunk[:i]...)
				if id, ok := recordID(line); ok {
					p.ids[idHash(id)]++
				}
				line = line[:0]
			}
			pos += int64(i + 1)
			chunk = chunk[i+1:]
			starts = append(starts, lineStart)
			if len(starts) > 64 {
				starts = starts[1:]
			}
			lineStart = pos
			p.Records++
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	end := lineStart // a torn tail after the last '\n' goes
	found, lines := false, p.Records
	for len(starts) > 0 {
		last := starts[len(starts)-1]
		b := make([]byte, end-last)
		if _, err := f.ReadAt(b, last); err != nil {
			return nil, err
		}
		if id, ok := recordID(bytes.TrimSuffix(b, []byte("\n"))); ok {
			p.LastID, found = id, true
			break
		}
		starts = starts[:len(starts)-1]
		end = last
		p.Records--
	}
	if lines > 0 && !found {
		return nil, fmt.Errorf("%s: the last lines are not records; not resuming over them", path)
	}
	p.Dropped = pos - end
	if p.Dropped > 0 {
		if err := f.Truncate(end); err != nil {
			return nil, err
		}
	}
	return p, f.Sync()
}

// recordID reads the id of one record line.
func recordID(line []byte) (string, bool) {
	var r struct {
		ID *string `json:"id"`
	}
	if json.Unmarshal(line, &r) != nil || r.ID == nil {
		return "", false
	}
	return *r.ID, true
}

// Skip returns src without the articles the output already holds. In
// order (byID false) those are its first p.Records articles, and the last
// of them must have id p.LastID, or Next fails with ErrMismatch. By id,
// each article whose id the output holds is skipped (as many times as it
// was written).
func (p *Progress) Skip(src pipeline.Source) pipeline.Source {
	if p.Records == 0 {
		return src
	}
	return &skipSource{src: src, p: p}
}

type skipSource struct {
	src     pipeline.Source
	p       *Progress
	skipped int64
}

func (s *skipSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		a, err := s.src.Next(ctx)
		if err != nil {
			if errors.Is(err, io.EOF) && s.p.ids == nil && s.skipped < s.p.Records {
				return nil, fmt.Errorf("%w: it holds %d records, the input has %d articles", ErrMismatch, s.p.Records, s.skipped)
			}
			return a, err
		}
		if s.p.ids != nil {
			h := idHash(a.ID)
			if s.p.ids[h] > 0 {
				s.p.ids[h]--
				continue
			}
			return a, nil
		}
		if s.skipped == s.p.Records {
			return a, nil
		}
		s.skipped++
		if s.skipped == s.p.Records && a.ID != s.p.LastID {
			return nil, fmt.Errorf("%w: record %d has id %q, article %d has id %q", ErrMismatch, s.p.Records, s.p.LastID, s.skipped, a.ID)
		}
	}
}
