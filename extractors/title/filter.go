package title

import "github.com/vnextract/vnextract/extractors/internal/lex"

// wordSet is a Bloom-like set of words, or of pairs of words, with one bit
// per hash of a word's length and its first, middle and last bytes: has
// never turns away a member, and turns away most other words without a
// map look-up (there are a few hundred members in 8192 bits).
type wordSet [1 << wordSetLog / 64]uint64

const wordSetLog = 13 // 8192 bits

// wordKey packs what wordSet hashes of the word w, which is not empty.
func wordKey(w string) uint32 {
	n := len(w)
	return uint32(n)&0xFF | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
}

// pairKey is wordKey for the pair of words a, b.
func pairKey(a, b string) uint32 { return wordKey(a) ^ wordKey(b)*0x85EBCA77 }

func (s *wordSet) add(k uint32) { h := k * 0x9E3779B1 >> (32 - wordSetLog); s[h/64] |= 1 << (h % 64) }

func (s *wordSet) has(k uint32) bool {
	h := k * 0x9E3779B1 >> (32 - wordSetLog)
	return s[h/64]&(1<<(h%64)) != 0
}

// The sets of mayStart: a title starts with a word of beforeRole or with
// a role, and a role is one word or more. startWords holds the first
// words of the roles and the words of beforeRole, aloneWords the words
// that may start a title on their own, rolePairs the first two words of
// the longer roles; each in every spelling lex.Roles matches ("ủy viên",
// "uỷ viên").
var startWords, aloneWords, rolePairs = func() (start, alone, pairs wordSet) {
	for _, w := range beforeRole {
		start.add(wordKey(w))
		alone.add(wordKey(w))
	}
	lex.Roles.Heads(func(w string, whole bool, seconds []string) {
		start.add(wordKey(w))
		if whole {
			alone.add(wordKey(w))
		}
		for _, w2 := range seconds {
			pairs.add(pairKey(w, w2))
		}
	})
	return start, alone, pairs
}()

// loopWords holds every word Extract's loop looks at further: the words
// that may start a title (exactly those of startWords, without its false
// positives) and "ban", which may open a list of members. Its test costs
// less than startWords', and turns away most words first.
var loopWords = func() (f lex.WordFilter) {
	f.Add("ban")
	for _, w := range beforeRole {
		f.Add(w)
	}
	lex.Roles.Heads(func(w string, _ bool, _ []string) { f.Add(w) })
	return f
}()

// mayStartWord reports whether a title may start with the word w, of a
// token's Lower form (never empty): false is certain.
func mayStartWord(w string) bool { return startWords.has(wordKey(w)) }
