package pipeline

import (
	"encoding/binary"
	"slices"
	"sync"
	"unicode/utf8"
)

// SchemaVersion names the record format of SCHEMA.md.
const SchemaVersion = "vnextract/v1"

// Record is the JSON form of one article (schema vnextract/v1). Field order
// is the wire order. All offsets are Unicode code points into Text.
type Record struct {
	Schema        string         `json:"schema"`
	ID            string         `json:"id"`
	Source        SourceRef      `json:"source"`
	Status        string         `json:"status"`
	Error         *Error         `json:"error"`
	Title         *string        `json:"title"`
	URL           *string        `json:"url"`
	Published     *string        `json:"published"`
	Byline        *string        `json:"byline"`
	Text          string         `json:"text"`
	Normalization *Normalization `json:"normalization"`
	People        []RecordPerson `json:"people"`
	Dates         []RecordDate   `json:"dates"`
	Awards        []RecordAward  `json:"awards"`
	Warnings      []string       `json:"warnings,omitempty"`

	// validText is Text when NewRecord knew it to be valid UTF-8 (see
	// Document.validText), so that AppendJSON need not check it again.
	// AppendJSON compares the two: a Text set since is checked (the
	// comparison of one string with itself stops at the pointers).
	validText string
}

// RecordSpan is a span in code points with the text it covers.
type RecordSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// RecordPerson is a person of the record.
type RecordPerson struct {
	ID         string        `json:"id"`
	Name       string        `json:"name"`
	FamilyName string        `json:"family_name"`
	MiddleName string        `json:"middle_name"`
	GivenName  string        `json:"given_name"`
	Rank       *string       `json:"rank"`
	Honorifics []string      `json:"honorifics"`
	Titles     []RecordTitle `json:"titles"`
	Mentions   []RecordSpan  `json:"mentions"`
}

// RecordTitle is a position of a person.
type RecordTitle struct {
	Text         string `json:"text"`
	Role         string `json:"role"`
	Organization string `json:"organization"`
	Former       bool   `json:"former"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
}

// RecordDate is one date expression.
type RecordDate struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Grain    Grain  `json:"grain"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Range    string `json:"range,omitempty"`
	Calendar string `json:"calendar,omitempty"`
	Lunar    string `json:"lunar,omitempty"`
	Relative bool   `json:"relative,omitempty"`
	Note     string `json:"note,omitempty"`
}

// RecordAward is one award event.
type RecordAward struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Type        string            `json:"type"`
	Class       *string           `json:"class"`
	Date        *string           `json:"date"`
	Decision    *string           `json:"decision"`
	Posthumous  bool              `json:"posthumous"`
	DecidedBy   *string           `json:"decided_by"`
	PresentedBy []string          `json:"presented_by"`
	Recipients  []RecordRecipient `json:"recipients"`
	Count       *RecipientCount   `json:"count,omitempty"`
	Sport       bool              `json:"sport,omitempty"`
	Mentions    []RecordSpan      `json:"mentions"`
}

// RecordRecipient is a person (with id) or an organization.
type RecordRecipient struct {
	Person       string   `json:"person,omitempty"`
	Name         string   `json:"name,omitempty"`
	Organization string   `json:"organization,omitempty"`
	Titles       []string `json:"titles,omitempty"`
}

// NewRecord builds the JSON record of doc, converting byte offsets to code
// points.
func NewRecord(doc *Document) *Record {
	rec := &Record{
		Schema:    SchemaVersion,
		ID:        doc.ID,
		Source:    doc.Source,
		Status:    "ok",
		Title:     optional(doc.Title),
		URL:       optional(doc.URL),
		Published: optional(doc.Published),
		People:    []RecordPerson{},
		Dates:     []RecordDate{},
		Awards:    []RecordAward{},
	}
	if doc.Err != nil {
		rec.Status = "error"
		rec.Error = doc.Err
		return rec
	}
	rec.Byline = optional(doc.Byline)
	rec.Text = doc.Text
	if doc.validText {
		rec.validText = doc.Text
	}
	norm := doc.Normalization
	rec.Normalization = &norm
	rec.Warnings = doc.Errors

	cp := newCodePoints(doc)
	defer cp.release()
	// Sized up front: growing these slices was most of what this function
	// allocated. The titles, mentions and recipients of all people and
	// awards share one array each, cut with a full slice expression so
	// that an append to one never writes over the next.
	rec.People = make([]RecordPerson, 0, len(doc.People))
	nd := 0
	for i := range doc.Entities {
		if doc.Entities[i].Kind == KindDate && doc.Entities[i].Date != nil {
			nd++
		}
	}
	rec.Dates = make([]RecordDate, 0, nd)
	rec.Awards = make([]RecordAward, 0, len(doc.Awards))
	nt, nm, nr := 0, 0, 0
	for i := range doc.People {
		nt += len(doc.People[i].Titles)
		nm += len(doc.People[i].Mentions)
	}
	for i := range doc.Awards {
		nm += len(doc.Awards[i].Mentions)
		nr += len(doc.Awards[i].Recipients)
	}
	titles := make([]RecordTitle, 0, nt)
	mentions := make([]RecordSpan, 0, nm)
	recipients := make([]RecordRecipient, 0, nr)
	span := func(s Span) RecordSpan {
		return RecordSpan{Start: cp.at(s.Start), End: cp.at(s.End), Text: s.Of(doc.Text)}
	}
	for _, p := range doc.People {
		rp := RecordPerson{
			ID: p.ID, Name: p.Name, FamilyName: p.Family, MiddleName: p.Middle, GivenName: p.Given,
			Rank: optional(p.Rank), Honorifics: nonNil(p.Honorifics),
		}
		t0 := len(titles)
		for _, t := range p.Titles {
			titles = append(titles, RecordTitle{
				Text: t.Span.Of(doc.Text), Role: t.Role, Organization: t.Organization,
				Former: t.Former, Start: cp.at(t.Span.Start), End: cp.at(t.Span.End),
			})
		}
		rp.Titles = titles[t0:len(titles):len(titles)]
		m0 := len(mentions)
		for _, m := range p.Mentions {
			mentions = append(mentions, span(m))
		}
		rp.Mentions = mentions[m0:len(mentions):len(mentions)]
		rec.People = append(rec.People, rp)
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Kind != KindDate || e.Date == nil {
			continue
		}
		rec.Dates = append(rec.Dates, RecordDate{
			Text: e.Text, Value: e.Value, Grain: e.Date.Grain,
			Start: cp.at(e.Span.Start), End: cp.at(e.Span.End),
			Range: e.Date.Range, Calendar: e.Date.Calendar, Lunar: e.Date.Lunar,
			Relative: e.Date.Relative, Note: e.Date.Note,
		})
	}
	for _, a := range doc.Awards {
		ra := RecordAward{
			ID: a.ID, Name: a.Name, Type: a.Type, Class: optional(a.Class), Date: optional(a.Date),
			Decision: optional(a.Decision), Posthumous: a.Posthumous, DecidedBy: optional(a.DecidedBy),
			PresentedBy: nonNil(a.PresentedBy), Count: a.Count, Sport: a.Sport,
		}
		r0 := len(recipients)
		for _, r := range a.Recipients {
			recipients = append(recipients, RecordRecipient(r))
		}
		ra.Recipients = recipients[r0:len(recipients):len(recipients)]
		m0 := len(mentions)
		for _, m := range a.Mentions {
			mentions = append(mentions, span(m))
		}
		ra.Mentions = mentions[m0:len(mentions):len(mentions)]
		rec.Awards = append(rec.Awards, ra)
	}
	return rec
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// codePoints converts byte offsets of one text to code-point offsets. It
// collects every offset the record needs and counts runes in one sweep, so
// a record costs O(len(text) + spans·log spans) whatever its number of spans.
type codePoints struct {
	ascii bool
	bytes []int // sorted, distinct byte offsets
	runes []int // runes[i] is the code-point offset of bytes[i]
}

// codePointsPool keeps the offset buffers of codePoints across records.
var codePointsPool = sync.Pool{New: func() any { return new(codePoints) }}

func newCodePoints(doc *Document) *codePoints {
	c := codePointsPool.Get().(*codePoints)
	c.ascii = isASCII(doc.Text)
	if c.ascii {
		return c
	}
	offs := c.bytes[:0]
	add := func(s Span) { offs = append(offs, s.Start, s.End) }
	for _, p := range doc.People {
		for _, t := range p.Titles {
			add(t.Span)
		}
		for _, m := range p.Mentions {
			add(m)
		}
	}
	for _, e := range doc.Entities {
		if e.Kind == KindDate {
			add(e.Span)
		}
	}
	for _, a := range doc.Awards {
		for _, m := range a.Mentions {
			add(m)
		}
	}
	slices.Sort(offs)
	c.bytes = slices.Compact(offs)
	c.runes = slices.Grow(c.runes[:0], len(c.bytes))[:len(c.bytes)]
	count := utf8.RuneCountInString
	if doc.validText {
		count = countValidRunes
	}
	b, r := 0, 0
	for i, o := range c.bytes {
		r += count(doc.Text[b:o])
		b = o
		c.runes[i] = r
	}
	return c
}

// release puts c back in codePointsPool; c must not be used after it.
func (c *codePoints) release() {
	if cap(c.bytes) > 1<<16 { // an outlier's buffers are not kept
		return
	}
	codePointsPool.Put(c)
}

func (c *codePoints) at(b int) int {
	if c.ascii {
		return b
	}
	i, _ := slices.BinarySearch(c.bytes, b)
	return c.runes[i]
}

// countValidRunes is utf8.RuneCountInString for valid UTF-8, eight bytes
// at a time: it counts the bytes that are not continuation bytes
// (10xxxxxx). utf8.RuneCountInString decodes every rune of Vietnamese
// text, which made code points a thirtieth of a run's CPU.
func countValidRunes(s string) int {
	const hi = 0x8080808080808080
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// The conversion does not allocate: the compiler loads the eight
		// bytes as one word.
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		// Bit 7 of a byte stays set when its bit 7 is 1 and bit 6 is 0;
		// the shift moves no bit across into another byte's bit 7. The
		// multiplication sums the eight 0/1 bytes into the top byte.
		n -= int(((x &^ (x << 1) & hi) >> 7) * 0x0101010101010101 >> 56)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
