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
			t.hash = tokenHash(x0, 0, t.n)
			return
		}
		x1 := swar.Load64(s, i+8)
		if stop := ^tokenBytes(x1) & swar.High; stop != 0 {
			x1 &= (stop&-stop)>>7 - 1
			t.n = 8 + bits.TrailingZeros64(stop)>>3
			t.w0, t.w1 = x0, x1
			t.ascii = (x0|x1)&swar.High == 0
			t.hash = tokenHash(x0, x1, t.n)
			return
		}
	}
	scanLongToken(s, i, t)
}

// tokenHash mixes the first 16 bytes and the length of a token: tokens
// that share their first 16 bytes share a slot, rare enough.
func tokenHash(w0, w1 uint64, n int) uint64 {
	return (w0 ^ w1*0xBF58476D1CE4E5B9 ^ uint64(n)) * 0x9E3779B97F4A7C15
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
	t.hash = tokenHash(ws[0], ws[1], t.n)
}
