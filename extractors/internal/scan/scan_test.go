package scan_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

func texts(s string, toks []scan.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text(s)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"words and punctuation", "Thượng tướng Tô Lâm, Bộ trưởng.", []string{"Thượng", "tướng", "Tô", "Lâm", ",", "Bộ", "trưởng", "."}},
		{"hyphenated foreign names", "Moon Jae-in và Bashar al-Assad", []string{"Moon", "Jae-in", "và", "Bashar", "al-Assad"}},
		{"dates stay whole", "ngày 12-9-2017 và 1.000 người", []string{"ngày", "12-9-2017", "và", "1.000", "người"}},
		{"initials split from dots", "Bùi Th. H.", []string{"Bùi", "Th", ".", "H", "."}},
		{"abbreviations", "PGS.TS. Lê A", []string{"PGS", ".", "TS", ".", "Lê", "A"}},
		{"codes", "PA92 và 27F8", []string{"PA92", "và", "27F8"}},
		{"spaced dash", "Việt - Nga", []string{"Việt", "-", "Nga"}},
		{"word-segmented text", "Nguyễn_Văn_An đến", []string{"Nguyễn", "Văn", "An", "đến"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := scan.Tokens(tt.in, nil)
			if tt.want == nil {
				assert.Empty(t, toks)
				return
			}
			assert.Equal(t, tt.want, texts(tt.in, toks))
		})
	}
}

func TestFlags(t *testing.T) {
	s := "Hôm qua, ông Tô Lâm nói: UBND tỉnh.\nAnh Sơn đến. Chị Lan"
	toks := scan.Tokens(s, nil)
	byText := map[string]scan.Token{}
	for _, tk := range toks {
		byText[tk.Text(s)] = tk
	}
	assert.True(t, byText["Hôm"].Is(scan.SentStart|scan.Upper))
	assert.False(t, byText["ông"].Is(scan.Upper))
	assert.True(t, byText["Tô"].Cap())
	assert.False(t, byText["Tô"].Is(scan.SentStart))
	assert.True(t, byText["UBND"].Is(scan.AllUpper))
	assert.False(t, byText["UBND"].Is(scan.SentStart), "a colon starts no sentence")
	assert.True(t, byText["Anh"].Is(scan.NewlineBefore|scan.SentStart))
	assert.True(t, byText["Chị"].Is(scan.SentStart))
	assert.Equal(t, "ubnd", byText["UBND"].Lower)
	assert.Equal(t, "tô", byText["Tô"].Lower)
}

func TestLowerSharesText(t *testing.T) {
	s := "các đồng chí"
	toks := scan.Tokens(s, nil)
	require.Len(t, toks, 3)
	// Lower-case tokens reuse the text: no copy.
	assert.Equal(t, s[:len("các")], toks[0].Lower)
}

// lowered is the lower-case form Tokens promises: the word as written when
// it has no upper-case letter, else every letter lowered.
func lowered(w string) string {
	if strings.IndexFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }) < 0 {
		return w
	}
	return strings.Map(unicode.ToLower, w)
}

func FuzzTokens(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị")
	f.Add("Bùi Th. H. (37 tuổi) - Ảnh: LÊ TRUNG")
	f.Add("a-\xffb 1.2.3-")
	f.Add("ĐẠI TÁ iPhone Ǆemal ÀÁ ὈΔΥΣΣΕΎΣ")
	f.Fuzz(func(t *testing.T, s string) {
		toks := scan.Tokens(s, nil)
		last := 0
		for _, tk := range toks {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad span %d:%d after %d in %q", tk.Start, tk.End, last, s)
			}
			if strings.TrimSpace(tk.Text(s)) != tk.Text(s) && utf8.ValidString(s) {
				t.Fatalf("token %q holds space", tk.Text(s))
			}
			// The lower-case form agrees with the standard library's,
			// whichever fast path made it.
			if tk.Kind == scan.Word && tk.Lower != lowered(tk.Text(s)) {
				t.Fatalf("token %q lowers to %q", tk.Text(s), tk.Lower)
			}
			last = tk.End
		}
		// The first tokens alone are the same tokens.
		for _, n := range []int{0, 1, 3} {
			first := scan.FirstTokens(s, nil, n)
			if want := toks[:min(n, len(toks))]; len(first) != len(want) || len(want) > 0 && first[len(want)-1] != want[len(want)-1] {
				t.Fatalf("FirstTokens(%q, %d) = %v, want %v", s, n, first, want)
			}
		}
		// A reused slice gives the same tokens.
		again := scan.Tokens(s, scan.Tokens("Ông Nguyễn Văn A", nil)[:0])
		if len(again) != len(toks) || len(toks) > 0 && again[len(toks)-1] != toks[len(toks)-1] {
			t.Fatalf("reused slice gives other tokens for %q", s)
		}
	})
}

func TestToLower(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"lower ascii", "abc 123"},
		{"upper ascii", "UBND Tỉnh"},
		{"vietnamese", "Nguyễn Văn Ánh"},
		{"all caps", "ĐẠI TÁ ỦY VIÊN"},
		{"already lower", "đồng chí"},
		{"titlecase digraph", "ǅemal Aǅ"},
		{"kelvin sign", "\u212a"},
		{"beyond the table", "ὈΔΥΣΣΕΎΣ Ⓐ"},
		{"invalid byte", "a\xffB"},
		{"invalid byte only", "\xff"},
		{"replacement character", "\ufffd"},
		{"nbsp and zero-width space", "Ông\u00a0A\u200bB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.ToLower(tt.in)
			assert.Equal(t, want, scan.ToLower(tt.in))
			assert.Equal(t, want, string(scan.AppendLower([]byte("x"), tt.in)[1:]))
		})
	}
}

func FuzzToLower(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm")
	f.Add("a\xffB\u212a ǅ")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ToLower(s)
		if got := scan.ToLower(s); got != want {
			t.Fatalf("ToLower(%q) = %q, want %q", s, got, want)
		}
		if got := string(scan.AppendLower(nil, s)); got != want {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	s := extracttest.Article
	var toks []scan.Token
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		toks = scan.Tokens(s, toks[:0])
	}
}

func Example() {
	s := "Thượng tướng Tô Lâm"
	for _, t := range scan.Tokens(s, nil) {
		fmt.Println(t.Text(s), t.Start, t.End, t.Cap())
	}
	// Output:
	// Thượng 0 9 true
	// tướng 10 18 false
	// Tô 19 22 true
	// Lâm 23 27 true
}
