package corpus

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path"
	"strings"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/vnextract/vnextract/pipeline"
)

// zstdWindow caps the zstd window a stream may ask for, so a hostile or
// odd archive cannot make the decoder allocate more than this.
const zstdWindow = 64 << 20

// streamSource reads one stream whose format is told by name (lower case):
// its compression suffixes are peeled off one at a time, then the archive
// or article extension chooses the reader. uri names the stream in records,
// id is the article id of a one-article stream.
func streamSource(r io.Reader, name, uri, id string, opts Options) pipeline.Source {
	switch {
	case strings.HasSuffix(name, ".warc.gz"), strings.HasSuffix(name, ".warc"):
		// WARC gzip is one gzip member per record: the WARC reader
		// handles it itself.
		return newWARC(r, uri, opts)
	case strings.HasSuffix(name, ".gz"):
		zr, err := gzip.NewReader(r)
		if err != nil {
			return undecodable(uri, id, "gzip: "+err.Error())
		}
		return streamSource(zr, strings.TrimSuffix(name, ".gz"), uri, id, opts)
	case strings.HasSuffix(name, ".tgz"):
		zr, err := gzip.NewReader(r)
		if err != nil {
			return undecodable(uri, id, "gzip: "+err.Error())
		}
		return newTar(zr, uri, opts)
	case strings.HasSuffix(name, ".zst"), strings.HasSuffix(name, ".zstd"):
		zr, err := newZstd(r)
		if err != nil {
			return undecodable(uri, id, "zstd: "+err.Error())
		}
		return &closingSource{Source: streamSource(zr, strings.TrimSuffix(strings.TrimSuffix(name, ".zst"), ".zstd"), uri, id, opts), close: zr.Close}
	case strings.HasSuffix(name, ".tar"):
		return newTar(r, uri, opts)
	case strings.HasSuffix(name, ".zip"):
		// zip keeps its directory at the end: it needs random access,
		// which a stream inside another archive does not give.
		return undecodable(uri, id, "zip: a zip inside a stream cannot be read; unpack it first")
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"):
		return newJSONL(r, uri, opts)
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".htm"):
		return &textSource{r: r, uri: uri, id: id, opts: opts, html: true}
	}
	return &textSource{r: r, uri: uri, id: id, opts: opts}
}

func newZstd(r io.Reader) (*zstd.Decoder, error) {
	// One goroutine: the pipeline's workers already use every core, and
	// the decoder's async mode would start goroutines outside package
	// pipeline.
	return zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true),
		zstd.WithDecoderMaxWindow(zstdWindow))
}

// sniff reads stdin: gzip and zstd by their magic numbers, tar by its
// "ustar" mark, WARC by "WARC/", JSON Lines when the first non-space byte
// is '{', one text article otherwise.
func sniff(r io.Reader, uri, id string, opts Options) pipeline.Source {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return undecodable(uri, id, "gzip: "+err.Error())
		}
		// gzip.Reader reads every member, so the records of a WARC.gz
		// come through as one plain WARC stream.
		return sniff(zr, uri, id, opts)
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		zr, err := newZstd(br)
		if err != nil {
			return undecodable(uri, id, "zstd: "+err.Error())
		}
		return &closingSource{Source: sniff(zr, uri, id, opts), close: zr.Close}
	case bytes.HasPrefix(head, []byte("WARC/")):
		return newWARC(br, uri, opts)
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return newTar(br, uri, opts)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return undecodable(uri, id, "zip: standard input cannot be read as zip; pass the file path")
	}
	if t := bytes.TrimLeft(head, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
		return newJSONL(br, uri, opts)
	}
	return &textSource{r: br, uri: uri, id: id, opts: opts}
}

// closingSource closes a decoder when its source is done.
type closingSource struct {
	pipeline.Source
	close func()
}

func (c *closingSource) Close() error {
	if cl, ok := c.Source.(io.Closer); ok {
		cl.Close()
	}
	c.close()
	return nil
}

// textSource yields its whole stream as one article.
type textSource struct {
	r    io.Reader
	uri  string
	id   string
	opts Options
	html bool // the stream is an HTML page: keep its main text
	done bool
}

func (t *textSource) Next(ctx context.Context) (*pipeline.Article, error) {
	if t.done {
		return nil, io.EOF
	}
	t.done = true
	a := &pipeline.Article{ID: t.id, Source: pipeline.SourceRef{URI: t.uri}}
	limit := t.opts.maxBytes()
	body, err := io.ReadAll(io.LimitReader(t.r, int64(limit)+1))
	switch {
	case err != nil:
		a.Err = &pipeline.Error{Code: pipeline.CodeUndecodable, Message: err.Error()}
	case len(body) > limit:
		a.Err = tooLarge("article", limit)
	default:
		a.Body = body
		if t.html {
			a.Convert = htmlConverter("", "")
		}
	}
	return a, nil
}

func tooLarge(what string, limit int) *pipeline.Error {
	return &pipeline.Error{Code: pipeline.CodeTooLarge, Message: fmt.Sprintf("%s is over %d bytes", what, limit)}
}

func undecodable(uri, id, msg string) pipeline.Source {
	return &errSource{a: &pipeline.Article{ID: id, Source: pipeline.SourceRef{URI: uri},
		Err: &pipeline.Error{Code: pipeline.CodeUndecodable, Message: msg}}}
}

// errSource yields one error article.
type errSource struct {
	a    *pipeline.Article
	done bool
}

func (e *errSource) Next(context.Context) (*pipeline.Article, error) {
	if e.done {
		return nil, io.EOF
	}
	e.done = true
	return e.a, nil
}

// memberURI names an archive member in records: the archive, '#', the
// member's path inside it.
func memberURI(archive, member string) string { return archive + "#" + member }

// tarSource reads the members of a tar stream in order; each member is an
// article, or a stream of articles (JSON Lines, WARC, a compressed file).
type tarSource struct {
	tr   *tar.Reader
	uri  string
	opts Options
	cur  pipeline.Source
	err  bool // the stream broke: reported once, then EOF
}

func newTar(r io.Reader, uri string, opts Options) *tarSource {
	return &tarSource{tr: tar.NewReader(r), uri: uri, opts: opts}
}

func (t *tarSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		if t.cur != nil {
			a, err := t.cur.Next(ctx)
			if err != io.EOF {
				return a, err
			}
			closeSource(t.cur)
			t.cur = nil
		}
		if t.err {
			return nil, io.EOF
		}
		h, err := t.tr.Next()
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			t.err = true
			return &pipeline.Article{ID: t.uri, Source: pipeline.SourceRef{URI: t.uri},
				Err: &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "tar: " + err.Error()}}, nil
		}
		if h.Typeflag != tar.TypeReg || !isArticleFile(h.Name) {
			continue
		}
		name := strings.TrimPrefix(path.Clean(h.Name), "./")
		uri, id := memberURI(t.uri, name), articleID(name)
		if single(name) && h.Size > int64(t.opts.maxBytes()) {
			// tar.Next skips the body without reading it into memory
			return &pipeline.Article{ID: id, Source: pipeline.SourceRef{URI: uri}, Err: tooLarge("article", t.opts.maxBytes())}, nil
		}
		t.cur = streamSource(t.tr, strings.ToLower(name), uri, id, t.opts)
	}
}

// single says whether a member is one article (rather than a stream of
// many), so that its stored size can be checked against MaxBytes before
// reading.
func single(name string) bool {
	name = strings.ToLower(name)
	switch path.Ext(name) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

func closeSource(s pipeline.Source) {
	if c, ok := s.(io.Closer); ok {
		c.Close()
	}
}

// zipSource reads the members of a zip file in directory order.
type zipSource struct {
	zr    *zip.Reader
	uri   string
	opts  Options
	files []*zip.File
	cur   pipeline.Source
	rc    io.Closer
	// progress is told the compressed size of each member as it starts,
	// and the rest of the file at the end: random access makes the bytes
	// actually read a poor measure (the directory is read first).
	progress *atomic.Int64
	size     int64
	told     int64
}

func newZip(r io.ReaderAt, size int64, uri string, progress *atomic.Int64, opts Options) pipeline.Source {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		progress.Add(size)
		return undecodable(uri, articleID(path.Base(uri)), "zip: "+err.Error())
	}
	return &zipSource{zr: zr, uri: uri, opts: opts, files: zr.File, progress: progress, size: size}
}

func (z *zipSource) tell(n int64) {
	n = min(n, z.size-z.told)
	z.told += n
	z.progress.Add(n)
}

func (z *zipSource) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		if z.cur != nil {
			a, err := z.cur.Next(ctx)
			if err != io.EOF {
				return a, err
			}
			z.closeCur()
		}
		if len(z.files) == 0 {
			z.tell(z.size)
			return nil, io.EOF
		}
		f := z.files[0]
		z.files[0] = nil // let the directory entry go once read
		z.files = z.files[1:]
		if f.FileInfo().IsDir() || !isArticleFile(f.Name) {
			continue
		}
		z.tell(int64(f.CompressedSize64))
		name := strings.TrimPrefix(path.Clean(f.Name), "./")
		uri, id := memberURI(z.uri, name), articleID(name)
		if single(name) && f.UncompressedSize64 > uint64(z.opts.maxBytes()) {
			return &pipeline.Article{ID: id, Source: pipeline.SourceRef{URI: uri}, Err: tooLarge("article", z.opts.maxBytes())}, nil
		}
		rc, err := f.Open()
		if err != nil {
			return &pipeline.Article{ID: id, Source: pipeline.SourceRef{URI: uri},
				Err: &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "zip: " + err.Error()}}, nil
		}
		z.rc = rc
		z.cur = streamSource(rc, strings.ToLower(name), uri, id, z.opts)
	}
}

func (z *zipSource) closeCur() {
	closeSource(z.cur)
	if z.rc != nil {
		z.rc.Close()
	}
	z.cur, z.rc = nil, nil
}

// Close closes the member being read.
func (z *zipSource) Close() error {
	z.closeCur()
	return nil
}
