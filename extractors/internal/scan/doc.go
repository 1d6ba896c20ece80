package scan

import "github.com/vnextract/vnextract/pipeline"

type docTokensKey struct{}

// Document returns the tokens of doc.Text, computed once per document and
// shared by every extractor that asks (through pipeline.Document.Memo).
// The slice is shared: callers must not modify it or append to it.
func Document(doc *pipeline.Document) []Token {
	return doc.Memo(docTokensKey{}, func() any { return Tokens(doc.Text, nil) }).([]Token)
}
