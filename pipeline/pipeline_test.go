package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
)

// wordFinder reports every occurrence of its word as a rank, so tests can
// see what ran on which document.
type wordFinder struct {
	word  string
	panic bool
	err   error
}

func (w wordFinder) Name() string { return "word:" + w.word }

func (w wordFinder) Extract(_ context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	if w.panic && strings.Contains(doc.Text, "PANIC") {
		panic("boom")
	}
	var out []pipeline.Entity
	for i := 0; ; {
		j := strings.Index(doc.Text[i:], w.word)
		if j < 0 {
			break
		}
		s := pipeline.Span{Start: i + j, End: i + j + len(w.word)}
		out = append(out, pipeline.Entity{Kind: pipeline.KindRank, Span: s, Text: s.Of(doc.Text), Value: w.word, Source: w.Name()})
		i = s.End
	}
	return out, w.err
}

// sliceSource yields fixed articles.
type sliceSource struct {
	as []*pipeline.Article
	i  int
}

func (s *sliceSource) Next(ctx context.Context) (*pipeline.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if s.i == len(s.as) {
		return nil, io.EOF
	}
	s.i++
	return s.as[s.i-1], nil
}

// bufSink encodes records as JSON Lines.
type bufSink struct {
	buf   bytes.Buffer
	n     int
	after func(n int)
}

func (b *bufSink) Write(r *pipeline.Record) error {
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	b.buf.Write(line)
	b.buf.WriteByte('\n')
	b.n++
	if b.after != nil {
		b.after(b.n)
	}
	return nil
}

func articles(n int) []*pipeline.Article {
	as := make([]*pipeline.Article, n)
	for i := range as {
		body := fmt.Sprintf("Bài %d: Đại tá Nguyễn Văn A và Thiếu tá B dự lễ.", i)
		switch i % 7 {
		case 3:
			body = ""
		case 5:
			body = "\xff\xfe\xfd không phải UTF-8 \x80"
		}
		as[i] = &pipeline.Article{ID: fmt.Sprint("a", i), Body: []byte(body)}
	}
	return as
}

func TestRunOrderedAndDeterministic(t *testing.T) {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{wordFinder{word: "Đại tá"}, wordFinder{word: "Thiếu tá"}}}
	var want []byte
	for _, workers := range []int{1, 2, 3, 8, 32} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			sink := &bufSink{}
			err := pipeline.Run(context.Background(), &sliceSource{as: articles(200)}, sink, workers, p)
			require.NoError(t, err)
			assert.Equal(t, 200, sink.n, "one record per article")
			if want == nil {
				want = bytes.Clone(sink.buf.Bytes())
				return
			}
			assert.Equal(t, string(want), sink.buf.String(), "same bytes for any worker count")
		})
	}
	lines := strings.Split(strings.TrimSpace(string(want)), "\n")
	for i, l := range lines {
		var r pipeline.Record
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		assert.Equal(t, fmt.Sprint("a", i), r.ID, "input order")
	}
}

func TestProcessBadInputBecomesErrorRecord(t *testing.T) {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{wordFinder{word: "x", panic: true}}}
	tests := []struct {
		name string
		a    pipeline.Article
		code pipeline.ErrorCode
	}{
		{"empty", pipeline.Article{ID: "e", Body: nil}, pipeline.CodeEmpty},
		{"only spaces", pipeline.Article{ID: "s", Body: []byte(" \n\t\u00a0 ")}, pipeline.CodeEmpty},
		{"invalid UTF-8", pipeline.Article{ID: "u", Body: []byte("\xff\xfe\xfd\x80\x81 abc")}, pipeline.CodeInvalidUTF8},
		{"source error kept", pipeline.Article{ID: "j", Err: &pipeline.Error{Code: pipeline.CodeBadJSON, Message: "x"}}, pipeline.CodeBadJSON},
		{"extractor panic", pipeline.Article{ID: "p", Body: []byte("PANIC")}, pipeline.CodeInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := p.Process(context.Background(), &tt.a)
			require.NoError(t, err)
			assert.Equal(t, "error", rec.Status)
			require.NotNil(t, rec.Error)
			assert.Equal(t, tt.code, rec.Error.Code)
			assert.NotEmpty(t, rec.Error.Message)
			assert.Equal(t, tt.a.ID, rec.ID)
			assert.NotNil(t, rec.People)
		})
	}
}

func TestExtractorErrorIsAWarning(t *testing.T) {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{wordFinder{word: "tá", err: errors.New("half done")}}}
	rec, err := p.Process(context.Background(), &pipeline.Article{ID: "w", Body: []byte("Đại tá")})
	require.NoError(t, err)
	assert.Equal(t, "ok", rec.Status)
	assert.Equal(t, []string{"word:tá: half done"}, rec.Warnings)
}

func TestRunStopsOnCancelWithWholeRecords(t *testing.T) {
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{wordFinder{word: "Đại tá"}}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sink := &bufSink{after: func(n int) {
		if n == 10 {
			cancel()
		}
	}}
	err := pipeline.Run(ctx, &sliceSource{as: articles(1000)}, sink, 4, p)
	require.ErrorIs(t, err, context.Canceled)
	assert.GreaterOrEqual(t, sink.n, 10)
	assert.Less(t, sink.n, 1000)
	for _, l := range strings.Split(strings.TrimSpace(sink.buf.String()), "\n") {
		assert.True(t, json.Valid([]byte(l)), "every written line is a whole record")
	}
}

type failingSink struct{ after int }

func (f *failingSink) Write(*pipeline.Record) error {
	f.after--
	if f.after < 0 {
		return errors.New("disk full")
	}
	return nil
}

func TestRunReturnsSinkError(t *testing.T) {
	p := &pipeline.Processor{}
	err := pipeline.Run(context.Background(), &sliceSource{as: articles(100)}, &failingSink{after: 5}, 2, p)
	require.EqualError(t, err, "disk full")
}

func TestRegistry(t *testing.T) {
	r := pipeline.NewRegistry()
	f := func(raw json.RawMessage) (pipeline.Extractor, error) {
		var cfg struct{ Word string }
		if err := json.Unmarshal(raw, &cfg); err != nil {
			return nil, err
		}
		return wordFinder{word: cfg.Word}, nil
	}
	require.NoError(t, r.Register("word", f))
	assert.ErrorIs(t, r.Register("word", f), pipeline.ErrDuplicate)
	_, err := r.New("nope", nil)
	assert.ErrorIs(t, err, pipeline.ErrUnknown)
	xs, err := r.Build(pipeline.Config{Extractors: []pipeline.StageConfig{{Name: "word", Config: json.RawMessage(`{"Word":"tá"}`)}}})
	require.NoError(t, err)
	require.Len(t, xs, 1)
	assert.Equal(t, "word:tá", xs[0].Name())
	assert.Equal(t, []string{"word"}, r.Names())
}

func TestKindText(t *testing.T) {
	for k := pipeline.KindUnknown; k <= pipeline.KindDecision; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back pipeline.Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
		assert.Equal(t, string(b), k.String())
	}
	var k pipeline.Kind
	assert.Error(t, k.UnmarshalText([]byte("nonsense")))
	_, err := pipeline.Kind(200).MarshalText()
	assert.Error(t, err)
}

func TestGrainText(t *testing.T) {
	for g := pipeline.GrainDay; g <= pipeline.GrainDecade; g++ {
		b, err := g.MarshalText()
		require.NoError(t, err)
		var back pipeline.Grain
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, g, back)
	}
	var g pipeline.Grain
	assert.Error(t, g.UnmarshalText([]byte("week")))
}

func TestProcessNormalizesTitle(t *testing.T) {
	p := &pipeline.Processor{}
	rec, err := p.Process(context.Background(), &pipeline.Article{ID: "t", Title: "Hoà  bình\u200b", Body: []byte("Nội dung.")})
	require.NoError(t, err)
	require.NotNil(t, rec.Title)
	assert.Equal(t, "Hòa bình", *rec.Title)
}

func TestDocumentMemo(t *testing.T) {
	type key struct{}
	d := &pipeline.Document{Text: "Đại tá"}
	calls := 0
	f := func() any { calls++; return len(d.Text) }
	assert.Equal(t, 10, d.Memo(key{}, f))
	assert.Equal(t, 10, d.Memo(key{}, f))
	assert.Equal(t, 1, calls, "computed once per document")
	type other struct{}
	assert.Equal(t, "x", (&pipeline.Document{}).Memo(other{}, func() any { return "x" }), "another key, another document")
}

func TestFactoryOf(t *testing.T) {
	type cfg struct {
		Word string `json:"word"`
	}
	newFn := func(c cfg) (*wordFinder, error) {
		if c.Word == "bad" {
			return nil, errors.New("bad word")
		}
		return &wordFinder{word: c.Word}, nil
	}
	f := pipeline.FactoryOf(newFn)
	x, err := f(nil)
	require.NoError(t, err)
	assert.Equal(t, "word:", x.Name(), "no config: the zero Config")
	x, err = f(json.RawMessage(`{"word":"tá","other":1}`))
	require.NoError(t, err)
	assert.Equal(t, "word:tá", x.Name())
	_, err = f(json.RawMessage(`{"word":`))
	assert.Error(t, err)
	x, err = f(json.RawMessage(`{"word":"bad"}`))
	assert.EqualError(t, err, "bad word")
	assert.Nil(t, x, "a failed New gives a nil interface, not a typed nil")
}
