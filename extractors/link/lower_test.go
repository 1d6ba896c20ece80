package link

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

func TestAppendLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Nguyễn Văn A", "nguyễn văn a"},
		{"ĐẠI TƯỚNG Võ Nguyên Giáp", "đại tướng võ nguyên giáp"},
		{"Huân chương Lao động hạng Nhất", "huân chương lao động hạng nhất"},
		{"“NSND” Thu Hiền", "“nsnd” thu hiền"},
		{"ẞ Ⱥ İ", strings.ToLower("ẞ Ⱥ İ")},
		{"a\xffB\xe1\xbb", "a\ufffdb\ufffd\ufffd"},
		{"\xc0\x80\xe0\x80\x80\xed\xa0\x80", strings.ToLower("\xc0\x80\xe0\x80\x80\xed\xa0\x80")},
	} {
		require.Equal(t, tc.want, string(appendLower(nil, tc.in)), tc.in)
		require.Equal(t, tc.want, lowerString(tc.in), tc.in)
	}
}

// TestAppendLowerRunes compares appendLower with strings.ToLower on every
// rune, alone and between other runes, and on random bytes.
func TestAppendLowerRunes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		s := string(r)
		if got := string(appendLower(nil, s)); got != strings.ToLower(s) {
			t.Fatalf("%U: got %q, want %q", r, got, strings.ToLower(s))
		}
		if r < 0x3000 {
			s = "Ấ" + s + "B" + s
			if got := string(appendLower(nil, s)); got != strings.ToLower(s) {
				t.Fatalf("%q: got %q, want %q", s, got, strings.ToLower(s))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 16)
	for range 200000 {
		for i := range buf {
			buf[i] = byte(rng.UintN(256))
			if rng.UintN(3) == 0 {
				buf[i] = []byte{0xc3, 0xe1, 0xbb, 0xba, 0x80, 0xbf, 'A', ' '}[rng.UintN(8)]
			}
		}
		s := string(buf[:rng.UintN(17)])
		if got := string(appendLower(nil, s)); got != scan.ToLower(s) {
			t.Fatalf("%q: got %q, want %q", s, got, scan.ToLower(s))
		}
	}
}

func FuzzAppendLower(f *testing.F) {
	f.Add("Nguyễn Văn A")
	f.Add("a\xffB\xe1\xbb")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
		if got, want := lowerString(s), scan.ToLower(s); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	})
}

// plainWordsSwitch is plainWords as it was written first, a switch on
// every byte: the table of plainWords must answer alike.
func plainWordsSwitch(name string) (last string, n int, plain bool) {
	start := -1
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == ' ':
			if start >= 0 {
				n++
				last = name[start:i]
				start = -1
			}
			continue
		case '\t' <= c && c <= '\r', c == 0xC2, c == 0xE2, c == 0xE3,
			c == 0xE1 && i+1 < len(name) && name[i+1] == 0x9A:
			return "", 0, false
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		n++
		last = name[start:]
	}
	return last, n, true
}

func TestPlainWords(t *testing.T) {
	names := []string{"", " ", "Nguyễn Văn A", " Lê  Lợi ", "A\u00a0B", "A\u1680B", "Ế Ẻ", "x\ty", "x\xe1", "\xe1\x9a"}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte{' ', 'a', 'B', '\t', '\r', 0xC2, 0xA0, 0xE1, 0x9A, 0xBB, 0xE2, 0xE3, 0x80}
	for range 20000 {
		b := make([]byte, rng.UintN(8))
		for i := range b {
			b[i] = alphabet[rng.UintN(uint(len(alphabet)))]
		}
		names = append(names, string(b))
	}
	for _, name := range names {
		l1, n1, p1 := plainWords(name)
		l2, n2, p2 := plainWordsSwitch(name)
		require.Equal(t, []any{l2, n2, p2}, []any{l1, n1, p1}, "%q", name)
	}
}

func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "tên thật là", "  tên\u00a0thật\t là ", "a\xffb  c", "\u2028x\u3000y "} {
		want := strings.Join(strings.Fields(s), " ")
		require.Equal(t, want, string(joinFields(nil, []byte(s))), "%q", s)
	}
}
