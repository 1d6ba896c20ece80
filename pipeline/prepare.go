package pipeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/normalize"
)

// Normalizer decodes raw article bytes and returns canonical text. The
// default is normalize.Default.
type Normalizer interface {
	Bytes(b []byte) (normalize.Result, error)
}

func (p *Processor) prepare(a *Article) *Document {
	doc := &Document{
		ID:        a.ID,
		Source:    a.Source,
		Title:     a.Title,
		URL:       a.URL,
		Published: a.Published,
		Err:       a.Err,
	}
	if doc.Err != nil {
		return doc
	}
	n := p.Normalizer
	if n == nil {
		n = normalize.Default
	}
	// Title fields go through the same decoder: archives that stored the
	// body in a legacy encoding stored the title the same way.
	if a.Title != "" {
		if t, err := n.Bytes([]byte(a.Title)); err == nil {
			doc.Title = t.Text
		}
	}
	res, err := normalizeBody(n, a)
	if err != nil {
		doc.Err = &Error{Code: CodeInvalidUTF8, Message: err.Error()}
		return doc
	}
	doc.Text = res.Text
	_, doc.validText = n.(*normalize.Normalizer)
	doc.Normalization = Normalization{Encoding: res.Encoding, Edits: res.Edits}
	if strings.TrimSpace(doc.Text) == "" {
		doc.Err = &Error{Code: CodeEmpty, Message: "article has no text"}
		return doc
	}
	doc.Paragraphs, doc.Sentences = Segment(doc.Text)
	return doc
}

// normalizeBody decodes and normalizes a's body, read as SetJSONText says
// when it was set so.
func normalizeBody(n Normalizer, a *Article) (normalize.Result, error) {
	if !a.jsonText {
		return n.Bytes(a.Body)
	}
	if nn, ok := n.(*normalize.Normalizer); ok {
		return nn.JSONBytes(a.Body)
	}
	return n.Bytes(normalize.ReplaceInvalidUTF8(a.Body))
}

func panicMessage(r any) string {
	s := fmt.Sprint(r)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return "extractor panicked: " + s
}
