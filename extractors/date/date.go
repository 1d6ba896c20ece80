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
// A bare year counts where a date is expected: after a lead-in word ("từ
// 1999"), an event's acronym ("APEC 2027") or the name of a contest, prize,
// fair or festival ("Giải Vô địch điền kinh quốc gia 2025", events.txt).
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
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/vnextract/vnextract/extractors/internal/scan"
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
	p := parsers.Get().(*parser)
	// Only the text around a digit or a few key words can hold a date: the
	// rest is never tokenized. The document's shared tokens, which the
	// other extractors have computed already, find the key words.
	p.windows, p.keyWins = hotWindowsScan(p.windows[:0], doc.Text, scan.Document(doc), a.ok, p.keyWins)
	out, err := p.run(ctx, x.cfg, doc.Text, a, p.windows)
	p.text, p.out, p.infos = "", nil, nil // the pool must not keep the document alive
	parsers.Put(p)
	return out, err
}

// nextStart returns the index of the first token of toks from i on that
// may begin an expression, a number or a starter word, or len(toks), and
// the starter's number, -1 for a number. Most tokens are words that start
// nothing: the loop, a function of its own with few values, turns them
// away with no call.
func nextStart(text string, toks []token, i int) (int, int) {
	for ; i < len(toks); i++ {
		switch t := &toks[i]; t.kind {
		case tokNum:
			return i, -1
		case tokWord:
			if mayStart(text, t) {
				if n := starter(text, t); n >= 0 {
					return i, n
				}
			}
		}
	}
	return len(toks), -1
}

// parsers keeps parsers between Extract calls, with the buffers they have
// grown: tokens, windows and the expressions' scratch space.
var parsers = sync.Pool{New: func() any { return new(parser) }}

// extract parses the windows ws of text.
func (x *Extractor) extract(ctx context.Context, text string, a anchor, ws []window) ([]pipeline.Entity, error) {
	return new(parser).run(ctx, x.cfg, text, a, ws)
}

// run parses the windows ws of text with a parser that may have served
// before: all its state but its buffers starts again.
func (p *parser) run(ctx context.Context, cfg Config, text string, a anchor, ws []window) ([]pipeline.Entity, error) {
	*p = parser{text: text, anchor: a, cfg: cfg, toks: p.toks[:0], windows: p.windows, keyWins: p.keyWins, lunarLeft: p.lunarLeft[:0]}
	p.guessed = p.guessBuf[:0]
	size := 0
	for _, w := range ws {
		size = max(size, w.to-w.from)
	}
	if cap(p.toks) < size/4+1 {
		p.toks = make([]token, 0, size/4+1) // Vietnamese syllables are short
	}
	for _, w := range ws {
		if err := ctx.Err(); err != nil {
			return p.out, err
		}
		p.toks = tokenize(p.toks[:0], text, w.from, w.to)
		p.lowCache = [len(p.lowCache)]lowEntry{} // token indices start again
		p.leadCache = leadEntry{}
		for i, s := nextStart(text, p.toks, 0); i < len(p.toks); i, s = nextStart(text, p.toks, i) {
			if s >= 0 && !p.starterFits(i, s) {
				i++ // "Trung" of "Trung ương", not of "trung tuần"
				continue
			}
			if n := p.expr(i); n > i {
				i = n
			} else {
				i++
			}
		}
	}
	p.yearsFromNextDay()
	if !p.anchor.ok {
		var buf [16]int
		written := writtenDays(buf[:0], p.out)
		yearsFromSameDate(p.out)
		p.yearsForLunar()
		// A lunar date placed gives its solar day's year to that day
		// written beside it: "Sáng 22/2 (tức mùng 6 tháng Giêng năm Bính Ngọ)".
		yearsFromSameDate(p.out)
		yearsFromFullDays(text, p.out, written)
		yearsForQuarters(text, p.out)
	}
	return p.out, nil
}

// yearsForQuarters gives a quarter written without a year ("quý II") the
// year of the article's first quarter written with one, else of the
// nearest dated expression of its paragraph, the one before it first: a
// report states its year once ("Năm 2025, ... quý I ...; quý II ...").
// It is used only without a publication date.
func yearsForQuarters(text string, es []pipeline.Entity) {
	for k := range es {
		v := es[k].Value
		if len(v) != 7 || v[:4] != "XXXX" || v[5] != 'Q' {
			continue
		}
		if j := firstQuarterYear(es); j >= 0 {
			es[k].Value = quarterYear(es[j].Value, j > k && es[j].Value[6] < v[6]) + v[4:]
		} else if y := paragraphYear(text, es, k, -1); y != "" {
			es[k].Value = y + v[4:]
		} else if y := paragraphYear(text, es, k, 1); y != "" {
			es[k].Value = y + v[4:]
		}
	}
}

// firstQuarterYear returns the index of the first quarter written with
// a year ("quý II/2025"), or -1: a report's period, which its other
// quarters share.
func firstQuarterYear(es []pipeline.Entity) int {
	for j, e := range es {
		if v := e.Value; len(v) == 7 && v[5] == 'Q' && digits(v[:4]) {
			return j
		}
	}
	return -1
}

// quarterYear returns the year of the dated quarter v, or the year before
// it for a bare quarter written earlier with a higher number: "quý IV
// tăng 3,1%, trong quý I/2026" is the last quarter of 2025.
func quarterYear(v string, before bool) string {
	if !before {
		return v[:4]
	}
	y, _ := strconv.Atoi(v[:4])
	return strconv.Itoa(y - 1)
}

// paragraphYear returns the year of the nearest entity of es from es[k]
// in direction step whose value has one, within es[k]'s paragraph.
func paragraphYear(text string, es []pipeline.Entity, k, step int) string {
	for j := k + step; j >= 0 && j < len(es); j += step {
		lo, hi := es[j].Span.End, es[k].Span.Start
		if step > 0 {
			lo, hi = es[k].Span.End, es[j].Span.Start
		}
		if lo > hi || strings.IndexByte(text[lo:hi], '\n') >= 0 {
			return ""
		}
		if v := es[j].Value; len(v) >= 4 && digits(v[:4]) && es[j].Date != nil && es[j].Date.Calendar == "" {
			return v[:4]
		}
	}
	return ""
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

// writtenDays appends to w the indices of the solar days of es written
// with their year ("Ngày 3-9-2025"), before any year is lent to the
// others; none when no day lacks its year.
func writtenDays(w []int, es []pipeline.Entity) []int {
	k := 0
	for k < len(es) && !bareDay(&es[k]) {
		k++
	}
	if k == len(es) {
		return w
	}
	for k := range es {
		if fullDay(&es[k]) {
			w = append(w, k)
		}
	}
	return w
}

// bareDay reports whether e is a solar day without its year.
func bareDay(e *pipeline.Entity) bool {
	v := e.Value
	return len(v) == 10 && v[:4] == "XXXX" && e.Date != nil && e.Date.Calendar == ""
}

// fullDay reports whether e is a solar day with its year.
func fullDay(e *pipeline.Entity) bool {
	v := e.Value
	return len(v) == 10 && digits(v[:4]) && e.Date != nil && e.Date.Calendar == "" && e.Date.Grain == pipeline.GrainDay
}

// yearsFromFullDays gives a day still written without a year ("đêm 30/8")
// the year of a day written in full in its sentence, else of the day the
// article opens with: a report without a publication date states its
// year once ("Ngày 3-9-2025, ... Sáng 14-10, ..."). A day in brackets is
// an aside, and a full day later in the article or in a range may be
// history ("19/8/1945", "(20/11/1982 - 20/11/2025)"): neither places the
// others. written lists the days written in full
// (writtenDays). It is used only without a publication date.
func yearsFromFullDays(text string, es []pipeline.Entity, written []int) {
	if len(written) == 0 {
		return
	}
	for k := range es {
		v := es[k].Value
		if !bareDay(&es[k]) {
			continue
		}
		y := ""
		if written[0] == 0 && es[0].Date.Range == "" {
			y = es[0].Value[:4]
		}
		// Only the nearest full day on each side can share its sentence.
		i, _ := slices.BinarySearch(written, k)
		if i > 0 && sameSentence(text, es[written[i-1]].Span, es[k].Span) {
			y = es[written[i-1]].Value[:4]
		} else if i < len(written) && sameSentence(text, es[k].Span, es[written[i]].Span) {
			y = es[written[i]].Value[:4]
		}
		if y != "" {
			es[k].Value = y + v[4:]
		}
	}
}

// maxSentenceGap bounds, in bytes, the text between two dates that
// sameSentence reads: dates further apart are taken for two sentences,
// which spares a scan of the text between all of them.
const maxSentenceGap = 200

// sameSentence reports whether no sentence or paragraph ends, and no
// bracket opens or closes, between the spans a and b.
func sameSentence(text string, a, b pipeline.Span) bool {
	lo, hi := a.End, b.Start
	if b.End <= a.Start {
		lo, hi = b.End, a.Start
	}
	if lo > hi {
		return true
	}
	if hi-lo > maxSentenceGap {
		return false
	}
	between := text[lo:hi]
	return !strings.ContainsAny(between, "\n!?()") && !strings.Contains(between, ". ")
}

// parser holds the state of one Extract call.
type parser struct {
	text   string
	toks   []token
	anchor anchor
	cfg    Config
	out    []pipeline.Entity

	// Scratch space reused between expressions, and between documents
	// for the slices (windows: Extract's hot windows).
	windows   []window
	keyWins   []window // hotWindowsScan's scratch space
	partsBuf  [3]numPart
	lowCache  [16]lowEntry
	leadCache leadEntry
	itemsBuf  [8]item // expr reads at most 8 items
	connBuf   [8]int
	lunarLeft []pendingLunar      // lunar dates without a year, for yearsForLunar
	guessed   []int               // indices in out of days whose year was not written
	guessBuf  [16]int             // guessed's first backing array: no allocation for most articles
	infos     []pipeline.DateInfo // newInfo's block
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// yearsFromNextDay gives a day written without a year the year of the day
// that follows it at once, joined only by clock times and linking words
// ("từ 20h ngày 31/12 đến 0h ngày 1/1/2026", "20h ngày 31/12; 0h ngày
// 1/1/2026"): the year before when the first day falls later in the year.
// The writer's own year beats one guessed from the publication date.
func (p *parser) yearsFromNextDay() {
	for _, k := range p.guessed {
		if k+1 >= len(p.out) {
			continue
		}
		a, b := &p.out[k], p.out[k+1]
		if b.Date == nil || b.Date.Calendar != "" || b.Date.Grain != pipeline.GrainDay || slices.Contains(p.guessed, k+1) ||
			len(a.Value) != 10 || len(b.Value) != 10 || !digits(b.Value[:4]) || !linkingGap(p.text[a.Span.End:b.Span.Start]) {
			continue
		}
		y, _ := strconv.Atoi(b.Value[:4])
		if a.Value[5:] > b.Value[5:] {
			y--
		}
		a.Value = strconv.Itoa(y) + a.Value[4:]
	}
}

// linkingGap reports whether the text between two dates holds only clock
// times, parts of the day and the words that join the ends of a span.
func linkingGap(gap string) bool {
	if len(gap) > 40 {
		return false
	}
	for _, w := range strings.Fields(gap) {
		w = strings.Trim(w, ",;–-")
		switch w {
		case "", "đến", "tới", "và", "từ", "ngày", "giờ", "sáng", "trưa", "chiều", "tối", "đêm", "rạng", "hôm":
			continue
		}
		if clockTime(w) {
			continue
		}
		return false
	}
	return true
}

// clockTime reports "20h", "0h30", "20:00", "8g", "20" (before "giờ").
func clockTime(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != 'h' && c != ':' && c != 'g' {
			return false
		}
	}
	return true
}
