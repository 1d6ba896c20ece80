package normalize

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/internal/swar"

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

	// With strict the run stops at the first invalid byte and sets
	// invalid: the input was not UTF-8 after all.
	strict, invalid bool

	memo *memo // nil when not remembering tokens

	// Tokens of this run that the memo knew, that it learnt, and that
	// changed. When many change (decomposed text, say), looking them up
	// costs more than it saves, and the run stops (noTokens).
	known, learnt, changed int
	noTokens               bool
}

// sink collects the output: buf, then src[i:j]. Kept input extends that
// run of src while it is contiguous and is copied only when a change
// breaks it, so clean text is never copied, and text with a few changes is
// copied in long runs.
type sink struct {
	src  string
	buf  []byte
	i, j int
	puts int // segments replaced so far
	al   *alignBuilder
}

func (w *sink) reset(src string) {
	w.src, w.i, w.j = src, 0, 0
	w.buf = w.buf[:0]
}

// flush copies the pending run into buf.
func (w *sink) flush() {
	if w.j > w.i {
		w.reserve()
		w.buf = append(w.buf, w.src[w.i:w.j]...)
	}
	w.i = w.j
}

// reserve gives buf room for about the whole output at once.
func (w *sink) reserve() {
	if cap(w.buf) == 0 {
		w.buf = make([]byte, 0, len(w.src)+len(w.src)/8+16)
	}
}

// keep outputs src[i:j] unchanged.
func (w *sink) keep(i, j int) {
	if i == w.j && w.al == nil {
		w.j = j
		return
	}
	w.keepAligned(i, j)
}

func (w *sink) keepAligned(i, j int) {
	if w.al != nil {
		w.al.emit(i, j, j-i, true)
	}
	if i != w.j {
		w.flush()
		w.i = i
	}
	w.j = j
}

// put outputs b in place of src[i:j].
func (w *sink) put(i, j int, b []byte) {
	if w.al != nil {
		w.al.emit(i, j, len(b), false)
	}
	w.puts++
	w.flush()
	w.reserve()
	w.buf = append(w.buf, b...)
	w.i, w.j = j, j
}

func (w *sink) putString(i, j int, s string) {
	if w.al != nil {
		w.al.emit(i, j, len(s), false)
	}
	w.puts++
	w.flush()
	w.reserve()
	w.buf = append(w.buf, s...)
	w.i, w.j = j, j
}

// result returns the output, without a copy when it is one run of src.
// It leaves buf to be reused or handed over (see Normalizer.runOn).
func (w *sink) result() string {
	if len(w.buf) == 0 {
		return w.src[w.i:w.j]
	}
	w.flush()
	return string(w.buf)
}

// run normalizes s, continuing the state of earlier calls. With atEOF the
// pending white space is dropped; without it, s must end at a safe cut
// (see safeCut).
func (m *machine) run(s string, atEOF bool) {
	m.st.ws0 = -1
	if m.st.spaces+m.st.others+m.st.newlines == 0 {
		m.st.ws0 = 0
	}
	m.known, m.learnt, m.changed = 0, 0, 0
	m.noTokens = m.memo == nil
	for i := 0; i < len(s); {
		c := s[i]
		if tokenByte[c] && !m.noTokens {
			i = m.token(s, i)
			continue
		}
		if c == ' ' { // step's first case, the most common one
			m.space(i)
			m.st.spaces++
			m.st.cr = false
			i++
			continue
		}
		i = m.step(s, i)
	}
	if atEOF {
		m.dropSpace(len(s))
	}
}

// tokenByte marks the bytes of a token: ASCII letters and every byte of a
// non-ASCII character. A token ends before ASCII punctuation, white space
// or a control character.
var tokenByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= utf8.RuneSelf || isASCIILetter(byte(c))
	}
	return t
}()

// token handles the token at s[i:]: one or more segments (words, other
// characters with their marks). Most text is words that are already
// canonical, and a few thousand of them make up most of it, so the
// tokens found to come out unchanged are remembered and, when seen again,
// kept without looking at their letters.
//
// A token followed by an ASCII break (or the end of s) is processed the
// same wherever it occurs: no segment looks past it, and none looks back
// once the white space before it has been written. When its first
// character starts a segment that writes that white space first (a letter
// or another visible character, not white space or an invisible one),
// keeping it is all the segments do if they edit nothing, change no byte
// and leave no white space pending.
func (m *machine) token(s string, i int) int {
	var t tokenScan
	scanToken(s, i, &t)
	j := i + t.n
	if j < len(s) && !breakByte[s[j]] {
		return m.steps(s, i, j) // a control character joins the token's last word
	}
	if t.ascii {
		m.st.cr = false
		m.flushSpace(i)
		m.w.keep(i, j)
		return m.clean(s, j)
	}
	if t.n > memoMaxKey {
		return m.steps(s, i, j)
	}
	// (the token is s[i:j]; has and add slice it only when they need to)
	// A token that starts with white space or an invisible character is
	// never remembered (it goes to steps below), so a known one is kept
	// without looking at its first character.
	if m.memo.has(&t, s, i) {
		m.known++
		m.st.cr = false
		if st := &m.st; st.spaces == 1 && st.others|st.newlines == 0 && st.started && st.ws0 >= 0 {
			// the one space before it and the token, kept in one go
			m.w.keep(st.ws0, j)
			st.spaces = 0
			return m.clean(s, j)
		}
		m.flushSpace(i)
		m.w.keep(i, j)
		return m.clean(s, j)
	}
	if c := s[i]; c >= utf8.RuneSelf {
		r, _ := decodeRune(s, i)
		if !lookupLetter(r).ok {
			switch classify(r) {
			case classSpace, classNewline, classPara, classInvisible:
				return m.steps(s, i, j)
			}
		}
	}
	m.st.cr = false
	m.flushSpace(i)
	e0, puts0 := m.e, m.w.puts
	k := m.steps(s, i, j)
	if k == j && !m.invalid && m.e == e0 && m.w.puts == puts0 && m.st.spaces+m.st.others+m.st.newlines == 0 {
		m.memo.add(&t, s[i:j])
		m.learnt++
	} else if m.changed++; m.changed >= 32 && 4*m.changed > m.known+m.learnt {
		m.noTokens = true
	}
	return k
}

// clean runs from i, right after a kept token, over the text that the
// machine would keep as it is while nothing is pending: ASCII words and
// remembered tokens, each followed by an ASCII break, runs of ASCII
// punctuation and digits, and single spaces between them. It extends the
// sink's run to its end and returns it; what it does not take (white space
// other than a single space before something it takes, an unknown token, a
// control character, punctuation followed by a mark) is left to the
// machine's steps. Most of the text of clean articles goes through this
// loop, and most of that through memo.skipClean, without the machine's
// state.
//
// The machine is then in the state clean needs: nothing pending, started,
// no CR just before, and the sink's run ending at i.
func (m *machine) clean(s string, i int) int {
	if m.w.al != nil || m.noTokens {
		return i
	}
	mm := m.memo
	known := 0
	var done int // the end of what is taken; a space is taken with what follows it
	for {
		var k int
		i, k = mm.skipClean(s, i)
		known += k
		done = i
		if i == len(s) {
			break
		}
		c := s[i]
		if c == ' ' {
			if i++; i == len(s) {
				break
			}
			c = s[i]
		}
		if tokenByte[c] {
			if len(s)-i >= 16 {
				// scanToken's first case, inline: a token of fewer
				// than 16 bytes, which a memo slot holds whole
				x0, x1 := swar.Load64(s, i), uint64(0)
				n := 0
				if stop := ^tokenBytes(x0) & swar.High; stop != 0 {
					x0 &= (stop&-stop)>>7 - 1
					n = bits.TrailingZeros64(stop) >> 3
				} else {
					x1 = swar.Load64(s, i+8)
					stop := ^tokenBytes(x1) & swar.High
					if stop == 0 {
						goto long
					}
					x1 &= (stop&-stop)>>7 - 1
					n = 8 + bits.TrailingZeros64(stop)>>3
				}
				j := i + n
				if !breakByte[s[j]] {
					break
				}
				if (x0|x1)&swar.High != 0 {
					// Is the short token in the memo? Its first slot is looked at
					// inline, the second by secondHolds.
					pair := &mm.pairs[tokenHash(x0, x1)>>(64-memoBits+1)]
					if sl := &pair[0]; (sl.w0 != x0 || sl.w1 != x1 || sl.n != uint32(n)) && !secondHolds(pair, x0, x1, n) {
						break
					}
					known++
				}
				i, done = j, j
				continue
			}
		long:
			var t tokenScan
			scanToken(s, i, &t)
			j := i + t.n
			if j < len(s) && !breakByte[s[j]] {
				break
			}
			if !t.ascii {
				if t.n > memoMaxKey || !mm.has(&t, s, i) {
					break
				}
				known++
			}
			i, done = j, j
			continue
		}
		if c <= ' ' || c >= 0x7f {
			break
		}
		// ASCII punctuation or digits (letters are token bytes), as in
		// step: the run is kept unless a control character or a mark
		// may follow it.
		j := i + 1
		for j < len(s) && s[j] > ' ' && s[j] < 0x7f && !isASCIILetter(s[j]) {
			j++
		}
		if j < len(s) && !breakByte[s[j]] && !isASCIILetter(s[j]) {
			if s[j] < utf8.RuneSelf {
				break // a control character
			}
			r, _ := utf8.DecodeRuneInString(s[j:])
			if k := classify(r); k == classMark || k == classInvisible {
				break
			}
		}
		i, done = j, j
	}
	m.known += known
	m.w.j = done
	return done
}

// steps handles the segments from i on until one ends at j or later, and
// returns its end. Taking a token whole keeps token from scanning the
// rest of it again after each segment.
func (m *machine) steps(s string, i, j int) int {
	for i < j {
		i = m.step(s, i)
	}
	return i
}

// step handles the segment at s[i:] and returns its end.
func (m *machine) step(s string, i int) int {
	w := &m.w
	c := s[i]
	if c < utf8.RuneSelf {
		switch {
		case c == ' ':
			m.space(i)
			m.st.spaces++
			m.st.cr = false
			return i + 1
		case c == '\n':
			m.space(i)
			if !m.st.cr {
				m.st.newlines++
			} else {
				m.st.others++ // the CR of a CRLF is dropped
			}
			m.st.cr = false
			return i + 1
		case c == '\r':
			m.space(i)
			m.st.newlines++
			m.st.others++
			m.st.cr = true
			return i + 1
		case c == '\t':
			m.space(i)
			m.st.others++
			m.st.cr = false
			return i + 1
		case c == '\v' || c == '\f':
			m.space(i)
			m.st.newlines++
			m.st.others++
			m.st.cr = false
			return i + 1
		case c < 0x20 || c == 0x7f:
			m.e.Invisible++
			m.st.cr = false
			m.dropInvisible(i, i+1)
			return i + 1
		case isASCIILetter(c):
			m.st.cr = false
			j := i + 1
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if j == len(s) || isBreakASCII(s[j]) {
				m.flushSpace(i)
				w.keep(i, j)
				return j
			}
			return m.word(s, i)
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
				return m.other(s, j-1)
			}
			w.keep(i, j)
			return j
		}
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	m.st.cr = false
	switch k := classify(r); k {
	case classSpace:
		m.space(i)
		m.st.others++
		return i + size
	case classNewline, classPara:
		m.space(i)
		m.st.newlines++
		if k == classPara {
			m.st.newlines++
		}
		m.st.others++
		return i + size
	case classInvisible:
		m.e.Invisible++
		m.dropInvisible(i, i+size)
		return i + size
	case classLetter:
		return m.word(s, i)
	}
	return m.other(s, i)
}

// dropSpace removes the pending white space (at the start or the end).
// The sink needs no word of it: the next kept input starts a new run.
func (m *machine) dropSpace(i int) {
	st := &m.st
	if st.spaces+st.others+st.newlines == 0 {
		return
	}
	m.e.Space++
	if m.w.al != nil {
		m.w.al.emit(max(st.ws0, 0), i, 0, false)
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
}

// flushSpace writes the pending white space before a visible segment at i.
func (m *machine) flushSpace(i int) {
	if m.st.spaces|m.st.others|m.st.newlines == 0 {
		m.st.started = true
		return
	}
	m.flushPending(i)
}

func (m *machine) flushPending(i int) {
	st := &m.st
	if st.spaces == 1 && st.others|st.newlines == 0 && st.started && st.ws0 >= 0 {
		m.w.keep(st.ws0, i) // the one space between two words
		st.spaces = 0
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

var breakByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isBreakASCII(byte(c))
	}
	return t
}()

var vowelByte = func() (t [256]bool) {
	for _, c := range "aeiouyAEIOUY" {
		t[c] = true
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString(s[j:]) for a non-ASCII s[j], with
// the two- and three-byte sequences of Vietnamese letters decoded inline.
func decodeRune(s string, j int) (rune, int) {
	c := s[j]
	if c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[j+1]&0x3F), 2
	}
	if c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
		return 0x1000 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[j:])
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
	// what toneSettled looks at, gathered on the way while no mark
	// changes a letter
	vowels, tonedVowels, tonedAt, lastShaped := 0, 0, -1, -1
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
				if vowelByte[c] {
					vowels++
				}
				ls = append(ls, latinLetters[c])
				j++
				continue
			case breakByte[c]:
				break scan
			}
			e.Invisible++ // a control character
			marked = true
			j++
			continue
		}
		r, size := decodeRune(s, j)
		if l := lookupLetter(r); l.ok {
			if len(ls) == maxLetters {
				return m.foreign(s, i, j)
			}
			if l.eth {
				e.Eth++
				l.eth = false
			}
			if isVowel(l.base) {
				vowels++
				if l.tone != 0 {
					toned = true
					tonedVowels++
					tonedAt = len(ls)
				}
				if l.shape != shapeNone {
					lastShaped = len(ls)
				}
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
	settled := tonedVowels == 1 && (vowels == 1 || lastShaped == tonedAt)
	if marked {
		settled = m.toneSettled(ls)
	}
	if toned && !settled {
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
		if m.strict {
			m.invalid = true
			return len(s)
		}
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
