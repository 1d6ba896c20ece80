package synth

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// WriteJSONL writes a as one JSON Lines record with the usual field names.
func WriteJSONL(w io.Writer, a Article) error {
	b, err := json.Marshal(struct {
		ID        string `json:"id"`
		Title     string `json:"title"`
		URL       string `json:"url"`
		Published string `json:"published"`
		Text      string `json:"text"`
	}{a.ID, a.Title, a.URL, a.Published, a.Text})
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// TarWriter writes articles as the .txt members of a tar stream.
type TarWriter struct{ tw *tar.Writer }

// NewTar returns a TarWriter on w; Close ends the archive, not w.
func NewTar(w io.Writer) *TarWriter { return &TarWriter{tw: tar.NewWriter(w)} }

// Add writes one member named name with body.
func (t *TarWriter) Add(name string, body []byte) error {
	if err := t.tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)),
		Typeflag: tar.TypeReg, ModTime: time.Unix(1700000000, 0)}); err != nil {
		return err
	}
	_, err := t.tw.Write(body)
	return err
}

// Close writes the end of the archive.
func (t *TarWriter) Close() error { return t.tw.Close() }

// ZipWriter writes articles as the members of a zip file.
type ZipWriter struct{ zw *zip.Writer }

// NewZip returns a ZipWriter on w; Close ends the archive, not w.
func NewZip(w io.Writer) *ZipWriter { return &ZipWriter{zw: zip.NewWriter(w)} }

// Add writes one deflated member.
func (z *ZipWriter) Add(name string, body []byte) error {
	w, err := z.zw.Create(name)
	if err != nil {
		return err
	}
	_, err = w.Write(body)
	return err
}

// Close writes the zip directory.
func (z *ZipWriter) Close() error { return z.zw.Close() }

// Page renders a as a news web page: navigation, the article with its
// metadata in meta tags and JSON-LD, related links and a footer, the
// boilerplate a main-text extractor must drop.
func Page(a Article) []byte {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s | Tin Tức</title>
<meta property="og:title" content="%s">
<meta property="article:published_time" content="%sT07:30:00+07:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"%sT07:30:00+07:00"}</script>
</head><body>
<header><nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/the-thao">Thể thao</a></li></ul></nav></header>
<main><article class="detail"><h1 class="title">%s</h1><div class="content">
`, esc(a.Title), esc(a.Title), a.Published, a.Title, a.Published, esc(a.Title))
	for _, p := range strings.Split(a.Text, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString(`</div></article>
<aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Thời tiết cuối tuần</a></li><li><a href="/b">Giá vàng hôm nay</a></li></ul></aside></main>
<footer class="footer"><p>Bản quyền thuộc về Tin Tức. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>`)
	return []byte(b.String())
}

// WARCWriter writes HTTP responses as WARC/1.1 records, each in its own
// gzip member when gzipped, as crawlers do.
type WARCWriter struct {
	w    io.Writer
	gzip bool
	n    int
}

// NewWARC returns a WARCWriter on w.
func NewWARC(w io.Writer, gzipped bool) *WARCWriter { return &WARCWriter{w: w, gzip: gzipped} }

// Response writes one response record for url with the given HTTP status,
// content type and body.
func (ww *WARCWriter) Response(url string, status int, ctype string, body []byte) error {
	ww.n++
	http := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, statusText(status), ctype, len(body))
	block := append([]byte(http), body...)
	id := fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", ww.n)
	return ww.record("response", url, id, "application/http; msgtype=response", block)
}

// RawResponse writes one response record whose block is msg, a whole HTTP
// response as a crawler stored it (chunked, compressed...).
func (ww *WARCWriter) RawResponse(url string, msg []byte) error {
	ww.n++
	id := fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", ww.n)
	return ww.record("response", url, id, "application/http; msgtype=response", msg)
}

// Request writes one request record, which a reader must skip.
func (ww *WARCWriter) Request(url string) error {
	ww.n++
	block := []byte("GET / HTTP/1.1\r\nHost: tintuc.example\r\n\r\n")
	id := fmt.Sprintf("<urn:uuid:00000000-0000-4000-9000-%012d>", ww.n)
	return ww.record("request", url, id, "application/http; msgtype=request", block)
}

func (ww *WARCWriter) record(typ, url, id, ctype string, block []byte) error {
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		typ, url, id, ctype, len(block))
	rec.Write(block)
	rec.WriteString("\r\n\r\n")
	if !ww.gzip {
		_, err := ww.w.Write(rec.Bytes())
		return err
	}
	zw := gzip.NewWriter(ww.w)
	if _, err := zw.Write(rec.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}

// Reader streams generated articles as JSON Lines, about Size bytes in
// all, without holding more than one article: a multi-GB input for memory
// tests needs no disk.
type Reader struct {
	g    *Generator
	left int64
	buf  bytes.Buffer
	n    int
	// Every HugeEvery-th article (0: none) has its text repeated to
	// HugeBytes, to test the size limit and memory on huge articles.
	HugeEvery, HugeBytes int
}

// NewReader returns a Reader of about size bytes from seed.
func NewReader(seed uint64, size int64) *Reader { return &Reader{g: New(seed), left: size} }

func (r *Reader) Read(p []byte) (int, error) {
	for r.buf.Len() == 0 {
		if r.left <= 0 {
			return 0, io.EOF
		}
		a := r.g.Next()
		r.n++
		if r.HugeEvery > 0 && r.n%r.HugeEvery == 0 {
			t := strings.Repeat(a.Text+"\n\n", r.HugeBytes/(len(a.Text)+2)+1)
			n := r.HugeBytes
			for n > 0 && !utf8.RuneStart(t[n]) {
				n-- // whole characters only
			}
			a.Text = t[:n]
		}
		if err := WriteJSONL(&r.buf, a); err != nil {
			return 0, err
		}
		r.left -= int64(r.buf.Len())
	}
	return r.buf.Read(p)
}
