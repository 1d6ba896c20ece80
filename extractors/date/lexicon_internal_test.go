package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestStarterFits: a starter that begins only longer phrases needs their
// second word after it, a qualifier a lead or a relative phrase.
func TestStarterFits(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"trung tuần tháng 5", true},
		{"Trung ương", false},
		{"TRUNG TUẦN", true},
		{"trung", false},
		{"thứ Hai", true},
		{"thứ 5", true},
		{"thứ nhất", false},
		{"chủ nhật", true},
		{"chủ\nnhật", false},
		{"cuối tháng 9", true},
		{"Cuối cùng", false},
		{"cuối\nnăm", true},
		{"đầu năm nay", true},
		{"đầu hôm qua", true},
		{"đầu", false},
		{"ngày mai", true},
		{"năm học", true},
		{"rằm tháng Giêng", true},
		{"mùng", true},
		{"cách đây", true},
	} {
		p := &parser{text: tt.text, toks: tokenize(nil, tt.text, 0, len(tt.text))}
		n := starter(tt.text, &p.toks[0])
		require.GreaterOrEqual(t, n, 0, tt.text)
		assert.Equal(t, tt.want, p.starterFits(0, n), tt.text)
	}
}

// TestStarterFitsExpr: where starterFits turns a starter away, expr finds
// no expression there.
func TestStarterFitsExpr(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	texts := []string{"Trung ương, thứ nhất, cuối cùng, chủ tịch, sinh viên 5, nhiệm vụ 3",
		"đầu\n\ntháng 5, đầu tiên 12/3, giai cấp 2017, thượng nguồn 5/6, hạ tầng 2019"}
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		for _, a := range []anchor{parseAnchor(""), parseAnchor("2017-06-15")} {
			p := &parser{text: text, anchor: a, toks: tokenize(nil, text, 0, len(text))}
			for i := range p.toks {
				if p.toks[i].kind != tokWord {
					continue
				}
				if n := starter(text, &p.toks[i]); n >= 0 && !p.starterFits(i, n) {
					p.out = nil
					require.Equal(t, i, p.expr(i), "%q", text[p.toks[i].start:min(len(text), p.toks[i].start+40)])
				}
			}
		}
	}
}
