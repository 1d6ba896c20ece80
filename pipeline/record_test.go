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
