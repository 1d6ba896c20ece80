package title

import (
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

func TestIsBeforeRole(t *testing.T) {
	for _, w := range beforeRole {
		if !isBeforeRole(w) {
			t.Errorf("isBeforeRole(%q) = false; the switch must list every word of beforeRole", w)
		}
	}
	for _, w := range []string{"", "nguyễn", "cac", "phòng", "đồng chí"} {
		if isBeforeRole(w) {
			t.Errorf("isBeforeRole(%q) = true", w)
		}
	}
}

// TestStartFilter checks that mayStartWord and mayStart let through every
// word at which a title may start: each role in each tone placement, and
// every such word of the test articles.
func TestStartFilter(t *testing.T) {
	check := func(text string) {
		toks := scan.Tokens(text, nil)
		p := &parser{text: text, toks: toks}
		for i, tk := range toks {
			if tk.Kind != scan.Word {
				continue
			}
			n, _ := lex.Roles.Match(text, toks, i)
			if want := isBeforeRole(tk.Lower) || n > 0; want && (!mayStartWord(tk.Lower) || !p.mayStart(i)) {
				t.Errorf("the filters turn away %q, where a title may start", text[tk.Start:min(len(text), tk.Start+40)])
			} else if p.mayStart(i) != want {
				t.Errorf("mayStart(%q) = %v", text[tk.Start:min(len(text), tk.Start+40)], !want)
			}
		}
	}
	for _, e := range lex.Roles.Entries() {
		for _, k := range lex.Spellings(e.Key) {
			check(k)
			check("phó " + k)
		}
	}
	for _, text := range extracttest.Texts(t) {
		check(text)
	}
}

// TestLoopWords checks that loopWords lets through every word Extract's
// loop must look at further: a word that may start a title, and "ban".
func TestLoopWords(t *testing.T) {
	words := append([]string{"ban"}, beforeRole...)
	lex.Roles.Heads(func(w string, _ bool, _ []string) { words = append(words, w) })
	for _, w := range words {
		if !loopWords.Has(w) {
			t.Errorf("loopWords.Has(%q) = false", w)
		}
	}
}
