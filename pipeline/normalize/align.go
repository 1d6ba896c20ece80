package normalize

import "sort"

// Alignment maps byte offsets in normalized text back to byte offsets in
// the input it came from (the string given to AlignString, or the raw
// bytes given to AlignBytes, through the decoding step).
//
// The text is cut into segments: a copied segment maps byte for byte; a
// replaced segment (a recomposed word, a collapsed white-space run, a
// decoded legacy letter) maps as a whole, so an offset inside it maps to
// the start of its input. Deleted input (invisible characters, trimmed
// spaces) belongs to no output byte. Both mappings are monotone and stay in
// [0, input length].
type Alignment struct {
	outEnd []int  // end offset of each segment in the output
	inEnd  []int  // end offset of each segment in the input
	copied []bool // the segment is an unchanged copy
	inLen  int
	inner  *Alignment // the decoding step under this one, if any
}

// Input returns the input offset of output offset off: where the output
// byte at off came from, or the input length for the end of the text.
func (a *Alignment) Input(off int) int {
	if a == nil {
		return off
	}
	return a.inner.Input(a.input(off))
}

// Span maps the output range [start, end) to the smallest input range
// that produced it.
func (a *Alignment) Span(start, end int) (int, int) {
	if a == nil {
		return start, end
	}
	s, e := a.span(start, end)
	return a.inner.Span(s, e)
}

func (a *Alignment) input(off int) int {
	// the first segment that ends after off holds it
	k := sort.SearchInts(a.outEnd, off+1)
	if k == len(a.outEnd) {
		return a.inLen
	}
	outStart, inStart := 0, 0
	if k > 0 {
		outStart, inStart = a.outEnd[k-1], a.inEnd[k-1]
	}
	if a.copied[k] {
		return inStart + off - outStart
	}
	return inStart
}

func (a *Alignment) span(start, end int) (int, int) {
	s := a.input(start)
	if end <= start {
		return s, s
	}
	// the segment that holds the last byte of the range
	k := sort.SearchInts(a.outEnd, end)
	if k == len(a.outEnd) {
		return s, a.inLen
	}
	outStart, inStart := 0, 0
	if k > 0 {
		outStart, inStart = a.outEnd[k-1], a.inEnd[k-1]
	}
	if a.copied[k] {
		return s, inStart + end - outStart
	}
	return s, a.inEnd[k]
}

// alignBuilder records segments as the output is written.
type alignBuilder struct {
	a       Alignment
	out, in int
}

// emit records that output of length outLen replaces input [i, j); input
// skipped since the last segment was deleted.
func (b *alignBuilder) emit(i, j, outLen int, copied bool) {
	if i > b.in {
		b.push(i, 0, false)
	}
	if j < b.in { // never go back
		j = b.in
	}
	b.push(j, outLen, copied)
}

func (b *alignBuilder) push(inEnd, outLen int, copied bool) {
	a := &b.a
	n := len(a.outEnd)
	merge := n > 0 && (copied && a.copied[n-1] || outLen == 0 && !copied && !a.copied[n-1] && a.outEnd[n-1] == b.out)
	b.out += outLen
	b.in = inEnd
	if merge {
		a.outEnd[n-1], a.inEnd[n-1] = b.out, b.in
		return
	}
	a.outEnd = append(a.outEnd, b.out)
	a.inEnd = append(a.inEnd, b.in)
	a.copied = append(a.copied, copied)
}

func (b *alignBuilder) finish(inLen int) *Alignment {
	if b.in < inLen {
		b.push(inLen, 0, false)
	}
	a := b.a
	a.inLen = inLen
	return &a
}

// shiftAlignment maps text that starts off bytes into the input (after a
// byte order mark).
func shiftAlignment(off, inLen int) *Alignment {
	return &Alignment{
		outEnd: []int{0, inLen - off},
		inEnd:  []int{off, inLen},
		copied: []bool{false, true},
		inLen:  inLen,
	}
}
