package scan

// The vocabulary numbers the lower-case words of the lexicons (package lex
// interns them as it loads), so that every token carries the number of its
// word (Token.Vocab) and lexicon look-ups index by a small integer instead
// of hashing and comparing strings: string-keyed trie look-ups were a
// tenth of a run's CPU. A token whose word no lexicon holds gets 0.
//
// The words live in an open-addressing table with a hash of a few bytes:
// every token of every document is looked up, and a Go map cost 40 ns a
// look-up there, a tenth of the tokenizer's time and more than the tries
// saved.
var vocab = vocabTable{slots: make([]vocabSlot, 1<<11)}

type vocabTable struct {
	slots []vocabSlot // a power of two, at most half full
	n     int
}

type vocabSlot struct {
	word string
	id   uint32
}

// vocabHash mixes the length and the first two and last two bytes: the
// syllables of Vietnamese differ there, and nothing else is read.
func vocabHash(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	h ^= (uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(w[(n-1)/3])<<24) * 0x85EBCA77
	return h ^ h>>15
}

// lookup returns w's number, 0 when w has none.
func (v *vocabTable) lookup(w string) uint32 {
	if w == "" {
		return 0
	}
	mask := uint32(len(v.slots) - 1)
	for i := vocabHash(w) & mask; ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.word == w {
			return s.id
		}
	}
}

func (v *vocabTable) insert(w string, id uint32) {
	mask := uint32(len(v.slots) - 1)
	i := vocabHash(w) & mask
	for v.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = vocabSlot{w, id}
}

// Intern returns the vocabulary number of the lower-case word w (> 0),
// giving it one if it has none. It must be called only during package
// initialization, as lex's lexicons do, before any concurrent Tokens call:
// the vocabulary is read without locks.
func Intern(w string) uint32 {
	if w == "" {
		panic("scan: Intern of an empty word")
	}
	if id := vocab.lookup(w); id != 0 {
		return id
	}
	return vocab.add(w)
}

// add gives w, which the table does not hold, the next number; the table
// doubles when it would be more than half full.
func (v *vocabTable) add(w string) uint32 {
	if 2*(v.n+1) > len(v.slots) {
		old := v.slots
		v.slots = make([]vocabSlot, 2*len(old))
		for _, s := range old {
			if s.id != 0 {
				v.insert(s.word, s.id)
			}
		}
	}
	v.n++
	v.insert(w, uint32(v.n))
	return uint32(v.n)
}

// VocabSize is the largest vocabulary number given so far.
func VocabSize() int { return vocab.n }
