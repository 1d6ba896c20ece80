package date

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

func TestWordIndex(t *testing.T) {
	ws := []string{"năm", "ngày", "tháng", "2", "rằm", "thứ"}
	x := newWordIndex(ws)
	for n, w := range ws {
		assert.Equal(t, n, x.lookup(w), w)
		assert.Equal(t, n, x.lookupBytes([]byte(w)), w)
	}
	for _, w := range []string{"", "nam", "ngàyy", "3", "Năm"} {
		assert.Equal(t, -1, x.lookup(w), w)
		assert.Equal(t, -1, x.lookupBytes([]byte(w)), w)
	}
	for _, t2 := range []*phraseTable{leads, relatives, lunarName, cycle, units, blockers, contexts} {
		for k, ps := range t2.byFirst {
			assert.Equal(t, ps, t2.get(k), k)
		}
	}
}

// lower is scan.ToLower, whether or not the word is one of lowerWords.
func TestLower(t *testing.T) {
	for _, w := range append([]string{"Ngày", "NGÀY", "ngày", "Hà", "Nội", "ĐẮK", "Giêng", "X",
		"Mộtcáitừrấtrấtdàiđểvượtquábộđệmbamươihaibyte"}, lowerWordList...) {
		assert.Equal(t, scan.ToLower(w), lower(w), w)
		assert.Equal(t, scan.ToLower(w), lower(strings.ToUpper(w)), w)
	}
}
