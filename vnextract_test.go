package vnextract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// recordSink keeps records in memory (the test corpus is small).
type recordSink struct{ recs []*pipeline.Record }

func (s *recordSink) Write(r *pipeline.Record) error { s.recs = append(s.recs, r); return nil }

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(pipeline.JSONSchema))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("vnextract-v1.json", doc))
	s, err := c.Compile("vnextract-v1.json")
	require.NoError(t, err)
	return s
}

// TestGolden runs the bundled sample corpus end to end and compares each
// record with its reviewed golden file; every record must also satisfy the
// JSON Schema and the span rule text[start:end] == span text.
func TestGolden(t *testing.T) {
	x, err := vnextract.New()
	require.NoError(t, err)
	src, err := corpus.Open([]string{"testdata/articles"}, corpus.Options{})
	require.NoError(t, err)
	sink := &recordSink{}
	require.NoError(t, x.Run(context.Background(), src, sink, 2))
	require.NotEmpty(t, sink.recs)
	schema := compileSchema(t)
	seen := map[string]bool{}
	for _, rec := range sink.recs {
		name := strings.NewReplacer("/", "_", ":", "_").Replace(rec.ID)
		require.False(t, seen[name], "golden names are unique: %s", name)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(rec, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')

			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(got))
			require.NoError(t, err)
			assert.NoError(t, schema.Validate(inst), "record satisfies the JSON Schema")
			checkSpans(t, rec)

			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "go test . -run TestGolden -update")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

func checkSpans(t *testing.T, rec *pipeline.Record) {
	t.Helper()
	runes := []rune(rec.Text)
	check := func(start, end int, text, where string) {
		if assert.True(t, 0 <= start && start <= end && end <= len(runes), "%s span %d:%d in range", where, start, end) {
			assert.Equal(t, text, string(runes[start:end]), "%s span %d:%d", where, start, end)
		}
	}
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			check(m.Start, m.End, m.Text, "mention of "+p.Name)
		}
		for _, ti := range p.Titles {
			check(ti.Start, ti.End, ti.Text, "title of "+p.Name)
		}
	}
	for _, d := range rec.Dates {
		check(d.Start, d.End, d.Text, "date")
	}
	for _, a := range rec.Awards {
		for _, m := range a.Mentions {
			check(m.Start, m.End, m.Text, "award")
		}
	}
}

// summarySink prints one line per record, for examples.
type summarySink struct{ b strings.Builder }

func (s *summarySink) Write(r *pipeline.Record) error {
	if r.Status != "ok" {
		fmt.Fprintf(&s.b, "%s %s %s\n", r.ID, r.Status, r.Error.Code)
		return nil
	}
	fmt.Fprintf(&s.b, "%s ok people=%d dates=%d awards=%d\n", r.ID, len(r.People), len(r.Dates), len(r.Awards))
	return nil
}

func (s *summarySink) String() string { return s.b.String() }
