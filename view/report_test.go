package view

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
)

func TestReportCounts(t *testing.T) {
	r := NewReport(ReportOptions{Title: "run"})
	for _, rec := range readFixture(t, "run.jsonl") {
		r.Add(rec)
	}
	r.AddError(&LineError{Line: 9, Err: errors.New("unexpected end of JSON input")})
	d := r.data()
	assert.Equal(t, 5, d.Records)
	assert.Equal(t, 3, d.OK)
	assert.Equal(t, 1, d.Bad)
	assert.Equal(t, []row{
		{Key: "empty", N: 1, Share: "20.0%", Extra: []string{"blank"}},
		{Key: "invalid_utf8", N: 1, Share: "20.0%", Extra: []string{"broken"}},
	}, d.Errors)
	assert.Equal(t, []string{"utf-8:2", "tcvn3:1"}, keysN(d.Encodings))
	require.GreaterOrEqual(t, len(d.Edits), 4)
	assert.Equal(t, []string{"nfc:12", "tone:3", "space:3", "invisible:0"}, keysN(d.Edits[:4]))
	require.NotEmpty(t, d.People)
	assert.Equal(t, row{Key: "Tô Lâm", N: 4, Share: "1", Extra: []string{"Thượng tướng"},
		Extra2: []string{"Bí thư Đảng ủy Công an Trung ương", "Bộ trưởng Bộ Công an", "Ủy viên Bộ Chính trị"}}, d.People[1],
		"ties are broken by name: Hoàng Trung Hải also has 4 mentions")
	assert.Equal(t, []string{"Thiếu tướng:2", "Thượng tướng:2", "Trung tá:1", "Đại tá:1"}, keysN(d.Ranks))
	assert.Equal(t, []string{"Huân chương:3", "Bằng khen:1", "Kỷ niệm chương:1"}, keysN(d.AwardTypes))
	assert.Equal(t, []string{"2017:1", "2023:2"}, keysN(d.AwardYears))
	assert.Equal(t, 2, d.AwardNoDay)
	assert.Equal(t, 0, d.DateNoYear)
	assert.Contains(t, string(d.Chart), `<title>2017: 1</title>`)
	assert.Contains(t, string(d.Chart), `<title>2023: 2</title>`)
	assert.True(t, d.Exact)

	var b bytes.Buffer
	require.NoError(t, r.WriteHTML(&b))
	checkGolden(t, "report.html", b.Bytes())
}

func keysN(rs []row) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Key+":"+strconv.Itoa(r.N))
	}
	return out
}

func TestYear(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"2017-09-12", 2017, true}, {"2017", 2017, true}, {"2017-Q3", 2017, true}, {"201X", 2010, true},
		{"XXXX-09-12", 0, false}, {"", 0, false}, {"99", 0, false}, {"0999", 0, false}, {"3000", 0, false},
	} {
		y, ok := year(tt.in)
		assert.Equal(t, tt.want, y, tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
	}
}

func TestYearChartDecades(t *testing.T) {
	svg := string(yearChart(map[int]int{1925: 3, 1954: 1, 2017: 7}))
	assert.Contains(t, svg, "<title>1920s: 3</title>")
	assert.Contains(t, svg, "<title>2010s: 7</title>")
	assert.Contains(t, svg, `aria-label="dates per decade"`)
	assert.Empty(t, yearChart(nil))
}

func TestTopK(t *testing.T) {
	t.Run("exact under capacity", func(t *testing.T) {
		k := newTopK[struct{}](10)
		for _, key := range []string{"a", "b", "a", "c", "a", "b"} {
			k.add(key, 1)
		}
		assert.True(t, k.exact())
		var got []string
		for _, e := range k.top(-1) {
			got = append(got, e.key+":"+strconv.Itoa(e.n))
		}
		assert.Equal(t, []string{"a:3", "b:2", "c:1"}, got)
	})
	t.Run("heavy hitters survive eviction and memory stays bounded", func(t *testing.T) {
		k := newTopK[struct{}](50)
		for i := range 100_000 {
			k.add("rare"+strconv.Itoa(i), 1)
			if i%10 == 0 {
				k.add("heavy", 1)
			}
			if i%25 == 0 {
				k.add("second", 1)
			}
		}
		assert.LessOrEqual(t, len(k.index), 50)
		assert.Len(t, k.h, 50)
		top := k.top(2)
		assert.Equal(t, "heavy", top[0].key)
		assert.Equal(t, "second", top[1].key)
		assert.GreaterOrEqual(t, top[0].n, 10_000, "never under-counts")
		assert.LessOrEqual(t, top[0].n-top[0].err, 10_000)
		assert.False(t, k.exact())
	})
}

// TestReportBounded feeds many distinct people through a small Track: the
// counters never hold more than Track keys.
func TestReportBounded(t *testing.T) {
	r := NewReport(ReportOptions{Track: 20})
	rank := "Đại tá"
	for i := range 5000 {
		r.Add(&pipeline.Record{Schema: pipeline.SchemaVersion, Status: "ok", Text: "x",
			People: []pipeline.RecordPerson{{ID: "p1", Name: "Người " + strconv.Itoa(i), Rank: &rank,
				Titles:   []pipeline.RecordTitle{{Role: "Vai " + strconv.Itoa(i)}},
				Mentions: []pipeline.RecordSpan{{Start: 0, End: 1, Text: "x"}}}}})
	}
	assert.LessOrEqual(t, len(r.people.index), 20)
	assert.LessOrEqual(t, len(r.roles.index), 20)
	var b bytes.Buffer
	require.NoError(t, r.WriteHTML(&b))
	assert.Contains(t, b.String(), "counts marked ≤ are upper bounds")
}

func BenchmarkReportAdd(b *testing.B) {
	recs := readFixture(b, "run.jsonl")
	var size int
	for _, rec := range recs {
		size += len(rec.Text)
	}
	r := NewReport(ReportOptions{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, rec := range recs {
			r.Add(rec)
		}
	}
}
