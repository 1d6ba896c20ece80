package date

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInertNumber(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"khoảng 5 tỷ đồng", true},
		{"hơn 120 đại biểu", true},
		{"Khoảng 5 Tỷ", true},
		{"khoảng 2025 tỷ", false},   // a year
		{"ngày 5 tỷ", false},        // a lead
		{"Tháng 5 này", false},      // a lead, capitalized
		{"thứ 5 tuần này", false},   // a lead's number
		{"cách đây 3 hôm", false},   // ago
		{"mùng 5 ông", false},       // a lunar day
		{"hơn 3 ngày trước", false}, // relative
		{"hơn 5 tháng 9", false},    // spelled
		{"hơn 12 và 13/5", false},   // a chain
		{"hơn 12 Đến 13", false},    // a chain, capitalized
		{"hơn 23 Tết", false},       // the days before Tết
		{"hơn, 5 tỷ", false},        // punctuation before
		{"hơn 5, tỷ", true},         // a list whose next item cannot start
		{"khu 5, Đề án", true},      // capitalized
		{"hơn 5. Khi", true},        // the sentence ends
		{"hơn 5; tỷ", true},
		{"hơn 5% tỷ", true},
		{"hơn 5, ngày 6", false}, // a list of days
		{"hơn 5, Tháng", false},  // a lead after the comma
		{"hơn 5, rằm", false},    // a lunar day
		{"hơn 5,tỷ", false},      // no space after the comma
		{"hơn 5,  tỷ", false},    // no word right after the comma
		{"hơn 5,", false},        // at the end
		{"hơn 5/ tỷ", false},     // a separator
		{"hơn 5( tỷ", false},     // "(âm lịch)"
		{"hơn 5– tỷ", false},     // a dash
		{"hơn 5. ", true},
		{"hơn 5.", false},    // at the end
		{"hơn 5h tỷ", false}, // glued to a letter: no number
		{"hơn 5 - 6", false}, // punctuation after
		{"hơn  5 tỷ", false}, // no word right before
		{"hơn 5  tỷ", false}, // no word right after
		{"hơn\n5 tỷ", false}, // a line break before
		{"5 tỷ", false},      // at the start
		{"hơn 5", false},     // at the end
		{"hơn 5 ", false},    // nothing after
		{strings.Repeat("a", 40) + " 5 tỷ", false},
		{"hơn 5 " + strings.Repeat("a", 40), false},
	} {
		i := strings.IndexAny(tt.text, "0123456789")
		j := i
		for j < len(tt.text) && tt.text[j] >= '0' && tt.text[j] <= '9' {
			j++
		}
		assert.Equal(t, tt.want, inertNumber(tt.text, i, j), tt.text)
	}
}

// TestInertNoNumberPhrase: inertNumber assumes that no lexicon phrase
// opens with a number, so that the grammar reads a number after a plain
// word only as the start of an expression.
func TestInertNoNumberPhrase(t *testing.T) {
	for _, tab := range []*phraseTable{leads, relatives, lunarName, cycle} {
		for k := range tab.byFirst {
			assert.False(t, k[0] >= '0' && k[0] <= '9', k)
		}
	}
}
