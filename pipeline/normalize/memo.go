package normalize

import (
	"math/bits"

	"github.com/vnextract/vnextract/internal/swar"
)

// memo remembers tokens that the machine keeps unchanged (see
// machine.token). It is a two-way table: a new token takes the place of
// the one of its pair used least recently. A slot holds the first 16
// bytes of its token and an arena the rest; a full arena starts the memo
// over empty. A Normalizer keeps its memos across calls, so that they stay
// warm when a collection empties the pool of machines.
type memo struct {
	pairs [memoSlots / 2][2]memoSlot
	keys  []byte
}

type memoSlot struct {
	w0, w1 uint64 // the first 16 bytes, zero-padded
	n      uint32 // the length, 0 when empty
	off    uint32 // bytes from 16 on are at keys[off:]
	_      uint64 // a pair fills a cache line
}

const (
	memoBits   = 13
	memoSlots  = 1 << memoBits // a news corpus uses a few thousand syllables
	memoMaxKey = 64            // longer tokens are not remembered
	memoArena  = 1 << 16
)

// has reports whether the token t, s[i:i+t.n], is remembered. Each token
// has two slots, a pair in one cache line, the one used last first. The
// token's bytes past the first 16 are sliced only to be compared: slicing
// every token cost more than the rare comparison.
func (mm *memo) has(t *tokenScan, s string, i int) bool {
	pair := &mm.pairs[t.hash>>(64-memoBits+1)]
	if pair[0].matches(t, mm.keys, s, i) {
		return true
	}
	if pair[1].matches(t, mm.keys, s, i) {
		pair[0], pair[1] = pair[1], pair[0]
		return true
	}
	return false
}

// secondHolds reports whether the second slot of a pair holds a token of
// fewer than 16 bytes, w0 and w1 (see tokenScan), whole; the slot moves to
// the first on a match. (machine.clean looks at the first slot inline.)
func secondHolds(pair *[2]memoSlot, w0, w1 uint64, n int) bool {
	if pair[1].w0 == w0 && pair[1].w1 == w1 && pair[1].n == uint32(n) {
		pair[0], pair[1] = pair[1], pair[0]
		return true
	}
	return false
}

func (sl *memoSlot) matches(t *tokenScan, keys []byte, s string, i int) bool {
	if sl.w0 != t.w0 || sl.w1 != t.w1 || sl.n != uint32(t.n) {
		return false
	}
	return t.n <= 16 || string(keys[sl.off:sl.off+uint32(t.n)-16]) == s[i+16:i+t.n]
}

// add remembers the token t, tok, in the first slot of its pair; the one
// there moves to the second.
func (mm *memo) add(t *tokenScan, tok string) {
	off := len(mm.keys)
	if t.n > 16 {
		if len(mm.keys)+t.n-16 > memoArena {
			mm.keys = mm.keys[:0]
			clear(mm.pairs[:])
			off = 0
		}
		mm.keys = append(mm.keys, tok[16:]...)
	}
	pair := &mm.pairs[t.hash>>(64-memoBits+1)]
	pair[1] = pair[0]
	pair[0] = memoSlot{w0: t.w0, w1: t.w1, n: uint32(t.n), off: uint32(off)}
}

// tokenScan describes the token at the start of a string: its length, its
// first 16 bytes as two little-endian words, a hash of all of it, and
// whether it is all ASCII.
type tokenScan struct {
	n      int
	w0, w1 uint64
	hash   uint64
	ascii  bool
}

// tokenBytes returns the high bit of each byte of x that is a token byte
// (see tokenByte), eight at a time: a byte with its high bit set, or an
// ASCII letter, which folded to lower case lies in 'a'..'z'.
func tokenBytes(x uint64) uint64 {
	y := (x | 0x20*swar.Low) &^ swar.High
	atLeastA := y + (0x80-'a')*swar.Low  // high bit set for y >= 'a'
	pastZ := y + (0x80-('z'+1))*swar.Low // high bit set for y > 'z'
	return (x | atLeastA&^pastZ) & swar.High
}

// scanToken finds the token at s[i:] eight bytes at a time. Most tokens
// are words of fewer than 16 bytes, read in one or two words without a
// loop.
func scanToken(s string, i int, t *tokenScan) {
	if len(s)-i >= 16 {
		x0 := swar.Load64(s, i)
		if stop := ^tokenBytes(x0) & swar.High; stop != 0 {
			x0 &= (stop&-stop)>>7 - 1 // the bytes before the first stop
			t.n = bits.TrailingZeros64(stop) >> 3
			t.w0, t.w1 = x0, 0
			t.ascii = x0&swar.High == 0
			t.hash = tokenHash(x0, 0)
			return
		}
		x1 := swar.Load64(s, i+8)
		if stop := ^tokenBytes(x1) & swar.High; stop != 0 {
			x1 &= (stop&-stop)>>7 - 1
			t.n = 8 + bits.TrailingZeros64(stop)>>3
			t.w0, t.w1 = x0, x1
			t.ascii = (x0|x1)&swar.High == 0
			t.hash = tokenHash(x0, x1)
			return
		}
	}
	scanLongToken(s, i, t)
}

// tokenHash mixes the first 16 bytes of a token: tokens that share them
// share a slot, rare enough.
func tokenHash(w0, w1 uint64) uint64 {
	return (w0 ^ w1*0xBF58476D1CE4E5B9) * 0x9E3779B97F4A7C15
}

// scanLongToken is scanToken for tokens of 16 bytes or more, and near the
// end of s.
func scanLongToken(s string, i int, t *tokenScan) {
	j := i
	var high uint64
	var ws [2]uint64
	for w := 0; ; w++ {
		var x uint64
		k := 0
		if len(s)-j >= 8 {
			x = swar.Load64(s, j)
			if stop := ^tokenBytes(x) & swar.High; stop == 0 {
				k = 8
			} else {
				k = bits.TrailingZeros64(stop) >> 3
				x &= (stop&-stop)>>7 - 1
			}
		} else {
			for j+k < len(s) && tokenByte[s[j+k]] {
				x |= uint64(s[j+k]) << (8 * k)
				k++
			}
		}
		high |= x
		if w < 2 {
			ws[w] = x
		}
		j += k
		if k < 8 {
			break
		}
	}
	t.n = j - i
	t.w0, t.w1 = ws[0], ws[1]
	t.ascii = high&swar.High == 0
	t.hash = tokenHash(ws[0], ws[1])
}

// skipClean is the loop of machine.clean for the common case, which it
// takes from i on until something else comes: a space or none, then a
// word of fewer than 16 bytes that is ASCII or remembered and followed by
// a printable ASCII character, or one ASCII punctuation character or digit
// followed by a printable ASCII character. It reads them from words,
// without looking at a byte twice, and returns where it stopped and how
// many remembered words it took.
//
// A word here ends at the first ASCII byte below 'A' (see belowA), which
// is cheaper to find than the end of a token. Such a word may hold ASCII
// punctuation after the letters, "[]^_`{|}~", which machine.clean takes
// too, and no word with them is remembered. DEL, a control character,
// is turned away.
func (mm *memo) skipClean(s string, i int) (int, int) {
	known := 0
	c := &cleanConsts
	low7, belowAOff, high := c.low7, c.belowA, c.high
	for len(s)-i >= 17 {
		t := s[i:][:17]
		x, k := swar.Load64(t, 0), i
		if byte(x) == ' ' {
			x, k = swar.Load64(t, 1), i+1
		}
		stop := ^(x&low7 + belowAOff | x) & high // belowA(x)
		if stop&0x80 != 0 {
			// punctuation or a digit, kept when a printable character
			// follows
			if byte(x) <= ' ' || byte(x>>8)-' ' >= 0x7f-' ' {
				break
			}
			i = k + 1
			continue
		}
		if stop == 0 {
			n, kn := mm.knownLong(s[k : k+16])
			if n == 0 {
				break
			}
			known += kn
			i = k + n
			continue
		}
		b := (bits.TrailingZeros64(stop) - 7) & 63 // the bit offset of the byte after the word
		if byte(x>>b) < ' ' {
			break
		}
		x &= 1<<b - 1
		if x&high == 0 {
			if (x+swar.Low)&high != 0 {
				break // DEL
			}
		} else {
			// A word of fewer than 16 bytes fits in a slot whole and has
			// no zero byte: equal words have equal lengths.
			pair := &mm.pairs[tokenHash(x, 0)>>(64-memoBits+1)]
			if pair[0].w0 != x || pair[0].w1 != 0 {
				if pair[1].w0 != x || pair[1].w1 != 0 {
					break
				}
				pair[0], pair[1] = pair[1], pair[0]
			}
			known++
		}
		i = k + b>>3
	}
	return i, known
}

// cleanConsts holds skipClean's masks in variables, which the compiler
// keeps in registers through the loop rather than loading them again as
// constants in each round.
var cleanConsts = struct{ low7, belowA, high uint64 }{^uint64(swar.High), (0x80 - 'A') * swar.Low, swar.High}

// belowA returns the high bit of each byte of x that is ASCII below 'A':
// white space, control characters, digits and most punctuation.
func belowA(x uint64) uint64 {
	atLeastA := (x&^swar.High + (0x80-'A')*swar.Low) | x
	return ^atLeastA & swar.High
}

// knownLong is skipClean's case of a word of 8 to 15 bytes at the start of
// t, followed by a printable ASCII character. It returns the word's length
// and 0 for an ASCII word, its length and 1 for a remembered one, and 0, 0
// otherwise.
func (mm *memo) knownLong(t string) (n, known int) {
	x0, x1 := swar.Load64(t, 0), swar.Load64(t, 8)
	stop := belowA(x1)
	if stop == 0 {
		return 0, 0
	}
	b := (bits.TrailingZeros64(stop) - 7) & 63
	if byte(x1>>b) < ' ' {
		return 0, 0
	}
	x1 &= 1<<b - 1
	n = 8 + b>>3
	if (x0|x1)&swar.High == 0 {
		if ((x0+swar.Low)|(x1+swar.Low))&swar.High != 0 {
			return 0, 0 // DEL
		}
		return n, 0
	}
	pair := &mm.pairs[tokenHash(x0, x1)>>(64-memoBits+1)]
	if (pair[0].w0 != x0 || pair[0].w1 != x1) && !secondHolds(pair, x0, x1, n) {
		return 0, 0
	}
	return n, 1
}
