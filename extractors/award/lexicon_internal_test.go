package award

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The open-addressing index of Phrases finds every first word, and only
// those.
func TestPhrasesIndex(t *testing.T) {
	lx, g := defaultLexicon, defaultGrammar
	sets := []*Phrases{lx.types, lx.sport, lx.titles, lx.classes, lx.stops, lx.issuers, lx.tournaments,
		lx.fields, lx.games, lx.festival, lx.categories, lx.starts, g.Confer, g.Receive, g.Honorifics, g.Roles, g.Orgs,
		g.ListStops, g.NotVerbs, g.OrgStops, g.Events, g.OrgJoins, g.Wishes}
	for _, p := range lx.names {
		sets = append(sets, p)
	}
	for _, p := range sets {
		for w, list := range p.byFirst {
			got, ok := p.phrases(w, sigHash(w))
			assert.True(t, ok, w)
			assert.Equal(t, list, got, w)
			assert.True(t, p.first(w), w)
		}
		for _, w := range []string{"", "xyzzy", "huân chương", "0"} {
			if _, in := p.byFirst[w]; !in {
				assert.False(t, p.first(w), w)
			}
		}
	}
	assert.True(t, lx.mayStart("quyết"))
	assert.False(t, lx.mayStart("xyzzy"))
}
