package pipeline_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
)

func stdJSON(t testing.TB, rec *pipeline.Record) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(rec))
	return b.String()
}

// fullRecord sets every field, every Edits counter (by reflection, so a
// counter added later is covered) and every optional field.
func fullRecord(s string) *pipeline.Record {
	str := func(v string) *string { return &v }
	norm := &pipeline.Normalization{Encoding: "tcvn3"}
	ev := reflect.ValueOf(&norm.Edits).Elem()
	for i := 0; i < ev.NumField(); i++ {
		ev.Field(i).SetInt(int64(i + 1))
	}
	return &pipeline.Record{
		Schema: pipeline.SchemaVersion, ID: "id-" + s, Source: pipeline.SourceRef{URI: "a/b.jsonl", Line: 7},
		Status: "ok", Title: str(s), URL: str("https://x.vn/?a=1&b=<2>"), Published: str("2017-09-12"),
		Byline: str("Trần Xuân"), Text: s, Normalization: norm,
		People: []pipeline.RecordPerson{{ID: "p1", Name: s, FamilyName: "Tô", GivenName: "Lâm", Rank: str("Thượng tướng"),
			Honorifics: []string{"đồng chí"},
			Titles:     []pipeline.RecordTitle{{Text: s, Role: "Bộ trưởng", Organization: "Bộ Công an", Former: true, Start: 1, End: 2}},
			Mentions:   []pipeline.RecordSpan{{Start: 0, End: 3, Text: s}}}},
		Dates: []pipeline.RecordDate{
			{Text: s, Value: "2017-09-12", Grain: pipeline.GrainDay, Start: 3, End: 9, Range: "start", Calendar: "lunar", Lunar: "2017-07-22", Relative: true, Note: s},
			{Text: "2017", Value: "2017", Grain: pipeline.GrainYear}},
		Awards: []pipeline.RecordAward{{ID: "a1", Name: s, Type: "Huân chương", Class: str("hạng Nhất"), Date: str("2017"),
			Decision: str("Quyết định số 1/QĐ"), Posthumous: true, DecidedBy: str("Chủ tịch nước"), PresentedBy: []string{"p1"},
			Recipients: []pipeline.RecordRecipient{{Person: "p1", Name: s, Titles: []string{s}}, {Organization: "Công an tỉnh"}},
			Count:      &pipeline.RecipientCount{Collectives: 5, Individuals: 10}, Sport: true,
			Mentions: []pipeline.RecordSpan{{Start: 1, End: 2, Text: s}}},
			{ID: "a2", Name: "Bằng khen", Type: "Bằng khen", PresentedBy: []string{}, Recipients: []pipeline.RecordRecipient{},
				Count: &pipeline.RecipientCount{Individuals: 2}, Mentions: []pipeline.RecordSpan{}}},
		Warnings: []string{s},
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		rec  *pipeline.Record
	}{
		{"every field", fullRecord("Thượng tướng \"Tô Lâm\" \\ <b>&</b>")},
		{"control characters and separators", fullRecord("a\x00b\x1f\t\n\r\b\f\u2028\u2029\u007f")},
		{"invalid UTF-8", fullRecord("x\xff\xfey\xc3")},
		{"error record", pipeline.NewRecord(&pipeline.Document{ID: "e", Err: &pipeline.Error{Code: pipeline.CodeEmpty, Message: "article has no text"}})},
		{"nil lists", &pipeline.Record{Schema: pipeline.SchemaVersion}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, stdJSON(t, tt.rec), string(tt.rec.AppendJSON(nil)))
		})
	}
}

// TestAppendJSONGolden re-encodes the repository's golden records.
func TestAppendJSONGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "golden", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var rec pipeline.Record
		require.NoError(t, json.Unmarshal(b, &rec), f)
		assert.Equal(t, stdJSON(t, &rec), string(rec.AppendJSON(nil)), f)
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm", "x")
	f.Add("\x00\xff\u2028\"\\", "<&>")
	f.Fuzz(func(t *testing.T, a, b string) {
		rec := fullRecord(a)
		rec.ID = b
		got := rec.AppendJSON(nil)
		require.Equal(t, stdJSON(t, rec), string(got))
		require.True(t, json.Valid(got))
	})
}

func BenchmarkAppendJSON(b *testing.B) {
	rec := fullRecord("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an. ")
	rec.Text = string(bytes.Repeat([]byte("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an. "), 60))
	n := len(rec.AppendJSON(nil))
	b.Run("AppendJSON", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		buf := make([]byte, 0, n)
		for b.Loop() {
			buf = rec.AppendJSON(buf[:0])
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			buf.Reset()
			_ = enc.Encode(rec)
		}
	})
}
