package corpus

import (
	"bytes"
	"encoding/json"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vnextract/vnextract/internal/swar"
)

// decodeFast fills in from a JSON line as json.Unmarshal would, in about
// a third of its time: one strict walk over the members checks the line's
// syntax as json.Valid would (string contents by checkString or
// checkEscapes, other values by json.Valid, the punctuation between them
// here) and unquotes only the known string fields, with whole runs of
// plain text copied at once. It returns false, having decided nothing, for
// what it does not handle the same way (invalid JSON, a known field that is
// not a string or null, a key with escapes, a small field that is not
// valid UTF-8): the caller then uses json.Unmarshal, which also words the
// errors. FuzzJSONLine holds the two to the same results,
// FuzzDecodeFastValid the walk to json.Valid.
//
// The article text is left raw (see fastArticle): decodeLine unquotes only
// the field it uses, straight into the article's body, and leaves its
// UTF-8 to the pipeline (see pipeline.Article.SetJSONText), as it does the
// UTF-8 of fields it does not use, which encoding/json ignores.
func decodeFast(line []byte, in *fastArticle) bool {
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return false
	}
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == '}' {
		return skipWS(line, i+1) == len(line)
	}
	for {
		if i >= len(line) || line[i] != '"' {
			return false
		}
		end := skipString(line, i)
		if end < 0 {
			return false
		}
		key := line[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return false
		}
		if ok, _ := checkString(key); !ok {
			return false
		}
		i = skipWS(line, end)
		if i >= len(line) || line[i] != ':' {
			return false
		}
		i = skipWS(line, i+1)
		vend := skipValue(line, i)
		if vend < 0 {
			return false
		}
		if !setField(in, key, line[i:vend]) {
			return false
		}
		i = skipWS(line, vend)
		if i >= len(line) {
			return false
		}
		if line[i] == '}' {
			return skipWS(line, i+1) == len(line)
		}
		if line[i] != ',' {
			return false
		}
		i = skipWS(line, i+1)
	}
}

// checkString checks the inside of a JSON string (what lies between the
// quotes skipString found): ok when json.Valid would accept it (no control
// character, only valid escapes), valid when it is also valid UTF-8. One
// pass does both, with Vietnamese two- and three-byte letters checked
// inline: json.Valid and utf8.Valid over the text were a tenth of a run's
// instructions. Plain ASCII, the bytes between those letters, is skipped
// eight bytes at a time.
func checkString(s []byte) (ok, valid bool) {
	valid = true
	for i := 0; ; {
		for {
			if i+8 > len(s) {
				for i < len(s) && s[i] >= 0x20 && s[i] != '\\' && s[i] < utf8.RuneSelf {
					i++
				}
				break
			}
			if m := notPlainJSON(swar.Load64Bytes(s, i)); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || i+1 >= len(s):
				return false, false
			case strings.IndexByte(`"\\/bfnrt`, s[i+1]) >= 0:
				i += 2
			case s[i+1] == 'u' && i+6 <= len(s) && isHex4(s[i+2:i+6]):
				i += 6
			default:
				return false, false
			}
			continue
		}
		switch {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			r, n := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && n == 1 {
				valid = false
			}
			i += n
		}
	}
	return true, valid
}

// checkValue reports whether val, a value skipValue found, is valid JSON
// whose strings are valid UTF-8.
func checkValue(val []byte) bool {
	if val[0] != '"' {
		return json.Valid(val)
	}
	ok, valid := checkString(val[1 : len(val)-1])
	return ok && valid
}

// checkText reports whether val, a value skipValue found, is valid JSON,
// as json.Valid does: whatever its strings' UTF-8, which encoding/json
// reads as U+FFFD where invalid.
func checkText(val []byte) bool {
	if val[0] != '"' {
		return json.Valid(val)
	}
	return checkEscapes(val[1 : len(val)-1])
}

// checkEscapes is the ok of checkString without its look at UTF-8: it
// looks for control characters sixteen bytes at a time, and so skips the
// letters of Vietnamese text too, and checks the escapes that
// bytes.IndexByte finds.
func checkEscapes(s []byte) bool {
	if hasControl(s) {
		return false
	}
	for i := bytes.IndexByte(s, '\\'); i >= 0; {
		switch {
		case i+1 >= len(s):
			return false
		case strings.IndexByte(`"\\/bfnrt`, s[i+1]) >= 0:
			i += 2
		case s[i+1] == 'u' && i+6 <= len(s) && isHex4(s[i+2:i+6]):
			i += 6
		default:
			return false
		}
		k := bytes.IndexByte(s[i:], '\\')
		if k < 0 {
			break
		}
		i += k
	}
	return true
}

// hasControl reports whether s holds an ASCII control character. x - 0x20
// in each byte borrows only out of a byte below 0x20, so no byte is marked
// unless one is; the bytes >= 0x80 the subtraction marks are cleared by
// &^ x.
func hasControl(s []byte) bool {
	k := &controlConsts
	space, high := k.space, k.high
	t := s
	// Four words a round: the text of an article is most of its line, and
	// the loop's own work weighed as much as the test.
	for ; len(t) >= 32; t = t[32:] {
		x0, x1 := swar.Load64Bytes(t, 0), swar.Load64Bytes(t, 8)
		x2, x3 := swar.Load64Bytes(t, 16), swar.Load64Bytes(t, 24)
		if ((x0-space)&^x0|(x1-space)&^x1|(x2-space)&^x2|(x3-space)&^x3)&high != 0 {
			return true
		}
	}
	for ; len(t) >= 16; t = t[16:] {
		x0, x1 := swar.Load64Bytes(t, 0), swar.Load64Bytes(t, 8)
		if ((x0-space)&^x0|(x1-space)&^x1)&high != 0 {
			return true
		}
	}
	for _, c := range t {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// controlConsts holds hasControl's masks in variables, which the compiler
// keeps in registers through the loop rather than loading them again as
// constants in each round.
var controlConsts = struct{ space, high uint64 }{0x20 * swar.Low, swar.High}

// notPlainJSON returns the high bit of each byte of x that checkString
// must look at: a control character, '\\' or a byte >= 0x80. The tests
// run on each byte's low seven bits, where adding up to 0x80 carries into
// the byte's own bit 7 and never into the next byte.
func notPlainJSON(x uint64) uint64 {
	y := x &^ swar.High
	atLeastSpace := y + (0x80-0x20)*swar.Low
	notBackslash := (y ^ '\\'*swar.Low) + 0x7F*swar.Low
	return (^(atLeastSpace & notBackslash) | x) & swar.High
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// fastArticle is what decodeFast collects: the small fields decoded, and
// the raw JSON strings of "text", "content" and "body" (nil when absent or
// null), the first of which is the article's text.
type fastArticle struct {
	JSONArticle
	texts [3][]byte
}

// setField checks and stores one member; false when the value is not
// what the fast path handles.
func setField(in *fastArticle, key, val []byte) bool {
	var dst **string
	text := -1
	switch {
	case bytes.EqualFold(key, []byte("id")):
		if !checkValue(val) {
			return false
		}
		in.ID = bytes.Clone(val)
		return true
	case bytes.EqualFold(key, []byte("title")):
		dst = &in.Title
	case bytes.EqualFold(key, []byte("text")):
		text = 0
	case bytes.EqualFold(key, []byte("content")):
		text = 1
	case bytes.EqualFold(key, []byte("body")):
		text = 2
	case bytes.EqualFold(key, []byte("url")):
		dst = &in.URL
	case bytes.EqualFold(key, []byte("published")):
		dst = &in.Published
	case bytes.EqualFold(key, []byte("date")):
		dst = &in.Date
	default:
		// not ours: only its syntax matters
		return checkText(val)
	}
	isNull := string(val) == "null"
	if !isNull && (len(val) < 2 || val[0] != '"') {
		return false // a type error: json.Unmarshal says so
	}
	if text >= 0 {
		// The text's UTF-8 is left to the pipeline (see
		// pipeline.Article.SetJSONText).
		if !checkText(val) {
			return false
		}
		in.texts[text] = nil
		if !isNull {
			in.texts[text] = val[1 : len(val)-1]
		}
		return true
	}
	if isNull {
		*dst = nil
		return true
	}
	if !checkValue(val) {
		return false
	}
	s := string(unquote(val[1 : len(val)-1]))
	*dst = &s
	return true
}

// unquote decodes the inside of a JSON string that checkString found ok
// and valid UTF-8 into new memory.
func unquote(s []byte) []byte {
	if bytes.IndexByte(s, '\\') < 0 {
		return bytes.Clone(s)
	}
	return unquoteTo(make([]byte, 0, len(s)), s)
}

// unquoteInPlace is unquote into s's own memory, for a line that is read
// no more: an article's text is most of its line, and a second copy of it
// was one of the larger allocations of a run. Decoding never lengthens a
// string (an escape of 2, 6 or 12 bytes yields at most 1, 3 or 4), so the
// bytes written never pass the bytes still to read.
func unquoteInPlace(s []byte) []byte {
	if bytes.IndexByte(s, '\\') < 0 {
		return s
	}
	return unquoteTo(s[:0], s)
}

// unquoteTo appends the decoded s to out. Runs without escapes are copied
// whole.
func unquoteTo(out, s []byte) []byte {
	for len(s) > 0 {
		j := bytes.IndexByte(s, '\\')
		if j < 0 {
			j = len(s)
		}
		out = append(out, s[:j]...)
		s = s[j:]
		if len(s) == 0 {
			break
		}
		// s[0] is a backslash; checkString allowed only valid escapes
		switch c := s[1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(s[2:6])
			s = s[6:]
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if len(s) >= 6 && s[0] == '\\' && s[1] == 'u' {
					r2 = hex4(s[2:6])
				}
				if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
					s = s[6:]
					out = utf8.AppendRune(out, dec)
					continue
				}
				r = unicode.ReplacementChar
			}
			out = utf8.AppendRune(out, r)
			continue
		}
		s = s[2:]
	}
	return out
}

// hex4 reads four hex digits that checkString has checked.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}
