package lex

import (
	"sync"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// A Sieve holds the words of an extractor that loops over every token of
// a document for the few that may open a mention: the sieve's pass gives
// it the tokens worth a closer look, and it walks the few of those instead
// of all the tokens. The shared sieves (Starts, Titles) are filled in one
// pass per document, shared through pipeline.Document.Memo.
type Sieve struct {
	words WordFilter // turns away most tokens with two table look-ups
	// hashes is a bit set over the words' keyHash: a fifth of the tokens
	// of a text pass words, and it turns away most of those.
	hashes filter
	// slot is 1 + the sieve's index in shared, 0 for a sieve with a pass
	// of its own.
	slot int
}

var (
	// Starts is the sieve of the rank and award extractors' first words.
	Starts = Sieve{slot: 1}
	// Titles is the sieve of the words the title extractor looks at
	// further: the first words of the roles and the words before them.
	Titles = Sieve{slot: 2}
)

// The bits of Starts and Titles in bits.
const (
	startsBit = 1 << iota
	titlesBit
)

// shared are the sieves one pass over a document fills together, in the
// order of their slots.
var shared = [...]*Sieve{&Starts, &Titles}

// bits holds, for each slot of a word's sieveHash, bit k-1 for each shared
// sieve of slot k with a word of that hash: one hash and one load per
// token turn away most tokens for all the sieves (a fifth of the tokens
// pass a WordFilter, and most of them are no word of a sieve), and tell
// which sieves let through the rest.
var bits [filterBits]uint8

// Add lets the word w through. Call it only while packages initialize,
// before any document is sieved.
func (s *Sieve) Add(w string) {
	s.words.Add(w)
	s.hashes.add(w)
	if s.slot > 0 && w != "" {
		bits[sieveHash(w)] |= 1 << (s.slot - 1)
	}
}

type sieveKey struct{ s *Sieve }

type sharedKey struct{}

// sieved is a document's hits on loan from hitPool, as scan pools the
// document's tokens.
type sieved struct{ hits []int }

var hitPool = sync.Pool{New: func() any { return new(sieved) }}

// maxPooledHits keeps one huge article from pinning its slice in the pool.
const maxPooledHits = 1 << 14

func (h *sieved) Release() {
	if cap(h.hits) > maxPooledHits {
		return
	}
	hitPool.Put(h)
}

// sharedSieved is a document's hits of each of the shared sieves, on loan
// from sharedPool; marks is fill's scratch, one byte a token.
type sharedSieved struct {
	hits  [len(shared)][]int
	marks []uint8
}

var sharedPool = sync.Pool{New: func() any { return new(sharedSieved) }}

func (h *sharedSieved) Release() {
	if cap(h.marks) > maxPooledMarks {
		return
	}
	for _, hits := range h.hits {
		if cap(hits) > maxPooledHits {
			return
		}
	}
	sharedPool.Put(h)
}

// maxPooledMarks keeps one huge article from pinning its marks in the
// pool, as scan does its tokens.
const maxPooledMarks = 1 << 16

// Hits returns in order the indices of the tokens of doc (scan.Document)
// whose Lower form may be a word added to s: every token that is one is
// in it, with few others. The slice is shared and lives as long as
// the document: callers must not modify it or keep it.
func (s *Sieve) Hits(doc *pipeline.Document) []int {
	if s.slot == 0 {
		return doc.Memo(sieveKey{s}, func() any {
			h := hitPool.Get().(*sieved)
			h.hits = s.appendHits(h.hits[:0], scan.Document(doc))
			return h
		}).(*sieved).hits
	}
	return doc.Memo(sharedKey{}, func() any {
		h := sharedPool.Get().(*sharedSieved)
		h.fill(scan.Document(doc))
		return h
	}).(*sharedSieved).hits[s.slot-1]
}

// appendHits appends to dst the indices of the tokens s lets through.
func (s *Sieve) appendHits(dst []int, toks []scan.Token) []int {
	for i := range toks {
		if w := toks[i].Lower; s.words.Has(w) && s.hashes.hasHash(keyHash(w)) {
			dst = append(dst, i)
		}
	}
	return dst
}

// fill sets h to the hits of each shared sieve in toks: every token that
// is one of the sieve's words, with few others. A loop that only marks
// the tokens, with no append to spill its registers, runs over all of
// them; a second one collects the marked.
func (h *sharedSieved) fill(toks []scan.Token) {
	if cap(h.marks) < len(toks) {
		h.marks = make([]uint8, len(toks))
	}
	marks := h.marks[:len(toks)]
	mark(marks, toks)
	starts, titles := h.hits[0][:0], h.hits[1][:0]
	for i, m := range marks {
		if m == 0 {
			continue
		}
		if m&startsBit != 0 {
			starts = append(starts, i)
		}
		if m&titlesBit != 0 {
			titles = append(titles, i)
		}
	}
	h.hits[0], h.hits[1] = starts, titles
}

// mark sets marks[i] to the bits of the shared sieves that let toks[i]
// through; len(marks) is len(toks).
func mark(marks []uint8, toks []scan.Token) {
	marks = marks[:len(toks)]
	for i := range toks {
		var m uint8
		if w := toks[i].Lower; w != "" {
			m = bits[sieveHash(w)]
		}
		marks[i] = m
	}
}

// sieveHash is the slot in bits of the word w, which is not empty: a hash
// of its length and three of its bytes, cheaper than keyHash for a loop
// over every token.
func sieveHash(w string) uint64 {
	n := len(w)
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[n/2])<<16 | uint64(w[n-1])<<24
	return x * 0x9E3779B97F4A7C15 >> (64 - filterLog)
}
