// Package scan splits Vietnamese news text into tokens with byte offsets.
// It is the one tokenizer the person, rank and title extractors share, so
// that their spans agree to the byte. It allocates only for the lower-case
// form of tokens that have capital letters.
package scan

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters, maybe with digits, inner hyphens or apostrophes: "Jae-in", "PA92"
	Number                 // digits, maybe with inner separators: "2017", "12-9-2017", "1.000"
	Punct                  // one punctuation or symbol rune
)

// Flags describe a word's letter case and position.
type Flags uint8

// Token flags.
const (
	Upper         Flags = 1 << iota // the first letter is upper case
	AllUpper                        // every letter is upper case and there are at least two
	SentStart                       // the first word of a sentence, line or quotation
	SpaceBefore                     // white space stands right before the token
	NewlineBefore                   // a line break lies between the previous token and this one
)

// Token is one token of the text: Text[Start:End].
type Token struct {
	Start, End int
	Lower      string // lower-case form; for punctuation, the rune itself
	Kind       Kind
	Flags      Flags
}

// Is reports whether every flag in f is set.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Cap reports whether the token is a word written with an initial capital.
func (t Token) Cap() bool { return t.Kind == Word && t.Flags&Upper != 0 }

// Runes below tableSize (Latin, Latin Extended and Vietnamese's Latin
// Extended Additional) are classified by table; the rest by package unicode.
const tableSize = 0x2000

const (
	cLetter = 1 << iota
	cUpper
	cSpace
)

var (
	class [tableSize]uint8
	lower [tableSize]rune
)

func init() {
	for r := rune(0); r < tableSize; r++ {
		var c uint8
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			c |= cLetter
		}
		// Titlecase letters ("ǅ") lower-case too: counting them as
		// capitals keeps Lower equal to strings.ToLower.
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			c |= cUpper
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			c |= cSpace
		}
		class[r] = c
		lower[r] = unicode.ToLower(r)
	}
	for b0 := range 32 {
		for b1 := range 256 {
			lead2Class[b0<<8|b1] = class2(byte(b0|0xC0), byte(b1))
		}
	}
	for b1 := range 256 {
		for b2 := range 256 {
			e1Class[b1<<8|b2] = classE1(byte(b1), byte(b2))
		}
	}
}

func classOf(r rune) uint8 {
	if r < tableSize {
		return class[r]
	}
	var c uint8
	if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		c |= cLetter
	}
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		c |= cUpper
	}
	if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
		c |= cSpace
	}
	return c
}

func toLower(r rune) rune {
	if r < tableSize {
		return lower[r]
	}
	return unicode.ToLower(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// Tokens appends the tokens of text to dst and returns it. White space is
// dropped; every other rune belongs to exactly one token. The lower-case
// forms of capitalized words share an allocation or two.
func Tokens(text string, dst []Token) []Token {
	return tokens(text, dst, len(text)+1)
}

// FirstTokens is Tokens for at most the first n tokens of text: the same
// tokens, at the cost of scanning only as far as they reach.
func FirstTokens(text string, dst []Token, n int) []Token {
	if n <= 0 {
		return dst
	}
	return tokens(text, dst, n)
}

// Byte kinds: what a byte of UTF-8 text says about the rune it starts,
// so that the tokenizer decodes only the runes outside ASCII.
const (
	bLower  = iota // a-z
	bUpper         // A-Z
	bDigit         // 0-9
	bSpace         // ASCII white space but line breaks, and "_"
	bLine          // \n, \r
	bPunct         // the rest of ASCII
	bLead2         // 0xC2-0xDF: opens a two-byte rune (Latin-1, Latin Extended-A/B)
	bLeadE1        // 0xE1: opens a rune of U+1000-U+1FFF (Latin Extended Additional)
	bOther         // any other byte
)

var byteKind = func() (k [256]uint8) {
	for b := range 256 {
		switch {
		case 'a' <= b && b <= 'z':
			k[b] = bLower
		case 'A' <= b && b <= 'Z':
			k[b] = bUpper
		case '0' <= b && b <= '9':
			k[b] = bDigit
		case b == '\n' || b == '\r':
			k[b] = bLine
		// Word-segmented corpora join syllables with "_" ("Nguyễn_Văn_A"):
		// it separates syllables like a space.
		case b < utf8.RuneSelf && (unicode.IsSpace(rune(b)) || b == '_'):
			k[b] = bSpace
		case b < utf8.RuneSelf:
			k[b] = bPunct
		case 0xC2 <= b && b < 0xE0:
			k[b] = bLead2
		case b == 0xE1:
			k[b] = bLeadE1
		default:
			k[b] = bOther
		}
	}
	return k
}()

// Effects of a punctuation token on a pending sentence start.
const (
	psClear = iota // most punctuation: the next word starts no sentence
	psSet          // ". ! ? …" end a sentence
	psKeep         // quotes, brackets and dashes keep a pending start
)

// punctEffect is the effect of each ASCII punctuation byte.
var punctEffect = func() (e [utf8.RuneSelf]uint8) {
	for _, b := range ".!?" {
		e[b] = psSet
	}
	for _, b := range "\"'([-*" {
		e[b] = psKeep
	}
	return e
}()

// afterPunct returns the scanner's state after a punctuation token of
// effect e: a pending sentence start set, kept or cleared, and the space
// flags cleared.
func afterPunct(state Flags, e uint8) Flags {
	switch e {
	case psSet:
		return pendingStart
	case psKeep:
		return state & pendingStart
	}
	return 0
}

// runeEffect is punctEffect for a rune outside ASCII.
func runeEffect(r rune) uint8 {
	switch r {
	case '…':
		return psSet
	case '“', '”', '‘', '’', '«', '»', '–', '—', '•':
		return psKeep
	}
	return psClear
}

// decodeFast decodes the rune at text[i], which is not ASCII, and
// classifies it: inline for the two-byte runes and the 0xE1 runes that
// spell Vietnamese, by package utf8 for the rest.
func decodeFast(text string, i int, k uint8) (r rune, n int, c uint8) {
	switch {
	case k == bLead2 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		r = rune(text[i]&0x1F)<<6 | rune(text[i+1]&0x3F)
		return r, 2, class[r&(tableSize-1)]
	case k == bLeadE1 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
		r = 0x1000 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
		return r, 3, class[r&(tableSize-1)]
	}
	r, n = utf8.DecodeRuneInString(text[i:])
	return r, n, classOf(r)
}

// joinAt reports the length of the rune r at text[j] when it joins the
// runes around it into one token, or 0: a word takes inner hyphens and
// apostrophes between letters ("Jae-in", "O'Neil") as long as it has no
// digit; a number takes inner "-", ".", "/" and "," between digits
// ("12-9-2017", "1.000") as long as it has no letter.
func joinAt(text string, j int, r rune, n int, info int) int {
	if j+n >= len(text) {
		return 0
	}
	switch r {
	case '-', '\'', '’':
		if info&wDigit == 0 && letterAt(text, j+n) {
			return n
		}
		if r != '-' {
			return 0
		}
	case '.', '/', ',':
	default:
		return 0
	}
	if info&^wDigit == 0 && byteKind[text[j+n]] == bDigit {
		return n
	}
	return 0
}

// letterAt reports whether the rune at text[i] is a letter.
func letterAt(text string, i int) bool {
	k := byteKind[text[i]]
	if k <= bUpper {
		return true
	}
	if k < bLead2 {
		return false
	}
	_, _, c := decodeFast(text, i, k)
	return c&cLetter != 0
}

// What scanWord found in a word: wLower says it has a letter that is not
// upper case, wDigit a digit; the bits from wUpper up count its upper-case
// letters.
const (
	wLower = 1 << iota
	wDigit
	wUpper
)

// class2 is the class of the two-byte rune b0 b1, or 0 when b1 is no
// continuation byte: the rune is then U+FFFD, which is no letter.
func class2(b0, b1 byte) uint8 {
	if b1&0xC0 != 0x80 {
		return 0
	}
	return class[(rune(b0&0x1F)<<6|rune(b1&0x3F))&(tableSize-1)]
}

// classE1 is the class of the three-byte rune 0xE1 b1 b2, or 0 when b1
// or b2 is no continuation byte.
func classE1(b1, b2 byte) uint8 {
	if b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
		return 0
	}
	return class[(0x1000|rune(b1&0x3F)<<6|rune(b2&0x3F))&(tableSize-1)]
}

// lead2Class and e1Class are class2 and classE1 by table, indexed by
// the rune's bytes without decoding it: lead2Class by the low five bits
// of the lead byte and the next byte, e1Class by the two bytes after 0xE1.
// init fills them from class.
var (
	lead2Class [32 << 8]uint8
	e1Class    [1 << 16]uint8
)

// scanWord scans the word or number at text[i], which opens with a letter
// or a digit: letters and digits, and the joiners joinAt allows between
// them. It returns the token's end and what it holds (wLower, wDigit and
// the count of upper-case letters). It is the slow path's scanner:
// scanFast scans most words with the same loop, inline.
func scanWord(text string, i int) (j, info int) {
	for j = i; j < len(text); {
		k := byteKind[text[j]]
		switch k {
		case bLower:
			info |= wLower
			j++
			continue
		case bUpper:
			info += wUpper
			j++
			continue
		case bDigit:
			info |= wDigit
			j++
			continue
		case bSpace, bLine:
			return j, info
		}
		r, n, c := rune(text[j]), 1, uint8(0)
		if k != bPunct {
			r, n, c = decodeFast(text, j, k)
		}
		if c&cLetter != 0 {
			info = letterInfo(info, c)
			j += n
			continue
		}
		if n = joinAt(text, j, r, n, info); n == 0 {
			return j, info
		}
		j += n
	}
	return j, info
}

// letterInfo adds a letter of class c to a word's info.
func letterInfo(info int, c uint8) int {
	if c&cUpper != 0 {
		return info + wUpper
	}
	return info | wLower
}

// pendingStart marks, in the scanner's state, a sentence start pending for
// the next word; the state's other bits are the next token's SpaceBefore
// and NewlineBefore.
const pendingStart = SentStart

// wordFlags returns the kind of the word or number scanWord found info
// in, and its flags given those of its first rune.
func wordFlags(flags Flags, info int) (Kind, Flags) {
	if info&^wDigit == 0 {
		return Number, flags &^ pendingStart
	}
	if info&wLower == 0 && info >= 2*wUpper {
		flags |= AllUpper
	}
	return Word, flags
}

// scanFast is the tokenizer's fast loop: from text[i] on, it stores the
// tokens it can to dst, until the end of text or a token that needs a
// function call: a rune it does not decode inline, a joiner before such a
// rune, a full dst, a word with capitals but the first letter's (its
// lower-case form). A capitalized word it stores with an empty Lower, for
// lowerFirst to fill. It calls no function itself, so that the compiler
// keeps all its variables in registers. It returns where it stopped and
// the state there; for a word it scanned but did not store, also the
// word's end j > i, what scanWord would say of it, and its flags so far.
func scanFast(text string, i int, state Flags, dst []Token) (int, Flags, []Token, int, int, Flags) {
	var j, info int
	var flags Flags
	for i < len(text) {
		k := byteKind[text[i]]
		flags = state
		// The word loop takes the word from its second rune: first is
		// what the first rune adds to info, size its length.
		size, first := 1, wLower
		switch k {
		case bLower:
		case bDigit:
			first = wDigit
		case bUpper:
			flags |= Upper
			first = wUpper
		case bSpace:
			state |= SpaceBefore
			i++
			continue
		case bLine:
			state |= SpaceBefore | NewlineBefore | pendingStart
			i++
			continue
		case bPunct:
			if len(dst) == cap(dst) {
				return i, state, dst, 0, 0, 0
			}
			dst = dst[:len(dst)+1]
			t := &dst[len(dst)-1]
			kf := uint16(Punct) | uint16(state&^pendingStart)<<8
			t.Start, t.End, t.Lower = i, i+1, text[i:i+1]
			t.Kind, t.Flags = Kind(kf), Flags(kf>>8)
			state = afterPunct(state, punctEffect[text[i]&0x7F])
			i++
			continue
		case bLead2, bLeadE1:
			var r rune
			if k == bLead2 {
				if i+1 >= len(text) || text[i+1]&0xC0 != 0x80 {
					return i, state, dst, 0, 0, 0
				}
				r = rune(text[i]&0x1F)<<6 | rune(text[i+1]&0x3F)
				size = 2
			} else {
				if i+2 >= len(text) || text[i+1]&0xC0 != 0x80 || text[i+2]&0xC0 != 0x80 {
					return i, state, dst, 0, 0, 0
				}
				r = 0x1000 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
				size = 3
			}
			c := class[r&(tableSize-1)]
			if c&cLetter != 0 {
				if c&cUpper != 0 {
					flags |= Upper
					first = wUpper
				}
				break
			}
			if c&cSpace != 0 {
				state |= SpaceBefore
				i += size
				continue
			}
			if len(dst) == cap(dst) {
				return i, state, dst, 0, 0, 0
			}
			dst = dst[:len(dst)+1]
			t := &dst[len(dst)-1]
			t.Start, t.End, t.Lower, t.Kind, t.Flags = i, i+size, text[i:i+size], Punct, state&^pendingStart
			if r == '«' || r == '»' {
				state &= pendingStart
			} else {
				state = 0 // no rune below U+2000 ends a sentence
			}
			i += size
			continue
		default:
			return i, state, dst, 0, 0, 0
		}
		// A word or a number: the same loop as scanWord's, for the
		// runes it decodes inline.
		j, info = i+size, first
	word:
		for j < len(text) {
			// The kinds in order of frequency: letters, then the space
			// that ends most words.
			k := byteKind[text[j]]
			if k == bLower {
				info |= wLower
				j++
				continue
			}
			if k == bLead2 {
				if j+1 >= len(text) {
					break word
				}
				c := lead2Class[int(text[j]&0x1F)<<8|int(text[j+1])]
				if c&cLetter == 0 {
					break word
				}
				info = letterInfo(info, c)
				j += 2
				continue
			}
			if k == bLeadE1 {
				if j+2 >= len(text) {
					break word
				}
				c := e1Class[int(text[j+1])<<8|int(text[j+2])]
				if c&cLetter == 0 {
					break word
				}
				info = letterInfo(info, c)
				j += 3
				continue
			}
			if k == bSpace || k == bLine {
				break
			}
			switch k {
			case bUpper:
				info += wUpper
				j++
			case bDigit:
				info |= wDigit
				j++
			case bPunct:
				// joinAt for a next rune in ASCII.
				if j+1 >= len(text) {
					break word
				}
				next := byteKind[text[j+1]]
				switch text[j] {
				case '-', '\'':
					if info&wDigit == 0 {
						if next <= bUpper {
							j++
							continue
						}
						if next >= bLead2 {
							return i, state, dst, 0, 0, 0
						}
						break word
					}
					if text[j] == '-' && info&^wDigit == 0 && next == bDigit {
						j++
						continue
					}
				case '.', '/', ',':
					if info&^wDigit == 0 && next == bDigit {
						j++
						continue
					}
				}
				break word
			default: // bOther
				return i, state, dst, 0, 0, 0
			}
		}
		if len(dst) == cap(dst) {
			return i, state, dst, j, info, flags
		}
		lw := text[i:j]
		if info >= wUpper {
			if info >= 2*wUpper || flags&Upper == 0 {
				return i, state, dst, j, info, flags
			}
			lw = ""
		}
		// wordFlags, with Kind and Flags as one value, which the compiler
		// stores as one: no word here has two capitals, so none is
		// AllUpper.
		kf := uint16(Word) | uint16(flags)<<8
		if info&^wDigit == 0 {
			kf = uint16(Number) | uint16(flags&^pendingStart)<<8
		}
		dst = dst[:len(dst)+1]
		t := &dst[len(dst)-1]
		t.Start, t.End, t.Lower = i, j, lw
		t.Kind, t.Flags = Kind(kf), Flags(kf>>8)
		state = 0
		i = j
		// Most words end at a space: skip it here.
		if i < len(text) && text[i] == ' ' {
			state = SpaceBefore
			i++
		}
	}
	return i, state, dst, 0, 0, 0
}

// tokens is Tokens for at most n tokens. scanFast stores most tokens; the
// loop here takes each token it leaves, with the functions that token
// needs, and hands back to it.
func tokens(text string, dst []Token, n int) []Token {
	limit := len(dst) + n
	// Vietnamese news runs at about one token per four bytes. The tokens
	// go to full through dst, capped at the limit: the one test of a full
	// dst per token also stops at the limit.
	full := slices.Grow(dst, min(len(text)/4+1, n))
	dst = full[:len(full):min(cap(full), limit)]
	// The lower-case forms of the words with capitals that lowerFirst
	// does not take go to one builder: a string taken from it stays
	// valid as it grows.
	var arena strings.Builder
	start := len(dst)
	state := pendingStart
	i := 0
	for {
		var j, info int
		var flags Flags
		i, state, dst, j, info, flags = scanFast(text, i, state, dst)
		if j <= i {
			// One rune or token at i, with every function it needs.
			if i >= len(text) {
				break
			}
			r, size, c := decodeFast(text, i, byteKind[text[i]])
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				state |= SpaceBefore | NewlineBefore | pendingStart
				i += size
				continue
			}
			if c&cSpace != 0 || r == '_' {
				state |= SpaceBefore
				i += size
				continue
			}
			if c&cLetter == 0 && !isDigit(r) {
				if len(dst) == cap(dst) {
					if len(dst) == limit {
						break
					}
					full = slices.Grow(full[:len(dst)], 1)
					dst = full[:len(dst):min(cap(full), limit)]
				}
				dst = dst[:len(dst)+1]
				t := &dst[len(dst)-1]
				t.Start, t.End, t.Lower, t.Kind, t.Flags = i, i+size, text[i:i+size], Punct, state&^pendingStart
				state = afterPunct(state, punctEffectOf(r))
				i += size
				continue
			}
			flags = state
			if c&cUpper != 0 {
				flags |= Upper
			}
			j, info = scanWord(text, i)
		}
		// A word at i:j.
		if len(dst) == cap(dst) {
			if len(dst) == limit {
				break
			}
			full = slices.Grow(full[:len(dst)], 1)
			dst = full[:len(dst):min(cap(full), limit)]
		}
		kind, f := wordFlags(flags, info)
		lw := text[i:j]
		if info >= wUpper {
			lw = appendLower(&arena, lw, info < 2*wUpper && flags&Upper != 0, min(len(text)/6+16, 16*n))
		}
		dst = dst[:len(dst)+1]
		t := &dst[len(dst)-1]
		t.Start, t.End, t.Lower, t.Kind, t.Flags = i, j, lw, kind, f
		state = 0
		i = j
	}
	lowerFirst(dst[start:], text, &arena, min(len(text)/6+16, 16*n))
	return full[:len(dst)]
}

// lowerBuf is lowerFirst's scratch space.
type lowerBuf struct {
	b   []byte
	idx []int32
}

var lowerPool = sync.Pool{New: func() any { return new(lowerBuf) }}

// maxPooledLower keeps one huge text from pinning its buffers in the pool.
const maxPooledLower = 1 << 16

// lowerFirst gives the words scanFast stored with an empty Lower, the
// words whose only capital is the first letter, their lower-case forms.
// They share one string, the words one after the other with their first
// letters lowered, where a string each cost a call and a copy per word. A
// first letter whose lower case is of another length goes to the arena,
// as in tokens' slow path.
func lowerFirst(toks []Token, text string, arena *strings.Builder, size int) {
	first := 0
	for first < len(toks) && toks[first].Lower != "" {
		first++
	}
	if first == len(toks) {
		return
	}
	lb := lowerPool.Get().(*lowerBuf)
	b, idx := lb.b[:0], lb.idx[:0]
	for k := first; ; k++ {
		// A loop of its own, with no call, for the tokens in between.
		for k < len(toks) && toks[k].Lower != "" {
			k++
		}
		if k == len(toks) {
			break
		}
		t := &toks[k]
		at := len(b)
		b = append(b, text[t.Start:t.End]...)
		if c := b[at]; c < utf8.RuneSelf {
			b[at] = lowerASCII[c]
		} else if !lowerRuneAt(b, at) {
			b = b[:at]
			t.Lower = appendLower(arena, text[t.Start:t.End], true, size)
			continue
		}
		idx = append(idx, int32(k))
	}
	s, off := string(b), 0
	for _, k := range idx {
		t := &toks[k]
		n := t.End - t.Start
		t.Lower = s[off : off+n]
		off += n
	}
	if cap(b) <= maxPooledLower && cap(idx) <= maxPooledLower {
		lb.b, lb.idx = b, idx
		lowerPool.Put(lb)
	}
}

// lowerRuneAt lowers in place the rune at b[i], an upper-case letter
// scanFast decodes (ASCII, two bytes, 0xE1), and reports whether it could:
// false, and b unchanged, when its lower case has another length.
func lowerRuneAt(b []byte, i int) bool {
	if i < 0 || i >= len(b) {
		return false
	}
	switch c := b[i]; {
	case c < utf8.RuneSelf:
		b[i] = lowerASCII[c]
		return true
	case 0xC2 <= c && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80:
		l := lower[(rune(c&0x1F)<<6|rune(b[i+1]&0x3F))&(tableSize-1)]
		if l >= utf8.RuneSelf && l < 0x800 {
			b[i], b[i+1] = 0xC0|byte(l>>6), 0x80|byte(l)&0x3F
			return true
		}
	case c == 0xE1 && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80:
		l := lower[(0x1000|rune(b[i+1]&0x3F)<<6|rune(b[i+2]&0x3F))&(tableSize-1)]
		if l >= 0x1000 && l < tableSize {
			b[i+1], b[i+2] = 0x80|byte(l>>6)&0x3F, 0x80|byte(l)&0x3F
			return true
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII byte.
var lowerASCII = func() (l [utf8.RuneSelf]byte) {
	for b := range l {
		l[b] = byte(unicode.ToLower(rune(b)))
	}
	return l
}()

// punctEffectOf is the effect of the punctuation rune r on a pending
// sentence start.
func punctEffectOf(r rune) uint8 {
	if r < utf8.RuneSelf {
		return punctEffect[r]
	}
	return runeEffect(r)
}

// appendLower writes the lower-case form of the word w to the arena and
// returns it; the arena's first buffer has the given size. onlyFirst says
// that only w's first letter is upper case: the rest is copied as it is.
func appendLower(arena *strings.Builder, w string, onlyFirst bool, size int) string {
	if arena.Cap() == 0 {
		arena.Grow(size)
	}
	a := arena.Len()
	if onlyFirst {
		if b := w[0]; b < utf8.RuneSelf {
			arena.WriteByte(b + ('a' - 'A'))
			arena.WriteString(w[1:])
		} else {
			r, n := utf8.DecodeRuneInString(w)
			arena.WriteRune(toLower(r))
			arena.WriteString(w[n:])
		}
	} else {
		// One write of the word lowered on the stack costs less than a
		// call per rune.
		var buf [64]byte
		arena.Write(AppendLower(buf[:0], w))
	}
	return arena.String()[a:]
}

// Text returns the token's text in s.
func (t Token) Text(s string) string { return s[t.Start:t.End] }
