package lex_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// Tokens carry the vocabulary number of their lower-case word, which the
// lexicons interned as they loaded: every casing of a lexicon word gets
// the same number, a word no lexicon holds gets 0.
func TestVocab(t *testing.T) {
	s := "Bí thư BÍ THƯ bí thư xyzzyq"
	toks := scan.Tokens(s, nil)
	require.Len(t, toks, 7)
	assert.NotZero(t, toks[0].Vocab)
	for _, i := range []int{2, 4} {
		assert.Equal(t, toks[0].Vocab, toks[i].Vocab, toks[i].Text(s))
		assert.Equal(t, toks[1].Vocab, toks[i+1].Vocab, toks[i+1].Text(s))
	}
	assert.Zero(t, toks[6].Vocab)
	assert.Positive(t, scan.VocabSize())
	n, v := lex.Roles.Match(s, toks, 2)
	assert.Equal(t, 2, n)
	assert.Equal(t, "Bí thư", v)
}
