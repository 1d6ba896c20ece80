package link

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldNameRunes is foldName as it was first written, rune by rune:
// foldName must answer alike.
func foldNameRunes(s string) string {
	s = lowerString(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case '"', '\'', '“', '”', '‘', '’', '«', '»':
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// capitalsWordBytes is capitalsWord as it was first written, looking at
// every byte for a word start.
func capitalsWordBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		n := 1
		if s[i] >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(s[i:])
		}
		if s[i] == '"' || s[i] == '\'' || strings.HasPrefix(s[i:], "“") {
			i += n - 1
			continue
		}
		if i+n >= len(s) {
			return false
		}
		if c := s[i+n]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

var foldCases = []string{
	"", " ", "Huân chương Lao động hạng Ba", `danh hiệu "Tuổi trẻ dũng cảm"`, "Anh hùng LLVTND",
	"“Chiến sĩ thi đua”  toàn quốc ", "« NSND »\u00a0Lê\u2003Khanh", "a\tb\nc", "\xffX \xe1\x9a\x80Y",
	"' QĐND'", `"" x`, "ẞ Ỳ Ỵ ḀḁẞẟỺ", "Ǆ ǅ İ Ω K Å", "\u1680a\u3000b\u0085c", "x “", "“",
}

func TestFoldNameAsRunes(t *testing.T) {
	for _, s := range foldCases {
		if got, want := foldName(s), foldNameRunes(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
		if got, want := capitalsWord(s), capitalsWordBytes(s); got != want {
			t.Errorf("capitalsWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowerAllRunes compares appendLower with strings.ToLower on every
// rune below U+3000, alone and between letters.
func TestLowerAllRunes(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		for _, s := range []string{string(r), "A" + string(r) + "ă", string(r) + string(r)} {
			if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
				t.Fatalf("%q: got %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzFoldName(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldName(s), foldNameRunes(s); got != want {
			t.Fatalf("foldName(%q) = %q, want %q", s, got, want)
		}
		if got, want := capitalsWord(s), capitalsWordBytes(s); got != want {
			t.Fatalf("capitalsWord(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestWordAfter(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want int
	}{
		{"", 0, 0}, {"ab", 0, 2}, {"a b", 0, 2}, {"a b", 2, 3}, {"a  b", 1, 2}, {"a  b", 2, 3}, {"ab ", 1, 3},
	} {
		if got := wordAfter(tc.s, tc.i); got != tc.want {
			t.Errorf("wordAfter(%q, %d) = %d, want %d", tc.s, tc.i, got, tc.want)
		}
	}
}

func TestCueEnding(t *testing.T) {
	// The first cue of predicateCues that the text is or ends with as a
	// word, as a scan of the whole list finds it.
	scan := func(before []byte) int {
		for i, c := range predicateCues {
			if len(before) > len(c) && before[len(before)-len(c)-1] == ' ' && string(before[len(before)-len(c):]) == c || string(before) == c {
				return i
			}
		}
		return -1
	}
	for _, s := range []string{"", "là", "ông là", "ônglà", "giữ chức vụ", "ông giữ chức vụ", "các chức vụ:", "x chức vụ:",
		"được giao", "trên cương vị", "với vai trò", "nhận chức", "lên", "xlên", "khi còn là", "ông ấy"} {
		if got, want := cueEnding([]byte(s)), scan([]byte(s)); got != want {
			t.Errorf("cueEnding(%q) = %d, want %d", s, got, want)
		}
	}
}
