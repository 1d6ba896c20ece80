// Package brat writes records as brat standoff annotations (NAME.txt with
// the text, NAME.ann with the annotations), so extractions can be reviewed
// and corrected in the brat annotation tool or any tool that reads its
// format (INCEpTION, Doccano converters).
//
// Entities are those of the CoNLL export (conll.Entities): PERSON, RANK,
// TITLE, DATE and AWARD text-bound annotations, with AnnotatorNotes holding
// the normalized value (a date's ISO value, a title's role and organization,
// a person's full name, an award's name) and relations HasRank, Holds and
// Receives tying ranks, titles and awards to people. Offsets are code points,
// as brat counts them.
package brat

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/pipeline"
)

// Conf is the annotation.conf that makes brat accept the annotations.
const Conf = `[entities]
PERSON
RANK
TITLE
DATE
AWARD

[relations]
HasRank	Arg1:PERSON, Arg2:RANK
Holds	Arg1:PERSON, Arg2:TITLE
Receives	Arg1:PERSON, Arg2:AWARD
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
`

// WriteAnn writes the annotations of rec in brat's .ann format; the
// matching .txt is rec.Text.
func WriteAnn(w io.Writer, rec *pipeline.Record) error {
	bw := bufio.NewWriter(w)
	text := []rune(rec.Text)
	titles := map[[2]int]pipeline.RecordTitle{}
	names := map[string]string{}
	for _, p := range rec.People {
		names[p.ID] = p.Name
		for _, t := range p.Titles {
			titles[[2]int{t.Start, t.End}] = t
		}
	}
	awards := map[string]pipeline.RecordAward{}
	for _, a := range rec.Awards {
		awards[a.ID] = a
	}
	first := map[string]string{} // "TYPE ref" -> T id of its first span
	notes, rels := 0, 0
	note := func(t, s string) {
		if s = oneLine(s); s != "" {
			notes++
			fmt.Fprintf(bw, "#%d\tAnnotatorNotes %s\t%s\n", notes, t, s)
		}
	}
	var pending [][3]string // relation type, arg1 key, arg2 T id
	for i, e := range conll.Entities(rec) {
		t := fmt.Sprintf("T%d", i+1)
		fmt.Fprintf(bw, "%s\t%s %s\t%s\n", t, e.Type, fragments(text, e.Start, e.End), oneLine(string(text[e.Start:e.End])))
		key := e.Type + " " + e.Ref
		if _, ok := first[key]; !ok {
			first[key] = t
		}
		switch e.Type {
		case conll.Person:
			note(t, names[e.Ref])
		case conll.Date:
			note(t, e.Ref)
		case conll.Title:
			if ti, ok := titles[[2]int{e.Start, e.End}]; ok {
				note(t, strings.TrimSpace(ti.Role+" | "+ti.Organization))
			}
			pending = append(pending, [3]string{"Holds", conll.Person + " " + e.Ref, t})
		case conll.Rank:
			pending = append(pending, [3]string{"HasRank", conll.Person + " " + e.Ref, t})
		case conll.Award:
			a := awards[e.Ref]
			if first[key] == t {
				note(t, a.Name)
				for _, r := range a.Recipients {
					if r.Person != "" {
						pending = append(pending, [3]string{"Receives", conll.Person + " " + r.Person, t})
					}
				}
			}
		}
	}
	for _, r := range pending {
		if arg1, ok := first[r[1]]; ok {
			rels++
			fmt.Fprintf(bw, "R%d\t%s Arg1:%s Arg2:%s\n", rels, r[0], arg1, r[2])
		}
	}
	return bw.Flush()
}

// fragments writes a span as brat offsets, split where it crosses a line
// break, which brat's text-bound annotations cannot.
func fragments(text []rune, s, e int) string {
	var parts []string
	start := s
	for k := s; k <= e; k++ {
		if k == e || text[k] == '\n' {
			if start < k {
				parts = append(parts, fmt.Sprintf("%d %d", start, k))
			}
			start = k + 1
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%d %d", s, e)
	}
	return strings.Join(parts, ";")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Dir writes each record as NAME.txt and NAME.ann in a folder, NAME being
// the record id made safe for file names (and unique). It is a
// pipeline.Sink, used from one goroutine.
type Dir struct {
	path string
	used map[string]int
}

// NewDir creates the folder if needed and writes annotation.conf in it.
func NewDir(path string) (*Dir, error) {
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(path, "annotation.conf"), []byte(Conf), 0o644); err != nil {
		return nil, err
	}
	return &Dir{path: path, used: map[string]int{}}, nil
}

// Write writes rec's two files. Error records are skipped: they have no text.
func (d *Dir) Write(rec *pipeline.Record) error {
	if rec.Status != "ok" {
		return nil
	}
	name := FileName(rec.ID)
	if n := d.used[name]; n > 0 {
		d.used[name] = n + 1
		name = fmt.Sprintf("%s-%d", name, n+1)
	} else {
		d.used[name] = 1
	}
	base := filepath.Join(d.path, name)
	if err := os.WriteFile(base+".txt", []byte(rec.Text), 0o644); err != nil {
		return err
	}
	f, err := os.Create(base + ".ann")
	if err != nil {
		return err
	}
	if err := WriteAnn(f, rec); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// FileName turns a record id into a file name: path separators and other
// characters unsafe in file names become "_".
func FileName(id string) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, id)
	name = strings.TrimLeft(name, ".")
	if name == "" {
		name = "_"
	}
	return name
}
