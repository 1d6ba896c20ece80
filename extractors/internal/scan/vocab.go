package scan

import "encoding/binary"

// The vocabulary numbers the lower-case words of the lexicons (package lex
// interns them as it loads), so that every token carries the number of its
// word (Token.Vocab) and lexicon look-ups index by a small integer instead
// of hashing and comparing strings: string-keyed trie look-ups were a
// tenth of a run's CPU. A token whose word no lexicon holds gets 0.
//
// Every token of every document is looked up, so the table is laid out for
// the cache: a Go map, and then a table of string headers, spent most of a
// look-up waiting for memory. Words of up to 16 bytes (nearly every
// Vietnamese syllable) are held inline as two words; a probe first reads a
// 16-bit fingerprint from an array small enough for the first-level cache,
// and reads a slot only when the fingerprint agrees.
var vocab = newVocabTable(1 << 11)

type vocabTable struct {
	fps   []uint16          // per slot: the fingerprint of its word, 0 when empty
	slots []vocabSlot       // as many; a power of two, at most half full
	long  map[string]uint32 // words over 16 bytes
	n     int               // words numbered, the last number
	held  int               // words in slots
}

type vocabSlot struct {
	w0, w1 uint64 // the word's bytes, zero-padded
	n, id  uint32 // its length and number
}

func newVocabTable(size int) vocabTable {
	return vocabTable{fps: make([]uint16, size), slots: make([]vocabSlot, size), long: map[string]uint32{}}
}

// inline returns the bytes of w, at most 16 long, as two zero-padded words.
func inline(w string) (w0, w1 uint64) {
	var b [16]byte
	copy(b[:], w)
	return binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
}

// vocabHash mixes the inline words and the length; the fingerprint is its
// top 16 bits, never 0.
func vocabHash(w0, w1 uint64, n int) (h uint64, fp uint16) {
	h = (w0*0x9E3779B97F4A7C15 ^ w1*0xC2B2AE3D27D4EB4F ^ uint64(n)) * 0x165667B19E3779F9
	h ^= h >> 32
	return h, uint16(h>>48) | 1
}

// lookup returns w's number, 0 when w has none.
func (v *vocabTable) lookup(w string) uint32 {
	if len(w) > 16 || w == "" {
		if len(w) > 16 {
			return v.long[w]
		}
		return 0
	}
	w0, w1 := inline(w)
	h, fp := vocabHash(w0, w1, len(w))
	mask := uint64(len(v.fps) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch v.fps[i] {
		case 0:
			return 0
		case fp:
			if s := &v.slots[i]; s.w0 == w0 && s.w1 == w1 && s.n == uint32(len(w)) {
				return s.id
			}
		}
	}
}

// insert puts w, at most 16 bytes and not in the table, in a free slot.
func (v *vocabTable) insert(w0, w1 uint64, n int, id uint32) {
	h, fp := vocabHash(w0, w1, n)
	mask := uint64(len(v.fps) - 1)
	i := h & mask
	for v.fps[i] != 0 {
		i = (i + 1) & mask
	}
	v.fps[i], v.slots[i] = fp, vocabSlot{w0, w1, uint32(n), id}
}

// add gives w, which the table does not hold, the next number; the table
// doubles when it would be more than half full.
func (v *vocabTable) add(w string) uint32 {
	v.n++
	id := uint32(v.n)
	if len(w) > 16 {
		v.long[w] = id
		return id
	}
	if 2*(v.held+1) > len(v.slots) {
		old := *v
		*v = newVocabTable(2 * len(old.slots))
		v.long, v.n, v.held = old.long, old.n, old.held
		for i, s := range old.slots {
			if old.fps[i] != 0 {
				v.insert(s.w0, s.w1, int(s.n), s.id)
			}
		}
	}
	w0, w1 := inline(w)
	v.insert(w0, w1, len(w), id)
	v.held++
	return id
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

// VocabSize is the largest vocabulary number given so far.
func VocabSize() int { return vocab.n }
