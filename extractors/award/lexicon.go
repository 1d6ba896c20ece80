package award

import (
	"bufio"
	"embed"
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Phrases is a read-only set of phrases, each with a value, matched against
// scanned tokens word by word without regard to letter case. A Phrases is
// safe for concurrent use.
type Phrases struct {
	byFirst map[string][]phrase // first token -> phrases, longest first
	firsts  sigSet              // the keys of byFirst, a cheap first test
	// slots holds byFirst again for Match, in open addressing by the hash
	// firsts is tested with: a look-up with no further hashing, which the
	// award linker makes for many tokens.
	slots []firstSlot
	shift uint32 // 32 - log2(len(slots))
}

type firstSlot struct {
	w    string
	list []phrase
}

// index builds slots from byFirst.
func (p *Phrases) index() {
	bits := uint32(2)
	for 1<<bits < 2*len(p.byFirst) { // at most half full
		bits++
	}
	p.slots, p.shift = make([]firstSlot, 1<<bits), 32-bits
	mask := uint32(len(p.slots) - 1)
	for w, list := range p.byFirst {
		i := sigHash(w) >> p.shift
		for p.slots[i].w != "" {
			i = (i + 1) & mask
		}
		p.slots[i] = firstSlot{w, list}
	}
}

// phrases returns byFirst[w] and whether w is a key; h is sigHash(w).
func (p *Phrases) phrases(w string, h uint32) ([]phrase, bool) {
	mask := uint32(len(p.slots) - 1)
	for i := h >> p.shift; ; i = (i + 1) & mask {
		s := &p.slots[i]
		if s.w == w {
			return s.list, true
		}
		if s.w == "" {
			return nil, false
		}
	}
}

// first reports whether a phrase opens with the word w.
func (p *Phrases) first(w string) bool {
	if w == "" {
		return false
	}
	h := sigHash(w)
	if !p.firsts.hasHash(h) {
		return false
	}
	_, ok := p.phrases(w, h)
	return ok
}

type phrase struct {
	words []string // lower-case tokens, as scan.Tokens splits the phrase
	value string
}

// Match returns the number of tokens of the longest phrase that starts at
// toks[i], and that phrase's value; n is 0 when none does. Phrases never
// match across a line break.
func (p *Phrases) Match(toks []scan.Token, i int) (n int, value string) {
	if p == nil || i < 0 || i >= len(toks) || toks[i].Lower == "" {
		return 0, ""
	}
	h := sigHash(toks[i].Lower)
	if !p.firsts.hasHash(h) {
		return 0, ""
	}
	list, _ := p.phrases(toks[i].Lower, h)
	for _, ph := range list {
		if i+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph.words); k++ {
			t := toks[i+k]
			if t.Lower != ph.words[k] || t.Is(scan.NewlineBefore) {
				ok = false
				break
			}
		}
		if ok {
			return len(ph.words), ph.value
		}
	}
	return 0, ""
}

// Has reports whether s, tokenized, is one of the phrases.
func (p *Phrases) Has(s string) bool {
	toks := scan.Tokens(s, nil)
	n, _ := p.Match(toks, 0)
	return n > 0 && n == len(toks)
}

// newPhrases builds a set from lines "phrase" or "phrase|value"; a phrase
// without a value is its own value.
func newPhrases(lines []string) *Phrases {
	p := &Phrases{byFirst: map[string][]phrase{}}
	for _, line := range lines {
		key, value, ok := strings.Cut(line, "|")
		if !ok {
			value = key
		}
		var words []string
		for _, t := range scan.Tokens(key, nil) {
			words = append(words, t.Lower)
		}
		if len(words) == 0 {
			continue
		}
		list := append(p.byFirst[words[0]], phrase{words: words, value: value})
		// Longest first, so Match returns the longest phrase; stable for
		// equal lengths so the first line of the file wins.
		for k := len(list) - 1; k > 0 && len(list[k].words) > len(list[k-1].words); k-- {
			list[k], list[k-1] = list[k-1], list[k]
		}
		p.byFirst[words[0]] = list
		p.firsts.add(words[0])
	}
	p.index()
	return p
}

// sigSet is a Bloom-like set of words, one bit per word's signature: a
// test that turns away nearly every word that is not in it, with neither
// hashing the whole word nor a map look-up.
type sigSet [sigBits / 64]uint64

const (
	sigLog  = 12
	sigBits = 1 << sigLog
)

// sigHash hashes a word's length and its first, second and last bytes;
// w must not be empty.
func sigHash(w string) uint32 {
	h := uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[min(1, len(w)-1)])<<8 | uint32(w[len(w)-1])
	return h * 0x9E3779B1
}

// sig is the signature of a word in a sigSet: the top bits of its hash.
func sig(w string) uint32 { return sigHash(w) >> (32 - sigLog) }

func (s *sigSet) add(w string) {
	if w != "" {
		h := sig(w)
		s[h/64] |= 1 << (h % 64)
	}
}

// hasHash reports whether the word of hash h = sigHash(w) may be in the
// set; false is certain.
func (s *sigSet) hasHash(h uint32) bool {
	h >>= 32 - sigLog
	return s[h/64]&(1<<(h%64)) != 0
}

// readLexicon returns the non-empty, non-comment lines of an embedded file.
func readLexicon(name string) ([]string, error) {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("award: lexicon %s: %w", name, err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
	}
	return lines, sc.Err()
}

func mustPhrases(name string) *Phrases {
	lines, err := readLexicon(name)
	if err != nil {
		panic(err) // embedded at build time: a missing file is a build bug
	}
	return newPhrases(lines)
}

// lexicon is the extractor's vocabulary, read once from the embedded files.
type lexicon struct {
	types, sport, titles, classes, stops, issuers, tournaments *Phrases
	fields                                                     *Phrases            // "văn học" in "giải thưởng văn học X"
	names                                                      map[string]*Phrases // by type
	// games names multi-sport games a medal may be named after.
	games *Phrases
	// festival names festival prizes by their trophy ("Bông sen Vàng").
	festival *Phrases
	// categories names a festival's prizes by category ("Nữ diễn viên
	// chính xuất sắc").
	categories *Phrases
	// plain names prizes by plain words, read after a verb that confers
	// ("Giải đặc biệt").
	plain *Phrases
	// starts maps every word an award or decision mention can open with
	// to the lists that have phrases it opens: one look-up tells award
	// which of them to match.
	starts startTable
	// startEnds holds them once more, by first and last byte and length:
	// a test cheap enough for every token, which lex.Starts runs for
	// Extract with rank's words in one pass.
	startEnds lex.WordFilter
}

// mayStart reports whether an award or decision mention may open with the
// lower-case word w. Extract tests startEnds before it looks w up.
func (lx *lexicon) mayStart(w string) bool {
	return lx.starts.get(w) != 0
}

// The bits of a start mask: the lists whose phrases a word opens.
const (
	startSport = 1 << iota
	startFestival
	startCategory
	startTitle
	startType
	startDecision // "quyết", of "Quyết định số ..."
)

// startTable maps words to start masks, by open addressing on sigHash.
// Extract looks up every word startEnds lets through, most of them
// common words ("nhà", "anh") or words like them: the signature set
// turns nearly all of those away before a slot is read.
type startTable struct {
	slots []startSlot
	shift uint32 // 32 - log2(len(slots))
	sigs  sigSet
}

type startSlot struct {
	w    string
	mask uint8
}

// newStartTable builds a table of the masks m, which must not be 0.
func newStartTable(m map[string]uint8) startTable {
	bits := uint32(2)
	for 1<<bits < 4*len(m) { // at most a quarter full: most look-ups miss
		bits++
	}
	t := startTable{slots: make([]startSlot, 1<<bits), shift: 32 - bits}
	mask := uint32(len(t.slots) - 1)
	for w, v := range m {
		i := sigHash(w) >> t.shift
		for t.slots[i].w != "" {
			i = (i + 1) & mask
		}
		t.slots[i] = startSlot{w, v}
		t.sigs.add(w)
	}
	return t
}

// get returns the start mask of w, 0 when no mention opens with it.
func (t *startTable) get(w string) uint8 {
	if w == "" {
		return 0
	}
	h := sigHash(w)
	if !t.sigs.hasHash(h) {
		return 0
	}
	mask := uint32(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.w == w {
			return s.mask
		}
		if s.w == "" {
			return 0
		}
	}
}

func loadLexicon() *lexicon {
	lx := &lexicon{
		types:   mustPhrases("types.txt"),
		sport:   mustPhrases("sport.txt"),
		titles:  mustPhrases("titles.txt"),
		classes: mustPhrases("classes.txt"),
		stops:   mustPhrases("stops.txt"),
		issuers: mustPhrases("issuers.txt"),
		names:   map[string]*Phrases{},

		tournaments: mustPhrases("tournaments.txt"),
		games:       mustPhrases("games.txt"),
		festival:    mustPhrases("festival.txt"),
		categories:  mustPhrases("categories.txt"),
		plain:       mustPhrases("plainprizes.txt"),
		fields:      mustPhrases("prizefields.txt"),
	}
	lines, err := readLexicon("names.txt")
	if err != nil {
		panic(err)
	}
	byType := map[string][]string{}
	for _, l := range lines {
		typ, name, ok := strings.Cut(l, "|")
		if ok {
			byType[typ] = append(byType[typ], name)
		}
	}
	for typ, names := range byType {
		lx.names[typ] = newPhrases(names)
	}
	starts := map[string]uint8{"quyết": startDecision}
	for _, l := range []struct {
		p   *Phrases
		bit uint8
	}{{lx.sport, startSport}, {lx.festival, startFestival}, {lx.categories, startCategory}, {lx.titles, startTitle}, {lx.types, startType}} {
		for w := range l.p.byFirst {
			starts[w] |= l.bit
		}
	}
	for w := range starts {
		lx.startEnds.Add(w)
		lex.Starts.Add(w)
	}
	lx.starts = newStartTable(starts)
	return lx
}

// defaultLexicon is read-only after package initialization.
var defaultLexicon = loadLexicon()

// Grammar holds the word lists the award linker reads award sentences with.
// Every field is read-only and safe for concurrent use.
type Grammar struct {
	Confer     *Phrases // verbs that confer: "trao tặng", "truy tặng", "phong tặng"
	Receive    *Phrases // verbs whose subject receives: "nhận", "đón nhận", "được tặng"
	Honorifics *Phrases // words before a recipient's name: "đồng chí", "ông", ranks
	Roles      *Phrases // first words of a position: "Ủy viên", "Bí thư", "Chủ tịch"
	Orgs       *Phrases // first words of an organization: "Công an", "Tổng công ty"
	ListStops  *Phrases // words that end a recipient list: "vì", "nhân dịp"
	NotVerbs   *Phrases // look like Confer or Receive but are not: "trao đổi"
	OrgStops   *Phrases // lower-case words that end an organization: "tổ chức", "vinh dự"
	Events     *Phrases // capitalized words that open an event, not a name: "Lễ", "Hội nghị"
	OrgJoins   *Phrases // punctuation inside an organization's name, from the word before: "cháy, chữa cháy"
	Wishes     *Phrases // words before a verb that make it a hope: "muốn", "phấn đấu"
	// Abbrevs maps a lower-case short form of an award word to its
	// lower-case full form: "nsnd" -> "nghệ sĩ nhân dân".
	Abbrevs map[string]string
}

var defaultGrammar = &Grammar{
	Confer:     mustPhrases("confer.txt"),
	Receive:    mustPhrases("receive.txt"),
	Honorifics: mustPhrases("honorifics.txt"),
	Roles:      mustPhrases("roles.txt"),
	Orgs:       mustPhrases("orgs.txt"),
	ListStops:  mustPhrases("liststops.txt"),
	NotVerbs:   mustPhrases("notverbs.txt"),
	OrgStops:   mustPhrases("orgstops.txt"),
	Events:     mustPhrases("events.txt"),
	OrgJoins:   mustPhrases("orgjoins.txt"),
	Wishes:     mustPhrases("wishes.txt"),
	Abbrevs:    mustPairs("abbrevs.txt"),
}

// mustPairs reads a lexicon of "key|value" lines into a map.
func mustPairs(name string) map[string]string {
	lines, err := readLexicon(name)
	if err != nil {
		panic(err) // embedded at build time: a missing file is a build bug
	}
	m := make(map[string]string, len(lines))
	for _, line := range lines {
		k, v, ok := strings.Cut(line, "|")
		if !ok {
			panic("award: lexicon " + name + ": no '|' in " + line)
		}
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m
}

// LinkGrammar returns the embedded word lists for reading award sentences.
func LinkGrammar() *Grammar { return defaultGrammar }
