package person

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// capsNames adds the names written in capitals right after a rank or a
// form of address: the name line of a death notice ("Đồng chí Thiếu tướng
// PHAN VĂN ĐỊNH"). The main pass takes no word in capitals, since most are
// acronyms or headlines; it only notes where they start runs (s.caps), so
// that this pass need not walk every token again. A name here has two to
// five Vietnamese syllables, the first a family name, and a cue in the
// usual case before it, so a headline all in capitals names nobody. The
// name's value and parts are given in the usual case; its span is the
// text as written.
func (s *state) capsNames(out []pipeline.Entity) []pipeline.Entity {
	n0 := len(out)
	next := 0 // tokens before it are in a name already
	for _, i := range s.caps {
		if i < next || i == 0 || s.toks[i].Kind != scan.Word || s.toks[i].Flags&scan.NewlineBefore != 0 {
			continue
		}
		end, ok := s.capsRun(i)
		if !ok {
			continue
		}
		if e, ok := s.capsName(i, end); ok {
			out = append(out, e)
			next = end
		}
	}
	if len(out) > n0 {
		slices.SortStableFunc(out, func(a, b pipeline.Entity) int { return a.Span.Start - b.Span.Start })
	}
	return out
}

// capsRun returns the end of the name in capitals at toks[i] and whether
// one is there: a cue before it and syllables after it up to a line's end
// or a word not in capitals.
func (s *state) capsRun(i int) (int, bool) {
	// Most words in capitals are acronyms alone ("UBND tỉnh"): the word
	// after settles them before any lexicon is asked.
	if j := i + 1; j >= len(s.toks) || s.toks[j].Flags&(scan.AllUpper|scan.NewlineBefore) != scan.AllUpper || s.toks[j].Kind != scan.Word {
		return 0, false
	}
	if s.match(dSurnames, i) == 0 || !s.capsCue(i) {
		return 0, false
	}
	end := i
	for end < len(s.toks) {
		t := &s.toks[end]
		if t.Kind != scan.Word || t.Flags&scan.AllUpper == 0 || end > i && t.Flags&scan.NewlineBefore != 0 {
			break
		}
		if !lex.VietSyllable(t.Lower) {
			return 0, false
		}
		end++
	}
	if n := end - i; n < 2 || n > 5 {
		return 0, false
	}
	// "Đồng chí NGUYỄN VĂN AN THĂM ...": more capitals after a number or
	// a mark go on a headline.
	if end < len(s.toks) && s.toks[end].Flags&scan.NewlineBefore == 0 && s.toks[end].Kind == scan.Word && s.toks[end].Flags&scan.Upper != 0 {
		return 0, false
	}
	return end, true
}

// capsCue reports whether a rank or a form of address in the usual case
// ends right before toks[i].
func (s *state) capsCue(i int) bool {
	p := &s.toks[i-1]
	if p.Kind != scan.Word || p.Flags&scan.AllUpper != 0 || i-1 > 0 && s.toks[i-2].Flags&scan.AllUpper != 0 && s.toks[i-2].Kind == scan.Word {
		return false
	}
	return s.endsAt(dRanks, i) > 0 || s.endsAt(dHonorifics, i) > 0
}

// capsName builds the person of the capitals in tokens [i, end).
func (s *state) capsName(i, end int) (pipeline.Entity, bool) {
	sm := s.match(dSurnames, i)
	if sm == 0 || sm >= end-i {
		return pipeline.Entity{}, false
	}
	parts := make([]string, 0, end-i)
	for k := i; k < end; k++ {
		parts = append(parts, usualCase(s.toks[k].Lower))
	}
	info := pipeline.PersonInfo{}
	info.Family, info.Middle, info.Given = lex.SplitNameN(parts, sm)
	start, stop := s.toks[i].Start, s.toks[end-1].End
	return pipeline.Entity{
		Kind:   pipeline.KindPerson,
		Span:   pipeline.Span{Start: start, End: stop},
		Text:   s.text[start:stop],
		Value:  strings.Join(parts, " "),
		Source: Name,
		Person: s.keep(info),
	}, true
}

// usualCase capitalizes the first letter of a lower-case syllable.
func usualCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
