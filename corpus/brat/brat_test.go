package brat_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/brat"
	"github.com/vnextract/vnextract/corpus/internal/recordtest"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

func readRecords(t testing.TB) []*pipeline.Record {
	return recordtest.Read(t, filepath.Join("testdata", "record.jsonl"))
}

func TestGolden(t *testing.T) {
	rec := readRecords(t)[0]
	var b bytes.Buffer
	require.NoError(t, brat.WriteAnn(&b, rec))
	golden := filepath.Join("testdata", "record.ann")
	if *update {
		require.NoError(t, os.WriteFile(golden, b.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "go test ./corpus/brat -run TestGolden -update")
	assert.Equal(t, string(want), b.String())
}

// TestOffsets checks every text-bound annotation against the text, in code
// points, as brat reads them.
func TestOffsets(t *testing.T) {
	rec := readRecords(t)[0]
	var b bytes.Buffer
	require.NoError(t, brat.WriteAnn(&b, rec))
	text := []rune(rec.Text)
	ids := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		cols := strings.Split(line, "\t")
		if line[0] == 'R' {
			require.Len(t, cols, 2, line)
			continue
		}
		require.Len(t, cols, 3, line)
		switch line[0] {
		case 'T':
			ids[cols[0]] = true
			typ, offs, _ := strings.Cut(cols[1], " ")
			assert.Contains(t, []string{"PERSON", "RANK", "TITLE", "DATE", "AWARD"}, typ)
			var parts []string
			for _, frag := range strings.Split(offs, ";") {
				se := strings.Fields(frag)
				s, err1 := strconv.Atoi(se[0])
				e, err2 := strconv.Atoi(se[1])
				require.NoError(t, err1)
				require.NoError(t, err2)
				parts = append(parts, string(text[s:e]))
			}
			assert.Equal(t, cols[2], strings.Join(parts, " "), line)
		case '#':
			assert.True(t, ids[strings.Fields(cols[1])[1]], line)
		}
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "R") {
			f := strings.Fields(line)
			assert.True(t, ids[strings.TrimPrefix(f[2], "Arg1:")], line)
			assert.True(t, ids[strings.TrimPrefix(f[3], "Arg2:")], line)
		}
	}
}

func TestFragments(t *testing.T) {
	rec := &pipeline.Record{ID: "x", Status: "ok", Text: "Giám đốc\nCông an",
		People: []pipeline.RecordPerson{{ID: "p1", Titles: []pipeline.RecordTitle{{Start: 0, End: 16, Role: "Giám đốc", Organization: "Công an"}}}}}
	var b bytes.Buffer
	require.NoError(t, brat.WriteAnn(&b, rec))
	assert.Equal(t, "T1\tTITLE 0 8;9 16\tGiám đốc Công an\n#1\tAnnotatorNotes T1\tGiám đốc | Công an\n", b.String())
}

func TestDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	d, err := brat.NewDir(dir)
	require.NoError(t, err)
	rec := readRecords(t)[0]
	rec.ID = "corpus/a.txt:3"
	require.NoError(t, d.Write(rec))
	require.NoError(t, d.Write(rec))
	require.NoError(t, d.Write(&pipeline.Record{ID: "bad", Status: "error"}))
	for _, name := range []string{"annotation.conf", "corpus_a.txt_3.txt", "corpus_a.txt_3.ann", "corpus_a.txt_3-2.txt", "corpus_a.txt_3-2.ann"} {
		assert.FileExists(t, filepath.Join(dir, name))
	}
	assert.NoFileExists(t, filepath.Join(dir, "bad.txt"))
	txt, err := os.ReadFile(filepath.Join(dir, "corpus_a.txt_3.txt"))
	require.NoError(t, err)
	assert.Equal(t, rec.Text, string(txt))
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{"a/b": "a_b", "..x": "x", "": "_", "Tô Lâm?": "Tô Lâm_"} {
		assert.Equal(t, want, brat.FileName(in), in)
	}
}

func BenchmarkWriteAnn(b *testing.B) {
	rec := readRecords(b)[0]
	j, err := json.Marshal(rec)
	require.NoError(b, err)
	b.SetBytes(int64(len(j)))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		_ = brat.WriteAnn(&buf, rec)
	}
}
