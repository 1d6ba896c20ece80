package person

import (
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/internal/swar"
)

// The lexicons the extractor matches at token positions. A capitalized
// run is asked about a dozen of them, word by word, and the same word
// again by cueBefore, name and opensCompound: one look-up in vocab per
// token (see state.info) tells which of them a key can open or end
// there, and the others are not asked at all.
const (
	dSurnames = iota
	dRanks
	dRoles
	dOrgHeads
	dHonorifics
	dPlaces
	dNonPerson
	dCompounds
	dOrgSuffixes
	dOrgWords
	dNonName
	dForeignOrgs
	dEponyms
	numDicts
)

var dicts = [numDicts]*lex.Dict{
	dSurnames: lex.Surnames, dRanks: lex.Ranks, dRoles: lex.Roles, dOrgHeads: lex.OrgHeads,
	dHonorifics: lex.Honorifics, dPlaces: lex.Places, dNonPerson: lex.NonPerson, dCompounds: lex.Compounds,
	dOrgSuffixes: lex.OrgSuffixes, dOrgWords: lex.OrgWords, dNonName: lex.NonName, dForeignOrgs: lex.ForeignOrgs,
	dEponyms: lex.Eponyms,
}

// prop holds the cached per-token results of state: the flags below,
// then four bits for each lexicon d in dicts (see headBit) and an end bit
// for each lexicon in endsListed.
type prop uint64

const (
	foreignKnown prop = 1 << iota // foreign is set
	foreign                       // lex.Foreign(Lower)
	infoKnown                     // the vocab bits are set
	leadWord                      // one of leadWords (a vocab bit)
	dictShift    = 8
	endShift     = dictShift + 4*numDicts
)

// The bits of lexicon d for a word w: headBit, a key opens with w (w is
// in Heads); aloneBit, w alone is a key; moreBit, a longer key opens with
// w; secondBit, w is the second word of some key.
func headBit(d int) prop   { return 1 << (dictShift + 4*d) }
func aloneBit(d int) prop  { return 2 << (dictShift + 4*d) }
func moreBit(d int) prop   { return 4 << (dictShift + 4*d) }
func secondBit(d int) prop { return 8 << (dictShift + 4*d) }

// endsListed are the lexicons whose ends vocab knows exactly, with their
// end bits: every key is one of their Entries. (Ranks also holds variants
// that no entry lists: "Thượng tá QNCN".)
var endsListed = [numDicts]prop{dRoles: 1 << endShift, dHonorifics: 2 << endShift, dPlaces: 4 << endShift, dNonPerson: 8 << endShift}

// vocab maps the lower-case form of every word that opens, ends or comes
// second in a key of the lexicons in dicts to its bits. It also carries
// lex.Foreign of these words and of the given names, family names and
// stop words, as foreignKnown and foreign: the words of names and the cue
// words around them are most of the words asked.
var vocab = newVocabTable(vocabWords())

func vocabWords() map[string]prop {
	m := make(map[string]prop)
	for d, dict := range dicts {
		dict.Heads(func(first string, alone bool, seconds []string) {
			m[first] |= headBit(d)
			if alone {
				m[first] |= aloneBit(d)
			}
			if len(seconds) > 0 {
				m[first] |= moreBit(d)
			}
			for _, w := range seconds {
				m[w] |= secondBit(d)
			}
		})
		if endsListed[d] == 0 {
			continue
		}
		for _, e := range dict.Entries() {
			// As Dict.add reads a key: its tokens' lower-case forms, in
			// each tone placement.
			toks := scan.Tokens(e.Key, nil)
			if len(toks) == 0 {
				continue
			}
			last := toks[len(toks)-1].Lower
			m[last] |= endsListed[d]
			if hasMarks(last) { // every other tone placement has marks
				for _, sp := range lex.Spellings(last) {
					m[sp] |= endsListed[d]
				}
			}
		}
	}
	for _, l := range leadWords {
		m[l] |= leadWord
	}
	// The single words of these lexicons are most of the words of
	// names; with the words above, their lex.Foreign is known up front.
	for _, dict := range []*lex.Dict{lex.GivenNames, lex.EastAsian, lex.Stop, lex.Lineages} {
		dict.Heads(func(first string, _ bool, _ []string) {
			if _, ok := m[first]; !ok {
				m[first] = 0
			}
		})
	}
	for w, p := range m {
		p |= foreignKnown
		if lex.Foreign(w) {
			p |= foreign
		}
		m[w] = p
	}
	return m
}

// leadWords are the words right before toks[i] that let leadCue(i) say
// more than nothing, beside the last words of ranks, honorifics and
// roles: a degree's dot, the words praiseEndsAt knows, the bodies of
// lex.MayEndBody, the last words of lex.PortfolioEndsAt, and the words
// of its closing switch.
var leadWords = []string{".", "trẻ", "tiếng", "danh", "cội", "cựu", "năng", "thành", "luyện", "nhà", "lực", "đám",
	"hội", "viện", "phủ", "giao", "phòng", "chính", "mại", "vụ", ",", "và", "\"", "”", "“"}

// leadEnds are the bits of a word right before toks[i] that leadCue(i)
// needs, a rank's last word aside.
var leadEnds = leadWord | endsListed[dHonorifics] | endsListed[dRoles]

// vocabTable is vocab as an open-addressing hash table: a word is looked
// up once per token asked, for a few thousand words, and a table this
// sparse answers a miss in a probe or two, more cheaply than a map.
type vocabTable struct {
	slots []vocabSlot // a power of two of them; key "" is a free slot
	empty prop        // the bits of "", which has no slot
}

// vocabSlot holds a word and its vocabKey: a word of at most eight bytes
// is found by its key and length alone, with no string compare.
type vocabSlot struct {
	x   uint64
	p   prop
	key string
}

func newVocabTable(m map[string]prop) *vocabTable {
	n := 64
	for n < 4*len(m) {
		n *= 2
	}
	t := &vocabTable{slots: make([]vocabSlot, n), empty: m[""]}
	for w, p := range m {
		if w == "" {
			continue
		}
		x := vocabKey(w)
		i := vocabHash(x, len(w)) & uint32(n-1)
		for t.slots[i].key != "" {
			i = (i + 1) & uint32(n-1)
		}
		t.slots[i] = vocabSlot{x, p, w}
	}
	return t
}

// vocabKey packs the bytes of a non-empty word into a word: the first
// four and the last four (all of them, overlapping, for four to eight),
// or the first, middle and last of a shorter word (again all of them).
// Two words of the same length up to eight bytes have the same key only
// if they are equal.
func vocabKey(w string) uint64 {
	if n := len(w); n >= 4 {
		return uint64(swar.Load32(w, 0)) | uint64(swar.Load32(w, n-4))<<32
	}
	return uint64(w[0]) | uint64(w[len(w)/2])<<8 | uint64(w[len(w)-1])<<16
}

// vocabHash mixes a key and its word's length (Fibonacci hashing: the
// high half of the product).
func vocabHash(x uint64, n int) uint32 {
	return uint32((x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15 >> 32)
}

// get returns the bits of w, 0 for a word of no lexicon.
func (t *vocabTable) get(w string) prop {
	n := len(w)
	if n > 8 {
		return t.getLong(w)
	}
	if n == 0 {
		return t.empty
	}
	// vocabKey(w), written out: the call costs more than the key.
	var x uint64
	if n >= 4 {
		x = uint64(swar.Load32(w, 0)) | uint64(swar.Load32(w, n-4))<<32
	} else {
		x = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	// A word of at most eight bytes needs no string compare: with no
	// call in the loop, nothing is spilled around it.
	slots := t.slots
	mask := uint32(len(slots) - 1)
	for i := vocabHash(x, n) & mask; ; i = (i + 1) & mask {
		sl := &slots[i]
		if sl.x == x && len(sl.key) == n {
			return sl.p
		}
		if sl.key == "" {
			return 0
		}
	}
}

// getLong is get for a word of more than eight bytes, whose key holds
// only some of its bytes: a rare case, kept out of get's loop.
//
//go:noinline
func (t *vocabTable) getLong(w string) prop {
	x := vocabKey(w)
	mask := uint32(len(t.slots) - 1)
	for i := vocabHash(x, len(w)) & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.x == x && sl.key == w {
			return sl.p
		}
		if sl.key == "" {
			return 0
		}
	}
}

// info returns the props of toks[i] with the vocab bits set. (Small
// enough to be inlined: the look-up is the rare case.)
func (s *state) info(i int) prop {
	if p := s.props[i]; p&infoKnown != 0 {
		return p
	}
	return s.lookup(i)
}

// lookup is kept out of info, which is then small enough to be inlined
// at each of its many call sites.
//
//go:noinline
func (s *state) lookup(i int) prop {
	p := s.props[i] | infoKnown | vocab.get(s.toks[i].Lower)
	s.props[i] = p
	return p
}

// match is dicts[d].Match(s.text, s.toks, i) without its value. Most
// answers come from the bits of toks[i] and toks[i+1]: the lexicon is
// walked only when a key of two or more words may start there.
func (s *state) match(d, i int) int {
	if i >= len(s.toks) {
		return 0
	}
	p := s.info(i)
	if p&headBit(d) == 0 {
		return 0
	}
	if p&moreBit(d) != 0 {
		if j := i + 1; j < len(s.toks) && s.toks[j].Flags&scan.NewlineBefore == 0 && s.info(j)&secondBit(d) != 0 {
			n, _ := dicts[d].Match(s.text, s.toks, i)
			return n
		}
	}
	if p&aloneBit(d) != 0 {
		return 1
	}
	return 0
}

// matchValue is dicts[d].Match(s.text, s.toks, i), not asked when no key
// opens at toks[i].
func (s *state) matchValue(d, i int) (int, string) {
	if i >= len(s.toks) || s.info(i)&headBit(d) == 0 {
		return 0, ""
	}
	return dicts[d].Match(s.text, s.toks, i)
}

// endsAt is dicts[d].EndsAt(s.text, s.toks, j): the longest key of at
// most four words that ends right before toks[j]. The lexicon is walked
// only from the words the bits do not settle.
func (s *state) endsAt(d, j int) int {
	if j <= 0 || j > len(s.toks) {
		return 0
	}
	e := endsListed[d]
	if e == 0 {
		// Ranks: its own filter of last words is cheaper than the bits
		// of the words before.
		return dicts[d].EndsAt(s.text, s.toks, j)
	}
	last := s.info(j - 1)
	if last&e == 0 {
		return 0
	}
	best := 0
	if last&aloneBit(d) != 0 {
		best = 1
	}
	// A key of n >= 2 words opens at j-n with a word of more keys, and its
	// second word, at j-n+1, is a second word.
	for n := 2; n <= 4 && j-n >= 0; n++ {
		if s.info(j-n+1)&secondBit(d) == 0 || s.info(j-n)&moreBit(d) == 0 {
			continue
		}
		if m, _ := dicts[d].Match(s.text, s.toks[:j], j-n); m == n {
			best = n
		}
	}
	return best
}

// formerProvince is the length of the former province named at toks[i]
// whose name is also a given name ("Minh Hải"), asked only after "tỉnh":
// anywhere else such a run is a person's.
func (s *state) formerProvince(i int) int {
	n, _ := lex.Provinces.Match(s.text, s.toks, i)
	return n
}
