package title

import (
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// shape packs a word's first and last bytes and its length: most words
// of a text share no shape with a word Extract's loop looks at further.
// w is not empty.
func shape(w string) uint32 {
	n := len(w)
	return uint32(w[0]) | uint32(w[n-1])<<8 | uint32(n)<<16
}

// headInfo says what Extract's loop may do with a word.
type headInfo uint8

const (
	hBefore headInfo = 1 << iota // maybe one of beforeRole
	hRole                        // maybe the first word of a role
	hAlone                       // maybe a role on its own
	hBan                         // maybe "ban", "hđqt" or "hội", which may open a list of members
)

const headLog = 12 // 4096 slots for about 90 words

func headSlot(w string) uint32 { return shape(w) * 0x9E3779B1 >> (32 - headLog) }

// heads holds, for each slot of a word's shape, the flags of the words of
// that shape that Extract's loop looks at further: the words of
// beforeRole, the first words of the roles, in every spelling lex.Roles
// matches ("ủy viên", "uỷ viên"), and "ban". One load tells the loop all
// it may do with a word; a flag that is not set is certain, one that is
// set needs checking. The same words go to lex.Titles, whose hits are the
// only tokens the loop looks at.
var heads = func() (t [1 << headLog]headInfo) {
	set := func(w string, f headInfo) {
		t[headSlot(w)] |= f
		lex.Titles.Add(w)
	}
	for _, w := range [...]string{"ban", "hđqt", "hội"} {
		set(w, hBan)
	}
	for _, w := range beforeRole {
		set(w, hBefore)
	}
	lex.Roles.Heads(func(w string, alone bool, _ []string) {
		set(w, hRole)
		if alone {
			set(w, hAlone)
		}
	})
	return t
}()

// headOf returns the flags of the word w in heads (0: no title starts at
// w, and no list of members); w is not empty.
func headOf(w string) headInfo { return heads[headSlot(w)] }

// pairSet is a Bloom-like set of pairs of words, with one bit per hash of
// their shapes: has never turns away a member, and turns away most other
// pairs (there are a few hundred members in 8192 bits).
type pairSet [1 << pairSetLog / 64]uint64

const pairSetLog = 13 // 8192 bits

// pairKey is what pairSet hashes of the words a and b, neither empty.
func pairKey(a, b string) uint32 {
	return (shape(a) ^ shape(b)*0x85EBCA77) * 0x9E3779B1 >> (32 - pairSetLog)
}

func (s *pairSet) add(k uint32) { s[k/64] |= 1 << (k % 64) }

func (s *pairSet) has(k uint32) bool { return s[k/64]&(1<<(k%64)) != 0 }

// rolePairs holds the first two words of the roles of two words or more,
// in every spelling lex.Roles matches.
var rolePairs = func() (pairs pairSet) {
	lex.Roles.Heads(func(w string, _ bool, seconds []string) {
		for _, w2 := range seconds {
			pairs.add(pairKey(w, w2))
		}
	})
	return pairs
}()

// nextHead returns the index of the first word of toks[i:] that Extract's loop
// must look at further, and the flags for mayStart: one of beforeRole, a
// word that may open a role (mayBeRole), or a capitalized "ban", "hđqt"
// or "hội"; len(toks) when there is none. Only the tokens of hits (the
// document's lex.Titles hits, every one of those words among them) can
// be one: h is where in hits to start looking, and nextHead returns where
// the next call starts, the hit of the word it returns. Its loop calls
// nothing, so that it keeps its state in registers over the hits it
// skips.
func nextHead(toks []scan.Token, hits []int, h, i int) (int, int, headInfo) {
	// Extract's loop moves on past the word returned: to the next token,
	// or past the title read.
	for h > 0 && hits[h-1] >= i {
		h--
	}
	for h < len(hits) && hits[h] < i {
		h++
	}
	for ; h < len(hits); h++ {
		i := hits[h]
		if uint(i) >= uint(len(toks)) {
			break
		}
		t := &toks[i]
		if t.Kind != scan.Word || t.Lower == "" {
			continue
		}
		info := headOf(t.Lower)
		if info == 0 {
			continue
		}
		// mayBeRole, done here once: hAlone then says yes to it, and no
		// hRole no.
		if info&hRole != 0 {
			if info&hAlone != 0 || i+1 < len(toks) && toks[i+1].Flags&scan.NewlineBefore == 0 &&
				toks[i+1].Lower != "" && rolePairs.has(pairKey(t.Lower, toks[i+1].Lower)) {
				return i, h, info | hAlone
			}
			info &^= hRole
		}
		if info&hBefore != 0 && isBeforeRole(t.Lower) && (!opensTitle(t.Lower) || mayOpenRole(toks, i+1)) {
			return i, h, info
		}
		if info&hBan != 0 && t.Flags&scan.Upper != 0 && (t.Lower == "ban" || t.Lower == "hđqt" || t.Lower == "hội") {
			return i, h, info
		}
	}
	return len(toks), len(hits), 0
}

// opensTitle reports whether w is one of the words of beforeRole that
// title reads before the role ("nguyên", "cựu", "các", "tân"): the role
// must start right after it ("các đồng chí" starts with "đồng", which
// may open one too), or title finds none.
func opensTitle(w string) bool {
	switch w {
	case "nguyên", "cựu", "các", "tân":
		return true
	}
	return false
}

// mayOpenRole reports whether roleAt(j) may find a role: the word at
// toks[j] may open one (matchRole asks mayBeRole) or is a prefix roleAt
// reads ("phó", "quyền", "đồng", all of beforeRole). False is certain.
func mayOpenRole(toks []scan.Token, j int) bool {
	if uint(j) >= uint(len(toks)) || toks[j].Lower == "" {
		return false
	}
	return headOf(toks[j].Lower)&(hRole|hBefore) != 0
}

// wordSet is a Bloom-like set of words, with one bit per hash of their
// shapes: may never turns away a member, and turns away most other words.
type wordSet [1 << headLog / 64]uint64

func (s *wordSet) add(w string) { k := headSlot(w); s[k/64] |= 1 << (k % 64) }

// may reports whether w, which is not empty, may be in s.
func (s *wordSet) may(w string) bool { k := headSlot(w); return s[k/64]&(1<<(k%64)) != 0 }

// stopHeads holds the first words of the ranks and honorifics, in every
// spelling lex.Ranks and lex.Honorifics match: stopsOrg asks both of the
// capitals inside a name, which hardly ever open one.
var stopHeads = func() (s wordSet) {
	for _, d := range []*lex.Dict{lex.Ranks, lex.Honorifics} {
		d.Heads(func(w string, _ bool, _ []string) { s.add(w) })
	}
	return s
}()

// abbrevHeads holds the first words of the abbreviations, in the exact
// case lex.Abbrevs matches.
var abbrevHeads = func() (s wordSet) {
	lex.Abbrevs.Heads(func(w string, _ bool, _ []string) { s.add(w) })
	return s
}()
