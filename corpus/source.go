// Package corpus reads articles from files, folders, JSON Lines, compressed
// streams (gzip, zstd), archives (tar, zip) and web crawls (WARC), and
// writes records. Every reader streams: memory is bounded by one article
// (at most Options.MaxBytes) plus one folder listing or one zip directory,
// never by the size of the archive.
package corpus

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/vnextract/vnextract/pipeline"
)

// DefaultMaxBytes is the default size limit of one article.
const DefaultMaxBytes = 8 << 20

// Options configure how sources read.
type Options struct {
	// MaxBytes is the largest article (or JSON line, or archive member) read;
	// a larger one yields a too_large error record. 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Fields names the JSON Lines fields; the zero value reads the usual
	// names.
	Fields Fields
}

// Fields names the members of a JSON Lines object. An empty name keeps the
// default: "id"; "text", "content" or "body"; "title"; "published" or
// "date"; "url". A name may be a dotted path into nested objects
// ("meta.published").
type Fields struct {
	ID, Text, Title, Date, URL string
}

func (o Options) maxBytes() int {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Reader is the Source of Open. Besides the articles, it tells how many
// bytes it has read from its files, for progress reports.
type Reader struct {
	paths   []string
	opts    Options
	pending []walkItem // stack, next item last
	cur     pipeline.Source
	closer  io.Closer
	read    atomic.Int64 // bytes read from files and stdin (compressed size)
	total   int64
}

// Open returns a Source over paths, read in the order given: a folder is
// walked recursively in lexical order; "-" is standard input. A path that
// does not exist is an error here, before any article is read.
func Open(paths []string, opts Options) (*Reader, error) {
	var total int64
	for _, p := range paths {
		if p == "-" {
			total = -1
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		switch {
		case fi.IsDir():
			total = -1
		case total >= 0:
			total += fi.Size()
		}
	}
	return &Reader{paths: paths, opts: opts, total: max(total, 0)}, nil
}

// BytesRead is the number of bytes read so far from the files (as stored,
// before decompression). It is safe to call from any goroutine.
func (m *Reader) BytesRead() int64 { return m.read.Load() }

// TotalBytes is the size of the input when every path is a plain file, 0
// when it is unknown (a folder or standard input).
func (m *Reader) TotalBytes() int64 { return m.total }

type walkItem struct {
	path string // file system path
	root string // the folder argument it was found under, "" for a file argument
}

// Next returns the next article, io.EOF after the last one, or the error of
// a file that could not be opened or listed.
func (m *Reader) Next(ctx context.Context) (*pipeline.Article, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if m.cur != nil {
			a, err := m.cur.Next(ctx)
			if err == nil {
				return a, nil
			}
			m.closeCur()
			if !errors.Is(err, io.EOF) {
				return nil, err
			}
		}
		if len(m.pending) == 0 {
			if len(m.paths) == 0 {
				return nil, io.EOF
			}
			m.pending = append(m.pending, walkItem{path: m.paths[0]})
			m.paths = m.paths[1:]
		}
		it := m.pending[len(m.pending)-1]
		m.pending = m.pending[:len(m.pending)-1]
		if err := m.open(it); err != nil {
			return nil, err
		}
	}
}

// Close closes the file being read, if any.
func (m *Reader) Close() error {
	m.closeCur()
	return nil
}

func (m *Reader) closeCur() {
	if c, ok := m.cur.(io.Closer); ok {
		c.Close()
	}
	if m.closer != nil {
		m.closer.Close()
	}
	m.cur, m.closer = nil, nil
}

func (m *Reader) open(it walkItem) error {
	if it.path == "-" {
		in := m.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		m.cur = sniff(&countingReader{r: in, n: &m.read}, "-", "stdin", m.opts)
		return nil
	}
	fi, err := os.Stat(it.path)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		entries, err := os.ReadDir(it.path)
		if err != nil {
			return err
		}
		root := it.root
		if root == "" {
			root = it.path
		}
		// push in reverse so the lexically first entry pops first
		for i := len(entries) - 1; i >= 0; i-- {
			e := entries[i]
			p := filepath.Join(it.path, e.Name())
			if e.IsDir() || isArticleFile(e.Name()) {
				m.pending = append(m.pending, walkItem{path: p, root: root})
			}
		}
		return nil
	}
	f, err := os.Open(it.path)
	if err != nil {
		return err
	}
	m.closer = f
	rel := filepath.Base(it.path)
	if it.root != "" {
		if r, err := filepath.Rel(it.root, it.path); err == nil {
			rel = r
		}
	}
	id := articleID(filepath.ToSlash(rel))
	if isZip(it.path) {
		m.cur = newZip(f, fi.Size(), it.path, &m.read, m.opts)
		return nil
	}
	m.cur = streamSource(&countingReader{r: f, n: &m.read}, strings.ToLower(it.path), it.path, id, m.opts)
	return nil
}

// articleExts are the extensions a folder walk or an archive reads, once
// compression extensions are removed. Other files (gold annotations,
// images) are skipped.
var articleExts = map[string]bool{
	".txt": true, ".jsonl": true, ".ndjson": true, ".tar": true, ".tgz": true, ".zip": true,
	".warc": true, ".html": true, ".htm": true,
}

// isArticleFile says which files a folder walk or an archive reads.
func isArticleFile(name string) bool {
	name = stripCompression(strings.ToLower(name))
	return articleExts[filepath.Ext(name)]
}

func stripCompression(name string) string {
	for _, ext := range []string{".gz", ".zst", ".zstd"} {
		if strings.HasSuffix(name, ext) {
			return strings.TrimSuffix(name, ext)
		}
	}
	return name
}

func isZip(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".zip") }

// articleID is a slash-separated relative path without its extensions, so
// ids do not depend on where the archive lies.
func articleID(rel string) string {
	rel = stripCompression(rel)
	return strings.TrimSuffix(rel, filepath.Ext(rel))
}

// countingReader adds the bytes read to n, for progress reports from
// another goroutine.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}
