package person

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// A word's lower-case form, added to a caseFilter, lets the word through.
func TestCaseFilter(t *testing.T) {
	for _, w := range []string{"Nguyễn", "ĐẶNG", "Hải", "İstanbul", "\u212Aelvin", "a\xffb", "\xe1\xba", "ǅemal", "X", "Ω"} {
		var f caseFilter
		f.add(scan.ToLower(w))
		if !f.has(w) {
			t.Errorf("caseFilter misses %q once lowered", w)
		}
	}
}

func TestLastField(t *testing.T) {
	for _, s := range []string{"", " ", "Văn", "Văn Quang", "Thị  Bích ", "a\u00a0b", "Văn\u2003Quang", "x\u3000", "a \u0085b", "Th. H.", "a\tb\n", "\xff \xfe"} {
		f := strings.Fields(s)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

// The vocab bits only spare lexicon walks: match and endsAt answer as the
// lexicons do at every token of a text of all their keys and variants, run
// together and apart, and of an article.
func TestVocabAnswersAsLexicons(t *testing.T) {
	var b strings.Builder
	for _, d := range dicts {
		for _, e := range d.Entries() {
			for _, sp := range lex.Spellings(e.Key) {
				b.WriteString(sp + " " + strings.ToUpper(sp) + ", " + sp + "\n")
			}
		}
	}
	b.WriteString("Thượng tá QNCN Trung tá Biên phòng Thượng sỹ Phó Đô đốc\n")
	b.WriteString(extracttest.Article)
	text := b.String()
	toks := scan.Tokens(text, nil)
	s := newState(text, toks, 3)
	defer s.release()
	for d, dict := range dicts {
		for i := 0; i <= len(toks); i++ {
			if i < len(toks) {
				want, v := dict.Match(text, toks, i)
				if got := s.match(d, i); got != want {
					t.Fatalf("lexicon %d: match at %d (%q) = %d, want %d", d, i, toks[i].Lower, got, want)
				}
				if got, gv := s.matchValue(d, i); got != want || gv != v {
					t.Fatalf("lexicon %d: matchValue at %d (%q) = %d %q, want %d %q", d, i, toks[i].Lower, got, gv, want, v)
				}
			}
			if got, want := s.endsAt(d, i), dict.EndsAt(text, toks, i); got != want {
				t.Fatalf("lexicon %d: endsAt %d = %d, want %d", d, i, got, want)
			}
		}
	}
	for i := range toks {
		if got, want := s.foreign(i), lex.Foreign(toks[i].Lower); got != want {
			t.Fatalf("foreign(%q) = %v, want %v", toks[i].Lower, got, want)
		}
	}
}
