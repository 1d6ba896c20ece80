package date

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// anchor is the publication date that relative dates and missing years are
// resolved against.
type anchor struct {
	y, m, d int
	jd      int // Julian day number
	ok      bool
}

// parseAnchor reads "YYYY-MM-DD" (a longer RFC 3339 timestamp is cut to its
// date); anything else gives no anchor.
func parseAnchor(s string) anchor {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return anchor{}
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return anchor{}
	}
	return anchor{y: y, m: m, d: d, jd: jdFromDate(d, m, y), ok: true}
}

// daysIn returns the length of month m of year y; y == 0 (unknown) allows 29 February.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// pastSlackDays is how far past the publication date a day without a year
// may fall and still be read in the publication year: news announces events
// a few weeks ahead without saying "tới". Further ahead, the previous year's
// date is the nearer plausible reading for a report.
const pastSlackDays = 60

// inferYear picks the year of a day or month written without one: the
// publication year, or the one before when that would put the date well
// after publication (unless until is set), or the one after for a date
// announced as ahead ("tới") that would otherwise lie long past. 0 without
// an anchor.
func (p *parser) inferYear(m, d int, future, until bool) int {
	a := p.anchor
	if !a.ok {
		return 0
	}
	y := a.y
	if d == 0 {
		d = 1
	}
	diff := jdFromDate(min(d, daysIn(m, y)), m, y) - a.jd
	switch {
	case future && diff < -pastSlackDays:
		y++
	case !future && !until && diff > pastSlackDays:
		y--
	}
	return y
}

// untilBefore reports "đến" or "tới" (and "hết") just before an item that
// stands alone: "đơn hàng đã kín đến tháng 11" runs from now to a later
// month of the year. Unlike futureHint it does not move a past date ahead:
// "tính đến ngày 30/4" may lie well before publication.
func (p *parser) untilBefore(it *item) bool {
	k := it.first - 1
	if p.word(k) == "hết" {
		k--
	}
	w := p.word(k)
	return w == "đến" || w == "tới"
}

// futureHint reports words around an item that place it after publication:
// "sẽ", "dự kiến", "sắp" before it, a deadline ("trước ngày 30/9"), "tới"
// after it.
func (p *parser) futureHint(it *item) bool {
	if it.future {
		return true
	}
	// A deadline: "trước ngày 30/9", "hạn chót 30/9", "chậm nhất ngày 30/9".
	switch p.word(it.first - 1) {
	case "trước", "chót", "nhất", "hạn":
		return true
	}
	// The text, not the tokens: a cue may stand before the window that was
	// tokenized ("sẽ tiếp tục tổ chức Lễ hội Áo dài vào tháng 10").
	return futureBefore(p.text[:it.start])
}

// futureCueWords is how many words before a date futureBefore looks at.
const futureCueWords = 12

// futureBefore reports a word that places what follows ahead of
// publication among the last words of s's last clause: "sẽ", "sắp", "dự
// kiến", "theo kế hoạch".
func futureBefore(s string) bool {
	prev := ""
	for n := 0; n < futureCueWords && len(s) > 0; n++ {
		s = strings.TrimRight(s, " ,")
		i := strings.LastIndexAny(s, " .;\n")
		w := s[i+1:]
		switch w {
		case "sẽ", "Sẽ", "sắp", "Sắp":
			return true
		case "dự", "Dự": // not "tham dự"
			if prev == "kiến" || prev == "định" {
				return true
			}
		case "kế", "Kế":
			if prev == "hoạch" {
				return true
			}
		}
		if i < 0 || s[i] != ' ' {
			return false // the clause starts here
		}
		prev, s = w, s[:i]
	}
	return false
}

// emit resolves it and appends its entity. rng is "", "start" or "end".
func (p *parser) emit(it *item, rng string) {
	if !keyed(p.text, it.start, it.end, p.anchor.ok) {
		return
	}
	info := p.newInfo()
	info.Grain, info.Range = it.grain, rng
	y, m, d := it.y, it.m, it.d
	a := p.anchor
	switch {
	case it.relative:
		if !a.ok {
			return
		}
		info.Relative = true
		switch it.grain {
		case pipeline.GrainDay:
			d, m, y = jdToDate(a.jd + it.relOffset)
		case pipeline.GrainMonth:
			n := a.y*12 + a.m - 1 + it.relOffset
			y, m = n/12, n%12+1
		case pipeline.GrainYear:
			y = a.y + it.relOffset
		}
	case it.relYear:
		if a.ok {
			y = a.y + it.relYearOff
			info.Relative = true
		}
	}
	if it.lunar {
		p.emitLunar(it, info, rng)
		return
	}
	if y == 0 && !it.relative && !it.relYear && it.grain != pipeline.GrainYear && it.grain != pipeline.GrainDecade {
		if it.grain == pipeline.GrainDay {
			p.guessed = append(p.guessed, len(p.out))
		}
		switch it.grain {
		case pipeline.GrainQuarter:
			if a.ok {
				// The quarter of that number nearest to publication: the
				// next one is this year's ("dự kiến ... đến cuối quý II" in
				// March), one two or three ahead last year's unless announced.
				y = a.y
				if ahead := it.q - (a.m+2)/3; ahead >= 2 && !p.futureHint(it) {
					y--
				}
			}
		default:
			y = p.inferYear(m, d, p.futureHint(it), rng == "" && p.untilBefore(it))
		}
	}
	if it.grain == pipeline.GrainDay && d > daysIn(m, y) {
		if !it.strongLead {
			return
		}
		// 31/2: keep what is certain, the month, and say why.
		info.Grain = pipeline.GrainMonth
		info.Note = "day " + strconv.Itoa(d) + " does not exist in month " + strconv.Itoa(m)
		if y != 0 && m == 2 && d == 29 {
			info.Note += " of " + strconv.Itoa(y)
		}
		d = 0
	}
	p.append(it, isoValue(info.Grain, y, m, d, it.q, it.decade), info)
}

// emitLunar converts a lunar item to the solar calendar and appends it. The
// lunar year is the one written, or the one that puts the date nearest to
// publication; without either the date cannot be placed and its value is
// "XXXX" with a note.
func (p *parser) emitLunar(it *item, info *pipeline.DateInfo, rng string) {
	info.Calendar = "lunar"
	d := it.d
	if d == 0 {
		d = 1 // a lunar month is placed by its first day
	}
	convert := func(y int) (int, int, int, bool) {
		sd, sm, sy, ok := lunarToSolar(lunarDate{Year: y, Month: it.m, Day: d, Leap: it.leapMonth})
		if !ok && d == 30 && it.m == 12 {
			// "30 Tết" is New Year's Eve even when the month has 29 days.
			return lunarToSolar(lunarDate{Year: y, Month: it.m, Day: 29, Leap: it.leapMonth})
		}
		return sd, sm, sy, ok
	}
	ly := it.y
	var sd, sm, sy int
	ok := false
	if ly == 0 && it.cycle > 0 && p.anchor.ok {
		ly = nearestInCycle(it.cycle, p.anchor.y)
	}
	if ly != 0 {
		sd, sm, sy, ok = convert(ly)
	} else if p.anchor.ok {
		best := -1
		for _, cand := range [...]int{p.anchor.y - 1, p.anchor.y, p.anchor.y + 1} {
			cd, cm, cy, cok := convert(cand)
			if !cok {
				continue
			}
			dist := jdFromDate(cd, cm, cy) - p.anchor.jd
			if dist < 0 {
				dist = -dist
			}
			if best < 0 || dist < best {
				best, ly = dist, cand
				sd, sm, sy, ok = cd, cm, cy, true
			}
		}
	}
	if it.grain == pipeline.GrainYear {
		// "năm Ất Tỵ": the solar year in which the lunar one begins.
		if ly == 0 {
			p.lunarLeft = append(p.lunarLeft, pendingLunar{out: len(p.out), cycle: it.cycle})
			info.Note = "lunar year without a solar one: not placed"
			p.append(it, "XXXX", info)
			return
		}
		p.append(it, isoValue(info.Grain, ly, 0, 0, 0, 0), info)
		return
	}
	info.Lunar = lunarForm(ly, it.m, it.d, it.leapMonth)
	if ly == 0 {
		info.Note = "lunar date without a year: not converted"
		p.lunarLeft = append(p.lunarLeft, pendingLunar{out: len(p.out), m: it.m, d: it.d, leap: it.leapMonth, cycle: it.cycle})
		p.append(it, "XXXX", info)
		return
	}
	if !ok {
		info.Note = "no such lunar date"
		info.Grain = pipeline.GrainYear
		p.append(it, isoValue(info.Grain, ly, 0, 0, 0, 0), info)
		return
	}
	if it.d == 0 {
		sd = 0
	}
	p.append(it, isoValue(info.Grain, sy, sm, sd, 0, 0), info)
}

// nearestInCycle returns the year of sexagenary index cycle (Y mod 60,
// plus 1) nearest to year y.
func nearestInCycle(cycle, y int) int {
	c := y - ((y-(cycle-1))%60+60)%60 // the latest such year at or before y
	if y-c > 30 {
		c += 60
	}
	return c
}

// pendingLunar is a lunar date left without a year (no publication date):
// its entity in parser.out and its lunar parts.
type pendingLunar struct {
	out, m, d, cycle int
	leap             bool
}

// yearsForLunar places the lunar dates left without a year by the nearest
// dated entity in the same paragraph, as a reader of "Tết Ất Tỵ năm 2025
// rơi vào ngày 29/1/2025 (tức mùng 1 Tết)" does. A paragraph without one
// takes the article's latest day or month, the time it reports on, as
// yearsFromSameDate does (a bare year may be history: "Năm 2012, UNESCO
// ghi danh..."). A day or month placing it gives the lunar year whose date
// falls nearest to it: "23 tháng Chạp" beside 22/2/2026 is 10/2/2026, in
// the lunar year 2025. A year gives its own number, a stem and branch
// ("năm Ất Tỵ") the year of that name nearest to it. Those named by stem
// and branch are placed first, as they place the others best. A lunar year
// still unplaced is dropped: "XXXX" says nothing.
func (p *parser) yearsForLunar() {
	p.placeLunar(true)
	p.placeLunar(false)
	if len(p.lunarLeft) > 0 {
		p.out = slices.DeleteFunc(p.out, func(e pipeline.Entity) bool {
			return e.Value == "XXXX" && e.Date.Grain == pipeline.GrainYear
		})
	}
}

// placeLunar places the pending lunar dates that name a stem and branch
// (named) or those that do not.
func (p *parser) placeLunar(named bool) {
	refs := make([]string, len(p.lunarLeft)) // taken before any is placed
	for i, pl := range p.lunarLeft {
		if (pl.cycle > 0) != named {
			continue
		}
		e := p.out[pl.out]
		dist, latest := -1, ""
		for _, o := range p.out {
			v := o.Value
			if len(v) < 4 || v[0] < '0' || v[0] > '9' || v[3] == 'X' {
				continue
			}
			day := len(v) >= 7 && v[5] != 'Q'
			if day && v > latest {
				latest = v
			}
			if !day && p.originYear(o) {
				continue
			}
			from, to := min(o.Span.End, e.Span.End), max(o.Span.Start, e.Span.Start)
			if from < to && strings.IndexByte(p.text[from:to], '\n') >= 0 {
				continue // another paragraph
			}
			if d := to - from; dist < 0 || d < dist {
				refs[i], dist = v, d
			}
		}
		if dist < 0 || latest != "" && p.thisYearBefore(e.Span.Start) {
			refs[i] = latest
		}
	}
	for i, pl := range p.lunarLeft {
		e, ref := &p.out[pl.out], refs[i]
		if ref == "" {
			continue
		}
		y := atoi4(ref)
		if pl.cycle > 0 {
			y = nearestInCycle(pl.cycle, y)
		}
		if e.Date.Grain == pipeline.GrainYear {
			e.Date.Note = "lunar year placed by the article's dates"
			e.Value = isoValue(pipeline.GrainYear, y, 0, 0, 0, 0)
			continue
		}
		sd, sm, sy, ly, ok := lunarNear(pl, y, ref)
		if !ok {
			continue
		}
		e.Date.Lunar = lunarForm(ly, pl.m, pl.d, pl.leap)
		e.Date.Note = "lunar year taken from the text"
		e.Value = isoValue(e.Date.Grain, sy, sm, sd, 0, 0)
	}
}

// originYear reports whether the year o is when something began or
// someone was born ("làm muối từ năm 1980", "sinh năm 1960", "SN 1952"):
// the story of a life or a trade, not the time of the lunar dates beside
// it.
func (p *parser) originYear(o pipeline.Entity) bool {
	if o.Date == nil || o.Date.Grain != pipeline.GrainYear {
		return false
	}
	if t := o.Text; strings.HasPrefix(t, "sinh ") || strings.HasPrefix(t, "Sinh ") {
		return true
	}
	// "kỷ niệm 45 năm thành lập (1981-2026)": both ends of a span of
	// years in brackets tell a history.
	if o.Date.Range != "" && bracketedYears(p.text, o.Span.Start, o.Span.End) {
		return true
	}
	before := strings.TrimRight(p.text[max(0, o.Span.Start-8):o.Span.Start], " (")
	for _, w := range [...]string{"từ", "Từ", "sinh", "Sinh", "SN"} {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || before[len(before)-len(w)-1] == ' ' || before[len(before)-len(w)-1] == '(') {
			return true
		}
	}
	return false
}

// bracketedYears reports whether text[a:b], a year, stands inside
// brackets that hold only years and the dash between them: "(1981-2026)",
// "(1981 – 2026)".
func bracketedYears(text string, a, b int) bool {
	for n := 0; a > 0 && n < 12 && yearsByte(text[a-1]); n++ {
		a--
	}
	for n := 0; b < len(text) && n < 12 && yearsByte(text[b]); n++ {
		b++
	}
	return a > 0 && text[a-1] == '(' && b < len(text) && text[b] == ')'
}

// yearsByte reports whether c can stand between the years of a span: a
// digit, a space, a hyphen or a byte of an en dash.
func yearsByte(c byte) bool {
	return c >= '0' && c <= '9' || c == ' ' || c == '-' || c == 0xe2 || c == 0x80 || c == 0x93
}

// thisYearBefore reports whether "năm nay" stands in the sentence before
// text[i], which then speaks of the article's own year.
func (p *parser) thisYearBefore(i int) bool {
	a := max(0, i-80)
	if k := strings.LastIndexAny(p.text[a:i], ".\n"); k >= 0 {
		a += k + 1
	}
	return strings.Contains(p.text[a:i], "năm nay") || strings.Contains(p.text[a:i], "Năm nay")
}

// lunarNear converts pl in lunar year y, or, when ref is a day or month
// and pl names no year, in whichever of the years around y puts it nearest
// to ref. It returns the solar date (day 0 for a month) and the lunar year.
func lunarNear(pl pendingLunar, y int, ref string) (sd, sm, sy, ly int, ok bool) {
	d := max(pl.d, 1)
	cands := []int{y}
	refJD := 0
	if pl.cycle == 0 && len(ref) >= 7 && ref[5] != 'Q' {
		rm, rd := int(ref[5]-'0')*10+int(ref[6]-'0'), 15
		if len(ref) >= 10 {
			rd = int(ref[8]-'0')*10 + int(ref[9]-'0')
		}
		refJD = jdFromDate(rd, rm, y)
		cands = []int{y - 1, y, y + 1}
	}
	best := -1
	for _, c := range cands {
		cd, cm, cy, cok := lunarToSolar(lunarDate{Year: c, Month: pl.m, Day: d, Leap: pl.leap})
		if !cok {
			continue
		}
		dist := 0
		if refJD != 0 {
			dist = jdFromDate(cd, cm, cy) - refJD
			dist = max(dist, -dist)
		}
		if best < 0 || dist < best {
			best, sd, sm, sy, ly, ok = dist, cd, cm, cy, c, true
		}
	}
	if ok && pl.d == 0 {
		sd = 0
	}
	return sd, sm, sy, ly, ok
}

// atoi4 reads the 4-digit year that opens an ISO value.
func atoi4(v string) int {
	n := 0
	for _, c := range []byte(v[:4]) {
		n = n*10 + int(c-'0')
	}
	return n
}

// lunarForm writes a lunar date as "YYYY-MM-DD" in lunar numbers, "XXXX"
// for an unknown year, "L" after a leap month ("2017-06L-01"), the day left
// out for a month.
func lunarForm(y, m, d int, leap bool) string {
	b := make([]byte, 0, 12)
	b = appendYear(b, y)
	b = append(b, '-')
	b = append2(b, m)
	if leap {
		b = append(b, 'L')
	}
	if d != 0 {
		b = append(b, '-')
		b = append2(b, d)
	}
	return string(b)
}

// isoValue formats a date of grain g: "2017-09-12", "XXXX-09", "2017-Q1",
// "2017", "199X". Zero parts are unknown.
func isoValue(g pipeline.Grain, y, m, d, q, decade int) string {
	b := make([]byte, 0, 10)
	switch g {
	case pipeline.GrainDecade:
		b = strconv.AppendInt(b, int64(decade/10), 10)
		return string(append(b, 'X'))
	case pipeline.GrainYear:
		return string(appendYear(b, y))
	case pipeline.GrainQuarter:
		b = appendYear(b, y)
		return string(append(b, '-', 'Q', byte('0'+q)))
	}
	b = appendYear(b, y)
	b = append(b, '-')
	b = append2(b, m)
	if g == pipeline.GrainDay {
		b = append(b, '-')
		b = append2(b, d)
	}
	return string(b)
}

func appendYear(b []byte, y int) []byte {
	if y <= 0 || y > 9999 {
		return append(b, "XXXX"...)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10%10), byte('0'+n%10)) }

// newInfo returns a zero DateInfo. They are allocated eight at a time:
// an article has a few dates, and each would cost an allocation. A block
// serves one document only.
func (p *parser) newInfo() *pipeline.DateInfo {
	if len(p.infos) == 0 {
		p.infos = make([]pipeline.DateInfo, 8)
	}
	info := &p.infos[0]
	p.infos = p.infos[1:]
	return info
}

// append adds the entity for it.
func (p *parser) append(it *item, value string, info *pipeline.DateInfo) {
	s := pipeline.Span{Start: it.start, End: it.end}
	if p.out == nil {
		p.out = make([]pipeline.Entity, 0, 8) // rather than growing by 1, 2, 4, 8
	}
	p.out = append(p.out, pipeline.Entity{
		Kind:   pipeline.KindDate,
		Span:   s,
		Text:   s.Of(p.text),
		Value:  value,
		Source: Name,
		Date:   info,
	})
}
