package pipeline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
)

func TestNewRecordCodePointOffsets(t *testing.T) {
	text := "Lễ kỷ niệm diễn ra ngày 2/9. Đại tá Lê Văn Tám nhận Huân chương."
	find := func(s string) pipeline.Span {
		i := indexOf(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return pipeline.Span{Start: i, End: i + len(s)}
	}
	date := find("ngày 2/9")
	assert.Equal(t, 27, date.Start, "bytes and runes diverge at the first diacritic")
	doc := &pipeline.Document{
		ID: "x", Text: text,
		Entities: []pipeline.Entity{{Kind: pipeline.KindDate, Span: date, Text: date.Of(text), Value: "XXXX-09-02",
			Date: &pipeline.DateInfo{Grain: pipeline.GrainDay}}},
		People: []pipeline.Person{{ID: "p1", Name: "Lê Văn Tám", Family: "Lê", Middle: "Văn", Given: "Tám", Rank: "Đại tá",
			Mentions: []pipeline.Span{find("Đại tá Lê Văn Tám")}}},
		Awards: []pipeline.Award{{ID: "a1", Name: "Huân chương", Type: "Huân chương", Mentions: []pipeline.Span{find("Huân chương")},
			Recipients: []pipeline.Recipient{{Person: "p1", Name: "Lê Văn Tám"}}}},
	}
	rec := pipeline.NewRecord(doc)
	runes := []rune(text)
	check := func(s pipeline.RecordSpan) {
		assert.Equal(t, s.Text, string(runes[s.Start:s.End]))
	}
	require.Len(t, rec.Dates, 1)
	assert.Equal(t, 19, rec.Dates[0].Start)
	check(pipeline.RecordSpan{Start: rec.Dates[0].Start, End: rec.Dates[0].End, Text: rec.Dates[0].Text})
	check(rec.People[0].Mentions[0])
	check(rec.Awards[0].Mentions[0])
	assert.Equal(t, "Đại tá", *rec.People[0].Rank)
	assert.Nil(t, rec.Awards[0].Class)
	assert.Equal(t, []string{}, rec.Awards[0].PresentedBy, "empty lists are [] in JSON, not null")
}

func TestNewRecordASCII(t *testing.T) {
	text := "On 2 September, Colonel Tam spoke."
	s := pipeline.Span{Start: 16, End: 28}
	doc := &pipeline.Document{ID: "a", Text: text, People: []pipeline.Person{{ID: "p1", Name: "Tam", Mentions: []pipeline.Span{s}}}}
	rec := pipeline.NewRecord(doc)
	assert.Equal(t, pipeline.RecordSpan{Start: 16, End: 28, Text: "Colonel Tam "}, rec.People[0].Mentions[0])
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestNewRecordCodePointOffsetsEverywhere puts spans in every place a
// record has them, out of text order and with a date entity that has no
// date info (which the record leaves out), and checks each against the
// runes of the text.
func TestNewRecordCodePointOffsetsEverywhere(t *testing.T) {
	text := "Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, trao Huân chương Lao động ngày 2/9 cho Đại tá Lê Văn Tám."
	find := func(s string) pipeline.Span {
		i := indexOf(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return pipeline.Span{Start: i, End: i + len(s)}
	}
	date, lam, tam := find("ngày 2/9"), find("Tô Lâm"), find("Lê Văn Tám")
	doc := &pipeline.Document{
		ID: "x", Text: text,
		Entities: []pipeline.Entity{
			{Kind: pipeline.KindPerson, Span: lam},
			{Kind: pipeline.KindDate, Span: find("2/9")},
			{Kind: pipeline.KindDate, Span: date, Text: date.Of(text), Date: &pipeline.DateInfo{Grain: pipeline.GrainDay}},
		},
		People: []pipeline.Person{
			{ID: "p2", Name: "Lê Văn Tám", Mentions: []pipeline.Span{tam, find("Đại tá Lê Văn Tám")}},
			{ID: "p1", Name: "Tô Lâm", Mentions: []pipeline.Span{lam, find("Thượng tướng Tô Lâm")},
				Titles: []pipeline.Title{{Span: find("Bộ trưởng Bộ Công an"), Role: "Bộ trưởng"}, {Span: find("Thượng tướng")}}},
		},
		Awards: []pipeline.Award{{ID: "a1", Name: "Huân chương Lao động", Mentions: []pipeline.Span{find("Huân chương Lao động"), find("Huân chương")}}},
	}
	rec := pipeline.NewRecord(doc)
	runes := []rune(text)
	check := func(start, end int, s string) {
		assert.Equal(t, s, string(runes[start:end]))
	}
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			check(m.Start, m.End, m.Text)
		}
		for _, ti := range p.Titles {
			check(ti.Start, ti.End, ti.Text)
		}
	}
	require.Len(t, rec.Dates, 1)
	check(rec.Dates[0].Start, rec.Dates[0].End, "ngày 2/9")
	for _, m := range rec.Awards[0].Mentions {
		check(m.Start, m.End, m.Text)
	}
}
