// Package date finds date expressions in Vietnamese news text and resolves
// them to ISO 8601: "ngày 12-9-2017" is 2017-09-12, "tháng 9/2017" 2017-09,
// "quý I/2017" 2017-Q1, "thập niên 1990" 199X, a day or month whose year is
// unknown XXXX-09-12 or XXXX-09.
//
// It reads numeric dates (12/9/2017, 12.9.2017, 2017-09-12, 6.1994), spelled
// ones ("ngày 12 tháng 9 năm 2017", "cuối năm 2016"), dates after a part of
// the day or a weekday ("Chiều 9/5", "thứ Hai (12/9)"), ranges and lists
// ("20 - 22/6", "nhiệm kỳ 2015-2020", "ngày 12 và 13/5": one entity per end,
// marked "start" and "end" for a range), lunar dates ("mùng 1 Tết", "rằm
// tháng Giêng", "15/7 âm lịch", converted with the Vietnamese calendar, UTC+7)
// and relative ones ("hôm qua", "năm ngoái", "3 ngày trước", reported only
// when Document.Published anchors them). Document.Published also supplies a
// missing year: the publication year, or the year before when the date would
// otherwise lie more than 60 days after publication (unless announced as
// ahead: "tới", "sẽ").
//
// Numbers that are not dates are left alone: document numbers ("số
// 1358/QĐ-CTN"), ratios and scores ("tỷ lệ 1/3", "thắng 2-1"), plates,
// phone numbers, amounts ("1.300"), durations ("3 năm"), clock times.
//
// Lunar dates keep their lunar form in DateInfo.Lunar as "YYYY-MM-DD" in
// lunar numbers ("2017-01-15" for rằm tháng Giêng 2017; the year is the
// solar year of that lunar year's Tết; "L" after a leap month; "XXXX" for an
// unknown year) and are converted with Hồ Ngọc Đức's algorithm in UTC+7,
// which gives Vietnam's Tết where it differs from China's (1985, 2007). A
// lunar month ("tháng Giêng") has the solar month of its first day. A lunar
// year may be named by its stem and branch ("mùng 6 tháng Giêng năm Ất
// Tỵ"): the year of that name nearest to publication. A lunar date with no
// written year is placed in the lunar year that puts it nearest to
// publication; without a publication date, in the year of the nearest
// dated expression of its paragraph ("Tết Ất Tỵ rơi vào ngày 29/1/2025
// (tức mùng 1 Tết)").
//
// A day that does not exist ("ngày 31/2") is reported at month grain with a
// Note saying so, never as a wrong day; a lunar date with no year to place
// it (no publication date, no dated paragraph) has value "XXXX" and a Note.
//
// Without a publication date, a day written without a year takes the year
// the article writes in full for the same day elsewhere ("ngày 30/6" beside
// "ngày 30-6-2017"), else stays XXXX.
//
// Extract tokenizes only windows of text around digits and a few key words
// (hot.go); the grammar is a hand-written scanner over those tokens (lex.go,
// parse.go), its words in embedded lexicons (lexicon/*.txt).
package date

import (
	"context"
	"encoding/json"

	"github.com/vnextract/vnextract/pipeline"
)

// Name is the extractor's registry name.
const Name = "date"

// Config configures the extractor; the zero value is the default.
type Config struct {
	// MinYear and MaxYear bound the years read from a bare number with no
	// "năm" before it ("từ 1999 đến 2009"); 0 means 1900 and 2100.
	MinYear int `json:"min_year,omitempty"`
	MaxYear int `json:"max_year,omitempty"`
}

func (c Config) minYear() int {
	if c.MinYear == 0 {
		return 1900
	}
	return c.MinYear
}

func (c Config) maxYear() int {
	if c.MaxYear == 0 {
		return 2100
	}
	return c.MaxYear
}

// Extractor finds date mentions. It is safe for concurrent use.
type Extractor struct{ cfg Config }

// New returns an Extractor for cfg.
func New(cfg Config) (*Extractor, error) { return &Extractor{cfg: cfg}, nil }

// Factory builds an Extractor from JSON configuration (empty for defaults).
func Factory(raw json.RawMessage) (pipeline.Extractor, error) {
	return pipeline.FactoryOf(New)(raw)
}

// Name returns Name.
func (x *Extractor) Name() string { return Name }

// Extract returns the date expressions of doc as KindDate entities in text
// order, each with Value (ISO 8601) and Date set. It returns only ctx's error.
func (x *Extractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	a := parseAnchor(doc.Published)
	// Only the text around a digit or a few key words can hold a date: the
	// rest is never tokenized.
	return x.extract(ctx, doc.Text, a, hotWindows(doc.Text, a.ok))
}

// extract parses the windows ws of text.
func (x *Extractor) extract(ctx context.Context, text string, a anchor, ws []window) ([]pipeline.Entity, error) {
	p := parser{text: text, anchor: a, cfg: x.cfg}
	size := 0
	for _, w := range ws {
		size = max(size, w.to-w.from)
	}
	p.toks = make([]token, 0, size/4+1) // Vietnamese syllables are short
	for _, w := range ws {
		if err := ctx.Err(); err != nil {
			return p.out, err
		}
		p.toks = tokenize(p.toks[:0], text, w.from, w.to)
		p.lowCache = [len(p.lowCache)]lowEntry{} // token indices start again
		p.leadCache = leadEntry{}
		for i := 0; i < len(p.toks); {
			if t := &p.toks[i]; t.kind == tokPunct || t.kind == tokWord && !starter(text, t) {
				i++
				continue
			}
			if n := p.expr(i); n > i {
				i = n
			} else {
				i++
			}
		}
	}
	if !p.anchor.ok {
		yearsFromSameDate(p.out)
		p.yearsForLunar()
		// A lunar date placed gives its solar day's year to that day
		// written beside it: "Sáng 22/2 (tức mùng 6 tháng Giêng năm Bính Ngọ)".
		yearsFromSameDate(p.out)
	}
	return p.out, nil
}

// yearsFromSameDate gives a day or month written without a year the year
// that the article writes in full for the same day or month elsewhere
// ("ngày 30/6" beside "trước ngày 30-6-2017"), as a reader would. Of several
// such years it takes the latest: a news report's dates without a year are
// about its present ("Sáng 6/7" in a piece on the anniversary 6/7/1967 -
// 6/7/2017). It is used only without a publication date.
func yearsFromSameDate(es []pipeline.Entity) {
	years := map[string]string{} // "-06-30" -> "2017"
	for _, e := range es {
		v := e.Value
		if len(v) < 7 || v[:4] == "XXXX" || v[5] == 'Q' {
			continue
		}
		if y, ok := years[v[4:]]; !ok || v[:4] > y {
			years[v[4:]] = v[:4]
		}
	}
	for k := range es {
		v := es[k].Value
		if len(v) < 7 || v[:4] != "XXXX" || es[k].Date.Calendar != "" {
			continue
		}
		if y := years[v[4:]]; y != "" {
			es[k].Value = y + v[4:]
		}
	}
}

// parser holds the state of one Extract call.
type parser struct {
	text   string
	toks   []token
	anchor anchor
	cfg    Config
	out    []pipeline.Entity

	// Scratch space reused between expressions.
	partsBuf  []numPart
	lowCache  [16]lowEntry
	leadCache leadEntry
	itemsBuf  []item
	connBuf   []int
	lunarLeft []pendingLunar // lunar dates without a year, for yearsForLunar
}
