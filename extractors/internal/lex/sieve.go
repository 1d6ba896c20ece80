package lex

import (
	"sync"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// A Sieve holds the words of several extractors that each loop over every
// token of a document for the few that may open a mention: one pass per
// document, shared through pipeline.Document.Memo, gives them all the
// tokens worth a closer look, and each then walks the few of those
// instead of all the tokens.
type Sieve struct {
	words WordFilter // turns away most tokens with two table look-ups
	// hashes is a bit set over the words' keyHash: a fifth of the tokens
	// of a text pass words, and it turns away most of those.
	hashes filter
}

// Starts is the sieve of the rank and award extractors' first words.
var Starts Sieve

// Add lets the word w through. Call it only while packages initialize,
// before any document is sieved.
func (s *Sieve) Add(w string) {
	s.words.Add(w)
	s.hashes.add(w)
}

type sieveKey struct{ s *Sieve }

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

// Hits returns in order the indices of the tokens of doc (scan.Document)
// whose Lower form may be a word added to s: every token that is one is
// in it, with few others. The slice is shared and lives as long as
// the document: callers must not modify it or keep it.
func (s *Sieve) Hits(doc *pipeline.Document) []int {
	return doc.Memo(sieveKey{s}, func() any {
		h := hitPool.Get().(*sieved)
		h.hits = s.appendHits(h.hits[:0], scan.Document(doc))
		return h
	}).(*sieved).hits
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
