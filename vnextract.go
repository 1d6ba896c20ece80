// Package vnextract turns Vietnamese news articles into structured records:
// people (with family, middle and given names), their police, military or
// naval ranks, their titles, every date expression, and award lists.
//
// This package is the short way in. For finer control use the packages
// behind it: pipeline (document model, Run), pipeline/normalize (text
// normalization), extractors (the built-in extractors), corpus (sources and
// sinks).
package vnextract

import (
	"context"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

// Normalize returns the canonical form of Vietnamese text: NFC, one
// tone-mark placement, no invisible characters, single spaces.
func Normalize(s string) string { return normalize.String(s) }

// Extractor runs every built-in extractor. It is safe for concurrent use.
type Extractor struct{ p *pipeline.Processor }

// New returns an Extractor with the default configuration.
func New() (*Extractor, error) {
	p, err := extractors.NewProcessor(pipeline.Config{}, nil)
	if err != nil {
		return nil, err
	}
	return &Extractor{p: p}, nil
}

// Extract returns the vnextract/v1 record of one article. Problems with the
// article itself give a record with status "error"; the returned error is
// only ctx's.
func (x *Extractor) Extract(ctx context.Context, a *pipeline.Article) (*pipeline.Record, error) {
	return x.p.Process(ctx, a)
}

// ExtractText is Extract for an article given as text.
func (x *Extractor) ExtractText(ctx context.Context, id, text string) (*pipeline.Record, error) {
	return x.p.Process(ctx, &pipeline.Article{ID: id, Body: []byte(text)})
}

// Run reads every article of src and writes one record per article to
// sink, in input order, with up to workers articles in flight.
func (x *Extractor) Run(ctx context.Context, src pipeline.Source, sink pipeline.Sink, workers int) error {
	return pipeline.Run(ctx, src, sink, workers, x.p)
}
