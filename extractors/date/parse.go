package date

import (
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// The grammar, over tokens (lex.go). An expression is a chain of items
// joined by connectors; each item is optional lead-in words and a core:
//
//	expr      = item { connector item }
//	connector = "-" | "–" | "—" | "đến" | "tới" (a range) | "," | "và" | "hoặc" (a list)
//	item      = [qualifier] [partofday [nay|qua|mai]] [weekday ["," | "("]] [lead] core [lunar]
//	core      = d sep m sep yyyy | yyyy "-" mm "-" dd | d sep m | m sep yyyy | yyyy | d
//	          | d "tháng" m ["năm" yyyy] | sep m sep yyyy ("ngày -6-2017": day left blank)
//	          | "quý" (I..IV | 1..4) [sep yyyy | "năm" yyyy] | "thập niên" yyy0
//	          | "rằm" | ("mùng" | "mồng") d ["Tết"] | "tháng" ("Giêng" | "Chạp")
//	sep       = "/" | "-" | "."  (the same one throughout, no spaces)
//	lunar     = "âm lịch" | "(âm lịch)" | "ÂL"
//
// A lead ("ngày", "tháng", "năm", "SN", ...) tells how to read the numbers
// after it; an item without one must look like a date on its own and stand
// where a date is expected ("từ 16/5", "trước 30/8") or be part of a chain
// ("1999 đến 2009"). Missing parts are taken from the next item of the chain:
// "20 - 22/6" is 20/6 to 22/6, "ngày 12 và 13/5" is 12/5 and 13/5.

// item is one date of an expression while it is being parsed.
type item struct {
	first, last int // token range [first, last)
	start, end  int // byte span
	y, m, d     int // 0 when not written
	q           int // quarter 1..4
	decade      int // 1990 for "thập niên 1990"
	grain       pipeline.Grain
	lead        role
	partial     bool // a lone day or year number that a later item must complete
	lunar       bool
	leapMonth   bool
	cycle       int  // a lunar year named by stem and branch ("Ất Tỵ"): Y mod 60, plus 1; 0 when none
	relYear     bool // the year was written relative: "tháng 2 năm nay"
	relYearOff  int
	relative    bool // the whole item is relative: "hôm qua"
	relOffset   int
	future      bool // "tới", "sắp tới" after it: the date is ahead of publication
	strongLead  bool // a lead that makes it a date whatever the numbers' shape
	mung        bool // the day was written after "mùng" or "mồng"
}

// connector kinds.
const (
	connNone = iota
	connRange
	connList
)

// numPart is one number of a numeric core.
type numPart struct {
	val, digits, tok int
}

// numSeq reads up to three numbers joined by one separator without spaces,
// starting at token j: "12/9/2017", "6.1994", "2014". A four-digit number
// ends the sequence, so "2014-2019" and "6/7/1967-6/7/2017" are two. mixed
// is true when a different separator follows directly ("1-5/9"), which
// makes the sequence the start of a range rather than a date.
func (p *parser) numSeq(j int) (parts []numPart, sep rune, mixed bool) {
	toks := p.toks
	parts = p.partsBuf[:0]
	for len(parts) < 3 && j < len(toks) && toks[j].kind == tokNum {
		if len(parts) > 0 && toks[j].space {
			break
		}
		parts = append(parts, numPart{toks[j].num, int(toks[j].digits), j})
		if toks[j].digits >= 4 && !(len(parts) == 1 && p.isoAt(j)) {
			break
		}
		if j+2 >= len(toks) || toks[j+1].space || toks[j+2].space || toks[j+2].kind != tokNum {
			break
		}
		s := toks[j+1]
		if s.kind != tokPunct || (s.r != '/' && s.r != '-' && s.r != '.') {
			break
		}
		if sep != 0 && s.r != sep {
			mixed = true
			break
		}
		if len(parts) == 3 {
			break
		}
		sep = s.r
		j += 2
	}
	return parts, sep, mixed
}

// isoAt reports "2017-09-12" starting at token j.
func (p *parser) isoAt(j int) bool {
	t := p.toks
	if j+4 >= len(t) || t[j].digits != 4 {
		return false
	}
	for k := j + 1; k <= j+4; k++ {
		if t[k].space {
			return false
		}
	}
	return t[j+1].r == '-' && t[j+2].kind == tokNum && t[j+2].digits == 2 &&
		t[j+3].r == '-' && t[j+4].kind == tokNum && t[j+4].digits == 2
}

// seasonYear returns the year that token j ends a season with: the number
// after "2024/" that is the next year, written in full or by its last two
// digits ("2024/2025", "2024/25"); else 0.
func (p *parser) seasonYear(j int) int {
	if j < 2 || j >= len(p.toks) {
		return 0
	}
	y, sl, n := p.toks[j-2], p.toks[j-1], p.toks[j]
	if y.kind != tokNum || y.digits != 4 || sl.kind != tokPunct || sl.r != '/' || sl.space || n.kind != tokNum || n.space {
		return 0
	}
	switch {
	case n.digits == 4 && n.num == y.num+1:
		return n.num
	case n.digits == 2 && n.num == (y.num+1)%100:
		return y.num + 1
	}
	return 0
}

// isDash reports a range dash.
func isDash(t token) bool {
	return t.kind == tokPunct && (t.r == '-' || t.r == '–' || t.r == '—' || t.r == '−')
}

// connector reads a connector at j.
func (p *parser) connector(j int) (kind, next int) {
	if j >= len(p.toks) || p.toks[j].newline {
		return connNone, j
	}
	t := p.toks[j]
	switch {
	case isDash(t):
		return connRange, j + 1
	case t.kind == tokPunct && t.r == '/' && p.seasonYear(j+1) != 0:
		return connRange, j + 1 // "niên vụ 2024/2025", "mùa giải 2024/25"
	case t.kind == tokPunct && t.r == ',':
		return connList, j + 1
	case t.kind == tokWord:
		switch p.word(j) {
		case "đến", "tới":
			// "đến hết", "đến ngày": the lead of the next item is read there.
			if j+1 < len(p.toks) && p.word(j+1) == "hết" {
				return connRange, j + 2
			}
			return connRange, j + 1
		case "và", "hoặc":
			return connList, j + 1
		case "rạng":
			// "đêm 10 rạng sáng 11/9": one night over two days. "rạng
			// sáng" is the next item's lead; "rạng ngày" leaves "ngày".
			switch p.word(j + 1) {
			case "sáng":
				return connRange, j
			case "ngày":
				return connRange, j + 1
			}
		}
	}
	return connNone, j
}

// expr parses the expression starting at token i and emits its dates. It
// returns the index after it, or i when there is none.
func (p *parser) expr(i int) int {
	if n, ok := p.relative(i); ok {
		return n
	}
	first, ok := p.item(i, roleNone, true)
	if !ok {
		return i
	}
	items := append(p.itemsBuf[:0], first)
	conns := p.connBuf[:0]
	j := first.last
	for len(items) < 8 {
		c, k := p.connector(j)
		if c == connNone {
			break
		}
		prev := items[len(items)-1]
		inherit := prev.lead
		if inherit == rolePartOfDay || inherit == roleWeekday {
			inherit = roleDay
		}
		if inherit == roleDecade && prev.grain == pipeline.GrainYear {
			inherit = roleYear // "những năm 1995-2000": years
		}
		next, ok := p.item(k, inherit, false)
		if !ok {
			break
		}
		if c == connList && p.toks[k].kind == tokWord && next.lead != inherit {
			break // "ngày 12/5, nhiệm kỳ 2015-2020": two expressions
		}
		if c == connRange && len(conns) > 0 && conns[len(conns)-1] == connRange {
			break // "a - b - c" is no range of dates
		}
		items = append(items, next)
		conns = append(conns, c)
		j = next.last
	}
	// A trailing partial item has nothing to complete it.
	for len(items) > 0 && items[len(items)-1].partial {
		items = items[:len(items)-1]
		if len(conns) > 0 {
			conns = conns[:len(conns)-1]
		}
	}
	if len(items) == 0 {
		return i
	}
	if !p.completeChain(items, conns) {
		return i
	}
	if !p.acceptable(items, conns) {
		return i
	}
	if p.yearly(items) {
		return items[len(items)-1].last
	}
	for k := range items {
		rng := ""
		if k+1 < len(items) && conns[k] == connRange {
			rng = "start"
		} else if k > 0 && conns[k-1] == connRange {
			rng = "end"
		}
		p.emit(&items[k], rng)
	}
	return items[len(items)-1].last
}

// completeChain fills the parts an item leaves out from its neighbours:
// backwards for lone days and years ("20 - 22/6", "12 và 13/5/2017"),
// forwards for the end of a range ("từ 1/9/2017 đến 5/9"). It reports false
// when a year range runs backwards.
func (p *parser) completeChain(items []item, conns []int) bool {
	for k := len(items) - 2; k >= 0; k-- {
		a, b := &items[k], &items[k+1]
		if a.partial {
			if a.grain == pipeline.GrainDay && b.m != 0 && b.grain == pipeline.GrainDay {
				a.m = b.m
				a.lunar, a.leapMonth = b.lunar, b.leapMonth
			}
			a.end = b.end // "20 - 22/6": the start needs the whole text
			a.partial = false
		}
		if a.y == 0 && !a.relYear && b.y != 0 && b.grain != pipeline.GrainYear && (a.grain == pipeline.GrainDay || a.grain == pipeline.GrainMonth || a.grain == pipeline.GrainQuarter) {
			a.y = b.y
			if a.cycle == 0 && laterInYear(a, b) {
				a.y-- // "từ 15/12 đến 15/1/2026": the start is in 2025
			}
		}
		if a.grain == pipeline.GrainDay && a.m == 0 {
			return false
		}
	}
	for k := 1; k < len(items); k++ {
		a, b := &items[k-1], &items[k]
		if conns[k-1] != connRange {
			continue
		}
		if b.y == 0 && a.y != 0 && !b.relYear && b.grain != pipeline.GrainYear {
			b.y = a.y
			if b.cycle == 0 && laterInYear(a, b) {
				b.y++ // "từ 20/12/2025 đến 5/1": the end is in 2026
			}
		}
		if a.grain == pipeline.GrainYear && b.grain == pipeline.GrainYear && b.y <= a.y {
			return false
		}
	}
	return true
}

// laterInYear reports a day or month a that falls after b within a year, so
// that a range or list from a to b crosses New Year. Quarters and lunar
// dates are left alone.
func laterInYear(a, b *item) bool {
	if a.lunar != b.lunar || a.m == 0 || b.m == 0 {
		return false
	}
	return a.m > b.m || a.m == b.m && a.d > b.d && b.d != 0
}

// acceptable applies the guards to an expression whose first item has no
// lead: it must look like a date and stand where one is expected.
func (p *parser) acceptable(items []item, conns []int) bool {
	a := items[0]
	if a.strongLead {
		return true
	}
	if p.blocked(a.first) {
		return false
	}
	if p.dateContext(a.first) {
		return true
	}
	switch {
	case a.grain == pipeline.GrainDay && a.y != 0 && p.toks[a.first].digits <= 2 && !a.partial && len(p.toks[a.first:a.last]) >= 5:
		return true // a full d/m/yyyy needs no context
	case a.grain == pipeline.GrainDay && a.y != 0 && p.toks[a.first].digits == 4:
		return true // yyyy-mm-dd
	case a.grain == pipeline.GrainYear && len(items) == 1 && p.toks[a.first].digits == 4 && p.eventNameBefore(a.first):
		return true // "Giải Vô địch điền kinh quốc gia 2025"
	case a.grain == pipeline.GrainMonth && a.y != 0 && !p.yearFromChain(items):
		return true // m/yyyy, 6.1994
	case a.grain == pipeline.GrainDay && p.parenthesized(a):
		return true // "(12/9)"
	case a.grain == pipeline.GrainDay && !a.partial && p.sentenceStart(a.first) && a.last < len(p.toks) && p.toks[a.last].r == ',':
		return true // "15/3, Bộ Y tế công bố..."
	case a.grain == pipeline.GrainDay && a.y == 0 && !a.partial && p.dayOpensBefore(a.first):
		return true // "Ngày thi đấu 14/12 tại ..."
	case a.grain == pipeline.GrainDay && a.d > a.m && a.y == 0 && p.toks[a.first+1].r == '/' && !(a.d == 24 && a.m == 7) && p.endsPhrase(a.last):
		// "dương tính 15/3.": no proper fraction has its numerator above
		// its denominator ("1/3", "9/10"), and "24/7" means always.
		return true
	}
	// A chain whose items all carry years: "2014-2019", "1989 - 1994".
	if len(items) == 2 && conns[0] == connRange && a.grain == pipeline.GrainYear && items[1].grain == pipeline.GrainYear {
		return items[1].y-a.y <= 100
	}
	// "thua lỗ 3 năm liên tiếp (2022, 2023 và 2024)": rising years listed
	// alone in brackets.
	if len(items) >= 2 && a.grain == pipeline.GrainYear && a.first > 0 && p.toks[a.first-1].kind == tokPunct && p.toks[a.first-1].r == '(' {
		return p.bracketedYears(items, conns)
	}
	return false
}

// bracketedYears reports whether items, after a "(", are a list of rising
// years written in four digits that the ")" closes.
func (p *parser) bracketedYears(items []item, conns []int) bool {
	last := items[len(items)-1].last
	if last >= len(p.toks) || p.toks[last].kind != tokPunct || p.toks[last].r != ')' {
		return false
	}
	for k, it := range items {
		if it.grain != pipeline.GrainYear || it.last-it.first != 1 || p.toks[it.first].digits != 4 || it.y < 1800 || it.y > 2200 {
			return false
		}
		if k > 0 && (conns[k-1] != connList || it.y <= items[k-1].y) {
			return false
		}
	}
	return true
}

// yearly reports a day or month without year that recurs every year, not
// a calendar date: "các tháng 9 - 11 hằng năm", "ngày 20/11 hàng năm".
func (p *parser) yearly(items []item) bool {
	for _, it := range items {
		if it.y != 0 || it.relYear || it.lunar {
			return false
		}
	}
	j := items[len(items)-1].last
	switch p.word(j) {
	case "hằng", "hàng", "mỗi":
		return p.word(j+1) == "năm"
	}
	return false
}

// endsPhrase reports punctuation, the end of the text or a connector at
// token j, after a bare day: "15/3." or "16/3 và 18/3", not "12/5 phố Huế".
func (p *parser) endsPhrase(j int) bool {
	if j >= len(p.toks) || p.toks[j].newline {
		return true
	}
	if t := p.toks[j]; t.kind == tokPunct {
		return t.r != '/' && t.r != '%'
	}
	switch p.word(j) {
	case "và", "đến", "tới", "vừa", "này", "sắp", "hoặc":
		return true
	}
	return false
}

// yearFromChain reports whether the first item got its year from a later one.
func (p *parser) yearFromChain(items []item) bool {
	a := items[0]
	for j := a.first; j < a.last; j++ {
		if p.toks[j].kind == tokNum && p.toks[j].digits == 4 {
			return false
		}
	}
	return true
}

// parenthesized reports "(12/9)": a day written alone in brackets.
func (p *parser) parenthesized(a item) bool {
	return a.first > 0 && a.last < len(p.toks) &&
		p.toks[a.first-1].kind == tokPunct && p.toks[a.first-1].r == '(' &&
		p.toks[a.last].kind == tokPunct && p.toks[a.last].r == ')' &&
		p.toks[a.first+1].r == '/'
}

// sentenceStart reports whether token j begins a sentence or a line.
func (p *parser) sentenceStart(j int) bool {
	if j == 0 {
		return p.toks[0].start == 0 || p.text[p.toks[0].start-1] == '\n'
	}
	if p.toks[j].newline {
		return true
	}
	prev := p.toks[j-1]
	return prev.kind == tokPunct && (prev.r == '.' || prev.r == '!' || prev.r == '?' || prev.r == ':' || prev.r == ';') && p.toks[j].space
}

// blocked reports a word before token j that makes a number no date
// ("số", "tỷ lệ", "thắng"), or a number glued to a code ("QĐ-12/9").
func (p *parser) blocked(j int) bool {
	if j == 0 {
		return false
	}
	prev := p.toks[j-1]
	if !p.toks[j].space {
		if prev.kind != tokPunct {
			return true
		}
		if (prev.r == '/' || prev.r == '-' || prev.r == '.') && j >= 2 && !prev.space && p.toks[j-2].kind != tokPunct {
			return true
		}
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if p.toks[k].kind != tokWord {
			if p.toks[k].kind == tokPunct && (p.toks[k].r == ':' || p.toks[k].r == '#') {
				continue // "số: 12/2017"
			}
			return false
		}
		if _, n, ok := blockers.match(p, k); ok && n == j || ok && n == j-1 && p.toks[j-1].kind == tokPunct {
			return true
		}
	}
	return false
}

// dateContext reports a word before token j after which a bare number is a
// date: "từ 16/5", "trước 30/8", "chiều nay, 6-6".
func (p *parser) dateContext(j int) bool {
	k := j - 1
	if k >= 0 && p.toks[k].kind == tokPunct && (p.toks[k].r == ',' || p.toks[k].r == '(') {
		k--
	}
	return k >= 0 && p.toks[k].kind == tokWord && (contexts.has(p, k) || p.acronymBefore(k, j))
}

// dayOpensBefore reports a sentence that opens with "Ngày" and one or two
// lower-case words right before token j: "Ngày thi đấu 14/12", "Ngày khai
// mạc 5/9". The capital says the day opens the sentence and names what
// happens on the date after it.
func (p *parser) dayOpensBefore(j int) bool {
	for k := j - 2; k >= 0 && k >= j-3; k-- {
		t := p.toks[k+1]
		if t.kind != tokWord || t.newline || p.word(k+1) != p.text[t.start:t.end] {
			return false
		}
		if t := p.toks[k]; t.kind == tokWord && p.text[t.start:t.end] == "Ngày" {
			return true
		}
	}
	return false
}

// eventNameBefore reports a year at token j written right after the name
// of a contest, a prize, a fair or a festival (events.txt), on its line:
// "Quả bóng vàng Việt Nam 2025", "Olympic Vật lý quốc tế (IPhO) 2025", or
// after an acronym in brackets: "(IPhO) 2025". The name is looked for
// within hotBefore bytes, which the hot windows hold.
func (p *parser) eventNameBefore(j int) bool {
	toks := p.toks
	if toks[j].newline || j < 1 {
		return false
	}
	if j >= 3 && toks[j-1].r == ')' && toks[j-3].r == '(' && p.acronymLike(j-2) {
		return true
	}
	from := toks[j].start - hotBefore
	for k := j - 1; k >= 0 && toks[k].end > from; k-- {
		t := toks[k]
		switch {
		case t.kind == tokPunct && (t.r == '(' || t.r == ')'):
		case t.kind != tokWord:
			return false
		default:
			if ph, n, ok := events.match(p, k); ok && n <= j {
				return ph.offset >= 0
			}
		}
		if t.newline {
			return false
		}
	}
	return false
}

// acronymLike reports a word of letters with at least two capitals and
// none but ASCII letters: "IPhO", "IMDEX".
func (p *parser) acronymLike(k int) bool {
	t := p.toks[k]
	if t.kind != tokWord || t.end-t.start < 2 || t.end-t.start > 8 {
		return false
	}
	caps := 0
	for i := t.start; i < t.end; i++ {
		switch c := p.text[i]; {
		case c >= 'A' && c <= 'Z':
			caps++
		case c < 'a' || c > 'z':
			return false
		}
	}
	return caps >= 2
}

// acronymBefore reports an acronym of capitals at token k ("AYG 2025",
// "APEC 2027", "(AIMAG 2026)") naming an event or a law of the year
// written at token j: a four-digit year, on the same line.
func (p *parser) acronymBefore(k, j int) bool {
	t := p.toks[k]
	if j != k+1 || t.end-t.start < 2 || t.end-t.start > 6 || p.toks[j].digits != 4 || p.toks[j].newline {
		return false
	}
	for i := t.start; i < t.end; i++ {
		if c := p.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// unitAfter reports a unit word after token j ("5-10 năm", "1/3 số").
func (p *parser) unitAfter(j int) bool {
	if j >= len(p.toks) {
		return false
	}
	t := p.toks[j]
	if t.kind == tokPunct {
		// "2/3/ha", but not the season "2024/2025".
		return t.r == '%' || (t.r == '/' && !t.space && p.seasonYear(j+1) == 0)
	}
	return !t.newline && units.has(p, j)
}

// codeAfter reports a number glued to what follows it: "1358/QĐ-CTN", "12/2017/NĐ-CP".
func (p *parser) codeAfter(j int) bool {
	if j+1 >= len(p.toks) {
		return false
	}
	t, n := p.toks[j], p.toks[j+1]
	if t.space || n.space {
		return false
	}
	if t.kind == tokWord {
		return true
	}
	return t.kind == tokPunct && (t.r == '/' || t.r == '-' || t.r == '.') && n.kind == tokWord
}

// word returns the lower-case word at j, or "".
func (p *parser) word(j int) string {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tokWord {
		return ""
	}
	c := &p.lowCache[j%len(p.lowCache)]
	if c.ok && c.i == j {
		return c.s
	}
	*c = lowEntry{i: j, s: lower(p.text[p.toks[j].start:p.toks[j].end]), ok: true}
	return c.s
}

// lower returns scan.ToLower(w), which gives strings.ToLower's result with
// a table for Vietnamese letters. A capitalized word that is one of
// lowerWords is not allocated again: "Ngày", "Sáng", "Năm" open many
// sentences. A word that opens with a lower-case ASCII letter, as most
// do, is left to scan.ToLower, which returns it as it is unless it holds
// a capital further on.
func lower(w string) string {
	if c := w[0]; c >= 'a' && c <= 'z' {
		return scan.ToLower(w)
	}
	var buf [32]byte
	b := scan.AppendLower(buf[:0], w)
	if string(b) == w {
		return w
	}
	if n := lowerWords.lookupBytes(b); n >= 0 {
		return lowerWordList[n]
	}
	return string(b)
}

// leadAt returns leads.match(p, j). The grammar asks for the lead at one
// position several times in a row (relative, then each lead of item), so
// the last answer is kept.
func (p *parser) leadAt(j int) (*phrase, int, bool) {
	c := &p.leadCache
	if !c.ok || c.i != j {
		ph, n, found := leads.match(p, j)
		*c = leadEntry{i: j, ok: true, ph: ph, n: n, found: found}
	}
	return c.ph, c.n, c.found
}

// leadEntry is the last answer of leadAt.
type leadEntry struct {
	i, n      int
	ph        *phrase
	ok, found bool
}

// lowEntry caches the lower-case form of token i: the grammar asks for
// the few words around an expression many times.
type lowEntry struct {
	i  int
	s  string
	ok bool
}

// durationBefore reports a number or a quantifier right before token j:
// "hai năm trước" and "các năm trước" count years, they are not last year.
func (p *parser) durationBefore(j int) bool {
	if j == 0 {
		return false
	}
	prev := p.toks[j-1]
	if prev.kind == tokNum {
		return true
	}
	switch p.word(j - 1) {
	case "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy", "vài", "nhiều", "các", "những", "mỗi", "hàng", "từng":
		return true
	}
	return false
}

// item parses one item at token i. inherit is the lead of the previous item
// of the chain, used when this one has none; first is true for the first item.
func (p *parser) item(i int, inherit role, first bool) (item, bool) {
	it := item{first: i, lead: inherit}
	j := i
	toks := p.toks
	if j >= len(toks) {
		return it, false
	}
	// Leads, outermost first.
	qualified := false
	if ph, n, ok := p.leadAt(j); ok && ph.role == roleQualifier {
		if ph2, _, ok := p.leadAt(n); ok && (ph2.role == roleMonth || ph2.role == roleYear) {
			j, qualified = n, true
		}
	}
	if ph, n, ok := p.leadAt(j); ok && ph.role == rolePartOfDay {
		it.lead, it.strongLead = rolePartOfDay, true
		j = n
	}
	if ph, n, ok := p.leadAt(j); ok && ph.role == roleWeekday {
		it.lead, it.strongLead = roleWeekday, true
		j = n
		if j < len(toks) && toks[j].kind == tokPunct && (toks[j].r == ',' || toks[j].r == '(') {
			j++
		}
	}
	if ph, n, ok := p.leadAt(j); ok && ph.role != rolePartOfDay && ph.role != roleWeekday && ph.role != roleQualifier {
		if ph.role == roleDay || !(it.lead == rolePartOfDay || it.lead == roleWeekday) {
			it.lead, it.strongLead = ph.role, true
			j = n
		}
	}
	if qualified && it.lead != roleMonth && it.lead != roleYear {
		return it, false
	}
	var ok bool
	switch it.lead {
	case roleNone, rolePartOfDay, roleWeekday, roleDay:
		j, ok = p.coreDay(&it, j)
	case roleMonth:
		j, ok = p.coreMonth(&it, j)
	case roleYear, roleBirth, rolePeriod:
		j, ok = p.coreYear(&it, j)
	case roleQuarter:
		j, ok = p.coreQuarter(&it, j)
	case roleDecade:
		j, ok = p.coreDecade(&it, j)
	}
	if !ok {
		return it, false
	}
	// "thứ Hai (12/9)": keep the closing bracket in the span.
	if j < len(toks) && toks[j].kind == tokPunct && toks[j].r == ')' && j > it.first && p.opened(it.first, j) {
		j++
	}
	if k := p.lunarMarker(&it, j); k > j {
		j = k
		if it.lunar && it.y == 0 && it.cycle == 0 {
			j = p.yearAfter(&it, j) // "mùng 10 tháng 3 âm lịch năm 2025"
		}
	}
	if w := p.word(j); w == "tới" || w == "sắp" && p.word(j+1) == "tới" {
		it.future = true
	}
	it.last = j
	it.start, it.end = toks[i].start, toks[j-1].end
	if it.partial && it.grain == pipeline.GrainDay && it.lead == roleNone && !first && inherit != roleDay {
		return it, false
	}
	return it, true
}

// opened reports an unclosed "(" among tokens [from, to).
func (p *parser) opened(from, to int) bool {
	open := false
	for k := from; k < to; k++ {
		if p.toks[k].kind == tokPunct {
			switch p.toks[k].r {
			case '(':
				open = true
			case ')':
				open = false
			}
		}
	}
	return open
}

// lunarMarker consumes "âm lịch", "(âm lịch)" or "ÂL" after an item.
func (p *parser) lunarMarker(it *item, j int) int {
	toks := p.toks
	k := j
	paren := k < len(toks) && toks[k].kind == tokPunct && toks[k].r == '('
	if paren {
		k++
	}
	switch {
	case p.word(k) == "âm" && p.word(k+1) == "lịch":
		k += 2
	case k < len(toks) && p.text[toks[k].start:toks[k].end] == "ÂL":
		k++
	default:
		return j
	}
	if paren {
		if k >= len(toks) || toks[k].kind != tokPunct || toks[k].r != ')' {
			return j
		}
		k++
	}
	if it.grain == pipeline.GrainDay || it.grain == pipeline.GrainMonth {
		it.lunar = true
	}
	return k
}

// coreDay reads a core after a day lead (or none): numbers, a spelled date,
// a lunar day.
func (p *parser) coreDay(it *item, j int) (int, bool) {
	toks := p.toks
	if j >= len(toks) {
		return j, false
	}
	w := p.word(j)
	switch {
	case w == "rằm":
		it.d, it.grain, it.lunar, it.strongLead = 15, pipeline.GrainDay, true, true
		return p.lunarMonthAfter(it, j+1, true)
	case (w == "mùng" || w == "mồng") && j+1 < len(toks) && toks[j+1].kind == tokNum:
		it.strongLead, it.mung = true, true
		j++
	}
	// "ngày -6-2017": the day left blank.
	if it.lead == roleDay && toks[j].kind == tokPunct && (toks[j].r == '-' || toks[j].r == '/') && j+1 < len(toks) && !toks[j+1].space && toks[j+1].kind == tokNum {
		parts, _, _ := p.numSeq(j + 1)
		if len(parts) == 2 && validMonth(parts[0]) && isYear(parts[1]) && parts[1].tok > j+1 {
			it.m, it.y, it.grain = parts[0].val, parts[1].val, pipeline.GrainMonth
			return parts[1].tok + 1, true
		}
		return j, false
	}
	if toks[j].kind != tokNum {
		return j, false
	}
	if y := p.seasonYear(j); y != 0 && toks[j].digits == 2 && it.lead == roleNone {
		it.y, it.grain = y, pipeline.GrainYear // the "25" of "2024/25"
		return p.guardEnd(it, j+1)
	}
	parts, sep, mixed := p.numSeq(j)
	if mixed && sep == '-' || mixed && len(parts) == 2 && parts[1].digits < 4 {
		parts = parts[:1] // "1-5/9": a day, then a range
	}
	end := func(k int) int { return parts[k].tok + 1 }
	switch {
	case len(parts) == 3 && isYear(parts[0]) && sep == '-' && parts[1].digits == 2 && parts[2].digits == 2:
		it.y, it.m, it.d = parts[0].val, parts[1].val, parts[2].val // ISO 2017-09-12
		it.grain = pipeline.GrainDay
		if !validMonth(parts[1]) || !validDay(parts[2]) {
			return j, false
		}
		return p.guardEnd(it, end(2))
	case len(parts) == 3 && validDay(parts[0]) && validMonth(parts[1]) && (isYear(parts[2]) || parts[2].digits == 2 && it.strongLead):
		it.d, it.m, it.y = parts[0].val, parts[1].val, parts[2].val
		if parts[2].digits == 2 {
			it.y += 2000
			if it.y > p.cfg.maxYear() {
				it.y -= 100
			}
		}
		it.grain = pipeline.GrainDay
		return p.guardEnd(it, end(2))
	case len(parts) == 3:
		return j, false // "1.5.3": a version or an amount, no date
	case len(parts) >= 2 && isYear(parts[1]) && validMonth(parts[0]):
		it.m, it.y, it.grain = parts[0].val, parts[1].val, pipeline.GrainMonth
		return p.guardEnd(it, end(1))
	case len(parts) == 2 && sep == '.' && it.lead == roleNone:
		// "IELTS từ 6.5 trở lên", "8.5 điểm": a day and month joined by a
		// dot, with no year and no word that makes it a date, is a
		// decimal.
		return j, false
	case len(parts) >= 2 && validDay(parts[0]) && validMonth(parts[1]):
		it.d, it.m, it.grain = parts[0].val, parts[1].val, pipeline.GrainDay
		k := p.yearAfter(it, end(1))
		return p.guardEnd(it, k)
	case len(parts) >= 1 && isYear(parts[0]) && it.lead == roleNone:
		it.y, it.grain = parts[0].val, pipeline.GrainYear
		if it.y < p.cfg.minYear() || it.y > p.cfg.maxYear() {
			return j, false
		}
		it.partial = false
		return p.guardEnd(it, end(0))
	case validDay(parts[0]):
		it.d, it.grain = parts[0].val, pipeline.GrainDay
		k := end(0)
		// Spelled: "12 tháng 9 [năm 2017]", "23 tháng Chạp".
		if p.word(k) == "tháng" {
			// A spelled month after "mùng" is lunar: "mùng 10 tháng Ba".
			// So is one before a year named by stem and branch: "ngày 19
			// tháng Mười năm Ất Tỵ".
			spelled := k+1 < len(toks) && toks[k+1].kind == tokWord
			if n, ok := p.lunarMonthAfter(it, k, spelled && (it.mung || p.cycleAfterMonth(k+1))); ok {
				return n, true
			}
			if n, ok := p.solarSpelled(it, k+1); ok {
				return n, true
			}
			if k+1 < len(toks) && toks[k+1].kind == tokNum && toks[k+1].digits <= 2 && validMonth(numPart{toks[k+1].num, int(toks[k+1].digits), k + 1}) {
				it.m = toks[k+1].num
				n := p.yearAfter(it, k+2)
				if it.lead == roleNone && !it.mung && it.y == 0 && it.cycle == 0 {
					return j, false // "12 tháng 9" needs "ngày" or a year
				}
				it.strongLead = true
				return p.guardEnd(it, n)
			}
			return j, false
		}
		if p.word(k) == "tết" {
			// "mùng 1 Tết" is in the first month; "30 Tết", "23 Tết" count
			// the last days before it, in the twelfth.
			it.m, it.lunar, it.strongLead = 1, true, true
			if it.d >= 20 {
				it.m = 12
			}
			n := p.yearAfter(it, k+1)
			if it.m == 12 && it.cycle > 0 {
				// "30 Tết Ất Tỵ" is the eve of Tết Ất Tỵ: the last month of
				// the year before.
				it.cycle = (it.cycle+58)%60 + 1
			}
			return n, true
		}
		it.partial = true
		return p.guardEnd(it, k)
	}
	return j, false
}

// lunarMonthAfter reads "tháng Giêng" (or, when any is true, any spelled or
// numbered month, lunar by context: "rằm tháng Bảy") at j.
func (p *parser) lunarMonthAfter(it *item, j int, any bool) (int, bool) {
	if p.word(j) != "tháng" {
		return j, false
	}
	j++
	if ph, n, ok := lunarName.match(p, j); ok && p.toks[j].kind == tokWord && (any || ph.offset == 1 || ph.offset == 12) {
		it.m, it.lunar, it.grain = ph.offset, true, pipeline.GrainDay
		if it.d == 0 {
			it.grain = pipeline.GrainMonth
		}
		it.strongLead = true
		return p.leapAfter(it, p.yearAfter(it, n)), true
	}
	if any && j < len(p.toks) && p.toks[j].kind == tokNum && validMonth(numPart{p.toks[j].num, int(p.toks[j].digits), j}) {
		it.m, it.lunar = p.toks[j].num, true
		return p.leapAfter(it, p.yearAfter(it, j+1)), true
	}
	return j - 1, false
}

// solarSpelled reads a month spelled in words and a written year at j,
// after "tháng": "tháng Năm năm 2020", "tháng Mười một năm 2024". Only the
// year makes it solar; without one a spelled month is a lunar one or no
// date at all ("tháng Năm rực rỡ"). "Giêng" and "Chạp" stay lunar, and
// "âm lịch" after it makes it lunar again (lunarMarker).
func (p *parser) solarSpelled(it *item, j int) (int, bool) {
	m, c := solarMonthName(p.word(j), p.word(j+1))
	n := j + c
	if m == 0 || p.namedMonth(j-1) || p.word(n) != "năm" || n+1 >= len(p.toks) {
		return j, false
	}
	if t := p.toks[n+1]; t.kind != tokNum || t.digits != 4 || t.num < 1000 || t.newline {
		return j, false
	}
	it.m, it.y, it.strongLead = m, p.toks[n+1].num, true
	if it.d == 0 {
		it.grain = pipeline.GrainMonth
	}
	return p.guardEnd(it, n+2)
}

// namedMonth reports whether "Tháng" at j is capitalized after a word:
// the month opens the name of an event ("Cách mạng Tháng Tám năm 1945"),
// whose year alone is its date.
func (p *parser) namedMonth(j int) bool {
	return j > 0 && p.toks[j].kind == tokWord && p.text[p.toks[j].start] == 'T' && p.toks[j-1].kind == tokWord && !p.toks[j].newline
}

// solarMonthName gives the month a spelled name w (and the word after it,
// w2) names in the solar calendar, and how many words it takes: 0 when
// none. "Một" is January here, where the lunar calendar calls its
// eleventh month so.
func solarMonthName(w, w2 string) (int, int) {
	if w == "mười" {
		switch w2 {
		case "một":
			return 11, 2
		case "hai":
			return 12, 2
		}
		return 10, 1
	}
	switch w {
	case "một":
		return 1, 1
	case "hai":
		return 2, 1
	case "ba":
		return 3, 1
	case "tư", "bốn":
		return 4, 1
	case "năm":
		return 5, 1
	case "sáu":
		return 6, 1
	case "bảy":
		return 7, 1
	case "tám":
		return 8, 1
	case "chín":
		return 9, 1
	}
	return 0, 0
}

// cycleAfterMonth reports a spelled month name at j followed by a year
// named by stem and branch, with or without "năm": "Mười năm Ất Tỵ".
func (p *parser) cycleAfterMonth(j int) bool {
	_, n, ok := lunarName.match(p, j)
	if !ok {
		return false
	}
	if p.word(n) == "năm" {
		n++
	}
	_, _, ok = p.cycleAt(n)
	return ok
}

// cycleAt reads a year's stem and branch at j ("Ất Tỵ") and returns the
// year modulo 60, plus 1.
func (p *parser) cycleAt(j int) (int, int, bool) {
	if j+1 >= len(p.toks) || p.toks[j].kind != tokWord || p.toks[j+1].kind != tokWord || p.toks[j+1].newline {
		return 0, j, false
	}
	stem, _, ok1 := cycle.match(p, j)
	branch, _, ok2 := cycle.match(p, j+1)
	if !ok1 || !ok2 || stem.offset >= 10 || branch.offset < 10 {
		return 0, j, false
	}
	s, b := stem.offset, branch.offset-10
	for y := range 60 {
		if (y+6)%10 == s && (y+8)%12 == b {
			return y + 1, j + 2, true
		}
	}
	return 0, j, false // a stem and a branch of different parity name no year
}

// leapAfter reads "nhuận" after a lunar month.
func (p *parser) leapAfter(it *item, j int) int {
	if p.word(j) == "nhuận" {
		it.leapMonth = true
		return j + 1
	}
	return j
}

// yearAfter reads "năm 2017" or "năm nay" after a day or month.
func (p *parser) yearAfter(it *item, j int) int {
	// "rằm tháng Giêng Ất Tỵ", "mùng 6 tháng Giêng năm Ất Tỵ".
	// A year named by stem and branch is a lunar one, and so is the date:
	// "mùng 10 tháng 3 năm Ất Tỵ", "ngày 23 tháng 8 năm Ất Tỵ".
	if k := j; (it.grain == pipeline.GrainDay || it.grain == pipeline.GrainMonth) && (it.lunar || it.mung || p.word(k) == "năm") {
		if p.word(k) == "năm" {
			k++
		}
		if c, n, ok := p.cycleAt(k); ok {
			it.cycle, it.lunar = c, true
			return n
		}
	}
	if p.word(j) != "năm" || j+1 >= len(p.toks) || p.toks[j+1].newline {
		return j
	}
	t := p.toks[j+1]
	if t.kind == tokNum && t.digits == 4 && t.num >= 1000 {
		it.y = t.num
		return j + 2
	}
	if ph, n, ok := relatives.match(p, j); ok && ph.grain == pipeline.GrainYear && !p.relativeBlocked(n) {
		it.relYear, it.relYearOff = true, ph.offset
		return n
	}
	return j
}

// guardEnd rejects a core glued to a code or followed by a unit.
func (p *parser) guardEnd(it *item, j int) (int, bool) {
	if p.codeAfter(j) {
		return j, false
	}
	if it.lead != roleYear && it.lead != roleBirth && it.lead != rolePeriod && p.unitAfter(j) {
		// After a lead only a unit of time undoes the date ("mỗi ngày 7-8
		// giờ"): "sáng 12/5 người dân..." is a date.
		if !it.strongLead || p.timeUnitAfter(j) {
			return j, false
		}
	}
	return j, true
}

// timeUnitAfter reports a unit of time or a percentage after token j.
func (p *parser) timeUnitAfter(j int) bool {
	if j < len(p.toks) && p.toks[j].kind == tokPunct {
		return p.toks[j].r == '%'
	}
	switch p.word(j) {
	case "giờ", "tiếng", "phút", "giây", "ngày", "tuần", "tháng", "năm", "lần":
		return true
	}
	return false
}

// coreMonth reads a core after "tháng".
func (p *parser) coreMonth(it *item, j int) (int, bool) {
	if n, ok := p.lunarMonthAfter(it, j-1, false); ok {
		return n, true
	}
	if n, ok := p.solarSpelled(it, j); ok {
		return n, true
	}
	if j >= len(p.toks) || p.toks[j].kind != tokNum {
		return j, false
	}
	parts, _, _ := p.numSeq(j)
	end := func(k int) int { return parts[k].tok + 1 }
	switch {
	case len(parts) == 3 && validDay(parts[0]) && validMonth(parts[1]) && isYear(parts[2]):
		// "Tháng 9.2.2011": a day written after "tháng" by mistake.
		it.d, it.m, it.y, it.grain = parts[0].val, parts[1].val, parts[2].val, pipeline.GrainDay
		return p.guardEnd(it, end(2))
	case len(parts) >= 2 && validMonth(parts[0]) && isYear(parts[1]):
		it.m, it.y, it.grain = parts[0].val, parts[1].val, pipeline.GrainMonth
		return p.guardEnd(it, end(1))
	case validMonth(parts[0]) && (len(parts) == 1 || p.toks[parts[0].tok+1].r != '/'):
		it.m, it.grain = parts[0].val, pipeline.GrainMonth
		n := p.yearAfter(it, end(0))
		n = p.leapAfter(it, n)
		return p.guardEnd(it, n)
	}
	return j, false
}

// coreYear reads a four-digit year after "năm", "SN", "nhiệm kỳ".
func (p *parser) coreYear(it *item, j int) (int, bool) {
	if y := p.seasonYear(j); y != 0 && p.toks[j].digits == 2 {
		it.y, it.grain = y, pipeline.GrainYear // the "25" of "2024/25"
		return p.guardEnd(it, j+1)
	}
	tet := p.word(j-1) == "tết" || p.word(j-1) == "đán"
	if c, n, ok := p.cycleAt(j); ok && it.lead == roleYear && (p.word(j-1) == "năm" || tet) {
		// "năm Ất Tỵ": the year is placed near publication or the
		// article's other dates (resolve.go).
		it.cycle, it.lunar, it.grain = c, true, pipeline.GrainYear
		// "năm Canh Tý 2020", "năm Canh Tý (2020)", "Tết Ất Tỵ năm 2025".
		k := n
		if tet && p.word(k) == "năm" {
			k++
		}
		paren := k < len(p.toks) && p.toks[k].kind == tokPunct && p.toks[k].r == '('
		if paren {
			k++
		}
		if k < len(p.toks) && p.toks[k].kind == tokNum && p.toks[k].digits == 4 && p.toks[k].num >= 1000 && !p.toks[k].newline {
			if !paren {
				it.y = p.toks[k].num
				return p.guardEnd(it, k+1)
			}
			if k+1 < len(p.toks) && p.toks[k+1].kind == tokPunct && p.toks[k+1].r == ')' {
				it.y = p.toks[k].num
				return k + 2, true
			}
		}
		return n, true
	}
	if tet || j >= len(p.toks) || p.toks[j].kind != tokNum || p.toks[j].digits != 4 {
		return j, false // "Tết 2025" is read from the year, after a context word
	}
	y := p.toks[j].num
	if y < 1000 || y > p.cfg.maxYear()+100 {
		return j, false
	}
	it.y, it.grain = y, pipeline.GrainYear
	return p.guardEnd(it, j+1)
}

// coreQuarter reads "I/2017", "1 năm 2017", "IV" after "quý".
func (p *parser) coreQuarter(it *item, j int) (int, bool) {
	if j >= len(p.toks) {
		return j, false
	}
	t := p.toks[j]
	switch {
	case t.kind == tokNum && t.digits == 1 && t.num >= 1 && t.num <= 4:
		it.q = t.num
	case t.kind == tokWord:
		switch p.text[t.start:t.end] {
		case "I":
			it.q = 1
		case "II":
			it.q = 2
		case "III":
			it.q = 3
		case "IV":
			it.q = 4
		default:
			return j, false
		}
	default:
		return j, false
	}
	it.grain = pipeline.GrainQuarter
	j++
	if j+1 < len(p.toks) && p.toks[j].kind == tokPunct && (p.toks[j].r == '/' || p.toks[j].r == '-' || p.toks[j].r == '.') &&
		!p.toks[j].space && !p.toks[j+1].space && p.toks[j+1].kind == tokNum && p.toks[j+1].digits == 4 && p.toks[j+1].num >= 1000 {
		it.y = p.toks[j+1].num
		return j + 2, true
	}
	return p.yearAfter(it, j), true
}

// coreDecade reads "1990" or "90" after "thập niên" or "những năm"; "những
// năm 1995" is a year.
func (p *parser) coreDecade(it *item, j int) (int, bool) {
	if j >= len(p.toks) || p.toks[j].kind != tokNum {
		return j, false
	}
	t := p.toks[j]
	switch {
	case t.num < 1000 && t.digits == 4:
		return j, false // "0000"
	case t.digits == 4 && t.num%10 == 0:
		it.decade, it.grain = t.num, pipeline.GrainDecade
	case t.digits == 4:
		it.y, it.grain = t.num, pipeline.GrainYear
	case t.digits == 2 && t.num%10 == 0:
		it.decade, it.grain = 1900+t.num, pipeline.GrainDecade
	default:
		return j, false
	}
	return j + 1, true
}

// isYear reports a four-digit year; "0000" is none.
func isYear(n numPart) bool { return n.digits == 4 && n.val >= 1000 }

func validDay(n numPart) bool   { return n.digits <= 2 && n.val >= 1 && n.val <= 31 }
func validMonth(n numPart) bool { return n.digits <= 2 && n.val >= 1 && n.val <= 12 }

// relativeBlocked reports "đó" or "nữa" after a relative phrase ("năm trước
// đó"): then it counts from another event, not from publication.
func (p *parser) relativeBlocked(j int) bool {
	switch p.word(j) {
	case "đó", "nữa", "ấy", "kia", "khi":
		return true
	}
	return false
}

// agoAt parses "cách đây 3 ngày" (three days ago) at i.
func (p *parser) agoAt(i int) (int, bool) {
	toks := p.toks
	if p.word(i+1) != "đây" || i+3 >= len(toks) || toks[i+2].kind != tokNum || toks[i+2].digits > 3 {
		return i, false
	}
	var g pipeline.Grain
	switch p.word(i + 3) {
	case "ngày", "hôm":
		g = pipeline.GrainDay
	case "tháng":
		g = pipeline.GrainMonth
	case "năm":
		g = pipeline.GrainYear
	default:
		return i, false
	}
	if !p.anchor.ok {
		return i + 4, true
	}
	it := item{first: i, last: i + 4, start: toks[i].start, end: toks[i+3].end, grain: g, relative: true, relOffset: -toks[i+2].num}
	p.emit(&it, "")
	return i + 4, true
}

// relative parses a relative expression at i: "hôm qua", "chiều nay",
// "năm ngoái", "cuối tháng trước", "3 ngày trước".
func (p *parser) relative(i int) (int, bool) {
	toks := p.toks
	if toks[i].kind == tokNum {
		// "3 ngày trước", "2 năm trước"
		if toks[i].digits > 3 || i+2 >= len(toks) || p.word(i+2) != "trước" || p.relativeBlocked(i+3) || p.blocked(i) {
			return i, false
		}
		var g pipeline.Grain
		switch p.word(i + 1) {
		case "ngày":
			g = pipeline.GrainDay
		case "tháng":
			g = pipeline.GrainMonth
		case "năm":
			g = pipeline.GrainYear
		default:
			return i, false
		}
		if !p.anchor.ok {
			return i + 3, true
		}
		it := item{first: i, last: i + 3, start: toks[i].start, end: toks[i+2].end, grain: g, relative: true, relOffset: -toks[i].num}
		p.emit(&it, "")
		return i + 3, true
	}
	if toks[i].kind != tokWord {
		return i, false
	}
	if p.word(i) == "cách" {
		return p.agoAt(i)
	}
	j := i
	if ph, n, ok := p.leadAt(j); ok && ph.role == roleQualifier {
		j = n
	}
	grain, off := pipeline.GrainUnknown, 0
	if ph, n, ok := relatives.match(p, j); ok && !p.relativeBlocked(n) {
		grain, off, j = ph.grain, ph.offset, n
	} else if ph, n, ok := p.leadAt(j); ok && ph.role == rolePartOfDay {
		k := n
		if ph2, n2, ok := relatives.match(p, k); ok && ph2.grain == pipeline.GrainDay {
			grain, off, j = ph2.grain, ph2.offset, n2
		} else {
			switch p.word(k) {
			case "nay":
				grain, off, j = pipeline.GrainDay, 0, k+1
			case "qua":
				grain, off, j = pipeline.GrainDay, -1, k+1
			case "mai":
				grain, off, j = pipeline.GrainDay, 1, k+1
			}
		}
	}
	if grain == pipeline.GrainUnknown {
		return i, false
	}
	if j > i && p.durationBefore(i) && grain != pipeline.GrainDay {
		return i, false // "hai năm trước", "các năm trước"
	}
	if !p.anchor.ok {
		return j, true // counted only against a publication date
	}
	it := item{first: i, last: j, start: toks[i].start, end: toks[j-1].end, grain: grain, relative: true, relOffset: off}
	p.emit(&it, "")
	return j, true
}
