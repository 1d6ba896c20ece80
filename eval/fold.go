package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// abbrev expands the abbreviations that the gold spells out. "tp." can never
// match, as words are stripped of trailing dots first; score.py has it too.
var abbrev = map[string]string{
	"ca": "công an", "cand": "công an nhân dân", "ubnd": "ủy ban nhân dân",
	"hđnd": "hội đồng nhân dân", "tw": "trung ương", "qđnd": "quân đội nhân dân",
	"mttq": "mặt trận tổ quốc", "bch": "ban chấp hành", "tp": "thành phố",
	"tp.": "thành phố", "bca": "bộ công an", "bqp": "bộ quốc phòng",
	"ttxvn": "thông tấn xã việt nam", "đcs": "đảng cộng sản",
}

// oldTone maps old-style tone placement to the new style (uỷ -> ủy), keyed by
// the two runes of the old form.
var oldTone = map[[2]rune][2]rune{
	{'o', 'à'}: {'ò', 'a'}, {'o', 'á'}: {'ó', 'a'}, {'o', 'ả'}: {'ỏ', 'a'}, {'o', 'ã'}: {'õ', 'a'}, {'o', 'ạ'}: {'ọ', 'a'},
	{'o', 'è'}: {'ò', 'e'}, {'o', 'é'}: {'ó', 'e'}, {'o', 'ẻ'}: {'ỏ', 'e'}, {'o', 'ẽ'}: {'õ', 'e'}, {'o', 'ẹ'}: {'ọ', 'e'},
	{'u', 'ỳ'}: {'ù', 'y'}, {'u', 'ý'}: {'ú', 'y'}, {'u', 'ỷ'}: {'ủ', 'y'}, {'u', 'ỹ'}: {'ũ', 'y'}, {'u', 'ỵ'}: {'ụ', 'y'},
}

// quotes are removed before comparison.
const quotes = "\"'“”‘’«»„‟`"

// Fold is the comparison form of s: NFC, lower case, quotes removed, tone
// placement unified at word ends, words split on white space, stripped of
// ",.;:" and expanded when they are known abbreviations.
func Fold(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune(quotes, r):
			return -1
		case r == '\u00a0':
			return ' '
		}
		return r
	}, s)
	s = unifyTone(s)
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, isPySpace) {
		w = strings.Trim(w, ",.;:")
		if x, ok := abbrev[w]; ok {
			w = x
		}
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// FoldTitle folds a title and drops one leading "nguyên ", "các " and "cựu ",
// tried in that order.
func FoldTitle(s string) string {
	s = Fold(s)
	for _, p := range [...]string{"nguyên ", "các ", "cựu "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// unifyTone rewrites old-style pairs that are not followed by a word
// character, as score.py's r"(?=\b|\W|$)" lookahead does.
func unifyTone(s string) string {
	if !strings.ContainsAny(s, "ou") {
		return s
	}
	rs := []rune(s)
	changed := false
	for i := 0; i+1 < len(rs); i++ {
		nw, ok := oldTone[[2]rune{rs[i], rs[i+1]}]
		if !ok || (i+2 < len(rs) && isPyWord(rs[i+2])) {
			continue
		}
		rs[i], rs[i+1] = nw[0], nw[1]
		changed = true
		i++
	}
	if !changed {
		return s
	}
	return string(rs)
}

// isPyWord is Python's Unicode \w: letters, numbers and the underscore.
func isPyWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' }

// isPySpace is Python's str.isspace, which also counts the information
// separators U+001C..U+001F.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }
