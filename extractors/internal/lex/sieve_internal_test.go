package lex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// TestSieveHits checks that a sieve lets through every token that is one
// of its words, whatever else it lets through.
func TestSieveHits(t *testing.T) {
	var s Sieve
	words := []string{"đại", "huân", "giải", "quyết", "x", strings.Repeat("a", 70)}
	for _, w := range words {
		s.Add(w)
	}
	tests := []struct {
		text string
		want []int // tokens that are words of s
	}{
		{"", nil},
		{"Đại tá Nguyễn Văn A nhận Huân chương", []int{0, 6}},
		{"giải, GIẢI giải.", []int{0, 2, 3}},
		{"Quyết định số 12/QĐ-TTg x", []int{0, 6}},
		{"chẳng có gì " + strings.Repeat("a", 70), []int{3}},
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		hits := s.appendHits(nil, toks)
		for _, i := range tt.want {
			assert.Contains(t, hits, i, "%q: token %d", tt.text, i)
		}
		for k, i := range hits {
			assert.True(t, k == 0 || hits[k-1] < i, "%q: hits out of order", tt.text)
			assert.True(t, s.words.Has(toks[i].Lower), "%q: token %d", tt.text, i)
		}
		doc := &pipeline.Document{Text: tt.text}
		first := s.Hits(doc)
		assert.Equal(t, hits, first, tt.text)
		assert.Equal(t, first, s.Hits(doc), "%q: memoized", tt.text)
	}
}

// TestSharedHits checks that the one pass of the shared sieves gives each
// of them every token that is one of its words, in order, and only tokens
// whose marks say so.
func TestSharedHits(t *testing.T) {
	for _, w := range []string{"đại", "huân", "x"} {
		Starts.Add(w)
	}
	for _, w := range []string{"phó", "chủ", "giải", strings.Repeat("a", 70)} {
		Titles.Add(w)
	}
	tests := []struct {
		text           string
		starts, titles []int // tokens that are words of Starts, of Titles
	}{
		{"", nil, nil},
		{"Đại tá Nguyễn Văn A nhận Huân chương", []int{0, 6}, nil},
		{"Phó Chủ tịch giải, GIẢI đại x", []int{6, 7}, []int{0, 1, 3, 5}},
		{"chẳng có gì " + strings.Repeat("a", 70), nil, []int{3}},
	}
	for _, tt := range tests {
		doc := &pipeline.Document{Text: tt.text}
		toks := scan.Document(doc)
		for _, c := range []struct {
			s    *Sieve
			want []int
			bit  uint8
		}{{&Starts, tt.starts, startsBit}, {&Titles, tt.titles, titlesBit}} {
			hits := c.s.Hits(doc)
			for _, i := range c.want {
				assert.Contains(t, hits, i, "%q: token %d", tt.text, i)
			}
			for k, i := range hits {
				assert.True(t, k == 0 || hits[k-1] < i, "%q: hits out of order", tt.text)
				assert.NotZero(t, bits[sieveHash(toks[i].Lower)]&c.bit, "%q: token %d", tt.text, i)
			}
			assert.Equal(t, hits, c.s.Hits(doc), "%q: memoized", tt.text)
		}
	}
}
