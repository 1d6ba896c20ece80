package normalize

import "unicode/utf8"

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

// decodeVIQR converts VIQR text. With count, shapes counts words that used
// a shape mark or dd and came out as valid syllables.
func decodeVIQR(s string, ab *alignBuilder, count bool) (string, int) {
	dst := make([]byte, 0, len(s)+len(s)/4)
	shapes := 0
	for i := 0; i < len(s); {
		c := s[i]
		if !isASCIILetter(c) {
			j := i + 1
			for j < len(s) && !isASCIILetter(s[j]) {
				j++
			}
			dst = append(dst, s[i:j]...)
			if ab != nil {
				ab.emit(i, j, j-i, true)
			}
			i = j
			continue
		}
		j, plain := i, true
		for j < len(s) && (isASCIILetter(s[j]) || isVIQRMark(s[j]) || s[j] == '\\' && j+1 < len(s) && isVIQRMark(s[j+1])) {
			if !isASCIILetter(s[j]) {
				plain = false
				if s[j] == '\\' {
					j++
				}
			}
			j++
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
		end := j
		if c := s[j-1]; (c == '.' || c == '?' || c == '\'') && s[j-2] != '\\' {
			// a final mark that spoils the syllable is punctuation
			w.decode(nil, s, i, j, nil)
			if w.lastTone && (w.n < 0 || !validSyllable(w.letters[:w.n])) {
				end = j - 1
			}
			w = viqrWord{}
		}
		dst = w.decode(dst, s, i, end, ab)
		if end < j {
			dst = append(dst, s[end])
			if ab != nil {
				ab.emit(end, j, 1, true)
			}
		}
		if count && w.shaped && w.n > 0 && validSyllable(w.letters[:w.n]) {
			shapes++
		}
		i = j
	}
	return string(dst), shapes
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
		w.dst = utf8.AppendRune(w.dst, w.cur.rune())
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
