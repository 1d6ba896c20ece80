package corpus

import (
	"bytes"
	"encoding/json"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeFast fills in from a JSON line as json.Unmarshal would, in about
// half its time: the line is validated by json.Valid, then its members are
// walked once and only the known string fields are unquoted, with whole
// runs of plain text copied at once. It returns false, having decided
// nothing, for what it does not handle the same way (a known field that
// is not a string or null, a key or text with odd escapes or bytes): the
// caller then uses json.Unmarshal, which also words the errors.
// FuzzJSONLine holds the two to the same results.
//
// The article text is left raw (see fastArticle): decodeLine unquotes only
// the field it uses, straight into the article's body.
func decodeFast(line []byte, in *fastArticle) bool {
	if !json.Valid(line) {
		return false
	}
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return false
	}
	i = skipWS(line, i+1)
	if line[i] == '}' {
		return true
	}
	for {
		end := skipString(line, i)
		key := line[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return false
		}
		i = skipWS(line, skipWS(line, end)+1) // past ':'
		vend := skipValue(line, i)
		if vend < 0 {
			return false
		}
		if !setField(in, key, line[i:vend]) {
			return false
		}
		i = skipWS(line, vend)
		if line[i] == '}' {
			return true
		}
		i = skipWS(line, i+1) // past ','
	}
}

// fastArticle is what decodeFast collects: the small fields decoded, and
// the raw JSON strings of "text", "content" and "body" (nil when absent or
// null), the first of which is the article's text.
type fastArticle struct {
	JSONArticle
	texts [3][]byte
}

// setField stores one member; false when the value is not what the fast
// path handles.
func setField(in *fastArticle, key, val []byte) bool {
	var dst **string
	text := -1
	switch {
	case bytes.EqualFold(key, []byte("id")):
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
		return true // not ours: json.Valid has checked it
	}
	isNull := string(val) == "null"
	if !isNull && (len(val) < 2 || val[0] != '"') {
		return false // a type error: json.Unmarshal says so
	}
	if text >= 0 {
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
	b, ok := unquote(val[1 : len(val)-1])
	if !ok {
		return false
	}
	s := string(b)
	*dst = &s
	return true
}

// unquote decodes the inside of a valid JSON string. Runs without escapes
// are copied whole; invalid UTF-8 (which json.Unmarshal replaces byte by
// byte) is left to the slow path.
func unquote(s []byte) ([]byte, bool) {
	if bytes.IndexByte(s, '\\') < 0 {
		if !utf8.Valid(s) {
			return nil, false
		}
		return bytes.Clone(s), true
	}
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		j := bytes.IndexByte(s, '\\')
		if j < 0 {
			j = len(s)
		}
		run := s[:j]
		if !utf8.Valid(run) {
			return nil, false
		}
		out = append(out, run...)
		s = s[j:]
		if len(s) == 0 {
			break
		}
		// s[0] is a backslash; json.Valid guarantees a valid escape
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
		default:
			return nil, false
		}
		s = s[2:]
	}
	return out, true
}

// hex4 reads four hex digits that json.Valid has checked.
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
