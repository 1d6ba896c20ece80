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
}

type phrase struct {
	words []string // lower-case tokens, as scan.Tokens splits the phrase
	value string
}

// Match returns the number of tokens of the longest phrase that starts at
// toks[i], and that phrase's value; n is 0 when none does. Phrases never
// match across a line break.
func (p *Phrases) Match(toks []scan.Token, i int) (n int, value string) {
	if p == nil || i < 0 || i >= len(toks) || !p.firsts.has(toks[i].Lower) {
		return 0, ""
	}
	for _, ph := range p.byFirst[toks[i].Lower] {
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
	return p
}

// sigSet is a Bloom-like set of words, one bit per word's signature: a
// test that turns away nearly every word that is not in it, with neither
// hashing the whole word nor a map look-up.
type sigSet [sigBits / 64]uint64

const sigBits = 1 << 12

// sig hashes a word's length and its first, second and last bytes.
func sig(w string) uint32 {
	h := uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[min(1, len(w)-1)])<<8 | uint32(w[len(w)-1])
	return h * 0x9E3779B1 >> 20 // the top 12 bits
}

func (s *sigSet) add(w string) {
	if w != "" {
		h := sig(w)
		s[h/64] |= 1 << (h % 64)
	}
}

// has reports whether w may be in the set; false is certain.
func (s *sigSet) has(w string) bool {
	if w == "" {
		return false
	}
	h := sig(w)
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
	// starts holds every word an award or decision mention can open
	// with, so that Extract tests most tokens with one map lookup.
	starts map[string]bool
	// startSigs holds the words of starts too: a test that rules out
	// nearly every other token before the map lookup.
	startSigs sigSet
	// startEnds holds them once more, by first and last byte and length:
	// a test cheap enough to inline in Extract's loop over every token.
	startEnds lex.WordFilter
}

// mayStart reports whether an award or decision mention may open with the
// lower-case word w. Extract tests startEnds before it calls mayStart.
func (lx *lexicon) mayStart(w string) bool {
	return lx.startSigs.has(w) && lx.starts[w]
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
	lx.starts = map[string]bool{"quyết": true}
	for _, p := range []*Phrases{lx.types, lx.sport, lx.titles, lx.festival} {
		for w := range p.byFirst {
			lx.starts[w] = true
		}
	}
	for w := range lx.starts {
		lx.startSigs.add(w)
		lx.startEnds.Add(w)
	}
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
