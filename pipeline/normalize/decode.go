package normalize

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// tables holds the byte tables of the legacy encodings, one TSV per
// encoding with its sources in the header (letter, bytes in hex, status).
//
//go:embed tables/*.tsv
var tables embed.FS

// A codec decodes one single-byte legacy encoding. VNI also has pairs: an
// ASCII vowel (or ơ ư) followed by a mark byte is one letter.
type codec struct {
	name      string // the Result.Encoding name
	enc       [256][4]byte
	encLen    [256]uint8
	ident     [256]bool  // the byte is the ASCII character of the same code
	letterish [256]bool  // a non-ASCII byte that decodes to a letter or a mark
	tone      [256]uint8 // the tone of a byte that is a combining tone mark
	pairBase  [256]int8  // index of a pair base byte, -1 if none
	pairMark  [256]int8  // index of a pair mark byte, -1 if none
	pairs     [][]rune
	caps      bool // VN3: toned letters exist only in lowercase

	// kind sorts the bytes for decode, so that its hot loop reads one
	// table a byte instead of three. Set by finish once the tables are
	// done.
	kind [256]uint8
}

const (
	kindRun  = iota // an ident byte that starts no pair
	kindEnc         // a byte that is its enc, whatever comes around it
	kindMore        // a pair base or a combining tone: see the neighbours
)

// finish derives the tables decode reads from the ones set above.
func (c *codec) finish() {
	for b := range 256 {
		switch {
		case c.pairBase[b] >= 0 || c.tone[b] != 0:
			c.kind[b] = kindMore
		case c.ident[b]:
			c.kind[b] = kindRun
		default:
			c.kind[b] = kindEnc
		}
	}
}

var (
	codecsOnce sync.Once
	codecs     []*codec // in order of preference when scores tie
	codecErr   error
)

func loadCodecs() {
	codecsOnce.Do(func() {
		var cp1258, vn3, vn1, vni, viscii, vps *codec
		var err error
		if cp1258, err = cp1258Codec(); err != nil {
			codecErr = err
			return
		}
		for _, c := range []struct {
			p    **codec
			name string
			file string
		}{
			{&vn3, "tcvn3", "tcvn3.tsv"},
			{&vn1, "tcvn3", "tcvn5712-1_vn1.tsv"},
			{&vni, "vni", "vni_windows.tsv"},
			{&viscii, "viscii", "viscii.tsv"},
			{&vps, "vps", "vps.tsv"},
		} {
			if *c.p, err = tableCodec(c.name, c.file); err != nil {
				codecErr = err
				return
			}
		}
		vn3.caps = true
		// TCVN 5712 also has the five tones as combining marks.
		for i, r := range []rune{0x0300, 0x0309, 0x0303, 0x0301, 0x0323} {
			vn3.set(0xB0+byte(i), r)
			vn1.set(0xB0+byte(i), r)
		}
		codecs = []*codec{vn3, vni, cp1258, viscii, vps, vn1}
		for _, c := range codecs {
			c.finish()
		}
	})
}

func newCodec(name string) *codec {
	c := &codec{name: name}
	for b := range 256 {
		r := rune(b)
		if b >= 0x80 && b < 0xA0 {
			if d := charmap.Windows1252.DecodeByte(byte(b)); d != utf8.RuneError {
				r = d
			}
		}
		c.set(byte(b), r)
		c.pairBase[b], c.pairMark[b] = -1, -1
	}
	return c
}

func (c *codec) set(b byte, r rune) {
	n := utf8.EncodeRune(c.enc[b][:], r)
	c.encLen[b] = uint8(n)
	c.ident[b] = r == rune(b) && b < utf8.RuneSelf
	isShape, mark := markValue(r)
	c.tone[b] = 0
	if !isShape {
		c.tone[b] = mark
	}
	// below 0xA0 encodings put capitals where Windows has punctuation: too
	// ambiguous to order candidates by
	c.letterish[b] = b >= 0xA0 && (lookupLetter(r).ok || mark != 0)
}

func cp1258Codec() (*codec, error) {
	c := newCodec("cp1258")
	for b := 0x80; b < 256; b++ {
		c.set(byte(b), charmap.Windows1258.DecodeByte(byte(b)))
	}
	return c, nil
}

// tableCodec reads one table; rows whose status is not ok (letters the
// encoding has no code of its own for) are skipped.
func tableCodec(name, file string) (*codec, error) {
	data, err := tables.ReadFile("tables/" + file)
	if err != nil {
		return nil, err
	}
	c := newCodec(name)
	type pair struct {
		base, mark byte
		r          rune
	}
	var pairs []pair
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "unicode_nfc") || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("normalize: %s: bad row %q", file, line)
		}
		if !strings.HasPrefix(f[2], "ok") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[0])
		v, err := strconv.ParseUint(f[1], 16, 16)
		if err != nil {
			return nil, fmt.Errorf("normalize: %s: %w", file, err)
		}
		if len(f[1]) == 4 {
			pairs = append(pairs, pair{byte(v >> 8), byte(v), r})
		} else {
			c.set(byte(v), r)
		}
	}
	if len(pairs) > 0 {
		var bases, marks []byte
		for _, p := range pairs {
			if c.pairBase[p.base] < 0 {
				c.pairBase[p.base] = int8(len(bases))
				bases = append(bases, p.base)
			}
			if c.pairMark[p.mark] < 0 {
				c.pairMark[p.mark] = int8(len(marks))
				marks = append(marks, p.mark)
			}
		}
		for _, m := range marks {
			c.letterish[m] = true
		}
		c.pairs = make([][]rune, len(bases))
		for i := range c.pairs {
			c.pairs[i] = make([]rune, len(marks))
		}
		for _, p := range pairs {
			c.pairs[c.pairBase[p.base]][c.pairMark[p.mark]] = p.r
		}
	}
	return c, sc.Err()
}

// decode appends the text of b to dst. With ab it records the alignment.
func (c *codec) decode(dst []byte, b []byte, ab *alignBuilder) []byte {
	for i := 0; i < len(b); {
		x := b[i]
		switch c.kind[x] {
		case kindRun:
			j := i + 1
			for j < len(b) && c.kind[b[j]] == kindRun {
				j++
			}
			dst = append(dst, b[i:j]...)
			if ab != nil {
				ab.emit(i, j, j-i, true)
			}
			i = j
			continue
		case kindEnc:
			dst = c.appendEnc(dst, x)
			if ab != nil {
				ab.emit(i, i+1, int(c.encLen[x]), false)
			}
			i++
			continue
		}
		if c.pairBase[x] >= 0 && i+1 < len(b) && c.pairMark[b[i+1]] >= 0 {
			if r := c.pairs[c.pairBase[x]][c.pairMark[b[i+1]]]; r != 0 {
				n := len(dst)
				dst = utf8.AppendRune(dst, r)
				if ab != nil {
					ab.emit(i, i+2, len(dst)-n, false)
				}
				i += 2
				continue
			}
		}
		if c.ident[x] {
			// a pair base that starts no pair begins a run
			j := i + 1
			for j < len(b) && c.kind[b[j]] == kindRun {
				j++
			}
			dst = append(dst, b[i:j]...)
			if ab != nil {
				ab.emit(i, j, j-i, true)
			}
			i = j
			continue
		}
		if t := c.tone[x]; t != 0 && ab == nil {
			// compose a combining tone (Windows-1258, TCVN3) with its
			// vowel here, which saves the normalizer the slow path
			r, size := utf8.DecodeLastRune(dst)
			if l := lookupLetter(r); l.ok && !l.eth && l.tone == 0 && isVowel(l.base) {
				l.tone = t
				dst = utf8.AppendRune(dst[:len(dst)-size], l.rune())
				i++
				continue
			}
		}
		dst = c.appendEnc(dst, x)
		if ab != nil {
			ab.emit(i, i+1, int(c.encLen[x]), false)
		}
		i++
	}
	return dst
}

// appendEnc appends the UTF-8 of byte x. It appends the bytes one by one:
// a copy of at most three bytes costs more as a memmove call than as
// stores.
func (c *codec) appendEnc(dst []byte, x byte) []byte {
	e := &c.enc[x]
	switch c.encLen[x] {
	case 1:
		return append(dst, e[0])
	case 2:
		return append(dst, e[0], e[1])
	case 3:
		return append(dst, e[0], e[1], e[2])
	}
	return append(dst, e[:c.encLen[x]]...)
}

// decodeString decodes b and, for VN3, restores capitals.
func (c *codec) decodeString(b []byte, ab *alignBuilder) (string, Edits) {
	out := c.decode(make([]byte, 0, len(b)+len(b)/2), b, ab)
	var e Edits
	if c.caps {
		e.Case = restoreCaps(out)
	}
	return bytesToString(out), e
}

// bytesToString returns b as a string without copying it. Only for a
// buffer that nothing writes to afterwards: the decoders hand over the
// slice they built, which saves copying each decoded text once more.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// restoreCaps puts toned letters in capitals inside all-caps words, in
// place. VN3 has no capital toned letters: .VnTimeH fonts draw the
// lowercase codes as capitals, so "ỦY BAN" arrives as "ủY BAN". A word
// counts as all-caps when its untoned letters are all capitals and either
// there are two of them, the first letter is toned, or a neighbouring word
// is all capitals. Upper and lower case of these letters have the same
// UTF-8 length.
func restoreCaps(b []byte) int {
	n := 0
	var prev, cur capsWord
	havePrev, haveCur := false, false
	for i := 0; i < len(b); {
		// Only a word with a capital can be fixed or all-caps, and most
		// words have none: jump to the next capital in a tight loop, then
		// find the start of its word (ws) and whether a word without a
		// capital came before it.
		p := i
		for {
			for p < len(b) && capsByte[b[p]] != capsCapital {
				p++
			}
			if p == len(b) || capitalAt(b, p) {
				break
			}
			p++
		}
		ws, lim := p, p
		for ws > i && capsByte[b[ws-1]] != capsNone {
			ws--
		}
		if p < len(b) {
			lim = ws
		}
		skipped := false
		for q := i; q < lim && !skipped; q++ {
			skipped = capsByte[b[q]] != capsNone
		}
		if skipped {
			// the words skipped here: each one is itself, fixCaps
			// would leave them alone
			if haveCur && !cur.lower {
				n += fixCaps(b, prevOf(&prev, havePrev), &cur, nil)
			}
			prev, havePrev = cur, haveCur
			cur = capsWord{lower: true}
			haveCur = true
		}
		if p == len(b) {
			break
		}
		i = ws
		// a word with an ASCII lowercase letter is neither fixed nor
		// all-caps: skip it without decoding letters
		j, lower := i, false
		for j < len(b) {
			k := capsByte[b[j]]
			if k == capsNone {
				break
			}
			j++
			if k == capsLower {
				lower = true
				for j < len(b) && capsByte[b[j]] != capsNone {
					j++
				}
				break
			}
		}
		if lower {
			if haveCur && !cur.lower {
				n += fixCaps(b, prevOf(&prev, havePrev), &cur, nil)
			}
			prev, havePrev = cur, haveCur
			cur = capsWord{start: i, end: j, lower: true}
			haveCur = true
			i = j
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if !lookupLetter(r).ok {
			i += size
			continue
		}
		w := capsWord{start: i}
		for first := true; i < len(b); first = false {
			r, size := utf8.DecodeRune(b[i:])
			l := lookupLetter(r)
			if !l.ok {
				break
			}
			switch {
			case l.tone != 0 && !l.upper:
				w.toned = true
				w.firstToned = w.firstToned || first
			case l.upper:
				w.caps++
			default:
				w.lower = true
			}
			i += size
		}
		w.end = i
		if haveCur {
			n += fixCaps(b, prevOf(&prev, havePrev), &cur, &w)
		}
		prev, havePrev = cur, haveCur
		cur, haveCur = w, true
	}
	if haveCur {
		n += fixCaps(b, prevOf(&prev, havePrev), &cur, nil)
	}
	return n
}

// capitalAt reports whether b[p], a capsCapital byte, starts a capital
// as restoreCaps' word scan sees it: isCapital of the word from p on.
func capitalAt(b []byte, p int) bool {
	if b[p] < utf8.RuneSelf {
		return true
	}
	if p+1 == len(b) || capsByte[b[p+1]] == capsNone {
		return false
	}
	return isCapital(b[p : p+2])
}

// capsWord is a word of restoreCaps.
type capsWord struct {
	start, end int
	caps       int  // untoned capitals
	lower      bool // an untoned lowercase letter
	toned      bool // a (lowercase) toned letter
	firstToned bool
}

func (w *capsWord) allCaps() bool { return !w.lower && w.caps >= 2 }

func prevOf(w *capsWord, ok bool) *capsWord {
	if !ok {
		return nil
	}
	return w
}

// fixCaps decides w, now that both neighbours (nil when none) are known,
// and puts its toned letters in capitals if it is all-caps.
func fixCaps(b []byte, prev, w, next *capsWord) int {
	if w.lower || w.caps == 0 || !w.toned {
		return 0
	}
	if w.caps < 2 && !w.firstToned && !(prev != nil && prev.allCaps()) && !(next != nil && next.allCaps()) {
		return 0
	}
	n := 0
	for i := w.start; i < w.end; {
		r, size := utf8.DecodeRune(b[i:])
		if l := lookupLetter(r); l.tone != 0 && !l.upper {
			utf8.EncodeRune(b[i:], unicode.ToUpper(r))
			n++
		}
		i += size
	}
	return n
}

// Classes of bytes for restoreCaps' word scan, one table lookup a byte.
const (
	capsNone     = iota // not in a word
	capsWordByte        // another byte of a word
	capsLower           // an ASCII lowercase letter
	capsCapital         // an ASCII capital or a lead byte isCapital may accept
)

var capsByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = capsLower
		case c >= 'A' && c <= 'Z', c == 0xC3, c == 0xC4, c == 0xC6:
			t[c] = capsCapital
		case c >= utf8.RuneSelf || isASCIILetter(byte(c)):
			t[c] = capsWordByte
		}
	}
	return t
}()

// isCapital reports whether b starts with an ASCII capital or the UTF-8 of
// a Latin-1 capital or Ă Đ Ơ Ư, the capitals a VN3 decoding can hold.
func isCapital(b []byte) bool {
	c := b[0]
	if c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	if len(b) < 2 {
		return false
	}
	switch c {
	case 0xC3:
		return b[1] < 0xA0
	case 0xC4:
		return b[1] == 0x82 || b[1] == 0x90
	case 0xC6:
		return b[1] == 0xA0 || b[1] == 0xAF
	}
	return false
}

// decoded is the outcome of detection.
type decoded struct {
	text     string
	encoding string
	edits    Edits
	align    *Alignment // decoded text -> input bytes, nil when they are the same
	offset   int        // bytes skipped before text (a BOM) when align is nil
}

// sampleSize bounds the text scored for each candidate decoding: a
// hundred words decide, and scoring every candidate on a whole article
// would cost more than decoding it.
const sampleSize = 768

// sample returns about sampleSize bytes from where the non-ASCII text
// starts, cut at spaces and never inside a UTF-8 sequence.
func sample(b []byte) []byte {
	if len(b) <= sampleSize {
		return b
	}
	start := 0
	for start < len(b) && b[start] < utf8.RuneSelf {
		start++
	}
	switch i := bytes.LastIndexByte(b[:start], ' '); {
	case start == len(b):
		start = 0
	case i >= 0:
		start = i + 1
	default:
		start = 0
	}
	start = min(start, len(b)-sampleSize)
	for start > 0 && !utf8.RuneStart(b[start]) {
		start--
	}
	end := start + sampleSize
	if i := bytes.LastIndexByte(b[start:end], ' '); i > sampleSize/2 {
		end = start + i
	}
	cut := end
	for cut > start && cut < len(b) && !utf8.RuneStart(b[cut]) {
		cut--
	}
	if cut > start {
		// A run of continuation bytes is not text to keep whole.
		end = cut
	}
	return b[start:end]
}

// detect finds the encoding of b and decodes it.
func detect(b []byte, align bool) (decoded, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		if utf8.Valid(b[3:]) {
			d := detectUTF8(b[3:], align)
			if d.align == nil {
				d.offset = 3
			} else {
				d.align = chain(d.align, shiftAlignment(3, len(b)))
			}
			return d, nil
		}
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if d, err := decodeUTF16(b, align); err == nil && plausibleUTF16(d.text, len(b)) {
			return d, nil
		}
	}
	if utf8.Valid(b) {
		return detectUTF8(b, align), nil
	}
	loadCodecs()
	if codecErr != nil {
		return decoded{}, codecErr
	}
	smp := sample(b)
	best, bestScore := -1, score{}
	var bestText string
	var bestEdits Edits
	for _, k := range likelyOrder(smp) {
		c := codecs[k]
		s, e := c.decodeString(smp, nil)
		sc := scoreText(s)
		if best < 0 || sc.net() > bestScore.net() || sc.net() == bestScore.net() && k < best {
			best, bestScore, bestText, bestEdits = k, sc, s, e
		}
		if sc.decisive() {
			break
		}
	}
	if countInvalid(b, len(b)/200) <= len(b)/200 {
		if lossy := scoreText(strings.ToValidUTF8(string(smp), "\uFFFD")); lossy.net() >= bestScore.net() {
			return decoded{text: string(b), encoding: "utf-8"}, nil
		}
	}
	if bestScore.good == 0 || bestScore.net() <= 0 {
		return decoded{}, ErrInvalidUTF8
	}
	if len(smp) == len(b) && !align {
		return decoded{text: bestText, encoding: codecs[best].name, edits: bestEdits}, nil
	}
	return decodeWith(codecs[best], b, align), nil
}

// likelyOrder orders the codecs by how many bytes of b they read as
// Vietnamese letters or marks, so that the right one usually comes first
// and ends the scoring early; ties keep the order of preference.
func likelyOrder(b []byte) []int {
	var hist [256]int
	for _, x := range b {
		hist[x]++
	}
	order := make([]int, len(codecs))
	counts := make([]int, len(codecs))
	for k, c := range codecs {
		order[k] = k
		for x := range 256 {
			if hist[x] > 0 && c.letterish[x] {
				counts[k] += hist[x]
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return counts[order[i]] > counts[order[j]] })
	return order
}

// countInvalid counts invalid UTF-8 sequences in b, stopping past limit.
func countInvalid(b []byte, limit int) int {
	n := 0
	for i := 0; i < len(b) && n <= limit; {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

func decodeWith(c *codec, b []byte, align bool) decoded {
	var ab *alignBuilder
	if align {
		ab = &alignBuilder{}
	}
	s, e := c.decodeString(b, ab)
	d := decoded{text: s, encoding: c.name, edits: e}
	if ab != nil {
		d.align = ab.finish(len(b))
	}
	return d
}

// keepsUTF8 reports, cheaply, that detect would return b as it is if b is
// valid UTF-8: b starts with no byte order mark and detectUTF8 takes its
// first exits, which look at a sample only (or, for text without a letter
// outside ASCII, at which VIQR characters it holds). It does not check
// that b is valid; false means ask detect.
func keepsUTF8(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return false
	}
	smp := sample(b)
	if !utf8.Valid(smp[:runeStartAtMost(smp, validPrefix)]) {
		// the sample is cut between characters: b is no UTF-8, and the
		// scans below would look at all of it for nothing
		return false
	}
	s := bytesToString(b)
	if !hasNonASCIILetter(s) {
		return !strings.ContainsAny(s, "^+(`~") && !strings.Contains(s, "dd") && !strings.Contains(s, "DD")
	}
	if !isLatin1(smp) {
		return true
	}
	return scoreText(bytesToString(smp)).alien == 0
}

// validPrefix is how much of the sample keepsUTF8 validates. Legacy
// encodings put bytes above 0x7F that UTF-8 rejects in nearly every word,
// so the start of the sample (which starts at the first of them) turns
// them away; validating all of it was a hundredth of a run's
// instructions. Text that passes and is no UTF-8 after all is turned away
// by the run, which stops at the first invalid byte: the result is the
// same either way.
const validPrefix = 128

// runeStartAtMost returns the largest i <= n, i <= len(b), where b[:i]
// ends between two characters: a prefix of valid UTF-8 cut there is
// valid.
func runeStartAtMost(b []byte, n int) int {
	if n >= len(b) {
		return len(b)
	}
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return n
}

// isLatin1 reports whether toLatin1 would accept b.
func isLatin1(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x100 {
			if _, ok := cp1252Bytes[r]; !ok {
				return false
			}
		}
		i += size
	}
	return true
}

// detectUTF8 decides whether valid UTF-8 text is what it seems, or VIQR,
// double-encoded UTF-8, or legacy bytes stored as Latin-1 characters. It
// keeps the text as is unless another reading is clearly better.
func detectUTF8(b []byte, align bool) decoded {
	s := string(b)
	plain := decoded{text: s, encoding: "utf-8"}
	if !hasNonASCIILetter(s) {
		// VIQR is ASCII, though curly quotes or dashes may come with it
		if !strings.ContainsAny(s, "^+(`~") && !strings.Contains(s, "dd") && !strings.Contains(s, "DD") {
			return plain
		}
		smp := string(sample(b))
		v, shapes := decodeVIQR(smp, nil, true)
		sc := scoreText(v)
		if shapes == 0 || sc.good < 2 || sc.good < 3*sc.bad {
			return plain
		}
		var ab *alignBuilder
		if align {
			ab = &alignBuilder{}
		}
		v, _ = decodeVIQR(s, ab, false)
		d := decoded{text: v, encoding: "viqr"}
		if ab != nil {
			d.align = ab.finish(len(b))
		}
		return d
	}
	smp := sample(b)
	lat, ok := toLatin1(smp, nil)
	if !ok {
		return plain
	}
	// only text with letters or symbols Vietnamese never has ("ViÖt",
	// "Vieät", "Viá»‡t") may be something else
	base := scoreText(string(smp))
	if base.alien == 0 {
		return plain
	}
	loadCodecs()
	if codecErr != nil {
		return plain
	}
	bestName, bestScore := "", base
	var bestCodec *codec
	if utf8.Valid(lat) {
		if sc := scoreText(string(lat)); sc.good >= 1 && sc.net() >= base.net()+2 {
			bestName, bestScore = "mojibake", sc
		}
	}
	bestK := -1
	for _, k := range likelyOrder(lat) {
		if bestScore.decisive() {
			break
		}
		c := codecs[k]
		t, _ := c.decodeString(lat, nil)
		sc := scoreText(t)
		if sc.good >= 1 && sc.net() >= base.net()+2 &&
			(sc.net() > bestScore.net() || sc.net() == bestScore.net() && bestCodec != nil && k < bestK) {
			bestName, bestScore, bestCodec, bestK = c.name, sc, c, k
		}
	}
	if bestName == "" {
		return plain
	}
	var ab *alignBuilder
	if align {
		ab = &alignBuilder{}
	}
	full, ok := toLatin1(b, ab)
	if !ok { // a character outside the sample is no Latin-1
		return plain
	}
	var la *Alignment
	if ab != nil {
		la = ab.finish(len(b))
	}
	if bestCodec == nil {
		// the bytes are the text: its offsets are those of full
		if !utf8.Valid(full) {
			return plain
		}
		return decoded{text: string(full), encoding: "mojibake", align: la}
	}
	d := decodeWith(bestCodec, full, align)
	if d.align != nil {
		d.align = chain(d.align, la)
	}
	return d
}

func hasNonASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if r >= utf8.RuneSelf && unicode.IsLetter(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// chain returns a whose inner step is under.
func chain(a, under *Alignment) *Alignment {
	x := a
	for x.inner != nil {
		x = x.inner
	}
	x.inner = under
	return a
}

// cp1252Bytes maps the Windows-1252 characters above U+00FF to their bytes.
var cp1252Bytes = func() map[rune]byte {
	m := map[rune]byte{}
	for b := 0x80; b < 0xA0; b++ {
		if r := charmap.Windows1252.DecodeByte(byte(b)); r != utf8.RuneError && r > 0xFF {
			m[r] = byte(b)
		}
	}
	return m
}()

// toLatin1 turns text whose characters all exist in Windows-1252 (or are
// C1 controls) back into the bytes they were read from.
func toLatin1(b []byte, ab *alignBuilder) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		var x byte
		switch {
		case r < 0x100:
			x = byte(r)
		default:
			c, ok := cp1252Bytes[r]
			if !ok {
				return nil, false
			}
			x = c
		}
		out = append(out, x)
		if ab != nil {
			ab.emit(i, i+size, 1, size == 1)
		}
		i += size
	}
	return out, true
}

func decodeUTF16(b []byte, align bool) (decoded, error) {
	dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(b)
	if err != nil {
		return decoded{}, ErrInvalidUTF8
	}
	d := decoded{text: string(out), encoding: "utf-16"}
	if align {
		// every code unit is two bytes; map each character to its units
		ab := &alignBuilder{}
		in := 2
		for i := 0; i < len(out); {
			r, size := utf8.DecodeRune(out[i:])
			n := 2
			if r > 0xFFFF {
				n = 4
			}
			ab.emit(in, min(in+n, len(b)), size, false)
			in += n
			i += size
		}
		d.align = ab.finish(len(b))
	}
	return d, nil
}

// plausibleUTF16 guards against bytes that merely start like a UTF-16
// byte order mark: the length must be even, and the text free of broken
// surrogates and control characters.
func plausibleUTF16(s string, n int) bool {
	if n%2 != 0 {
		return false
	}
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' || r >= 0x7f && r < 0xA0 {
			return false
		}
	}
	return true
}

// decodeAs decodes b as the named encoding.
func decodeAs(b []byte, encoding string) (decoded, error) {
	switch encoding {
	case "utf-8":
		b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
		return decoded{text: string(b), encoding: "utf-8"}, nil
	case "utf-16":
		return decodeUTF16(b, false)
	case "viqr":
		// decodeVIQR keeps nothing of its input: no need to copy b
		s, _ := decodeVIQR(bytesToString(b), nil, false)
		return decoded{text: s, encoding: "viqr"}, nil
	case "mojibake":
		lat, ok := toLatin1(b, nil)
		if !ok || !utf8.Valid(lat) {
			return decoded{}, ErrInvalidUTF8
		}
		return decoded{text: string(lat), encoding: "mojibake"}, nil
	}
	loadCodecs()
	if codecErr != nil {
		return decoded{}, codecErr
	}
	for _, c := range codecs {
		if c.name == encoding {
			return decodeWith(c, b, false), nil
		}
	}
	return decoded{}, fmt.Errorf("normalize: unknown encoding %q", encoding)
}
