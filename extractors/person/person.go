// Package person finds person mentions in Vietnamese news text: full
// Vietnamese names found by their structure (a family name from the
// lexicon and capitalized syllables), given-name mentions announced by a
// form of address, rank or role ("ông Chung", "Trung tá Máy"), names with
// initials ("Bùi Th. H."), and foreign names in Latin script ("Shinzo
// Abe", "Bashar al-Assad", "Elizabeth II").
//
// Capitalized runs that belong to places, organizations, streets, awards
// or photo credits are not persons, nor are all-caps headlines.
package person

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/internal/swar"
	"github.com/vnextract/vnextract/pipeline"
)

// Name is the extractor's registry name.
const Name = "person"

// Config configures the extractor; the zero value is the default.
type Config struct {
	// MaxGiven is the most syllables after a family name (default 3:
	// "Nguyễn Thị Bích Ngọc").
	MaxGiven int `json:"max_given"`
}

// Extractor finds person mentions. It is safe for concurrent use.
type Extractor struct{ cfg Config }

// New returns an Extractor for cfg.
func New(cfg Config) (*Extractor, error) {
	if cfg.MaxGiven <= 0 {
		cfg.MaxGiven = 3
	}
	return &Extractor{cfg: cfg}, nil
}

// Factory builds an Extractor from JSON configuration (empty for defaults).
func Factory(raw json.RawMessage) (pipeline.Extractor, error) {
	return pipeline.FactoryOf(New)(raw)
}

// Name returns Name.
func (x *Extractor) Name() string { return Name }

// Extract returns the person mentions of doc.
func (x *Extractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	text := doc.Text
	toks := scan.Document(doc)
	s := newState(text, toks, x.cfg.MaxGiven)
	defer s.release()
	var out []pipeline.Entity
	missed, byline := s.missed[:0], bylineStart(doc) // missed: first tokens of short runs that named nobody, for the second pass
	defer func() { s.missed = missed[:0] }()
	check := 0 // the context is checked again from this token on
	for i := 0; i < len(toks); {
		if i >= check {
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
			check = i + 1024
		}
		var ok bool
		if i, ok = s.nextRun(i, min(len(toks), check)); !ok {
			continue
		}
		if toks[i].Flags&scan.AllUpper != 0 {
			s.caps = append(s.caps, i) // for capsNames
		}
		if s.loneAt(i) {
			if s.heard.has(toks[i].Lower) && s.cap(i) {
				missed = append(missed, i) // as for a run of one word below
			}
			i++
			continue
		}
		// run takes no word at a token that is neither capitalized as a
		// name is nor an initial.
		words, end := s.run(i)
		if len(words) == 0 {
			i++
			continue
		}
		if out == nil {
			// Most articles name a few people: this saves the first
			// few doublings.
			out = make([]pipeline.Entity, 0, 8)
		}
		n := len(out)
		out = s.names(out, words)
		if len(out) > n {
			for k := n; k < len(out); k++ {
				s.hear(&out[k], byline)
			}
		} else if len(words) <= 2 && s.heard.has(toks[i].Lower) {
			// Only a word that may be a name of a full name before it can
			// mention that person again (see knownGiven).
			missed = append(missed, i)
		}
		i = end
	}
	out = s.capsNames(out)
	if len(out) == 0 {
		out = nil // as before the capacity was made up front
	}
	return s.knownGiven(out, missed), nil
}

// loneAt reports whether the run at toks[i], a word with an initial
// capital, is at most that word alone, and names turns it away: most runs
// are, and this settles them with a few tests of the tokens on either
// side, before run and names are called. It returns false for every run
// it cannot settle cheaply; those take the full path. (A word that is no
// name's, in capitals or with a digit, makes no run at all: the caller
// tells the two apart.)
func (s *state) loneAt(i int) bool {
	toks := s.toks
	t := &toks[i]
	// The run ends after the word (see run): the next token is on
	// another line, or punctuation other than a hyphen, or a lower-case
	// word that no foreign name goes on with; an initial's dot right
	// after the word is left to run.
	if j := i + 1; j < len(toks) {
		n := &toks[j]
		switch {
		case n.Flags&scan.NewlineBefore != 0:
		case n.Kind != scan.Word && n.Lower != "-":
			if n.Start == t.End && n.Lower == "." {
				return false
			}
		case n.Kind == scan.Word && n.Flags&scan.Upper != 0:
			return false
		default:
			// (mayJoin's first tests, inline: most words after a run
			// are followed by more lower-case words.)
			if (j+1 < len(toks) && toks[j+1].Flags&scan.Upper != 0 || j+2 < len(toks) && toks[j+2].Flags&scan.Upper != 0 ||
				len(n.Lower) >= 3 && n.Lower[1:3] == "l-") && s.mayJoin(j) && s.foreign(i) {
				return false
			}
		}
	}
	// names then turns a word that opens a sentence away unless it may
	// be a family name or foreign, and any other unless leadCue's gate
	// lets a cue through.
	if t.Flags&scan.SentStart != 0 {
		return s.match(dSurnames, i) == 0 && !s.foreign(i)
	}
	if t.Flags&scan.NewlineBefore != 0 || i == 0 {
		return true
	}
	return s.info(i-1)&leadEnds == 0 && lex.Ranks.EndsAt(s.text, s.toks, i) == 0
}

// nextRun returns the first token in toks[i:stop] that may start a run: a
// capitalized word outside a credit. Credits are marked in the same pass,
// from the colon or bracket that a credit word needs (see markCredit): a
// credit's marks all come after that token, and a run never holds one,
// so every mark is set before it is read. It returns stop and false when
// there is none; run must still confirm the token.
func (s *state) nextRun(i, stop int) (int, bool) {
	toks := s.toks[:stop]
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == scan.Word {
			// Lower-case words, most of the text, start no run.
			if t.Flags&scan.Upper != 0 && (s.credit == nil || !s.credit[i]) {
				return i, true
			}
			continue
		}
		if len(t.Lower) == 1 && (t.Lower[0] == ':' || t.Lower[0] == '(') {
			s.creditBy(i)
		}
	}
	return i, false
}

// creditBy marks the credit that the colon or opening bracket at toks[p]
// belongs to, if one does. markCredit marks nothing after a credit word
// that stands neither right after "(" nor right before ":" (maybe with
// "minh họa" between: "Ảnh minh họa: ..."), so asking the words next to
// each of them finds every credit, and spares the test of every word.
func (s *state) creditBy(p int) {
	toks := s.toks
	if toks[p].Lower == "(" {
		if p+1 < len(toks) && creditWord(toks[p+1].Lower) {
			s.markCredit(p + 1)
		}
		return
	}
	if p >= 1 && creditWord(toks[p-1].Lower) {
		s.markCredit(p - 1)
	}
	if p >= 3 && toks[p-1].Lower == "họa" && toks[p-2].Lower == "minh" && creditWord(toks[p-3].Lower) {
		s.markCredit(p - 3)
	}
}

// bylineStart returns where a short last paragraph, the usual place of the
// author's name, begins (len(text) when there is none): that name is no
// referent for bare given names in the story.
func bylineStart(doc *pipeline.Document) int {
	if n := len(doc.Paragraphs); n > 1 {
		last := doc.Paragraphs[n-1]
		if strings.Count(last.Of(doc.Text), " ") < 6 {
			return last.Start
		}
	}
	return len(doc.Text)
}

// knownGiven adds the bare given names of people the article names in
// full: after "Nguyễn Quang Hải ghi bàn", a sentence that opens "Quang Hải
// là ..." or "Hải là ..." mentions him again, cue or no cue.
//
// missed holds the first tokens of the short runs that named nobody and
// may be a name in nameKeys; the full names stand before them.
func (s *state) knownGiven(out []pipeline.Entity, missed []int) []pipeline.Entity {
	if len(missed) == 0 {
		return out
	}
	// want is a filter over the missed words: only a name that one of
	// them may equal is lowered and stored below.
	var want edgeFilter
	for _, start := range missed {
		want.set(edgeSigOf(s.toks[start].Lower))
	}
	// known maps the given name of each full name, and its last middle
	// name with the given name ("quang hải"), in lower case, to where the
	// full name first stands: only later bare mentions refer back to it.
	// middles maps the last middle name alone ("quang"): a two-word
	// mention must start with one. (No given name holds a space, so the
	// two maps could be one, as they once were, with a space after each
	// middle name; apart, a lookup needs no concatenation.)
	if s.known == nil {
		s.known, s.middles = make(map[string]int, 2*len(out)), make(map[string]int, len(out))
	}
	known, middles := s.known, s.middles
	// foreignKnown holds the family names of foreign full names: "(SNSC)
	// Shamkhani" after "Ali Shamkhani" is him again, though no cue says so.
	var foreignKnown map[string]int
	// seen is a filter over the keys of the three maps: most tokens in
	// missed are in none of them, and one test turns them away where
	// there were two or three map lookups.
	var seen keyFilter
	var buf [64]byte
	for _, n := range s.nameKeys {
		if !want.hasSig(n.sig) {
			continue
		}
		m := known
		switch n.kind {
		case foreignKey:
			if foreignKnown == nil {
				foreignKnown = make(map[string]int)
			}
			m = foreignKnown
		case middleKey:
			m = middles
		}
		k := scan.AppendLower(buf[:0], n.w)
		if _, ok := m[string(k)]; !ok {
			m[string(k)] = n.at
			seen.add(string(k))
		}
	}
	if len(known) == 0 && len(middles) == 0 && len(foreignKnown) == 0 {
		return out // no full name for a bare one to refer to
	}
	pairsKnown := false
	added := false
	for _, start := range missed {
		tok := s.toks[start].Lower
		if !seen.has(tok) {
			continue
		}
		if at, ok := foreignKnown[tok]; ok && at < s.toks[start].Start && s.foreign(start) {
			if ws, _ := s.run(start); len(ws) == 1 && !ws[0].initial && !s.cueBefore(start).nonPerson {
				t := s.toks[start]
				w := s.text[t.Start:t.End]
				out = append(out, pipeline.Entity{
					Kind: pipeline.KindPerson, Span: pipeline.Span{Start: t.Start, End: t.End},
					Text: w, Value: w, Source: Name,
					Person: &pipeline.PersonInfo{Family: w, Partial: true, Foreign: true},
				})
				added = true
				continue
			}
		}
		if _, ok := known[tok]; !ok {
			if _, ok := middles[tok]; !ok {
				continue
			}
		}
		ws, _ := s.run(start)
		first, last := s.toks[ws[0].first], s.toks[ws[len(ws)-1].last]
		key := first.Lower
		if len(ws) > 1 {
			if _, ok := middles[key]; !ok {
				continue
			}
			key = scan.ToLower(s.text[first.Start:last.End])
			if !pairsKnown {
				pairsKnown = true
				s.addPairs(known)
			}
		}
		if at, ok := known[key]; !ok || at > first.Start || ws[0].initial || s.opensCompound(ws[len(ws)-1].last) {
			continue
		}
		if m := s.match(dPlaces, ws[0].first); m > 0 {
			continue
		}
		if c := s.cueBefore(ws[0].first); c.nonPerson {
			continue
		}
		parts := strings.Fields(s.text[first.Start:last.End])
		out = append(out, pipeline.Entity{
			Kind: pipeline.KindPerson, Span: pipeline.Span{Start: first.Start, End: last.End},
			Text: s.text[first.Start:last.End], Value: s.text[first.Start:last.End], Source: Name,
			Person: &pipeline.PersonInfo{Given: parts[len(parts)-1], Middle: strings.Join(parts[:len(parts)-1], " "), Partial: true},
		})
		added = true
	}
	if added {
		pipeline.SortEntities(out)
	}
	return out
}

// hear notes the names of e that knownGiven keys bare mentions by, when e
// is a full name before the byline: its given and last middle names, or a
// foreign family name, as written in nameKeys and in the filter heard,
// and its last middle and given names in pairs.
func (s *state) hear(e *pipeline.Entity, byline int) {
	p := e.Person
	if p.Partial || p.Family == "" || e.Span.Start >= byline {
		return
	}
	if p.Foreign {
		if !strings.Contains(p.Family, " ") {
			s.nameKeys = append(s.nameKeys, s.heard.add(p.Family, foreignKey, e.Span.Start))
		}
		return
	}
	s.nameKeys = append(s.nameKeys, s.heard.add(p.Given, givenKey, e.Span.Start))
	if m := lastField(p.Middle); m != "" {
		s.pairs = append(s.pairs, pair{m, p.Given, e.Span.Start})
		s.nameKeys = append(s.nameKeys, s.heard.add(m, middleKey, e.Span.Start))
	}
}

// pair is the last middle name and the given name of a full name, as
// written, and where the full name stands.
type pair struct {
	middle, given string
	at            int
}

// addPairs puts the pairs in known in lower case ("quang hải"), the first
// place of each kept. (No given name holds a space, nor any key already in
// known: they are apart from the given names.)
func (s *state) addPairs(known map[string]int) {
	var buf [128]byte
	for _, p := range s.pairs {
		b := scan.AppendLower(buf[:0], p.middle)
		b = append(b, ' ')
		b = scan.AppendLower(b, p.given)
		if _, ok := known[string(b)]; !ok {
			known[string(b)] = p.at
		}
	}
}

// keyFilter is a bit set over a cheap signature of a string (its length
// and first and last bytes), as in lex: has is false for every string
// that was never added, and true for few others.
type keyFilter [4]uint64

func keySig(k string) uint {
	if k == "" {
		return 0
	}
	h := uint32(len(k))*0x9E3779B1 ^ uint32(k[0])*0x85EBCA77 ^ uint32(k[len(k)-1])*0xC2B2AE3D
	return uint((h ^ h>>15) % 256)
}

func (f *keyFilter) add(k string) { h := keySig(k); f[h/64] |= 1 << (h % 64) }

func (f *keyFilter) has(k string) bool { h := keySig(k); return f[h/64]&(1<<(h%64)) != 0 }

// nameKey is a name of a full name that knownGiven keys bare mentions
// by, as written: its kind, where the full name stands, its edgeSig.
type nameKey struct {
	w    string
	kind nameKind
	at   int
	sig  uint
}

type nameKind uint8

const (
	givenKey   nameKind = iota // a Vietnamese given name, in known
	middleKey                  // a last middle name, in middles
	foreignKey                 // a foreign family name, in foreignKnown
)

// edgeFilter is a bit set over the first and last bytes of words in
// lower case: has reads two bytes of a word already in lower case, and
// add lowers only the first and last runes of a word, as scan.AppendLower
// would (each rune as unicode.ToLower lowers it, an invalid byte to
// U+FFFD). has(scan.ToLower(w)) is true for every w added.
type edgeFilter [16]uint64

func edgeSig(a, z byte) uint {
	h := uint32(a)*0x85EBCA77 ^ uint32(z)*0xC2B2AE3D
	return uint((h ^ h>>15) % 1024)
}

func (f *edgeFilter) has(lower string) bool { return f.hasSig(edgeSigOf(lower)) }

func (f *edgeFilter) hasSig(h uint) bool { return f[h/64]&(1<<(h%64)) != 0 }

func (f *edgeFilter) set(h uint) { f[h/64] |= 1 << (h % 64) }

// edgeSigOf is the signature of a word in lower case.
func edgeSigOf(lower string) uint {
	var a, z byte
	if lower != "" {
		a, z = lower[0], lower[len(lower)-1]
	}
	return edgeSig(a, z)
}

// add puts w, as scan.ToLower would write it, in the filter and returns
// it as a name of the kind and place given.
func (f *edgeFilter) add(w string, kind nameKind, at int) nameKey {
	h := edgeSig(0, 0)
	if w != "" {
		h = edgeSig(lowerLead(w), lowerTail(w))
	}
	f.set(h)
	return nameKey{w, kind, at, h}
}

// lowerLead returns the first byte of w, which is not empty, in lower case.
func lowerLead(w string) byte {
	if c := w[0]; c < utf8.RuneSelf {
		return asciiLower(c)
	}
	r, _ := utf8.DecodeRuneInString(w)
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], unicode.ToLower(r))
	return b[0]
}

// lowerTail returns the last byte of w, which is not empty, in lower case.
func lowerTail(w string) byte {
	if c := w[len(w)-1]; c < utf8.RuneSelf {
		return asciiLower(c)
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], unicode.ToLower(r))
	return b[n-1]
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lastField returns the last of strings.Fields(s), or "" when there is
// none, without building the slice of fields.
func lastField(s string) string {
	// Middle names are words joined by single spaces: the last one is
	// after the last ASCII space, if no other space follows it.
	if i := strings.LastIndexByte(s, ' '); i < len(s)-1 && !hasSpace(s[i+1:]) {
		return s[i+1:]
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return s
}

// hasSpace reports whether w holds a rune unicode.IsSpace accepts. It
// decodes only the runes that may be one: below U+0080, the six ASCII
// spaces; above, U+0085, U+00A0, U+1680 and the spaces from U+2000 on
// (Vietnamese letters lie below).
func hasSpace(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if (r == 0x85 || r == 0xA0 || r == 0x1680 || r >= 0x2000) && unicode.IsSpace(r) {
			return true
		}
		i += n
	}
	return false
}

type state struct {
	text           string
	toks           []scan.Token
	maxGiven       int
	buf            []word         // reused by run
	parts          []string       // reused by name
	known, middles map[string]int // for knownGiven, empty between documents
	// The names of the full names found so far that knownGiven looks bare
	// mentions up by (see hear).
	pairs    []pair
	nameKeys []nameKey
	heard    edgeFilter
	missed   []int // reused by Extract
	caps     []int // the words in capitals that start runs, for capsNames
	// credit marks the tokens of photo and source credits; nil while the
	// document has none (zone keeps its memory for the next document).
	credit, zone []bool
	// infos is the slab the PersonInfos of the document's names are kept
	// in (see keep); nil between documents, as the entities keep it.
	infos []pipeline.PersonInfo
	// props caches per-token results, computed on first use: the same
	// token is asked whether it is foreign or capitalized from run, names,
	// name, cueBefore and knownGiven, and lex.Foreign decodes the word
	// each time.
	props []prop
}

// statePool reuses states and their buffers from one document to the next.
var statePool = sync.Pool{New: func() any { return new(state) }}

// maxPooledProps keeps one huge article's buffers out of the pool, as
// scan does with its tokens.
const maxPooledProps = 1 << 16

func newState(text string, toks []scan.Token, maxGiven int) *state {
	s := statePool.Get().(*state)
	s.text, s.toks, s.maxGiven = text, toks, maxGiven
	s.credit, s.infos = nil, nil
	s.pairs, s.nameKeys, s.heard = s.pairs[:0], s.nameKeys[:0], edgeFilter{}
	s.caps = s.caps[:0]
	s.props = slices.Grow(s.props[:0], len(toks))[:len(toks)]
	clear(s.props)
	return s
}

func (s *state) release() {
	s.text, s.toks, s.infos = "", nil, nil
	clear(s.known)
	clear(s.middles)
	if cap(s.props) > maxPooledProps || cap(s.zone) > maxPooledProps {
		return
	}
	clear(s.parts[:cap(s.parts)]) // drop the strings into the text
	clear(s.pairs[:cap(s.pairs)])
	clear(s.nameKeys[:cap(s.nameKeys)])
	statePool.Put(s)
}

// foreign is lex.Foreign(toks[i].Lower), computed once per token, and
// not at all for a word of the lexicons (vocab knows it).
func (s *state) foreign(i int) bool {
	p := s.props[i]
	if p&foreignKnown == 0 {
		p = s.info(i)
	}
	if p&foreignKnown == 0 {
		p |= foreignKnown
		if lex.Foreign(s.toks[i].Lower) {
			p |= foreign
		}
		s.props[i] = p
	}
	return p&foreign != 0
}

// digitAt is hasDigit of toks[i]'s text. A word of up to eight bytes,
// most of them, is tested at once, read with the bytes after it masked
// off: cheaper than keeping the answer in props.
func (s *state) digitAt(i int) bool {
	t := &s.toks[i]
	if n := t.End - t.Start; n <= 8 && t.Start+8 <= len(s.text) {
		return digits8(swar.Load64(s.text, t.Start) & (^uint64(0) >> (64 - 8*uint(n))))
	}
	return hasDigit(s.text[t.Start:t.End])
}

// word is one syllable of a capitalized run: one token, or an initial and
// its dot ("Th."), or a foreign particle ("al-Assad", "bin").
type word struct {
	first, last int // token indexes
	initial     bool
}

func (s *state) cap(i int) bool {
	t := &s.toks[i]
	return t.Kind == scan.Word && t.Flags&(scan.Upper|scan.AllUpper) == scan.Upper && !s.digitAt(i)
}

// hasDigit reports whether w has an ASCII digit: "U23", "F1" and "A80"
// are codes, never names.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// digits8 reports whether a byte of v is an ASCII digit: xor with '0'
// maps the digits, and only them, below 10, and subtracting 10 from each
// byte then borrows into the top bit of one below 10 that had it clear
// (a borrow out of a byte needs one below 10 under it, so the answer,
// though not which byte, is exact).
func digits8(v uint64) bool {
	y := v ^ '0'*swar.Low
	return (y-10*swar.Low)&^y&swar.High != 0
}

// initialAt reports whether toks[i] is an initial: one or two letters, the
// first upper case, and a dot right after ("N.", "Th.").
func (s *state) initialAt(i int) bool {
	t := &s.toks[i]
	// Two letters take at most six bytes.
	if t.Kind != scan.Word || t.Flags&scan.Upper == 0 || i+1 >= len(s.toks) || t.End-t.Start > 6 {
		return false
	}
	// The dot first: it is the cheapest test and turns most words away.
	if d := &s.toks[i+1]; d.Start != t.End || d.Lower != "." {
		return false
	}
	// Two letters are an initial only as a consonant digraph ("Th.",
	// "Ng."): "Hồ." and "Un." end a sentence with a whole syllable.
	if !lex.Initial(t.Lower) {
		return false
	}
	// "GS.TS. Nguyễn Văn A", "TS. Lê B": a degree, not an initial; and
	// "Elizabeth II." ends a sentence with a regnal number.
	if m, v := s.matchValue(dHonorifics, i); m > 0 && (v == lex.Degree || v == lex.Honour) {
		return false
	}
	return !(i > 0 && lex.Roman(t.Text(s.text)) && s.cap(i-1) && s.foreign(i-1))
}

// run collects the capitalized run that starts at toks[i] and returns its
// words and the index of the first token after it.
func (s *state) run(i int) ([]word, int) {
	words := s.buf[:0]
	j := i
	initials := false
	for j < len(s.toks) {
		t := &s.toks[j]
		if j > i && t.Flags&scan.NewlineBefore != 0 {
			break
		}
		// Every case below but the spaced hyphen takes a word.
		if t.Kind != scan.Word && t.Lower != "-" {
			break
		}
		// A lower-case word or a hyphen, which most runs end with, goes
		// on only a foreign name, as a particle before a capital ("bin",
		// "von der"), the spaced hyphen before one, or "al-": the other
		// cases need a capital.
		if (t.Kind != scan.Word || t.Flags&scan.Upper == 0) &&
			(initials || len(words) == 0 || !s.mayJoin(j) || !s.foreign(words[len(words)-1].last)) {
			break
		}
		switch {
		case j+1 < len(s.toks) && s.toks[j+1].Start == t.End && s.initialAt(j):
			// (An initial's dot follows it with no space: most words
			// are turned away without the call.)
			words = append(words, word{first: j, last: j + 1, initial: true})
			// "Donald J. Trump": a foreign middle initial goes on to the
			// family name; a Vietnamese one ("Bùi Th. H.") takes only
			// more initials.
			// The word right before the initial decides: the run may open
			// with "Ông" or a country ("Đại sứ Hoa Kỳ tại Việt Nam Marc
			// E. Knapper").
			if len(words) == 1 {
				initials = true
			} else {
				prev := words[len(words)-2]
				initials = prev.initial || !s.foreign(prev.first)
			}
			j += 2
			continue
		case initials:
			// After an initial only more initials belong to the name:
			// "Bùi Th. H. Đại úy ..." ends at "H.".
		case s.cap(j):
			// "Ferdinand Marcos Jr.": the suffix and its dot end the
			// name (break leaves the switch, then the loop).
			if len(words) >= 2 && (t.Lower == "jr" || t.Lower == "sr") && j+1 < len(s.toks) && s.toks[j+1].Lower == "." &&
				s.toks[j+1].Start == t.End && s.foreign(words[0].first) {
				words = append(words, word{first: j, last: j + 1})
				j += 2
				break
			}
			words = append(words, word{first: j, last: j})
			j++
			continue
		case len(words) > 0 && t.Kind == scan.Word && t.Flags&scan.Upper != 0 && lex.Roman(t.Text(s.text)) &&
			(s.foreign(words[len(words)-1].last) || len(words) == 1 && s.regnalBefore(words[0].first)):
			// ("Giáo hoàng Lêô XIV": a pope's or king's name may read as
			// Vietnamese.)
			words = append(words, word{first: j, last: j})
			j++
			continue
		case len(words) > 0 && t.Kind == scan.Word && j+1 < len(s.toks) && s.cap(j+1) &&
			(lex.Particle(t.Lower) || strings.HasPrefix(t.Lower, "al-") || strings.HasPrefix(t.Lower, "el-")) &&
			s.foreign(words[len(words)-1].last):
			words = append(words, word{first: j, last: j})
			j++
			continue
		case len(words) > 0 && j+2 < len(s.toks) && s.cap(j+2) && t.Kind == scan.Word && s.toks[j+1].Kind == scan.Word &&
			lex.Particle(t.Lower) && lex.Particle(s.toks[j+1].Lower) && s.foreign(words[len(words)-1].last):
			// "Ursula von der Leyen", "Rafael van der Vaart": two particles.
			words = append(words, word{first: j, last: j}, word{first: j + 1, last: j + 1})
			j += 2
			continue
		case len(words) > 0 && t.Kind == scan.Word && (strings.HasPrefix(t.Lower, "al-") || strings.HasPrefix(t.Lower, "el-")) &&
			s.foreign(words[len(words)-1].last):
			words = append(words, word{first: j, last: j})
			j++
			continue
		case len(words) > 0 && t.Lower == "-" && j+1 < len(s.toks) && s.cap(j+1) &&
			t.Flags&scan.SpaceBefore != 0 && s.foreign(words[len(words)-1].last) && s.foreign(j+1):
			// "Kassym - Zhomart Tokayev": a spaced hyphen inside a foreign name.
			words = append(words, word{first: j + 1, last: j + 1})
			j += 2
			continue
		}
		break
	}
	// The next run reuses the memory (no defer: run is hot).
	s.buf = words[:0]
	if len(words) == 0 {
		return nil, i + 1
	}
	return words, j
}

// mayJoin reports whether the lower-case word or hyphen at toks[j] may
// join the run: a capital follows it, or one more word and a capital, or
// it opens with "al-" or "el-". (run's cases below then decide.)
func (s *state) mayJoin(j int) bool {
	if j+1 < len(s.toks) && s.toks[j+1].Flags&scan.Upper != 0 {
		return true
	}
	if j+2 < len(s.toks) && s.toks[j+2].Flags&scan.Upper != 0 && s.toks[j+1].Kind == scan.Word {
		return true
	}
	l := s.toks[j].Lower
	return s.toks[j].Kind == scan.Word && (strings.HasPrefix(l, "al-") || strings.HasPrefix(l, "el-"))
}

func (s *state) lower(w word) string { return s.toks[w.first].Lower }

// cue says what stands right before toks[i].
type cue struct {
	person     bool     // a form of address, rank or degree announces a person
	role       bool     // a role ends right before: full names only
	roleEnd    int      // with role: the token after the role, for statesman
	nonPerson  bool     // a street, place, organization or award word
	work       bool     // with nonPerson: a quote opens the title of a work
	classifier bool     // an administrative unit word: "tỉnh", "huyện", "phường"
	province   bool     // a province-level unit word: "tỉnh", "thành phố"
	source     bool     // "Theo Business Insider": a source, unless a cue says person
	occupation bool     // with person: the cue is an occupation ("ca sĩ"), no form of address
	honorifics []string // forms of address, degrees and honours, in text order
}

// classifier reports whether l, in lower case, is an administrative unit
// word. (A switch: it is asked in hot paths, where a map hashes the whole
// word.)
func classifier(l string) bool {
	switch l {
	case "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "tp", "tp.", "thôn", "bản",
		"ấp", "xóm", "làng", "khu phố", "tx", "tx.":
		return true
	}
	return false
}

// groupAfterRole reports whether "Tập đoàn" or "Tổng công ty", with no
// name of its own, ends right before toks[i] and an office ends a few
// words before it.
func (s *state) groupAfterRole(i int) bool {
	if i < 4 {
		return false
	}
	a, b := s.toks[i-2].Lower, s.toks[i-1].Lower
	switch {
	case a == "tập" && b == "đoàn" && s.toks[i-2].Flags&scan.Upper != 0:
	case a == "công" && b == "ty" && s.toks[i-3].Lower == "tổng" && s.toks[i-3].Flags&scan.Upper != 0:
	default:
		return false
	}
	for t := i - 2; t >= max(1, i-9); t-- {
		if s.endsAt(dRoles, t) > 0 {
			return true
		}
	}
	return false
}

// addressLead reports whether the token before "số N" makes it a house
// number.
func addressLead(l string) bool {
	switch l {
	case ",", "tại", "ở", "nhà", "chỉ", "(":
		return true
	}
	return false
}

// districtCommittee reports whether a district-level party committee
// written as a body ("Huyện ủy", "Quận ủy", "Thị ủy") ends right before
// toks[i]: the district's name follows it, and no lexicon lists them all.
func (s *state) districtCommittee(i int) bool {
	if i < 2 || s.toks[i-2].Flags&scan.Upper == 0 {
		return false
	}
	if l := s.toks[i-1].Lower; l != "ủy" && l != "uỷ" {
		return false
	}
	l := s.toks[i-2].Lower
	return l == "huyện" || l == "quận" || l == "thị"
}

// cueBefore says what stands right before toks[i].
func (s *state) cueBefore(i int) cue {
	c, done := s.leadCue(i)
	if done {
		return c
	}
	return s.bodyCue(i, c)
}

// leadCue is the first part of cueBefore: the ranks, forms of address and
// roles right before toks[i], and the lists and quotes that carry one
// over. It is the only part that says person or role; done is true when
// cueBefore returns its answer.
func (s *state) leadCue(i int) (c cue, done bool) {
	// "... danh hiệu Nhà giáo Ưu tú\n\nLào Cai - Cô ...": no cue reaches
	// over a line break.
	if i < len(s.toks) && s.toks[i].Flags&scan.NewlineBefore != 0 {
		return c, true
	}
	// Most runs follow a word that ends no cue, nor opens a list or a
	// quote: one look-up of its bits, and a rank's, says so.
	if i > 0 && s.info(i-1)&leadEnds == 0 && s.endsAt(dRanks, i) == 0 {
		return c, false
	}
	j := i
	for step := 0; step < 4 && j > 0; step++ {
		// Degrees are written with dots: "PGS.TS. Nguyễn Văn A".
		k := j
		if s.toks[k-1].Lower == "." && k-1 > 0 && s.toks[k-2].Flags&scan.Upper != 0 && s.toks[k-2].End == s.toks[k-1].Start {
			k--
		}
		// "Ca sĩ nổi tiếng Mỹ Tâm": a word that praises the occupation
		// between it and the name.
		described := false
		if step == 0 {
			if a := s.praiseEndsAt(k); a > 0 && s.endsAt(dHonorifics, k-a) > 0 {
				k -= a
				described = true
			}
		}
		if n := s.endsAt(dRanks, k); n > 0 {
			c.person = true
			j = k - n
			continue
		}
		if n := s.endsAt(dHonorifics, k); n > 0 {
			_, v := lex.Honorifics.Match(s.text, s.toks[:k], k-n)
			if described && v != lex.Cue || !described && k != j && v != lex.Degree && v != lex.Honour {
				break
			}
			// "Nghệ sĩ Ưu tú", "Anh hùng Lực lượng vũ trang nhân dân":
			// the cue opens an honour that goes on into the run, which is
			// no name.
			if m := s.match(dHonorifics, k-n); (v == lex.Cue || v == lex.Honour) && m > n && k == i {
				c.nonPerson = true
				return c, true
			}
			// "mang tên Hồ Chí Minh", "nghĩa trang liệt sĩ Trường Sơn": a
			// longer phrase of a place or body ends with the cue.
			if (v == lex.Cue || v == lex.Honour) && k == i && s.endsAt(dNonPerson, k) > n {
				c.nonPerson = true
				return c, true
			}
			// "vào vai anh bạn thân tên Mười": a character in a film.
			if v == lex.Cue && k == i && s.toks[k-n].Lower == "tên" && s.playsRole(k-n) {
				c.nonPerson = true
				return c, true
			}
			// "phim Em bé Hà Nội": "em bé" is a baby, no address.
			if v == lex.Address && k == i && k-n > 0 && s.toks[k-n].Lower == "bé" && s.toks[k-n-1].Lower == "em" {
				c.nonPerson = true
				return c, true
			}
			// "với vai chị Dịu": a character addressed as in the film.
			if v == lex.Address && k == i && k-n > 0 && s.toks[k-n-1].Lower == "vai" {
				c.nonPerson = true
				return c, true
			}
			// "Hội Nhà văn Việt Nam": an occupation written with a
			// capital after another capitalized word names a body. ("Nam
			// VĐV Trần Văn Điệp": an abbreviation is written in capitals
			// anyway.)
			if h := k - n; v == lex.Cue && h > 0 && s.toks[h].Flags&(scan.Upper|scan.SentStart|scan.AllUpper) == scan.Upper && s.cap(h-1) {
				c.nonPerson = true
				return c, true
			}
			c.person = true
			if step == 0 {
				c.occupation = v == lex.Cue
			}
			if v != lex.Cue {
				h := spanText(s.text, s.toks, k-n, k)
				if v == lex.Address {
					h = scan.ToLower(h)
				}
				c.honorifics = append([]string{h}, c.honorifics...)
			}
			j = k - n
			continue
		}
		if k == j {
			if n := s.endsAt(dRoles, j); n > 0 {
				c.role = true
				c.roleEnd = j
				break
			}
			// "Chủ tịch Thượng viện Hun Sen": a role, then a body that
			// takes no name.
			if j >= 2 && lex.MayEndBody(s.toks[j-1]) && s.endsAt(dRoles, j-2) > 0 && lex.CompleteBodyEndsAt(s.text, s.toks, j) == 2 {
				c.role = true
				c.roleEnd = j - 2
				break
			}
			// "Bộ trưởng Ngoại giao Sugiono": a role, then its portfolio.
			if lex.PortfolioEndsAt(s.toks, j) == 2 && s.endsAt(dRoles, j-2) > 0 {
				c.role = true
				c.roleEnd = j - 2
				break
			}
		}
		break
	}
	if c.person || c.role {
		return c, true
	}
	if i == 0 {
		return c, true
	}
	switch l := s.toks[i-1].Lower; l {
	case ",", "và":
		// After a comma alone the run may as well be in apposition
		// ("Luật sư Phan Trung Hoài, Đoàn Luật sư TP.HCM"): the list must
		// go on after it.
		if (l == "và" || s.listGoesOn(i)) && s.occupationListed(i) {
			c.person, c.occupation = true, true
			return c, true
		}
	case "\"", "”", "“":
		// "\"chị đại\" Mỹ Tâm Anh": a nickname in quotes that opens with
		// a form of address.
		if l != "“" && s.quotedAddress(i-1) {
			c.person = true
			return c, true
		}
		// "vở \"Quan Âm Thị Kính\"", "bộ phim “Mai”": the title of a
		// work, quoted after what it is.
		if l != "”" && i >= 2 && s.endsAt(dNonPerson, i-1) > 0 {
			c.nonPerson, c.work = true, true
			return c, true
		}
	case "tiếng":
		// "tiếng Hà Nhì": a language ("nổi tiếng", "có tiếng" are fame).
		if i < 2 || !fameWord(s.toks[i-2].Lower) {
			c.nonPerson = true
			return c, true
		}
	}
	return c, false
}

// bodyCue is the rest of cueBefore after leadCue: the streets, places,
// bodies and sources that say nonPerson or source.
func (s *state) bodyCue(i int, c cue) cue {
	c.source = s.toks[i-1].Lower == "theo"
	if s.companyBefore(i) || s.tradesBefore(i) || s.instituteBefore(i) {
		c.nonPerson = true
		return c
	}
	if k := s.endsAt(dNonPerson, i); k > 0 && !s.endsName(i, k) {
		c.nonPerson = true
		// Lowered into a buffer on the stack: looking it up allocates
		// nothing.
		var buf [64]byte
		unit := scan.AppendLower(buf[:0], spanText(s.text, s.toks, i-k, i))
		switch string(unit) {
		case "tỉnh", "thành phố", "tp", "tp.":
			c.classifier, c.province = true, true
		default:
			c.classifier = classifier(string(unit))
		}
	}
	// "tại Nhà tang lễ Quốc gia, số 5 Trần Thánh Tông": a house number
	// after a place opens a street address ("áo số 10" does not).
	if !c.nonPerson && i >= 3 && s.toks[i-1].Kind == scan.Number && s.toks[i-2].Lower == "số" && addressLead(s.toks[i-3].Lower) {
		c.nonPerson = true
	}
	// "tàu HQ-012 Lý Thái Tổ", "tàu 016 Quang Trung", "tàu 012-Lý Thái
	// Tổ": a ship's hull number or code, then its name; "Tàu Lý Thái Tổ
	// cập cảng": or the name right after the noun.
	if !c.nonPerson && (s.toks[i-1].Kind == scan.Number || s.toks[i-1].Lower == "-" && i >= 2 && s.toks[i-2].Kind == scan.Number) && s.shipCodeBefore(i) {
		c.nonPerson = true
	}
	if !c.nonPerson && ship(s.toks[i-1].Lower) {
		c.nonPerson = true
	}
	// "trên đường Văn Cao và Lạc Long Quân", "các phố Hàng Bạc, Hàng
	// Đào và Lương Văn Can": a street listed after a street is a street
	// too.
	// After a comma alone a full name is as often the subject of the
	// clause ("tại đường Lê Lợi, Nguyễn Văn A điều khiển xe"): there only
	// a run with no family name is taken for a street.
	if l := s.toks[max(i-1, 0)].Lower; !c.nonPerson && i >= 3 && (l == "và" || l == ",") {
		st := i - 1
		for {
			for st > 0 && s.cap(st-1) && s.toks[st].Flags&scan.NewlineBefore == 0 {
				st--
			}
			if st >= 2 && s.toks[st-1].Lower == "," && s.cap(st-2) {
				st--
				continue
			}
			break
		}
		if st < i-1 && st > 0 && streetWord(s.toks[st-1].Lower) && (l == "và" || !s.surnameAt(i) || s.streetListed(st, i)) {
			c.nonPerson = true
		}
		// "các xã Nậm Cang, Ma Lé": after units named in the plural,
		// every item of the list is one of them.
		if st < i-1 && st >= 2 && classifier(s.toks[st-1].Lower) && pluralWord(s.toks[st-2].Lower) {
			c.nonPerson = true
		}
	}
	// "nút giao Khâm Thiên - Lê Duẩn", "tuyến Hà Nội - Hải Phòng": the
	// run after a dash is what the run before it is.
	if !c.nonPerson && i >= 2 && (s.toks[i-1].Lower == "-" || s.toks[i-1].Lower == "–") && s.toks[i-1].Flags&scan.SpaceBefore != 0 {
		st := i - 1
		for st > 0 && s.cap(st-1) && s.toks[st].Flags&scan.NewlineBefore == 0 {
			st--
		}
		if st < i-1 && s.cueBefore(st).nonPerson {
			c.nonPerson = true
		}
		// "tàu 015 - Trần Hưng Đạo": a ship's number, then its name.
		if st == i-1 && i >= 3 && s.toks[i-2].Kind == scan.Number && s.endsAt(dNonPerson, i-2) > 0 {
			c.nonPerson = true
		}
	}
	return c
}

// shipCodeBefore reports whether a ship's hull number, maybe after its
// code ("HQ-012"), ends right before toks[i] after a ship noun.
func (s *state) shipCodeBefore(i int) bool {
	k := i - 1
	for k > 0 && i-k <= 3 {
		t := &s.toks[k]
		if t.Kind != scan.Number && t.Lower != "-" && (t.Kind != scan.Word || t.Flags&scan.AllUpper == 0) {
			break
		}
		k--
	}
	if ship(s.toks[k].Lower) {
		return true
	}
	// "tàu hộ vệ tên lửa 012-Lý Thái Tổ": the ship's class, in lower
	// case, between the noun and the hull number.
	if k < i-1 {
		for j := k; j > 0 && k-j < 4 && s.toks[j].Kind == scan.Word && s.toks[j].Flags&scan.Upper == 0; j-- {
			if ship(s.toks[j-1].Lower) {
				return true
			}
		}
	}
	return false
}

// ship reports whether w, in lower case, names a vessel.
func ship(w string) bool {
	switch w {
	case "tàu", "hạm", "thuyền", "ngầm", "xuồng":
		return true
	}
	return false
}

// placeInCountry reports whether the run is a place abroad, written with
// its country: "ở Sunshine Coast (Australia)", "tại Gold Coast,
// Australia".
func (s *state) placeInCountry(words []word) bool {
	first := words[0].first
	e := words[len(words)-1].last + 1
	if first == 0 || e+1 >= len(s.toks) || s.toks[e].Lower != "(" && s.toks[e].Lower != "," {
		return false
	}
	switch s.toks[first-1].Lower {
	case "ở", "tại", "từ", "đến", "tới":
	default:
		return false
	}
	m := s.match(dPlaces, e+1)
	if m == 0 || lex.VietNameAfter(s.text, s.toks, first) == e-first {
		// ("trao quà đến Nguyễn Văn An, Hà Nội": a person and his home.)
		return false
	}
	// The country ends there: a bracket closes, or the clause goes on.
	k := e + 1 + m
	return k >= len(s.toks) || s.toks[k].Kind != scan.Word || s.toks[k].Flags&scan.Upper == 0
}

// villageOfHead reports whether the run names the village of a village
// head: "ông Hồ Văn Lìn, Trưởng bản Xa Bai, xã Hướng Lập". A name of two
// words, or one the commune follows, is the village's.
func (s *state) villageOfHead(words []word) bool {
	first := words[0].first
	if first < 2 || s.toks[first-2].Lower != "trưởng" {
		return false
	}
	switch s.toks[first-1].Lower {
	case "bản", "thôn", "ấp", "buôn", "xóm", "làng", "khóm":
	default:
		return false
	}
	n := len(words)
	if n <= 2 {
		return true
	}
	e := words[n-1].last + 1
	return e+1 < len(s.toks) && s.toks[e].Lower == "," && classifier(s.toks[e+1].Lower)
}

// fromPlace reads a run after an occupation that opens with a place: the
// place alone says where the people are from, and is no name ("kỹ sư Nhật
// Bản"); a foreign name of two words or more after it is the person's
// ("nhà văn Nga Lev Tolstoy"). One word left is a given name, the place
// its first: "ca sĩ Mỹ Tâm". done is false when the run is neither.
func (s *state) fromPlace(out []pipeline.Entity, words []word, c cue) ([]pipeline.Entity, bool) {
	first, n := words[0].first, len(words)
	m := s.match(dPlaces, first)
	if m == 0 {
		return out, false
	}
	if first+m == words[n-1].last+1 {
		return out, true
	}
	if k := s.wordAt(words, first+m); k < n && n-k >= 2 && words[k].first == first+m && !words[k].initial && s.foreign(words[k].first) {
		if e, ok := s.name(words[k:], c); ok {
			return append(out, e), true
		}
	}
	return out, false
}

// bodyGoesOn reports whether the run opens the name of a body whose words
// go on in lower case past it: "(Đoàn Ca múa nhạc", "Đoàn Văn công". Its
// first word reads as a family name and the second as a name.
func (s *state) bodyGoesOn(words []word) bool {
	first := words[0].first
	if s.info(first)&moreBit(dNonPerson) == 0 || words[0].initial {
		return false
	}
	e := words[len(words)-1].last + 1
	if e >= len(s.toks) || s.toks[e].Kind != scan.Word || s.toks[e].Flags&scan.Upper != 0 {
		return false
	}
	return s.match(dNonPerson, first) > e-first
}

// highlandPlace reports whether the run names a highland commune or river
// by "Ea" or "Ia", water in Ê Đê and Jrai: "HTX cà phê Ea Tul", "xã Ia
// Grai". No person's name opens so; a full name after the place is its
// head's ("xã Ea Kar Nguyễn Văn Bình").
func (s *state) highlandPlace(words []word) bool {
	if l := s.toks[words[0].first].Lower; l != "ea" && l != "ia" || words[0].initial {
		return false
	}
	return len(words) == 2 || s.match(dSurnames, words[2].first) == 0
}

// deity reports whether the run is a household god worshipped at Tết:
// "ông Công ông Táo", "Táo quân", "Thần Tài", "Thổ Công".
func (s *state) deity(words []word) bool {
	first := words[0].first
	n := len(words)
	if words[0].initial || words[n-1].last != first+n-1 {
		return false
	}
	second := ""
	if n == 2 {
		second = s.toks[first+1].Lower
	}
	switch s.toks[first].Lower {
	case "thần":
		return second == "tài"
	case "thổ":
		return second == "công" || second == "địa"
	case "táo":
		// "ông Táo", "Táo quân", "Táo Quân".
		return n == 1 && (first > 0 && s.toks[first-1].Lower == "ông" || first+1 < len(s.toks) && s.toks[first+1].Lower == "quân") ||
			second == "quân"
	case "công":
		// "ông Công ông Táo": a man named Công is no god alone.
		if n != 1 || first == 0 || s.toks[first-1].Lower != "ông" {
			return false
		}
		k := first + 1
		if k < len(s.toks) && (s.toks[k].Lower == "," || s.toks[k].Lower == "và") {
			k++
		}
		if k < len(s.toks) && s.toks[k].Lower == "ông" {
			k++
		}
		return k < len(s.toks) && s.toks[k].Lower == "táo"
	}
	return false
}

// quotedAddress reports whether the closing quote at toks[q] ends a short
// lower-case nickname that opens with a form of address: "chị đại".
func (s *state) quotedAddress(q int) bool {
	for k := q - 1; k >= 1 && q-k <= 3; k-- {
		if l := s.toks[k-1].Lower; l == "\"" || l == "“" {
			m, v := s.matchValue(dHonorifics, k)
			return m > 0 && v == lex.Address && s.toks[k].Flags&scan.Upper == 0
		}
		if !s.lowerAt(k) {
			return false
		}
	}
	return false
}

// fameWord reports whether the word before "tiếng" makes it fame, not a
// language.
func fameWord(l string) bool {
	switch l {
	case "nổi", "có", "lên", "danh", "tai":
		return true
	}
	return false
}

// praiseEndsAt returns how many tokens right before toks[j] praise an
// occupation ("nổi tiếng", "trẻ", "chủ nhà"), 0 when none do.
func (s *state) praiseEndsAt(j int) int {
	if j < 2 {
		return 0
	}
	a := ""
	switch s.toks[j-1].Lower {
	case "trẻ":
		return 1
	case "tiếng", "danh":
		a = "nổi"
	case "cội":
		a = "gạo"
	case "cựu":
		a = "kỳ"
	case "năng":
		a = "tài"
	case "thành", "luyện":
		a = "lão"
	case "nhà", "lực":
		// "VĐV chủ nhà Jariya Wichaidit", "tiền đạo chủ lực Tiến Linh".
		a = "chủ"
	case "đám":
		a = "đình"
	default:
		return 0
	}
	if s.toks[j-2].Lower == a {
		return 2
	}
	return 0
}

// listGoesOn reports whether the capitalized run at toks[i] is followed
// by a comma or "và" and another capitalized word.
func (s *state) listGoesOn(i int) bool {
	e := i
	for e < len(s.toks) && e-i < 5 && s.cap(e) && (e == i || s.toks[e].Flags&scan.NewlineBefore == 0) {
		e++
	}
	return e+1 < len(s.toks) && (s.toks[e].Lower == "," || s.toks[e].Lower == "và") && s.cap(e+1)
}

// occupationListed reports whether the run at toks[i], after a comma or
// "và", is an item of a list of names that an occupation opens: "ca sĩ
// Tùng Dương, Mỹ Tâm và Hà Anh Tuấn".
func (s *state) occupationListed(i int) bool {
	j := i // the first token of the item after the separator
	for items := 0; items < 4; items++ {
		if j < 3 || s.toks[j].Flags&scan.NewlineBefore != 0 {
			return false
		}
		if l := s.toks[j-1].Lower; l != "," && l != "và" {
			return false
		}
		e := j - 1 // the separator
		if e > 0 && s.toks[e].Lower == "và" && s.toks[e-1].Lower == "," {
			e--
		}
		st := e
		for st > 0 && e-st < 4 && s.cap(st-1) && s.toks[st].Flags&scan.NewlineBefore == 0 {
			st--
		}
		if st == e || st == 0 || s.cap(st-1) || s.toks[st].Flags&scan.NewlineBefore != 0 {
			return false
		}
		if n := s.endsAt(dHonorifics, st); n > 0 {
			_, v := lex.Honorifics.Match(s.text, s.toks[:st], st-n)
			return v == lex.Cue && (st-n == 0 || !s.cap(st-n-1))
		}
		j = st
	}
	return false
}

// streetListed reports whether the run at toks[i], after a street and a
// comma, is more of a list of streets rather than the subject of the
// clause: a historical person's name ("phố Lò Đúc, Trần Hưng Đạo") or a
// run the list goes on after or that closes a list of three ("phố Huế,
// Bà Triệu, Hàng Bài"). The list's first street opens at toks[st].
func (s *state) streetListed(st, i int) bool {
	if n := s.match(dEponyms, i); n > 0 {
		return true
	}
	for k := st; k < i-1; k++ {
		if s.toks[k].Lower == "," {
			return true
		}
	}
	e := i
	for e < len(s.toks) && s.cap(e) && (e == i || s.toks[e].Flags&scan.NewlineBefore == 0) {
		e++
	}
	return e+1 < len(s.toks) && (s.toks[e].Lower == "," || s.toks[e].Lower == "và") && s.cap(e+1)
}

// officeOpens reports whether the sentence that toks[i] is in opens with
// a role, maybe after "Phó", within a few words: "Phó Chủ tịch UBND xã".
func (s *state) officeOpens(i int) bool {
	st := i
	for st > 0 && i-st < 8 && s.toks[st].Flags&scan.SentStart == 0 {
		st--
	}
	if s.toks[st].Flags&scan.SentStart == 0 && st > 0 {
		return false
	}
	if s.toks[st].Lower == "phó" {
		st++
	}
	n := s.match(dRoles, st)
	return n > 0
}

// lowerAt reports whether toks[i] is a lower-case word.
func (s *state) lowerAt(i int) bool {
	return i < len(s.toks) && s.toks[i].Kind == scan.Word && s.toks[i].Flags&scan.Upper == 0
}

func (s *state) surnameAt(i int) bool {
	n := s.match(dSurnames, i)
	return n > 0
}

// pluralWord reports whether l, before a noun, says it is plural: "các
// xã", "những huyện".
func pluralWord(l string) bool {
	return l == "các" || l == "những"
}

// streetWord reports whether a street's name follows the word l.
func streetWord(l string) bool {
	switch l {
	case "đường", "phố", "ngõ", "hẻm", "lộ":
		return true
	}
	return false
}

// endsName reports whether the cue of k tokens before toks[i] is the
// lower-case end of a capitalized name instead: "Bộ Tài nguyên và Môi
// trường Đặng Quốc Khánh" ("Môi trường", not "trường"). Units of places
// ("Nguyễn Văn Bảy xã Lê Lợi") and a capital that only opens a sentence
// ("Trên sân Hàng Đẫy") keep the cue.
func (s *state) endsName(i, k int) bool {
	// "tháng Chạp năm Giáp Thìn": "năm" ends no name.
	if k != 1 || i < 2 || s.toks[i-1].Flags&scan.Upper != 0 || classifier(s.toks[i-1].Lower) || s.toks[i-1].Lower == "năm" {
		return false
	}
	return s.cap(i-2) && s.toks[i-2].Flags&scan.SentStart == 0
}

// playsRole reports whether "vai" or "nhân vật" stands among the few
// words before toks[i]: what is named there is a character.
func (s *state) playsRole(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if l := s.toks[k].Lower; l == "vai" || l == "vật" && k > 0 && s.toks[k-1].Lower == "nhân" {
			return true
		}
		if s.toks[k].Kind == scan.Punct && s.toks[k].Lower != "," {
			return false
		}
	}
	return false
}

// bodyHead reports whether l is a word that a foreign body's name
// follows even with a word or two describing it between: "Công ty tư vấn
// Wood Mackenzie", "tổ chức phi chính phủ Oxfam".
func bodyHead(l string) bool {
	switch l {
	case "ty", "đoàn", "hãng", "chức", "hàng", "quỹ", "viện", "trường", "báo":
		return true
	}
	return false
}

// companyBefore reports whether a foreign word at toks[i] follows a body
// word and one or two lower-case words that describe it.
func (s *state) companyBefore(i int) bool {
	if !s.foreign(i) {
		return false
	}
	for k := 1; k <= 2 && i-k-1 >= 0; k++ {
		t := s.toks[i-k]
		if t.Kind != scan.Word || t.Flags&scan.Upper != 0 || lex.Stop.Has(t.Lower) || lex.Honorifics.Has(t.Lower) {
			return false
		}
		if h := s.toks[i-k-1].Lower; bodyHead(h) {
			// "Thống đốc ngân hàng trung ương Jerome Powell": after an
			// office of the body, its holder.
			if hl := s.endsAt(dNonPerson, i-k); hl > 0 {
				return s.endsAt(dRoles, i-k-hl) == 0
			}
		}
	}
	return false
}

// instituteBefore reports whether a foreign word at toks[i] closes the
// name of a centre, institute or fund after the lower-case words that
// say what it does: "Trung tâm Vật lý lý thuyết quốc tế Abdus Salam" is
// named after him, and he is no person there.
func (s *state) instituteBefore(i int) bool {
	if i < 3 || !s.lowerAt(i-1) || !s.foreign(i) {
		return false
	}
	for k := i - 1; k >= 1 && i-k < 8; k-- {
		t := &s.toks[k-1]
		if t.Kind != scan.Word {
			return false
		}
		if t.Flags&scan.Upper != 0 && s.instituteHead(k-1) {
			return s.describes(k, i)
		}
	}
	return false
}

// instituteHead reports whether "Trung tâm", "Viện" or "Quỹ" opens at
// toks[j], not "Viện trưởng", "Viện phó".
func (s *state) instituteHead(j int) bool {
	switch next := s.toks[j+1].Lower; s.toks[j].Lower {
	case "viện", "quỹ":
		return next != "trưởng" && next != "phó"
	case "trung":
		return next == "tâm"
	}
	return false
}

// describes reports whether the lower-case words among toks[from:to]
// describe a body, with no function word or form of address that would
// start another phrase.
func (s *state) describes(from, to int) bool {
	for k := from; k < to; k++ {
		if t := &s.toks[k]; t.Flags&scan.Upper == 0 && (lex.Stop.Has(t.Lower) || lex.Honorifics.Has(t.Lower)) {
			return false
		}
	}
	return true
}

// tradesBefore reports whether the run at toks[i] ends a company's name
// after the trades it names: "Công ty Xi măng Lâm Thao", "Công ty CP
// Supe Phốt phát và Hóa chất Lâm Thao". The trades are capitalized words,
// each maybe with a lower-case second syllable; the company's kind comes
// before them.
func (s *state) tradesBefore(i int) bool {
	// The last trade ends in a lower-case syllable: this turns most runs
	// away.
	if i < 4 || !s.lowerAt(i-1) || !s.cap(i-2) {
		return false
	}
	for k := i; k >= 2 && i-k < 12; {
		if companyKind(s.toks[k-2].Lower, s.toks[k-1].Lower) {
			return k < i
		}
		t := &s.toks[k-1]
		switch {
		case t.Kind == scan.Word && t.Flags&scan.AllUpper != 0, t.Lower == "và":
			// "CP", "TNHH".
			k--
		case s.cap(k - 1):
			k--
		case s.lowerAt(k-1) && !linkWord(t.Lower) && s.cap(k-2):
			// ("Công ty Xây dựng Thành Đạt do Trần Quang Vinh ...": a
			// function word is no trade's syllable.)
			k -= 2
		case t.Lower == "phần" && s.toks[k-2].Lower == "cổ":
			k -= 2
		default:
			return false
		}
	}
	return false
}

// brand reports whether toks[i] is written as a brand: two capitals and
// then lower case ("LPBank", "TPBank"), or a capital, a hyphen and a
// capitalized word ("V-League", "K-Pop"). No name is.
func (s *state) brand(i int) bool {
	t := &s.toks[i]
	if t.End-t.Start < 4 {
		return false
	}
	w := s.text[t.Start:t.End]
	upper := func(c byte) bool { return 'A' <= c && c <= 'Z' }
	if !upper(w[0]) {
		return false
	}
	if w[1] == '-' {
		return upper(w[2])
	}
	if !upper(w[1]) {
		return false
	}
	// "LPBank": the capitals end where lower case starts.
	for k := 2; k < len(w); k++ {
		if c := w[k]; 'a' <= c && c <= 'z' {
			return upper(w[k-1])
		}
	}
	return false
}

// regnalBefore reports whether a pope's or monarch's title ends right
// before toks[i]: "Giáo hoàng", "Nữ hoàng", "Vua", "Hoàng đế".
func (s *state) regnalBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].Lower {
	case "hoàng", "vua", "đế":
		return true
	}
	return false
}

// linkWord reports whether l, in lower case, links a body's name to a
// person: "Công ty Thành Đạt do Trần Quang Vinh làm giám đốc".
func linkWord(l string) bool {
	switch l {
	case "do", "cho", "thuộc", "với", "tại", "ở", "của", "là", "gồm", "như", "làm", "có", "được", "và", "cùng", "khi", "thì", "mà":
		return true
	}
	return false
}

// companyKind reports whether the two words a, b (in lower case) name a
// kind of company.
func companyKind(a, b string) bool {
	switch b {
	case "ty":
		return a == "công"
	case "đoàn":
		return a == "tập"
	case "máy":
		return a == "nhà"
	case "nghiệp":
		return a == "xí"
	}
	return false
}

func spanText(text string, toks []scan.Token, i, j int) string {
	return text[toks[i].Start:toks[j-1].End]
}

// names finds the persons in one capitalized run and appends them to out.
func (s *state) names(out []pipeline.Entity, words []word) []pipeline.Entity {
	first := words[0].first
	// Most runs are one capitalized word opening a sentence ("Sáng",
	// "Theo"): settle those before looking at any cue.
	if len(words) == 1 && !words[0].initial && s.toks[first].Flags&scan.SentStart != 0 {
		if sm := s.match(dSurnames, first); sm == 0 && !s.foreign(first) {
			return out
		}
	}
	// Of the other one-word runs, most of the rest, only one after a
	// form of address, rank or role can be a name ("anh Sinh", "Tổng
	// thống Putin"): nothing inside one word announces a name, and the
	// name is then given alone, or foreign or markless after a role.
	// Every other test below would turn the run away too.
	// (A cue that says person or role is all of cueBefore's answer:
	// it is kept for below.)
	var lead cue
	leadKnown := false
	if len(words) == 1 && !words[0].initial {
		if lead, _ = s.leadCue(first); !lead.person && !lead.role {
			return out
		}
		leadKnown = true
	}
	// "CEO Masan Group Danny Le": a company's name ends with its suffix,
	// then comes the name of its head.
	for k := 1; k+2 < len(words) && k <= 3; k++ {
		if m := s.match(dOrgSuffixes, words[k].first); m == 1 && !words[k].initial && len(words)-k-1 <= 3 {
			return s.names(out, words[k+1:])
		}
	}
	// "Để Mai Tính", "Em Tên Gì": a run in title case with a word no name
	// uses is the title of a work.
	for k, w := range words {
		// "LPBank V-League", "HDBank Nguyễn Văn A": a brand is no part of
		// a name; the words on either side of it are looked at alone.
		if !w.initial && s.brand(w.first) {
			if k > 0 {
				out = s.names(out, words[:k])
			}
			if k+1 < len(words) {
				out = s.names(out, words[k+1:])
			}
			return out
		}
		if k == 0 && s.toks[w.first].Flags&scan.SentStart != 0 || w.initial {
			continue
		}
		if m := s.match(dNonName, w.first); m == 1 {
			// "Ngoại trưởng Hàn Quốc Cho Hyun": a Korean family name that
			// is also a Vietnamese word, then a given name without marks,
			// after a role or a form of address ("Cho Em" is a song).
			if k+1 < len(words) && s.marklessFrom(words[k:]) && lex.EastAsian.Has(s.lower(w)) {
				if c := s.cueBefore(first); c.role || c.person {
					continue
				}
			}
			// "Vì Văn Tám": a family name that is also a function word.
			if k == 0 && len(words) >= 3 && !lex.FunctionSurname(s.text, s.toks, w.first) {
				if m := s.match(dSurnames, w.first); m == 1 {
					continue
				}
			}
			// "Nguyễn Văn Được": after a middle name only persons carry,
			// the last word is a given name whatever else it means.
			if k >= 2 && k == len(words)-1 && lex.MarkedName(s.text, s.toks, words[k-2].first) {
				continue
			}
			return out
		}
	}
	// "Tập đoàn Vingroup Nguyễn Việt Quang": a foreign company name, then
	// its head's Vietnamese name ("Touneh Hàn Tâm": a highland family's).
	for k := 1; k <= 2 && k < len(words); k++ {
		if words[k-1].initial || !s.foreign(words[k-1].first) || s.match(dSurnames, first) > 0 {
			break
		}
		if m := lex.VietNameAfter(s.text, s.toks, words[k].first); m > 0 && words[k].first+m-1 == words[len(words)-1].last {
			return s.names(out, words[k:])
		}
	}
	// "Thủ lĩnh Hamas Yahya Sinwar": a known foreign body, then its head.
	if m := s.match(dForeignOrgs, first); m > 0 && !words[0].initial && !s.japaneseNotCompany(words, m) {
		if k := s.wordAt(words, first+m); len(words)-k >= 2 {
			return s.names(out, words[k:])
		}
		return out
	}
	// "Phó Tổng Giám | đốc": a role whose last words are lower case ends
	// the name part of the run. The run is cut to its first rn words
	// below; a run that is all role ("Chủ | tịch") is settled here, before
	// its cue is looked for, as nothing in between can name a person.
	rn := len(words)
	for k := range words {
		w := words[k].first
		if words[k].initial {
			continue
		}
		deputy := false
		if l := s.lower(words[k]); l == "phó" || l == "quyền" {
			w++
			deputy = true
		}
		// "Phó Trưởng Khoa Ngoại": after "Phó" a role starts the office,
		// though its words are all capitalized; "Phó" is no family name
		// there.
		if m := s.match(dRoles, w); m > 0 && (deputy || w+m-1 > words[len(words)-1].last) {
			rn = k
			break
		}
	}
	if rn == 0 {
		return out
	}
	if s.deity(words) || s.villageOfHead(words) || s.placeInCountry(words) || len(words) >= 2 && (s.bodyGoesOn(words) || s.highlandPlace(words)) {
		return out
	}
	// "Tổng Lãnh sự Lào tại Vinh Sonexay Vongsavath": after "tại" a
	// Vietnamese word before a foreign name is where the office is.
	if n := len(words); n >= 3 && first > 0 && !words[0].initial {
		if l := s.toks[first-1].Lower; (l == "tại" || l == "ở") && !s.foreign(first) {
			foreignRest := true
			for _, w := range words[1:] {
				foreignRest = foreignRest && !w.initial && s.foreign(w.first)
			}
			if foreignRest {
				return s.names(out, words[1:])
			}
		}
	}
	c := lead
	if !leadKnown {
		// cueBefore, with a shortcut between its parts: leadCue alone
		// says whether a cue announces a person or a role, and without
		// one, some runs of two words name nobody whatever bodyCue says.
		var done bool
		if c, done = s.leadCue(first); !done {
			if rn == 2 && s.pairNamesNobody(words) {
				return out
			}
			c = s.bodyCue(first, c)
		}
	}
	if c.work {
		// No body's head is named inside a work's title.
		return out
	}
	// "học sinh Trường THCS Nguyễn Du": the head word of a body right
	// before the acronym of its kind is no given name, unless a form of
	// address says it is one (an occupation does not).
	if len(words) == 1 && (!c.person || c.occupation) && !words[0].initial && first+1 < len(s.toks) && s.toks[first+1].Kind == scan.Word &&
		s.toks[first+1].Flags&scan.AllUpper != 0 && s.toks[first+1].Flags&scan.SpaceBefore != 0 && s.match(dOrgHeads, first) == 1 {
		return out
	}
	p := 0
	n := len(words)
	// "Đoàn Hà Nội dẫn đầu": a delegation named by its province, unless a
	// cue says "Đoàn" is a family name.
	if n >= 2 && !c.person && !c.role && !words[0].initial && s.toks[first].Lower == "đoàn" && !words[1].initial {
		if m := s.match(dPlaces, words[1].first); m > 0 && words[1].first+m == words[n-1].last+1 {
			return out
		}
	}
	// "Bí thư Huyện ủy Thạch Hà": two words after a district committee
	// name the district; its secretary's full name has three or more.
	if n == 2 && !words[0].initial && !c.person && words[1].last == first+1 && s.districtCommittee(first) {
		return out
	}
	n = rn
	words = words[:n]
	// "đoàn học sinh Việt Nam", "kỹ sư Nhật Bản": after an occupation a
	// place says where the people are from.
	if c.occupation && !words[0].initial {
		if o, done := s.fromPlace(out, words, c); done {
			return o
		}
	}
	// A capitalized word that opens a sentence is capitalized for that
	// reason alone unless it is a family name or an address form.
	if !c.person && s.toks[first].Flags&scan.SentStart != 0 {
		m, v := s.matchValue(dHonorifics, first)
		if m == n && m > 1 && lex.Honorifics.Has(s.toks[first].Lower) {
			// "Anh Hùng cho biết": the honour "Anh hùng" would leave no
			// name; the address "Anh" leaves one.
			m, v = 1, lex.Address
		}
		// "Bà Rịa - Vũng Tàu đón khách": a place that reads as an address
		// and a name, and goes on past the run.
		if m > 0 && m < n && s.match(dPlaces, first) > words[n-1].last-first+1 {
			return out
		}
		if m > 0 && m <= n {
			c = s.cueBefore(first + m)
			c.person = true
			// cueBefore has seen the honorific itself when it stands
			// right before the name.
			if h := honorific(s.text, s.toks, first, first+m, v); v != lex.Cue && v != "" && !slices.Contains(c.honorifics, h) {
				c.honorifics = append(c.honorifics, h)
			}
			p = m
		} else if sm := s.match(dSurnames, first); sm == 0 && !s.foreign(words[0].first) && !words[0].initial && !s.givenPair(words) {
			p = 1
			c.source = s.lower(words[0]) == "theo"
			// "Giải Mai Vàng", "Công viên Lê Văn Tám" at a sentence start.
			if m := s.match(dNonPerson, first); m > 0 && m < n {
				p = s.wordAt(words, first+m)
				c.nonPerson = true
			}
		}
	}
	// "Đường Lê Lợi": a street word that is also a family name, with a
	// name after it.
	// (m < n needs two words: the cheap tests go first.)
	if p == 0 && n >= 2 && !c.person && !words[0].initial {
		if m := s.match(dNonPerson, first); m > 0 && m < n {
			if sm := s.match(dSurnames, words[m].first); sm > 0 && n-m > sm {
				return out
			}
		}
	}
	// "Chủ tịch UBND tỉnh Nguyễn Đức Long": every province and city is
	// in the lexicon, so a family name after "tỉnh" that starts no known
	// place starts the name of the office holder.
	if c.province && p == 0 && !words[0].initial {
		// "TP Hồ Chí Minh" is the one city named after a person.
		if m, run := s.match(dPlaces, first), words[n-1].last-first+1; m == 0 && lex.VietNameAfter(s.text, s.toks, first) == run && s.formerProvince(first) != run {
			if e := s.match(dEponyms, first); e != run {
				c = cue{}
			}
		}
		// "Chủ tịch HĐND tỉnh Y Biêr Niê".
		if hn, _ := lex.HighlandName(s.text, s.toks, first); hn > 0 && hn == words[n-1].last-first+1 {
			c = cue{}
		}
	}
	// "người đồng cấp Campuchia Tea Banh": after the counterpart's
	// country comes a person, whatever his name looks like.
	// "HLV người Australia Mark Torcaso" too: a nationality, then two or
	// three more words.
	counterpart := first >= 2 && s.toks[first-2].Lower == "đồng" && s.toks[first-1].Lower == "cấp"
	national := first >= 1 && s.toks[first-1].Lower == "người"
	if p == 0 && !c.person && (counterpart || national) {
		if m := s.match(dPlaces, first); m > 0 && words[0].first+m <= words[n-1].last && n-s.wordAt(words, first+m) <= 3 &&
			(counterpart || n-s.wordAt(words, first+m) >= 2) {
			p = s.wordAt(words, first+m)
			c = cue{person: true}
			if e, ok := s.name(words[p:], c); ok {
				return append(out, e)
			}
		}
	}
	if c.nonPerson && !c.classifier && n >= 3 && !words[0].initial {
		// "CLB Hà Nội Đỗ Vinh Quang", "Sở Y tế Hà Nội Nguyễn Văn A": the
		// body's place, then the full name of its head.
		if m := s.match(dPlaces, words[0].first); m > 0 && m < n &&
			lex.VietNameAfter(s.text, s.toks, words[0].first+m) == words[n-1].last-words[0].first-m+1 {
			c.classifier = true
		}
	}
	// "Khu tự trị dân tộc Choang Quảng Tây Trần Cương": a long body's
	// name that ends in a place, then the Vietnamese name of its head.
	if c.nonPerson && !c.classifier && n >= 4 && !words[0].initial {
		for k := n - 3; k <= n-2; k++ {
			if w := words[k].first; k >= 2 && !words[k].initial && s.endsAt(dPlaces, w) > 0 &&
				lex.VietNameAfter(s.text, s.toks, w) == words[n-1].last-w+1 {
				if e, ok := s.name(words[k:n], cue{}); ok {
					return append(out, e)
				}
			}
		}
	}
	if c.nonPerson && !c.classifier && n >= 4 && !words[0].initial {
		// "Bệnh viện Bạch Mai Đào Xuân Cơ": a body's two-word name, then
		// the three-word name of its head.
		k := n - 3
		if w := words[k].first; !words[n-1].initial && words[n-1].last-w == 2 && lex.VietNameAfter(s.text, s.toks, w) == 3 &&
			s.endsAt(dPlaces, words[n-1].last+1) == 0 {
			if e, ok := s.name(words[k:n], cue{}); ok {
				return append(out, e)
			}
		}
	}
	// "Đảng ủy xã Ly Seo Chứ": a unit word, then a name with a middle
	// name that no place carries.
	if c.classifier && n == 3 && !words[0].initial && words[2].last == words[0].first+2 && lex.MarkedName(s.text, s.toks, words[0].first) {
		if e, ok := s.name(words, cue{}); ok {
			return append(out, e)
		}
	}
	// "Phó Chủ tịch UBND xã Điêu Chính Tới đề nghị": after an office
	// that opens the sentence, a full name with no marked middle name is
	// its holder too.
	if c.classifier && n == 3 && !words[0].initial && words[2].last == words[0].first+2 &&
		lex.VietNameAfter(s.text, s.toks, words[0].first) == 3 && s.officeOpens(words[0].first-1) && s.lowerAt(words[2].last+1) {
		if m := s.match(dEponyms, words[0].first); m == 0 {
			if e, ok := s.name(words, cue{}); ok {
				return append(out, e)
			}
		}
	}
	// "Chủ tịch Hội đồng thành viên Tập đoàn Trần Ngọc Thuận": a group
	// named by its kind alone after an office, then the holder.
	if c.nonPerson && !c.classifier && n == 3 && !words[0].initial && words[2].last == first+2 &&
		lex.VietNameAfter(s.text, s.toks, first) == 3 && s.groupAfterRole(first) {
		if e, ok := s.name(words, cue{}); ok {
			return append(out, e)
		}
	}
	// "Ủy ban châu Âu Ursula von der Leyen": the cue opens a place that
	// ends inside the run; a name may follow it.
	if c.nonPerson && !c.classifier && n >= 3 && first > 0 && !words[0].initial {
		if m := s.match(dPlaces, first-1); m >= 2 {
			if k := s.wordAt(words, first-1+m); k > 0 && n-k >= 2 {
				p, c = k, cue{}
			}
		}
	}
	if c.nonPerson {
		if !c.classifier || n < 4 {
			return out
		}
		// "thành phố Hà Nội Nguyễn Đức Chung": the place, then the name.
		if m := s.match(dPlaces, words[0].first); m > 0 {
			p = m
		} else {
			p = 2
		}
		c = cue{}
	}
	// A capitalized word that opens a lower-case compound is not part of
	// the name: "anh Nguyễn Duy Thanh | Đại diện gia đình", "Đô đốc |
	// Hải quân".
	if last := words[n-1]; !last.initial && s.opensCompound(last.first) {
		n--
		words = words[:n]
	}
	for p < n {
		// Titles, ranks and forms of address inside the run announce the
		// name after them: "Bá Đô Ông Kiều Sơn", "Phó Đô đốc".
		if m, v := s.matchValue(dHonorifics, words[p].first); m > 0 && v != lex.Cue && words[p].first+m <= words[n-1].last &&
			!(s.toks[words[p].first].Flags&scan.SentStart == 0 &&
				(s.endsAt(dPlaces, words[p].first+m) == m || s.match(dPlaces, words[p].first) > m)) {
			// ("Nữ hoàng Anh Elizabeth II": mid-sentence, "Anh" is England;
			// "về Bà Rịa", "dân Bà Chiểu": a place named after a lady.)
			c = cue{person: true, honorifics: []string{honorific(s.text, s.toks, words[p].first, words[p].first+m, v)}}
			p = s.wordAt(words, words[p].first+m)
			continue
		}
		if m := s.match(dRanks, words[p].first); m > 0 {
			c = cue{person: true}
			p = s.wordAt(words, words[p].first+m)
			continue
		}
		// "ca sĩ Mỹ Linh": right after a form of address even a place name
		// is a name.
		if m := s.match(dPlaces, words[p].first); m > 0 && m <= n-p && !words[p].initial && !(c.person && n-p <= 3) {
			p += m
			// "Thủ tướng Campuchia Hun Sen", "Chủ tịch Thượng viện
			// Campuchia Hun Sen": the role still announces the holder
			// after the country.
			if c.role && p < n && (p == m || lex.CompleteBodyEndsAt(s.text, s.toks, words[p].first) > 0) {
				continue
			}
			c = cue{}
			continue
		}
		// "Phát ngôn viên Điện Kremlin Dmitry Peskov": a known foreign body
		// inside the run, then its head.
		if p > 0 && !words[p].initial {
			if m := s.match(dForeignOrgs, words[p].first); m > 0 && !s.japaneseNotCompany(words[p:n], m) {
				k := s.wordAt(words, words[p].first+m)
				if n-k < 2 {
					return out
				}
				p, c = k, cue{}
				continue
			}
		}
		rest := words[p:]
		if e, ok := s.name(rest, c); ok {
			out = append(out, e)
			return out
		}
		p++
		c = cue{}
	}
	return out
}

// branch reports whether the words, a foreign name among them, name a
// company's branch or club: in Vietnam ("Hanwa Precision Việt Nam"), or,
// after one foreign word that is no family name (sm is the length of the
// one that opens ws), in the place that follows ("Becamex Bình Dương"), or
// the last word opens "Chi nhánh" ("VietinBank Chi | nhánh Hà Nội").
func (s *state) branch(ws []word, sm int) bool {
	n := len(ws)
	if n >= 3 && s.lower(ws[n-2]) == "việt" && s.lower(ws[n-1]) == "nam" {
		return true
	}
	if sm > 0 {
		return false
	}
	if s.lower(ws[n-1]) == "chi" && s.lowerAt(ws[n-1].last+1) && s.toks[ws[n-1].last+1].Lower == "nhánh" {
		return true
	}
	return !ws[0].initial && !ws[1].initial && s.foreign(ws[0].first) && s.match(dPlaces, ws[1].first) == ws[n-1].last-ws[1].first+1
}

// pairNamesNobody reports whether the run, two one-token words
// mid-sentence that no cue announces as a person or a role holder, names
// nobody whatever else stands before it: a place ("Việt Nam", "Hà Tĩnh")
// that opens with no rank, or a pair whose second word opens a lower-case
// compound ("Bộ Công | an"), which leaves its first word alone. (For both,
// every test names makes after bodyCue turns the run away: only a cue
// that says person, or "đồng cấp" before a one-word place, would keep a
// name.)
func (s *state) pairNamesNobody(words []word) bool {
	if len(words) != 2 {
		return false
	}
	a, b := words[0], words[1]
	if a.initial || b.initial || a.last != a.first || b.first != a.first+1 || b.last != b.first ||
		s.toks[a.first].Flags&scan.SentStart != 0 {
		return false
	}
	if s.match(dPlaces, a.first) == 2 && s.match(dRanks, a.first) == 0 {
		return true
	}
	counterpart := a.first >= 2 && s.toks[a.first-2].Lower == "đồng" && s.toks[a.first-1].Lower == "cấp"
	return !counterpart && s.opensCompound(b.first)
}

// japaneseNotCompany says whether a run opened by a company word of m
// tokens that is also an East Asian family name ("Honda", "Suzuki") is
// a person's name: a given name without marks follows, and the run is
// two words or a form of address stands before it ("ông Suzuki Kenta").
func (s *state) japaneseNotCompany(ws []word, m int) bool {
	if m != 1 || len(ws) < 2 || !s.marklessFrom(ws[1:]) || !lex.EastAsian.Has(s.lower(ws[0])) {
		return false
	}
	if len(ws) == 2 {
		return true
	}
	if f := ws[0].first; f > 0 {
		l := s.toks[f-1].Lower
		return l == "ông" || l == "bà"
	}
	return false
}

// marklessFrom reports whether the words are whole words written in
// plain ASCII, no initials among them.
func (s *state) marklessFrom(ws []word) bool {
	for _, w := range ws {
		if w.initial || hasMarks(s.toks[w.first].Lower) {
			return false
		}
	}
	return true
}

// name decides whether the words, which end a capitalized run, are one
// person's name.
func (s *state) name(ws []word, c cue) (pipeline.Entity, bool) {
	n := len(ws)
	sm := s.match(dSurnames, ws[0].first)
	if sm > n {
		sm = 0
	}
	// "Văn Thị Kim Nhung": a family name the lexicon lacks, before the
	// middle name "Thị" (NameAt knows the shape).
	if sm == 0 && n >= 3 && !ws[0].initial && ws[0].last == ws[0].first && s.toks[ws[0].first+1].Lower == "thị" &&
		lex.NameAt(s.text, s.toks, ws[0].first) == ws[n-1].last-ws[0].first+1 {
		sm = 1
	}
	foreign := false
	initials := 0
	for k, w := range ws {
		// A listed family name spelt in plain Latin ("Ksor Phước Hà") is
		// no foreign word.
		if w.initial {
			initials++
		} else if k >= sm && (s.foreign(w.first) || lex.Roman(s.toks[w.first].Text(s.text))) {
			foreign = true
		}
	}
	info := pipeline.PersonInfo{Honorifics: c.honorifics}
	lineage := 0
	if hn, l := lex.HighlandName(s.text, s.toks, ws[0].first); hn > 0 && ws[0].first+hn-1 == ws[n-1].last && initials == 0 {
		lineage = l
	}
	switch {
	case lineage > 0:
		// "Y Thanh Hà Niê Kđăm": an Ê Đê name, its lineage last.
	case n == 2 && initials == 0 && s.regnalBefore(ws[0].first) && lex.Roman(s.toks[ws[1].first].Text(s.text)):
		// "Giáo hoàng Leo XIV", "Vua Charles III".
		info.Foreign = true
	case initials > 0 && !foreign:
		if sm == 0 && !c.person {
			return pipeline.Entity{}, false
		}
	case foreign:
		// "Sông Euphrates", "Tây Syria": a Vietnamese word is no part of a
		// foreign name, unless it is a family name ("Dustin Nguyễn").
		// ("ca sĩ Hòa Minzy": a stage name after an occupation may mix
		// them.)
		if first := s.lower(ws[0]); !s.foreign(ws[0].first) && sm == 0 && hasMarks(first) && !(c.occupation && n == 2) {
			return pipeline.Entity{}, false
		}
		// After a head of state or minister a lone foreign family name
		// is a person too ("Tổng thống Putin").
		if n > 4 || n == 1 && !c.person && !(c.role && lex.Statesman(s.text, s.toks, c.roleEnd)) || c.source || lex.OrgSuffixes.Has(s.lower(ws[n-1])) {
			return pipeline.Entity{}, false
		}
		// "Deloitte Việt Nam", "Becamex Bình Dương", "VietinBank Chi nhánh".
		if n >= 2 && s.branch(ws, sm) {
			return pipeline.Entity{}, false
		}
		info.Foreign = true
	case sm > 0 && n > sm && n <= sm+s.maxGiven:
		// "Hoàng Anh Gia Lai" is a football club: a name does not end in a
		// province.
		if n >= 4 && s.endsAt(dPlaces, ws[n-1].last+1) >= 2 && !c.person {
			return pipeline.Entity{}, false
		}
	case c.person && n <= 3:
		// "anh Sinh", "Trung tá Máy", "nghệ sĩ Xuân Bắc".
	case sm == 0 && n >= 3 && n <= 5 && initials == 0 && !c.nonPerson && s.lower(ws[0]) == "thích":
		// "Thích Nhất Hạnh", "Ni sư Thích Nữ Như Hoa": a Buddhist name,
		// which a nun's "Thích Nữ" makes four words long.
	case c.role && initials == 0 && lex.MarklessHolder(s.text, s.toks, c.roleEnd, ws[0].first) == n:
		// "Thủ tướng Hun Sen", "Phó Chủ tịch Thượng viện Tea Banh": a
		// Khmer or Lao name whose syllables read as Vietnamese ones,
		// written without marks, after a head of state or minister.
		info.Foreign = true
	case sm == 0 && !c.nonPerson && !c.source && (s.givenPair(ws) || s.middlePair(ws)):
		// "Quang Hải đi bóng": a name without its family name.
	case sm == 0 && n == 3 && initials == 0 && !c.nonPerson && !c.source && s.eastAsianName(ws):
		// ", Tan See Leng": a Singaporean or Malaysian Chinese name whose
		// syllables read as Vietnamese ones but carry no marks, which no
		// Vietnamese name in the text lacks.
		info.Foreign = true
	default:
		return pipeline.Entity{}, false
	}
	start := s.toks[ws[0].first].Start
	end := s.toks[ws[n-1].last].End
	parts := s.parts[:0]
	for _, w := range ws {
		parts = append(parts, s.text[s.toks[w.first].Start:s.toks[w.last].End])
	}
	s.parts = parts
	switch {
	case lineage > 0:
		info.Family = strings.Join(parts[n-lineage:], " ")
		info.Given = parts[n-lineage-1]
		info.Middle = strings.Join(parts[:n-lineage-1], " ")
	case info.Foreign && sm > 0 && n > sm && hasMarks(s.lower(ws[0])):
		// "Nguyễn Filip": a Vietnamese family name comes first, though
		// the given name is foreign ("Dustin Nguyễn" puts it last).
		info.Family, info.Middle, info.Given = lex.SplitNameN(parts, sm)
	case info.Foreign:
		info.Family, info.Middle, info.Given = lex.SplitForeign(parts)
		info.Partial = n == 1
	case sm == 0 && n >= 2 && s.lower(ws[0]) == "thích":
		// "Thích Minh Đạo": a monk's or nun's Buddhist name opens with
		// "Thích", which stands as the family name.
		info.Family, info.Middle, info.Given = lex.SplitNameN(parts, 1)
	case sm == 0 && n >= 2 && initials == 0 && s.marklessFrom(ws) && lex.EastAsian.Has(s.lower(ws[0])):
		// "Lee Min": a Korean or Chinese family name first, though no
		// foreign word says the name is foreign.
		info.Family, info.Middle, info.Given = lex.SplitNameN(parts, 1)
	case sm == 0 || n == 1:
		// A given name alone, or a name without a known family name.
		info.Given = parts[n-1]
		info.Middle = strings.Join(parts[:n-1], " ")
		info.Partial = true
	default:
		info.Family, info.Middle, info.Given = lex.SplitNameN(parts, sm)
		// "Chủ tịch Trung Quốc Tập Cận Bình": a Chinese name read in
		// Sino-Vietnamese.
		if k := s.endsAt(dPlaces, ws[0].first); k > 0 {
			var buf [64]byte
			info.Foreign = sinoPlaces[string(scan.AppendLower(buf[:0], spanText(s.text, s.toks, ws[0].first-k, ws[0].first)))]
		}
	}
	// Only an accepted name takes a slot of the slab.
	kept := s.keep(info)
	return pipeline.Entity{
		Kind:   pipeline.KindPerson,
		Span:   pipeline.Span{Start: start, End: end},
		Text:   s.text[start:end],
		Value:  strings.ReplaceAll(s.text[start:end], "_", " "),
		Source: Name,
		Person: kept,
	}, true
}

// keep returns a copy of info in the slab: one allocation for several
// names. A full slab is left to the entities that point into it, never
// grown in place; the next is twice as large, up to maxInfos.
func (s *state) keep(info pipeline.PersonInfo) *pipeline.PersonInfo {
	if len(s.infos) == cap(s.infos) {
		s.infos = make([]pipeline.PersonInfo, 0, min(2*cap(s.infos)+4, maxInfos))
	}
	s.infos = append(s.infos, info)
	return &s.infos[len(s.infos)-1]
}

// maxInfos bounds a slab: one name still referred to keeps all of its
// slab alive.
const maxInfos = 64

// eastAsianName reports whether the words are single plain-ASCII words,
// the first a Chinese, Korean or Khmer family name, none of them a
// company's suffix: "Tan See Leng", "Chan Chun Sing".
func (s *state) eastAsianName(ws []word) bool {
	for _, w := range ws {
		if w.first != w.last || s.toks[w.first].Lower == "" || !plainASCII(s.toks[w.first].Lower) {
			return false
		}
	}
	return lex.EastAsian.Has(s.lower(ws[0])) && !lex.OrgSuffixes.Has(s.lower(ws[len(ws)-1]))
}

// plainASCII reports whether w is written in ASCII letters alone.
func plainASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// givenPair reports whether the words are two capitalized syllables that
// both belong to given names and are not a place: "Quang Hải", "Công
// Phượng".
func (s *state) givenPair(ws []word) bool {
	if len(ws) != 2 || ws[0].initial || ws[1].initial {
		return false
	}
	a, b := ws[0].first, ws[1].first
	// Mid-sentence, capitalized pairs of such syllables are as often
	// places and bodies ("Bộ Công Thương", "Đông Dương"): only a pair that
	// opens a sentence and a clause ("Quang Hải đi bóng") is taken.
	if s.toks[a].Flags&scan.SentStart == 0 || b+1 >= len(s.toks) || s.toks[b+1].Kind != scan.Word || s.toks[b+1].Flags&scan.Upper != 0 {
		return false
	}
	if !lex.GivenNames.Has(s.toks[a].Lower) || !lex.GivenNames.Has(s.toks[b].Lower) {
		return false
	}
	if m := s.match(dPlaces, a); m > 0 {
		return false
	}
	return !s.opensCompound(b)
}

// middlePair reports whether the words are "Văn" or "Thị", which only
// middle names are, and a given name, mid-sentence too: "Phút 70, Văn
// Thanh rời sân". A place or a capitalized word that opens a compound is
// none.
func (s *state) middlePair(ws []word) bool {
	if len(ws) != 2 || ws[0].initial || ws[1].initial {
		return false
	}
	a, b := ws[0].first, ws[1].first
	if l := s.toks[a].Lower; l != "văn" && l != "thị" || b != a+1 {
		return false
	}
	if b+1 < len(s.toks) && s.toks[b+1].Kind == scan.Word && s.toks[b+1].Flags&scan.Upper != 0 {
		return false
	}
	if !lex.GivenNames.Has(s.toks[b].Lower) {
		return false
	}
	if m := s.match(dPlaces, a); m > 0 {
		return false
	}
	return !s.opensCompound(b)
}

// creditWord reports whether a token with lower-case form l opens a
// credit.
func creditWord(l string) bool {
	return l == "ảnh" || l == "nguồn" || l == "clip" || l == "video"
}

// markCredit marks the tokens of the photo or source credit that the
// credit word at toks[i] opens, if it opens one: "(Ảnh: Thống
// Nhất/TTXVN)", "- Ảnh: LÊ TRUNG", "Ảnh: báo Dân trí". A credit without
// brackets ends at the first lower-case word, rank or role, because news
// sites often run the next sentence on without a full stop.
func (s *state) markCredit(i int) {
	toks := s.toks
	if s.credit == nil {
		s.zone = slices.Grow(s.zone[:0], len(toks))[:len(toks)]
		clear(s.zone)
		s.credit = s.zone
	}
	zone := s.credit
	paren := i > 0 && toks[i-1].Lower == "("
	j := i + 1
	if j+1 < len(toks) && toks[j].Lower == "minh" && toks[j+1].Lower == "họa" {
		j += 2
	}
	if j < len(toks) && toks[j].Lower == ":" {
		j++
	} else if !paren {
		return
	}
	for n := 0; j < len(toks); j, n = j+1, n+1 {
		t := toks[j]
		if t.Flags&scan.NewlineBefore != 0 || t.Lower == ")" {
			break
		}
		if !paren {
			if n >= 8 {
				break
			}
			if t.Kind == scan.Word && t.Flags&scan.Upper == 0 && !(n == 0 && (t.Lower == "báo" || t.Lower == "theo")) {
				break
			}
			if t.Kind == scan.Punct && !strings.Contains("/-+&.", t.Lower) {
				break
			}
			if m := s.match(dRanks, j); m > 0 {
				break
			}
			if m := s.match(dRoles, j); m > 0 {
				break
			}
		}
		zone[j] = true
	}
}

// wordAt returns the index of the first word that starts at or after token
// t (len(words) when none does).
func (s *state) wordAt(words []word, t int) int {
	for i, w := range words {
		if w.first >= t {
			return i
		}
	}
	return len(words)
}

// opensCompound reports whether the capitalized word at toks[i] and the
// lower-case word after it form a known phrase: a rank, role, organization
// word or cue ("Đại diện", "Hải quân", "Thượng tướng").
func (s *state) opensCompound(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i+1].Kind != scan.Word || s.toks[i+1].Flags&scan.Upper != 0 {
		return false
	}
	// Most often true first, on real articles; Roles last, as names has
	// already cut a run before a role that goes on in lower case.
	if s.info(i)&compoundHeads == 0 {
		return false
	}
	for _, d := range [...]int{dOrgHeads, dOrgWords, dRanks, dCompounds, dNonPerson, dHonorifics, dRoles} {
		if n := s.match(d, i); n >= 2 {
			return true
		}
	}
	return false
}

// compoundHeads are the head bits of the lexicons opensCompound asks.
var compoundHeads = headBit(dOrgHeads) | headBit(dOrgWords) | headBit(dRanks) | headBit(dCompounds) |
	headBit(dNonPerson) | headBit(dHonorifics) | headBit(dRoles)

// hasMarks reports whether w has a letter outside ASCII: a Vietnamese
// word, not an English one that happens to spell a syllable ("Moon").
func hasMarks(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return false
}

// honorific writes a form of address in lower case ("Ông" at a sentence
// start is "ông"); degrees and honours keep their letters ("GS.TS").
func honorific(text string, toks []scan.Token, i, j int, kind string) string {
	h := spanText(text, toks, i, j)
	if kind == lex.Address {
		return scan.ToLower(h)
	}
	return h
}

// sinoPlaces are the places whose people Vietnamese news names in
// Sino-Vietnamese reading.
var sinoPlaces = map[string]bool{"trung quốc": true, "đài loan": true, "hồng kông": true, "hong kong": true,
	"ma cao": true, "bắc kinh": true, "thượng hải": true, "hàn quốc": true, "triều tiên": true}
