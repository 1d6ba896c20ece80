// Package rank finds police, military and naval ranks (cấp bậc hàm, quân
// hàm) in Vietnamese news text, in any letter case and tone placement, and
// gives each its canonical form ("trung uý" → "Trung úy"). In a promotion
// ("thăng cấp bậc hàm từ Đại tá lên Thiếu tướng") only the new rank is
// reported.
package rank

import (
	"context"
	"encoding/json"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// Name is the extractor's registry name.
const Name = "rank"

// Config configures the extractor; the zero value is the default.
type Config struct {
	// KeepOld also reports the old rank of a promotion ("từ Đại tá").
	KeepOld bool `json:"keep_old"`
}

// Extractor finds rank mentions. It is safe for concurrent use.
type Extractor struct{ cfg Config }

// New returns an Extractor for cfg.
func New(cfg Config) (*Extractor, error) { return &Extractor{cfg: cfg}, nil }

// Factory builds an Extractor from JSON configuration (empty for defaults).
func Factory(raw json.RawMessage) (pipeline.Extractor, error) {
	return pipeline.FactoryOf(New)(raw)
}

// Name returns Name.
func (x *Extractor) Name() string { return Name }

// Extract returns the rank mentions of doc.
func (x *Extractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	text := doc.Text
	toks := scan.Document(doc)
	var out []pipeline.Entity
	// Most tokens open no rank: the tokens lex.Starts lets through are
	// all that firstWords may, with award's start words, found in one
	// pass the two extractors share.
	next := 0 // the first token after the last rank read
	for _, i := range lex.Starts.Hits(doc) {
		if i < next || toks[i].Kind != scan.Word || !firstWords.Has(toks[i].Lower) {
			continue
		}
		n, v := lex.Ranks.Match(text, toks, i)
		if n == 0 {
			continue
		}
		next = i + n
		// "từ Đại tá lên Thiếu tướng": the rank left behind is history.
		if !x.cfg.KeepOld && i > 0 && toks[i-1].Lower == "từ" && i+n < len(toks) && toks[i+n].Lower == "lên" {
			if m, _ := lex.Ranks.Match(text, toks, i+n+1); m > 0 {
				continue
			}
		}
		sp := pipeline.Span{Start: toks[i].Start, End: toks[i+n-1].End}
		out = append(out, pipeline.Entity{
			Kind: pipeline.KindRank, Span: sp, Text: sp.Of(text), Value: v, Source: Name,
		})
	}
	return out, ctx.Err()
}

// firstWords holds the first word of every rank, in every spelling
// lex.Ranks matches.
var firstWords = func() (f lex.WordFilter) {
	lex.Ranks.Heads(func(w string, _ bool, _ []string) {
		f.Add(w)
		lex.Starts.Add(w)
	})
	return f
}()
