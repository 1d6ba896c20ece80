package link

import (
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

// linkPeople merges person mentions by full name and attaches the rank and
// titles that stand right before or after each mention.
func linkPeople(doc *pipeline.Document) []pipeline.Person {
	var people []pipeline.Person
	byName := map[string]int{}
	for _, e := range doc.Entities {
		if e.Kind != pipeline.KindPerson || e.Person == nil {
			continue
		}
		key := strings.ToLower(e.Value)
		i, ok := byName[key]
		if !ok {
			i = len(people)
			byName[key] = i
			people = append(people, pipeline.Person{
				ID: "p" + strconv.Itoa(i+1), Name: e.Value,
				Family: e.Person.Family, Middle: e.Person.Middle, Given: e.Person.Given,
			})
		}
		people[i].Mentions = append(people[i].Mentions, e.Span)
	}
	return people
}
