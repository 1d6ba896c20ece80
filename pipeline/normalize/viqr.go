package normalize

import (
	"sync"
	"unicode/utf8"
)

// VIQR (RFC 1456) writes Vietnamese in ASCII: a vowel is followed by its
// shape mark ( ( breve, ^ circumflex, + horn ) and then its tone
// ( ' acute, ` grave, ? hook, ~ tilde, . dot below ); DD/dd is Đ/đ, and a
// backslash makes the next mark character literal ("ai\?"). Real VIQR
// text rarely escapes a sentence-final '.', '?' or '\'' after a vowel, so
// such a mark at the end of a word is read as punctuation when it does not
// give a valid syllable ("giao." stays ambiguous and reads as "giạo").

func isVIQRMark(c byte) bool {
	switch c {
	case '(', '^', '+', '\'', '`', '?', '~', '.':
		return true
	}
	return false
}

// Classes of bytes for decodeVIQR's scans, one table lookup a byte.
const (
	viqrOther = iota
	viqrLetter
	viqrMark
	viqrEscape
)

var viqrClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case isASCIILetter(byte(c)):
			t[c] = viqrLetter
		case isVIQRMark(byte(c)):
			t[c] = viqrMark
		case c == '\\':
			t[c] = viqrEscape
		}
	}
	return t
}()

// viqrUTF8 holds the UTF-8 of each letter.rune(), indexed like composed,
// with its length in the last byte (every letter takes 1 to 3 bytes).
// It is filled on first use since composed is filled by an init function.
var (
	viqrUTF8     [2][26][5][6][4]byte
	viqrUTF8Once sync.Once
)

func fillVIQRUTF8() {
	for up := range 2 {
		for b := range 26 {
			for sh := range 5 {
				for t := range 6 {
					e := &viqrUTF8[up][b][sh][t]
					e[3] = byte(utf8.EncodeRune(e[:3], composed[up][b][sh][t]))
				}
			}
		}
	}
}

// decodeVIQR converts VIQR text. With count, shapes counts words that used
// a shape mark or dd and came out as valid syllables.
func decodeVIQR(s string, ab *alignBuilder, count bool) (string, int) {
	viqrUTF8Once.Do(fillVIQRUTF8)
	dst := make([]byte, 0, len(s)+len(s)/4)
	shapes := 0
	// fw serves every word fast decodes: fast sets each field read after
	// it, so it need not be cleared between words
	var fw viqrWord
	for i := 0; i < len(s); {
		if viqrClass[s[i]] != viqrLetter {
			j := i + 1
			for j < len(s) && viqrClass[s[j]] != viqrLetter {
				j++
			}
			dst = append(dst, s[i:j]...)
			if ab != nil {
				ab.emit(i, j, j-i, true)
			}
			i = j
			continue
		}
		if ab == nil {
			// most words: scan and decode in one pass
			if d, j, ok := fw.fast(dst, s, i); ok {
				dst = d
				if c := s[j-1]; (c == '.' || c == '?' || c == '\'') && fw.lastTone && !validSyllable(fw.letters[:fw.n]) {
					dst = fw.punctuate(dst, c)
				}
				if count && fw.shaped && validSyllable(fw.letters[:fw.n]) {
					shapes++
				}
				i = j
				continue
			}
		}
		j, plain := i+1, true
		for j < len(s) {
			k := viqrClass[s[j]]
			if k == viqrLetter {
				j++
				continue
			}
			if k == viqrMark {
				plain = false
				j++
				continue
			}
			if k == viqrEscape && j+1 < len(s) && viqrClass[s[j+1]] == viqrMark {
				plain = false
				j += 2
				continue
			}
			break
		}
		if plain && (j-i < 2 || s[i]|0x20 != 'd' || s[i+1]|0x20 != 'd') {
			// no mark and no dd: the word is itself
			dst = append(dst, s[i:j]...)
			if ab != nil {
				ab.emit(i, j, j-i, true)
			}
			i = j
			continue
		}
		var w viqrWord
		c := s[j-1]
		final := (c == '.' || c == '?' || c == '\'') && s[j-2] != '\\'
		if final && ab != nil {
			// a final mark that spoils the syllable is punctuation; the
			// alignment cannot be taken back, so read the word first
			end := j
			w.decode(nil, s, i, j, nil)
			if w.lastTone && (w.n < 0 || !validSyllable(w.letters[:w.n])) {
				end = j - 1
			}
			w = viqrWord{}
			dst = w.decode(dst, s, i, end, ab)
			if end < j {
				dst = append(dst, s[end])
				ab.emit(end, j, 1, true)
			}
		} else {
			dst = w.decode(dst, s, i, j, ab)
			if final && w.lastTone && (w.n < 0 || !validSyllable(w.letters[:w.n])) {
				dst = w.punctuate(dst, c)
			}
		}
		if count && w.shaped && w.n > 0 && validSyllable(w.letters[:w.n]) {
			shapes++
		}
		i = j
	}
	return bytesToString(dst), shapes
}

// viqrWord decodes one token of letters and mark characters.
type viqrWord struct {
	letters  [maxLetters]letter
	n        int  // letters, -1 when there are too many or a literal among them
	closed   bool // a literal came: a letter after it is no syllable
	shaped   bool // a shape mark or dd was used
	lastTone bool // the last character was taken as a tone mark

	dst      []byte
	write    bool
	ab       *alignBuilder
	cur      letter // written once its marks are known
	have     bool
	curStart int
	lastOut  int // where in dst the last letter written starts
}

// decode appends the text of s[i:j] to dst, or only reads it when dst is
// nil.
func (w *viqrWord) decode(dst []byte, s string, i, j int, ab *alignBuilder) []byte {
	w.dst, w.write, w.ab = dst, dst != nil, ab
	for k := i; k < j; {
		c := s[k]
		w.lastTone = false
		switch {
		case c == '\\':
			w.literal(k, k+2, s[k+1])
			k += 2
		case isASCIILetter(c):
			w.flush(k)
			if k == i && c|0x20 == 'd' && k+1 < j && s[k+1]|0x20 == 'd' {
				w.cur = letter{base: 'd', shape: shapeStroke, upper: c == 'D', ok: true}
				w.have, w.curStart = true, k
				w.shaped = true
				k += 2
				continue
			}
			w.cur = latinLetters[c]
			w.have, w.curStart = true, k
			k++
		default: // a mark character
			if !w.mark(c) {
				w.literal(k, k+1, c)
			}
			k++
		}
	}
	w.flush(j)
	return w.dst
}

// mark applies a mark character to the current vowel.
func (w *viqrWord) mark(c byte) bool {
	l := &w.cur
	if !w.have || !isVowel(l.base) {
		return false
	}
	switch c {
	case '(', '^', '+':
		v := shapeCirc
		if c == '(' {
			v = shapeBreve
		} else if c == '+' {
			v = shapeHorn
		}
		if l.shape != 0 || l.tone != 0 || !shapeFits(l.base, v) {
			return false
		}
		l.shape = v
		w.shaped = true
		return true
	}
	if l.tone != 0 {
		return false
	}
	l.tone = viqrTone(c)
	w.lastTone = true
	return true
}

// flush writes the current letter, whose input ends at k.
func (w *viqrWord) flush(k int) {
	if !w.have {
		return
	}
	w.have = false
	if w.write {
		n := len(w.dst)
		w.lastOut = n
		w.dst = appendLetter(w.dst, &w.cur)
		if w.ab != nil {
			w.ab.emit(w.curStart, k, len(w.dst)-n, k-w.curStart == 1 && len(w.dst)-n == 1)
		}
	}
	if w.n >= 0 {
		if w.n == maxLetters || w.closed {
			w.n = -1
		} else {
			w.letters[w.n] = w.cur
			w.n++
		}
	}
}

// appendLetter appends the UTF-8 of l.rune() from a table: encoding each
// letter again, and the memmove of a general append, cost more than the
// letters themselves.
func appendLetter(dst []byte, l *letter) []byte {
	up := 0
	if l.upper {
		up = 1
	}
	e := &viqrUTF8[up][l.base-'a'][l.shape][l.tone]
	switch e[3] {
	case 1:
		return append(dst, e[0])
	case 2:
		return append(dst, e[0], e[1])
	}
	return append(dst, e[0], e[1], e[2])
}

// fast decodes, without alignment, the usual word that starts at s[i]
// (a letter): one whose every mark applies to its vowel, that has no
// backslash and at most maxLetters letters. It finds the end j of the word
// as it goes and keeps its state in locals, which makes it some times
// faster than scanning the word and then decoding it with decode. It
// sets n, shaped, lastTone, cur, lastOut and letters[:n] of w; for any
// other word it returns false and dst as it was.
func (w *viqrWord) fast(dst []byte, s string, i int) (_ []byte, j int, ok bool) {
	start := len(dst)
	n, shaped, lastTone := 0, false, false
	// the letter of an ASCII letter without marks is the letter itself:
	// while plain, cur is written as curByte without the table
	var cur letter
	var curByte byte
	plain := true
	k := i
	if i+1 < len(s) && s[i]|0x20 == 'd' && s[i+1]|0x20 == 'd' {
		cur = letter{base: 'd', shape: shapeStroke, upper: s[i] == 'D', ok: true}
		plain, shaped = false, true
		k += 2
	} else {
		curByte = s[i]
		cur = latinLetters[curByte]
		k++
	}
	for ; k < len(s); k++ {
		c := s[k]
		class := viqrClass[c]
		if class == viqrLetter {
			lastTone = false
			if n == maxLetters {
				return dst[:start], 0, false
			}
			if plain {
				dst = append(dst, curByte)
			} else {
				dst = appendLetter(dst, &cur)
			}
			w.letters[n] = cur
			n++
			curByte = c
			cur = latinLetters[c]
			plain = true
			continue
		}
		if class == viqrOther || class == viqrEscape && (k+1 == len(s) || viqrClass[s[k+1]] != viqrMark) {
			break // the end of the word
		}
		lastTone = false
		if class == viqrEscape || !isVowel(cur.base) {
			return dst[:start], 0, false
		}
		switch c {
		case '(', '^', '+':
			v := shapeCirc
			if c == '(' {
				v = shapeBreve
			} else if c == '+' {
				v = shapeHorn
			}
			if cur.shape != 0 || cur.tone != 0 || !shapeFits(cur.base, v) {
				return dst[:start], 0, false
			}
			cur.shape = v
			shaped = true
		default:
			if cur.tone != 0 {
				return dst[:start], 0, false
			}
			cur.tone = viqrTone(c)
			lastTone = true
		}
		plain = false
	}
	if n == maxLetters {
		return dst[:start], 0, false
	}
	w.lastOut = len(dst)
	if plain {
		dst = append(dst, curByte)
	} else {
		dst = appendLetter(dst, &cur)
	}
	w.letters[n] = cur
	w.n, w.shaped, w.lastTone, w.cur = n+1, shaped, lastTone, cur
	return dst, k, true
}

// punctuate rewrites the last letter of the word just decoded to dst
// without the tone its final mark c gave, and c after it as punctuation:
// what decoding the word without c would have written, since the words
// that end in a mark are too many to decode twice.
func (w *viqrWord) punctuate(dst []byte, c byte) []byte {
	l := w.cur
	l.tone = 0
	if w.n > 0 {
		w.letters[w.n-1].tone = 0
	}
	return append(appendLetter(dst[:w.lastOut], &l), c)
}

// literal writes c, read from s[from:to], as itself.
func (w *viqrWord) literal(from, to int, c byte) {
	w.flush(from)
	w.closed = true
	if w.write {
		w.dst = append(w.dst, c)
		if w.ab != nil {
			w.ab.emit(from, to, 1, to-from == 1)
		}
	}
}

func viqrTone(c byte) uint8 {
	switch c {
	case '\'':
		return toneAcute
	case '`':
		return toneGrave
	case '?':
		return toneHook
	case '~':
		return toneTilde
	}
	return toneDot
}
