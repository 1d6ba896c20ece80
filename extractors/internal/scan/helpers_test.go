package scan

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestDecodeFast(t *testing.T) {
	for _, s := range []string{"à", "Đ", "ệ", "Ễ", "ǅ", "\u00a0", "\u1680", "’", "…", "中", "😀", "\xc3", "\xc3(", "\xe1\xba", "\xe1\xba(", "\xe1((", "\xff", "\xed\xa0\x80"} {
		wantR, wantN := utf8.DecodeRuneInString(s)
		r, n, c := decodeFast(s, 0, byteKind[s[0]])
		assert.Equal(t, wantR, r, "%q", s)
		assert.Equal(t, wantN, n, "%q", s)
		assert.Equal(t, classOf(wantR), c, "%q", s)
	}
}

func TestClass2AndE1(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want uint8
	}{
		{"lower two-byte letter", "ư", cLetter},
		{"upper two-byte letter", "Đ", cLetter | cUpper},
		{"two-byte space", "\u00a0", cSpace},
		{"two-byte symbol", "«", 0},
		{"bad continuation", "\xc3(", 0},
		{"lower 0xE1 letter", "ệ", cLetter},
		{"upper 0xE1 letter", "Ễ", cLetter | cUpper},
		{"0xE1 space", "\u1680", cSpace},
		{"bad 0xE1 continuation", "\xe1\xba(", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.s[0] == 0xE1 {
				assert.Equal(t, tt.want, classE1(tt.s[1], tt.s[2]))
			} else {
				assert.Equal(t, tt.want, class2(tt.s[0], tt.s[1]))
			}
		})
	}
}

func TestScanWord(t *testing.T) {
	tests := []struct {
		in   string
		end  int
		info int
	}{
		{"người ta", len("người"), wLower},
		{"Nguyễn,", len("Nguyễn"), wLower | wUpper},
		{"UBND.", 4, 4 * wUpper},
		{"ĐẠI-", len("ĐẠI"), 3 * wUpper},
		{"Jae-in", 6, wLower | wUpper},
		{"O’Neil", len("O’Neil"), wLower | 2*wUpper},
		{"a-1", 1, wLower},
		{"12-9-2017 x", 9, wDigit},
		{"1.000,5", 7, wDigit},
		{"1-a", 1, wDigit},
		{"PA92-3", 4, wDigit | 2*wUpper},
		{"a\xffb", 1, wLower},
	}
	for _, tt := range tests {
		j, info := scanWord(tt.in, 0)
		assert.Equal(t, tt.end, j, "%q", tt.in)
		assert.Equal(t, tt.info, info, "%q", tt.in)
	}
}

func TestJoinAt(t *testing.T) {
	tests := []struct {
		in   string
		j    int
		info int
		want int
	}{
		{"a-b", 1, wLower, 1},
		{"a-Đ", 1, wLower, 1},
		{"a-1", 1, wLower, 0},
		{"1-2", 1, wDigit, 1},
		{"1.2", 1, wDigit, 1},
		{"a.b", 1, wLower, 0},
		{"a’b", 1, wLower, 3},
		{"1’2", 1, wDigit, 0},
		{"a1-b", 2, wLower | wDigit, 0},
		{"a-", 1, wLower, 0},
		{"a;b", 1, wLower, 0},
	}
	for _, tt := range tests {
		r, n := utf8.DecodeRuneInString(tt.in[tt.j:])
		assert.Equal(t, tt.want, joinAt(tt.in, tt.j, r, n, tt.info), "%q at %d", tt.in, tt.j)
	}
}

func TestWordFlags(t *testing.T) {
	tests := []struct {
		name  string
		flags Flags
		info  int
		kind  Kind
		want  Flags
	}{
		{"number drops a sentence start", pendingStart | SpaceBefore, wDigit, Number, SpaceBefore},
		{"lower word", pendingStart, wLower, Word, SentStart},
		{"capitalized word", Upper, wLower | wUpper, Word, Upper},
		{"one capital alone", Upper, wUpper, Word, Upper},
		{"all capitals", Upper, 2 * wUpper, Word, Upper | AllUpper},
		{"code with digits", Upper, wDigit | 2*wUpper, Word, Upper | AllUpper},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, flags := wordFlags(tt.flags, tt.info)
			assert.Equal(t, tt.kind, kind)
			assert.Equal(t, tt.want, flags)
		})
	}
}

func TestPunctEffect(t *testing.T) {
	tests := []struct {
		r    rune
		want uint8
	}{
		{'.', psSet}, {'!', psSet}, {'?', psSet}, {'…', psSet},
		{'"', psKeep}, {'(', psKeep}, {'-', psKeep}, {'“', psKeep}, {'»', psKeep}, {'—', psKeep},
		{',', psClear}, {':', psClear}, {')', psClear}, {'%', psClear},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, punctEffectOf(tt.r), "%q", tt.r)
	}
}

func TestByteClassTables(t *testing.T) {
	tests := []struct {
		name string
		s    string
	}{
		{"lower two-byte letter", "ư"},
		{"upper two-byte letter", "Đ"},
		{"two-byte space", "\u00a0"},
		{"bad continuation", "\xc3("},
		{"lower 0xE1 letter", "ệ"},
		{"upper 0xE1 letter", "Ễ"},
		{"bad 0xE1 continuation", "\xe1\xba("},
		{"0xE1 then a lead byte", "\xe1\xc3\xa0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.s
			if s[0] == 0xE1 {
				assert.Equal(t, classE1(s[1], s[2]), e1Class[int(s[1])<<8|int(s[2])])
			} else {
				assert.Equal(t, class2(s[0], s[1]), lead2Class[int(s[0]&0x1F)<<8|int(s[1])])
			}
		})
	}
	// Every byte pair, against the functions.
	for b0 := 0xC2; b0 < 0xE0; b0++ {
		for b1 := range 256 {
			if got, want := lead2Class[(b0&0x1F)<<8|b1], class2(byte(b0), byte(b1)); got != want {
				t.Fatalf("lead2Class %x %x = %d, want %d", b0, b1, got, want)
			}
		}
	}
	for b1 := range 256 {
		for b2 := range 256 {
			if got, want := e1Class[b1<<8|b2], classE1(byte(b1), byte(b2)); got != want {
				t.Fatalf("e1Class %x %x = %d, want %d", b1, b2, got, want)
			}
		}
	}
}

func TestLowerRuneAt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		at   int
		want string
		ok   bool
	}{
		{"ASCII", "Hà", 0, "hà", true},
		{"two bytes", "Đỗ", 0, "đỗ", true},
		{"0xE1", "Ẩm", 0, "ẩm", true},
		{"inside", "xĐ", 1, "xđ", true},
		{"shorter lower case", "İz", 0, "İz", false},
		{"lower case outside 0xE1", "ẞa", 0, "ẞa", false},
		{"bad continuation", "\xc3(", 0, "\xc3(", false},
		{"cut rune", "\xe1\xba", 0, "\xe1\xba", false},
		{"out of range", "A", 1, "A", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.in)
			assert.Equal(t, tt.ok, lowerRuneAt(b, tt.at))
			assert.Equal(t, tt.want, string(b))
		})
	}
}

// TestLowerFirst checks the words whose first letter lowers to another
// length, which lowerFirst hands to the arena, among those it lowers in
// its shared string.
func TestLowerFirst(t *testing.T) {
	for _, s := range []string{
		"İstanbul và Ẩm thực", "Hà ẞtraße Đỗ", "Ǆemal Ǉ İ ẞ", "a Bc İ", "Ab\nCd İx Ef",
	} {
		checkTokens(t, s)
	}
}
