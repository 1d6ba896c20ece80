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

// jsonArticle is the input line; text may be under "text", "content" or
// "body", the date under "published" or "date".
type jsonArticle struct {
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
	a := &pipeline.Article{ID: j.derivedID(), Source: pipeline.SourceRef{URI: j.uri, Line: j.line}}
	var in jsonArticle
	if err := json.Unmarshal(line, &in); err != nil {
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: err.Error()}
		return a
	}
	if id := rawID(in.ID); id != "" {
		a.ID = id
	}
	text := firstOf(in.Text, in.Content, in.Body)
	if text == nil {
		a.Err = &pipeline.Error{Code: pipeline.CodeBadJSON, Message: `no "text", "content" or "body" field`}
		return a
	}
	a.Body = []byte(*text)
	a.Title = deref(in.Title)
	a.URL = deref(in.URL)
	a.Published = isoDate(deref(firstOf(in.Published, in.Date)))
	return a
}

// rawID accepts a string or a number.
func rawID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
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
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"02/01/2006 15:04", "02/01/2006", "2/1/2006", time.RFC1123Z, time.RFC1123,
}

// isoDate reduces a publication timestamp to its ISO day; "" when it cannot
// be read, so that no relative date is resolved against a guess.
func isoDate(s string) string {
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
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
