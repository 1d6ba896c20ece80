package normalize

import (
	"unicode"
	"unicode/utf8"
)

// score rates a candidate decoding: good counts words with Vietnamese
// letters that are valid syllables, bad counts words with non-ASCII
// letters that are not, and stray symbols glued to letters (what a wrong
// code page leaves behind: "C«ng", "nh©n", "Viá»‡t").
type score struct {
	good, bad int
	alien     int // of bad: letters or symbols Vietnamese text never has
}

func (s score) net() int { return s.good - 2*s.bad }

// decisive reports a decoding no other can beat in practice: a wrong code
// page garbles some word within a few dozen.
func (s score) decisive() bool { return s.good >= 16 && s.bad == 0 }

func scoreText(s string) score {
	var sc score
	var ls [maxLetters]letter
	n := 0
	nonASCII, broken, camel := false, false, false
	prevLetter := false
	endWord := func() {
		if n == 0 && !broken {
			return
		}
		switch {
		case !nonASCII:
		case n == 1 && !broken:
			// one letter proves little: "Ọ" may be VN1's reading of a dash
		case broken:
			sc.bad++
			sc.alien++
		case camel || n > maxLetters || !validSyllable(ls[:min(n, maxLetters)]):
			sc.bad++
		default:
			sc.good++
		}
		n, nonASCII, broken, camel = 0, false, false, false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < utf8.RuneSelf {
			if isASCIILetter(byte(r)) {
				l := lookupLetter(r)
				if n > 0 && n <= maxLetters && l.upper && !ls[n-1].upper {
					camel = true
				}
				if n < maxLetters {
					ls[n] = l
				}
				n++
				prevLetter = true
				continue
			}
			if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f {
				// a control glued to letters is a code the decoder missed
				if prevLetter || i < len(s) && isASCIILetter(s[i]) || i < len(s) && s[i] >= utf8.RuneSelf {
					sc.bad++
					sc.alien++
				}
			}
			endWord()
			prevLetter = false
			continue
		}
		if l := lookupLetter(r); l.ok {
			if n > 0 && n <= maxLetters && l.upper && !ls[n-1].upper {
				camel = true
			}
			if n < maxLetters {
				ls[n] = l
			}
			n++
			nonASCII = true
			prevLetter = true
			continue
		}
		if isShape, v := markValue(r); v != 0 && n > 0 && n <= maxLetters {
			p := &ls[n-1]
			nonASCII = true
			switch {
			case isShape && p.shape == 0 && shapeFits(p.base, v):
				p.shape = v
			case !isShape && p.tone == 0 && isVowel(p.base):
				p.tone = v
			default:
				broken = true
			}
			continue
		}
		if unicode.IsLetter(r) {
			nonASCII, broken = true, true
			prevLetter = true
			n++
			continue
		}
		if oddSymbol(r) {
			next := false
			if i < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[i:])
				next = unicode.IsLetter(nr)
			}
			if r == '«' || r == '»' || r == '‹' || r == '›' {
				if prevLetter && next {
					sc.bad++
					sc.alien++
				}
			} else if prevLetter || next {
				sc.bad++
				sc.alien++
			}
		}
		endWord()
		prevLetter = false
	}
	endWord()
	return sc
}

// oddSymbol reports characters that real Vietnamese text rarely puts next
// to a letter, but a wrong code page often does.
func oddSymbol(r rune) bool {
	switch {
	case r >= 0x80 && r < 0xA0, r == utf8.RuneError:
		return true
	case r >= 0xA1 && r <= 0xBF:
		return true
	case r == 0xD7 || r == 0xF7:
		return true
	}
	switch r {
	case 'ƒ', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ', '€', '•':
		return true
	}
	return false
}
