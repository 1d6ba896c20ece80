package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The canonicalizer walks the text once, segment by segment: a word (letters
// with their marks), a run of white space, or one other character with its
// marks. Each segment's output is compared with its input; while they agree
// nothing is copied, so clean text costs a scan and no allocation.

// lineState is what must survive between two calls of the machine so that a
// stream cut between segments gives the text of one whole call.
type lineState struct {
	started  bool // something visible has been written
	spaces   int  // pending ' ' characters of the current white-space run
	others   int  // pending other white space (tabs, NBSP, CR, ...)
	newlines int  // pending line breaks
	cr       bool // the last character was CR, so a LF right after it is the same break
	ws0      int  // input offset where the pending run started, -1 if before this call
}

// machine holds the state of one normalization.
type machine struct {
	style   ToneStyle
	st      lineState
	e       Edits
	w       sink
	scratch []byte
	letters [maxLetters]letter
}

// sink collects the output. While clean, the output is src[:clean] and
// nothing is stored.
type sink struct {
	src   string
	buf   []byte
	clean int
	dirty bool
	al    *alignBuilder
}

func (w *sink) reset(src string, dirty bool) {
	w.src, w.clean, w.dirty = src, 0, dirty
	w.buf = w.buf[:0]
}

func (w *sink) materialize() {
	if w.dirty {
		return
	}
	w.dirty = true
	if cap(w.buf) == 0 {
		w.buf = make([]byte, 0, len(w.src)+len(w.src)/8+16)
	}
	w.buf = append(w.buf, w.src[:w.clean]...)
}

// keep outputs src[i:j] unchanged.
func (w *sink) keep(i, j int) {
	if w.al != nil {
		w.al.emit(i, j, j-i, true)
	}
	if !w.dirty {
		if i == w.clean {
			w.clean = j
			return
		}
		w.materialize()
	}
	w.buf = append(w.buf, w.src[i:j]...)
}

// put outputs b in place of src[i:j].
func (w *sink) put(i, j int, b []byte) {
	if w.al != nil {
		w.al.emit(i, j, len(b), false)
	}
	w.materialize()
	w.buf = append(w.buf, b...)
}

func (w *sink) putString(i, j int, s string) {
	if w.al != nil {
		w.al.emit(i, j, len(s), false)
	}
	w.materialize()
	w.buf = append(w.buf, s...)
}

func (w *sink) result() string {
	if !w.dirty {
		return w.src[:w.clean]
	}
	return string(w.buf)
}

// run normalizes s, continuing the state of earlier calls. With atEOF the
// pending white space is dropped; without it, s must end at a safe cut
// (see safeCut).
func (m *machine) run(s string, atEOF bool) {
	w := &m.w
	m.st.ws0 = -1
	if m.st.spaces+m.st.others+m.st.newlines == 0 {
		m.st.ws0 = 0
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				m.space(i)
				m.st.spaces++
				m.st.cr = false
				i++
				continue
			case c == '\n':
				m.space(i)
				if !m.st.cr {
					m.st.newlines++
				} else {
					m.st.others++ // the CR of a CRLF is dropped
				}
				m.st.cr = false
				i++
				continue
			case c == '\r':
				m.space(i)
				m.st.newlines++
				m.st.others++
				m.st.cr = true
				i++
				continue
			case c == '\t':
				m.space(i)
				m.st.others++
				m.st.cr = false
				i++
				continue
			case c == '\v' || c == '\f':
				m.space(i)
				m.st.newlines++
				m.st.others++
				m.st.cr = false
				i++
				continue
			case c < 0x20 || c == 0x7f:
				m.e.Invisible++
				m.st.cr = false
				m.dropInvisible(i, i+1)
				i++
				continue
			case isASCIILetter(c):
				m.st.cr = false
				j := i + 1
				for j < len(s) && isASCIILetter(s[j]) {
					j++
				}
				if j == len(s) || isBreakASCII(s[j]) {
					m.flushSpace(i)
					w.keep(i, j)
					i = j
					continue
				}
				i = m.word(s, i)
				continue
			default:
				m.st.cr = false
				m.flushSpace(i)
				j := i + 1
				for j < len(s) && s[j] < utf8.RuneSelf && s[j] > ' ' && s[j] != 0x7f && !isASCIILetter(s[j]) {
					j++
				}
				if j < len(s) && (s[j] >= utf8.RuneSelf || !isBreakASCII(s[j]) && !isASCIILetter(s[j])) {
					// the last one may carry combining marks, maybe after
					// a control character that goes
					if j-1 > i {
						w.keep(i, j-1)
					}
					i = m.other(s, j-1)
					continue
				}
				w.keep(i, j)
				i = j
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		m.st.cr = false
		switch k := classify(r); k {
		case classSpace:
			m.space(i)
			m.st.others++
			i += size
		case classNewline, classPara:
			m.space(i)
			m.st.newlines++
			if k == classPara {
				m.st.newlines++
			}
			m.st.others++
			i += size
		case classInvisible:
			m.e.Invisible++
			m.dropInvisible(i, i+size)
			i += size
		case classLetter:
			i = m.word(s, i)
		default:
			i = m.other(s, i)
		}
	}
	if atEOF {
		m.dropSpace(len(s))
	}
}

// dropSpace removes the pending white space (at the start or the end).
// At the end of the text nothing follows, so a clean sink just stops short.
func (m *machine) dropSpace(i int) {
	st := &m.st
	if st.spaces+st.others+st.newlines == 0 {
		return
	}
	m.e.Space++
	if m.w.al != nil {
		m.w.al.emit(max(st.ws0, 0), i, 0, false)
	}
	if i < len(m.w.src) || m.w.clean != max(st.ws0, 0) {
		m.w.materialize()
	}
	st.spaces, st.others, st.newlines = 0, 0, 0
}

// space notes the start of a white-space run at i.
func (m *machine) space(i int) {
	if m.st.spaces+m.st.others+m.st.newlines == 0 {
		m.st.ws0 = i
	}
}

// dropInvisible removes s[i:j]; inside a white-space run it is part of the
// run and counted there.
func (m *machine) dropInvisible(i, j int) {
	if m.st.spaces+m.st.others+m.st.newlines > 0 {
		m.st.others++
		return
	}
	if m.w.al != nil {
		m.w.al.emit(i, j, 0, false)
	}
	m.w.materialize()
}

// flushSpace writes the pending white space before a visible segment at i.
func (m *machine) flushSpace(i int) {
	st := &m.st
	if st.spaces+st.others+st.newlines == 0 {
		st.started = true
		return
	}
	if !st.started {
		m.dropSpace(i)
		st.started = true
		return
	}
	var out string
	canon := false
	switch {
	case st.newlines == 0:
		out = " "
		canon = st.spaces == 1 && st.others == 0
	case st.newlines == 1:
		out = "\n"
		canon = st.spaces == 0 && st.others == 0
	default:
		out = "\n\n"
		canon = st.newlines == 2 && st.spaces == 0 && st.others == 0
	}
	if canon && st.ws0 >= 0 {
		m.w.keep(st.ws0, i)
	} else {
		m.e.Space++
		m.w.putString(max(st.ws0, 0), i, out)
	}
	st.spaces, st.others, st.newlines = 0, 0, 0
}

// isBreakASCII reports whether c is an ASCII character that ends a word:
// printable, or a white-space control.
func isBreakASCII(c byte) bool {
	return c < utf8.RuneSelf && !isASCIILetter(c) &&
		(c >= 0x20 && c != 0x7f || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f')
}

func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

const (
	classOther = iota
	classLetter
	classMark
	classSpace
	classNewline
	classPara
	classInvisible
)

func classify(r rune) int {
	switch r {
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return classSpace
	case 0x0085, 0x2028:
		return classNewline
	case 0x2029:
		return classPara
	case 0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
		0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF:
		return classInvisible
	}
	if r >= 0x2000 && r <= 0x200A {
		return classSpace
	}
	if r < 0x250 {
		if latinLetters[r].ok {
			return classLetter
		}
		if r >= 0x80 && r < 0xA0 {
			return classInvisible // C1 controls
		}
	}
	if r >= 0x1EA0 && r < 0x1F00 {
		return classLetter
	}
	if unicode.IsLetter(r) {
		return classLetter
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
		return classMark
	}
	return classOther
}

// isWordPart reports whether r continues a word: a letter, a mark, or an
// invisible character that is dropped from inside it.
func isWordPart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	switch classify(r) {
	case classLetter, classMark, classInvisible:
		return true
	}
	return false
}

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isBreakASCII(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !isWordPart(r) {
			return i
		}
		i += size
	}
	return i
}

// word canonicalizes the word at s[i:] and returns its end. Most words
// are already canonical: precomposed letters and a tone where the rule puts
// it. They are checked without writing anything.
func (m *machine) word(s string, i int) int {
	m.flushSpace(i)
	ls := m.letters[:0]
	var e Edits
	marked, toned := false, false
	j := i
scan:
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case isASCIILetter(c):
				if len(ls) == maxLetters {
					return m.foreign(s, i, j)
				}
				ls = append(ls, latinLetters[c])
				j++
				continue
			case isBreakASCII(c):
				break scan
			}
			e.Invisible++ // a control character
			marked = true
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if l := lookupLetter(r); l.ok {
			if len(ls) == maxLetters {
				return m.foreign(s, i, j)
			}
			if l.eth {
				e.Eth++
				l.eth = false
			}
			if l.tone != 0 {
				toned = true
			}
			ls = append(ls, l)
			j += size
			continue
		}
		if isShape, v := markValue(r); v != 0 {
			if len(ls) == 0 {
				return m.foreign(s, i, j)
			}
			marked = true
			p := &ls[len(ls)-1]
			if isShape {
				switch {
				case p.shape == v:
					e.Marks++
				case p.shape != shapeNone || !shapeFits(p.base, v):
					return m.foreign(s, i, j)
				default:
					p.shape = v
					e.NFC++
				}
			} else {
				switch {
				case !isVowel(p.base):
					return m.foreign(s, i, j)
				case p.tone != 0:
					e.Marks++ // doubled or stray tone on one letter
				default:
					p.tone = v
					toned = true
					e.NFC++
				}
			}
			j += size
			continue
		}
		if r == utf8.RuneError && size == 1 {
			break
		}
		switch classify(r) {
		case classInvisible:
			e.Invisible++
			marked = true
			j += size
			continue
		case classLetter, classMark:
			return m.foreign(s, i, j)
		}
		break
	}
	if toned && !m.toneSettled(ls) {
		if sy, ok := parseSyllable(ls); ok {
			if tone, at, ok := sy.wordTone(ls); ok && tone != 0 {
				if target := sy.toneTarget(ls, m.style); target != at {
					ls[at].tone = toneNone
					ls[target].tone = tone
					e.Tone++
				}
			}
		}
	}
	if !marked && e.Eth == 0 && e.Tone == 0 {
		m.w.keep(i, j)
		return j
	}
	out := m.scratch[:0]
	for _, l := range ls {
		out = utf8.AppendRune(out, l.rune())
	}
	m.scratch = out
	m.e.add(e)
	m.w.put(i, j, out)
	return j
}

// toneSettled is a shortcut for most words: the tone is already where the
// rule puts it when the word has one vowel, or when the one toned letter
// is the last vowel with a shape mark (tướng, Việt, thuở).
func (m *machine) toneSettled(ls []letter) bool {
	vowels, tonedAt, toned, lastShaped := 0, -1, 0, -1
	for k, l := range ls {
		if !isVowel(l.base) {
			continue
		}
		vowels++
		if l.tone != 0 {
			toned++
			tonedAt = k
		}
		if l.shape != shapeNone {
			lastShaped = k
		}
	}
	return toned == 1 && (vowels == 1 || lastShaped == tonedAt)
}

// foreign handles a word found at j to be outside the letter model.
func (m *machine) foreign(s string, i, j int) int {
	j = wordEnd(s, j)
	out, changed := m.foreignWord(s[i:j])
	if changed {
		m.w.put(i, j, out)
	} else {
		m.w.keep(i, j)
	}
	return j
}

// foreignWord is the fallback for words outside the Vietnamese letter
// model: invisible characters go, Ð/ð become Đ/đ, and NFC composes.
func (m *machine) foreignWord(in string) ([]byte, bool) {
	b := m.scratch[:0]
	for _, r := range in {
		switch {
		case r < utf8.RuneSelf && !isASCIILetter(byte(r)):
			m.e.Invisible++
		case r == 'Ð':
			b = append(b, "Đ"...)
			m.e.Eth++
		case r == 'ð':
			b = append(b, "đ"...)
			m.e.Eth++
		case r >= utf8.RuneSelf && classify(r) == classInvisible:
			m.e.Invisible++
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	if !norm.NFC.IsNormal(b) {
		nb := norm.NFC.Append(nil, b...)
		m.e.NFC += max(1, utf8.RuneCount(b)-utf8.RuneCount(nb))
		b = append(b[:0], nb...)
	}
	m.scratch = b
	return b, string(b) != in
}

// other handles one character that is neither a letter nor white space,
// with the combining marks and invisible characters that follow it.
func (m *machine) other(s string, i int) int {
	m.flushSpace(i)
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		m.e.Invalid++
		m.w.putString(i, i+1, "\uFFFD")
		return i + 1
	}
	j := i + size
	plain := true
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			// a control character is dropped: marks after it are this one's
			if isBreakASCII(c) || isASCIILetter(c) {
				break
			}
			plain = false
			j++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[j:])
		k := classify(r)
		if k != classMark && k != classInvisible {
			break
		}
		plain = false
		j += sz
	}
	in := s[i:j]
	if plain && (r < 0x300 || norm.NFC.IsNormalString(in)) {
		m.w.keep(i, j)
		return j
	}
	b := m.scratch[:0]
	for k, r := range in {
		if k > 0 && (r < 0x20 || r == 0x7f || classify(r) == classInvisible) {
			m.e.Invisible++
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	if !norm.NFC.IsNormal(b) {
		b = norm.NFC.Append(b[:0:0], b...)
		m.e.NFC++
	}
	m.scratch = b
	if string(b) == in {
		m.w.keep(i, j)
	} else {
		m.w.put(i, j, b)
	}
	return j
}

func (e *Edits) add(o Edits) {
	e.NFC += o.NFC
	e.Tone += o.Tone
	e.Space += o.Space
	e.Invisible += o.Invisible
	e.Marks += o.Marks
	e.Eth += o.Eth
	e.Case += o.Case
	e.Invalid += o.Invalid
}
