package swar

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLoads(t *testing.T) {
	s := "Nguyễn Văn An"
	for i := 0; i+8 <= len(s); i++ {
		want := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		assert.Equal(t, want, Load64(s, i), i)
		assert.Equal(t, want, Load64Bytes([]byte(s), i), i)
		assert.Equal(t, uint32(want), Load32(s, i), i)
	}
}
