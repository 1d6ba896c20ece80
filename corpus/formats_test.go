package corpus_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/corpus/internal/synth"
	"github.com/vnextract/vnextract/pipeline"
)

// readAll drains a source and runs each article's Convert, as a worker
// would.
func readAll(t testing.TB, src pipeline.Source) []*pipeline.Article {
	t.Helper()
	out := readRaw(t, src)
	for _, a := range out {
		if a.Convert != nil && a.Err == nil {
			a.Convert(a)
			a.Convert = nil
		}
	}
	return out
}

// readRaw drains a source.
func readRaw(t testing.TB, src pipeline.Source) []*pipeline.Article {
	t.Helper()
	var out []*pipeline.Article
	for {
		a, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err)
		out = append(out, a)
	}
}

func gen(n int) []synth.Article {
	g := synth.New(7)
	as := make([]synth.Article, n)
	for i := range as {
		as[i] = g.Next()
	}
	return as
}

func jsonlBytes(t testing.TB, as []synth.Article) []byte {
	var b bytes.Buffer
	for _, a := range as {
		require.NoError(t, synth.WriteJSONL(&b, a))
	}
	return b.Bytes()
}

func gzipBytes(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return out.Bytes()
}

func zstdBytes(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	zw, err := zstd.NewWriter(&out, zstd.WithEncoderConcurrency(1))
	require.NoError(t, err)
	_, err = zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return out.Bytes()
}

// tarBytes puts each article in a .txt member under news/, plus a member
// that is not an article and a JSON Lines member holding extra.
func tarBytes(t testing.TB, as []synth.Article, extra []synth.Article) []byte {
	var b bytes.Buffer
	tw := synth.NewTar(&b)
	for _, a := range as {
		require.NoError(t, tw.Add("news/"+a.ID+".txt", []byte(a.Text)))
	}
	require.NoError(t, tw.Add("news/README.md", []byte("không phải bài báo")))
	if len(extra) > 0 {
		require.NoError(t, tw.Add("more/batch.jsonl.gz", gzipBytes(t, jsonlBytes(t, extra))))
	}
	require.NoError(t, tw.Close())
	return b.Bytes()
}

func zipBytes(t testing.TB, as []synth.Article, extra []synth.Article) []byte {
	var b bytes.Buffer
	zw := synth.NewZip(&b)
	for _, a := range as {
		require.NoError(t, zw.Add("news/"+a.ID+".txt", []byte(a.Text)))
	}
	require.NoError(t, zw.Add("news/logo.png", []byte{0x89, 'P', 'N', 'G'}))
	if len(extra) > 0 {
		require.NoError(t, zw.Add("more/batch.jsonl", jsonlBytes(t, extra)))
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// warcBytes writes, for each article, a request and an HTML response, plus
// records a reader must skip: a redirect, a 404, an image.
func warcBytes(t testing.TB, as []synth.Article, gzipped bool) []byte {
	var b bytes.Buffer
	ww := synth.NewWARC(&b, gzipped)
	require.NoError(t, ww.Response("https://tintuc.example/", 301, "text/html", []byte("<a href=/x>moved</a>")))
	for i, a := range as {
		require.NoError(t, ww.Request(a.URL))
		require.NoError(t, ww.Response(a.URL, 200, "text/html; charset=UTF-8", synth.Page(a)))
		if i == 0 {
			require.NoError(t, ww.Response("https://tintuc.example/logo.png", 200, "image/png", []byte{0x89, 'P', 'N', 'G'}))
			require.NoError(t, ww.Response("https://tintuc.example/missing", 404, "text/html", []byte("<p>Không tìm thấy trang</p>")))
		}
	}
	return b.Bytes()
}

func write(t testing.TB, dir, name string, b []byte) string {
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

// TestFormats reads each input format and checks ids, texts and where
// each article came from.
func TestFormats(t *testing.T) {
	as := gen(5)
	extra := gen(8)[5:]
	txtIDs := func(prefix string) []string {
		var ids []string
		for _, a := range as {
			ids = append(ids, prefix+a.ID)
		}
		return ids
	}
	withExtra := func(ids []string) []string {
		for _, a := range extra {
			ids = append(ids, a.ID)
		}
		return ids
	}
	jsonl := jsonlBytes(t, as)
	tests := []struct {
		name    string
		file    string
		data    []byte
		wantIDs []string
		uri     string // URI of the first article, relative to the temp dir
	}{
		{"jsonl", "a.jsonl", jsonl, txtIDs(""), "a.jsonl"},
		{"ndjson gzip", "a.ndjson.gz", gzipBytes(t, jsonl), txtIDs(""), "a.ndjson.gz"},
		{"jsonl zstd", "a.jsonl.zst", zstdBytes(t, jsonl), txtIDs(""), "a.jsonl.zst"},
		{"txt zstd", "one.txt.zst", zstdBytes(t, []byte(as[0].Text)), []string{"one"}, "one.txt.zst"},
		{"tar", "a.tar", tarBytes(t, as, extra), withExtra(txtIDs("news/")), "a.tar#news/" + as[0].ID + ".txt"},
		{"tar.gz", "a.tar.gz", gzipBytes(t, tarBytes(t, as, extra)), withExtra(txtIDs("news/")), "a.tar.gz#news/" + as[0].ID + ".txt"},
		{"tgz", "a.tgz", gzipBytes(t, tarBytes(t, as, nil)), txtIDs("news/"), "a.tgz#news/" + as[0].ID + ".txt"},
		{"tar.zst", "a.tar.zst", zstdBytes(t, tarBytes(t, as, nil)), txtIDs("news/"), "a.tar.zst#news/" + as[0].ID + ".txt"},
		{"zip", "a.zip", zipBytes(t, as, extra), withExtra(txtIDs("news/")), "a.zip#news/" + as[0].ID + ".txt"},
		{"warc", "crawl.warc", warcBytes(t, as, false), nil, "crawl.warc#"},
		{"warc.gz", "crawl.warc.gz", warcBytes(t, as, true), nil, "crawl.warc.gz#"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tt.file, tt.data)
			r, err := corpus.Open([]string{p}, corpus.Options{})
			require.NoError(t, err)
			got := readRaw(t, r)
			require.NoError(t, r.Close())
			assert.Equal(t, int64(len(tt.data)), r.TotalBytes())
			assert.Equal(t, int64(len(tt.data)), r.BytesRead(), "the whole file is read")
			require.NotEmpty(t, got)
			assert.True(t, strings.HasPrefix(got[0].Source.URI, filepath.Join(dir, tt.uri)), got[0].Source.URI)
			if strings.Contains(tt.name, "warc") {
				checkWARC(t, as, got)
				return
			}
			var ids []string
			for i, a := range got {
				if a.Convert != nil {
					a.Convert(a)
				}
				ids = append(ids, a.ID)
				require.Nil(t, a.Err, a.ID)
				want := append(as[:len(as):len(as)], extra...)[i]
				assert.Equal(t, want.Text, string(a.Body), a.ID)
			}
			assert.Equal(t, tt.wantIDs, ids)
		})
	}
}

// checkWARC: one article per HTML 200 response, with its main text (no
// menu, no footer), title, URL and date from the page's metadata.
func checkWARC(t *testing.T, as []synth.Article, got []*pipeline.Article) {
	require.Len(t, got, len(as), "requests, redirects, 404s and images are skipped")
	for i, a := range got {
		require.Nil(t, a.Err)
		assert.True(t, strings.HasPrefix(a.ID, "urn:uuid:"), a.ID)
		assert.Equal(t, as[i].URL, a.URL)
		require.NotNil(t, a.Convert, "HTML is parsed on a worker")
		a.Convert(a)
		require.Nil(t, a.Err)
		body := string(a.Body)
		for _, para := range strings.Split(as[i].Text, "\n\n") {
			assert.Contains(t, body, para)
		}
		assert.NotContains(t, body, "Trang chủ", "navigation dropped")
		assert.NotContains(t, body, "Bản quyền", "footer dropped")
		assert.Equal(t, as[i].Published, a.Published)
		assert.Contains(t, a.Title, as[i].Title)
	}
}

func TestFolderWalk(t *testing.T) {
	as := gen(3)
	dir := t.TempDir()
	write(t, dir, "b/"+as[1].ID+".txt.gz", gzipBytes(t, []byte(as[1].Text)))
	write(t, dir, "a/"+as[0].ID+".txt", []byte(as[0].Text))
	write(t, dir, "c/x.tar", tarBytes(t, as[2:], nil))
	write(t, dir, "c/gold.json", []byte("{}"))
	r, err := corpus.Open([]string{dir}, corpus.Options{})
	require.NoError(t, err)
	var ids []string
	for _, a := range readAll(t, r) {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"a/" + as[0].ID, "b/" + as[1].ID, "news/" + as[2].ID}, ids)
	assert.Zero(t, r.TotalBytes(), "a folder's size is not known up front")
}

// TestStdinSniff reads each format from standard input, where there is no
// name to go by.
func TestStdinSniff(t *testing.T) {
	as := gen(3)
	jsonl := jsonlBytes(t, as)
	tests := []struct {
		name string
		in   []byte
		n    int
	}{
		{"jsonl", jsonl, 3},
		{"gzip jsonl", gzipBytes(t, jsonl), 3},
		{"zstd jsonl", zstdBytes(t, jsonl), 3},
		{"tar", tarBytes(t, as, nil), 3},
		{"gzip tar", gzipBytes(t, tarBytes(t, as, nil)), 3},
		{"warc", warcBytes(t, as, false), 3},
		{"warc.gz", warcBytes(t, as, true), 3},
		{"text", []byte(as[0].Text), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: bytes.NewReader(tt.in)})
			require.NoError(t, err)
			got := readAll(t, r)
			require.Len(t, got, tt.n)
			for _, a := range got {
				assert.Nil(t, a.Err)
			}
			assert.Equal(t, int64(len(tt.in)), r.BytesRead())
		})
	}
}

// TestTooLarge: an article over MaxBytes is a too_large error record in
// every format, and the articles after it are still read.
func TestTooLarge(t *testing.T) {
	as := gen(3)
	big := as[1]
	big.Text = strings.Repeat("Đại tá Nguyễn Văn An dự lễ. ", 200)
	as[1] = big
	const limit = 3000
	require.Greater(t, len(big.Text), limit)
	for i := range as {
		if i != 1 {
			as[i].Text = as[i].Text[:min(len(as[i].Text), 1000)]
		}
	}
	tests := []struct {
		name, file string
		data       []byte
	}{
		{"jsonl", "a.jsonl", jsonlBytes(t, as)},
		{"jsonl.zst", "a.jsonl.zst", zstdBytes(t, jsonlBytes(t, as))},
		{"tar.gz", "a.tar.gz", gzipBytes(t, tarBytes(t, as, nil))},
		{"zip", "a.zip", zipBytes(t, as, nil)},
		{"warc.gz", "a.warc.gz", warcBytes(t, as, true)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, t.TempDir(), tt.file, tt.data)
			r, err := corpus.Open([]string{p}, corpus.Options{MaxBytes: limit})
			require.NoError(t, err)
			got := readAll(t, r)
			require.Len(t, got, 3)
			for i, a := range got {
				if i == 1 {
					require.NotNil(t, a.Err)
					assert.Equal(t, pipeline.CodeTooLarge, a.Err.Code)
					assert.Nil(t, a.Body)
					continue
				}
				assert.Nil(t, a.Err)
			}
		})
	}
	t.Run("single text file", func(t *testing.T) {
		p := write(t, t.TempDir(), "big.txt", []byte(big.Text))
		r, err := corpus.Open([]string{p}, corpus.Options{MaxBytes: limit})
		require.NoError(t, err)
		got := readAll(t, r)
		require.Len(t, got, 1)
		assert.Equal(t, pipeline.CodeTooLarge, got[0].Err.Code)
	})
}

// TestBrokenArchives: a damaged stream yields one undecodable record, and
// the files after it are still read.
func TestBrokenArchives(t *testing.T) {
	as := gen(2)
	good := tarBytes(t, as, nil)
	tests := []struct {
		name, file string
		data       []byte
	}{
		{"truncated tar.gz", "a.tar.gz", gzipBytes(t, good)[:300]},
		{"not gzip", "a.jsonl.gz", []byte("plain text, not gzip")},
		{"not zstd", "a.txt.zst", []byte("plain text, not zstd")},
		{"not zip", "a.zip", []byte("plain text, not zip")},
		{"zip in tar", "a.tar", func() []byte {
			var b bytes.Buffer
			tw := synth.NewTar(&b)
			require.NoError(t, tw.Add("inner.zip", zipBytes(t, as, nil)))
			require.NoError(t, tw.Close())
			return b.Bytes()
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tt.file, tt.data)
			next := write(t, dir, "z.txt", []byte(as[0].Text))
			r, err := corpus.Open([]string{p, next}, corpus.Options{})
			require.NoError(t, err)
			got := readAll(t, r)
			require.NotEmpty(t, got)
			var codes []pipeline.ErrorCode
			for _, a := range got[:len(got)-1] {
				if a.Err != nil {
					codes = append(codes, a.Err.Code)
				}
			}
			assert.Contains(t, codes, pipeline.CodeUndecodable)
			assert.Equal(t, "z", got[len(got)-1].ID, "the next file is read")
		})
	}
}

// TestFields reads JSON Lines with user-chosen and nested field names.
func TestFields(t *testing.T) {
	in := `{"doc_id": 42, "meta": {"headline": "Lễ trao tặng", "pub": "2023-09-02T08:00:00+07:00", "link": "https://x.example/a"}, "noi_dung": "Đại tá Lê Văn Bình dự lễ."}
{"doc_id": "b7", "meta": {}, "noi_dung": "Thiếu tá Hồ Thị Lan phát biểu."}
{"doc_id": "c8", "text": "không có trường noi_dung"}
`
	r, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: strings.NewReader(in), Fields: corpus.Fields{
		ID: "doc_id", Text: "noi_dung", Title: "meta.headline", Date: "meta.pub", URL: "meta.link",
	}})
	require.NoError(t, err)
	got := readAll(t, r)
	require.Len(t, got, 3)
	assert.Equal(t, "42", got[0].ID)
	assert.Equal(t, "Đại tá Lê Văn Bình dự lễ.", string(got[0].Body))
	assert.Equal(t, "Lễ trao tặng", got[0].Title)
	assert.Equal(t, "2023-09-02", got[0].Published)
	assert.Equal(t, "https://x.example/a", got[0].URL)
	assert.Equal(t, "b7", got[1].ID)
	assert.Empty(t, got[1].Title)
	require.NotNil(t, got[2].Err)
	assert.Equal(t, pipeline.CodeBadJSON, got[2].Err.Code)
	assert.Contains(t, got[2].Err.Message, "noi_dung")
}

func TestHTMLFile(t *testing.T) {
	a := gen(1)[0]
	p := write(t, t.TempDir(), "page.html", synth.Page(a))
	r, err := corpus.Open([]string{p}, corpus.Options{})
	require.NoError(t, err)
	got := readRaw(t, r)
	require.Len(t, got, 1)
	require.NotNil(t, got[0].Convert)
	got[0].Convert(got[0])
	assert.Contains(t, string(got[0].Body), strings.Split(a.Text, "\n\n")[0])
	assert.Equal(t, a.Published, got[0].Published)
}

// FuzzStdin feeds any bytes to the format sniffing of standard input: no
// panic, every article has an id, no body over the limit.
func FuzzStdin(f *testing.F) {
	as := gen(2)
	f.Add(jsonlBytes(f, as))
	f.Add(gzipBytes(f, jsonlBytes(f, as)))
	f.Add(zstdBytes(f, []byte(as[0].Text)))
	f.Add(tarBytes(f, as, nil))
	f.Add(warcBytes(f, as, false))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200"))
	f.Add([]byte("{\"id\":1}\n\n{"))
	const limit = 4096
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: bytes.NewReader(in), MaxBytes: limit})
		require.NoError(t, err)
		for range 1000 {
			a, err := r.Next(context.Background())
			if err != nil {
				require.ErrorIs(t, err, io.EOF)
				return
			}
			assert.NotEmpty(t, a.ID)
			assert.LessOrEqual(t, len(a.Body), limit+2)
			if a.Convert != nil && a.Err == nil {
				a.Convert(a)
			}
		}
	})
}

// TestWARCDamagedRecord: a WARC.gz record whose gzip member is damaged is
// an undecodable record; the records after it are still read.
func TestWARCDamagedRecord(t *testing.T) {
	as := gen(4)
	var b bytes.Buffer
	b.Write(warcBytes(t, as[:1], true))
	bad := warcBytes(t, as[1:2], true)
	bad = bad[:len(bad)/2] // a torn download: half a record
	b.Write(bad)
	b.Write(warcBytes(t, as[2:], true))
	p := write(t, t.TempDir(), "torn.warc.gz", b.Bytes())
	r, err := corpus.Open([]string{p}, corpus.Options{})
	require.NoError(t, err)
	got := readAll(t, r)
	var ids []string
	var undecodable int
	for _, a := range got {
		if a.Err != nil {
			assert.Equal(t, pipeline.CodeUndecodable, a.Err.Code)
			undecodable++
			continue
		}
		ids = append(ids, a.URL)
	}
	assert.Equal(t, 1, undecodable, "one error record for the damage")
	assert.Contains(t, ids, as[0].URL)
	assert.Contains(t, ids, as[3].URL, "the reader finds the records after the damage")
}

// TestWARCEncodedPayload: pages stored as received, chunked and gzipped,
// are decoded before their text is kept.
func TestWARCEncodedPayload(t *testing.T) {
	a := gen(1)[0]
	page := gzipBytes(t, synth.Page(a))
	var chunked bytes.Buffer
	for len(page) > 0 {
		n := min(len(page), 700)
		fmt.Fprintf(&chunked, "%x\r\n%s\r\n", n, page[:n])
		page = page[n:]
	}
	chunked.WriteString("0\r\n\r\n")
	msg := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"), chunked.Bytes()...)
	var b bytes.Buffer
	ww := synth.NewWARC(&b, true)
	require.NoError(t, ww.RawResponse(a.URL, msg))
	require.NoError(t, ww.RawResponse(a.URL, []byte("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx")))
	r, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: &b})
	require.NoError(t, err)
	got := readAll(t, r)
	require.Len(t, got, 2)
	require.Nil(t, got[0].Err)
	assert.Contains(t, string(got[0].Body), strings.Split(a.Text, "\n\n")[0])
	assert.Equal(t, a.Published, got[0].Published)
	require.NotNil(t, got[1].Err)
	assert.Equal(t, pipeline.CodeUndecodable, got[1].Err.Code)
}

// TestHTMLMainText: on a page laid out like a Vietnamese news site, the
// article's paragraphs are kept and the menus, related links, comments,
// most-read box and footer are dropped.
func TestHTMLMainText(t *testing.T) {
	r, err := corpus.Open([]string{"testdata/news-page.html"}, corpus.Options{})
	require.NoError(t, err)
	got := readAll(t, r)
	require.Len(t, got, 1)
	a := got[0]
	require.Nil(t, a.Err)
	body := string(a.Body)
	for _, want := range []string{
		"Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng Lê Minh Khánh trao Huân chương Lao động hạng Nhất",
		"bảo đảm cung ứng điện cho sản xuất và sinh hoạt",
		"Bà Nguyễn Thị Thu Hà, Trưởng ban Kỹ thuật",
		"giảm tổn thất điện năng xuống còn 4,2%.",
	} {
		assert.Contains(t, body, want)
	}
	for _, boiler := range []string{"Góc nhìn", "Tin liên quan", "Giá vàng hôm nay", "mong giá điện", "Bản quyền", "Chia sẻ Facebook", "Đăng nhập"} {
		assert.NotContains(t, body, boiler)
	}
	assert.Equal(t, "2024-03-12", a.Published)
	assert.Contains(t, a.Title, "Trao Huân chương Lao động cho ngành điện lực")
	paras := strings.Split(body, "\n\n")
	assert.Len(t, paras, 5, "the lead and four paragraphs, each on its own")
	assert.True(t, strings.HasPrefix(paras[0], "Sáng 12/3, tại Hà Nội"), "the lead comes first")
}
