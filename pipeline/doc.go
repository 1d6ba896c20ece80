// Package pipeline holds vnextract's document model and the machinery that
// runs extractors over a stream of articles: Span, Kind, Entity, Document,
// the Extractor interface, the Registry of extractor factories, and Run,
// which reads a Source, extracts with bounded concurrency and writes to a
// Sink in input order.
//
// Inside Go every offset is a half-open byte offset into Document.Text. The
// JSON record (schema vnextract/v1) speaks Unicode code points; NewRecord
// converts once, in one place.
package pipeline

import (
	"encoding"
	"fmt"
	"sync"

	"github.com/vnextract/vnextract/pipeline/normalize"
)

// Span is a half-open range [Start, End) of byte offsets into Document.Text.
type Span struct{ Start, End int }

// Of returns the text the span covers.
func (s Span) Of(text string) string { return text[s.Start:s.End] }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Kind says what an Entity is.
type Kind uint8

// The kinds of entity the built-in extractors report.
const (
	KindUnknown   Kind = iota
	KindPerson         // a person's name: "Tô Lâm"
	KindRank           // a police, military or naval rank: "Thượng tướng"
	KindTitle          // a position: "Bộ trưởng Bộ Công an"
	KindDate           // a date expression: "ngày 12-9-2017"
	KindAward          // an award: "Huân chương Lao động hạng Nhất"
	KindByline         // the article's author line
	KindHonorific      // a form of address or degree before a name: "đồng chí", "GS.TS"
	KindDecision       // a decision reference: "Quyết định số 1358/QĐ-CTN"
	kindCount
)

var kindNames = [...]string{
	KindUnknown:   "unknown",
	KindPerson:    "person",
	KindRank:      "rank",
	KindTitle:     "title",
	KindDate:      "date",
	KindAward:     "award",
	KindByline:    "byline",
	KindHonorific: "honorific",
	KindDecision:  "decision",
}

func (k Kind) String() string {
	if k < kindCount {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText makes JSON say "rank", not 2, so reordering the constants is safe.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= kindCount {
		return nil, fmt.Errorf("pipeline: unknown kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText is the inverse of MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("pipeline: unknown kind %q", b)
}

var (
	_ encoding.TextMarshaler   = Kind(0)
	_ encoding.TextUnmarshaler = (*Kind)(nil)
)

// Entity is one mention an extractor found. Kind-specific details live in
// the pointer field for that kind; the others are nil.
type Entity struct {
	Kind   Kind
	Span   Span
	Text   string // Span.Of(doc.Text)
	Value  string // canonical form: rank name, ISO date, role, award name, ...
	Source string // Name() of the extractor

	Person *PersonInfo `json:",omitempty"`
	Title  *TitleInfo  `json:",omitempty"`
	Date   *DateInfo   `json:",omitempty"`
	Award  *AwardInfo  `json:",omitempty"`
}

// PersonInfo splits a name mention. Given-name-only mentions ("ông Chung")
// have only Given set and Partial true.
type PersonInfo struct {
	Family, Middle, Given string
	Partial               bool     // only part of the name is written (given name, or family name of a foreigner)
	Foreign               bool     // a foreign name in Latin script or Sino-Vietnamese reading
	Honorifics            []string // "ông", "đồng chí", "GS.TS" written right before the name
}

// TitleInfo is a position: role and organization, abbreviations expanded.
type TitleInfo struct {
	Role         string // "Bí thư", "Phó Bí thư Thường trực", "Quyền Giám đốc"
	Organization string // "Đảng ủy Công an Trung ương"; "" when the text gives none
	Former       bool   // "nguyên ...", "cựu ..."
	Group        bool   // a group heading ("các Phó Thủ tướng:") that distributes over the names after it
}

// DateInfo is a resolved date expression.
type DateInfo struct {
	Grain    Grain
	Range    string // "", "start" or "end"
	Calendar string // "" (solar) or "lunar"
	Lunar    string // the lunar date as written, when Calendar is "lunar"
	Relative bool   // resolved against Document.Published
	Note     string // why a date could not be resolved ("day does not exist")
}

// AwardInfo describes an award mention.
type AwardInfo struct {
	Type  string // Huân chương, Huy chương, Kỷ niệm chương, Huy hiệu, Bằng khen, Giấy khen, Cờ thi đua, Danh hiệu, Giải thưởng, ...
	Class string // "hạng Nhất", "" when none
	Sport bool   // a sports medal, not a state award
}

// Grain is the precision of a date value.
type Grain uint8

// Date grains, finest first.
const (
	GrainUnknown Grain = iota
	GrainDay
	GrainMonth
	GrainQuarter
	GrainYear
	GrainDecade
	grainCount
)

var grainNames = [...]string{"", "day", "month", "quarter", "year", "decade"}

func (g Grain) String() string {
	if g < grainCount {
		return grainNames[g]
	}
	return fmt.Sprintf("grain(%d)", uint8(g))
}

// MarshalText writes the grain's name.
func (g Grain) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText is the inverse of MarshalText, so records read back.
func (g *Grain) UnmarshalText(b []byte) error {
	for i, n := range grainNames {
		if n == string(b) {
			*g = Grain(i)
			return nil
		}
	}
	return fmt.Errorf("pipeline: unknown grain %q", b)
}

// Document is one article as it moves through the pipeline. Text is the
// normalized text; every Span indexes it.
type Document struct {
	ID     string
	Source SourceRef
	Title  string
	URL    string
	// Published is the publication date from the input, as ISO 8601 (a day,
	// "2017-09-12"), or "" when unknown. It anchors relative dates.
	Published string

	Text          string
	Normalization Normalization
	Sentences     []Span
	Paragraphs    []Span

	Entities []Entity // sorted by span; appended by Extract
	Errors   []string // per-extractor, non-fatal

	// Filled by the linking step.
	Byline string
	People []Person
	Awards []Award

	// Err is set when the article could not be processed at all; the record
	// is then an error record.
	Err *Error

	memo sync.Map // per-document results shared by extractors; see Memo

	// entityBuf is the pooled slice Extract merged Entities into, handed
	// back by release.
	entityBuf *[]Entity

	// validText says Text is canonical without checking it again: it came
	// from package normalize, whose output is always valid UTF-8 with no
	// control character but '\n' and no U+2028 or U+2029.
	validText bool
}

// Memo returns the value stored under key, computing it with f the first
// time. Extractors use it to share work on one document, such as its
// tokenization, without global state: the memo lives and dies with the
// document. key should be a value of an unexported type of the calling
// package, as with context.Context values. Memo is safe for concurrent use;
// f may run more than once if two goroutines race, and one result wins.
func (d *Document) Memo(key any, f func() any) any {
	if v, ok := d.memo.Load(key); ok {
		return v
	}
	v, _ := d.memo.LoadOrStore(key, f())
	return v
}

// Releaser is implemented by memoized values (see Memo) that hold pooled
// resources. Processor.Process calls Release on each once the document's
// record is built and nothing can read the document any more; a caller that
// runs Extract itself keeps the document and never triggers it.
type Releaser interface{ Release() }

// release hands memoized resources back; doc must not be used after it.
func (d *Document) release() {
	d.memo.Range(func(_, v any) bool {
		if r, ok := v.(Releaser); ok {
			r.Release()
		}
		return true
	})
	if d.entityBuf != nil {
		releaseEntities(d.entityBuf)
		d.entityBuf = nil
	}
}

// SourceRef says where an article came from.
type SourceRef struct {
	URI  string `json:"uri"`
	Line int    `json:"line"` // 1-based line in a JSON Lines file; 0 for whole files
}

// Normalization reports what the normalizer did to the input.
type Normalization struct {
	Encoding string `json:"encoding"`
	Edits    Edits  `json:"edits"`
}

// Edits counts each kind of change the normalizer made.
type Edits = normalize.Edits

// Person is one person of an article, all mentions merged.
type Person struct {
	ID                    string
	Name                  string
	Family, Middle, Given string
	Rank                  string
	Honorifics            []string
	Titles                []Title
	Mentions              []Span
}

// Title is one position given to a person.
type Title struct {
	Span         Span
	Role         string
	Organization string
	Former       bool
}

// Award is one award event, all its mentions merged.
type Award struct {
	ID          string
	Name        string
	Type        string
	Class       string
	Date        string
	Decision    string
	Posthumous  bool
	DecidedBy   string
	PresentedBy []string // person ids
	Recipients  []Recipient
	Count       *RecipientCount // "5 tập thể và 10 cá nhân", when stated
	Sport       bool
	Mentions    []Span
}

// Recipient is a person (by id and name) or an organization.
type Recipient struct {
	Person       string // person id, "" for organizations
	Name         string
	Organization string
	Titles       []string // positions the award list gives the recipient
}

// RecipientCount keeps counts stated without names.
type RecipientCount struct {
	Collectives int `json:"collectives,omitempty"`
	Individuals int `json:"individuals,omitempty"`
}
