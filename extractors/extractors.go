// Package extractors lists vnextract's built-in extractors and builds the
// default processor: normalize, extract, link.
package extractors

import (
	"github.com/vnextract/vnextract/extractors/award"
	"github.com/vnextract/vnextract/extractors/byline"
	"github.com/vnextract/vnextract/extractors/date"
	"github.com/vnextract/vnextract/extractors/link"
	"github.com/vnextract/vnextract/extractors/person"
	"github.com/vnextract/vnextract/extractors/rank"
	"github.com/vnextract/vnextract/extractors/title"
	"github.com/vnextract/vnextract/pipeline"
)

// Register adds every built-in extractor to r, in the order they run by
// default. Adding an extractor is one line here.
func Register(r *pipeline.Registry) error {
	for _, x := range []struct {
		name string
		f    pipeline.Factory
	}{
		{byline.Name, byline.Factory},
		{rank.Name, rank.Factory},
		{title.Name, title.Factory},
		{person.Name, person.Factory},
		{date.Name, date.Factory},
		{award.Name, award.Factory},
	} {
		if err := r.Register(x.name, x.f); err != nil {
			return err
		}
	}
	return nil
}

// NewProcessor builds a Processor with the extractors cfg lists (every
// built-in when cfg lists none), the linker and n (normalize.Default when nil).
func NewProcessor(cfg pipeline.Config, n pipeline.Normalizer) (*pipeline.Processor, error) {
	r := pipeline.NewRegistry()
	if err := Register(r); err != nil {
		return nil, err
	}
	xs, err := r.Build(cfg)
	if err != nil {
		return nil, err
	}
	return &pipeline.Processor{Extractors: xs, Linker: link.New(), Normalizer: n}, nil
}
