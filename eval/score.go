package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Fields are the scored fields, in report order.
var Fields = []string{"people", "ranks", "titles", "dates", "awards", "award_names"}

// Count holds true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

// PRF returns precision, recall and F1 with score.py's conventions for empty
// denominators: nothing predicted and nothing missed is a perfect score.
func (c Count) PRF() (p, r, f float64) {
	switch {
	case c.TP+c.FP > 0:
		p = float64(c.TP) / float64(c.TP+c.FP)
	case c.FN == 0:
		p = 1
	}
	r = 1
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Result is the outcome of Score.
type Result struct {
	Counts   map[string]Count // keyed by the names in Fields
	Articles int              // gold articles scored
	Missing  []string         // gold ids without an ok record
	Errors   []string         // malformed record lines and span errors
}

// Records are system records keyed by id, as score.py keys them.
type Records struct {
	byID map[string]*record
	bad  []string
}

// record is the part of a vnextract/v1 record that scoring reads. Its types
// are loose where score.py accepts more than one shape.
type record struct {
	ID     PyString `json:"id"`
	Status any      `json:"status"`
	Text   string   `json:"text"`
	People []struct {
		Name     string  `json:"name"`
		Rank     *string `json:"rank"`
		Titles   []title `json:"titles"`
		Mentions []span  `json:"mentions"`
	} `json:"people"`
	Dates []struct {
		Value *string `json:"value"`
		span
	} `json:"dates"`
	Awards []struct {
		Name       string      `json:"name"`
		Class      *string     `json:"class"`
		Recipients []Recipient `json:"recipients"`
		Mentions   []span      `json:"mentions"`
	} `json:"awards"`
}

type span struct {
	Start *int    `json:"start"`
	End   *int    `json:"end"`
	Text  *string `json:"text"`
}

type title struct {
	Role         string `json:"role"`
	Organization string `json:"organization"`
	span
}

// ReadRecords reads JSON Lines of records. A line that is not a record is
// kept as an error for the Result, not returned: score.py reports it and
// scores the rest. Records whose id is a path are also found by its last
// element.
func ReadRecords(r io.Reader) (*Records, error) {
	recs := &Records{byID: map[string]*record{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		rec := &record{ID: "None"}
		if err := json.Unmarshal(line, rec); err != nil {
			recs.bad = append(recs.bad, fmt.Sprintf("line %d: not JSON: %v", n, err))
			continue
		}
		id := string(rec.ID)
		recs.byID[id] = rec
		base := id[strings.LastIndexByte(id, '/')+1:]
		if _, ok := recs.byID[base]; !ok {
			recs.byID[base] = rec
		}
	}
	return recs, sc.Err()
}

// Score compares records with gold the way score.py does.
func Score(golds []Gold, recs *Records) Result {
	res := Result{Counts: map[string]Count{}, Articles: len(golds)}
	res.Errors = append(res.Errors, recs.bad...)
	for _, g := range golds {
		if rec := recs.byID[string(g.ID)]; rec != nil {
			res.Errors = append(res.Errors, spanErrors(rec)...)
		}
	}
	add := func(field string, tp, fp, fn int) {
		c := res.Counts[field]
		c.TP += tp
		c.FP += fp
		c.FN += fn
		res.Counts[field] = c
	}
	for _, g := range golds {
		rec := recs.byID[string(g.ID)]
		if rec == nil || rec.Status != "ok" {
			res.Missing = append(res.Missing, string(g.ID))
			rec = &record{}
		}
		scoreArticle(&g, rec, add)
	}
	return res
}

func scoreArticle(g *Gold, rec *record, add func(field string, tp, fp, fn int)) {
	byline := ""
	if g.Byline != nil {
		byline = Fold(*g.Byline)
	}
	goldPeople := map[string]*GoldPerson{}
	alias := map[string]string{}
	for i := range g.People {
		p := &g.People[i]
		key := Fold(p.Name[0])
		goldPeople[key] = p
		for _, n := range p.Name {
			alias[Fold(n)] = key
		}
	}
	sysPeople := map[string][]int{} // folded name -> indexes into rec.People
	for i, p := range rec.People {
		name := Fold(p.Name)
		if name == "" || name == byline {
			continue
		}
		if k, ok := alias[name]; ok {
			name = k
		}
		sysPeople[name] = append(sysPeople[name], i)
	}
	tp := 0
	for k := range sysPeople {
		if goldPeople[k] != nil {
			tp++
		}
	}
	add("people", tp, len(sysPeople)-tp, len(goldPeople)-tp)

	names := map[string]bool{}
	for k := range sysPeople {
		names[k] = true
	}
	for k := range goldPeople {
		names[k] = true
	}
	for name := range names {
		gp, sps := goldPeople[name], sysPeople[name]
		gRank := ""
		if gp != nil && gp.Rank != nil {
			gRank = Fold(*gp.Rank)
		}
		sRanks := map[string]bool{}
		for _, i := range sps {
			if r := rec.People[i].Rank; r != nil && Fold(*r) != "" {
				sRanks[Fold(*r)] = true
			}
		}
		if gRank != "" && sRanks[gRank] {
			add("ranks", 1, 0, 0)
			delete(sRanks, gRank)
		} else if gRank != "" {
			add("ranks", 0, 0, 1)
		}
		add("ranks", 0, len(sRanks), 0)

		var goldTitles []map[string]bool
		if gp != nil {
			for _, t := range gp.Titles {
				set := map[string]bool{}
				for _, v := range t {
					set[FoldTitle(v)] = true
				}
				goldTitles = append(goldTitles, set)
			}
		}
		matched := map[int]bool{}
		for _, i := range sps {
			for _, t := range rec.People[i].Titles {
				forms := titleForms(t)
				hit := slices.IndexFunc(goldTitles, func(gt map[string]bool) bool {
					for f := range forms {
						if gt[f] {
							return true
						}
					}
					return false
				})
				switch {
				case hit < 0:
					add("titles", 0, 1, 0)
				case !matched[hit]:
					matched[hit] = true
					add("titles", 1, 0, 0)
				}
			}
		}
		add("titles", 0, 0, len(goldTitles)-len(matched))
	}

	scoreDates(g, rec, add)
	scoreAwards(g, rec, add)
}

func titleForms(t title) map[string]bool {
	text := ""
	if t.Text != nil {
		text = *t.Text
	}
	forms := map[string]bool{FoldTitle(text): true}
	if t.Role != "" || t.Organization != "" {
		forms[FoldTitle(t.Role+" "+t.Organization)] = true
	}
	delete(forms, "")
	return forms
}

// noValue stands for a record date without a value: it counts as one false
// positive, as Python's None does in a set.
const noValue = "\x00None"

func scoreDates(g *Gold, rec *record, add func(field string, tp, fp, fn int)) {
	gd, sd := map[string]bool{}, map[string]bool{}
	for _, d := range g.Dates {
		gd[d.Value] = true
	}
	for _, d := range rec.Dates {
		if d.Value == nil {
			sd[noValue] = true
		} else {
			sd[*d.Value] = true
		}
	}
	// Where only context gives the year, an unresolved year ("XXXX-07-07")
	// and a year resolved from that context are both right.
	for _, v := range sortedMinus(gd, sd) {
		if utf8.RuneCountInString(v) < 5 {
			continue
		}
		for _, x := range sortedMinus(sd, gd) {
			if x == noValue {
				continue
			}
			if runeSlice(x, 4, -1) == runeSlice(v, 4, -1) &&
				(runeSlice(x, 0, 4) == "XXXX" || runeSlice(v, 0, 4) == "XXXX") {
				delete(sd, x)
				sd[v] = true
				break
			}
		}
	}
	both := 0
	for v := range gd {
		if sd[v] {
			both++
		}
	}
	add("dates", both, len(sd)-both, len(gd)-both)
}

func scoreAwards(g *Gold, rec *record, add func(field string, tp, fp, fn int)) {
	goldNames := map[string]bool{}
	for _, a := range g.Awards {
		goldNames[Fold(a.Name)] = true
	}
	type pair struct{ award, who string }
	ga, sa := map[pair]bool{}, map[pair]bool{}
	for _, a := range g.Awards {
		name := Fold(a.Name)
		for _, r := range a.Recipients {
			ga[pair{name, Fold(r.Who())}] = true
		}
	}
	sn := map[string]bool{}
	for _, a := range rec.Awards {
		// a system award may carry its class apart from its name
		name := Fold(a.Name)
		class := ""
		if a.Class != nil {
			class = *a.Class
		}
		if wc := Fold(a.Name + " " + class); goldNames[wc] {
			name = wc
		}
		sn[name] = true
		for _, r := range a.Recipients {
			sa[pair{name, Fold(r.Who())}] = true
		}
	}
	tp := 0
	for p := range ga {
		if sa[p] {
			tp++
		}
	}
	add("awards", tp, len(sa)-tp, len(ga)-tp)
	tp = 0
	for n := range goldNames {
		if sn[n] {
			tp++
		}
	}
	add("award_names", tp, len(sn)-tp, len(goldNames)-tp)
}

func sortedMinus(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// runeSlice is Python's s[i:j] on code points; j < 0 means to the end.
func runeSlice(s string, i, j int) string {
	rs := []rune(s)
	if j < 0 || j > len(rs) {
		j = len(rs)
	}
	if i > j {
		return ""
	}
	return string(rs[i:j])
}

// spanErrors checks text[start:end] == text for every span, slicing as
// Python does (negative indexes count from the end, out of range clips).
func spanErrors(rec *record) []string {
	var errs []string
	var rs []rune
	check := func(s span, where string) {
		if s.Start == nil || s.End == nil || s.Text == nil {
			return
		}
		if rs == nil {
			rs = []rune(rec.Text)
		}
		if got := pySlice(rs, *s.Start, *s.End); got != *s.Text {
			errs = append(errs, fmt.Sprintf("%s: %s span %d:%d is %s, says %s", rec.ID, where, *s.Start, *s.End, pyRepr(got), pyRepr(*s.Text)))
		}
	}
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			check(m, "mention")
		}
		for _, t := range p.Titles {
			check(t.span, "title")
		}
	}
	for _, d := range rec.Dates {
		check(d.span, "date")
	}
	for _, a := range rec.Awards {
		for _, m := range a.Mentions {
			check(m, "award")
		}
	}
	return errs
}

func pySlice(rs []rune, i, j int) string {
	n := len(rs)
	clip := func(k int) int {
		if k < 0 {
			k += n
			if k < 0 {
				k = 0
			}
		}
		return min(k, n)
	}
	i, j = clip(i), clip(j)
	if i >= j {
		return ""
	}
	return string(rs[i:j])
}

// round4 is Python's round(x, 4): correctly rounded, ties to even.
func round4(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return r
}

// pyRepr quotes s roughly as Python's repr does, so messages read the same
// as score.py's.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\' || string(r) == q:
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}
