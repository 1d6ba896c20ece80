package normalize

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A Vietnamese letter is a base (a e i o u y d or another ASCII consonant),
// at most one shape mark (circumflex, breve, horn, or the stroke of đ) and,
// on vowels, at most one of the five tone marks. Words are taken apart into
// letters so marks can be ordered, deduplicated and moved between letters.

const (
	shapeNone uint8 = iota
	shapeCirc
	shapeBreve
	shapeHorn
	shapeStroke
)

const (
	toneNone uint8 = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
)

type letter struct {
	base  byte // lowercase ASCII
	shape uint8
	tone  uint8
	upper bool
	eth   bool // Ð or ð, which look like Đ đ but are Icelandic letters
	ok    bool // the rune is a letter of the model
}

var (
	latinLetters [0x250]letter // U+0000..U+024F
	extLetters   [0x60]letter  // U+1EA0..U+1EFF
	// composed[upper][base][shape][tone] is the NFC letter.
	composed [2][26][5][6]rune
)

func init() {
	for r := rune(0); r < 0x250; r++ {
		latinLetters[r] = analyze(r)
	}
	for r := rune(0x1EA0); r < 0x1F00; r++ {
		extLetters[r-0x1EA0] = analyze(r)
	}
	for b := byte('a'); b <= 'z'; b++ {
		for sh := range uint8(5) {
			for t := range uint8(6) {
				composed[0][b-'a'][sh][t] = unicode.ReplacementChar
				composed[1][b-'a'][sh][t] = unicode.ReplacementChar
			}
		}
	}
	set := func(r rune, l letter) {
		if l.ok && !l.eth {
			up := 0
			if l.upper {
				up = 1
			}
			composed[up][l.base-'a'][l.shape][l.tone] = r
		}
	}
	for r := rune(0); r < 0x250; r++ {
		set(r, latinLetters[r])
	}
	for r := rune(0x1EA0); r < 0x1F00; r++ {
		set(r, extLetters[r-0x1EA0])
	}
}

// analyze decides whether r belongs to the Vietnamese letter model by
// decomposing it.
func analyze(r rune) letter {
	switch r {
	case 'Đ':
		return letter{base: 'd', shape: shapeStroke, upper: true, ok: true}
	case 'đ':
		return letter{base: 'd', shape: shapeStroke, ok: true}
	case 'Ð':
		return letter{base: 'd', shape: shapeStroke, upper: true, eth: true, ok: true}
	case 'ð':
		return letter{base: 'd', shape: shapeStroke, eth: true, ok: true}
	}
	if !unicode.IsLetter(r) {
		return letter{}
	}
	d := norm.NFD.String(string(r))
	b := d[0]
	up := false
	if b >= 'A' && b <= 'Z' {
		b += 'a' - 'A'
		up = true
	}
	if b < 'a' || b > 'z' {
		return letter{}
	}
	l := letter{base: b, upper: up, ok: true}
	for _, m := range d[1:] {
		isShape, v := markValue(m)
		switch {
		case v == 0:
			return letter{}
		case isShape:
			if l.shape != 0 {
				return letter{}
			}
			l.shape = v
		default:
			if l.tone != 0 {
				return letter{}
			}
			l.tone = v
		}
	}
	if !shapeFits(l.base, l.shape) || (l.tone != 0 && !isVowel(l.base)) {
		return letter{}
	}
	return l
}

// markValue classifies a combining mark: a shape (isShape) or a tone, or
// v == 0 for a mark Vietnamese does not use.
func markValue(r rune) (isShape bool, v uint8) {
	switch r {
	case 0x0302:
		return true, shapeCirc
	case 0x0306:
		return true, shapeBreve
	case 0x031B:
		return true, shapeHorn
	case 0x0300, 0x0340:
		return false, toneGrave
	case 0x0301, 0x0341:
		return false, toneAcute
	case 0x0309:
		return false, toneHook
	case 0x0303:
		return false, toneTilde
	case 0x0323:
		return false, toneDot
	}
	return false, 0
}

func shapeFits(base byte, shape uint8) bool {
	switch shape {
	case shapeNone:
		return true
	case shapeCirc:
		return base == 'a' || base == 'e' || base == 'o'
	case shapeBreve:
		return base == 'a'
	case shapeHorn:
		return base == 'o' || base == 'u'
	case shapeStroke:
		return base == 'd'
	}
	return false
}

func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func lookupLetter(r rune) letter {
	if r < 0x250 {
		return latinLetters[r]
	}
	if r >= 0x1EA0 && r < 0x1F00 {
		return extLetters[r-0x1EA0]
	}
	return letter{}
}

// rune returns the NFC letter, Đ for Ð.
func (l letter) rune() rune {
	up := 0
	if l.upper {
		up = 1
	}
	return composed[up][l.base-'a'][l.shape][l.tone]
}

// vowel codes: 1..12 for a ă â e ê i o ô ơ u ư y, 0 for a consonant.
func (l letter) vowel() int {
	switch l.base {
	case 'a':
		return [...]int{1, 3, 2, 0, 0}[l.shape]
	case 'e':
		return [...]int{4, 5, 0, 0, 0}[l.shape]
	case 'i':
		return 6
	case 'o':
		return [...]int{7, 8, 0, 9, 0}[l.shape]
	case 'u':
		return [...]int{10, 0, 0, 11, 0}[l.shape]
	case 'y':
		return 12
	}
	return 0
}

const (
	nucValid = 1 << iota
	nucNeedFinal
	nucNoFinal
)

// nuclei holds the vowel clusters of Vietnamese rhymes, keyed by their vowel
// codes (4 bits each).
var nuclei [1 << 12]uint8

func init() {
	code := map[rune]int{'a': 1, 'ă': 2, 'â': 3, 'e': 4, 'ê': 5, 'i': 6, 'o': 7, 'ô': 8, 'ơ': 9, 'u': 10, 'ư': 11, 'y': 12}
	add := func(flags uint8, list ...string) {
		for _, s := range list {
			k, sh := 0, 0
			for _, r := range s {
				k |= code[r] << sh
				sh += 4
			}
			nuclei[k] = nucValid | flags
		}
	}
	add(0, "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uya")
	add(nucNeedFinal, "ă", "â", "iê", "oă", "oo", "uâ", "uô", "ươ", "yê", "uyê")
	add(nucNoFinal, "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
		"ua", "ui", "uơ", "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uyu")
}

// syllable is the parse of one word as a Vietnamese syllable.
type syllable struct {
	glide    int // index of the u of qu or the i of gi, -1 if none
	nuc, fin int // nucleus is letters[nuc:fin]; the final consonant follows
	final    string
	key      int
}

// maxLetters bounds the letters of a syllable ("nghiêng" has 7).
const maxLetters = 8

// Initials and finals are looked up by a key of 5 bits a letter (a..z as
// 1..26, đ as 27).
var (
	initials [1 << 15]bool
	finals   [1 << 10]uint8 // final code: 1 + index in finalNames
)

var finalNames = [...]string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}

func letterKey(s string) int {
	k, sh := 0, 0
	for _, r := range s {
		c := 27
		if r != 'đ' {
			c = int(r-'a') + 1
		}
		k |= c << sh
		sh += 5
	}
	return k
}

func init() {
	for _, s := range []string{"", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
		"p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"} {
		initials[letterKey(s)] = true
	}
	for i, s := range finalNames {
		finals[letterKey(s)] = uint8(i + 1)
	}
}

func (l letter) key() int {
	if l.shape == shapeStroke {
		return 27
	}
	return int(l.base-'a') + 1
}

// parseSyllable splits ls into initial, nucleus and final, or reports that
// it is no Vietnamese syllable.
func parseSyllable(ls []letter) (syllable, bool) {
	var sy syllable
	sy.glide = -1
	n := len(ls)
	i, ini := 0, 0
	for i < n && ls[i].vowel() == 0 {
		if i == 3 {
			return sy, false
		}
		ini |= ls[i].key() << (5 * i)
		i++
	}
	if !initials[ini] {
		return sy, false
	}
	j := i
	for j < n && ls[j].vowel() != 0 {
		j++
	}
	if j == i || n-j > 2 {
		return sy, false
	}
	switch ini {
	case 7: // g: gi before another vowel is the initial gi
		if j-i >= 2 && ls[i].base == 'i' {
			sy.glide = i
			i++
		}
	case 17: // q is always qu
		if j-i < 2 || ls[i].base != 'u' || ls[i].shape != shapeNone {
			return sy, false
		}
		sy.glide = i
		i++
	}
	if j-i > 3 {
		return sy, false
	}
	fin := 0
	for k := j; k < n; k++ {
		if ls[k].shape != 0 {
			return sy, false
		}
		fin |= ls[k].key() << (5 * (k - j))
	}
	f := finals[fin]
	if f == 0 {
		return sy, false
	}
	sy.final = finalNames[f-1]
	key, sh := 0, 0
	for k := i; k < j; k++ {
		key |= ls[k].vowel() << sh
		sh += 4
	}
	nf := nuclei[key]
	if nf&nucValid == 0 {
		return sy, false
	}
	if sy.final == "" && nf&nucNeedFinal != 0 || sy.final != "" && nf&nucNoFinal != 0 {
		return sy, false
	}
	sy.nuc, sy.fin, sy.key = i, j, key
	return sy, true
}

// toneTarget is the index in ls of the vowel that carries the tone.
func (sy syllable) toneTarget(ls []letter, style ToneStyle) int {
	last := -1
	for k := sy.nuc; k < sy.fin; k++ {
		if ls[k].shape != shapeNone {
			last = k
		}
	}
	if last >= 0 {
		return last
	}
	switch sy.fin - sy.nuc {
	case 1:
		return sy.nuc
	case 3:
		return sy.nuc + 1
	}
	if sy.final != "" {
		return sy.nuc + 1
	}
	switch sy.key {
	case 7 | 1<<4, 7 | 4<<4, 10 | 12<<4: // oa, oe, uy
		if style == ToneOld {
			return sy.nuc + 1
		}
		return sy.nuc
	}
	return sy.nuc
}

// wordTone gathers the tone of a parsed syllable; ok is false when letters
// carry two different tones.
func (sy syllable) wordTone(ls []letter) (tone uint8, at int, ok bool) {
	at = -1
	start := sy.nuc
	if sy.glide >= 0 {
		start = sy.glide
	}
	for k := start; k < sy.fin; k++ {
		if t := ls[k].tone; t != 0 {
			if tone != 0 && t != tone {
				return 0, -1, false
			}
			if tone == 0 {
				tone, at = t, k
			}
		}
	}
	return tone, at, true
}

// validSyllable is the stricter check used to score decodings: a stop
// final (c ch p t) takes only the acute or dot-below tone.
func validSyllable(ls []letter) bool {
	sy, ok := parseSyllable(ls)
	if !ok {
		return false
	}
	tone, _, ok := sy.wordTone(ls)
	if !ok {
		return false
	}
	for k := range ls {
		if ls[k].tone != 0 && (k < sy.nuc && k != sy.glide || k >= sy.fin) {
			return false
		}
	}
	switch sy.final {
	case "c", "ch", "p", "t":
		return tone == toneAcute || tone == toneDot
	}
	return true
}
