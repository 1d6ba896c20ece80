package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// transformer is the streaming form of Normalizer.String. It keeps the
// input it cannot yet process safely and the output dst had no room for.
type transformer struct {
	m   *machine
	in  []byte
	out []byte
	pos int // output already handed out
}

func (t *transformer) Reset() {
	t.m.st = lineState{}
	t.m.e = Edits{}
	t.in, t.out, t.pos = t.in[:0], t.out[:0], 0
}

func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	nDst = copy(dst, t.out[t.pos:])
	t.pos += nDst
	t.in = append(t.in, src...)
	nSrc = len(src)
	if t.pos == len(t.out) {
		t.out, t.pos = t.out[:0], 0
		cut := len(t.in)
		if !atEOF {
			cut = safeCut(t.in)
		}
		if cut > 0 || atEOF {
			t.m.w.reset(string(t.in[:cut]))
			t.m.w.buf = t.out[:0]
			t.m.run(t.m.w.src, atEOF)
			t.m.w.flush()
			t.out = t.m.w.buf
			t.m.w.buf = nil
			t.in = append(t.in[:0], t.in[cut:]...)
		}
		n := copy(dst[nDst:], t.out)
		nDst += n
		t.pos = n
	}
	if t.pos < len(t.out) {
		return nDst, nSrc, transform.ErrShortDst
	}
	t.out, t.pos = t.out[:0], 0
	return nDst, nSrc, nil
}

// safeCut returns the end of the longest prefix of b whose normalization
// cannot depend on what follows: it ends after ASCII white space,
// punctuation or a digit and before an ASCII character, so no word, mark
// or line ending spans it.
func safeCut(b []byte) int {
	for p := len(b) - 1; p > 0; p-- {
		// a control character at p would be dropped and let marks after
		// it join the character before the cut
		if b[p] >= utf8.RuneSelf || !isBreakASCII(b[p]) && !isASCIILetter(b[p]) {
			continue
		}
		c := b[p-1]
		if c < utf8.RuneSelf && !isASCIILetter(c) && c != '\r' && (c >= 0x20 && c != 0x7f || c == '\n' || c == '\t') {
			return p
		}
	}
	return 0
}
