package scan

import (
	"sync"

	"github.com/vnextract/vnextract/pipeline"
)

type docTokensKey struct{}

// docTokens is a document's token slice on loan from tokenPool: at about
// twelve bytes of tokens per byte of text it was a fifth of all the bytes
// the pipeline allocated, so the slices are reused from one document to the
// next (pipeline.Processor releases them when the record is built).
type docTokens struct{ toks []Token }

var tokenPool = sync.Pool{New: func() any { return new(docTokens) }}

// maxPooledTokens keeps one huge article from pinning its slice in the
// pool: about 250 kB of text, fifty times a long article.
const maxPooledTokens = 1 << 16

func (d *docTokens) Release() {
	if cap(d.toks) > maxPooledTokens {
		return
	}
	tokenPool.Put(d)
}

// Document returns the tokens of doc.Text, computed once per document and
// shared by every extractor that asks (through pipeline.Document.Memo).
// The slice is shared and lives only as long as the document: callers must
// not modify it, append to it or keep it.
func Document(doc *pipeline.Document) []Token {
	return doc.Memo(docTokensKey{}, func() any {
		d := tokenPool.Get().(*docTokens)
		d.toks = Tokens(doc.Text, d.toks[:0])
		return d
	}).(*docTokens).toks
}
