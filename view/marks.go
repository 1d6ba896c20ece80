package view

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/vnextract/vnextract/pipeline"
)

// Marks lists the marks of rec: every person mention (with a nested rank
// mark when the mention starts with or contains the person's rank), every
// title, date and award mention. prefix makes ids and refs unique when a
// page shows several records ("r0-"); refs are prefix+person, date or award
// id, and mark ids prefix+"m"+n.
func Marks(rec *pipeline.Record, prefix string) []Mark {
	var ms []Mark
	text := []rune(rec.Text)
	add := func(m Mark) {
		m.ID = prefix + "m" + strconv.Itoa(len(ms))
		ms = append(ms, m)
	}
	for _, p := range rec.People {
		ref := prefix + p.ID
		label := personLabel(&p)
		for _, s := range p.Mentions {
			add(Mark{Start: s.Start, End: s.End, Kind: KindPerson, Ref: ref, Label: label})
			if p.Rank == nil || *p.Rank == "" {
				continue
			}
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				continue
			}
			// Search the text itself, not s.Text: a record whose span text
			// disagrees with its offsets still gets a rank inside the span.
			if at := indexFold(text[s.Start:s.End], []rune(*p.Rank)); at >= 0 {
				start := s.Start + at
				add(Mark{Start: start, End: start + len([]rune(*p.Rank)), Kind: KindRank, Ref: ref,
					Label: "rank " + *p.Rank + " of " + p.Name})
			}
		}
		for _, t := range p.Titles {
			add(Mark{Start: t.Start, End: t.End, Kind: KindTitle, Ref: ref, Label: titleLabel(&t) + " — of " + p.Name})
		}
	}
	for i, d := range rec.Dates {
		add(Mark{Start: d.Start, End: d.End, Kind: KindDate, Ref: prefix + dateID(i), Label: dateLabel(&d)})
	}
	for _, a := range rec.Awards {
		label := a.Name
		if names := recipientNames(&a); names != "" {
			label += " → " + names
		}
		for _, s := range a.Mentions {
			add(Mark{Start: s.Start, End: s.End, Kind: KindAward, Ref: prefix + a.ID, Label: label})
		}
	}
	return ms
}

func dateID(i int) string { return "d" + strconv.Itoa(i+1) }

func personLabel(p *pipeline.RecordPerson) string {
	parts := []string{p.Name}
	if p.Rank != nil && *p.Rank != "" {
		parts = append(parts, *p.Rank)
	}
	for _, t := range p.Titles {
		parts = append(parts, titleLabel(&t))
		break // the first title is enough to tell people apart on hover
	}
	return strings.Join(parts, " · ")
}

func titleLabel(t *pipeline.RecordTitle) string {
	s := t.Role
	if t.Organization != "" {
		s += " " + t.Organization
	}
	if s == "" {
		s = t.Text
	}
	if t.Former {
		s = "nguyên " + s
	}
	return s
}

func dateLabel(d *pipeline.RecordDate) string {
	s := d.Value
	if g := d.Grain.String(); g != "" {
		s += " · " + g
	}
	if d.Range != "" {
		s += " · range " + d.Range
	}
	if d.Calendar != "" {
		s += " · " + d.Calendar
	}
	if d.Relative {
		s += " · relative"
	}
	return s
}

func recipientNames(a *pipeline.RecordAward) string {
	var names []string
	for _, r := range a.Recipients {
		switch {
		case r.Name != "":
			names = append(names, r.Name)
		case r.Organization != "":
			names = append(names, r.Organization)
		}
	}
	return strings.Join(names, ", ")
}

// indexFold returns the position in code points of the first occurrence of
// sub in s ignoring case, or -1. Ranks are written "Thượng tướng" or
// "thượng tướng" depending on their place in the sentence.
func indexFold(s, sub []rune) int {
	if len(sub) == 0 {
		return -1
	}
outer:
	for i := 0; i+len(sub) <= len(s); i++ {
		for j, r := range sub {
			if unicode.ToLower(s[i+j]) != unicode.ToLower(r) {
				continue outer
			}
		}
		return i
	}
	return -1
}
