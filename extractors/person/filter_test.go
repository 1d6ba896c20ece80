package person

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// A word added to an edgeFilter lets its lower-case form through.
func TestEdgeFilter(t *testing.T) {
	for _, w := range []string{"Nguyễn", "ĐẶNG", "Hải", "İstanbul", "\u212Aelvin", "a\xffb", "\xe1\xba", "ǅemal", "X", "Ω", "",
		"\xff", "Ba\xe1", "\xf0\x9f\xba\xa0", "\xe1\xe1\xba\xa0", "ẠỄ", "A\u212A"} {
		var f edgeFilter
		f.add(w, givenKey, 0)
		if !f.has(scan.ToLower(w)) {
			t.Errorf("edgeFilter misses %q once lowered", w)
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

// vocabKey tells apart any two words of the same length up to eight
// bytes, so the table compares no strings of that length.
func TestVocabKey(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"a", "a", true},
		{"a", "b", false},
		{"ab", "ba", false},
		{"ab", "aa", false},
		{"abc", "abd", false},
		{"abc", "xbc", false},
		{"abc", "axc", false},
		{"hải", "hại", false},
		{"anh", "anh", true},
		{"ngọc", "ngọt", false},
		{"abcdefgh", "abcdefgx", false},
		{"abcdefgh", "abcxefgh", false},
		{"abcdefgh", "abcdxfgh", false},
		{"nguyễn", "nguyễn", true},
		{"nguyễn", "nguyẽn", false},
	} {
		if len(c.a) != len(c.b) {
			t.Fatalf("%q and %q differ in length", c.a, c.b)
		}
		if got := vocabKey(c.a) == vocabKey(c.b); got != c.same {
			t.Errorf("vocabKey(%q) == vocabKey(%q) is %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// The table answers as the map it is built from, for its words and for
// words one byte off them.
func TestVocabTable(t *testing.T) {
	m := vocabWords()
	tab := newVocabTable(m)
	for w, p := range m {
		if got := tab.get(w); got != p {
			t.Fatalf("get(%q) = %x, want %x", w, got, p)
		}
		for _, v := range []string{w + "x", "x" + w, w[:len(w)-1], w[1:], strings.ToUpper(w), w[:len(w)/2] + "q" + w[len(w)/2+1:]} {
			if got := tab.get(v); got != m[v] {
				t.Fatalf("get(%q) = %x, want %x", v, got, m[v])
			}
		}
	}
}

// digitAt answers as hasDigit, for words of every length, at the end of
// the text too, with every byte at every place of a word.
func TestDigitAt(t *testing.T) {
	texts := []string{"U23 F1 A80 COVID-19 Nguyễn Văn An", "abcdefgh9 abcdefghij9 x9", "/:;@[`{ 09", "Hà Nội ngày 9", "9"}
	for b := 0; b < 256; b++ {
		for p := 0; p < 10; p++ {
			w := []byte("abcdefghij")
			w[p] = byte(b)
			texts = append(texts, string(w[:p+1]), string(w))
		}
	}
	for _, text := range texts {
		toks := scan.Tokens(text, nil)
		s := newState(text, toks, 3)
		for i, tk := range toks {
			if got, want := s.digitAt(i), hasDigit(text[tk.Start:tk.End]); got != want {
				t.Errorf("digitAt(%q, %d) = %v, want %v", text, i, got, want)
			}
		}
		s.release()
	}
}
