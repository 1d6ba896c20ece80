package lex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

func TestTrimQuote(t *testing.T) {
	for _, w := range []string{"", "'", "''", "o'neil", "'abe'", "''x''", "trump"} {
		assert.Equal(t, strings.Trim(w, "'’"), trimQuote(w), "%q", w)
	}
}

func TestLetterSets(t *testing.T) {
	tests := []struct {
		set  uint32
		in   string
		name string
	}{
		{onsets, "bcdghklmnprstvx", "onsets"},
		{codas, "cmnpt", "codas"},
		{vowels, "aeiouy", "vowels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for c := range 256 {
				want := strings.IndexByte(tt.in, byte(c)) >= 0
				assert.Equal(t, want, inSet(tt.set, byte(c)), "%q", c)
			}
		})
	}
}

func TestAnyForeign(t *testing.T) {
	s := "Nguyễn Văn Trump Hải"
	toks := scan.Tokens(s, nil)
	tests := []struct {
		ks   []int
		want bool
	}{
		{nil, false},
		{[]int{0, 1}, false},
		{[]int{0, 2}, true},
		{[]int{3}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, anyForeign(toks, tt.ks), "%v", tt.ks)
	}
}
