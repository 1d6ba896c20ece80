package pipeline

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/internal/swar"
)

// AppendJSON appends rec as one line of JSON, newline included: the bytes
// encoding/json writes for rec with SetEscapeHTML(false), without its
// reflection. Profiles of whole runs showed encoding/json at 9% of CPU;
// this writer is several times faster. TestAppendJSONMatchesEncodingJSON
// keeps the two identical.
func (rec *Record) AppendJSON(b []byte) []byte {
	b = append(b, `{"schema":`...)
	b = appendString(b, rec.Schema)
	b = append(b, `,"id":`...)
	b = appendString(b, rec.ID)
	b = append(b, `,"source":{"uri":`...)
	b = appendString(b, rec.Source.URI)
	b = append(b, `,"line":`...)
	b = appendInt(b, rec.Source.Line)
	b = append(b, `},"status":`...)
	b = appendString(b, rec.Status)
	b = append(b, `,"error":`...)
	if rec.Error == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"code":`...)
		b = appendString(b, string(rec.Error.Code))
		b = append(b, `,"message":`...)
		b = appendString(b, rec.Error.Message)
		b = append(b, '}')
	}
	b = append(b, `,"title":`...)
	b = appendOptString(b, rec.Title)
	b = append(b, `,"url":`...)
	b = appendOptString(b, rec.URL)
	b = append(b, `,"published":`...)
	b = appendOptString(b, rec.Published)
	b = append(b, `,"byline":`...)
	b = appendOptString(b, rec.Byline)
	b = append(b, `,"text":`...)
	if rec.validText != "" && rec.Text == rec.validText {
		b = appendCanonicalString(b, rec.Text)
	} else {
		b = appendString(b, rec.Text)
	}
	b = append(b, `,"normalization":`...)
	if rec.Normalization == nil {
		b = append(b, "null"...)
	} else {
		n := rec.Normalization
		e := n.Edits
		b = append(b, `{"encoding":`...)
		b = appendString(b, n.Encoding)
		b = append(b, `,"edits":{"nfc":`...)
		b = appendInt(b, e.NFC)
		b = append(b, `,"tone":`...)
		b = appendInt(b, e.Tone)
		b = append(b, `,"space":`...)
		b = appendInt(b, e.Space)
		b = append(b, `,"invisible":`...)
		b = appendInt(b, e.Invisible)
		b = append(b, `,"marks":`...)
		b = appendInt(b, e.Marks)
		b = append(b, `,"eth":`...)
		b = appendInt(b, e.Eth)
		b = append(b, `,"case":`...)
		b = appendInt(b, e.Case)
		b = append(b, `,"invalid":`...)
		b = appendInt(b, e.Invalid)
		b = append(b, "}}"...)
	}
	w := spanWriter{canon: rec.canon}
	b = append(b, `,"people":`...)
	b = appendList(b, rec.People, w.person)
	b = append(b, `,"dates":`...)
	b = appendList(b, rec.Dates, w.date)
	b = append(b, `,"awards":`...)
	b = appendList(b, rec.Awards, w.award)
	if len(rec.Warnings) > 0 {
		b = append(b, `,"warnings":`...)
		b = appendStrings(b, rec.Warnings)
	}
	return append(b, "}\n"...)
}

func appendList[T any](b []byte, xs []T, f func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(b, &xs[i])
	}
	return append(b, ']')
}

func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// spanWriter writes the lists of a record whose texts cut from its
// canonical text, Record.canon, it takes in turn (see text).
type spanWriter struct {
	canon []string
}

// text writes s, with the escapes of appendCanonicalShort when s is the
// next of w.canon, as it is unless the record was changed since NewRecord:
// canonical text, which need not be checked. Escaping checked mentions and
// titles was a tenth of what encoding cost.
func (w *spanWriter) text(b []byte, s string) []byte {
	if len(w.canon) > 0 && w.canon[0] == s { // the same string: equal pointers end the comparison
		w.canon = w.canon[1:]
		return appendCanonicalShort(b, s)
	}
	return appendString(b, s)
}

func (w *spanWriter) span(b []byte, s *RecordSpan) []byte {
	b = append(b, `{"start":`...)
	b = appendInt(b, s.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, s.End)
	b = append(b, `,"text":`...)
	b = w.text(b, s.Text)
	return append(b, '}')
}

func (w *spanWriter) person(b []byte, p *RecordPerson) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, p.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, p.Name)
	b = append(b, `,"family_name":`...)
	b = appendString(b, p.FamilyName)
	b = append(b, `,"middle_name":`...)
	b = appendString(b, p.MiddleName)
	b = append(b, `,"given_name":`...)
	b = appendString(b, p.GivenName)
	b = append(b, `,"rank":`...)
	b = appendOptString(b, p.Rank)
	b = append(b, `,"honorifics":`...)
	b = appendStrings(b, p.Honorifics)
	b = append(b, `,"titles":`...)
	b = appendList(b, p.Titles, w.title)
	b = append(b, `,"mentions":`...)
	b = appendList(b, p.Mentions, w.span)
	return append(b, '}')
}

func (w *spanWriter) title(b []byte, t *RecordTitle) []byte {
	b = append(b, `{"text":`...)
	b = w.text(b, t.Text)
	b = append(b, `,"role":`...)
	b = appendString(b, t.Role)
	b = append(b, `,"organization":`...)
	b = appendString(b, t.Organization)
	b = append(b, `,"former":`...)
	b = strconv.AppendBool(b, t.Former)
	b = append(b, `,"start":`...)
	b = appendInt(b, t.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, t.End)
	return append(b, '}')
}

func (w *spanWriter) date(b []byte, d *RecordDate) []byte {
	b = append(b, `{"text":`...)
	b = w.text(b, d.Text)
	b = append(b, `,"value":`...)
	b = appendString(b, d.Value)
	b = append(b, `,"grain":`...)
	b = appendString(b, d.Grain.String())
	b = append(b, `,"start":`...)
	b = appendInt(b, d.Start)
	b = append(b, `,"end":`...)
	b = appendInt(b, d.End)
	if d.Range != "" {
		b = append(b, `,"range":`...)
		b = appendString(b, d.Range)
	}
	if d.Calendar != "" {
		b = append(b, `,"calendar":`...)
		b = appendString(b, d.Calendar)
	}
	if d.Lunar != "" {
		b = append(b, `,"lunar":`...)
		b = appendString(b, d.Lunar)
	}
	if d.Relative {
		b = append(b, `,"relative":true`...)
	}
	if d.Note != "" {
		b = append(b, `,"note":`...)
		b = appendString(b, d.Note)
	}
	return append(b, '}')
}

func (w *spanWriter) award(b []byte, a *RecordAward) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, a.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, a.Name)
	b = append(b, `,"type":`...)
	b = appendString(b, a.Type)
	b = append(b, `,"class":`...)
	b = appendOptString(b, a.Class)
	b = append(b, `,"date":`...)
	b = appendOptString(b, a.Date)
	b = append(b, `,"decision":`...)
	b = appendOptString(b, a.Decision)
	b = append(b, `,"posthumous":`...)
	b = strconv.AppendBool(b, a.Posthumous)
	b = append(b, `,"decided_by":`...)
	b = appendOptString(b, a.DecidedBy)
	b = append(b, `,"presented_by":`...)
	b = appendStrings(b, a.PresentedBy)
	b = append(b, `,"recipients":`...)
	b = appendList(b, a.Recipients, appendRecipient)
	if a.Count != nil {
		b = append(b, `,"count":{`...)
		comma := false
		if a.Count.Collectives != 0 {
			b = append(b, `"collectives":`...)
			b = appendInt(b, a.Count.Collectives)
			comma = true
		}
		if a.Count.Individuals != 0 {
			if comma {
				b = append(b, ',')
			}
			b = append(b, `"individuals":`...)
			b = appendInt(b, a.Count.Individuals)
		}
		b = append(b, '}')
	}
	if a.Sport {
		b = append(b, `,"sport":true`...)
	}
	b = append(b, `,"mentions":`...)
	b = appendList(b, a.Mentions, w.span)
	return append(b, '}')
}

func appendRecipient(b []byte, r *RecordRecipient) []byte {
	b = append(b, '{')
	comma := false
	field := func(name, v string) {
		if v == "" {
			return
		}
		if comma {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, `":`...)
		b = appendString(b, v)
		comma = true
	}
	field("person", r.Person)
	field("name", r.Name)
	field("organization", r.Organization)
	if len(r.Titles) > 0 {
		if comma {
			b = append(b, ',')
		}
		b = append(b, `"titles":`...)
		b = appendStrings(b, r.Titles)
	}
	return append(b, '}')
}

func appendOptString(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendString(b, *s)
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does with SetEscapeHTML(false):
// '"' and '\\' escaped, \b \f \n \r \t short, other control characters as
// \u00XX, U+2028 and U+2029 escaped, invalid UTF-8 as \ufffd.
//
// One pass does both jobs: validating first and escaping after read every
// byte twice, and encoding was a tenth of a run's CPU. Vietnamese letters
// are two- and three-byte sequences, checked inline; the rest (four-byte
// sequences, anything invalid) goes through utf8.DecodeRuneInString. The
// strings it gets are short (names, mentions): a scan eight bytes at a
// time cost more instructions than it saved on them; the article's text,
// the one long string, goes through appendCanonicalString.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscapedASCII(b, c)
			i++
			start = i
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c >= 0xE1 && c <= 0xEC && c != 0xE2 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendCanonicalString is appendString for canonical text, the output of
// package normalize, as an article's text is (see Record.validText): valid
// UTF-8 without control characters but '\n' and without U+2028 and U+2029.
// Only '\n', '"' and '\\' need escaping there, and strings.IndexByte finds
// each many bytes at a time: a scan of every byte of the text, the one
// long string of a record, was a tenth of what encoding cost.
func appendCanonicalString(b []byte, s string) []byte {
	b = append(b, '"')
	next := [3]int{
		indexByteFrom(s, 0, '\n'),
		indexByteFrom(s, 0, '"'),
		indexByteFrom(s, 0, '\\'),
	}
	start := 0
	for {
		i := min(next[0], next[1], next[2])
		if i == len(s) {
			break
		}
		b = append(b, s[start:i]...)
		switch i {
		case next[0]:
			b = append(b, '\\', 'n')
			next[0] = indexByteFrom(s, i+1, '\n')
		case next[1]:
			b = append(b, '\\', '"')
			next[1] = indexByteFrom(s, i+1, '"')
		default:
			b = append(b, '\\', '\\')
			next[2] = indexByteFrom(s, i+1, '\\')
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendCanonicalShort is appendCanonicalString for the short texts of
// spans: it looks for the bytes to escape eight at a time, the last word
// read where the string ends, overlapping the one before, and copies the
// string whole when there are none, as there mostly are.
func appendCanonicalShort(b []byte, s string) []byte {
	b = append(b, '"')
	if !hasCanonicalEscape(s) {
		b = append(b, s...)
		return append(b, '"')
	}
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '"' || c == '\\' {
			b = append(b, s[start:i]...)
			b = appendEscapedASCII(b, c)
			start = i + 1
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// hasCanonicalEscape reports whether s holds '\n', '"' or '\\', the bytes
// canonical text must escape.
func hasCanonicalEscape(s string) bool {
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == '\n' || c == '"' || c == '\\' {
				return true
			}
		}
		return false
	}
	k := &escapeConsts
	newline, quote, backslash, high := k.newline, k.quote, k.backslash, k.high
	for i := 0; ; i += 8 {
		i = min(i, len(s)-8)
		x := swar.Load64(s, i)
		if (hasZeroByte(x^newline)|hasZeroByte(x^quote)|hasZeroByte(x^backslash))&high != 0 {
			return true
		}
		if i+8 == len(s) {
			return false
		}
	}
}

// hasZeroByte has the high bit of a byte of x set when x has a zero byte
// (and only then somewhere, with the high bit kept by the caller's mask).
func hasZeroByte(x uint64) uint64 {
	return (x - swar.Low) &^ x
}

// escapeConsts holds hasCanonicalEscape's masks in variables, which the
// compiler keeps in registers rather than loading them again as constants
// in each round.
var escapeConsts = struct{ newline, quote, backslash, high uint64 }{'\n' * swar.Low, '"' * swar.Low, '\\' * swar.Low, swar.High}

// appendInt is strconv.AppendInt(b, int64(n), 10) for the small counts
// and code-point offsets records hold, two digits at a time into a buffer
// on the stack: strconv's general loop cost as much as the record's text
// escapes. Others go to strconv.
func appendInt(b []byte, n int) []byte {
	if uint(n) < 10 {
		return append(b, byte('0'+n))
	}
	if uint(n) >= 1e8 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	// Up to five digits, as most are, append takes them as its arguments
	// and stores them without a copy.
	if u := uint(n); u < 1e5 {
		switch {
		case u < 100:
			return append(b, digitPairs[u*2], digitPairs[u*2+1])
		case u < 1000:
			q := u / 100
			r := (u - q*100) * 2
			return append(b, byte('0'+q), digitPairs[r], digitPairs[r+1])
		case u < 1e4:
			q := u / 100
			r := (u - q*100) * 2
			return append(b, digitPairs[q*2], digitPairs[q*2+1], digitPairs[r], digitPairs[r+1])
		default:
			h := u / 1e4
			m := u - h*1e4
			q := m / 100
			r := (m - q*100) * 2
			return append(b, byte('0'+h), digitPairs[q*2], digitPairs[q*2+1], digitPairs[r], digitPairs[r+1])
		}
	}
	var buf [8]byte
	i := len(buf)
	u := uint(n)
	for u >= 100 {
		q := u / 100
		d := (u - q*100) * 2
		i -= 2
		buf[i], buf[i+1] = digitPairs[d], digitPairs[d+1]
		u = q
	}
	if u >= 10 {
		i -= 2
		buf[i], buf[i+1] = digitPairs[u*2], digitPairs[u*2+1]
	} else {
		i--
		buf[i] = byte('0' + u)
	}
	return append(b, buf[i:]...)
}

// digitPairs holds the two digits of each number below 100.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// indexByteFrom is the index of the first c in s[from:], or len(s).
func indexByteFrom(s string, from int, c byte) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return len(s)
}

// plainASCII marks the ASCII bytes a JSON string holds as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendEscapedASCII escapes one ASCII byte that JSON strings cannot hold
// as it is: '"', '\\' or a control character.
func appendEscapedASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
