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
	b = strconv.AppendInt(b, int64(rec.Source.Line), 10)
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
		b = strconv.AppendInt(b, int64(e.NFC), 10)
		b = append(b, `,"tone":`...)
		b = strconv.AppendInt(b, int64(e.Tone), 10)
		b = append(b, `,"space":`...)
		b = strconv.AppendInt(b, int64(e.Space), 10)
		b = append(b, `,"invisible":`...)
		b = strconv.AppendInt(b, int64(e.Invisible), 10)
		b = append(b, `,"marks":`...)
		b = strconv.AppendInt(b, int64(e.Marks), 10)
		b = append(b, `,"eth":`...)
		b = strconv.AppendInt(b, int64(e.Eth), 10)
		b = append(b, `,"case":`...)
		b = strconv.AppendInt(b, int64(e.Case), 10)
		b = append(b, `,"invalid":`...)
		b = strconv.AppendInt(b, int64(e.Invalid), 10)
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
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
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
	b = strconv.AppendInt(b, int64(t.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(t.End), 10)
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
	b = strconv.AppendInt(b, int64(d.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(d.End), 10)
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
			b = strconv.AppendInt(b, int64(a.Count.Collectives), 10)
			comma = true
		}
		if a.Count.Individuals != 0 {
			if comma {
				b = append(b, ',')
			}
			b = append(b, `"individuals":`...)
			b = strconv.AppendInt(b, int64(a.Count.Individuals), 10)
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
