package link

import (
	"strconv"

	"github.com/vnextract/vnextract/pipeline"
)

// linkAwards makes one award per distinct award name.
func linkAwards(doc *pipeline.Document) []pipeline.Award {
	var awards []pipeline.Award
	byName := map[string]int{}
	for _, e := range doc.Entities {
		if e.Kind != pipeline.KindAward || e.Award == nil {
			continue
		}
		i, ok := byName[e.Value]
		if !ok {
			i = len(awards)
			byName[e.Value] = i
			awards = append(awards, pipeline.Award{
				ID: "a" + strconv.Itoa(i+1), Name: e.Value, Type: e.Award.Type, Class: e.Award.Class,
			})
		}
		awards[i].Mentions = append(awards[i].Mentions, e.Span)
	}
	return awards
}
