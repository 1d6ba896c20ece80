package link

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// held is a title held by a person: its folded role and organization.
type held struct {
	role   string
	person int
	org    string
}

// mention is one person mention with what stands around it.
type mention struct {
	e      *pipeline.Entity // in doc.Entities, which the linker does not change
	span   pipeline.Span    // with the rank that directly precedes the name
	rank   string
	person int // index into people
	// folded forms, for matching given-name mentions; cluster fills in
	// given, family and tail only when some mention needs them
	value, given, family, tail string // tail: middle and given name
	alias                      bool   // another name of the mention before it
	// sameLen: value lowers e.Value rune by rune into runes as long, so
	// that value[a:b] is the fold of e.Value[a:b] (see foldParts).
	sameLen bool
}

// peopleLinker holds the state of linking one document.
type peopleLinker struct {
	doc      *pipeline.Document
	text     string
	mentions []mention
	ranks    []pipeline.Entity
	titles   []pipeline.Entity
	people   []*personAcc
	// accs holds the personAccs of earlier documents, for newPerson to
	// reuse: people[i] is accs[i].
	accs   []*personAcc
	byName map[string]int // cluster's
	held   []held         // titleMentions'
	seen   [][2]string    // build's
	// claimed[i] is the person a title was given to, or -1.
	claimed []int
	// roles[i] and orgs[i] are the folded role and organization of
	// titles[i], folded once because every pass compares them.
	roles, orgs []string
	gap         []scan.Token // reused by gapTokens
	// docToks are the document's tokens once spanTokens has asked for
	// them (docToksDone): a Memo look-up per gap costs more.
	docToks     []scan.Token
	docToksDone bool
	quotes      []int     // see quoteMarks
	ms          []mention // the mentions sorted by start (attachTitles)
	reserved    []int     // see attachTitles
	msStarts    []int     // the starts of ms, for msAt
	// titleStarts[i] is titles[i].Span.Start: binary searches read these
	// instead of a cache line of titles per step.
	titleStarts []int
	// quotesDone: quotes are computed.
	quotesDone bool
	// folded holds the folded names, roles and organizations: one
	// allocation for all of them instead of one each (see fold).
	folded strings.Builder
	lower  []byte // scratch for fold
	// foldCap guesses the bytes fold will keep for the document: its
	// names, roles and organizations, with room for the given, family and
	// tail names that cluster may fold.
	foldCap int
	// personIdx holds the indexes of the person entities in
	// doc.Entities (linkPeople's scratch).
	personIdx []int32
	cat       []byte // scratch for foldTail
	// known holds the folds of earlier roles and organizations (see
	// foldKnown); it outlives the document.
	known map[string]string
	// prevWords[j] is the word before l.mentions[j] (see
	// wordBeforeMention).
	prevWords []prevWord
	lastQuote quoteFirst // see firstPersonQuote
}

// quoteFirst is whether the quotation text[open:close] is in the first
// person.
type quoteFirst struct {
	open, close int
	done, first bool
}

// prevWord is the folded word before a mention, once found.
type prevWord struct {
	word string
	done bool
}

type personAcc struct {
	first      int              // byte offset of the first mention
	name       *pipeline.Entity // in doc.Entities
	partial    bool
	rank       string
	promoted   bool
	honorifics []string
	titles     []int // indexes into titles
	mentions   []pipeline.Span
	// counterparts are titles read off "người đồng cấp Iran": kept only
	// when the article gives the person no other title of that role.
	counterparts []pipeline.Title
}

// linkPeople merges person mentions into people: full names by their
// folded form, given-name mentions ("ông Chung", "Trung tá Máy") with the
// nearest person of that given name. It attaches the rank written right
// before a name (or the new rank of a promotion) and the titles written
// before the name, after it in an appositive chain, or in a group heading
// that distributes over a list. Mentions inside the byline are dropped.
func linkPeople(doc *pipeline.Document) []pipeline.Person {
	l := linkerPool.Get().(*peopleLinker)
	defer l.release()
	l.doc, l.text = doc, doc.Text
	// One pass over the entities: the ranks, titles, bylines and the
	// indexes of the person mentions, and the bytes fold will keep.
	l.foldCap = 64
	persons := l.personIdx[:0]
	var bylines []pipeline.Span
	for i := range doc.Entities {
		e := &doc.Entities[i]
		switch e.Kind {
		case pipeline.KindByline:
			bylines = append(bylines, e.Span)
		case pipeline.KindRank:
			l.ranks = append(l.ranks, *e)
		case pipeline.KindTitle:
			if e.Title != nil {
				l.titles = append(l.titles, *e)
				l.titleStarts = append(l.titleStarts, e.Span.Start)
				l.foldCap += len(e.Title.Role) + len(e.Title.Organization)
			}
		case pipeline.KindPerson:
			l.foldCap += 3 * len(e.Value)
			if e.Person != nil {
				persons = append(persons, int32(i))
			}
		}
	}
	l.personIdx = persons
	l.mentions = slices.Grow(l.mentions, len(persons))
	for _, i := range persons {
		e := &doc.Entities[i]
		if slices.ContainsFunc(bylines, func(b pipeline.Span) bool { return b.Overlaps(e.Span) }) {
			continue
		}
		// A name inside a title's organization ("Đoàn TNCS Hồ Chí Minh")
		// is part of that name.
		if l.inTitle(e.Span) {
			continue
		}
		value, sameLen := l.foldExact(e.Value)
		l.mentions = append(l.mentions, mention{e: e, span: e.Span, person: -1, value: value, sameLen: sameLen})
	}
	n := len(l.titles)
	l.claimed = slices.Grow(l.claimed, n)[:n]
	l.roles = slices.Grow(l.roles, n)[:n]
	l.orgs = slices.Grow(l.orgs, n)[:n]
	for i, t := range l.titles {
		l.claimed[i] = -1
		l.roles[i], l.orgs[i] = l.foldKnown(t.Title.Role), l.foldKnown(t.Title.Organization)
	}
	l.attachRanks()
	l.cluster()
	l.attachTitles()
	l.counterparts()
	return l.build()
}

// linkerPool keeps the slices of a peopleLinker from one document to the
// next: allocating them anew was most of the bytes the linker allocated.
var linkerPool = sync.Pool{New: func() any { return new(peopleLinker) }}

// maxPooled is the most mentions, titles or gap tokens of a linker put
// back in the pool: fifty times what a long article has.
const maxPooled = 1 << 13

// release empties l, so that it keeps no document alive, and puts it back
// in linkerPool.
func (l *peopleLinker) release() {
	clear(l.mentions)
	clear(l.ms)
	clear(l.ranks)
	clear(l.titles)
	clear(l.roles)
	clear(l.orgs)
	for _, p := range l.people {
		clear(p.counterparts)
		clear(p.honorifics)
		*p = personAcc{titles: p.titles[:0], counterparts: p.counterparts[:0], mentions: p.mentions[:0],
			honorifics: p.honorifics[:0]}
	}
	clear(l.people)
	clear(l.gap)
	clear(l.held)
	clear(l.prevWords)
	// shortNames walks byName: a map grown huge would slow every later
	// article.
	if len(l.byName) > 256 {
		l.byName = nil
	}
	clear(l.byName)
	// One huge article should not pin its slices in the pool.
	if cap(l.mentions) > maxPooled || cap(l.titles) > maxPooled || cap(l.gap) > maxPooled || len(l.accs) > maxPooled {
		return
	}
	*l = peopleLinker{
		mentions: l.mentions[:0], ms: l.ms[:0], msStarts: l.msStarts[:0], titleStarts: l.titleStarts[:0], ranks: l.ranks[:0], titles: l.titles[:0], people: l.people[:0],
		claimed: l.claimed[:0], reserved: l.reserved[:0], roles: l.roles[:0], orgs: l.orgs[:0], gap: l.gap[:0],
		quotes: l.quotes[:0], lower: l.lower[:0], personIdx: l.personIdx[:0], cat: l.cat[:0], prevWords: l.prevWords[:0],
		accs: l.accs, byName: l.byName, known: l.known, held: l.held[:0], seen: l.seen[:0],
	}
	linkerPool.Put(l)
}

// gapOnly reports whether text[a:b] holds only white space and the runes
// of extra.
func gapOnly(text string, a, b int, extra string) bool {
	if a > b {
		return false
	}
	for _, r := range text[a:b] {
		if r == ' ' || r == '\u00a0' || r == '\t' || strings.ContainsRune(extra, r) {
			continue
		}
		return false
	}
	return true
}

// attachRanks extends each mention over the rank right before it, and
// gives it the rank written before a title chain that leads to it ("Đại
// tướng, Bộ trưởng Quốc phòng Ngô Xuân Lịch").
func (l *peopleLinker) attachRanks() {
	for i := range l.mentions {
		m := &l.mentions[i]
		// Only the nearest rank before the name can be its own.
		k, _ := slices.BinarySearchFunc(l.ranks, m.span.Start, func(r pipeline.Entity, off int) int { return r.Span.Start - off })
		if k == 0 {
			continue
		}
		r := l.ranks[k-1]
		if gapOnly(l.text, r.Span.End, m.span.Start, "") {
			m.span.Start = r.Span.Start
			m.rank = r.Value
		} else if l.throughTitles(r.Span.End, m.span.Start) || l.degreesOnly(r.Span.End, m.span.Start) {
			m.rank = r.Value
		}
	}
}

// degreesOnly reports whether text[a:b] holds only a comma and degrees or
// honours: "Trung tướng, GS.TS Nguyễn Đắc Hoan".
func (l *peopleLinker) degreesOnly(a, b int) bool {
	if b-a > 40 || !strings.Contains(l.text[a:b], ",") {
		return false
	}
	gap := l.text[a:b]
	toks := l.gapTokens(a, b)
	seen := false
	for i := 0; i < len(toks); {
		if t := toks[i].Lower; t == "," || t == "." {
			i++
			continue
		}
		n, v := lex.Honorifics.Match(gap, toks, i)
		if n == 0 || v != lex.Degree && v != lex.Honour {
			return false
		}
		seen = true
		i += n
	}
	return seen
}

// inTitle reports whether sp overlaps a title. Titles do not overlap each
// other, so only the last one starting before sp ends can.
func (l *peopleLinker) inTitle(sp pipeline.Span) bool {
	k, _ := slices.BinarySearch(l.titleStarts, sp.End)
	return k > 0 && l.titles[k-1].Span.Overlaps(sp)
}

// throughTitles reports whether text[a:b] is only titles, commas and white
// space, with at least one title.
func (l *peopleLinker) throughTitles(a, b int) bool {
	seen := false
	for a < b {
		switch l.text[a] {
		case ' ', ',':
			a++
			continue
		}
		k, found := slices.BinarySearch(l.titleStarts, a)
		if !found {
			return false
		}
		a = l.titles[k].Span.End
		seen = true
	}
	return seen && a == b
}

func fold(s string) string { return lowerString(s) }

// lowered returns scan.ToLower(s) as bytes in a buffer that the next call
// of lowered or fold reuses: most windows of text that are lowered only to
// look for a word in them would otherwise each allocate.
func (l *peopleLinker) lowered(s string) []byte {
	l.lower = appendLower(l.lower[:0], s)
	return l.lower
}

// lowerTail returns the end of scan.ToLower(s): all of it, or its last n
// bytes or more. A test that looks only at the last n bytes of the lowered
// text, and at whether it is longer than n-1 bytes, answers the same on
// both; lowering the rest of the window was wasted.
func (l *peopleLinker) lowerTail(s string, n int) []byte {
	k := len(s) - n
	// Lowering maps rune by rune: lowering s[k:] from a rune start gives
	// the end of lowering s.
	for k > 0 && s[k]&0xc0 == 0x80 {
		k--
	}
	if k <= 0 {
		return l.lowered(s)
	}
	if b := l.lowered(s[k:]); len(b) >= n {
		return b
	}
	return l.lowered(s) // a rune that lowers to fewer bytes
}

// maxCue is the length of the longest predicate cue.
var maxCue = max(longest(predicateCues), longest(dismissalLeads))

func longest(ss []string) int {
	return len(slices.MaxFunc(ss, func(a, b string) int { return len(a) - len(b) }))
}

// fold returns fold(s), kept in l.folded when it differs from s: a
// string taken from a strings.Builder stays valid as it grows. Most
// names, roles and organizations of an article are folded once: a map
// of the results cost more than the lowering it saved.
func (l *peopleLinker) fold(s string) string {
	f, _ := l.foldExact(s)
	return f
}

// foldExact returns fold(s), and whether every rune of s lowers to a
// rune of the same length (no invalid byte either): then the bytes
// [a, b) of the fold, a and b at rune starts of s, fold s[a:b].
func (l *peopleLinker) foldExact(s string) (string, bool) {
	l.lower = slices.Grow(l.lower[:0], len(s))[:len(s)]
	i := lowerInPlace(l.lower, s)
	sameLen := i == len(s)
	if !sameLen {
		l.lower = appendLower(l.lower[:i], s[i:])
	}
	if string(l.lower) == s {
		return s, sameLen
	}
	return l.keep(l.lower), sameLen
}

// foldParts returns the folds of the given name, the family name and the
// tail (fold(strings.TrimSpace(middle + " " + given))) of mention m. Most
// values are written family, middle, given: their parts are cut out of
// the folded value instead of folded again.
func (l *peopleLinker) foldParts(m *mention) (given, family, tail string) {
	p, v, f := m.e.Person, m.e.Value, m.value
	// cut returns fold(v[a:b]) out of f, when it can.
	cut := func(a, b int) (string, bool) {
		if !m.sameLen || a < len(v) && !utf8.RuneStart(v[a]) || b < len(v) && !utf8.RuneStart(v[b]) {
			return "", false
		}
		return f[a:b], true
	}
	ok := false
	if strings.HasSuffix(v, p.Given) {
		given, ok = cut(len(v)-len(p.Given), len(v))
	}
	if !ok {
		given = l.fold(p.Given)
	}
	ok = false
	if strings.HasPrefix(v, p.Family) {
		family, ok = cut(0, len(p.Family))
	}
	if !ok {
		family = l.fold(p.Family)
	}
	ok = false
	if n := len(p.Middle) + 1 + len(p.Given); p.Middle == "" {
		// TrimSpace(" " + given) is given when given has no space around.
		if len(strings.TrimSpace(p.Given)) == len(p.Given) {
			tail, ok = given, true
		}
	} else if n <= len(v) && strings.HasSuffix(v, p.Given) && v[len(v)-len(p.Given)-1] == ' ' &&
		v[len(v)-n:len(v)-len(p.Given)-1] == p.Middle && len(strings.TrimSpace(v[len(v)-n:])) == n {
		tail, ok = cut(len(v)-n, len(v))
	}
	if !ok {
		tail = l.foldTail(p.Middle, p.Given)
	}
	return given, family, tail
}

// foldTail returns fold(strings.TrimSpace(middle + " " + given)),
// joining the two in a scratch buffer.
func (l *peopleLinker) foldTail(middle, given string) string {
	l.cat = append(append(append(l.cat[:0], middle...), ' '), given...)
	b := bytes.TrimSpace(l.cat)
	l.lower = appendLower(l.lower[:0], b)
	if bytes.Equal(l.lower, b) {
		return string(b)
	}
	return l.keep(l.lower)
}

// keep returns b as a string kept in l.folded.
func (l *peopleLinker) keep(b []byte) string {
	if l.folded.Cap() == 0 {
		l.folded.Grow(l.foldCap)
	}
	at := l.folded.Len()
	l.folded.Write(b)
	return l.folded.String()[at:]
}

func (l *peopleLinker) newPerson(m *mention) int {
	n := len(l.people)
	if n == len(l.accs) {
		l.accs = append(l.accs, new(personAcc))
	}
	// The slices are scratch that build copies out.
	p := l.accs[n]
	*p = personAcc{first: m.span.Start, name: m.e, partial: m.e.Person.Partial,
		titles: p.titles[:0], counterparts: p.counterparts[:0], mentions: p.mentions[:0], honorifics: p.honorifics[:0]}
	l.people = append(l.people, p)
	return n
}

// cluster assigns every mention to a person.
func (l *peopleLinker) cluster() {
	if l.byName == nil {
		l.byName = map[string]int{}
	}
	byName := l.byName
	// Full names first, in text order, so that given-name mentions can
	// refer forward too.
	for i := range l.mentions {
		m := &l.mentions[i]
		if m.e.Person.Partial {
			continue
		}
		key := m.value
		p, ok := byName[key]
		if !ok {
			p = l.newPerson(m)
			byName[key] = p
		}
		m.person = p
	}
	l.shortNames(byName)
	// Given-name mentions compare folded names; many documents have none.
	if slices.ContainsFunc(l.mentions, func(m mention) bool { return m.person < 0 }) {
		for i := range l.mentions {
			m := &l.mentions[i]
			m.given, m.family, m.tail = l.foldParts(m)
		}
	}
	for i := range l.mentions {
		m := &l.mentions[i]
		if m.person >= 0 {
			continue
		}
		// "Hải", "Quang Hải", or a foreigner's family name "Macron".
		given := m.value
		best, bestDist := -1, 0
		// A match on the given name beats one on a family name: "Hoa
		// hậu Hà" is Đỗ Thị Hà, though Hà Anh Tuấn was named since.
		byGiven := false
		// Only a one-word name can be a baptismal name.
		oneWord := !strings.Contains(given, " ")
		// A window of mentions around this one keeps long documents linear.
		for j := max(0, i-300); j < min(len(l.mentions), i+100); j++ {
			o := &l.mentions[j]
			if o.person < 0 || o.e.Person.Partial && !l.people[o.person].partial {
				continue
			}
			// "bé Mai Anh" after "Lò Thị Mai Anh": the last syllables of
			// the full name.
			// "ông Hun Sen" after "Thủ tướng Hun Sen": the same words.
			// "Đức cha Giuse" after "Linh mục Giuse Phạm Minh Thường":
			// the baptismal name written before the full name.
			baptismal := false
			if o.value != given && o.given != given && o.family != given && o.tail != given && !endsWithWords(o.tail, given) && !(o.e.Person.Foreign && len(o.value) > len(given) &&
				strings.HasSuffix(o.value, given) && strings.ContainsRune(" -", rune(o.value[len(o.value)-len(given)-1]))) {
				if baptismal = oneWord && l.wordBeforeMention(j) == given; !baptismal {
					continue
				}
			}
			// The nearest earlier mention wins; a later one only when
			// there is no earlier (a lead may say "chị Hồng" before the
			// body names "Nguyễn Thị Hồng").
			d := m.span.Start - o.span.Start
			if d < 0 {
				d = 1<<30 - d
			}
			g := o.given == given || o.tail == given || endsWithWords(o.tail, given) || baptismal
			if best < 0 || g && !byGiven || g == byGiven && d < bestDist {
				best, bestDist, byGiven = o.person, d, g
			}
		}
		if best < 0 {
			key := "\x00" + given
			p, ok := byName[key]
			if !ok {
				p = l.newPerson(m)
				byName[key] = p
			}
			best = p
		}
		m.person = best
		if m.span.Start < l.people[best].first {
			l.people[best].first = m.span.Start
		}
	}
	// "Nguyễn Chí Thanh tên thật là Nguyễn Vịnh": the second name joins
	// the person of the first, who keeps the name the article gave first.
	for i := 1; i < len(l.mentions); i++ {
		prev, m := &l.mentions[i-1], &l.mentions[i]
		if prev.person == m.person || prev.span.End > m.span.Start || !aliasGap(l.text[prev.span.End:m.span.Start]) {
			continue
		}
		from, to := m.person, prev.person
		for k := range l.mentions {
			if o := &l.mentions[k]; o.person == from {
				o.person, o.alias = to, true
			}
		}
		l.people[to].first = min(l.people[to].first, l.people[from].first)
	}
	l.realNames()
	for i := range l.mentions {
		m := &l.mentions[i]
		p := l.people[m.person]
		p.mentions = append(p.mentions, m.span)
		for _, h := range m.e.Person.Honorifics {
			if !slices.ContainsFunc(p.honorifics, func(x string) bool { return strings.EqualFold(x, h) }) {
				p.honorifics = append(p.honorifics, h)
			}
		}
		if m.rank != "" && !p.promoted {
			p.rank = m.rank
		}
		// The fullest written form names the person.
		if !m.e.Person.Partial && !m.alias && (p.partial || len(m.e.Value) > len(p.name.Value)) {
			p.name, p.partial = m.e, false
		}
	}
	l.promotions()
}

// wordBefore returns the capitalized word written right before off,
// folded, or "" when none is.
func (l *peopleLinker) wordBefore(off int) string {
	if off < 2 || l.text[off-1] != ' ' {
		return ""
	}
	start := strings.LastIndexAny(l.text[:off-1], " \n\t(\"“") + 1
	w := l.text[start : off-1]
	if w == "" || !upperAt(w, 0) {
		return ""
	}
	return l.fold(w)
}

// wordBeforeMention returns l.wordBefore of the start of l.mentions[j],
// found once per mention: cluster asks for it of every mention in the
// window of each given-name mention that its name does not match.
func (l *peopleLinker) wordBeforeMention(j int) string {
	if len(l.prevWords) != len(l.mentions) {
		l.prevWords = slices.Grow(l.prevWords[:0], len(l.mentions))[:len(l.mentions)]
		clear(l.prevWords)
	}
	pw := &l.prevWords[j]
	if !pw.done {
		pw.word, pw.done = l.wordBefore(l.mentions[j].span.Start), true
	}
	return pw.word
}

// endsWithWords reports whether s ends with the whole words of w: "thị
// mai anh" with "mai anh", not "thanh" with "anh".
func endsWithWords(s, w string) bool {
	return len(s) > len(w) && strings.HasSuffix(s, w) && s[len(s)-len(w)-1] == ' '
}

// shortNames joins a two-syllable name that reads as a full one ("bé Mai
// Anh", with "Mai" a family name) to the one longer name the article gives
// that ends with it ("Lò Thị Mai Anh"), written before it.
func (l *peopleLinker) shortNames(byName map[string]int) {
	for key, p := range byName {
		if strings.Count(key, " ") != 1 {
			continue
		}
		to := -1
		for other, q := range byName {
			if endsWithWords(other, key) && l.people[q].first < l.people[p].first {
				if to >= 0 {
					to = -2
					break
				}
				to = q
			}
		}
		if to < 0 {
			continue
		}
		for i := range l.mentions {
			if l.mentions[i].person == p {
				l.mentions[i].person = to
			}
		}
		byName[key] = to
	}
}

// realNames joins a name that opens its sentence after "Tên thật là" to
// the subject of the sentence before, whom the article is about: "NSND Thu
// Hiền Trang hát ... Tên thật là Phan Thị Thu Hiền, chị sinh năm 1972".
func (l *peopleLinker) realNames() {
	for si, s := range l.doc.Sentences {
		if si == 0 || !strings.HasPrefix(l.text[s.Start:], "Tên ") {
			continue
		}
		// The mention right after the phrase, and the first name of the
		// sentence before: its subject.
		prev := l.doc.Sentences[si-1]
		m, subject := -1, -1
		for k := range l.mentions {
			sp := l.mentions[k].span
			if sp.Start > s.Start && sp.Start-s.Start <= 40 && (m < 0 || sp.Start < l.mentions[m].span.Start) {
				m = k
			}
			if sp.Start >= prev.Start && sp.End <= s.Start && (subject < 0 || sp.Start < l.mentions[subject].span.Start) {
				subject = k
			}
		}
		if m < 0 || subject < 0 || !aliasGap(l.text[s.Start:l.mentions[m].span.Start]) {
			continue
		}
		from, to := l.mentions[m].person, l.mentions[subject].person
		if from == to {
			continue
		}
		for k := range l.mentions {
			if o := &l.mentions[k]; o.person == from {
				o.person, o.alias = to, true
			}
		}
		l.people[to].first = min(l.people[to].first, l.people[from].first)
	}
}

// aliasPhrases introduce another name of the person just named.
var aliasPhrases = map[string]bool{"tên thật là": true, "tên thật": true, "tên khai sinh là": true,
	"tên khai sinh": true, "tên thường gọi là": true, "tên thường gọi": true, "còn gọi là": true,
	"hay còn gọi là": true, "còn có tên là": true, "bí danh là": true, "bí danh": true, "tên gọi khác là": true,
	"tên cũ là": true, "tức": true}

// aliasGap reports whether the text between two names only says that the
// second is another name of the first: " tên thật là ", " (tên khai sinh: ".
func aliasGap(gap string) bool {
	if len(gap) > 40 || len(gap) < 3 {
		return false
	}
	g := strings.Trim(gap, " ,(:\u00a0")
	// Most gaps fail on their first letter, before any lowering.
	if w := strings.TrimLeftFunc(g, unicode.IsSpace); w == "" || w[0] < utf8.RuneSelf && !aliasFirst[w[0]|0x20] {
		return false
	}
	var low, words [64]byte
	return aliasPhrases[string(joinFields(words[:0], appendLower(low[:0], g)))]
}

// joinFields appends strings.Join(strings.Fields(string(b)), " ") to dst.
func joinFields(dst, b []byte) []byte {
	space := false
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		if unicode.IsSpace(r) {
			space = true
		} else {
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, b[i:i+n]...)
		}
		i += n
	}
	return dst
}

// aliasFirst marks the ASCII letters that open a phrase of aliasPhrases
// (a gap opening with another ASCII byte, lowered with |0x20, is none).
var aliasFirst = func() (t [utf8.RuneSelf]bool) {
	for p := range aliasPhrases {
		if p[0] < utf8.RuneSelf {
			t[p[0]] = true
		}
	}
	return t
}()

// promotions gives a person the new rank of a promotion written in the same
// sentence: "thăng cấp bậc hàm từ Đại tá lên Thiếu tướng cho ông X", "X
// được phong quân hàm Thượng tướng".
func (l *peopleLinker) promotions() {
	for _, r := range l.ranks {
		lead := l.lowered(l.text[max(0, r.Span.Start-40):r.Span.Start])
		if !(bytes.HasSuffix(bytes.TrimSpace(lead), []byte("lên")) || bytes.Contains(lead, []byte("hàm")) ||
			bytes.Contains(lead, []byte("thăng"))) {
			continue
		}
		if l.rankBeforeName(r) {
			continue
		}
		sent := l.clause(l.sentence(r.Span.Start), r.Span)
		var before, after []int
		for i, m := range l.mentions {
			if !sent.Contains(m.span) {
				continue
			}
			if m.span.Start > r.Span.End {
				after = append(after, i)
			} else {
				before = append(before, i)
			}
		}
		var targets []int
		switch {
		case len(after) > 0 && promotedAfter(l.text[r.Span.End:l.mentions[after[0]].span.Start]):
			// "thăng quân hàm ... cho ba sĩ quan, gồm: A, B và C"; "X
			// công bố quyết định thăng ... lên Thiếu tướng đối với đồng
			// chí Y".
			targets = after
		case len(before) > 0 && l.groupLead(sent, l.mentions[before[0]].span.Start):
			// "Các trung tướng A, B và C vừa được thăng quân hàm".
			targets = before
		case len(before) > 0:
			// "Hai học viên A và B được phong quân hàm": all of a joined
			// subject.
			j := len(before) - 1
			for j > 0 && joinedNames(l.text[l.mentions[before[j-1]].span.End:l.mentions[before[j]].span.Start]) {
				j--
			}
			targets = before[j:]
		case len(after) > 0:
			targets = after[:1]
		case l.opensWithPronoun(sent):
			// "Thiếu tá A hy sinh. Anh được truy thăng quân hàm lên Trung
			// tá": the pronoun is the person last named.
			if k := mentionAt(l.mentions, sent.Start); k > 0 {
				targets = []int{k - 1}
			}
		}
		for _, i := range targets {
			p := l.people[l.mentions[i].person]
			p.rank, p.promoted = r.Value, true
		}
	}
}

// clause narrows the sentence sent to the clause, between semicolons,
// that holds the rank r: "A được phong quân hàm Trung úy; các học viên
// còn lại được phong quân hàm Thiếu úy" promotes A to the first only. A
// list that a colon opens after r runs on to the end of the sentence.
func (l *peopleLinker) clause(sent, r pipeline.Span) pipeline.Span {
	if sent.Start > r.Start || r.End > sent.End {
		return sent
	}
	if i := strings.LastIndexByte(l.text[sent.Start:r.Start], ';'); i >= 0 {
		sent.Start += i + 1
	}
	// "lên Thiếu tướng đối với các đồng chí: A, Giám đốc ...; B, ...":
	// after a colon the semicolons part the items of one list.
	if i := strings.IndexByte(l.text[r.End:sent.End], ';'); i >= 0 && strings.IndexByte(l.text[r.End:r.End+i], ':') < 0 {
		sent.End = r.End + i
	}
	return sent
}

// joinedNames reports whether the gap between two names joins them into
// one subject: "và", a comma.
func joinedNames(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "và", ",", ", và":
		return true
	}
	return false
}

// fronted reports whether the sentence holding off opens with "Đối với"
// and, at most a title and a form of address later, the person at off.
func (l *peopleLinker) fronted(off int) bool {
	sent := l.sentence(off)
	if sent.Start > off {
		return false
	}
	head, ok := strings.CutPrefix(l.text[sent.Start:off], "Đối với ")
	return ok && len(head) < 40 && !strings.ContainsAny(head, ",;:")
}

// promotedAfter reports whether the gap between a promotion's new rank and
// the next name names its receiver: "cho", "đối với".
func promotedAfter(gap string) bool {
	return strings.Contains(gap, "cho") || strings.Contains(gap, "đối với")
}

// groupLead reports whether the sentence opens with a plural heading that
// ends right at off: "Các trung tướng ", "các đồng chí: ".
func (l *peopleLinker) groupLead(sent pipeline.Span, off int) bool {
	head := lowerString(strings.TrimSpace(l.text[sent.Start:off]))
	rest, ok := strings.CutPrefix(head, "các ")
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, ":")
	return lex.Ranks.Has(rest) || lex.Honorifics.Has(rest)
}

func (l *peopleLinker) rankBeforeName(r pipeline.Entity) bool {
	for k := mentionAt(l.mentions, r.Span.Start); k < len(l.mentions) && l.mentions[k].span.Start <= r.Span.End+1; k++ {
		if l.mentions[k].span.Start == r.Span.Start {
			return true
		}
	}
	return false
}

func (l *peopleLinker) sentence(off int) pipeline.Span { return l.spanAt(l.doc.Sentences, off) }

// mentionAt returns the index of the first mention of ms (sorted by start)
// that starts at or after off.
func mentionAt(ms []mention, off int) int {
	k, _ := slices.BinarySearchFunc(ms, off, func(m mention, o int) int { return m.span.Start - o })
	return k
}

// msAt is mentionAt(l.ms, off), searched in the starts of l.ms: a
// binary search over the mentions themselves reads a cache line for
// each step.
func (l *peopleLinker) msAt(off int) int {
	k, _ := slices.BinarySearch(l.msStarts, off)
	return k
}

// gapTokens tokenizes text[a:b]. The tokens stay valid until the next
// call: every caller is done with them by then.
func (l *peopleLinker) gapTokens(a, b int) []scan.Token {
	if a >= b {
		return nil
	}
	l.gap = scan.Tokens(l.text[a:b], l.gap[:0])
	return l.gap
}

// leadsTo reports whether the title that ends at a is followed by the
// mention that starts at b with only forms of address, degrees and ranks
// between: "Bộ trưởng Bộ Công an Tô Lâm", "Bộ trưởng Quốc phòng, Đại
// tướng Ngô Xuân Lịch", "Giám đốc Sở, ông Nguyễn Văn A".
func (l *peopleLinker) leadsTo(a, b int, ranked bool) bool {
	// Forms of address, degrees and ranks are short.
	if a > b || b-a > 80 {
		return false
	}
	gap, toks := l.spanTokens(a, b)
	comma := false
	for i := 0; i < len(toks); {
		t := toks[i]
		// "Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm
		// Trọng Đạt": a bracketed note on the organization.
		if t.Lower == "(" && i == 0 {
			k := slices.IndexFunc(toks, func(x scan.Token) bool { return x.Lower == ")" })
			if k > 0 && k < 12 {
				i = k + 1
				continue
			}
		}
		if t.Lower == "," && i == 0 {
			comma = true
			i++
			continue
		}
		// "PGS.TS. Nguyễn Văn A": the dot of a degree is glued to it. A
		// dot after a bracket or a space ends the sentence: "Tổng Giám
		// đốc (CEO). Bà B ..." gives B no title.
		if t.Lower == "." && i > 0 && toks[i-1].Kind == scan.Word && t.Flags&scan.SpaceBefore == 0 {
			i++
			continue
		}
		if n, _ := lex.Ranks.Match(gap, toks, i); n > 0 {
			i += n
			continue
		}
		if n, _ := lex.Honorifics.Match(gap, toks, i); n > 0 {
			i += n
			continue
		}
		return false
	}
	return !comma || len(toks) > 1 || ranked
}

// predicate reports whether the title at span opens a sentence or clause
// whose predicate "là" names its holder m: "Giám đốc Công an tỉnh là Đại
// tá Nguyễn Văn A.", "Hạm trưởng tàu 18 là Trung tá B". A clause opens
// after a colon or a semicolon ("Xã A: Bí thư là ông B; Chủ tịch là ông
// C"), or after a comma that closes a clause of the same form ("Chủ tịch
// là ông B, Phó Chủ tịch là bà C").
func (l *peopleLinker) predicate(span pipeline.Span, m *mention) bool {
	rest, ok := strings.CutPrefix(l.text[span.End:m.span.Start], " là ")
	if !ok {
		return false
	}
	before := strings.TrimRight(l.text[:span.Start], " ")
	if before != "" {
		switch before[len(before)-1] {
		case '.', '!', '?', '\n', ':', ';':
		case ',':
			if !l.predicateEndsAt(len(before) - 1) {
				return false
			}
		default:
			return false
		}
	}
	a := m.span.Start - len(rest)
	return a == m.span.Start || l.leadsTo(a, m.span.Start, true)
}

// predicateEndsAt reports whether the name that ends at off closes a
// clause "TITLE là NAME".
func (l *peopleLinker) predicateEndsAt(off int) bool {
	k := l.msAt(off) - 1
	if k < 0 || l.ms[k].span.End != off {
		return false
	}
	m := &l.ms[k]
	ti, _ := slices.BinarySearch(l.titleStarts, m.span.Start)
	if ti == 0 || l.titles[ti-1].Span.End > m.span.Start {
		return false
	}
	return l.predicate(l.titles[ti-1].Span, m)
}

// separator reports whether text[a:b] joins two titles of one chain: a
// comma, a dash or "kiêm".
func (l *peopleLinker) separator(a, b int) bool {
	if a > b {
		return false
	}
	g := strings.TrimSpace(l.text[a:b])
	// "Trần Văn Nam, nguyên Bí thư Tỉnh ủy": the title span leaves the
	// "nguyên" of a former office out.
	// Those words end in "n" or "u": most gaps end otherwise.
	if n := len(g); n > 0 && (g[n-1] == 'n' || g[n-1] == 'u') {
		for _, q := range []string{"nguyên", "cựu", "Nguyên", "Cựu"} {
			if rest, ok := strings.CutSuffix(g, q); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
				g = strings.TrimSpace(rest)
				break
			}
		}
	}
	// "Đại biểu Quốc hội khóa XI, XII, nguyên Phó Chủ tịch ...": the
	// terms of the office before it.
	g = skipTerms(g)
	// "Trần Văn Lợi (SN 1975), nguyên Giám đốc ...": a short bracketed
	// note (birth year, age, address) between the name and its title.
	if rest, ok := strings.CutPrefix(g, "("); ok {
		if k := strings.IndexByte(rest, ')'); k >= 0 && k < 80 && !strings.ContainsRune(rest[:k], '(') {
			g = strings.TrimSpace(rest[k+1:])
		}
	}
	// "Đồng chí X, sinh ngày 12/3/1940, quê xã A, huyện B; nguyên Bí thư
	// Tỉnh ủy": the birth and home town of an obituary. Such a note names
	// no one else: in "VĐV X, sinh năm 2006, được trao Cúp. Ông Y, Cục
	// trưởng ..." the title is Y's.
	if (strings.HasPrefix(g, ", sinh ") || strings.HasPrefix(g, ", quê ") || originNote(g)) && len(g) < 240 &&
		(strings.HasSuffix(g, ";") || strings.HasSuffix(g, ",")) {
		k := l.msAt(a)
		return k >= len(l.ms) || l.ms[k].span.Start >= b
	}
	switch g {
	case ",", "-", "–", "kiêm", ", kiêm", "và", "kiêm nhiệm", ", đồng thời là",
		// A career: "làm Trưởng Công an xã rồi Phó Trưởng Công an huyện".
		"rồi", ", rồi", "rồi làm", ", sau đó là", "sau đó là":
		return true
	case ";":
		// "nguyên Ủy viên Trung ương Đảng; nguyên Thứ trưởng Bộ Quốc
		// phòng; nguyên Tư lệnh Quân khu 4": an obituary's offices, unless
		// the title after it opens the next guest: "; Giám đốc Sở Y Trần B".
		return !l.titleLeadsToName(b)
	}
	// "Phó Bí thư Quân ủy Trung ương, Đại tướng, Bộ trưởng Quốc phòng".
	if inner, ok := strings.CutPrefix(g, ","); ok {
		if inner, ok = strings.CutSuffix(inner, ","); ok {
			inner = strings.TrimSpace(inner)
			if lex.Ranks.Has(inner) {
				return true
			}
			// "Ông A, Nhà sáng lập Quỹ B, Chủ tịch ...", "ông C, nhà sưu
			// tầm đồ cổ, Chủ tịch ...": an office or trade the lexicons do
			// not know links the chain.
			if chainNote(inner) {
				k := l.msAt(a)
				return k >= len(l.ms) || l.ms[k].span.Start >= b
			}
		}
	}
	return false
}

// chainNote reports whether inner, the text between two commas of a title
// chain, reads as one more office or trade: up to 10 words, opening with a
// capital or a noun for people, and no clause words.
func chainNote(inner string) bool {
	// A sentence end between the commas parts two sentences, not titles.
	if inner == "" || len(inner) > 120 || strings.ContainsAny(inner, ",;:()\"“”\n!?") || strings.Contains(inner, ". ") {
		return false
	}
	words := strings.Fields(inner)
	if len(words) > 10 {
		return false
	}
	switch words[0] {
	case "nhà", "người", "chuyên", "thành", "cán", "giảng", "giáo", "kỹ", "kĩ", "bác", "luật":
		// "nhà sưu tầm", "người sáng lập", "chuyên gia", "thành viên",
		// "cán bộ", "giảng viên", "giáo viên", "kỹ sư", "bác sĩ", "luật sư".
	default:
		if !upperAt(inner, 0) {
			return false
		}
	}
	for _, w := range words {
		switch w {
		case "là", "đã", "đang", "sẽ", "vừa", "được", "bị", "cho", "khi", "thì", "năm", "tháng", "ngày",
			"Năm", "Tháng", "Ngày", "Theo", "Hiện", "Sáng", "Chiều", "Tối", "Trước", "Sau", "Tại", "Trong":
			return false
		}
	}
	return true
}

// titleLeadsToName reports whether the title that starts at offset b, or
// the chain it opens, stands right before a name, with forms of address or
// ranks between: "; Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn".
func (l *peopleLinker) titleLeadsToName(b int) bool {
	ti, ok := slices.BinarySearch(l.titleStarts, b)
	if !ok {
		return false
	}
	for n := 0; ; n++ {
		end := l.titles[ti].Span.End
		if k := l.msAt(end); k < len(l.ms) && l.leadsTo(end, l.ms[k].span.Start, l.ms[k].span.Start < l.ms[k].e.Span.Start) {
			return true
		}
		if n == 8 || ti+1 == len(l.titles) {
			return false
		}
		next := l.titles[ti+1].Span.Start
		if next < end || strings.TrimSpace(l.text[end:next]) == ";" || !l.separator(end, next) {
			return false
		}
		ti++
	}
}

// originNote reports whether g, the text between a name and its title, is
// a short note on the person's people or age: "Tẩn Láo San, người Dao, Bí
// thư Chi bộ", ", người dân tộc Mông,", ", người có uy tín,", ", 62 tuổi,".
func originNote(g string) bool {
	inner, ok := strings.CutPrefix(g, ", ")
	if !ok || len(inner) > 40 {
		return false
	}
	inner, ok = strings.CutSuffix(inner, ",")
	if !ok || strings.ContainsAny(inner, ",;()") {
		return false
	}
	inner = strings.TrimPrefix(inner, "là ")
	if strings.HasPrefix(inner, "người ") || strings.HasPrefix(inner, "dân tộc ") {
		return true
	}
	digits := strings.TrimLeft(inner, "0123456789")
	return len(digits) < len(inner) && digits == " tuổi"
}

// skipTerms drops a leading "khóa XI, XII" (or "khóa mới", "khóa 15")
// from the gap g between two titles, and returns g unchanged when it opens
// with no such terms.
func skipTerms(g string) string {
	rest, ok := strings.CutPrefix(g, "khóa ")
	if !ok {
		if rest, ok = strings.CutPrefix(g, "khoá "); !ok {
			return g
		}
	}
	for {
		rest = strings.TrimLeft(rest, " ")
		i := strings.IndexAny(rest, ", ;")
		if i <= 0 || !termWord(rest[:i]) {
			return g
		}
		after := strings.TrimLeft(rest[i:], " ")
		// "XI, XII": another term after the comma.
		if next, ok := strings.CutPrefix(after, ","); ok {
			next = strings.TrimLeft(next, " ")
			if j := strings.IndexAny(next, ", ;"); j > 0 && termWord(next[:j]) {
				rest = next
				continue
			}
		}
		return strings.TrimSpace(after)
	}
}

// termWord reports whether w names a term of office after "khóa": a Roman
// numeral, a number or "mới".
func termWord(w string) bool {
	return lex.Roman(w) || w == "mới" || strings.Trim(w, "0123456789") == ""
}

func (l *peopleLinker) give(t, p int) {
	if l.claimed[t] >= 0 {
		return
	}
	l.claimed[t] = p
	l.people[p].titles = append(l.people[p].titles, t)
}

// attachTitles gives each title to its holder.
func (l *peopleLinker) attachTitles() {
	l.ms = append(l.ms[:0], l.mentions...)
	ms := l.ms
	slices.SortFunc(ms, func(a, b mention) int { return a.span.Start - b.span.Start })
	l.msStarts = l.msStarts[:0]
	for i := range ms {
		l.msStarts = append(l.msStarts, ms[i].span.Start)
	}
	// 1. A title right before a name, and the chain before it.
	l.reserved = slices.Grow(l.reserved[:0], len(l.titles))[:len(l.titles)]
	reserved := l.reserved
	for i := range reserved {
		reserved[i] = -1
	}
	for ti, t := range l.titles {
		if t.Title.Group {
			continue
		}
		if k := l.msAt(t.Span.End); k < len(ms) {
			m := &ms[k]
			// "lời chúc của Chủ tịch nước Trần Đại Quang" names the
			// holder, but "Thừa ủy quyền của Chủ tịch nước, Đại tướng X"
			// does not.
			comma := strings.Contains(l.text[t.Span.End:m.span.Start], ",")
			if comma && l.referenceOnly(t) {
				continue
			}
			// "Theo Trung tá X, Đội trưởng Đội CSHS, đối tượng Y khai":
			// past a comma, a title that is already the apposition of a
			// name before it is that name's, not the next one's.
			if l.leadsTo(t.Span.End, m.span.Start, m.span.Start < m.e.Span.Start) && !(comma && l.anchored(ti)) {
				reserved[ti] = m.person
			} else if l.predicate(t.Span, m) {
				reserved[ti] = m.person
			}
		}
	}
	// 2. Chains after a name: "Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ
	// Công an" and "Quách Văn Tình (26 tuổi, trạm trưởng ...)".
	for i := range ms {
		m := &ms[i]
		end := m.span.End
		paren := false
		closeAt := -1 // where the bracket after the name closes
		if j := l.skipSpace(end); j < len(l.text) && l.text[j] == '(' {
			paren = true
			end = j + 1
			if c := strings.IndexByte(l.text[end:min(len(l.text), end+400)], ')'); c >= 0 {
				closeAt = end + c
			}
		}
		first, _ := slices.BinarySearch(l.titleStarts, end)
		for ti := first; ti < len(l.titles); ti++ {
			t := &l.titles[ti]
			if t.Span.Start < end || reserved[ti] >= 0 || t.Title.Group {
				continue
			}
			if paren && closeAt >= 0 && t.Span.Start > closeAt {
				// Past the bracket the chain may go on: "Trần Văn Lợi (SN
				// 1975), nguyên Giám đốc Công ty ...".
				paren = false
				end = max(end, closeAt+1)
			}
			if paren {
				if closeAt < 0 {
					break
				}
				prev := strings.TrimRight(l.text[:t.Span.Start], " ")
				// "(nguyên Giám đốc ...)": the word may open the bracket.
				for _, q := range []string{"nguyên", "cựu", "là"} {
					if p, ok := strings.CutSuffix(prev, q); ok && (strings.HasSuffix(p, " ") || strings.HasSuffix(p, "(")) {
						prev = strings.TrimRight(p, " ")
					}
				}
				if strings.HasSuffix(prev, "(") || strings.HasSuffix(prev, ",") {
					l.give(ti, m.person)
					end = t.Span.End
					continue
				}
				continue
			}
			// "Đại tá Nguyễn Văn Hòa Giám đốc Công an tỉnh": news copy
			// often drops the comma before a capitalized title.
			bare := end == m.span.End && t.Span.Start > end && gapOnly(l.text, end, t.Span.Start, "") && upperAt(l.text, t.Span.Start)
			if !l.separator(end, t.Span.Start) && !bare {
				break
			}
			if strings.TrimSpace(l.text[end:t.Span.Start]) == "và" {
				break
			}
			// "Đối với Đại sứ A, Phó Chủ tịch nước cảm ơn bà": after a
			// fronted person, a title the verb follows is the subject's.
			if l.fronted(m.span.Start) && !strings.HasPrefix(strings.TrimLeft(l.text[t.Span.End:], " "), ",") {
				break
			}
			l.give(ti, m.person)
			end = t.Span.End
		}
	}
	// 3. Reserved titles, and the chain that leads to them.
	for ti := range l.titles {
		p := reserved[ti]
		if p < 0 {
			continue
		}
		l.give(ti, p)
		for k := ti - 1; k >= 0; k-- {
			if !l.separator(l.titles[k].Span.End, l.titles[k+1].Span.Start) || reserved[k] >= 0 || l.titles[k].Title.Group {
				break
			}
			if strings.TrimSpace(l.text[l.titles[k].Span.End:l.titles[k+1].Span.Start]) == "và" {
				break
			}
			// "thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch nước X": the
			// principal's office is no link of X's chain.
			if l.delegatedBy(l.titles[k]) {
				break
			}
			// "Tranh luận với Bộ trưởng, đại biểu X": an office spoken to
			// before a lower-case one opens no chain; "làm việc với Bí
			// thư, Chủ tịch UBND tỉnh X" may.
			if !upperAt(l.text, l.titles[k+1].Span.Start) && l.spokenTo(l.titles[k]) {
				break
			}
			l.give(k, p)
		}
	}
	// 4. Titles a clause gives to someone named before it: "ông X ... giữ
	// chức Giám đốc Sở", "Ông từng là Tư lệnh Quân khu 1, Phó Tổng tham
	// mưu trưởng"; and the career list of a biography.
	l.predicates(ms, reserved)
	// 5. A title alone ("Bộ trưởng Bộ Công an đã ký") is a mention of the
	// one person who holds it.
	l.titleMentions(reserved)
	// 6. Group headings: "các Phó Thủ tướng: X, Y".
	for ti, t := range l.titles {
		// "Tiếp các Đại sứ, Thủ tướng A": a plural office a comma
		// closes heads no list.
		if !t.Title.Group || strings.HasPrefix(l.text[t.Span.End:], ",") {
			continue
		}
		// The list runs on while only separators, forms of address and the
		// members' own titles stand between the names.
		sent := l.sentence(t.Span.Start)
		end := t.Span.End
		// "các Thứ trưởng: A, B, C; ông D, Vụ trưởng ...": names listed
		// with commas end where a semicolon opens the next guest.
		commas := false
		for k := l.msAt(end); k < len(ms) && ms[k].span.End <= sent.End; k++ {
			m := ms[k]
			if !l.listGap(end, m.span.Start) {
				break
			}
			if end > t.Span.End {
				semi := strings.IndexByte(l.text[end:m.span.Start], ';') >= 0
				if semi && commas {
					break
				}
				commas = commas || !semi
			}
			p := l.people[m.person]
			if !slices.Contains(p.titles, ti) {
				p.titles = append(p.titles, ti)
			}
			end = m.span.End
		}
	}
}

// anchored reports whether titles[ti], with the chain that leads to it,
// already follows a name as its apposition ("X, Đội trưởng Đội CSHS") or
// as what the name is made ("bầu đồng chí X làm Bí thư Thị ủy").
func (l *peopleLinker) anchored(ti int) bool {
	// "ông X và Giám đốc Sở Y tế, ông Z": no apposition past "và".
	link := func(a, b int) bool {
		return l.separator(a, b) && strings.TrimSpace(l.text[a:b]) != "và"
	}
	k := ti
	for k > 0 && !l.titles[k-1].Title.Group && link(l.titles[k-1].Span.End, l.titles[k].Span.Start) {
		k--
	}
	start := l.titles[k].Span.Start
	j := l.msAt(start) - 1
	if j < 0 || l.ms[j].span.End > start {
		return false
	}
	// "Bí thư Tỉnh ủy X, Chủ tịch UBND tỉnh, ông Z": where the name
	// before has its title in front, so has the next one. (reserved is
	// filled in the order of the titles: up to ti-1 by now.)
	if k, _ := slices.BinarySearch(l.titleStarts, l.ms[j].span.Start); k > 0 && l.reserved[k-1] == l.ms[j].person {
		return false
	}
	if link(l.ms[j].span.End, start) {
		return true
	}
	end := l.ms[j].span.End
	gap := strings.TrimRight(l.text[end:start], " ")
	// "ông X là Chủ tịch HĐQT, bà Y là Tổng Giám đốc"; "là" joins only
	// the name right before it ("người ký là Giám đốc Sở, ông Y").
	if strings.TrimSpace(gap) == "là" {
		return true
	}
	for _, c := range madeCues {
		if rest, ok := strings.CutSuffix(gap, c); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
			// A few words may stand before the cue ("được bầu làm"), but
			// no clause break; or the name's own titles ("bầu ông X,
			// Giám đốc Công ty, làm Chủ tịch HĐQT").
			return len(rest) <= 30 && !strings.ContainsAny(rest, ",.;:()") || l.throughTitles(end, end+len(rest))
		}
	}
	return false
}

// madeCues join a name to the office it is given: "X làm Bí thư", "X giữ
// chức Giám đốc".
var madeCues = []string{"làm", "giữ chức", "giữ chức vụ", "giữ cương vị"}

// listGap reports whether text[a:b] only separates two items of a list:
// commas, semicolons, a colon, "và", forms of address and titles.
func (l *peopleLinker) listGap(a, b int) bool {
	for a < b {
		switch c := l.text[a]; c {
		case ' ', ',', ';', ':', '\t':
			a++
			continue
		case '(':
			// "bà A, Chủ tịch UBND huyện (47/49 phiếu) và ông B": an
			// aside that names no one.
			if e := strings.IndexByte(l.text[a:min(b, a+40)], ')'); e > 0 {
				if k := l.msAt(a); k >= len(l.ms) || l.ms[k].span.Start > a+e {
					a += e + 1
					continue
				}
			}
			return false
		}
		if k, found := slices.BinarySearch(l.titleStarts, a); found {
			a = l.titles[k].Span.End
			continue
		}
		toks := l.gapTokens(a, min(b, a+40))
		if len(toks) == 0 {
			return false
		}
		// "và", the "gồm các" of "các Phó Bí thư gồm các đồng chí:" and
		// the "là" of "được bầu giữ chức Phó Bí thư là: A và B".
		if w := toks[0].Lower; w == "và" || w == "gồm" || w == "các" || w == "là" {
			a += toks[0].End
			continue
		}
		// "hai Phó Chủ tịch UBND xã lần lượt là ông A và bà B".
		if len(toks) > 1 && toks[0].Lower == "lần" && toks[1].Lower == "lượt" {
			a += toks[1].End
			continue
		}
		// "HĐQT nhiệm kỳ 2025-2030 gồm 5 thành viên: ông A; bà B".
		if len(toks) > 2 && toks[0].Kind == scan.Number && toks[1].Lower == "thành" && toks[2].Lower == "viên" {
			a += toks[2].End
			continue
		}
		if n, _ := lex.Honorifics.Match(l.text[a:min(b, a+40)], toks, 0); n > 0 {
			a += toks[n-1].End
			continue
		}
		// "các nguyên hiệu trưởng: nhà giáo A, thầy B": a trade before
		// the name, as a form of address.
		if len(toks) > 1 && toks[0].Lower == "nhà" {
			switch toks[1].Lower {
			case "giáo", "báo", "văn", "thơ":
				a += toks[1].End
				continue
			}
		}
		// "Các Ủy viên Ban Thường vụ gồm: Đại tá A, ...; Đại tá B": a
		// member's rank stands before the name as a form of address does.
		if n, _ := lex.Ranks.Match(l.text[a:min(b, a+40)], toks, 0); n > 0 {
			a += toks[n-1].End
			continue
		}
		return false
	}
	return true
}

func (l *peopleLinker) skipSpace(i int) int {
	for i < len(l.text) && (l.text[i] == ' ' || l.text[i] == '\t') {
		i++
	}
	return i
}

// joinedEqual reports whether a1+" "+b1 == a2+" "+b2, without building
// either.
func joinedEqual(a1, b1, a2, b2 string) bool {
	if len(a1)+len(b1) != len(a2)+len(b2) {
		return false
	}
	if len(a1) == len(a2) {
		return a1 == a2 && b1 == b2
	}
	if len(a1) > len(a2) {
		a1, b1, a2, b2 = a2, b2, a1, b1
	}
	// a2 is a1, a space and x; b1 is x, a space and b2.
	n, x := len(a1), len(a2)-len(a1)-1
	return a2[:n] == a1 && a2[n] == ' ' && b1[:x] == a2[n+1:] && b1[x] == ' ' && b1[x+1:] == b2
}

// personIDs are the ids of the first people of a document, made once.
var personIDs = func() []string {
	ids := make([]string, 64)
	for i := range ids {
		ids[i] = "p" + strconv.Itoa(i)
	}
	return ids
}()

// personID returns "p" and n.
func personID(n int) string {
	if n < len(personIDs) {
		return personIDs[n]
	}
	return "p" + strconv.Itoa(n)
}

func (l *peopleLinker) build() []pipeline.Person {
	order := make([]int, len(l.people))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return l.people[a].first - l.people[b].first })
	out := make([]pipeline.Person, 0, len(order))
	// The mentions of all people in one allocation: p.mentions is
	// scratch kept for the next document.
	total := 0
	for _, p := range l.people {
		total += len(p.mentions)
	}
	spans := make([]pipeline.Span, 0, total)
	// Their titles too: a person gets one at most of each title and
	// counterpart.
	total = 0
	for _, p := range l.people {
		total += len(p.titles) + len(p.counterparts)
	}
	titles := make([]pipeline.Title, 0, total)
	total = 0
	for _, p := range l.people {
		total += len(p.honorifics)
	}
	var honorifics []string
	if total > 0 {
		honorifics = make([]string, 0, total)
	}
	for _, pi := range order {
		p := l.people[pi]
		if len(p.mentions) == 0 {
			continue // merged into another by an alias
		}
		info := p.name.Person
		person := pipeline.Person{
			ID:     personID(len(out) + 1),
			Name:   p.name.Value,
			Family: info.Family,
			Middle: info.Middle,
			Given:  info.Given,
			Rank:   p.rank,
		}
		if len(p.honorifics) > 0 {
			at := len(honorifics)
			honorifics = append(honorifics, p.honorifics...)
			person.Honorifics = honorifics[at:len(honorifics):len(honorifics)]
		}
		slices.Sort(p.titles)
		// full reports whether the person has a title of the role with
		// an organization: a handful of titles, so a search beats a map.
		full := func(role string) bool {
			return slices.ContainsFunc(p.titles, func(o int) bool {
				return l.orgs[o] != "" && l.roles[o] == role
			})
		}
		// seen holds the role and organization of the titles kept; ts
		// the titles, at the end of titles.
		seen := l.seen[:0]
		ts := titles[len(titles):]
		// The searches below compare every title with every other: the
		// lengths of the roles, and of the joined role and organization
		// of the titles seen, rule out most before any comparison.
		// longestOrg[n] is the length of the longest organization of the
		// titles whose role is n bytes long (63 or more for 63), up to
		// 255: an organization of 255 bytes or more is compared with 254.
		var roleLens, seenLens lenSet
		var longestOrg [64]uint8
		for _, o := range p.titles {
			n := min(len(l.roles[o]), 63)
			roleLens |= lenBit(n)
			longestOrg[n] = max(longestOrg[n], uint8(min(len(l.orgs[o]), 255)))
		}
		for _, ti := range p.titles {
			t := l.titles[ti]
			role, org := l.roles[ti], l.orgs[ti]
			// "Thứ trưởng" repeats "Thứ trưởng Bộ VH,TT&DL" said before.
			if seenLens.has(len(role)+len(org)) && slices.ContainsFunc(seen, func(k [2]string) bool { return joinedEqual(k[0], k[1], role, org) }) ||
				t.Title.Organization == "" && full(role) {
				continue
			}
			// "Phó Bí thư Thành ủy" repeats "Phó Bí thư Thành ủy Hà Nội".
			// "Bí thư Huyện ủy" repeats "Bí thư Huyện ủy Sìn Hồ" too: the
			// longer one only adds a proper name. Only the titles of the
			// role with an organization can.
			// Both tests want an organization longer than org: none when
			// org is empty. l.orgs[o] is empty when the title's
			// organization is.
			if org != "" && int(longestOrg[min(len(role), 63)]) > min(len(org), 254) && slices.ContainsFunc(p.titles, func(o int) bool {
				return len(l.orgs[o]) > len(org) && l.roles[o] == role &&
					(placeOnly(l.orgs[o], org) || nameOnly(l.orgs[o], org, l.titles[o].Title.Organization))
			}) {
				continue
			}
			// "Phó Thủ tướng" repeats "Phó Thủ tướng Thường trực Chính
			// phủ": the office without its rank among deputies. The
			// lengths tell most roles apart first.
			if (roleLens.has(len(role)+len(" thường trực")) || roleLens.has(len(role)+len(" thứ nhất"))) && slices.ContainsFunc(p.titles, func(o int) bool {
				d := len(l.roles[o]) - len(role)
				return (d == len(" thường trực") || d == len(" thứ nhất")) &&
					o != ti && (org == "" || l.orgs[o] == org) && standingOf(l.roles[o], role)
			}) {
				continue
			}
			seen = append(seen, [2]string{role, org})
			seenLens |= lenBit(len(role) + len(org))
			ts = append(ts, pipeline.Title{
				Span: t.Span, Role: t.Title.Role, Organization: t.Title.Organization, Former: t.Title.Former,
			})
		}
		clear(seen)
		l.seen = seen[:0]
		for _, c := range p.counterparts {
			if !slices.ContainsFunc(ts, func(t pipeline.Title) bool { return fold(t.Role) == fold(c.Role) }) {
				ts = append(ts, c)
			}
		}
		if len(ts) > 0 {
			person.Titles = ts[:len(ts):len(ts)]
			titles = titles[:len(titles)+len(ts)]
		}
		slices.SortFunc(p.mentions, func(a, b pipeline.Span) int { return a.Start - b.Start })
		ms := slices.Compact(p.mentions)
		at := len(spans)
		spans = append(spans, ms...)
		person.Mentions = spans[at:len(spans):len(spans)]
		out = append(out, person)
	}
	return out
}

// lenSet is a set of lengths: bit n stands for length n, bit 63 for 63
// and every longer one.
type lenSet uint64

// lenBit returns the set of the length n.
func lenBit(n int) lenSet { return 1 << min(n, 63) }

// has reports whether s may hold the length n: it holds n, or n is 63 or
// more and s holds a length that long.
func (s lenSet) has(n int) bool { return s&lenBit(n) != 0 }

// standingOf reports whether the folded role long is the folded role
// short with "thường trực" or "thứ nhất" after it: "phó thủ tướng thường
// trực" and "phó thủ tướng".
func standingOf(long, short string) bool {
	rest, ok := strings.CutPrefix(long, short)
	return ok && (rest == " thường trực" || rest == " thứ nhất")
}

// predicateCues end the words that give the title after them to the
// subject of the clause.
var predicateCues = []string{"là", "làm", "giữ chức", "giữ chức vụ", "chức", "chức vụ", "cương vị",
	"giữ cương vị", "bổ nhiệm", "đảm nhiệm", "trở thành", "kiêm", "khi còn", "khi còn là", "thôi giữ chức",
	"cử giữ chức", "hiệp thương cử", "được bầu", "bầu làm", "vị trí", "lên", "thăng chức", "nhận chức",
	// "Bà từng giữ các chức vụ: Bí thư Quận ủy, ...".
	"chức vụ:", "các chức vụ", "các chức vụ:",
	// "ông X ... được giao quyền Giám đốc Sở Nội vụ".
	"được giao",
	// "Ông A gia nhập ngân hàng năm 2021 với vai trò Phó Chủ tịch HĐQT".
	"vai trò", "với vai trò", "với cương vị", "trên cương vị"}

// cuesByLast lists the indexes in predicateCues of the cues by their last
// byte, in order: only those can end a text with that byte.
var cuesByLast = func() (t [256][]uint8) {
	for i, c := range predicateCues {
		t[c[len(c)-1]] = append(t[c[len(c)-1]], uint8(i))
	}
	return t
}()

// cueEnding returns the index of the first predicate cue that before is or
// ends with as a word, or -1.
func cueEnding(before []byte) int {
	if len(before) == 0 {
		return -1
	}
	for _, i := range cuesByLast[before[len(before)-1]] {
		c := predicateCues[i]
		if len(before) > len(c) && before[len(before)-len(c)-1] == ' ' && string(before[len(before)-len(c):]) == c || string(before) == c {
			return int(i)
		}
	}
	return -1
}

// appointment are the cues of a passive appointment, whose agent is not
// the holder: "X được bà Y bổ nhiệm làm T".
var appointment = map[string]bool{"làm": true, "bổ nhiệm": true, "giữ chức": true, "cử giữ chức": true, "bầu làm": true, "được giao": true}

// sentenceBefore returns the start of the sentence before the one at off,
// so that a pronoun subject ("Ông từng là ...") finds the name in the
// sentence before.
func (l *peopleLinker) sentenceBefore(off int) int {
	ss := l.doc.Sentences
	k, _ := slices.BinarySearchFunc(ss, off+1, func(s pipeline.Span, o int) int { return s.Start - o })
	// ss[k-1] holds off; the one before it is ss[k-2].
	if k >= 2 {
		return ss[k-2].Start
	}
	return 0
}

func (l *peopleLinker) predicates(ms []mention, reserved []int) {
	if len(ms) == 0 {
		return
	}
	// The career list is looked for only when a title needs it.
	cv, cvSubject := -2, -1
	career := func() int {
		if cv == -2 {
			if cv = l.careerList(); cv >= 0 {
				cvSubject = l.subject(ms, cv)
			} else if cv = deathNotice(l.text); cv >= 0 {
				cvSubject = l.namedNext(ms, cv)
			}
		}
		return cv
	}
	for ti, t := range l.titles {
		if l.claimed[ti] >= 0 || reserved[ti] >= 0 || t.Title.Group {
			continue
		}
		// Only the end of the text before counts (see lowerTail).
		before := l.lowerTail(strings.TrimRight(l.text[max(0, t.Span.Start-40):t.Span.Start], " "), maxCue+1)
		cueAt := cueEnding(before)
		// "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông X": the
		// person named after the office holds it. Cues such as "chức vụ"
		// would give it to someone named before.
		if last, p := l.dismissed(ti, before, ms); p >= 0 {
			for k := ti; k <= last; k++ {
				if reserved[k] < 0 {
					l.give(k, p)
				}
			}
			continue
		}
		// "ông X, Phó Giám đốc Sở, được UBND tỉnh giao quyền Giám đốc
		// Sở": an acting office is handed to the subject, but "UBND tỉnh
		// giao Giám đốc Sở Y tế chủ trì" hands a task to the office.
		if cueAt < 0 && strings.HasPrefix(l.roles[ti], "quyền ") && bytes.HasSuffix(before, []byte(" giao")) {
			cueAt = slices.Index(predicateCues, "được giao")
		}
		cue := cueAt >= 0
		p := -1
		switch {
		case cue:
			// The nearest person named before, within this or the last
			// sentence.
			from := l.sentence(t.Span.Start).Start
			// The sentences before count only where a pronoun stands for
			// the subject: "Ông từng là Tư lệnh Quân khu 1". A biography
			// may name its subject a few sentences up.
			pronoun := l.pronounBefore(from, t.Span.Start)
			upTo := t.Span.Start // candidates end by here
			if pronoun {
				from = l.sentenceBefore(t.Span.Start)
				// "Ông là con trai của Nguyễn Lân. Sinh thời, ông từng là
				// ...": a sentence before that opens with the pronoun too
				// names others; the subject stands before it.
				if prev := l.sentence(from); from < l.sentence(t.Span.Start).Start && l.opensWithPronoun(prev) {
					if k := l.msAt(l.sentenceBefore(from)); k < len(ms) && ms[k].span.End <= from {
						upTo = from
						from = l.sentenceBefore(from)
					}
				}
				if k := l.msAt(from); k >= len(ms) || ms[k].span.End > upTo {
					from = max(0, t.Span.Start-800)
					// An obituary names its subject once, paragraphs
					// before "đồng chí được bổ nhiệm ...": the nearest
					// person named, however far.
					if k := l.msAt(from); k >= len(ms) || ms[k].span.End > upTo {
						j := l.msAt(upTo) - 1
						for j >= 0 && ms[j].span.End > upTo {
							j--
						}
						if j >= 0 {
							from = ms[j].span.Start
						}
					}
				}
			}
			// "Hơn 20 năm làm Trưởng Công an xã, tôi hiểu ...", Trung tá
			// Thắng kể: in a quote in the first person, the speaker named
			// after it holds the title, unless the quote names someone
			// before it.
			if qs, qe, speaker := l.quoteSpeaker(ms, t.Span.Start); speaker >= 0 {
				from = max(from, qs)
				if k := l.msAt(from); k >= len(ms) || ms[k].span.End > t.Span.Start {
					// "tôi làm A trong B, C, D": the rest of the quote's
					// list is the speaker's too, up to anyone it names.
					end := qe
					if k := l.msAt(t.Span.End); k < len(ms) && ms[k].span.Start < end {
						end = ms[k].span.Start
					}
					for k := ti; k < len(l.titles) && l.titles[k].Span.End <= end; k++ {
						if reserved[k] < 0 && !l.titles[k].Title.Group {
							l.give(k, speaker)
						}
					}
					continue
				}
			}
			// In "X được bà Y ... bổ nhiệm làm T" the title is X's.
			k0 := l.msAt(from)
			k := k0
			for k < len(ms) && ms[k].span.End <= upTo {
				k++
			}
			cands := ms[k0:k]
			if n := len(cands); n > 0 {
				p = cands[n-1].person
				// lead is the text before the name, lowered when needed.
				lead := func() []byte {
					s := cands[n-1].e.Span.Start
					// "X được Chủ tịch UBND tỉnh Y giao ...": the agent's
					// own title stands between "được" and the name.
					if k, _ := slices.BinarySearch(l.titleStarts, s); k > 0 && reserved[k-1] == cands[n-1].person && s-l.titles[k-1].Span.End < 40 {
						s = l.titles[k-1].Span.Start
					}
					return l.lowered(l.text[max(0, s-20):s])
				}
				// But in "công ty do Y làm giám đốc" Y holds it.
				// "đoàn do đồng chí X, Bí thư Tỉnh ủy, làm trưởng đoàn"
				// too, with X's own titles between.
				gap := strings.TrimSpace(l.text[cands[n-1].span.End:t.Span.Start])
				doesIt := gap == "làm"
				if !doesIt && strings.HasSuffix(gap, " làm") {
					doesIt = l.throughTitles(cands[n-1].span.End, strings.LastIndex(l.text[:t.Span.Start], "làm"))
				}
				if newcomer(l.text, t.Span.End) && !strings.Contains(l.text[cands[n-1].span.End:t.Span.Start], "được") {
					// "giao bà X phụ trách cho đến khi bổ nhiệm Tổng
					// Giám đốc mới": the new holder is someone not named.
					continue
				}
				if n > 1 && appointment[predicateCues[cueAt]] && !doesIt && (bytes.Contains(lead(), []byte("được")) || bytes.Contains(lead(), []byte(" do "))) {
					p = cands[n-2].person
				} else {
					// "Các đồng chí X và Y được bầu giữ chức T": names
					// joined by "và" or a bare comma share the title.
					for k := n - 1; k > 0 && coordinated(l.text[cands[k-1].span.End:cands[k].span.Start], k == n-1); k-- {
						if q := cands[k-1].person; q != p && !slices.Contains(l.people[q].titles, ti) {
							l.people[q].titles = append(l.people[q].titles, ti)
						}
					}
				}
			}
		case career() >= 0 && t.Span.Start > cv:
			p = cvSubject
		}
		if p < 0 {
			continue
		}
		l.give(ti, p)
		l.chainAfter(ti, p, reserved)
	}
}

// dismissalLeads stand before an office that a decision takes from (or
// gives to) a person named after it: "miễn nhiệm chức danh T đối với ông
// X", "thi hành kỷ luật cách chức T đối với bà Y".
var dismissalLeads = []string{"chức danh", "chức vụ", "tư cách", "cách chức", "miễn nhiệm", "bãi nhiệm", "thôi giữ chức"}

// dismissed reads titles[ti], whose lowered text before is before, as
// the office of a decision "đối với" a person: it returns the last title
// of the chain that opens with titles[ti] and the person named right
// after "đối với", or -1.
func (l *peopleLinker) dismissed(ti int, before []byte, ms []mention) (last, p int) {
	if !slices.ContainsFunc(dismissalLeads, func(c string) bool {
		return bytes.HasSuffix(before, []byte(c)) && (len(before) == len(c) || before[len(before)-len(c)-1] == ' ')
	}) {
		return ti, -1
	}
	last = ti
	for last+1 < len(l.titles) && !l.titles[last+1].Title.Group && l.separator(l.titles[last].Span.End, l.titles[last+1].Span.Start) {
		last++
	}
	end := l.titles[last].Span.End
	// "Chủ tịch HĐND tỉnh khóa XVIII đối với bà X", "Ủy viên UBND tỉnh
	// nhiệm kỳ 2021 - 2026 đối với ông Y": the term stands between.
	window := l.text[end:min(len(l.text), end+80)]
	rest, ok := strings.CutPrefix(officeTerm(strings.TrimLeft(window, " ")), "đối với ")
	if !ok {
		return ti, -1
	}
	for form := range addressForms {
		if r, ok := strings.CutPrefix(rest, form); ok && strings.HasPrefix(r, " ") {
			rest = r[1:]
			break
		}
	}
	// The mention's span opens with its rank: "đối với Trung tướng X".
	off := end + len(window) - len(rest)
	if k := l.msAt(off); k < len(ms) && ms[k].span.Start == off {
		return last, ms[k].person
	}
	return ti, -1
}

// officeTerm drops a leading term of office from s: "khóa XVIII ",
// "khóa mới ", "nhiệm kỳ 2021 - 2026 ", ", nhiệm kỳ 2021-2026, ", or both.
func officeTerm(s string) string {
	s = skipTerms(s)
	t := strings.TrimLeft(strings.TrimPrefix(s, ","), " ")
	rest, ok := strings.CutPrefix(t, "nhiệm kỳ ")
	if !ok {
		return s
	}
	// The years: "2021 - 2026", "2021-2026", "2021–2026".
	n := 0
	for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == ' ' || rest[n] == '-') {
		n++
	}
	if strings.HasPrefix(rest[n:], "–") {
		n += len("–")
		for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == ' ') {
			n++
		}
	}
	if n < 4 {
		return s
	}
	return strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest[n:], " "), ","), " ")
}

// newcomer reports whether the title ending at end is followed by "mới":
// "bổ nhiệm Giám đốc mới" speaks of a holder yet to come.
func newcomer(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+12)], " ")
	w, ok := strings.CutPrefix(rest, "mới")
	return ok && (w == "" || strings.IndexByte(" .,;:)\n\r", w[0]) >= 0)
}

// coordinated reports whether gap, the text between two names, only
// joins them: "X và Y", "bà X và ông Y", and before those "X, Y". The
// last two names of a list must be joined by "và": in "gặp ông X, ông Y
// từng là ..." the comma closes a clause.
func coordinated(gap string, last bool) bool {
	gap = strings.TrimSpace(gap)
	joins := []string{"và", ","}
	if last {
		joins = joins[:1]
	}
	for _, j := range joins {
		if rest, ok := strings.CutPrefix(gap, j); ok {
			rest = strings.TrimSpace(rest)
			return rest == "" || addressForms[rest]
		}
	}
	return false
}

// addressForms are the forms of address that may open the next name of a
// list.
var addressForms = map[string]bool{"ông": true, "bà": true, "anh": true, "chị": true, "đồng chí": true}

// counterparts gives the person written "người đồng cấp Hàn Quốc Park
// Jin" the office of the one he meets, in his own country: after "Bộ
// trưởng Bộ Ngoại giao Bùi Thanh Sơn hội đàm với", he is "Bộ trưởng Bộ
// Ngoại giao Hàn Quốc"; after "Ngoại trưởng Nga Sergei Lavrov", the
// country replaces Russia.
func (l *peopleLinker) counterparts() {
	for i := range l.mentions {
		m := &l.mentions[i]
		lead := l.text[max(0, m.span.Start-60):m.span.Start]
		// Contains first: it rules out nearly every mention at a fraction
		// of the cost of LastIndex.
		if !strings.Contains(lead, "đồng cấp") {
			continue
		}
		at := strings.LastIndex(lead, "đồng cấp")
		at += m.span.Start - len(lead)
		// Only a country stands between: "đồng cấp Hàn Quốc ".
		from := at + len("đồng cấp")
		gap := l.text[from:m.span.Start]
		toks := l.gapTokens(from, m.span.Start)
		n, _ := lex.Places.Match(gap, toks, 0)
		if n == 0 {
			continue
		}
		// "người đồng cấp Trung Quốc, ông Vương Nghị".
		rest := n
		if rest < len(toks) && toks[rest].Lower == "," {
			rest++
		}
		if k, v := lex.Honorifics.Match(gap, toks, rest); k > 0 && v == lex.Address {
			rest += k
		}
		if rest != len(toks) {
			continue
		}
		country := l.text[from+toks[0].Start : from+toks[n-1].End]
		start := at
		if strings.HasSuffix(l.text[:at], "người ") {
			start -= len("người ")
		}
		// The one met: the nearest other person named before, in this
		// sentence, with an office ("A hội đàm với người đồng cấp Lào B
		// và người đồng cấp Campuchia C": both are A's counterparts).
		sent := l.sentence(at)
		ti := -1
		for k := len(l.mentions) - 1; k >= 0 && ti < 0; k-- {
			o := l.mentions[k]
			if o.span.End <= at && o.span.Start >= sent.Start && o.person != m.person {
				ti = l.officeOf(o.person, at)
			}
		}
		// A province or commune has no counterpart office abroad that
		// its name could give: "Chủ tịch UBND tỉnh" meets a governor.
		if ti < 0 || local(l.orgs[ti]) {
			continue
		}
		t := l.titles[ti]
		org := t.Title.Organization
		otoks := scan.Tokens(org, nil)
		if k := lex.Places.EndsAt(org, otoks, len(otoks)); k > 0 {
			org = strings.TrimSpace(org[:otoks[len(otoks)-k].Start])
		}
		org = strings.TrimSpace(org + " " + country)
		p := l.people[m.person]
		p.counterparts = append(p.counterparts, pipeline.Title{
			Span: pipeline.Span{Start: start, End: from + toks[n-1].End}, Role: t.Title.Role, Organization: org,
		})
	}
}

// local reports whether a folded organization is a body below the
// state: a province, district, commune or city.
func local(org string) bool {
	for _, w := range strings.Fields(org) {
		switch w {
		case "tỉnh", "huyện", "quận", "xã", "phường", "thị", "phố", "tp", "tp.":
			return true
		}
	}
	return false
}

// officeOf returns the index of the title of person p that the text
// before off relies on (-1 when none): the last one given before off,
// made as full as the article makes it elsewhere (the "Bộ trưởng" of "Bộ
// trưởng Bùi Thanh Sơn" is "Bộ trưởng Bộ Ngoại giao").
func (l *peopleLinker) officeOf(p, off int) int {
	best := -1
	for _, ti := range l.people[p].titles {
		if l.titles[ti].Span.End <= off && (best < 0 || l.titles[ti].Span.End > l.titles[best].Span.End) {
			best = ti
		}
	}
	if best >= 0 && l.titles[best].Title.Organization == "" {
		for _, ti := range l.people[p].titles {
			if l.roles[ti] == l.roles[best] && l.titles[ti].Title.Organization != "" {
				return ti
			}
		}
	}
	return best
}

// chainAfter gives person p the titles chained after titles[ti]: "Tư lệnh
// Quân khu 1, Phó Tổng tham mưu trưởng".
func (l *peopleLinker) chainAfter(ti, p int, reserved []int) {
	for k := ti + 1; k < len(l.titles); k++ {
		if reserved[k] >= 0 || l.claimed[k] >= 0 || !l.separator(l.titles[k-1].Span.End, l.titles[k].Span.Start) {
			break
		}
		l.give(k, p)
	}
}

// quoteSpeaker returns, when off stands inside a quotation in the first
// person ("tôi") that its paragraph attributes right after it ("...",
// tướng Khánh chia sẻ), where the quotation opens and closes and the
// speaker; the speaker is -1 otherwise.
func (l *peopleLinker) quoteSpeaker(ms []mention, off int) (open, closeAt, speaker int) {
	para := l.paragraph(off)
	// The quotation state at off: replay the quote marks of the paragraph
	// before off, as a scan of its text would meet them.
	qs := l.quoteMarks()
	q, _ := slices.BinarySearch(qs, para.Start)
	open = -1
	for ; q < len(qs) && qs[q] < off; q++ {
		switch i := qs[q]; l.text[i] {
		case '"':
			if open >= 0 {
				open = -1
			} else {
				open = i
			}
		case '\xe2':
			if l.text[i+2] == 0x9c { // “
				open = i
			} else { // ”
				open = -1
			}
		}
	}
	if open < 0 {
		return -1, -1, -1
	}
	// The first closing mark at or after off, within the paragraph.
	closeAt = -1
	for ; q < len(qs) && qs[q] < para.End; q++ {
		if i := qs[q]; l.text[i] == '"' || l.text[i+2] == 0x9d {
			closeAt = i
			break
		}
	}
	if closeAt < 0 {
		return -1, -1, -1
	}
	_, n := utf8.DecodeRuneInString(l.text[closeAt:])
	after := closeAt + n
	// The name after the quotation first: most quotations have none, and
	// a search of the quotation for "tôi" costs more.
	k := l.msAt(after)
	if k >= len(ms) || ms[k].span.Start-after > 24 {
		return -1, -1, -1
	}
	// Only a comma or dash and a form of address or rank word or two stand
	// between: ", tướng Khánh", " - ông Nam".
	toks := l.gapTokens(after, ms[k].span.Start)
	words := 0
	for _, t := range toks {
		switch {
		case t.Lower == "," || t.Lower == "-" || t.Lower == "–":
		case t.Kind == scan.Word && t.Flags&scan.Upper == 0 && words < 2:
			words++
		default:
			return -1, -1, -1
		}
	}
	if !l.firstPersonQuote(open, closeAt) {
		return -1, -1, -1
	}
	return open, closeAt, ms[k].person
}

// firstPersonQuote returns firstPerson(l.text[open:closeAt]), remembering
// the last answer: the titles of one quotation ask of the same one.
func (l *peopleLinker) firstPersonQuote(open, closeAt int) bool {
	if q := &l.lastQuote; q.open != open || q.close != closeAt || !q.done {
		*q = quoteFirst{open: open, close: closeAt, done: true, first: firstPerson(l.text[open:closeAt])}
	}
	return l.lastQuote.first
}

// paragraph returns the paragraph that holds off, or the whole text when
// none does. Paragraphs are sorted and do not overlap.
func (l *peopleLinker) paragraph(off int) pipeline.Span { return l.spanAt(l.doc.Paragraphs, off) }

// spanAt returns the span of spans (sorted, not overlapping) that holds
// off, or the whole text when none does.
func (l *peopleLinker) spanAt(spans []pipeline.Span, off int) pipeline.Span {
	k, _ := slices.BinarySearchFunc(spans, off+1, func(s pipeline.Span, o int) int { return s.Start - o })
	if k > 0 && spans[k-1].Start <= off && off < spans[k-1].End {
		return spans[k-1]
	}
	return pipeline.Span{Start: 0, End: len(l.text)}
}

// quoteMarks returns the offsets of the quotation marks of the text: '"',
// '“' and '”'. It is computed on the first call: quoteSpeaker asks for
// each title, and a scan of the paragraph each time cost more than the
// rest of the title's linking.
func (l *peopleLinker) quoteMarks() []int {
	if l.quotesDone {
		return l.quotes
	}
	l.quotesDone = true
	// Two searches, for '"' and for 0xE2 (“ is E2 80 9C, ” E2 80 9D),
	// run far faster than a loop over every byte.
	t := l.text
	q, e := indexFrom(t, 0, '"'), indexFrom(t, 0, 0xe2)
	for q >= 0 || e >= 0 {
		if q >= 0 && (e < 0 || q < e) {
			l.quotes = append(l.quotes, q)
			q = indexFrom(t, q+1, '"')
			continue
		}
		if e+2 < len(t) && t[e+1] == 0x80 && (t[e+2] == 0x9c || t[e+2] == 0x9d) {
			l.quotes = append(l.quotes, e)
		}
		e = indexFrom(t, e+1, 0xe2)
	}
	return l.quotes
}

// indexFrom returns the offset of the first c in t at or after from, or -1.
func indexFrom(t string, from int, c byte) int {
	if from >= len(t) {
		return -1
	}
	if i := strings.IndexByte(t[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// firstPerson reports whether s has the pronoun "tôi" as a word.
func firstPerson(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "tôi")
		if j < 0 {
			j = strings.Index(s[i:], "Tôi")
			if j < 0 {
				return false
			}
		}
		j += i
		end := j + len("tôi")
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (j == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = end
	}
}

// careerList returns where the career list of a biography starts ("Tóm
// tắt quá trình công tác:"), or -1.
func (l *peopleLinker) careerList() int {
	// Each marker as written in lower case, in a heading and in capitals:
	// lowering the whole text would cost more than the rest of linking.
	// The first marker of the first kind found wins.
	for _, groups := range careerSearch {
		best := -1
		for _, g := range groups {
			if i := g.index(l.text); i >= 0 && (best < 0 || i < best) {
				best = i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// careerGroup holds the forms of a career marker that hold one anchor
// byte, rarer in text than their opening ("q", the "s" of "sử", ":"), at
// one offset.
type careerGroup struct {
	anchor byte
	at     int
	forms  []string
}

// index returns where the first form of g stands in text, or -1. At the
// first place of the anchor where some form stands, the earliest form
// starts: the anchor stands at one offset in every form of g, so that no
// later anchor's form can start before it.
func (g *careerGroup) index(text string) int {
	for off := g.at; off < len(text); {
		i := strings.IndexByte(text[off:], g.anchor)
		if i < 0 {
			return -1
		}
		s := off + i - g.at
		for _, m := range g.forms {
			if strings.HasPrefix(text[s:], m) {
				return s
			}
		}
		off += i + 1
	}
	return -1
}

// careerSearch holds the forms of careerMarkers by their anchors: "q"
// or "Q" for "quá trình công tác", the first letter of the second word
// for "tiểu sử" ("s" is rarer than "t", and "S" stands at one offset in
// "TIỂU SỬ" and "Tiểu Sử") and the colon for "họ và tên:" ("h" is
// everywhere). Searching the text for a few bytes, a pass each, costs
// less than a pass over its tokens.
var careerSearch = func() (out [len(careerMarkers)][]*careerGroup) {
	for k, forms := range careerMarkers {
		for _, m := range forms {
			a := 0 // the anchor is m[a]
			switch k {
			case 1:
				a = strings.IndexByte(m, ' ') + 1
			case 2:
				a = len(m) - 1
			}
			i := slices.IndexFunc(out[k], func(g *careerGroup) bool { return g.anchor == m[a] && g.at == a })
			if i < 0 {
				i = len(out[k])
				out[k] = append(out[k], &careerGroup{anchor: m[a], at: a})
			}
			out[k][i].forms = append(out[k][i].forms, m)
		}
	}
	return out
}()

var careerMarkers = [...][]string{
	{"quá trình công tác", "Quá trình công tác", "QUÁ TRÌNH CÔNG TÁC", "Quá Trình Công Tác"},
	{"tiểu sử", "Tiểu sử", "TIỂU SỬ", "Tiểu Sử"},
	{"họ và tên:", "Họ và tên:", "HỌ VÀ TÊN:", "Họ và Tên:", "Họ Và Tên:"},
}

// deathNotice returns where the heading of a death notice ends, or -1:
// "TIN BUỒN" or "CÁO PHÓ" on a line of its own, or a line that ends
// "báo tin:", near the top. The person the notice is about is named next,
// and the lines under the name (offices held, a career list) are his, as
// a biography's lines after "Tiểu sử" are.
func deathNotice(text string) int {
	top := text[:min(len(text), maxNoticeHead)]
	for _, h := range noticeHeadings {
		if i := strings.Index(top, h); i >= 0 && (i == 0 || top[i-1] == '\n') {
			end := i + len(h)
			if end == len(text) || text[end] == '\n' {
				return end
			}
		}
	}
	if i := strings.Index(top, "báo tin:\n"); i >= 0 {
		return i + len("báo tin:")
	}
	return -1
}

// maxNoticeHead bounds where a death notice's heading may stand.
const maxNoticeHead = 1000

var noticeHeadings = []string{"TIN BUỒN", "CÁO PHÓ", "Tin buồn", "Cáo phó"}

// namedNext returns the person of the first mention after off, if only
// heading lines stand between (no sentence ends there: "Ban Thường vụ ...
// vô cùng thương tiếc báo tin:"), or -1.
func (l *peopleLinker) namedNext(ms []mention, off int) int {
	for _, m := range ms {
		if m.span.Start < off {
			continue
		}
		if gap := l.text[off:m.span.Start]; len(gap) > maxNoticeHead || strings.ContainsAny(gap, ".;") {
			return -1
		}
		return m.person
	}
	return -1
}

// subject returns the person the article is about up to offset end: the
// one mentioned most often before it.
func (l *peopleLinker) subject(ms []mention, end int) int {
	count := map[int]int{}
	best := -1
	for _, m := range ms {
		if m.span.Start >= end {
			break
		}
		count[m.person]++
		if best < 0 || count[m.person] > count[best] {
			best = m.person
		}
	}
	return best
}

// pronounBefore reports whether text[a:b] has a bare pronoun: "ông", "bà",
// "anh", "chị" not followed by a name.
func (l *peopleLinker) pronounBefore(a, b int) bool {
	// The tokens of text[a:b] are the document's tokens there when no
	// document token straddles a or b: tokens depend only on their own
	// text and the rune after them. Then the document's tokens answer
	// without tokenizing the gap again. (A pass over a sentence or two
	// for each title that asks costs less than finding the pronouns of
	// the whole document once.)
	_, toks := l.spanTokens(a, b)
	return l.pronounIn(toks)
}

// spanTokens returns the tokens of text[a:b] and the text their offsets
// are into: the document's tokens and text when no document token
// straddles a or b (see pronounBefore), else gapTokens(a, b) and
// text[a:b]. Leaving the gap untokenized also spares the lowered copies
// of its capitalized words.
func (l *peopleLinker) spanTokens(a, b int) (string, []scan.Token) {
	if a >= b {
		return "", nil
	}
	if !l.docToksDone {
		l.docToks, l.docToksDone = scan.Document(l.doc), true
	}
	all := l.docToks
	// The gaps asked about are short: j is found from i by a few steps.
	i := tokenAt(all, a)
	j := i
	for j < len(all) && all[j].Start < b {
		j++
	}
	if (i == 0 || all[i-1].End <= a) && (j == 0 || all[j-1].End <= b) {
		return l.text, all[i:j:j]
	}
	return l.text[a:b], l.gapTokens(a, b)
}

// tokenAt returns the index of the first token of toks that starts at or
// after off.
func tokenAt(toks []scan.Token, off int) int {
	// sort.Search's loop, without the call per step.
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// pronounIn reports whether toks has a bare pronoun.
func (l *peopleLinker) pronounIn(toks []scan.Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "ông", "bà", "anh", "chị":
			if i+1 < len(toks) && toks[i+1].Kind == scan.Word && toks[i+1].Flags&scan.Upper == 0 {
				return true
			}
		case "đồng":
			// "Tháng 8/1996, đồng chí được bầu làm ...": obituaries and
			// Party biographies use "đồng chí" as the pronoun.
			if i+2 < len(toks) && toks[i+1].Lower == "chí" && toks[i+2].Kind == scan.Word && toks[i+2].Flags&scan.Upper == 0 {
				return true
			}
		}
	}
	return false
}

// opensWithPronoun reports whether sentence s opens with a pronoun
// subject: "Ông là con trai của ...".
func (l *peopleLinker) opensWithPronoun(s pipeline.Span) bool {
	_, toks := l.spanTokens(s.Start, min(s.End, s.Start+24))
	if len(toks) < 2 || toks[1].Kind != scan.Word || toks[1].Flags&scan.Upper != 0 {
		return false
	}
	switch toks[0].Lower {
	case "ông", "bà", "anh", "chị":
		return true
	case "đồng":
		return len(toks) > 2 && toks[1].Lower == "chí" && toks[2].Kind == scan.Word && toks[2].Flags&scan.Upper == 0
	}
	return false
}

// titleMentions adds a title that nobody holds in its sentence as a
// mention of the single person the article gave that title to.
func (l *peopleLinker) titleMentions(reserved []int) {
	// The titles to give: most documents have a few, or none.
	alone := 0
	for ti, t := range l.titles {
		if l.claimed[ti] < 0 && reserved[ti] < 0 && !t.Title.Group && !t.Title.Former {
			alone++
		}
	}
	if alone == 0 {
		return
	}
	if alone <= linearHolders {
		l.titleMentionsLinear(reserved)
		return
	}
	// The titles held, by role: sorted stably, so that the holders of a
	// role stay in the order of people and their titles.
	holders := l.held[:0]
	for pi, p := range l.people {
		for _, k := range p.titles {
			holders = append(holders, held{l.roles[k], pi, l.orgs[k]})
		}
	}
	slices.SortStableFunc(holders, func(a, b held) int { return strings.Compare(a.role, b.role) })
	l.held = holders
	for ti, t := range l.titles {
		if l.claimed[ti] >= 0 || reserved[ti] >= 0 || t.Title.Group || t.Title.Former {
			continue
		}
		org, role := l.orgs[ti], l.roles[ti]
		holder := -1
		i, _ := slices.BinarySearchFunc(holders, role, func(h held, r string) int { return strings.Compare(h.role, r) })
		for _, h := range holders[i:] {
			if h.role != role {
				break
			}
			if org != "" && h.org != org {
				continue
			}
			if holder >= 0 && holder != h.person {
				holder = -2
				break
			}
			holder = h.person
		}
		if holder >= 0 {
			l.people[holder].mentions = append(l.people[holder].mentions, t.Span)
		}
	}
}

// linearHolders is the most titles to give for which titleMentionsLinear
// goes through the titles held for each: sorting them costs more.
const linearHolders = 4

// titleMentionsLinear is titleMentions, going through the titles held, in
// the order of people and their titles, for each title to give.
func (l *peopleLinker) titleMentionsLinear(reserved []int) {
	for ti, t := range l.titles {
		if l.claimed[ti] >= 0 || reserved[ti] >= 0 || t.Title.Group || t.Title.Former {
			continue
		}
		if holder := l.soleHolder(l.roles[ti], l.orgs[ti]); holder >= 0 {
			l.people[holder].mentions = append(l.people[holder].mentions, t.Span)
		}
	}
}

// soleHolder returns the one person given a title of the folded role
// (and organization, unless org is empty), -2 when several are, -1 when
// none is.
func (l *peopleLinker) soleHolder(role, org string) int {
	holder := -1
	for pi, p := range l.people {
		for _, k := range p.titles {
			if l.roles[k] != role || org != "" && l.orgs[k] != org {
				continue
			}
			if holder >= 0 && holder != pi {
				return -2
			}
			holder = pi
		}
	}
	return holder
}

// placeOnly reports whether the organization long is short with a place
// after it ("thành ủy hà nội" and "thành ủy"): the same office.
func placeOnly(long, short string) bool {
	// strings.CutPrefix(long, short+" ") without building short+" ".
	if short == "" || len(long) <= len(short) || long[len(short)] != ' ' || !strings.HasPrefix(long, short) {
		return false
	}
	rest := long[len(short)+1:]
	for _, c := range []string{"tỉnh ", "thành phố ", "huyện ", "quận ", "xã ", "phường "} {
		rest = strings.TrimPrefix(rest, c)
	}
	return lex.Places.Has(rest)
}

// upperAt reports whether the rune at text[i] is upper case.
func upperAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// nameOnly reports whether the folded organization long is short
// followed by capitalized words alone in raw, the organization long as
// written, maybe after an administrative unit ("Huyện ủy Sìn Hồ" and
// "Huyện ủy", "Công an tỉnh Nghệ An" and "Công an tỉnh").
func nameOnly(long, short, raw string) bool {
	if short == "" || len(long) <= len(short) || long[len(short)] != ' ' || !strings.HasPrefix(long, short) {
		return false
	}
	// Skip in raw the words of short, then look at the rest word by word.
	skip := strings.Count(short, " ") + 1
	rest := strings.Fields(raw)
	if len(rest) <= skip {
		return false
	}
	rest = rest[skip:]
	if len(rest) > 1 && unitWords[fold(rest[0])] {
		rest = rest[1:]
	}
	for _, w := range rest {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var unitWords = map[string]bool{"tỉnh": true, "thành": true, "phố": true, "huyện": true, "quận": true, "xã": true,
	"phường": true, "thị": true, "trấn": true, "tp": true, "tp.": true}

// delegatedBy reports whether a title names the office that delegated
// an act: "thừa ủy quyền của Chủ tịch nước". Unlike referenceOnly it leaves
// "của Tổng Bí thư, Chủ tịch nước Lào X" to X's chain.
func (l *peopleLinker) delegatedBy(t pipeline.Entity) bool {
	before := strings.TrimRight(l.text[max(0, t.Span.Start-24):t.Span.Start], " ")
	before = strings.TrimSuffix(before, " của")
	return strings.HasSuffix(before, "ủy quyền") || strings.HasSuffix(before, "uỷ quyền")
}

// referenceOnly reports whether a title names an office as the source of
// an act rather than the person after it: "Thừa ủy quyền của Chủ tịch
// nước, Đại tướng X trao ..." gives X no presidency. So does an office
// spoken to: "Trả lời Bộ trưởng, ông X".
func (l *peopleLinker) referenceOnly(t pipeline.Entity) bool {
	before := l.before(t)
	return maySourceOrSpoken(before) && (endsWithAny(before, sourceWords) || endsWithAny(before, spokenWords))
}

// spokenTo reports whether a title names an office spoken to: "Tranh luận
// với Bộ trưởng, đại biểu X", "Chất vấn Thống đốc, ông Y".
func (l *peopleLinker) spokenTo(t pipeline.Entity) bool {
	before := l.before(t)
	return maySourceOrSpoken(before) && endsWithAny(before, spokenWords)
}

// sourceOrSpokenLast marks the last bytes of sourceWords and spokenWords.
var sourceOrSpokenLast = func() (t [256]bool) {
	for _, w := range append(slices.Clip(sourceWords), spokenWords...) {
		t[w[len(w)-1]] = true
	}
	return t
}()

// maySourceOrSpoken reports whether b may end with a word of sourceWords
// or spokenWords: it ends with the last byte of one. Most text before a
// title does not, and then no word need be compared.
func maySourceOrSpoken(b []byte) bool {
	return len(b) > 0 && sourceOrSpokenLast[b[len(b)-1]]
}

var (
	sourceWords = []string{" của", "ủy quyền", "uỷ quyền", " theo", "chỉ đạo", "thay mặt", "thừa lệnh"}
	spokenWords = []string{" với", "trả lời", "chất vấn", " hỏi"}
)

// maxSourceOrSpoken is the length of the longest of sourceWords and
// spokenWords.
var maxSourceOrSpoken = max(longest(sourceWords), longest(spokenWords))

// before returns the lowered end of the text before the title t, long
// enough for the words of sourceWords and spokenWords.
func (l *peopleLinker) before(t pipeline.Entity) []byte {
	return l.lowerTail(strings.TrimRight(l.text[max(0, t.Span.Start-24):t.Span.Start], " "), maxSourceOrSpoken)
}

// endsWithAny reports whether b ends with one of ws.
func endsWithAny(b []byte, ws []string) bool {
	for _, w := range ws {
		if len(b) >= len(w) && string(b[len(b)-len(w):]) == w {
			return true
		}
	}
	return false
}
