package rank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// TestFirstWords checks that firstWords lets through every word at which
// lex.Ranks matches: each spelling of ranks.txt in each tone placement,
// and every rank of the test articles.
func TestFirstWords(t *testing.T) {
	check := func(text string) {
		toks := scan.Tokens(text, nil)
		for i, tk := range toks {
			if n, _ := lex.Ranks.Match(text, toks, i); n > 0 && !firstWords.Has(tk.Lower) {
				t.Errorf("firstWords turns away %q, where a rank starts", text[tk.Start:min(len(text), tk.Start+40)])
			}
		}
	}
	b, err := os.ReadFile(filepath.Join("..", "internal", "lex", "data", "ranks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, s := range strings.FieldsFunc(line, func(r rune) bool { return r == '=' || r == ',' || r == '|' }) {
			s = strings.TrimSpace(s)
			for _, v := range append(lex.Spellings(s), strings.ToUpper(s)) {
				check(v)
				n++
			}
		}
	}
	if n < 20 {
		t.Fatalf("read %d spellings of ranks", n)
	}
	for _, text := range extracttest.Texts(t) {
		check(text)
	}
}
