package date

import (
	"math/bits"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/internal/swar"
)

// hotWindowsScan appends to ws the sorted, disjoint windows of text, whose
// scan tokens are toks, that may hold a date: around every run of digits
// and every key word at a keyBoundary, and, when relative is true, around
// every relative word after its head and one space, less the windows of
// lone inert numbers (inertNumber). The digits are found
// eight bytes at a time; the key and relative words at the starts of the
// words of toks, by their first three bytes (hotWords): they start with an
// ASCII letter, and after a keyBoundary a scan word starts. kws is scratch
// space for the word windows, which wait for the digits before them; it is
// returned for reuse.
func hotWindowsScan(ws []window, text string, toks []scan.Token, relative bool, kws []window) ([]window, []window) {
	h := hotSet{ws: ws, base: len(ws), text: text}
	// The words first, in text order: few of them open a window.
	kws = kws[:0]
	starts := keyStarts // a first test, cheaper than hotWords'
	if relative {
		starts = wordStarts
	}
	first := 0
	if len(toks) > 0 && toks[0].Start == 0 {
		if toks[0].Kind == scan.Word && len(text) >= 3 {
			kws = keyWordAt(kws, text, 0, uint32(text[0])<<8|uint32(text[1])<<16|uint32(text[2])<<24, relative)
		}
		first = 1
	}
	kws = keyWordsAt(kws, text, toks[first:], starts, relative)
	// Then the digits, with the words' windows in between, in text order.
	next := 0 // the next word window
	for i := 0; i < len(text); i++ {
		for i+32 <= len(text) { // most text holds no digit: 32 bytes a turn
			if s := text[i : i+32]; digitBytes(swar.Load64(s, 0))|digitBytes(swar.Load64(s, 8))|
				digitBytes(swar.Load64(s, 16))|digitBytes(swar.Load64(s, 24)) != 0 {
				break
			}
			i += 32
		}
		for i+8 <= len(text) {
			if m := digitBytes(swar.Load64(text, i)); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		for i < len(text) && (text[i] < '0' || text[i] > '9') {
			i++ // the last bytes, fewer than eight
		}
		if i >= len(text) {
			break
		}
		for ; next < len(kws) && kws[next].from < i; next++ {
			h.add(kws[next].from-hotBefore, kws[next].to+hotAfter)
		}
		j := i + 1
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		h.addDigits(i, j)
		i = j - 1
	}
	for ; next < len(kws); next++ {
		h.add(kws[next].from-hotBefore, kws[next].to+hotAfter)
	}
	h.close()
	return h.ws, kws
}

// keyWordsAt appends to kws the windows of the key and relative words at
// the starts of toks, none of which starts the text. Every token is tried,
// whatever its kind: the words all open with an ASCII letter, which starts
// no number and no punctuation, and hotWords is exact. The tokens are in
// text order: once one has no three bytes left, no later one has. The loop,
// a function of its own so that its few values stay in registers, holds
// only the first test, starts.
func keyWordsAt(kws []window, text string, toks []scan.Token, starts *triSet, relative bool) []window {
	set := *starts // a copy on the stack: the loop's one memory besides toks and text
	for k := range toks {
		i := toks[k].Start
		if i < 1 || i+3 > len(text) {
			break // only the first token may start the text
		}
		// The byte before the word and its first three, from one load.
		v := swar.Load32(text, i-1)
		if set.has(v >> 8) {
			kws = keyWordAt(kws, text, i, v, relative)
		}
	}
	return kws
}

// keyWordAt appends to kws the window of the key or relative word at
// text[i], if one starts there; v holds the byte before it (any at the
// start of the text) and its first three, little-endian.
func keyWordAt(kws []window, text string, i int, v uint32, relative bool) []window {
	if !keyBoundary(text, i) {
		return kws
	}
	e := hotWords.lookup(v >> 8)
	if e == nil {
		return kws
	}
	if i+4 < len(text) && e.keyNext.has(text[i+4]) {
		if k := e.key.match(text, i); k > 0 {
			kws = append(kws, window{i, i + k})
		}
	}
	if relative && i > 0 && byte(v) == ' ' {
		if k := e.rel.match(text, i); k > 0 && afterHead(text[:i]) {
			kws = append(kws, window{i, i + k})
		}
	}
	return kws
}

// digitBytes flags the ASCII digits among the eight bytes of x, the top
// bit of each, up to the first: a byte after a digit may be flagged too,
// so the mask says whether x holds a digit and where the first one is,
// no more. A byte is a digit when its xor with '0' is below ten, and a
// subtraction of ten from every byte borrows across bytes only from a
// byte that is below ten.
func digitBytes(x uint64) uint64 {
	y := x ^ '0'*swar.Low
	return (y - 10*swar.Low) &^ y & swar.High
}

// hotSet gathers windows: snapped to words, a window that reaches the
// last one merged into it. A window that the digits of one inert number
// alone opened is dropped once the next one shows it final (inert.go).
type hotSet struct {
	ws     []window
	base   int
	text   string
	lone   bool // the last window holds the digits text[di:dj] and no other key
	di, dj int
}

// addDigits adds the window of the digits text[i:j].
func (h *hotSet) addDigits(i, j int) {
	if h.add(i-hotBefore, j+hotAfter) {
		h.lone, h.di, h.dj = true, i, j
	}
}

// add adds a window and reports whether it stands apart from the last.
func (h *hotSet) add(from, to int) bool {
	from, to = snapBack(h.text, from), snapForward(h.text, to)
	if n := len(h.ws); n > h.base && from <= h.ws[n-1].to {
		h.ws[n-1].to = max(h.ws[n-1].to, to)
		h.lone = false
		return false
	}
	h.close()
	h.ws = append(h.ws, window{from, to})
	return true
}

// close ends the last window: dropped when one inert number alone
// opened it.
func (h *hotSet) close() {
	if h.lone && inertNumber(h.text, h.di, h.dj) {
		h.ws = h.ws[:len(h.ws)-1]
	}
	h.lone = false
}

// hotWords holds the key and relative words by their first three bytes:
// an exact table, where keyStarts and wordStarts may let a word through
// that opens none.
var hotWords = newHotTable(keyWords, relativeWords)

// hotTable maps three bytes, little-endian, to the key and relative words
// that open with them, by open addressing.
type hotTable struct {
	prefix [256]uint32 // 0 for an empty slot: no word holds a NUL
	entry  [256]*hotEntry
}

// hotEntry lists the key and relative words that open with one three
// bytes, each list in the order of hasWord's.
type hotEntry struct {
	key, rel hotList
	keyNext  byteSet // the fifth bytes of the key words: all are longer
}

// hotList is a list of words that hotList.match tries in order.
type hotList []hotWord

// hotWord is a word with its first bytes, up to eight, as one masked
// little-endian word, for a test of one load.
type hotWord struct {
	lo, mask uint64
	w        string
}

// byteSet is a set of bytes, a bit each.
type byteSet [4]uint64

func (s *byteSet) add(c byte)      { s[c>>6] |= 1 << (c & 63) }
func (s *byteSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }

func hotSlot(v uint32) uint32 { return v * 0x9E3779B1 >> 24 }

func newHotTable(keys, rels []string) *hotTable {
	t := new(hotTable)
	get := func(w string) *hotEntry {
		if len(w) < 3 {
			panic("date: hot word shorter than three bytes: " + w)
		}
		v := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
		i := hotSlot(v)
		for t.prefix[i] != 0 && t.prefix[i] != v {
			i = (i + 1) % 256
		}
		if t.entry[i] == nil {
			t.prefix[i], t.entry[i] = v, new(hotEntry)
		}
		return t.entry[i]
	}
	word := func(w string) hotWord {
		h := hotWord{w: w}
		for k := 0; k < len(w) && k < 8; k++ {
			h.lo |= uint64(w[k]) << (8 * k)
			h.mask |= 0xFF << (8 * k)
		}
		return h
	}
	for _, w := range keys {
		if len(w) < 5 {
			panic("date: key word shorter than five bytes: " + w)
		}
		e := get(w)
		e.key = append(e.key, word(w))
		e.keyNext.add(w[4])
	}
	for _, w := range rels {
		e := get(w)
		e.rel = append(e.rel, word(w))
	}
	return t
}

// lookup returns the entry of the three bytes v, or nil.
func (t *hotTable) lookup(v uint32) *hotEntry {
	for i := hotSlot(v); ; i = (i + 1) % 256 {
		if p := t.prefix[i]; p == v || p == 0 {
			return t.entry[i]
		}
	}
}

// match returns the length of the first word of l that text[i:] starts
// with, or 0: hasWord for the words of one entry.
func (l hotList) match(text string, i int) int {
	if i+8 <= len(text) {
		x := swar.Load64(text, i)
		for k := range l {
			h := &l[k]
			if x&h.mask == h.lo && (len(h.w) <= 8 || i+len(h.w) <= len(text) && text[i+8:i+len(h.w)] == h.w[8:]) {
				return len(h.w)
			}
		}
		return 0
	}
	for _, h := range l {
		if i+len(h.w) <= len(text) && text[i:i+len(h.w)] == h.w {
			return len(h.w)
		}
	}
	return 0
}
