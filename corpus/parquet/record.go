package parquet

import (
	"encoding/json"

	"github.com/vnextract/vnextract/pipeline"
)

// Record converts a row back to the record it was made from.
func (r *Row) Record() *pipeline.Record {
	rec := &pipeline.Record{
		Schema: r.Schema, ID: r.ID, Source: pipeline.SourceRef{URI: r.Source.URI, Line: int(r.Source.Line)},
		Status: r.Status, Title: r.Title, URL: r.URL, Published: r.Published, Byline: r.Byline,
		Text: r.Text, Warnings: r.Warnings,
		People: []pipeline.RecordPerson{}, Dates: []pipeline.RecordDate{}, Awards: []pipeline.RecordAward{},
	}
	if r.Error != nil {
		rec.Error = &pipeline.Error{Code: pipeline.ErrorCode(r.Error.Code), Message: r.Error.Message}
	}
	if n := r.Normalization; n != nil {
		rec.Normalization = &pipeline.Normalization{Encoding: n.Encoding, Edits: fromEdits(n.Edits)}
	}
	for _, p := range r.People {
		rp := pipeline.RecordPerson{ID: p.ID, Name: p.Name, FamilyName: p.FamilyName, MiddleName: p.MiddleName,
			GivenName: p.GivenName, Rank: p.Rank, Honorifics: nonNil(p.Honorifics),
			Titles: []pipeline.RecordTitle{}, Mentions: fromSpans(p.Mentions)}
		for _, t := range p.Titles {
			rp.Titles = append(rp.Titles, pipeline.RecordTitle{Text: t.Text, Role: t.Role, Organization: t.Organization,
				Former: t.Former, Start: int(t.Start), End: int(t.End)})
		}
		rec.People = append(rec.People, rp)
	}
	for _, d := range r.Dates {
		rec.Dates = append(rec.Dates, pipeline.RecordDate{Text: d.Text, Value: d.Value, Grain: grain(d.Grain),
			Start: int(d.Start), End: int(d.End), Range: val(d.Range), Calendar: val(d.Calendar),
			Lunar: val(d.Lunar), Relative: d.Relative, Note: val(d.Note)})
	}
	for _, a := range r.Awards {
		ra := pipeline.RecordAward{ID: a.ID, Name: a.Name, Type: a.Type, Class: a.Class, Date: a.Date,
			Decision: a.Decision, Posthumous: a.Posthumous, DecidedBy: a.DecidedBy,
			PresentedBy: nonNil(a.PresentedBy), Recipients: []pipeline.RecordRecipient{}, Sport: a.Sport,
			Mentions: fromSpans(a.Mentions)}
		for _, rc := range a.Recipients {
			ra.Recipients = append(ra.Recipients, pipeline.RecordRecipient{Person: val(rc.Person), Name: val(rc.Name),
				Organization: val(rc.Organization), Titles: rc.Titles})
		}
		if a.Count != nil {
			ra.Count = &pipeline.RecipientCount{Collectives: int(a.Count.Collectives), Individuals: int(a.Count.Individuals)}
		}
		rec.Awards = append(rec.Awards, ra)
	}
	return rec
}

func grain(s string) pipeline.Grain {
	for g := pipeline.GrainDay; g <= pipeline.GrainDecade; g++ {
		if g.String() == s {
			return g
		}
	}
	return pipeline.GrainUnknown
}

func fromEdits(m map[string]int64) pipeline.Edits {
	var e pipeline.Edits
	b, err := json.Marshal(m)
	if err == nil {
		_ = json.Unmarshal(b, &e)
	}
	return e
}

func fromSpans(s []Span) []pipeline.RecordSpan {
	out := make([]pipeline.RecordSpan, len(s))
	for i, m := range s {
		out[i] = pipeline.RecordSpan{Start: int(m.Start), End: int(m.End), Text: m.Text}
	}
	return out
}

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
