package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// FieldScore is one field's figures, rounded to 4 places as score.py does.
type FieldScore struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

// Field returns the rounded figures of one field.
func (r Result) Field(name string) FieldScore {
	c := r.Counts[name]
	p, rc, f := c.PRF()
	return FieldScore{P: round4(p), R: round4(rc), F1: round4(f), TP: c.TP, FP: c.FP, FN: c.FN}
}

// WriteText writes the report score.py prints: span errors (20 at most),
// missing records, one line per field and a summary line.
func (r Result) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, e := range r.Errors[:min(len(r.Errors), 20)] {
		fmt.Fprintln(&b, "span error:", e)
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, "missing or error records: %d of %d: %s\n", len(r.Missing), r.Articles, pyList(r.Missing[:min(len(r.Missing), 10)]))
	}
	for _, k := range Fields {
		s := r.Field(k)
		fmt.Fprintf(&b, "%-8s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", k, s.P, s.R, s.F1, s.TP, s.FP, s.FN)
	}
	fmt.Fprintln(&b, r.Summary())
	_, err := io.WriteString(w, b.String())
	return err
}

// Summary is the last line of the report.
func (r Result) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "articles=%d span_errors=%d missing=%d", r.Articles, len(r.Errors), len(r.Missing))
	for _, k := range Fields {
		fmt.Fprintf(&b, " %s=%.3f", k, r.Field(k).F1)
	}
	return b.String()
}

// WriteJSON writes score.py's --json object (fields in report order, at
// most 50 errors) followed by the summary line.
func (r Result) WriteJSON(w io.Writer) error {
	out := struct {
		Fields  orderedFields `json:"fields"`
		Missing []string      `json:"missing"`
		Errors  []string      `json:"errors"`
	}{orderedFields(r), nonNil(r.Missing), nonNil(r.Errors[:min(len(r.Errors), 50)])}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n%s\n", b, r.Summary())
	return err
}

// orderedFields marshals a Result's fields in report order.
type orderedFields Result

func (o orderedFields) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range Fields {
		if i > 0 {
			b.WriteByte(',')
		}
		f, err := json.Marshal(Result(o).Field(k))
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%q:%s", k, f)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Below lists the fields whose F1 is under its minimum in mins, formatted
// as "titles 0.612<0.7".
func (r Result) Below(mins map[string]float64) []string {
	var out []string
	for _, k := range Fields {
		if m, ok := mins[k]; ok && r.Field(k).F1 < m {
			out = append(out, fmt.Sprintf("%s %.3f<%v", k, r.Field(k).F1, m))
		}
	}
	return out
}

// OK reports what score.py's exit status 0 means: no malformed record, no
// span error, no missing record.
func (r Result) OK() bool { return len(r.Errors) == 0 && len(r.Missing) == 0 }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func pyList(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = "'" + strings.ReplaceAll(x, "'", `\'`) + "'"
	}
	return "[" + strings.Join(q, ", ") + "]"
}
