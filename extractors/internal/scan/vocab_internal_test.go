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
	v := vocabTable{slots: make([]vocabSlot, 4)}
	ids := map[string]uint32{}
	for i := range 3000 {
		w := fmt.Sprintf("từ%d", i)
		if 2*(v.n+1) > len(v.slots) {
			old := v.slots
			v.slots = make([]vocabSlot, 2*len(old))
			for _, s := range old {
				if s.id != 0 {
					v.insert(s.word, s.id)
				}
			}
		}
		v.n++
		v.insert(w, uint32(v.n))
		ids[w] = uint32(v.n)
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
