package normalize

import (
	"bufio"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type vector struct {
	input    []byte
	expected string
	note     string
	line     int
}

// readVectors reads testdata/vectors.tsv: input (or hex:BYTES), the
// expected text in the default (new) tone style, and a note.
func readVectors(t testing.TB) []vector {
	f, err := os.Open("testdata/vectors.tsv")
	require.NoError(t, err)
	defer f.Close()
	var vs []vector
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		row := sc.Text()
		if strings.HasPrefix(row, "#") || strings.HasPrefix(row, "input\t") {
			continue
		}
		cols := strings.Split(row, "\t")
		require.Len(t, cols, 3, "line %d", line)
		in := []byte(cols[0])
		if h, ok := strings.CutPrefix(cols[0], "hex:"); ok {
			in, err = hex.DecodeString(h)
			require.NoError(t, err)
		}
		vs = append(vs, vector{in, cols[1], cols[2], line})
	}
	require.NoError(t, sc.Err())
	return vs
}

func TestVectors(t *testing.T) {
	vs := readVectors(t)
	require.Len(t, vs, 225)
	for _, v := range vs {
		res, err := Default.Bytes(v.input)
		if assert.NoError(t, err, "line %d %s", v.line, v.note) {
			assert.Equal(t, v.expected, res.Text, "line %d %s\ninput %q", v.line, v.note, v.input)
		}
	}
}
