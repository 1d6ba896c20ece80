package conll_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/corpus/internal/recordtest"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readRecords reads testdata/record.jsonl, a record vnextract made from a
// short article written for these tests.
func readRecords(t testing.TB) []*pipeline.Record {
	return recordtest.Read(t, filepath.Join("testdata", "record.jsonl"))
}

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	w := conll.NewWriter(&b)
	for _, r := range readRecords(t) {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Write(&pipeline.Record{ID: "failed", Status: "error"}))
	require.NoError(t, w.Flush())
	golden := filepath.Join("testdata", "record.conll")
	if *update {
		require.NoError(t, os.WriteFile(golden, b.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "go test ./corpus/conll -run TestGolden -update")
	assert.Equal(t, string(want), b.String())
}

func TestFromRecordTokens(t *testing.T) {
	for _, rec := range readRecords(t) {
		doc := conll.FromRecord(rec)
		text := []rune(rec.Text)
		var got []string
		for _, s := range doc.Sentences {
			for _, tok := range s {
				require.Equal(t, tok.Text, string(text[tok.Start:tok.End]))
				assert.NotContains(t, tok.Text, " ")
				got = append(got, tok.Text)
			}
		}
		// the tokens are the text without its white space
		assert.Equal(t, strings.Join(strings.Fields(rec.Text), ""), strings.Join(got, ""))
		// every entity is exactly one chunk
		var chunks []string
		for _, s := range doc.Sentences {
			for _, c := range conll.Chunks(s) {
				chunks = append(chunks, c.Type+":"+string(text[s[c.Start].Start:s[c.End-1].End]))
			}
		}
		var ents []string
		for _, e := range conll.Entities(rec) {
			ents = append(ents, e.Type+":"+string(text[e.Start:e.End]))
		}
		assert.Equal(t, ents, chunks)
		assert.Contains(t, ents, "RANK:Thượng tướng")
		assert.Contains(t, ents, "PERSON:Nguyễn Văn An")
	}
}

func TestEntitiesOverlap(t *testing.T) {
	rank := "Đại tá"
	rec := &pipeline.Record{
		Text: "Đại tá Lê Văn Hai nhận Huân chương Hồ Chí Minh",
		People: []pipeline.RecordPerson{
			{ID: "p1", Rank: &rank, Mentions: []pipeline.RecordSpan{{Start: 0, End: 17}}},
			// a wrong person inside the award name loses to the longer award
			{ID: "p2", Mentions: []pipeline.RecordSpan{{Start: 35, End: 46}, {Start: 40, End: 99}}},
		},
		Awards: []pipeline.RecordAward{{ID: "a1", Mentions: []pipeline.RecordSpan{{Start: 23, End: 46}}}},
	}
	assert.Equal(t, []conll.Entity{
		{conll.Rank, 0, 6, "p1"}, {conll.Person, 7, 17, "p1"}, {conll.Award, 23, 46, "a1"},
	}, conll.Entities(rec))
}

func TestChunks(t *testing.T) {
	tags := func(s string) conll.Sentence {
		var out conll.Sentence
		for _, tg := range strings.Fields(s) {
			out = append(out, conll.Token{Tag: tg})
		}
		return out
	}
	tests := []struct {
		name, tags string
		want       []conll.Chunk
	}{
		{"iob2", "B-PERSON I-PERSON O B-DATE", []conll.Chunk{{"PERSON", 0, 2}, {"DATE", 3, 4}}},
		{"iob1 I starts", "I-PERSON I-PERSON B-PERSON", []conll.Chunk{{"PERSON", 0, 2}, {"PERSON", 2, 3}}},
		{"type change", "B-RANK I-PERSON", []conll.Chunk{{"RANK", 0, 1}, {"PERSON", 1, 2}}},
		{"iobes", "S-DATE B-AWARD E-AWARD I-AWARD", []conll.Chunk{{"DATE", 0, 1}, {"AWARD", 1, 3}, {"AWARD", 3, 4}}},
		{"adjacent B", "B-DATE B-DATE", []conll.Chunk{{"DATE", 0, 1}, {"DATE", 1, 2}}},
		{"none", "O O", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, conll.Chunks(tags(tt.tags)))
		})
	}
}

func TestRead(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nÔng O\nTô B-PERSON\nLâm\tI-PERSON\r\n\n-DOCSTART- -X- -X- O\nngày _ _ B-DATE\n"
	docs, err := conll.Read(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, docs, 2)
	assert.Equal(t, "Lâm", docs[0].Sentences[0][2].Text)
	assert.Equal(t, "I-PERSON", docs[0].Sentences[0][2].Tag)
	assert.Equal(t, "B-DATE", docs[1].Sentences[0][0].Tag)

	docs, err = conll.Read(strings.NewReader("a O\n\nb O\n"))
	require.NoError(t, err)
	assert.Len(t, docs, 1, "no -DOCSTART-: one document")
	assert.Len(t, docs[0].Sentences, 2)

	for _, bad := range []string{"a\n", "a X-PER\n", "a B-\n", "ok O\na PERSON\n"} {
		_, err := conll.Read(strings.NewReader(bad))
		var pe *conll.ParseError
		require.True(t, errors.As(err, &pe), bad)
		assert.Positive(t, pe.Line)
	}
}

func TestRoundTrip(t *testing.T) {
	recs := readRecords(t)
	var b bytes.Buffer
	w := conll.NewWriter(&b)
	for _, r := range recs {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Flush())
	docs, err := conll.Read(&b)
	require.NoError(t, err)
	require.Len(t, docs, len(recs))
	want := conll.FromRecord(recs[0])
	require.Len(t, docs[0].Sentences, len(want.Sentences))
	for i, s := range want.Sentences {
		for j, tok := range s {
			assert.Equal(t, tok.Text, docs[0].Sentences[i][j].Text)
			assert.Equal(t, tok.Tag, docs[0].Sentences[i][j].Tag)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nTô _ _ B-PERSON\nLâm _ _ I-PERSON\n. _ _ O\n")
	f.Add("a S-DATE\nb E-DATE\n\n\nc I-X\n")
	f.Add("x\ty\tO\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := conll.Read(strings.NewReader(in))
		if err != nil {
			var pe *conll.ParseError
			require.True(t, errors.As(err, &pe) || errors.Is(err, bufio.ErrTooLong), "%v", err)
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				require.NotEmpty(t, s)
				prevEnd := 0
				for _, c := range conll.Chunks(s) {
					require.True(t, prevEnd <= c.Start && c.Start < c.End && c.End <= len(s), "%+v", c)
					prevEnd = c.End
				}
				for _, tok := range s {
					require.NotEmpty(t, tok.Text)
					if utf8.ValidString(in) {
						require.True(t, utf8.ValidString(tok.Text))
					}
				}
			}
		}
	})
}

// FuzzFromRecord tags arbitrary text with arbitrary (possibly invalid)
// spans: no panic, tokens are substrings in order, entities whole chunks.
func FuzzFromRecord(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, Bộ trưởng.", 0, 19, 21, 30)
	f.Add("“Huân chương” (2017).", 1, 12, 15, 19)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(text) {
			return
		}
		rank := "Thượng tướng"
		rec := &pipeline.Record{Text: text,
			People: []pipeline.RecordPerson{{ID: "p1", Rank: &rank, Mentions: []pipeline.RecordSpan{{Start: s1, End: e1}}}},
			Dates:  []pipeline.RecordDate{{Value: "2017", Start: s2, End: e2}},
		}
		doc := conll.FromRecord(rec)
		rs := []rune(text)
		end := 0
		for _, s := range doc.Sentences {
			for _, tok := range s {
				require.True(t, end <= tok.Start && tok.Start < tok.End && tok.End <= len(rs))
				require.Equal(t, string(rs[tok.Start:tok.End]), tok.Text)
				end = tok.End
			}
		}
	})
}

func BenchmarkWriter(b *testing.B) {
	recs := readRecords(b)
	size := recordBytes(b, recs)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		w := conll.NewWriter(&buf)
		for _, r := range recs {
			_ = w.Write(r)
		}
		_ = w.Flush()
	}
}

// recordBytes is the size of recs as JSON Lines: benchmarks report MB/s of
// records consumed.
func recordBytes(b *testing.B, recs []*pipeline.Record) int {
	n := 0
	for _, r := range recs {
		j, err := json.Marshal(r)
		require.NoError(b, err)
		n += len(j) + 1
	}
	return n
}
