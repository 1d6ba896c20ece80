package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline"
)

// jsonlSource yields one article per non-blank line of a JSON Lines stream.
type jsonlSource struct {
	br   *bufio.Reader
	uri  string
	opts Options
	line int
	err  error // a read error, reported once as an undecodable record, then EOF
}

func newJSONL(r io.Reader, uri string, opts Options) *jsonlSource {
	return &jsonlSource{br: bufio.NewReaderSize(r, 64<<10), uri: uri, opts: opts}
}

// JSONArticle is one article as a JSON object, with the field names and
// aliases the JSON Lines reader accepts: text under "text", "content" or
// "body", the date under "published" or "date". The HTTP service decodes
// its JSON bodies with it too, so one input works with both.
type JSONArticle struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	Text      *string         `json:"text"`
	Content   *string         `json:"content"`
	Body      *string         `json:"body"`
	URL       *string         `json:"url"`
	Published *string         `json:"published"`
	Date      *string         `json:"date"`
}

func (j *jsonlSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		if j.err != nil {
			return nil, io.EOF
		}
		line, tooLong, err := readLine(j.br, j.opts.maxBytes())
		if err != nil && err != io.EOF {
			j.err = err
			j.line++
			return &pipeline.Article{
				ID:     j.derivedID(),
				Source: pipeline.SourceRef{URI: j.uri, Line: j.line},
				Err:    &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "reading stream: " + err.Error()},
			}, nil
		}
		if len(line) == 0 && !tooLong && err == io.EOF {
			return nil, io.EOF
		}
		j.line++
		if err == io.EOF {
			j.err = io.EOF
		}
		if tooLong {
			return &pipeline.Article{
				ID:     j.derivedID(),
				Source: pipeline.SourceRef{URI: j.uri, Line: j.line},
				Err:    &pipeline.Error{Code: pipeline.CodeTooLarge, Message: fmt.Sprintf("line is over %d bytes", j.opts.maxBytes())},
			}, nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		return j.parse(line), nil
	}
}

func (j *jsonlSource) derivedID() string { return j.uri + ":" + strconv.Itoa(j.line) }

func (j *jsonlSource) parse(line []byte) *pipeline.Article {
	a := &pipeline.Article{Source: pipeline.SourceRef{URI: j.uri, Line: j.line}}
	if raw, ok := scanID(line); ok && j.opts.Fields == (Fields{}) {
		// Decoding the text is most of the cost of a line: leave it to a
		// worker. The id is known now, for sharding and resuming.
		if a.ID = rawID(raw); a.ID == "" {
			a.ID = j.derivedID()
		}
		a.Body = line
		a.Convert = decodeLine
		return a
	}
	a.ID = j.derivedID()
	if j.opts.Fields != (Fields{}) {
		j.parseFields(line, a)
		return a
	}
	decode(line, a)
	return a
}

// decodeLine is the Article.Convert of a JSON line held in Body.
func decodeLine(a *pipeline.Article) {
	line := a.Body
	a.Body = nil
	var in fastArticle
	if !decodeFast(line, &in) {
		decode(line, a)
		return
	}
	var raw []byte
	for _, t := range in.texts {
		if t != nil {
			raw = t
			break
		}
	}
	var body []byte
	if raw != nil {
		// decodeFast succeeded, so the line is read no more.
		body = unquoteInPlace(raw)
	}
	if !in.fill(a, body, raw != nil) {
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: `no "text", "content" or "body" field`}
		return
	}
	// decodeFast did not check the text's UTF-8: the pipeline does.
	a.SetJSONText(body)
}

// decode fills a from a JSON line with the default field names, with
// encoding/json. The id, when the source found one, is kept.
func decode(line []byte, a *pipeline.Article) {
	var in JSONArticle
	if err := json.Unmarshal(line, &in); err != nil {
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: err.Error()}
		return
	}
	if !in.Fill(a) {
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: `no "text", "content" or "body" field`}
	}
}

// Fill sets a's id (when in has one), text, title, URL and publication
// day from in. It reports false, leaving a's text unset, when in has no
// text field.
func (in *JSONArticle) Fill(a *pipeline.Article) bool {
	text := firstOf(in.Text, in.Content, in.Body)
	var body []byte
	if text != nil {
		body = []byte(*text)
	}
	return in.fill(a, body, text != nil)
}

// fill is Fill with the text already in bytes; ok says there is a text.
func (in *JSONArticle) fill(a *pipeline.Article, body []byte, ok bool) bool {
	if id := rawID(in.ID); id != "" {
		a.ID = id
	}
	if !ok {
		return false
	}
	a.Body = body
	a.Title = deref(in.Title)
	a.URL = deref(in.URL)
	a.Published = ISODate(deref(firstOf(in.Published, in.Date)))
	return true
}

// scanID walks the members of a one-line JSON object without decoding
// them and returns the raw value of the last top-level "id" (in any case,
// nil when there is none), as json.Unmarshal would see it. ok is false
// when the line is not an object it can walk, or when a key holds an
// escape: the caller then decodes the line in full.
func scanID(b []byte) (raw []byte, ok bool) {
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, false
	}
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == '}' {
		return nil, skipWS(b, i+1) == len(b)
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return nil, false
		}
		end := skipString(b, i)
		if end < 0 {
			return nil, false
		}
		key := b[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return nil, false
		}
		i = skipWS(b, end)
		if i >= len(b) || b[i] != ':' {
			return nil, false
		}
		i = skipWS(b, i+1)
		vend := skipValue(b, i)
		if vend < 0 {
			return nil, false
		}
		if bytes.EqualFold(key, []byte("id")) { // json.Unmarshal's match
			raw = b[i:vend]
		}
		i = skipWS(b, vend)
		if i >= len(b) {
			return nil, false
		}
		switch b[i] {
		case ',':
			i = skipWS(b, i+1)
		case '}':
			return raw, skipWS(b, i+1) == len(b)
		default:
			return nil, false
		}
	}
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// skipString returns the index after the string that starts at b[i] ('"'),
// or -1 when it does not end.
func skipString(b []byte, i int) int {
	j := i + 1
	for {
		q := bytes.IndexByte(b[j:], '"')
		if q < 0 {
			return -1
		}
		q += j
		n := 0 // backslashes right before the quote
		for k := q - 1; k > i && b[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return q + 1
		}
		j = q + 1
	}
}

// skipValue returns the index after the value that starts at b[i], or -1
// when there is none.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				if i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	}
	j := i
	for j < len(b) && strings.IndexByte("+-.0123456789eE", b[j]) >= 0 {
		j++
	}
	if j > i {
		return j
	}
	for _, lit := range []string{"true", "false", "null"} {
		if len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit {
			return i + len(lit)
		}
	}
	return -1
}

// parseFields reads a line whose field names the user chose; it is slower
// than the fixed struct of parse, as it keeps every member.
func (j *jsonlSource) parseFields(line []byte, a *pipeline.Article) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: err.Error()}
		return
	}
	f := j.opts.Fields
	if id := rawID(lookup(obj, f.ID, "id")); id != "" {
		a.ID = id
	}
	raw := lookup(obj, f.Text, "text", "content", "body")
	var text string
	if len(raw) == 0 || json.Unmarshal(raw, &text) != nil {
		name := f.Text
		if name == "" {
			name = "text"
		}
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: fmt.Sprintf("no string field %q", name)}
		return
	}
	a.Body = []byte(text)
	a.Title = rawString(lookup(obj, f.Title, "title"))
	a.URL = rawString(lookup(obj, f.URL, "url"))
	a.Published = ISODate(rawString(lookup(obj, f.Date, "published", "date")))
}

// lookup returns the member named by a dotted path, or when path is "" the
// first of defaults present.
func lookup(obj map[string]json.RawMessage, path string, defaults ...string) json.RawMessage {
	if path == "" {
		for _, d := range defaults {
			if v, ok := obj[d]; ok && string(v) != "null" {
				return v
			}
		}
		return nil
	}
	if v, ok := obj[path]; ok { // a flat name that holds dots
		return v
	}
	head, rest, nested := strings.Cut(path, ".")
	v, ok := obj[head]
	if !ok || !nested {
		return v
	}
	var inner map[string]json.RawMessage
	if json.Unmarshal(v, &inner) != nil {
		return nil
	}
	return lookup(inner, rest)
}

func rawString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return strings.TrimSpace(s)
}

// rawID accepts a string or a number.
func rawID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if n := len(raw); n >= 2 && raw[0] == '"' && raw[n-1] == '"' && bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw[1 : n-1]) // the common case, without a decoder
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(bytes.TrimSpace(raw))
}

func firstOf(ss ...*string) *string {
	for _, s := range ss {
		if s != nil {
			return s
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", isoDay,
	"02/01/2006 15:04", "02/01/2006", "2/1/2006", time.RFC1123Z, time.RFC1123,
}

const isoDay = "2006-01-02"

// ISODate reduces a publication timestamp (RFC 3339, "2006-01-02 15:04",
// "02/01/2006", RFC 1123, ...) to its ISO day; "" when it cannot be read,
// so that no relative date is resolved against a guess.
func ISODate(s string) string {
	if s == "" {
		return ""
	}
	if len(s) == len(isoDay) && s[4] == '-' && s[7] == '-' {
		// Already a day: no layout before isoDay reads ten bytes, and
		// each that failed built an error to drop.
		if _, err := time.Parse(isoDay, s); err == nil {
			return s // the layout takes exactly its own digits: Format gives s back
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(isoDay)
		}
	}
	return ""
}

// readLine reads one line without its end-of-line bytes. A line longer
// than max is consumed to its end and reported with tooLong; the bytes kept
// never exceed max.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 { // +2 for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		if tooLong {
			line = nil
		}
		return line, tooLong, err
	}
}
