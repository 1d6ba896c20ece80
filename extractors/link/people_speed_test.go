package link

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLenSet(t *testing.T) {
	tests := []struct {
		set  []int
		n    int
		want bool
	}{
		{nil, 0, false},
		{[]int{3, 10}, 3, true},
		{[]int{3, 10}, 10, true},
		{[]int{3, 10}, 4, false},
		{[]int{70}, 63, true}, // every length from 63 on shares a bit
		{[]int{63}, 200, true},
		{[]int{62}, 63, false},
	}
	for _, tt := range tests {
		var s lenSet
		for _, n := range tt.set {
			s |= lenBit(n)
		}
		assert.Equal(t, tt.want, s.has(tt.n), "%v has %d", tt.set, tt.n)
	}
}

// maySourceOrSpoken must let through every text that ends with a word of
// sourceWords or spokenWords.
func TestMaySourceOrSpoken(t *testing.T) {
	for _, w := range append(append([]string{}, sourceWords...), spokenWords...) {
		assert.True(t, maySourceOrSpoken([]byte("ông "+w)), w)
		assert.True(t, maySourceOrSpoken([]byte(w)), w)
	}
	for _, s := range []string{"", "ông", "tại hà nội,", "bà x và"} {
		if maySourceOrSpoken([]byte(s)) {
			b := []byte(s)
			assert.False(t, endsWithAny(b, sourceWords) || endsWithAny(b, spokenWords), s)
		}
	}
	assert.False(t, maySourceOrSpoken([]byte("tỉnh,")))
}

// foldKnown answers as fold, whether it lowered s before or not, and
// keeps no more than maxKnown folds.
func TestFoldKnown(t *testing.T) {
	l := new(peopleLinker)
	for _, s := range []string{"Bộ trưởng", "", "bộ trưởng", "Bộ trưởng", "UBND TỈNH Hà Nội", "İstanbul", "\xffX"} {
		assert.Equal(t, fold(s), l.foldKnown(s), "%q", s)
	}
	for i := range maxKnown + 10 {
		s := "Sở " + strings.Repeat("X", i%7) + string(rune('A'+i%26)) + strings.Repeat("y", i/26)
		assert.Equal(t, fold(s), l.foldKnown(s), "%q", s)
	}
	assert.LessOrEqual(t, len(l.known), maxKnown)
}

func TestFirstPersonQuote(t *testing.T) {
	text := `"Tôi làm việc" và "anh ấy làm việc"`
	l := &peopleLinker{text: text}
	second := strings.LastIndexByte(text[:len(text)-1], '"')
	tests := []struct {
		open, closeAt int
		want          bool
	}{
		{0, strings.IndexByte(text[1:], '"') + 1, true},
		{0, strings.IndexByte(text[1:], '"') + 1, true}, // remembered
		{second, len(text) - 1, false},
		{0, strings.IndexByte(text[1:], '"') + 1, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, l.firstPersonQuote(tt.open, tt.closeAt), "%d-%d", tt.open, tt.closeAt)
		assert.Equal(t, firstPerson(text[tt.open:tt.closeAt]), tt.want)
	}
}

func TestSoleHolder(t *testing.T) {
	l := &peopleLinker{
		roles: []string{"giám đốc", "giám đốc", "phó giám đốc", "giám đốc"},
		orgs:  []string{"sở y tế", "sở nội vụ", "sở y tế", "sở y tế"},
		people: []*personAcc{
			{titles: []int{0, 2}},
			{titles: []int{1}},
			{titles: []int{3}},
		},
	}
	tests := []struct {
		role, org string
		want      int
	}{
		{"phó giám đốc", "", 0},
		{"phó giám đốc", "sở y tế", 0},
		{"phó giám đốc", "sở nội vụ", -1},
		{"giám đốc", "sở nội vụ", 1},
		{"giám đốc", "sở y tế", -2}, // people 0 and 2
		{"giám đốc", "", -2},
		{"chủ tịch", "", -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, l.soleHolder(tt.role, tt.org), "%s / %s", tt.role, tt.org)
	}
}
