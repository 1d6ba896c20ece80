package normalize

import (
	"errors"
	"sync"

	"golang.org/x/text/transform"
)

// ErrInvalidUTF8 means the bytes are not UTF-8 and no legacy decoder
// explains them.
var ErrInvalidUTF8 = errors.New("normalize: invalid UTF-8 that no decoder explains")

// Edits counts each kind of change the normalizer made.
type Edits struct {
	NFC       int `json:"nfc"`       // combining marks composed or reordered
	Tone      int `json:"tone"`      // syllables whose tone mark moved
	Space     int `json:"space"`     // white-space runs replaced, collapsed or trimmed
	Invisible int `json:"invisible"` // zero-width, BOM, soft hyphen and control characters removed
	Marks     int `json:"marks"`     // doubled or stray combining marks dropped
	Eth       int `json:"eth"`       // Ð/ð read as Đ/đ
	Case      int `json:"case"`      // TCVN3 letters put back in capitals in all-caps words
	Invalid   int `json:"invalid"`   // invalid bytes replaced by U+FFFD
}

// Result is normalized text with what it took to get there.
type Result struct {
	Text     string
	Encoding string // utf-8 | utf-16 | cp1258 | tcvn3 | vni | viqr | viscii | vps | mojibake
	Edits    Edits
}

// ToneStyle chooses where the tone mark goes in oa, oe, uy.
type ToneStyle uint8

const (
	// ToneNew puts the mark on the first vowel of an open oa, oe, uy:
	// hòa, thủy, khỏe (Unikey's default, what most outlets print).
	ToneNew ToneStyle = iota
	// ToneOld puts it on the second: hoà, thuỷ, khoẻ.
	ToneOld
)

// Options configure a Normalizer.
type Options struct {
	ToneStyle ToneStyle
}

// Normalizer normalizes with fixed options. It is safe for concurrent use.
type Normalizer struct {
	opts Options
	pool sync.Pool // *machine
}

// New returns a Normalizer with opts.
func New(opts Options) *Normalizer { return &Normalizer{opts: opts} }

// Default normalizes with the default options.
var Default = New(Options{})

// String returns the canonical form of s with the default options.
func String(s string) string {
	out, _ := Default.String(s)
	return out
}

func (n *Normalizer) machine() *machine {
	if m, ok := n.pool.Get().(*machine); ok {
		return m
	}
	return &machine{style: n.opts.ToneStyle}
}

func (n *Normalizer) release(m *machine) {
	if cap(m.w.buf) > 1<<20 {
		m.w.buf = nil
	}
	m.w.src, m.w.al = "", nil
	n.pool.Put(m)
}

// String normalizes UTF-8 text. Invalid bytes become U+FFFD. When s is
// already canonical it is returned as is, without copying.
func (n *Normalizer) String(s string) (string, Edits) {
	out, e, _ := n.run(s, false)
	return out, e
}

// AlignString is String that also returns the alignment from offsets in
// the result to byte offsets in s.
func (n *Normalizer) AlignString(s string) (string, Edits, *Alignment) {
	return n.run(s, true)
}

func (n *Normalizer) run(s string, align bool) (string, Edits, *Alignment) {
	m := n.machine()
	defer n.release(m)
	m.st = lineState{}
	m.e = Edits{}
	m.w.reset(s, false)
	var ab *alignBuilder
	if align {
		ab = &alignBuilder{}
		m.w.al = ab
	}
	m.run(s, true)
	out := m.w.result()
	if m.w.dirty {
		m.w.buf = m.w.buf[:0]
	}
	var a *Alignment
	if align {
		a = ab.finish(len(s))
	}
	return out, m.e, a
}

// Bytes decodes b (detecting its encoding) and normalizes it.
func (n *Normalizer) Bytes(b []byte) (Result, error) {
	r, _, err := n.bytes(b, false)
	return r, err
}

// AlignBytes is Bytes that also returns the alignment from offsets in
// Result.Text to byte offsets in b.
func (n *Normalizer) AlignBytes(b []byte) (Result, *Alignment, error) {
	return n.bytes(b, true)
}

func (n *Normalizer) bytes(b []byte, align bool) (Result, *Alignment, error) {
	d, err := detect(b, align)
	if err != nil {
		return Result{}, nil, err
	}
	text, e, a := n.run(d.text, align)
	e.add(d.edits)
	if a != nil && d.align != nil {
		a.inner = d.align
	}
	if a != nil && d.align == nil && d.offset != 0 {
		a.inner = shiftAlignment(d.offset, len(b))
	}
	return Result{Text: text, Encoding: d.encoding, Edits: e}, a, nil
}

// Decode decodes b as the named encoding (one of the Result.Encoding
// names) without detection, and normalizes it. Use it when the encoding is
// known from elsewhere, such as an HTTP header.
func (n *Normalizer) Decode(b []byte, encoding string) (Result, error) {
	d, err := decodeAs(b, encoding)
	if err != nil {
		return Result{}, err
	}
	text, e, _ := n.run(d.text, false)
	e.add(d.edits)
	return Result{Text: text, Encoding: d.encoding, Edits: e}, nil
}

// Transformer returns a streaming form of String: it reads UTF-8 and
// writes the same text String would. It holds back input up to a point
// where cutting cannot change the result (after ASCII white space or
// punctuation), so a long run without one is buffered whole.
func (n *Normalizer) Transformer() transform.Transformer {
	t := &transformer{m: &machine{style: n.opts.ToneStyle}}
	t.Reset()
	return t
}
