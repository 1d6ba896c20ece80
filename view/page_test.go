package view

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files and the screenshots in ../docs")

func readFixture(t testing.TB, name string) []*pipeline.Record {
	t.Helper()
	return readRecordsFile(t, filepath.Join("testdata", name))
}

func readRecordsFile(t testing.TB, path string) []*pipeline.Record {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var recs []*pipeline.Record
	for rec, err := range ReadRecords(f) {
		require.NoError(t, err)
		recs = append(recs, rec)
	}
	require.NotEmpty(t, recs)
	return recs
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "go test ./view -run %s -update", t.Name())
	if !bytes.Equal(want, got) {
		w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
		i := 0
		for i < len(w) && i < len(g) && w[i] == g[i] {
			i++
		}
		line := func(ls []string) string {
			if i < len(ls) {
				return ls[i]
			}
			return "(end of file)"
		}
		t.Errorf("%s differs from line %d:\nwant: %.300s\ngot:  %.300s\nrerun with -update and review the diff",
			golden, i+1, line(w), line(g))
	}
}

func TestPageGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, Page(&b, readFixture(t, "article.jsonl"), Options{}))
	checkGolden(t, "article.html", b.Bytes())
}

// textOf returns the inner markup of a record's text block. The text is
// escaped, so the first "</div>" after it ends it.
func textOf(t *testing.T, page, anchor string) string {
	t.Helper()
	open := `<div class="text" lang="vi" data-record="` + anchor + `">`
	i := strings.Index(page, open)
	require.GreaterOrEqual(t, i, 0, "no text block for %s", anchor)
	rest := page[i+len(open):]
	j := strings.Index(rest, "</div>")
	require.GreaterOrEqual(t, j, 0)
	return rest[:j]
}

// TestPageSpans checks, for every fixture record, that the page shows the
// whole text and that every highlighted span's text is the record's.
func TestPageSpans(t *testing.T) {
	for _, name := range []string{"article.jsonl", "seed.jsonl", "run.jsonl"} {
		t.Run(name, func(t *testing.T) {
			recs := readFixture(t, name)
			var b bytes.Buffer
			require.NoError(t, Page(&b, recs, Options{}))
			page := b.String()
			for i, rec := range recs {
				anchor := "r" + itoa(i)
				if rec.Status != "ok" {
					assert.Contains(t, page, string(rec.Error.Code))
					continue
				}
				text, marks, err := parseMarked(textOf(t, page, anchor))
				require.NoError(t, err)
				assert.Equal(t, rec.Text, text)
				want := wantSpans(rec, anchor+"-")
				assert.Len(t, marks, len(want))
				for id, s := range want {
					assert.Equal(t, s, marks[id], "mark %s", id)
				}
			}
		})
	}
}

// wantSpans maps each mark id Marks gives rec to the span text the record
// states for it (ranks: the rank as the text writes it).
func wantSpans(rec *pipeline.Record, prefix string) map[string]string {
	want := map[string]string{}
	runes := []rune(rec.Text)
	for _, m := range Marks(rec, prefix) {
		want[m.ID] = string(runes[m.Start:m.End])
	}
	// The same walk as Marks, over the record's own span texts.
	var stated []string
	for _, p := range rec.People {
		for _, s := range p.Mentions {
			stated = append(stated, s.Text)
			if p.Rank != nil && indexFold([]rune(s.Text), []rune(*p.Rank)) >= 0 {
				stated = append(stated, "")
			}
		}
		for _, ti := range p.Titles {
			stated = append(stated, ti.Text)
		}
	}
	for _, d := range rec.Dates {
		stated = append(stated, d.Text)
	}
	for _, a := range rec.Awards {
		for _, s := range a.Mentions {
			stated = append(stated, s.Text)
		}
	}
	for i, s := range stated {
		id := prefix + "m" + itoa(i)
		if s != "" && want[id] != s {
			want[id] = "record says " + s // fails the comparison with a clear message
		}
	}
	return want
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestPageBadSpans(t *testing.T) {
	rec := readFixture(t, "article.jsonl")[0]
	rec.Dates = append(rec.Dates, pipeline.RecordDate{Text: "x", Value: "2020", Start: 5, End: 9999})
	var b bytes.Buffer
	require.NoError(t, Page(&b, []*pipeline.Record{rec}, Options{Title: "bad"}))
	assert.Contains(t, b.String(), "1 span is outside the text and not shown: date [5, 9999)")
	text, _, err := parseMarked(textOf(t, b.String(), "r0"))
	require.NoError(t, err)
	assert.Equal(t, rec.Text, text)
}

func TestMarks(t *testing.T) {
	rec := readFixture(t, "article.jsonl")[0]
	kinds := map[Kind]int{}
	for _, m := range Marks(rec, "r0-") {
		kinds[m.Kind]++
		assert.True(t, strings.HasPrefix(m.Ref, "r0-"), m.Ref)
	}
	assert.Equal(t, map[Kind]int{KindPerson: 6, KindRank: 3, KindTitle: 3, KindDate: 4, KindAward: 3}, kinds)
}

// FuzzPage feeds arbitrary JSON Lines through the reader, the page and the
// report: nothing panics, and every record's text is shown whole.
func FuzzPage(f *testing.F) {
	for _, name := range []string{"article.jsonl"} { // small seeds keep minimizing cheap
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"schema":"vnextract/v1","status":"ok","text":"a<b","people":[{"id":"p1","rank":"A","mentions":[{"start":-3,"end":2},{"start":0,"end":99}]}],"dates":[{"start":1,"end":0,"grain":"nope"}],"awards":[{"id":"a1","date":"20x","recipients":[{"person":"p9"}],"mentions":[{"start":0,"end":3}]}]}`))
	f.Add([]byte(`{"schema":"vnextract/v1","status":"error"}` + "\n{}\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var recs []*pipeline.Record
		r := NewReport(ReportOptions{Track: 8})
		for rec, err := range ReadRecords(bytes.NewReader(in)) {
			if err != nil {
				r.AddError(err)
				continue
			}
			recs = append(recs, rec)
			r.Add(rec)
		}
		if err := r.WriteHTML(io.Discard); err != nil {
			t.Fatal(err)
		}
		if len(recs) > 8 {
			recs = recs[:8]
		}
		var b bytes.Buffer
		if err := Page(&b, recs, Options{}); err != nil {
			t.Fatal(err)
		}
		for i, rec := range recs {
			if rec.Status != "ok" || rec.Error != nil {
				continue
			}
			text, _, err := parseMarked(textOf(t, b.String(), "r"+itoa(i)))
			if err != nil {
				t.Fatal(err)
			}
			if want := string([]rune(rec.Text)); text != want {
				t.Fatalf("record %d: text %q shown as %q", i, want, text)
			}
		}
	})
}

func BenchmarkPage(b *testing.B) {
	recs := readFixture(b, "seed.jsonl")
	b.SetBytes(int64(len(recs[0].Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Page(io.Discard, recs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
