package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBelowA(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			x := uint64(0x6161616161616161) &^ (0xff << (8 * pos))
			x |= uint64(c) << (8 * pos)
			got := belowA(x)>>(8*pos+7)&1 == 1
			require.Equal(t, c < 'A', got, "byte %#x at %d", c, pos)
			require.Zero(t, belowA(x)&^(0x80<<(8*pos)), "byte %#x at %d", c, pos)
		}
	}
}

func TestSkipClean(t *testing.T) {
	n := New(Options{})
	n.String("Việt Nam tướng Nguyễn")
	require.Len(t, n.memos, 1)
	mm := n.memos[0]
	// skipClean stops at the tail, a control character after a space
	tail := " " + strings.Repeat("\x01", 17)
	for _, c := range []struct {
		in, taken string
		known     int
	}{
		{"Việt Nam", "Việt Nam", 1},
		{"Việt  Nam", "Việt", 1},
		{"Việt Hà", "Việt", 1},
		{"Việt\tNam", "", 0},
		{"Nam, 2024. Việt", "Nam, 2024. Việt", 1},
		{"Nam,\u0301 x", "Nam", 0},
		{"abc_def{x}~ Nam", "abc_def{x}~ Nam", 0},
		{"ab\x7fc Nam", "", 0},
		{"Nam abcdefghij\x7f", "Nam", 0},
		{"tướng_x Nam", "", 0},
		{"Nguyễn Việt", "Nguyễn Việt", 2},
		{"Nguyễnn Việt", "", 0},
		{"abcdefghijk Nam", "abcdefghijk Nam", 0},
		{"abcdefghijklmnopq Nam", "", 0},
		{"Nam\u00a0Nam", "", 0},
		{"(Việt) Nam", "(Việt) Nam", 1},
	} {
		s := c.in + tail
		i, known := mm.skipClean(s, 0)
		assert.Equal(t, c.taken, s[:i], "%q", c.in)
		assert.Equal(t, c.known, known, "%q", c.in)
	}
	// (ASCII words are not counted as remembered) and stops where fewer
	// than 17 bytes are left
	s := strings.Repeat("Nam ", 10)
	i, _ := mm.skipClean(s, 0)
	assert.Equal(t, 27, i)
}
