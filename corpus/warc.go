package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	nurl "net/url"
	"strconv"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/vnextract/vnextract/pipeline"
)

// warcSource yields one article per HTML response of a WARC file (plain
// or with one gzip member per record, as crawlers write them). Other
// records (requests, metadata, revisits, images, redirects and errors) are
// skipped: they are not articles.
type warcSource struct {
	r      *gowarc.WarcFileReader
	uri    string
	opts   Options
	done   bool
	errs   int   // damaged records so far
	errEnd int64 // where the last damaged record ended
}

// maxWARCErrors is how many damaged records a file may have before the
// rest of it is given up.
const maxWARCErrors = 100

func newWARC(r io.Reader, uri string, opts Options) pipeline.Source {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		// Crawls are messy; a record we can read is worth more than a
		// strict verdict on its syntax. Blocks over 1 MiB spill to a
		// temporary file, so a huge record never sits in memory.
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(1<<20))
	if err != nil {
		return undecodable(uri, uri, "warc: "+err.Error())
	}
	return &warcSource{r: wr, uri: uri, opts: opts}
}

func (w *warcSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for !w.done {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec, err := w.r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// A damaged record is one error record; the reader then
			// looks for the next "WARC/" mark. It stops when it no
			// longer moves forward, or after too many errors.
			rec.Close()
			end := rec.Offset + rec.Size
			w.errs++
			if end <= w.errEnd || w.errs >= maxWARCErrors {
				w.done = true
			}
			w.errEnd = end
			return &pipeline.Article{ID: memberURI(w.uri, strconv.FormatInt(rec.Offset, 10)),
				Source: pipeline.SourceRef{URI: memberURI(w.uri, strconv.FormatInt(rec.Offset, 10))},
				Err:    &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "warc: " + err.Error()}}, nil
		}
		a := w.article(rec)
		rec.Close()
		if a != nil {
			return a, nil
		}
	}
	return nil, io.EOF
}

// article returns the article of an HTML response record, nil for any
// other record.
func (w *warcSource) article(rec gowarc.Record) *pipeline.Article {
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != gowarc.Response {
		return nil
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpStatusCode() < 200 || block.HttpStatusCode() > 299 {
		return nil
	}
	var ctype, encoding string
	if h := block.HttpHeader(); h != nil {
		ctype = h.Get("Content-Type")
		encoding = strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding")))
	}
	// net/http moves Transfer-Encoding out of the parsed header: read it
	// from the raw one.
	transfer := headerValue(block.ProtocolHeaderBytes(), "transfer-encoding")
	if !isHTML(ctype) {
		return nil
	}
	target := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	id := strings.TrimSuffix(strings.TrimPrefix(wr.RecordId(), "<"), ">")
	if id == "" {
		id = target
	}
	a := &pipeline.Article{
		ID:     id,
		Source: pipeline.SourceRef{URI: memberURI(w.uri, strconv.FormatInt(rec.Offset, 10))},
		URL:    target,
	}
	payload, err := block.PayloadBytes()
	if err == nil {
		payload, err = decodePayload(payload, transfer, encoding)
	}
	if err != nil {
		a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "warc: " + err.Error()}
		return a
	}
	limit := w.opts.maxBytes()
	body, err := io.ReadAll(io.LimitReader(payload, int64(limit)+1))
	switch {
	case err != nil:
		a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "warc: " + err.Error()}
	case len(body) > limit:
		a.Err = tooLarge("page", limit)
	case ctype == "" && !isHTML(http.DetectContentType(body)):
		return nil // untyped, and not HTML by its first bytes
	default:
		a.Body = body
		a.Convert = htmlConverter(target, ctype)
	}
	return a
}

// decodePayload undoes the HTTP transfer and content encodings that some
// crawlers keep in the record (Common Crawl stores pages decoded, wget and
// Heritrix as received).
func decodePayload(r io.Reader, transfer, encoding string) (io.Reader, error) {
	if strings.Contains(transfer, "chunked") {
		r = httputil.NewChunkedReader(r)
	}
	switch encoding {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(r)
	case "deflate":
		return flate.NewReader(r), nil
	}
	return nil, fmt.Errorf("content encoding %q is not supported", encoding)
}

// headerValue returns the value of a header field in raw HTTP header bytes,
// lower-cased; "" when absent.
func headerValue(raw []byte, name string) string {
	for _, line := range strings.Split(string(raw), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.ToLower(strings.TrimSpace(v))
		}
	}
	return ""
}

// isHTML says whether a Content-Type is an HTML page; a missing type
// passes here, and the page's first bytes decide later.
func isHTML(ctype string) bool {
	if ctype == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return strings.Contains(strings.ToLower(ctype), "html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// htmlConverter returns the Article.Convert of an HTML page: the body
// becomes the page's main text (paragraphs on their own lines, navigation
// and boilerplate dropped), with its title and publication date. It runs
// on a worker, as parsing a page costs far more than reading it.
func htmlConverter(pageURL, ctype string) func(*pipeline.Article) {
	return func(a *pipeline.Article) {
		r, err := charset.NewReader(bytes.NewReader(a.Body), ctype)
		if err != nil {
			a.Err = &pipeline.Error{Code: pipeline.CodeInvalidUTF8, Message: "html: " + err.Error()}
			return
		}
		doc, err := html.Parse(r)
		if err != nil {
			a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "html: " + err.Error()}
			return
		}
		published := metaDate(doc) // before readability edits the tree
		u, _ := nurl.Parse(pageURL)
		p := readability.NewParser()
		art, err := p.ParseAndMutate(doc, u)
		if err != nil || art.Node == nil {
			a.Body = nil // the empty record says there was no article
			return
		}
		var text strings.Builder
		if err := art.RenderText(&text); err != nil {
			a.Body = nil
			return
		}
		a.Body = []byte(strings.TrimSpace(text.String()))
		if a.Title == "" {
			a.Title = strings.TrimSpace(art.Title())
		}
		if t, err := art.PublishedTime(); err == nil {
			a.Published = t.Format("2006-01-02")
		} else if published != "" {
			a.Published = published
		}
	}
}

// metaDate reads a publication date that readability does not know:
// itemprop="datePublished" (microdata, often in the body) and the pubdate
// names that Vietnamese news sites use.
func metaDate(doc *html.Node) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode && n.Data == "meta" {
			var key, content string
			for _, at := range n.Attr {
				switch strings.ToLower(at.Key) {
				case "itemprop", "name", "property":
					if key == "" {
						key = strings.ToLower(strings.TrimSpace(at.Val))
					}
				case "content":
					content = at.Val
				}
			}
			switch key {
			case "datepublished", "pubdate", "publishdate", "article:published_time", "date", "dc.date.issued":
				if d := ISODate(strings.TrimSpace(content)); d != "" {
					found = d
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}
