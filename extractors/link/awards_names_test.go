package link

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// manyWords must answer as givenName's ok does.
func TestManyWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Ngô Hà Sinh", true},
		{"Lê Hà", true},
		{"A B", true},
		{" Sinh", false},
		{"Sinh ", false},
		{" Sinh ", false},
		{"  ", false},
		{"Lê\u00a0 Hà", true},
		{"\u00a0Lê Hà", true},
		{"\u00a0Lê ", false},
		{"Lê \u3000", false},
		{"\tLê Hà\n", true},
		{"\xff Hà", true},
	} {
		var r awardReader
		_, ok := r.givenName(tc.name)
		assert.Equal(t, tc.want, ok, "givenName %q", tc.name)
		assert.Equal(t, tc.want, r.manyWords(tc.name), "manyWords %q", tc.name)
	}
}

func TestPlainFold(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"huân chương lao động hạng nhất", true},
		{" a", false},
		{"a ", false},
		{"a  b", false},
		{`danh hiệu "x"`, false},
		{"giải ‘vàng’", false},
		{"a\u00a0b", false},
		{"a\u1680b", false},
		{"a\tb", false},
		{"ấ ố", true},
	} {
		assert.Equal(t, tc.want, plainFold(tc.s), tc.s)
	}
}
