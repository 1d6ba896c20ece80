package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/vnextract/vnextract/pipeline"
)

// Code names why a request failed. It is the "code" of an error response
// and the label of vnextract_errors_total. Codes are stable: clients
// branch on them, never on messages.
type Code string

// The codes of error responses. Article codes (invalid_utf8, empty,
// too_large, internal) are those of pipeline.ErrorCode, so an error record
// in a batch and an error response of /v1/extract say the same thing.
const (
	CodeBadJSON              Code = Code(pipeline.CodeBadJSON)     // 400: body is not one JSON object
	CodeMissingText          Code = "missing_text"                 // 400: the JSON article has no text
	CodeBadRequest           Code = "bad_request"                  // 400: the body could not be read
	CodeNotFound             Code = "not_found"                    // 404
	CodeMethodNotAllowed     Code = "method_not_allowed"           // 405, with Allow
	CodeReadTimeout          Code = "read_timeout"                 // 408: the client sent its body too slowly
	CodeTooLarge             Code = Code(pipeline.CodeTooLarge)    // 413
	CodeUnsupportedMediaType Code = "unsupported_media_type"       // 415: Content-Type or Content-Encoding
	CodeInvalidUTF8          Code = Code(pipeline.CodeInvalidUTF8) // 422: bytes no decoder explains
	CodeEmpty                Code = Code(pipeline.CodeEmpty)       // 422: no text after normalization
	CodeInternal             Code = Code(pipeline.CodeInternal)    // 500: a bug
	CodeOverloaded           Code = "overloaded"                   // 503, with Retry-After: queue full or wait too long
	CodeShuttingDown         Code = "shutting_down"                // 503 from /readyz while draining
	CodeTimeout              Code = "timeout"                      // 504: extraction outran the request timeout
	CodeCanceled             Code = "canceled"                     // the client left before its answer (metrics only)
)

// codes lists every Code, so that metrics start at zero for each.
var codes = []Code{
	CodeBadJSON, CodeMissingText, CodeBadRequest, CodeNotFound, CodeMethodNotAllowed,
	CodeReadTimeout, CodeTooLarge, CodeUnsupportedMediaType, CodeInvalidUTF8, CodeEmpty,
	CodeInternal, CodeOverloaded, CodeShuttingDown, CodeTimeout, CodeCanceled,
	Code(pipeline.CodeUndecodable),
}

// apiError is an error response: an HTTP status and the JSON body
// {"error":{"code":...,"message":...}}.
type apiError struct {
	Status     int
	Code       Code
	Message    string
	RetryAfter time.Duration // sent as Retry-After when > 0
}

func (e *apiError) Error() string { return string(e.Code) + ": " + e.Message }

func newError(status int, code Code, msg string) *apiError {
	return &apiError{Status: status, Code: code, Message: msg}
}

// errorBody is the wire form of an error response.
type errorBody struct {
	Error struct {
		Code    Code   `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeError sends e. Errors that are not *apiError are internal.
func writeError(w http.ResponseWriter, err error) {
	var e *apiError
	if !errors.As(err, &e) {
		e = newError(http.StatusInternalServerError, CodeInternal, err.Error())
	}
	if e.RetryAfter > 0 {
		secs := int((e.RetryAfter + time.Second - 1) / time.Second)
		w.Header().Set("Retry-After", strconv.Itoa(secs))
	}
	var body errorBody
	body.Error.Code, body.Error.Message = e.Code, e.Message
	writeJSON(w, e.Status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)              // article text keeps "<", ">" and "&" readable, as in the CLI's records
	if err := enc.Encode(v); err != nil { // only our own types reach here; they always encode
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":{"code":"internal","message":"encoding response"}}` + "\n")
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(buf.Bytes()) // a failed write means the client left; nothing to tell it
}

// recordError maps an error record of /v1/extract to its response.
func recordError(e *pipeline.Error) *apiError {
	switch e.Code {
	case pipeline.CodeInvalidUTF8, pipeline.CodeEmpty:
		return newError(http.StatusUnprocessableEntity, Code(e.Code), e.Message)
	case pipeline.CodeTooLarge:
		return newError(http.StatusRequestEntityTooLarge, CodeTooLarge, e.Message)
	case pipeline.CodeBadJSON:
		return newError(http.StatusBadRequest, CodeBadJSON, e.Message)
	}
	return newError(http.StatusInternalServerError, CodeInternal, e.Message)
}
