package date

import (
	"maps"
	"slices"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// A window that holds one short number and nothing else that opens a
// window ("khoảng 5 tỷ đồng", "hơn 20 đại biểu") is most windows of a
// typical text and yields no date: its only key is the number, so an
// expression kept there must hold it (keyed), and the grammar takes a
// number of up to three digits between two plain words into none. The
// number starts an expression only as "3 ngày trước", a spelled date ("5
// tháng 9", "23 Tết") or the lone day of a chain ("12 và 13/5"), which
// need a word of inertAfter after it; anything else reaches it only
// through the token before it: a lead ("ngày", "thứ", "quý"), a
// connector, "mùng", "cách đây" or a lunar or cyclic name, words of
// inertBefore. A lone day with neither is a partial item with nothing to
// complete it, which expr drops. Such windows are not read at all. So are
// those where the number ends a clause ("khu 5, đề", "đạt 5."): after a
// comma the chain's next item would open with a lead, a number or a word
// of the grammar, and other punctuation joins no item at all.

// inertBefore holds the lower-case words after which a number may be
// part of an expression: every word of the leads, relative phrases,
// lunar month names and stems and branches, and the grammar's own.
var inertBefore = func() wordIndex {
	set := map[string]bool{}
	for _, t := range []*phraseTable{leads, relatives, lunarName, cycle} {
		for _, ps := range t.byFirst {
			for _, p := range ps {
				for _, w := range p.words {
					set[w] = true
				}
			}
		}
	}
	for _, w := range []string{"mùng", "mồng", "cách", "đây", "đến", "tới", "hết", "và", "hoặc", "rạng", "sáng",
		"ngày", "tháng", "năm", "tết", "đán", "thứ", "quý", "rằm", "nhuận", "âm", "lịch"} {
		set[w] = true
	}
	return newWordIndex(slices.Sorted(maps.Keys(set)))
}()

// inertAfter holds the lower-case words after which a number may start
// an expression: the units of "3 ngày trước", the spelled dates' words
// and the connectors of a chain.
var inertAfter = newWordIndex([]string{"ngày", "tháng", "năm", "tết", "đến", "tới", "hết", "và", "hoặc", "rạng", "sáng"})

// inertNumber reports whether the digits text[i:j], the only key of their
// window, are a number no expression holds: one of up to three digits
// after a single space and a word that is none of inertBefore, and then
// one of:
//   - a space and a word that is none of inertAfter;
//   - a comma, a space and a word that is none of inertBefore: the comma
//     joins a list, whose next item opens with no such word ("khu 5, đề");
//   - ASCII punctuation that neither joins a range or a list nor opens
//     "(âm lịch)" (endsNumber): the lone day has nothing after it.
//
// It reads at most 32 bytes on either side; past that it reports false.
func inertNumber(text string, i, j int) bool {
	if j-i > 3 || i < 2 || j+1 >= len(text) || text[i-1] != ' ' {
		return false
	}
	var set *wordIndex
	from := j + 1 // where the word after the number starts
	switch c := text[j]; {
	case c == ' ':
		set = &inertAfter
	case c == ',' && text[j+1] == ' ':
		set, from = &inertBefore, j+2
	case !endsNumber[c]:
		return false
	}
	start := i - 1 // the bytes since the last space or line break before the number
	for start > 0 && text[start-1] != ' ' && text[start-1] != '\n' {
		if i-start > 32 {
			return false
		}
		start--
	}
	var buf [8]token
	before := tokenize(buf[:0], text, start, i-1)
	if len(before) == 0 || !plainWord(text, before[len(before)-1], &inertBefore) {
		return false
	}
	if set == nil {
		return true
	}
	to := from // up to the next space or line break after it
	for to < len(text) && text[to] != ' ' && text[to] != '\n' {
		if to-from > 32 {
			return false
		}
		to++
	}
	after := tokenize(buf[:0], text, from, to)
	return len(after) > 0 && plainWord(text, after[0], set)
}

// endsNumber marks the ASCII punctuation after which a number ends every
// expression that starts with it: all but the connectors ("-", "/", ","),
// "(" of "(âm lịch)", and the letters, digits and spaces that would join
// or follow the number's token.
var endsNumber = func() (t [256]bool) {
	for _, c := range ".;:)]}!?\"%" {
		t[c] = true
	}
	return t
}()

// plainWord reports whether t is a word whose lower-case form is none of
// set. A word too long for the buffer counts as one of it.
func plainWord(text string, t token, set *wordIndex) bool {
	if t.kind != tokWord || t.end-t.start > 64 {
		return false
	}
	var buf [96]byte
	return set.lookupBytes(scan.AppendLower(buf[:0], text[t.start:t.end])) < 0
}
