package corpus_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/corpus"
)

func TestISODate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"2024-03-27", "2024-03-27"},
		{"2024-02-30", ""}, // no such day
		{"2024-3-27x", ""},
		{"+024-03-27", ""},
		{"0999-01-01", "0999-01-01"},
		{"2024-03-27T08:00:00+07:00", "2024-03-27"},
		{"2024-03-27 08:00", "2024-03-27"},
		{"27/03/2024", "2024-03-27"},
		{"7/3/2024", "2024-03-07"},
		{"Wed, 27 Mar 2024 08:00:00 +0700", "2024-03-27"},
		{"hôm qua", ""},
	} {
		assert.Equal(t, tc.want, corpus.ISODate(tc.in), tc.in)
	}
}
