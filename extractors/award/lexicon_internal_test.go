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
		lx.fields, lx.games, lx.festival, lx.categories, lx.plain, g.Confer, g.Receive, g.Honorifics, g.Roles, g.Orgs,
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

// A start mask has the bit of each list whose phrases the word opens, and
// a word no list opens has none.
func TestStartMasks(t *testing.T) {
	lx := defaultLexicon
	lists := []struct {
		p   *Phrases
		bit uint8
	}{{lx.sport, startSport}, {lx.festival, startFestival}, {lx.categories, startCategory}, {lx.titles, startTitle}, {lx.types, startType}}
	n := 0
	for _, l := range lists {
		for w := range l.p.byFirst {
			assert.NotZero(t, lx.starts.get(w)&l.bit, w)
			assert.True(t, lx.startEnds.Has(w), w)
			n++
		}
	}
	assert.Positive(t, n)
	for _, w := range []string{"huân", "bằng", "nsnd", "hcv"} {
		m := lx.starts.get(w)
		for _, l := range lists {
			_, in := l.p.byFirst[w]
			assert.Equal(t, in, m&l.bit != 0, w)
		}
	}
	assert.Equal(t, uint8(startDecision), lx.starts.get("quyết"))
	for _, w := range []string{"", "xyzzy", "quyết định", "ngày"} {
		assert.Zero(t, lx.starts.get(w), w)
	}
}
