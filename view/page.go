package view

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/pipeline"
)

//go:embed assets
var assets embed.FS

// templates parses the embedded templates once; they are package-level
// literals, so a parse error is a bug caught by every test.
var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"deref": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
	"kinds": func() []Kind { return []Kind{KindPerson, KindRank, KindTitle, KindDate, KindAward} },
}).ParseFS(assets, "assets/*.html"))

// The stylesheet and script every page inlines, read once.
var (
	styleCSS = template.CSS(asset("style.css"))
	pageJS   = template.JS(asset("page.js"))
)

func asset(name string) string {
	b, err := assets.ReadFile("assets/" + name)
	if err != nil {
		panic(err) // embedded at build time, so a missing file is a bug
	}
	return string(b)
}

// Options tune a page.
type Options struct {
	// Title of the page; when empty, the record's title or id.
	Title string
}

// Page writes one self-contained HTML page showing recs: for each record
// its normalized text with every person, rank, title, date and award
// mention highlighted, and beside it the record's people, dates and awards.
// Spans out of the text's range are listed as not shown rather than drawn.
// Page returns the first write error.
func Page(w io.Writer, recs []*pipeline.Record, opts Options) error {
	data := pageData{Title: opts.Title, CSS: styleCSS, JS: pageJS}
	for i, rec := range recs {
		data.Records = append(data.Records, newRecordView(rec, fmt.Sprintf("r%d-", i)))
	}
	if data.Title == "" {
		data.Title = "vnextract view"
		if len(recs) == 1 {
			data.Title = recordTitle(recs[0])
		}
	}
	return templates.ExecuteTemplate(w, "page.html", data)
}

func recordTitle(rec *pipeline.Record) string {
	if rec.Title != nil && *rec.Title != "" {
		return *rec.Title
	}
	return rec.ID
}

type pageData struct {
	Title   string
	CSS     template.CSS
	JS      template.JS
	Records []*recordView
}

type recordView struct {
	Rec     *pipeline.Record
	Anchor  string // id of the record's section
	Heading string
	Text    template.HTML
	Counts  []kindTally
	Dropped []Mark
	People  []personView
	Dates   []dateView
	Awards  []awardView
}

type kindTally struct {
	Kind Kind
	N    int
}

type personView struct {
	Ref    string
	P      *pipeline.RecordPerson
	Awards []refName // awards the person receives
}

type dateView struct {
	Ref string
	D   *pipeline.RecordDate
}

type awardView struct {
	Ref         string
	A           *pipeline.RecordAward
	PresentedBy []refName
	Recipients  []recipientView
}

// refName is a name with the anchor of its card ("" when it has none).
type refName struct {
	Ref, Name string
}

type recipientView struct {
	refName
	Organization string
	Titles       []string
}

func newRecordView(rec *pipeline.Record, prefix string) *recordView {
	v := &recordView{Rec: rec, Anchor: strings.TrimSuffix(prefix, "-"), Heading: recordTitle(rec)}
	marks := Marks(rec, prefix)
	v.Text, v.Dropped = Highlight(rec.Text, marks)
	var counts [kindCount]int
	for _, m := range marks {
		counts[m.Kind]++
	}
	for _, m := range v.Dropped {
		counts[m.Kind]--
	}
	for k, n := range counts {
		v.Counts = append(v.Counts, kindTally{Kind(k), n})
	}

	names := map[string]string{}
	for i := range rec.People {
		p := &rec.People[i]
		names[p.ID] = p.Name
	}
	person := func(id string) refName {
		if n, ok := names[id]; ok {
			return refName{Ref: prefix + id, Name: n}
		}
		return refName{Name: id}
	}
	received := map[string][]refName{}
	for i := range rec.Awards {
		a := &rec.Awards[i]
		av := awardView{Ref: prefix + a.ID, A: a}
		for _, id := range a.PresentedBy {
			av.PresentedBy = append(av.PresentedBy, person(id))
		}
		for _, r := range a.Recipients {
			rv := recipientView{Organization: r.Organization, Titles: r.Titles}
			if r.Person != "" {
				rv.refName = person(r.Person)
				received[r.Person] = append(received[r.Person], refName{Ref: av.Ref, Name: a.Name})
			}
			if r.Name != "" {
				rv.Name = r.Name
			}
			av.Recipients = append(av.Recipients, rv)
		}
		v.Awards = append(v.Awards, av)
	}
	for i := range rec.People {
		p := &rec.People[i]
		v.People = append(v.People, personView{Ref: prefix + p.ID, P: p, Awards: received[p.ID]})
	}
	for i := range rec.Dates {
		v.Dates = append(v.Dates, dateView{Ref: prefix + dateID(i), D: &rec.Dates[i]})
	}
	return v
}
