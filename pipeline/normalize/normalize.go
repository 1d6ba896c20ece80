// Package normalize turns Vietnamese text from news archives into one
// canonical form: UTF-8, NFC, one tone-mark placement, no invisible
// characters, single spaces, paragraph breaks kept. It knows nothing of
// documents or extraction.
package normalize

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrInvalidUTF8 means the bytes are not UTF-8 and no legacy decoder
// explains them.
var ErrInvalidUTF8 = errors.New("normalize: invalid UTF-8 that no decoder explains")

// Edits counts each kind of change the normalizer made.
type Edits struct {
	NFC       int `json:"nfc"`       // characters changed by composition or mark reordering
	Tone      int `json:"tone"`      // syllables whose tone mark moved
	Space     int `json:"space"`     // white-space runs replaced or collapsed
	Invisible int `json:"invisible"` // zero-width, BOM, soft hyphen and control characters removed
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
	// ToneNew puts the mark on the second vowel: hòa, thủy, khỏe (Unikey's default).
	ToneNew ToneStyle = iota
	// ToneOld puts it on the first: hoà, thuỷ, khoẻ.
	ToneOld
)

// Options configure a Normalizer.
type Options struct {
	ToneStyle ToneStyle
}

// Normalizer normalizes with fixed options. It is safe for concurrent use.
type Normalizer struct{ opts Options }

// New returns a Normalizer with opts.
func New(opts Options) *Normalizer { return &Normalizer{opts: opts} }

// Default normalizes with the default options.
var Default = New(Options{})

// String returns the canonical form of s with the default options.
func String(s string) string {
	out, _ := Default.String(s)
	return out
}

// Bytes decodes b (detecting its encoding) and normalizes it.
func (n *Normalizer) Bytes(b []byte) (Result, error) {
	enc := "utf-8"
	b = trimBOM(b)
	if !utf8.Valid(b) {
		return Result{}, ErrInvalidUTF8
	}
	text, edits := n.String(string(b))
	return Result{Text: text, Encoding: enc, Edits: edits}, nil
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// String normalizes valid UTF-8 text. Invalid bytes become U+FFFD.
func (n *Normalizer) String(s string) (string, Edits) {
	var e Edits
	var sb strings.Builder
	sb.Grow(len(s))
	pendingSpace := false
	newlines := 0
	atLineStart := true
	flush := func() {
		if newlines > 0 {
			if newlines > 2 {
				e.Space++
				newlines = 2
			}
			for range newlines {
				sb.WriteByte('\n')
			}
			newlines = 0
			pendingSpace = false
			atLineStart = true
		}
		if pendingSpace {
			if !atLineStart {
				sb.WriteByte(' ')
			}
			pendingSpace = false
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\n':
			// trailing spaces before a line break are dropped
			newlines++
			continue
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				e.Space++
				continue
			}
			e.Space++
			newlines++
			continue
		case isInvisible(r):
			e.Invisible++
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			if r != ' ' || pendingSpace || atLineStart {
				e.Space++
			}
			pendingSpace = true
			continue
		case r == 'Ð':
			r = 'Đ'
			e.NFC++
		case r == 'ð':
			r = 'đ'
			e.NFC++
		}
		flush()
		atLineStart = false
		sb.WriteRune(r)
	}
	out := sb.String()
	if !norm.NFC.IsNormalString(out) {
		nfc := norm.NFC.String(out)
		e.NFC += countDiff(out, nfc)
		out = nfc
	}
	out, e.Tone = placeTones(out, n.opts.ToneStyle)
	return strings.TrimRight(out, "\n "), e
}

func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return r != '\n' && r != '\t' && (unicode.IsControl(r))
}

// countDiff estimates how many characters NFC changed: the difference in
// rune counts, at least one when the strings differ.
func countDiff(a, b string) int {
	d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b)
	if d < 1 && a != b {
		d = 1
	}
	return d
}

// placeTones is completed in the tone-placement work; for now it moves the
// mark in the three old-style rhymes oa, oe, uy when they end a syllable.
func placeTones(s string, style ToneStyle) (string, int) {
	if style == ToneOld {
		return s, 0
	}
	count := 0
	var sb strings.Builder
	changed := false
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if i+1 < len(rs) && (i+2 >= len(rs) || !unicode.IsLetter(rs[i+2])) {
			if repl, ok := oldToNew[string(rs[i:i+2])]; ok && (i == 0 || !isQorG(rs[i-1], rs[i])) {
				if !changed {
					changed = true
					sb.WriteString(string(rs[:i]))
				}
				sb.WriteString(repl)
				count++
				i++
				continue
			}
		}
		if changed {
			sb.WriteRune(rs[i])
		}
	}
	if !changed {
		return s, 0
	}
	return sb.String(), count
}

func isQorG(prev, cur rune) bool {
	return (prev == 'q' || prev == 'Q') && (cur == 'u' || cur == 'U')
}

var oldToNew = map[string]string{
	"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
	"uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
