// Package corpus reads articles from files, folders, JSON Lines and gzip
// streams, and writes records. Every reader streams: memory is bounded by
// one article (at most Options.MaxBytes) plus one folder listing, never by
// the size of the archive.
package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// DefaultMaxBytes is the default size limit of one article.
const DefaultMaxBytes = 8 << 20

// Options configure how sources read.
type Options struct {
	// MaxBytes is the largest article (or JSON line) read; a larger one
	// yields a too_large error record. 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) maxBytes() int {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Open returns a Source over paths, read in the order given: a folder is
// walked recursively in lexical order; "-" is standard input. A path that
// does not exist is an error here, before any article is read.
func Open(paths []string, opts Options) (pipeline.Source, error) {
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return nil, err
		}
	}
	return &multi{paths: paths, opts: opts}, nil
}

// multi walks its paths lazily: a stack of pending folder entries, so a
// folder of millions of files costs one listing at a time.
type multi struct {
	paths   []string
	opts    Options
	pending []walkItem // stack, next item last
	cur     pipeline.Source
	closer  io.Closer
}

type walkItem struct {
	path string // file system path
	root string // the folder argument it was found under, "" for a file argument
}

func (m *multi) Next(ctx context.Context) (*pipeline.Article, error) {
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

func (m *multi) closeCur() {
	if m.closer != nil {
		m.closer.Close()
	}
	m.cur, m.closer = nil, nil
}

func (m *multi) open(it walkItem) error {
	if it.path == "-" {
		in := m.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		m.cur = sniff(in, "-", "stdin", m.opts)
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
	id := articleID(it.path, it.root)
	m.cur = fileSource(f, it.path, id, m.opts)
	return nil
}

// isArticleFile says which files a folder walk reads: text and JSON Lines,
// plain or gzip-compressed. Other files (gold annotations, images) are
// skipped.
func isArticleFile(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".jsonl", ".ndjson":
		return true
	}
	return false
}

// articleID is the path without its extensions, relative to the folder
// argument it was found under (or the base name for a file argument), with
// forward slashes, so ids do not depend on where the archive lies.
func articleID(path, root string) string {
	rel := filepath.Base(path)
	if root != "" {
		if r, err := filepath.Rel(root, path); err == nil {
			rel = r
		}
	}
	rel = filepath.ToSlash(rel)
	rel = strings.TrimSuffix(rel, ".gz")
	rel = strings.TrimSuffix(rel, filepath.Ext(rel))
	return rel
}

func fileSource(r io.Reader, uri, id string, opts Options) pipeline.Source {
	name := strings.ToLower(uri)
	if strings.HasSuffix(name, ".gz") {
		return gzipSource(r, uri, id, strings.TrimSuffix(name, ".gz"), opts)
	}
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson":
		return newJSONL(r, uri, opts)
	}
	return &textSource{r: r, uri: uri, id: id, opts: opts}
}

func gzipSource(r io.Reader, uri, id, inner string, opts Options) pipeline.Source {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return &errSource{a: &pipeline.Article{ID: id, Source: pipeline.SourceRef{URI: uri},
			Err: &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "gzip: " + err.Error()}}}
	}
	switch filepath.Ext(inner) {
	case ".jsonl", ".ndjson":
		return newJSONL(zr, uri, opts)
	}
	return &textSource{r: zr, uri: uri, id: id, opts: opts}
}

// sniff reads stdin: gzip by its magic number, JSON Lines when the first
// non-space byte is '{', one text article otherwise.
func sniff(r io.Reader, uri, id string, opts Options) pipeline.Source {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return &errSource{a: &pipeline.Article{ID: id, Source: pipeline.SourceRef{URI: uri},
				Err: &pipeline.Error{Code: pipeline.CodeUndecodable, Message: "gzip: " + err.Error()}}}
		}
		return sniff(zr, uri, id, opts)
	}
	if t := bytes.TrimLeft(head, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
		return newJSONL(br, uri, opts)
	}
	return &textSource{r: br, uri: uri, id: id, opts: opts}
}

// textSource yields its whole stream as one article.
type textSource struct {
	r    io.Reader
	uri  string
	id   string
	opts Options
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
		a.Err = &pipeline.Error{Code: pipeline.CodeTooLarge, Message: fmt.Sprintf("article is over %d bytes", limit)}
	default:
		a.Body = body
	}
	return a, nil
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
