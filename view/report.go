package view

import (
	"fmt"
	"html/template"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
)

// ReportOptions tune a Report.
type ReportOptions struct {
	// Title of the page; "vnextract report" when empty.
	Title string
	// Top is how many rows each ranking shows; 0 means 30.
	Top int
	// Track is how many distinct people, roles, award names... each
	// counter keeps; 0 means 5000. Counts are exact while a counter holds
	// fewer distinct keys, and Space-Saving estimates beyond.
	Track int
}

// Report summarises a run: records ok and in error, the people mentioned
// most with their ranks and titles, the ranks and roles that occur, awards
// by type and year, dates over time, and the encodings detected. Add
// records one at a time: memory is bounded by ReportOptions.Track, whatever
// the number of records. A Report is not safe for concurrent use.
type Report struct {
	opts    ReportOptions
	records int
	ok      int
	errs    *topK[[]string] // code → ids of a few records
	bad     int             // lines that were not records
	badMsgs []string

	people     *topK[*personStats]
	ranks      *topK[struct{}] // people per rank
	roles      *topK[struct{}]
	orgs       *topK[struct{}]
	awardTypes *topK[struct{}]
	awardNames *topK[struct{}]
	encodings  *topK[struct{}]

	awardYears map[int]int
	awardNoDay int
	dateYears  map[int]int
	dateNoYear int
	grains     map[string]int

	edits                            []int // by editFields
	nPeople, nDates, nAwards, nWarns int
	runes                            int64
}

type personStats struct {
	articles int
	last     int // the record that last counted an article
	ranks    *topK[struct{}]
	titles   *topK[struct{}]
}

const (
	minYear  = 1000
	maxYear  = 2999
	examples = 3
)

// editFields lists the integer counters of pipeline.Edits by their JSON
// names, so that the report shows every kind of edit the normalizer counts,
// including kinds added after this package was written.
var editFields = func() []editField {
	var fs []editField
	t := reflect.TypeFor[pipeline.Edits]()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Type.Kind() != reflect.Int {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			name = strings.ToLower(f.Name)
		}
		fs = append(fs, editField{index: i, name: name})
	}
	return fs
}()

type editField struct {
	index int
	name  string
}

// NewReport returns an empty report.
func NewReport(opts ReportOptions) *Report {
	if opts.Top <= 0 {
		opts.Top = 30
	}
	if opts.Track <= 0 {
		opts.Track = 5000
	}
	if opts.Title == "" {
		opts.Title = "vnextract report"
	}
	k := opts.Track
	return &Report{
		opts: opts,
		errs: newTopK[[]string](64), people: newTopK[*personStats](k),
		ranks: newTopK[struct{}](k), roles: newTopK[struct{}](k), orgs: newTopK[struct{}](k),
		awardTypes: newTopK[struct{}](k), awardNames: newTopK[struct{}](k), encodings: newTopK[struct{}](64),
		awardYears: map[int]int{}, dateYears: map[int]int{}, grains: map[string]int{},
		edits: make([]int, len(editFields)),
	}
}

// Add counts one record.
func (r *Report) Add(rec *pipeline.Record) {
	r.records++
	if rec.Status != "ok" || rec.Error != nil {
		code := "unknown"
		if rec.Error != nil && rec.Error.Code != "" {
			code = string(rec.Error.Code)
		}
		e := r.errs.add(code, 1)
		if len(e.extra) < examples {
			e.extra = append(e.extra, rec.ID)
		}
		return
	}
	r.ok++
	r.runes += int64(utf8.RuneCountInString(rec.Text))
	r.nWarns += len(rec.Warnings)
	if n := rec.Normalization; n != nil {
		r.encodings.add(orNone(n.Encoding), 1)
		ev := reflect.ValueOf(n.Edits)
		for i, f := range editFields {
			r.edits[i] += int(ev.Field(f.index).Int())
		}
	}
	r.nPeople += len(rec.People)
	for _, p := range rec.People {
		e := r.people.add(strings.TrimSpace(p.Name), max(len(p.Mentions), 1))
		if e.extra == nil {
			e.extra = &personStats{ranks: newTopK[struct{}](4), titles: newTopK[struct{}](6)}
		}
		if e.extra.last != r.records {
			e.extra.last = r.records
			e.extra.articles++
		}
		if p.Rank != nil && *p.Rank != "" {
			e.extra.ranks.add(*p.Rank, 1)
			r.ranks.add(*p.Rank, 1)
		}
		for _, t := range p.Titles {
			e.extra.titles.add(titleLabel(&t), 1)
			r.roles.add(orNone(t.Role), 1)
			if t.Organization != "" {
				r.orgs.add(t.Organization, 1)
			}
		}
	}
	r.nDates += len(rec.Dates)
	for _, d := range rec.Dates {
		r.grains[grainName(d.Grain)]++
		if y, ok := year(d.Value); ok {
			r.dateYears[y]++
		} else {
			r.dateNoYear++
		}
	}
	r.nAwards += len(rec.Awards)
	for _, a := range rec.Awards {
		r.awardTypes.add(orNone(a.Type), 1)
		r.awardNames.add(orNone(a.Name), 1)
		if y, ok := year(deref(a.Date)); ok {
			r.awardYears[y]++
		} else {
			r.awardNoDay++
		}
	}
}

// AddError counts an input line that was not a record (see ReadRecords).
func (r *Report) AddError(err error) {
	r.bad++
	if len(r.badMsgs) < examples {
		r.badMsgs = append(r.badMsgs, err.Error())
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func grainName(g pipeline.Grain) string {
	if s := g.String(); s != "" {
		return s
	}
	return "(none)"
}

// year reads the year of an ISO value: "2017-09-12" and "2017" give 2017,
// a decade "201X" gives 2010; "XXXX-09-12" has none.
func year(v string) (int, bool) {
	if len(v) < 4 {
		return 0, false
	}
	s := v[:4]
	if s[3] == 'X' {
		s = s[:3] + "0"
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < minYear || y > maxYear {
		return 0, false
	}
	return y, true
}

// WriteHTML writes the report as one self-contained HTML page.
func (r *Report) WriteHTML(w io.Writer) error {
	return templates.ExecuteTemplate(w, "report.html", r.data())
}

type row struct {
	Key    string
	N      int
	Approx bool // N over-counts by up to Err
	Err    int
	Share  string
	Extra  []string
	Extra2 []string
	Ref    string
}

type reportData struct {
	Title      string
	CSS        template.CSS
	Records    int
	OK         int
	Failed     int
	Errors     []row
	Bad        int
	BadMsgs    []string
	Runes      int64
	Edits      []row
	Warnings   int
	NPeople    int
	NDates     int
	NAwards    int
	People     []row
	Ranks      []row
	Roles      []row
	Orgs       []row
	AwardTypes []row
	AwardNames []row
	AwardYears []row
	AwardNoDay int
	Grains     []row
	DateNoYear int
	Chart      template.HTML
	Encodings  []row
	Exact      bool
	Track      int
}

func (r *Report) data() reportData {
	d := reportData{
		Title: r.opts.Title, CSS: styleCSS, Records: r.records, OK: r.ok, Failed: r.records - r.ok,
		Bad: r.bad, BadMsgs: r.badMsgs, Runes: r.runes, Warnings: r.nWarns,
		NPeople: r.nPeople, NDates: r.nDates, NAwards: r.nAwards, AwardNoDay: r.awardNoDay,
		DateNoYear: r.dateNoYear, Track: r.opts.Track,
	}
	for i, f := range editFields {
		d.Edits = append(d.Edits, row{Key: f.name, N: r.edits[i]})
	}
	top := r.opts.Top
	d.Errors = rows(r.errs, -1, r.records, func(e *entry[[]string], rw *row) { rw.Extra = e.extra })
	d.People = rows(r.people, top, 0, func(e *entry[*personStats], rw *row) {
		if e.extra == nil {
			return
		}
		rw.Share = strconv.Itoa(e.extra.articles)
		for _, x := range e.extra.ranks.top(-1) {
			rw.Extra = append(rw.Extra, x.key)
		}
		for _, x := range e.extra.titles.top(-1) {
			rw.Extra2 = append(rw.Extra2, x.key)
		}
	})
	d.Ranks = rows(r.ranks, -1, r.nPeople, nil)
	d.Roles = rows(r.roles, top, 0, nil)
	d.Orgs = rows(r.orgs, top, 0, nil)
	d.AwardTypes = rows(r.awardTypes, top, r.nAwards, nil)
	d.AwardNames = rows(r.awardNames, top, 0, nil)
	d.Encodings = rows(r.encodings, -1, r.ok, nil)
	for _, y := range sortedKeys(r.awardYears) {
		d.AwardYears = append(d.AwardYears, row{Key: strconv.Itoa(y), N: r.awardYears[y]})
	}
	for _, g := range []string{"day", "month", "quarter", "year", "decade", "(none)"} {
		if n := r.grains[g]; n > 0 {
			d.Grains = append(d.Grains, row{Key: g, N: n, Share: percent(n, r.nDates)})
		}
	}
	d.Chart = yearChart(r.dateYears)
	d.Exact = r.people.exact() && r.roles.exact() && r.orgs.exact() && r.awardNames.exact()
	return d
}

func rows[T any](t *topK[T], k, total int, fill func(*entry[T], *row)) []row {
	var out []row
	for _, e := range t.top(k) {
		rw := row{Key: e.key, N: e.n, Approx: e.err > 0, Err: e.err}
		if total > 0 {
			rw.Share = percent(e.n, total)
		}
		if fill != nil {
			fill(e, &rw)
		}
		out = append(out, rw)
	}
	return out
}

func percent(n, total int) string {
	if total == 0 {
		return ""
	}
	return strconv.FormatFloat(100*float64(n)/float64(total), 'f', 1, 64) + "%"
}

func sortedKeys(m map[int]int) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// yearChart draws dates per year as an SVG bar chart, one bar per year
// from the first to the last year seen, or per decade when that spans
// more than 80 years. Every bar has a <title> for hovering.
func yearChart(years map[int]int) template.HTML {
	if len(years) == 0 {
		return ""
	}
	ks := sortedKeys(years)
	lo, hi, step := ks[0], ks[len(ks)-1], 1
	if hi-lo >= 80 {
		step = 10
		lo, hi = lo/10*10, hi/10*10
	}
	nbins := (hi-lo)/step + 1
	bins := make([]int, nbins)
	peak := 0
	for y, n := range years {
		i := (y - lo) / step
		bins[i] += n
		peak = max(peak, bins[i])
	}
	const (
		width, height         = 900, 260
		left, right           = 44, 12
		top, bottom           = 12, 36
		plotW, plotH  float64 = width - left - right, height - top - bottom
	)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" id="date-chart" viewBox="0 0 %d %d" role="img" aria-label="dates per %s" xmlns="http://www.w3.org/2000/svg">`,
		width, height, map[int]string{1: "year", 10: "decade"}[step])
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%g" x2="%d" y2="%g"/>`, left, top+plotH, width-right, top+plotH)
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%g"/>`, left, top, left, top+plotH)
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%d</text>`, left-6, top+10, peak)
	fmt.Fprintf(&b, `<text x="%d" y="%g" text-anchor="end">0</text>`, left-6, top+plotH)
	slot := plotW / float64(nbins)
	barW := max(slot*0.8, 1)
	// Label about 12 bins whatever their number, on round values.
	every := 1
	for _, e := range []int{1, 2, 5, 10, 20, 25, 50, 100} {
		every = e
		if nbins/e <= 12 {
			break
		}
	}
	for i, n := range bins {
		x := left + float64(i)*slot + (slot-barW)/2
		label := strconv.Itoa(lo + i*step)
		if step == 10 {
			label += "s"
		}
		if n > 0 {
			h := plotH * float64(n) / float64(peak)
			fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d</title></rect>`,
				x, top+plotH-h, barW, h, label, n)
		}
		if (lo+i*step)/step%every == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%g" text-anchor="middle">%s</text>`, x+barW/2, top+plotH+16, label)
		}
	}
	b.WriteString(`</svg>`)
	// Only numbers and fixed words go into the markup.
	return template.HTML(b.String())
}
