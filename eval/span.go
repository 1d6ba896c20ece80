package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/corpus/conll"
)

// SpanResult is the outcome of SpanScore: exact-match span counts per
// entity type, and over all types.
type SpanResult struct {
	Types  map[string]Count
	Total  Count
	Tokens int // gold tokens
	Docs   int
}

// spanKey is an entity as a typed range of non-space characters in its
// document, so two files tokenized differently still compare.
type spanKey struct {
	doc        int
	start, end int
	typ        string
}

// SpanScore compares the entities of out with those of gold, document by
// document in file order: an entity counts when its type and both ends
// match exactly (conlleval's rule). Documents must hold the same text, white
// space aside; tokens may be split differently.
func SpanScore(gold, out []conll.Document) (SpanResult, error) {
	if len(gold) != len(out) {
		return SpanResult{}, fmt.Errorf("eval: gold has %d documents, output %d", len(gold), len(out))
	}
	res := SpanResult{Types: map[string]Count{}, Docs: len(gold)}
	for i := range gold {
		gk, gtext := docSpans(i, gold[i])
		ok, otext := docSpans(i, out[i])
		if gtext != otext {
			return SpanResult{}, fmt.Errorf("eval: document %d: texts differ after %q", i+1, commonPrefixTail(gtext, otext))
		}
		for _, s := range gold[i].Sentences {
			res.Tokens += len(s)
		}
		for k := range gk {
			c := res.Types[k.typ]
			if ok[k] {
				c.TP++
			} else {
				c.FN++
			}
			res.Types[k.typ] = c
		}
		for k := range ok {
			if !gk[k] {
				c := res.Types[k.typ]
				c.FP++
				res.Types[k.typ] = c
			}
		}
	}
	for _, c := range res.Types {
		res.Total.TP += c.TP
		res.Total.FP += c.FP
		res.Total.FN += c.FN
	}
	return res, nil
}

func docSpans(doc int, d conll.Document) (map[spanKey]bool, string) {
	keys := map[spanKey]bool{}
	var text strings.Builder
	n := 0 // characters so far
	for _, s := range d.Sentences {
		offs := make([]int, len(s)+1) // offs[i]: characters before token i
		for i, t := range s {
			offs[i] = n
			tok := strings.Join(strings.Fields(t.Text), "")
			text.WriteString(tok)
			n += utf8.RuneCountInString(tok)
		}
		offs[len(s)] = n
		for _, c := range conll.Chunks(s) {
			keys[spanKey{doc, offs[c.Start], offs[c.End], c.Type}] = true
		}
	}
	return keys, text.String()
}

func commonPrefixTail(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && !utf8.RuneStart(a[n-1]) {
		n--
	}
	return a[max(0, n-30):n]
}

// TypeNames returns the entity types in name order.
func (r SpanResult) TypeNames() []string {
	var names []string
	for k := range r.Types {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// WriteText writes one line per type and an overall line.
func (r SpanResult) WriteText(w io.Writer) error {
	var b strings.Builder
	line := func(name string, c Count) {
		p, rc, f := c.PRF()
		fmt.Fprintf(&b, "%-8s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", name, p, rc, f, c.TP, c.FP, c.FN)
	}
	for _, k := range r.TypeNames() {
		line(k, r.Types[k])
	}
	line("overall", r.Total)
	fmt.Fprintf(&b, "documents=%d tokens=%d\n", r.Docs, r.Tokens)
	_, err := io.WriteString(w, b.String())
	return err
}
