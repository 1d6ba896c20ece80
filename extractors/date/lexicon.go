package date

import (
	"embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// role says what a lead-in word announces.
type role uint8

const (
	roleNone      role = iota
	rolePartOfDay      // sáng, chiều, tối: a day follows
	roleDay            // ngày, hôm
	roleWeekday        // thứ Hai, chủ nhật
	roleMonth          // tháng
	roleYear           // năm
	roleBirth          // SN, sinh năm
	rolePeriod         // nhiệm kỳ, giai đoạn, năm học: years, usually a range
	roleQuarter        // quý
	roleDecade         // thập niên
	roleQualifier      // đầu, giữa, cuối: a part of the month or year that follows
)

var roleNames = map[string]role{
	"partofday": rolePartOfDay, "day": roleDay, "weekday": roleWeekday,
	"month": roleMonth, "year": roleYear, "birth": roleBirth, "period": rolePeriod,
	"quarter": roleQuarter, "decade": roleDecade, "qualifier": roleQualifier,
}

// phrase is a lexicon entry of one or more lower-case words.
type phrase struct {
	words  []string
	role   role
	grain  pipeline.Grain // relative phrases
	offset int            // relative phrases; lunar month number
}

// phraseTable maps a phrase's first word to its entries, longest first.
type phraseTable struct {
	byFirst map[string][]phrase
	index   wordIndex // byFirst's keys, numbering lists
	lists   [][]phrase
}

// wordIndex numbers a fixed set of words for the grammar's hot loops: an
// open-addressing table hashed on a word's length and three of its bytes,
// which costs less than a Go map's hash of the whole string for these
// short words.
type wordIndex struct {
	slots []wordSlot
	shift uint32
}

type wordSlot struct {
	w string
	n int32
}

func wordHash(w string, shift uint32) uint32 {
	n := len(w)
	return (uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16 | uint32(w[n>>1])<<24) * 0x9E3779B1 >> shift
}

// newWordIndex numbers ws from 0, in order; the words must be distinct
// and not empty.
func newWordIndex(ws []string) wordIndex {
	bits := uint32(4)
	for 1<<bits < 4*len(ws) { // at most a quarter full: short probes
		bits++
	}
	x := wordIndex{slots: make([]wordSlot, 1<<bits), shift: 32 - bits}
	mask := uint32(len(x.slots) - 1)
	for n, w := range ws {
		i := wordHash(w, x.shift)
		for x.slots[i].w != "" {
			i = (i + 1) & mask
		}
		x.slots[i] = wordSlot{w, int32(n)}
	}
	return x
}

// lookup returns the number of w, or -1.
func (x *wordIndex) lookup(w string) int {
	if w == "" {
		return -1
	}
	mask := uint32(len(x.slots) - 1)
	for i := wordHash(w, x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.w == w {
			return int(s.n)
		}
		if s.w == "" {
			return -1
		}
	}
}

// lookupBytes is lookup for a word held in bytes.
func (x *wordIndex) lookupBytes(b []byte) int {
	n := len(b)
	if n == 0 {
		return -1
	}
	mask := uint32(len(x.slots) - 1)
	h := (uint32(n) | uint32(b[0])<<8 | uint32(b[n-1])<<16 | uint32(b[n>>1])<<24) * 0x9E3779B1 >> x.shift
	for i := h; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.w == string(b) {
			return int(s.n)
		}
		if s.w == "" {
			return -1
		}
	}
}

// get returns the entries whose first word is w.
func (t *phraseTable) get(w string) []phrase {
	if n := t.index.lookup(w); n >= 0 {
		return t.lists[n]
	}
	return nil
}

// Read-only tables built once from the embedded lexicons.
var (
	leads     = mustTable("leads.txt", parseRole)
	relatives = mustTable("relative.txt", parseRelative)
	lunarName = mustTable("lunar.txt", parseLunar)
	cycle     = mustTable("cycle.txt", parseCycle)
	units     = mustTable("units.txt", nil)
	blockers  = mustTable("blockers.txt", nil)
	contexts  = mustTable("context.txt", nil)
	events    = mustTable("events.txt", parseEvent)
	starters  = startWords(leads, relatives)
)

// lowerWordList holds the words of the lexicons and the grammar's own
// words: the lower-case words that matter to it, which lower returns
// without allocating them again.
var lowerWordList = func() []string {
	set := map[string]bool{}
	for _, t := range []*phraseTable{leads, relatives, lunarName, cycle, units, blockers, contexts, events} {
		for _, ps := range t.byFirst {
			for _, p := range ps {
				for _, w := range p.words {
					set[w] = true
				}
			}
		}
	}
	for _, w := range strings.Fields(`rằm mùng mồng tết nhuận âm lịch đến tới hết và hoặc rạng
		sắp đó nữa ấy kia khi cách đây chót nhất hạn một hai ba bốn năm sáu bảy tám chín mười
		mấy vài nhiều các những mỗi hàng từng`) {
		set[w] = true
	}
	return slices.Sorted(maps.Keys(set))
}()

var lowerWords = newWordIndex(lowerWordList)

// maxStarterLen bounds the bytes of a starter word, so that longer words are
// rejected without a look-up.
const maxStarterLen = 24

// startWords returns the words an expression can begin with besides a
// number: the first words of ts and the lunar day words, each in lower
// case, capitalized and in capitals, so that the scan needs no case
// folding; each maps to its lower-case form.
func startWords(ts ...*phraseTable) map[string]string {
	m := map[string]string{}
	add := func(w string) {
		if len(w) > maxStarterLen {
			panic("date: lexicon word too long: " + w)
		}
		r, n := utf8.DecodeRuneInString(w)
		m[w] = w
		m[string(unicode.ToUpper(r))+w[n:]] = w
		m[strings.ToUpper(w)] = w
	}
	for _, w := range []string{"rằm", "mùng", "mồng", "cách"} {
		add(w)
	}
	for _, t := range ts {
		for k := range t.byFirst {
			add(k)
		}
	}
	return m
}

// starter returns the number of the starter, the word t of text that may
// begin an expression, or -1. It runs on the words of the windows that
// pass mayStart.
func starter(text string, t *token) int {
	return starterIndex.lookup(text[t.start:t.end])
}

// mayStart is starter's first test, cheap enough to inline in the loop
// over every word: false when no starter has t's length, first byte and
// last byte.
func mayStart(text string, t *token) bool {
	n := t.end - t.start
	return n <= maxStarterLen && starterLens[text[t.start]]&starterEnds[text[t.end-1]]&(1<<n) != 0
}

// starterList holds the starters in starterIndex's order; starterIndex
// numbers them for starter's look-up.
var (
	starterList  = slices.Sorted(maps.Keys(starters))
	starterIndex = newWordIndex(starterList)
)

// starterNext holds, by starter number, what must follow a starter for
// an expression to begin there, when something must:
//   - a starter that begins only phrases of two words or more ("trung
//     tuần", "chủ nhật", "thứ hai") needs one of next, in lower case,
//     after it on the same line: the phrase's second word;
//   - a qualifier ("đầu", "cuối") begins nothing by itself: a lead or a
//     relative phrase must follow it ("cuối tháng 9", "đầu năm nay"), so
//     lead is true.
//
// It is the zero starterRule, asking nothing, for the other starters: a
// word that is a phrase by itself ("ngày", "năm"), and the words the
// grammar reads besides the phrases ("rằm", "mùng", "cách").
var starterNext = func() []starterRule {
	free := map[string]bool{"rằm": true, "mùng": true, "mồng": true, "cách": true}
	rules := map[string]starterRule{}
	for _, t := range []*phraseTable{leads, relatives} {
		for w, ps := range t.byFirst {
			r := rules[w]
			for _, p := range ps {
				switch {
				case len(p.words) > 1:
					if !slices.Contains(r.next, p.words[1]) {
						r.next = append(r.next, p.words[1])
					}
				case t == leads && p.role == roleQualifier:
					r.lead = true
				default:
					free[w] = true
				}
			}
			rules[w] = r
		}
	}
	out := make([]starterRule, len(starterList))
	for n, w := range starterList {
		if low := starters[w]; !free[low] {
			out[n] = rules[low]
		}
	}
	return out
}()

// starterRule is what must follow a starter (starterNext).
type starterRule struct {
	next []string
	lead bool
}

// starterFits reports whether the starter at token i, of number n, may
// begin an expression: what follows it may continue a phrase it begins,
// or, after a qualifier, begin a lead or a relative phrase.
func (p *parser) starterFits(i, n int) bool {
	r := &starterNext[n]
	if r.next == nil && !r.lead {
		return true
	}
	if i+1 >= len(p.toks) {
		return false
	}
	k := p.key(i + 1)
	// phraseTable.match's test for the second word of a phrase; the
	// first word of a phrase may open a line.
	return !p.toks[i+1].newline && slices.Contains(r.next, k) ||
		r.lead && (leads.index.lookup(k) >= 0 || relatives.index.lookup(k) >= 0)
}

// starterLens[b] has bit n set when a starter opens with byte b and is n
// bytes long, starterEnds[b] when one ends with byte b and is n bytes
// long: cheap first tests that turn away most words.
var starterLens, starterEnds = func() (opens, ends [256]uint32) {
	for w := range starters {
		opens[w[0]] |= 1 << len(w)
		ends[w[len(w)-1]] |= 1 << len(w)
	}
	return opens, ends
}()

func parseRole(p *phrase, cols []string) error {
	if len(cols) != 1 {
		return fmt.Errorf("want a role")
	}
	r, ok := roleNames[cols[0]]
	if !ok {
		return fmt.Errorf("unknown role %q", cols[0])
	}
	p.role = r
	return nil
}

func parseRelative(p *phrase, cols []string) error {
	if len(cols) != 2 {
		return fmt.Errorf("want grain and offset")
	}
	switch cols[0] {
	case "day":
		p.grain = pipeline.GrainDay
	case "month":
		p.grain = pipeline.GrainMonth
	case "year":
		p.grain = pipeline.GrainYear
	default:
		return fmt.Errorf("unknown grain %q", cols[0])
	}
	n, err := strconv.Atoi(cols[1])
	p.offset = n
	return err
}

// parseCycle reads "stem|branch<TAB>index": a stem's offset is its index,
// a branch's is 10 + its index.
func parseCycle(p *phrase, cols []string) error {
	if len(cols) != 2 {
		return fmt.Errorf("want stem or branch and an index")
	}
	n, err := strconv.Atoi(cols[1])
	switch {
	case err != nil:
		return err
	case cols[0] == "stem" && 0 <= n && n < 10:
		p.offset = n
	case cols[0] == "branch" && 0 <= n && n < 12:
		p.offset = 10 + n
	default:
		return fmt.Errorf("bad %q index %d", cols[0], n)
	}
	return nil
}

// parseEvent reads an optional "not": the phrase opens no event's name
// (offset -1).
func parseEvent(p *phrase, cols []string) error {
	switch {
	case len(cols) == 0:
	case len(cols) == 1 && cols[0] == "not":
		p.offset = -1
	default:
		return fmt.Errorf("want nothing or \"not\"")
	}
	return nil
}

func parseLunar(p *phrase, cols []string) error {
	if len(cols) != 1 {
		return fmt.Errorf("want a month number")
	}
	n, err := strconv.Atoi(cols[0])
	p.offset = n
	return err
}

// mustTable reads lexicon/name: '#' comments, one entry a line, tab-separated
// columns after the phrase, parsed by cols (nil for bare word lists). The
// lexicons ship inside the binary, so a bad line is a programming error.
func mustTable(name string, cols func(*phrase, []string) error) *phraseTable {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic(err)
	}
	t := map[string][]phrase{}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		p := phrase{words: strings.Fields(f[0])}
		if cols != nil {
			if err := cols(&p, f[1:]); err != nil {
				panic(fmt.Sprintf("date: lexicon/%s:%d: %v", name, n+1, err))
			}
		}
		k := p.words[0]
		t[k] = append(t[k], p)
	}
	for k, ps := range t {
		// Longest first, so "thứ hai" wins over a shorter entry with the same start.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		t[k] = ps
	}
	keys := slices.Sorted(maps.Keys(t))
	lists := make([][]phrase, len(keys))
	for n, k := range keys {
		lists[n] = t[k]
	}
	return &phraseTable{byFirst: t, index: newWordIndex(keys), lists: lists}
}

// match returns the longest entry of t spelled by the words at p.toks[i:],
// and the index after it. The entry is the table's own, to be read only;
// noPhrase when none matches.
func (t *phraseTable) match(p *parser, i int) (*phrase, int, bool) {
	key := p.key(i)
	if key == "" {
		return &noPhrase, i, false
	}
	ps := t.get(key)
	for k := range ps {
		ph := &ps[k]
		j := i + 1
		ok := true
		for _, w := range ph.words[1:] {
			if j >= len(p.toks) || p.toks[j].newline || p.key(j) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			return ph, j, true
		}
	}
	return &noPhrase, i, false
}

// noPhrase is what match returns when no entry matches: a zero phrase.
var noPhrase phrase

// has reports whether a word list holds the single word at p.toks[i].
func (t *phraseTable) has(p *parser, i int) bool {
	_, _, ok := t.match(p, i)
	return ok
}

// key returns the lexicon key of token i: a word in lower case, a number
// of one or two digits as written ("thứ 2"), else "".
func (p *parser) key(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	switch t := p.toks[i]; t.kind {
	case tokWord:
		return p.word(i)
	case tokNum:
		if t.digits <= 2 {
			return p.text[t.start:t.end]
		}
	}
	return ""
}
