package pipeline

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/vnextract/vnextract/internal/swar"
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

	// validText is Text when NewRecord knew it to be canonical text from
	// package normalize (see Document.validText): valid UTF-8 with no
	// control character but '\n', so that AppendJSON need not check it.
	// AppendJSON compares the two: a Text set since is checked (the
	// comparison of one string with itself stops at the pointers).
	validText string
	// canon holds the texts of titles, mentions and dates that NewRecord
	// cut from validText at code-point boundaries, so canonical text too,
	// in the order AppendJSON writes them (see spanWriter).
	canon []string
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
	// One allocation holds the record, its normalization and its optional
	// strings.
	blk := &recordBlock{}
	rec := &blk.rec
	*rec = Record{
		Schema:    SchemaVersion,
		ID:        doc.ID,
		Source:    doc.Source,
		Status:    "ok",
		Title:     blk.optional(0, doc.Title),
		URL:       blk.optional(1, doc.URL),
		Published: blk.optional(2, doc.Published),
		People:    []RecordPerson{},
		Dates:     []RecordDate{},
		Awards:    []RecordAward{},
	}
	if doc.Err != nil {
		rec.Status = "error"
		rec.Error = doc.Err
		return rec
	}
	rec.Byline = blk.optional(3, doc.Byline)
	rec.Text = doc.Text
	if doc.validText {
		rec.validText = doc.Text
	}
	blk.norm = doc.Normalization
	rec.Normalization = &blk.norm
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
	// The ranks of people and the optional strings of awards share one
	// array too: one allocation each was a sixth of what a run allocated.
	//
	// The texts of spans cut from canonical text, rec.canon, follow them
	// in the same array.
	nOpts := len(doc.People) + 4*len(doc.Awards)
	var strs []string
	if doc.validText {
		strs = make([]string, nOpts, nOpts+nt+nm+nd)
	} else {
		strs = make([]string, nOpts)
	}
	opts, canon := strs[:0:nOpts], strs[nOpts:]
	// cut returns s.Of(doc.Text), which it adds to canon when s starts and
	// ends at code points of canonical text.
	cut := func(s Span) string {
		text := s.Of(doc.Text)
		if doc.validText && runeBoundary(doc.Text, s.Start) && runeBoundary(doc.Text, s.End) {
			canon = append(canon, text)
		}
		return text
	}
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		opts = append(opts, s) // never grows: a pointer taken stays valid anyway
		return &opts[len(opts)-1]
	}
	span := func(s Span) RecordSpan {
		// (calls in an expression run left to right: Start is taken first)
		return RecordSpan{Start: cp.take(s.Start), End: cp.take(s.End), Text: cut(s)}
	}
	for _, p := range doc.People {
		rp := RecordPerson{
			ID: p.ID, Name: p.Name, FamilyName: p.Family, MiddleName: p.Middle, GivenName: p.Given,
			Rank: opt(p.Rank), Honorifics: nonNil(p.Honorifics),
		}
		t0 := len(titles)
		for _, t := range p.Titles {
			titles = append(titles, RecordTitle{
				Text: cut(t.Span), Role: t.Role, Organization: t.Organization,
				Former: t.Former, Start: cp.take(t.Span.Start), End: cp.take(t.Span.End),
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
		if sp := e.Span; doc.validText && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(doc.Text) &&
			e.Text == sp.Of(doc.Text) && runeBoundary(doc.Text, sp.Start) && runeBoundary(doc.Text, sp.End) {
			canon = append(canon, e.Text) // the text of the date's span, as it mostly is
		}
		rec.Dates = append(rec.Dates, RecordDate{
			Text: e.Text, Value: e.Value, Grain: e.Date.Grain,
			Start: cp.take(e.Span.Start), End: cp.take(e.Span.End),
			Range: e.Date.Range, Calendar: e.Date.Calendar, Lunar: e.Date.Lunar,
			Relative: e.Date.Relative, Note: e.Date.Note,
		})
	}
	for _, a := range doc.Awards {
		ra := RecordAward{
			ID: a.ID, Name: a.Name, Type: a.Type, Class: opt(a.Class), Date: opt(a.Date),
			Decision: opt(a.Decision), Posthumous: a.Posthumous, DecidedBy: opt(a.DecidedBy),
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
	rec.canon = canon
	return rec
}

// runeBoundary reports whether a code point of text, or its end, starts
// at i, an offset of text.
func runeBoundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// recordBlock is the memory of a record and of what its pointers point to.
type recordBlock struct {
	rec  Record
	norm Normalization
	strs [4]string
}

// optional returns nil for "" and otherwise a pointer to s, stored in
// b's slot i.
func (b *recordBlock) optional(i int, s string) *string {
	if s == "" {
		return nil
	}
	b.strs[i] = s
	return &b.strs[i]
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// codePoints converts byte offsets of one text to code-point offsets.
//
// Canonical text (see Document.validText) is valid UTF-8, where the runes
// before an offset are the bytes before it that are not continuation
// bytes: take counts them from a table of the runes before each block of
// cpBlock bytes, which it fills as far as the offsets asked for reach,
// plus the bytes of the offset's own block, eight at a time. Each offset
// costs a few words whatever the order of the requests, and no sort.
//
// Other text is counted as utf8.RuneCountInString counts invalid bytes:
// newCodePoints collects every offset the record needs, in the order
// NewRecord asks for them, and counts runes in one sweep over them sorted;
// NewRecord then takes the answers in turn.
type codePoints struct {
	ascii  bool
	text   string // canonical text, counted by blocks; "" otherwise
	blocks []int  // blocks[k] is the number of runes in text[:k*cpBlock]

	keys  []uint64 // offset<<32 | request number, sorted
	runes []int    // runes[k] answers the k-th request
	next  int      // the next request
}

// cpBlock is the size of codePoints' blocks, a power of two: a table entry
// for each 64 bytes costs an eighth of the text and leaves at most seven
// words to count for an offset.
const (
	cpBlockShift = 6
	cpBlock      = 1 << cpBlockShift
)

// codePointsPool keeps the offset buffers of codePoints across records.
var codePointsPool = sync.Pool{New: func() any { return new(codePoints) }}

func newCodePoints(doc *Document) *codePoints {
	c := codePointsPool.Get().(*codePoints)
	c.ascii = isASCII(doc.Text)
	c.text = ""
	c.next = 0
	if c.ascii {
		return c
	}
	if doc.validText {
		c.text = doc.Text
		c.blocks = append(c.blocks[:0], 0)
		return c
	}
	keys := c.keys[:0]
	add := func(s Span) {
		k := uint64(len(keys))
		keys = append(keys, uint64(s.Start)<<32|k, uint64(s.End)<<32|(k+1))
	}
	// The order of NewRecord's calls of take.
	for i := range doc.People {
		p := &doc.People[i]
		for _, t := range p.Titles {
			add(t.Span)
		}
		for _, m := range p.Mentions {
			add(m)
		}
	}
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Kind == KindDate && e.Date != nil {
			add(e.Span)
		}
	}
	for i := range doc.Awards {
		for _, m := range doc.Awards[i].Mentions {
			add(m)
		}
	}
	slices.Sort(keys)
	c.keys = keys
	c.runes = slices.Grow(c.runes[:0], len(keys))[:len(keys)]
	b, r := 0, 0
	for _, k := range keys {
		if o := int(k >> 32); o != b {
			r += utf8.RuneCountInString(doc.Text[b:o])
			b = o
		}
		c.runes[uint32(k)] = r
	}
	return c
}

// release puts c back in codePointsPool; c must not be used after it.
func (c *codePoints) release() {
	if cap(c.keys) > 1<<16 || cap(c.blocks) > 1<<16 { // an outlier's buffers are not kept
		return
	}
	c.text = ""
	codePointsPool.Put(c)
}

// take returns the code-point offset of b, the byte offset of the next
// request in newCodePoints' order.
func (c *codePoints) take(b int) int {
	if c.ascii {
		return b
	}
	if c.text != "" {
		return c.runesBefore(b)
	}
	r := c.runes[c.next]
	c.next++
	return r
}

// runesBefore counts the runes of c.text[:b], 0 <= b <= len(c.text).
func (c *codePoints) runesBefore(b int) int {
	k := b >> cpBlockShift
	if k >= len(c.blocks) {
		c.fill(k)
	}
	i := k << cpBlockShift
	n := c.blocks[k] + b - i
	if i == b {
		return n
	}
	// The words of the offset's block, then the one that ends at b,
	// shifted so that only what is left is counted: b > i >= 0 here, and
	// b >= 8 unless the text is that short.
	text := c.text
	h := runeConsts.high
	acc := uint64(0) // continuation bytes by lane, at most 8 in each
	for ; b-i >= 8; i += 8 {
		x := swar.Load64(text, i)
		acc += (x &^ (x << 1) & h) >> 7
	}
	if i < b {
		if b < 8 {
			for ; i < b; i++ {
				if text[i]&0xC0 == 0x80 {
					n--
				}
			}
			return n
		}
		x := swar.Load64(text, b-8) >> (8 * (8 - (b - i)))
		acc += (x &^ (x << 1) & h) >> 7
	}
	return n - int(acc*swar.Low>>56)
}

// fill extends c.blocks to hold blocks[k]; the blocks before k lie in the
// text.
func (c *codePoints) fill(k int) {
	bl := c.blocks
	text := c.text
	h := runeConsts.high
	for i := (len(bl) - 1) << cpBlockShift; len(bl) <= k; i += cpBlock {
		s := text[i : i+cpBlock]
		// Each byte lane of acc counts the continuation bytes in its
		// lane of the eight words, at most 8.
		acc := (swar.Load64(s, 0)&^(swar.Load64(s, 0)<<1)&h)>>7 +
			(swar.Load64(s, 8)&^(swar.Load64(s, 8)<<1)&h)>>7 +
			(swar.Load64(s, 16)&^(swar.Load64(s, 16)<<1)&h)>>7 +
			(swar.Load64(s, 24)&^(swar.Load64(s, 24)<<1)&h)>>7 +
			(swar.Load64(s, 32)&^(swar.Load64(s, 32)<<1)&h)>>7 +
			(swar.Load64(s, 40)&^(swar.Load64(s, 40)<<1)&h)>>7 +
			(swar.Load64(s, 48)&^(swar.Load64(s, 48)<<1)&h)>>7 +
			(swar.Load64(s, 56)&^(swar.Load64(s, 56)<<1)&h)>>7
		// The sum of the lanes, at most 64, lands in the top byte.
		bl = append(bl, bl[len(bl)-1]+cpBlock-int(acc*swar.Low>>56))
	}
	c.blocks = bl
}

// runeConsts holds codePoints' mask in a variable, which the
// compiler keeps in a register rather than loading it again as a constant
// in each round.
var runeConsts = struct{ high uint64 }{swar.High}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
