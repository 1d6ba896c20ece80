package date

import (
	"math/bits"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/internal/swar"
)

// scanSeeds are texts where scan's words and hotWindows' could part ways.
var scanSeeds = []string{
	"Ngày 12/9/2017, ông Jae-in và O'Neil (O’Neil) đến; 1.000 người, 1,5%.",
	"Nguyễn_Văn_A sinh 12-9-1962\r\nquý IV\u00a0năm 2017\u200cchiều qua",
	"1º 2ª µ3 ×4 ÷5 ͵6 ;7 \xc4A 8\xe1\xbb 9\xcc",
	"(rằm 9 hôm qua\n12(quý IV 2017 năm nay",
	"Tết 2025 \u2028ngày 3\u2029 \u2060tháng 4 – 5 — 6 … “7”",
	"ⁱ8 ℂ9 ngày10 10ngày 27B1 8h30 COVID-19 x-1 1-x 0,0A 1.2b 3/4c",
}

// FuzzHotWindowsScan checks that the windows found from the scan tokens
// are those of hotWindows.
func FuzzHotWindowsScan(f *testing.F) {
	for _, text := range testArticles(f) {
		f.Add(text)
	}
	for _, s := range scanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		stoks := scan.Tokens(text, nil)
		for _, rel := range []bool{false, true} {
			want := hotWindows(nil, text, rel)
			got, _ := hotWindowsScan(nil, text, stoks, rel, nil)
			require.Equal(t, want, got, "windows, relative %v", rel)
		}
	})
}

func TestHotWindowsScanSeeds(t *testing.T) {
	for _, text := range scanSeeds {
		stoks := scan.Tokens(text, nil)
		for _, rel := range []bool{false, true} {
			want := hotWindows(nil, text, rel)
			got, _ := hotWindowsScan(nil, text, stoks, rel, nil)
			assert.Equal(t, want, got, text)
		}
	}
}

func TestDigitBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		x := uint64(c) << 24
		want := c >= '0' && c <= '9'
		assert.Equal(t, want, digitBytes(x|'a')&(0x80<<24) != 0, "byte %#x", c)
	}
	// The lowest flag is the first digit, whatever the bytes around it.
	for _, s := range []string{"abcdefgh", "abc1efgh", "\xff\x80/:09\x00\x01", "\x00\x00\x00\x00\x00\x00\x009", "9\x00\x00\x00\x00\x00\x00\x00", "ngày 5/6", "ằ\xb0\x2f\x3a7x"} {
		want := strings.IndexAny(s, "0123456789")
		got := -1
		if m := digitBytes(swar.Load64(s, 0)); m != 0 {
			got = bits.TrailingZeros64(m) / 8
		}
		assert.Equal(t, want, got, "%q", s)
	}
}

func TestIsRelativeHead(t *testing.T) {
	n := 0
	for w := range relativeHead {
		assert.True(t, isRelativeHead(w), w)
		n++
	}
	assert.Equal(t, 30, n)
	for _, w := range []string{"", "hom", "hôm ", "Ngay", "nay", "tuần", "HÔm"} {
		assert.False(t, isRelativeHead(w), w)
	}
}

func TestHotTable(t *testing.T) {
	for _, w := range keyWords {
		e := hotWords.lookup(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16)
		require.NotNil(t, e, w)
		text := w + " 2025 và thêm vài chữ"
		assert.Equal(t, hasWord(text, 0, keyByFirst[w[0]]), e.key.match(text, 0), w)
		assert.Equal(t, len(w), e.key.match(w, 0), w)
	}
	for _, w := range relativeWords {
		e := hotWords.lookup(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16)
		require.NotNil(t, e, w)
		assert.Equal(t, len(w), e.rel.match(w+" nữa", 0), w)
		assert.Equal(t, len(w), e.rel.match(w, 0), w)
	}
	assert.Nil(t, hotWords.lookup('x'|'y'<<8|'z'<<16))
}
