package normalize

import (
	"errors"
	"strings"
	"sync"
	"unicode/utf8"

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

	// Memos outlive the machines in pool, which a collection empties.
	memoMu sync.Mutex
	memos  []*memo

	// slowDetect and noMemo turn the fast paths off, for tests that check
	// they change nothing.
	slowDetect, noMemo bool
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
	m, ok := n.pool.Get().(*machine)
	if !ok {
		m = &machine{style: n.opts.ToneStyle}
	}
	if !n.noMemo {
		n.memoMu.Lock()
		if k := len(n.memos); k > 0 {
			m.memo = n.memos[k-1]
			n.memos = n.memos[:k-1]
		}
		n.memoMu.Unlock()
		if m.memo == nil {
			m.memo = new(memo)
		}
	}
	return m
}

// maxMemos bounds the memos a Normalizer keeps: one for each goroutine
// that uses it at the same time, about.
const maxMemos = 16

func (n *Normalizer) release(m *machine) {
	if cap(m.w.buf) > 1<<20 {
		m.w.buf = nil
	}
	m.w.src, m.w.al = "", nil
	if m.memo != nil {
		n.memoMu.Lock()
		if len(n.memos) < maxMemos {
			n.memos = append(n.memos, m.memo)
		}
		n.memoMu.Unlock()
		m.memo = nil
	}
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
	out, e, a, _ := n.runOn(s, align, false)
	return out, e, a
}

// runOn normalizes s. With borrowed, s aliases the caller's bytes, which
// may not even be UTF-8: clean output is copied out of them, and the run
// stops (ok false) at the first invalid byte, so that the caller can
// detect the encoding instead.
func (n *Normalizer) runOn(s string, align, borrowed bool) (out string, e Edits, a *Alignment, ok bool) {
	m := n.machine()
	defer n.release(m)
	m.st = lineState{}
	m.e = Edits{}
	m.strict, m.invalid = borrowed, false
	m.w.reset(s)
	var ab *alignBuilder
	if align {
		ab = &alignBuilder{}
		m.w.al = ab
	}
	m.run(s, true)
	if m.invalid {
		m.w.buf = m.w.buf[:0]
		return "", Edits{}, nil, false
	}
	if len(m.w.buf) == 0 {
		out = m.w.result() // one run of s
		if borrowed {
			out = strings.Clone(out)
		}
	} else {
		m.w.flush()
		if cap(m.w.buf) <= len(m.w.buf)+len(m.w.buf)/4 {
			// the buffer was made for this text: hand it over rather
			// than copy it
			out = bytesToString(m.w.buf)
			m.w.buf = nil
		} else {
			out = string(m.w.buf)
			m.w.buf = m.w.buf[:0]
		}
	}
	if align {
		a = ab.finish(len(s))
	}
	return out, m.e, a, true
}

// Bytes decodes b (detecting its encoding) and normalizes it.
func (n *Normalizer) Bytes(b []byte) (Result, error) {
	r, _, err := n.bytes(b, false)
	return r, err
}

// JSONBytes is Bytes of b with each byte that is not part of valid UTF-8
// replaced by U+FFFD first, as encoding/json reads such a byte in a JSON
// string. It lets a JSON reader hand over a string's text unchecked: the
// pass that normalizes valid UTF-8, the common case, validates it too, and
// the reader's own check of every letter was a few percent of a run.
func (n *Normalizer) JSONBytes(b []byte) (Result, error) {
	if !n.slowDetect && keepsUTF8(b) {
		if text, e, _, ok := n.runOn(bytesToString(b), false, true); ok {
			return Result{Text: text, Encoding: "utf-8", Edits: e}, nil
		}
	}
	r, _, err := n.bytes(ReplaceInvalidUTF8(b), false)
	return r, err
}

// ReplaceInvalidUTF8 returns b with each byte that is not part of valid
// UTF-8 replaced by U+FFFD, as encoding/json decodes a JSON string; b
// itself when it is valid.
func ReplaceInvalidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		out = utf8.AppendRune(out, r)
		b = b[size:]
	}
	return out
}

// AlignBytes is Bytes that also returns the alignment from offsets in
// Result.Text to byte offsets in b.
func (n *Normalizer) AlignBytes(b []byte) (Result, *Alignment, error) {
	return n.bytes(b, true)
}

func (n *Normalizer) bytes(b []byte, align bool) (Result, *Alignment, error) {
	// Most input is UTF-8 that detection keeps as it is. Checking that
	// first costs a look at a sample; the normalizer then validates the
	// text as it goes, which saves a pass of utf8.Valid and a copy.
	if !n.slowDetect && keepsUTF8(b) {
		if text, e, a, ok := n.runOn(bytesToString(b), align, true); ok {
			return Result{Text: text, Encoding: "utf-8", Edits: e}, a, nil
		}
	}
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
