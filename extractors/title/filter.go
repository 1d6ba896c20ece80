package title

import "github.com/vnextract/vnextract/extractors/internal/lex"

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
// set needs checking.
var heads = func() (t [1 << headLog]headInfo) {
	for _, w := range [...]string{"ban", "hđqt", "hội"} {
		t[headSlot(w)] |= hBan
	}
	for _, w := range beforeRole {
		t[headSlot(w)] |= hBefore
	}
	lex.Roles.Heads(func(w string, alone bool, _ []string) {
		t[headSlot(w)] |= hRole
		if alone {
			t[headSlot(w)] |= hAlone
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
