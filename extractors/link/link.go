// Package link turns the mentions the extractors found into the record's
// people and awards: it attaches ranks and titles to the right person,
// merges every mention of one person, and gathers each award's recipients,
// presenters, decision and date.
package link

import (
	"context"

	"github.com/vnextract/vnextract/pipeline"
)

// Name is the linker's name in warnings.
const Name = "link"

// Linker builds doc.People and doc.Awards from doc.Entities. It is safe for
// concurrent use.
type Linker struct{}

// New returns a Linker.
func New() *Linker { return &Linker{} }

// Link fills doc.Byline, doc.People and doc.Awards. People come first:
// award recipients and presenters refer to them by id.
func (l *Linker) Link(ctx context.Context, doc *pipeline.Document) error {
	linkByline(doc)
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.People = linkPeople(doc)
	if err := ctx.Err(); err != nil {
		return err
	}
	doc.Awards = linkAwards(doc)
	return nil
}

func linkByline(doc *pipeline.Document) {
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Kind == pipeline.KindByline {
			doc.Byline = e.Value
			return
		}
	}
}
