// Package conll converts records to CoNLL-2003-style BIO files and reads
// such files back, so extractions can be corrected in annotation tools and
// scored against hand-tagged gold.
//
// A file holds documents, each opened by a "-DOCSTART- -X- -X- O" line;
// sentences are separated by blank lines; each token line has four columns,
// "token _ _ TAG", where TAG is O or B-TYPE / I-TYPE with TYPE one of
// PERSON, RANK, TITLE, DATE, AWARD. Tokens are Vietnamese syllables (the
// text split at white space) with punctuation split off their ends.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/vnextract/vnextract/pipeline"
)

// The entity types a record is tagged with.
const (
	Person = "PERSON"
	Rank   = "RANK"
	Title  = "TITLE"
	Date   = "DATE"
	Award  = "AWARD"
)

// DocStart is the line that opens a document.
const DocStart = "-DOCSTART- -X- -X- O"

// Token is one token and its BIO tag. Start and End are code-point offsets
// into the record text for tokens made by FromRecord, and -1 for tokens read
// from a file.
type Token struct {
	Text       string
	Tag        string
	Start, End int
}

// Sentence is a run of tokens.
type Sentence []Token

// Document is the tokens of one article.
type Document struct {
	ID        string // the record id; empty for documents read from a file
	Sentences []Sentence
}

// Entity is a typed span of text in code points, as the tagger sees a record.
type Entity struct {
	Type       string
	Start, End int
	// Ref is the record's id of what the span belongs to: the person id
	// for PERSON, RANK and TITLE, the award id for AWARD, the value for DATE.
	Ref string
}

// Entities lists the typed spans of rec, in text order and without
// overlaps: person mentions are split into RANK and PERSON where the mention
// starts with the person's rank ("Thượng tướng Tô Lâm"); where spans
// overlap the earlier, then the longer, wins.
func Entities(rec *pipeline.Record) []Entity {
	var ents []Entity
	text := []rune(rec.Text)
	valid := func(s, e int) bool { return 0 <= s && s < e && e <= len(text) }
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			if !valid(m.Start, m.End) {
				continue
			}
			s := m.Start
			if p.Rank != nil {
				r := []rune(*p.Rank)
				if n := len(r); s+n < m.End && strings.EqualFold(string(text[s:s+n]), *p.Rank) && unicode.IsSpace(text[s+n]) {
					ents = append(ents, Entity{Rank, s, s + n, p.ID})
					s += n
					for s < m.End && unicode.IsSpace(text[s]) {
						s++
					}
				}
			}
			ents = append(ents, Entity{Person, s, m.End, p.ID})
		}
		for _, t := range p.Titles {
			if valid(t.Start, t.End) {
				ents = append(ents, Entity{Title, t.Start, t.End, p.ID})
			}
		}
	}
	for _, d := range rec.Dates {
		if valid(d.Start, d.End) {
			ents = append(ents, Entity{Date, d.Start, d.End, d.Value})
		}
	}
	for _, a := range rec.Awards {
		for _, m := range a.Mentions {
			if valid(m.Start, m.End) {
				ents = append(ents, Entity{Award, m.Start, m.End, a.ID})
			}
		}
	}
	slices.SortStableFunc(ents, func(a, b Entity) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := ents[:0]
	end := 0
	for _, e := range ents {
		if e.Start >= end {
			out = append(out, e)
			end = e.End
		}
	}
	return out
}

// edgePunct is split off the ends of a white-space token.
const edgePunct = `.,;:!?()[]{}"“”‘’'«»…`

// sentenceEnd ends a sentence when it stands alone outside an entity.
const sentenceEnd = ".!?…"

// FromRecord tokenizes rec's text and tags each token with the entity it
// falls in. Token boundaries also fall at entity edges, so every entity is
// a whole number of tokens.
func FromRecord(rec *pipeline.Record) Document {
	text := []rune(rec.Text)
	ents := Entities(rec)
	// cut marks positions where a token must end.
	cut := make(map[int]bool, 2*len(ents))
	for _, e := range ents {
		cut[e.Start], cut[e.End] = true, true
	}
	doc := Document{ID: rec.ID}
	var sent Sentence
	flush := func() {
		if len(sent) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = nil
		}
	}
	ei := 0
	tag := func(s, e int) string {
		for ei < len(ents) && ents[ei].End <= s {
			ei++
		}
		if ei < len(ents) && ents[ei].Start <= s && e <= ents[ei].End {
			if ents[ei].Start == s {
				return "B-" + ents[ei].Type
			}
			return "I-" + ents[ei].Type
		}
		return "O"
	}
	emit := func(s, e int) {
		tg := tag(s, e)
		if len(sent) > 0 && (tg == "O" || tg[0] == 'B') {
			// a sentence ends after a lone ".", "!", "?" outside entities
			// when the next token starts a new sentence
			if prev := sent[len(sent)-1:]; len(prev) == 1 && prev[0].Tag == "O" &&
				strings.Contains(sentenceEnd, prev[0].Text) && startsSentence(text[s]) {
				flush()
			}
		}
		sent = append(sent, Token{Text: string(text[s:e]), Tag: tg, Start: s, End: e})
	}
	for i := 0; i < len(text); {
		if unicode.IsSpace(text[i]) {
			j := i
			for j < len(text) && unicode.IsSpace(text[j]) {
				j++
			}
			if slices.Contains(text[i:j], '\n') {
				flush()
			}
			i = j
			continue
		}
		j := i
		for j < len(text) && !unicode.IsSpace(text[j]) {
			j++
		}
		splitWord(text, i, j, cut, emit)
		i = j
	}
	flush()
	return doc
}

// splitWord emits the tokens of the white-space word text[s:e]: edge
// punctuation one character at a time (it never straddles an entity edge),
// the rest cut at entity edges.
func splitWord(text []rune, s, e int, cut map[int]bool, emit func(s, e int)) {
	lead := s
	for lead < e && strings.ContainsRune(edgePunct, text[lead]) {
		lead++
	}
	trail := e
	for trail > lead && strings.ContainsRune(edgePunct, text[trail-1]) {
		trail--
	}
	for k := s; k < lead; k++ {
		emit(k, k+1)
	}
	start := lead
	for k := lead + 1; k <= trail; k++ {
		if k == trail || cut[k] {
			if start < k {
				emit(start, k)
			}
			start = k
		}
	}
	for k := trail; k < e; k++ {
		emit(k, k+1)
	}
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'(«-–—`, r)
}

// Writer writes records as CoNLL documents. It is a pipeline.Sink; call
// Flush at the end.
type Writer struct {
	w *bufio.Writer
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriterSize(w, 64<<10)} }

// Write writes rec as one document. Error records give an empty document,
// so documents stay aligned with the records.
func (w *Writer) Write(rec *pipeline.Record) error {
	return w.WriteDocument(FromRecord(rec))
}

// WriteDocument writes one document.
func (w *Writer) WriteDocument(doc Document) error {
	w.w.WriteString(DocStart + "\n\n")
	for _, s := range doc.Sentences {
		for _, t := range s {
			w.w.WriteString(t.Text)
			w.w.WriteString(" _ _ ")
			w.w.WriteString(t.Tag)
			w.w.WriteByte('\n')
		}
		if err := w.w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes buffered data to the underlying writer.
func (w *Writer) Flush() error { return w.w.Flush() }

// ParseError is a malformed line of a CoNLL file.
type ParseError struct {
	Line int // 1-based
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("conll: line %d: %s", e.Line, e.Msg) }

// Read parses a CoNLL/BIO file: tokens in the first column and tags in the
// last, blank lines between sentences, "-DOCSTART-" lines between
// documents. A file without -DOCSTART- lines is one document. Tags are O or
// B-, I-, E-, S- followed by a type (IOB1, IOB2 and IOBES all read).
// Malformed lines give a *ParseError.
func Read(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var docs []Document
	var cur *Document
	var sent Sentence
	endSentence := func() {
		if len(sent) > 0 {
			if cur == nil {
				docs = append(docs, Document{})
				cur = &docs[len(docs)-1]
			}
			cur.Sentences = append(cur.Sentences, sent)
			sent = nil
		}
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			endSentence()
			continue
		case fields[0] == "-DOCSTART-":
			endSentence()
			docs = append(docs, Document{})
			cur = &docs[len(docs)-1]
			continue
		case len(fields) < 2:
			return nil, &ParseError{n, fmt.Sprintf("want a token and a tag, got %q", line)}
		}
		tag := fields[len(fields)-1]
		if err := checkTag(tag); err != "" {
			return nil, &ParseError{n, err}
		}
		sent = append(sent, Token{Text: fields[0], Tag: tag, Start: -1, End: -1})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endSentence()
	return docs, nil
}

func checkTag(tag string) string {
	if tag == "O" {
		return ""
	}
	if len(tag) < 3 || tag[1] != '-' || !strings.ContainsRune("BIES", rune(tag[0])) {
		return fmt.Sprintf("tag %q is not O, B-TYPE, I-TYPE, E-TYPE or S-TYPE", tag)
	}
	return ""
}

// Chunk is a typed run of tokens [Start, End) in a sentence.
type Chunk struct {
	Type       string
	Start, End int
}

// Chunks returns the entities of a sentence the way conlleval reads tags:
// a chunk starts at B or S, or at I or E that does not continue a chunk
// of the same type; it ends before O, B or S, after E or S, and where the
// type changes.
func Chunks(s Sentence) []Chunk {
	var out []Chunk
	open := -1
	prevPrefix, prevType := byte('O'), ""
	for i, t := range s {
		prefix, typ := byte('O'), ""
		if t.Tag != "O" && len(t.Tag) > 2 {
			prefix, typ = t.Tag[0], t.Tag[2:]
		}
		ends := open >= 0 && (prevPrefix == 'E' || prevPrefix == 'S' ||
			prefix == 'O' || prefix == 'B' || prefix == 'S' || typ != prevType)
		if ends {
			out = append(out, Chunk{prevType, open, i})
			open = -1
		}
		if prefix != 'O' && open < 0 {
			open = i
		}
		prevPrefix, prevType = prefix, typ
	}
	if open >= 0 {
		out = append(out, Chunk{prevType, open, len(s)})
	}
	return out
}
