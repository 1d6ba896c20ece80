package scan

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The table keeps every word's number through its growth, and finds
// nothing for words it was never given.
func TestVocabTable(t *testing.T) {
	v := newVocabTable(4)
	ids := map[string]uint32{}
	for i := range 3000 {
		w := fmt.Sprintf("từ%d", i)
		ids[w] = v.add(w)
	}
	for w, id := range ids {
		require.Equal(t, id, v.lookup(w), w)
	}
	for _, w := range []string{"", "x", "từ3000", "từ-1", "ừt1"} {
		assert.Zero(t, v.lookup(w), w)
	}
}

func TestIntern(t *testing.T) {
	a := Intern("xã hội chủ nghĩa")
	assert.NotZero(t, a)
	assert.Equal(t, a, Intern("xã hội chủ nghĩa"), "the same word, the same number")
	assert.NotEqual(t, a, Intern("xã hội chủ nghĩ"))
	assert.Panics(t, func() { Intern("") })
}

func TestVocabLongWords(t *testing.T) {
	v := newVocabTable(4)
	long := "nghiêngnghiêngnghiêng" // over 16 bytes: kept apart
	a, b := v.add(long), v.add("x")
	assert.Equal(t, a, v.lookup(long))
	assert.Equal(t, b, v.lookup("x"))
	assert.Zero(t, v.lookup(long[:16]))
	assert.Zero(t, v.lookup("x\x00"), "zero padding is not a byte of the word")
}
