package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/pipeline"
)

// articleFromJSON decodes one JSON object into a, keeping a.ID when the
// object names no id. On failure it returns CodeBadJSON, CodeMissingText or
// CodeInvalidUTF8 and a message.
func articleFromJSON(b []byte, a *pipeline.Article) (Code, string) {
	if !utf8.Valid(b) {
		// encoding/json would turn the bad bytes into U+FFFD silently.
		return CodeInvalidUTF8, "JSON must be UTF-8 (RFC 8259); send legacy-encoded text (TCVN3, VNI, CP1258, VISCII) as text/plain, which is decoded"
	}
	var in corpus.JSONArticle
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&in); err != nil {
		var te *json.UnmarshalTypeError
		switch {
		case errors.Is(err, io.EOF):
			return CodeBadJSON, "empty: want a JSON object"
		case errors.As(err, &te) && te.Field != "":
			return CodeBadJSON, fmt.Sprintf("field %q must be %s, not %s", te.Field, te.Type.Kind(), te.Value)
		case errors.As(err, &te):
			return CodeBadJSON, "want a JSON object, not " + te.Value
		}
		return CodeBadJSON, err.Error()
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return CodeBadJSON, "data after the JSON object"
	}
	if !in.Fill(a) {
		return CodeMissingText, `no "text" (or "content", "body") string field`
	}
	return "", ""
}

// Media types accepted by the routes.
const (
	mediaJSON  = "application/json"
	mediaText  = "text/plain"
	mediaJSONL = "application/x-ndjson"
)

// jsonlTypes are the names JSON Lines goes by; the batch answers with the
// first.
var jsonlTypes = []string{mediaJSONL, "application/jsonl", "application/x-jsonlines", "application/json-lines", "application/jsonlines"}

// mediaType checks the request's Content-Type against allowed and its
// Content-Encoding (none: bodies are read as sent).
func mediaType(r *http.Request, allowed ...string) (string, *apiError) {
	if ce := r.Header.Get("Content-Encoding"); ce != "" && !strings.EqualFold(ce, "identity") {
		return "", newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
			fmt.Sprintf("Content-Encoding %q is not supported; send the body uncompressed", ce))
	}
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err == nil {
		for _, a := range allowed {
			if mt == a {
				return mt, nil
			}
		}
	}
	return "", newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
		fmt.Sprintf("Content-Type %q is not accepted here; use %s", ct, strings.Join(allowed, " or ")))
}

// readBody reads the whole body, up to max bytes.
func readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, *apiError) {
	if r.ContentLength > max {
		return nil, tooLarge(max)
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	if err != nil {
		return nil, readError(err, max)
	}
	return b, nil
}

func tooLarge(max int64) *apiError {
	return newError(http.StatusRequestEntityTooLarge, CodeTooLarge, fmt.Sprintf("body is over %d bytes", max))
}

// readError explains a failed body read: too large, too slow, or broken.
func readError(err error, max int64) *apiError {
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mbe):
		return tooLarge(max)
	case errors.As(err, &ne) && ne.Timeout():
		return newError(http.StatusRequestTimeout, CodeReadTimeout, "the body arrived too slowly")
	}
	return newError(http.StatusBadRequest, CodeBadRequest, "reading body: "+err.Error())
}

// singleArticle builds the article of a /v1/extract request whose media
// type mt was checked. A text/plain
// body is the article's raw text, in any encoding the normalizer detects;
// its metadata come from the query (id, title, url, published).
func singleArticle(w http.ResponseWriter, r *http.Request, mt string, max int64) (*pipeline.Article, *apiError) {
	body, aerr := readBody(w, r, max)
	if aerr != nil {
		return nil, aerr
	}
	a := &pipeline.Article{ID: "request", Source: pipeline.SourceRef{URI: "request"}}
	if mt == mediaText {
		q := r.URL.Query()
		if id := strings.TrimSpace(q.Get("id")); id != "" {
			a.ID = id
		}
		a.Title, a.URL = strings.TrimSpace(q.Get("title")), strings.TrimSpace(q.Get("url"))
		a.Published = corpus.ISODate(strings.TrimSpace(q.Get("published")))
		a.Body = body
		return a, nil
	}
	switch code, msg := articleFromJSON(body, a); code {
	case "":
		return a, nil
	case CodeInvalidUTF8:
		return nil, newError(http.StatusUnprocessableEntity, code, msg)
	default:
		return nil, newError(http.StatusBadRequest, code, msg)
	}
}
