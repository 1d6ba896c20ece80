// Package byline finds the article's author line ("Trần Xuân", "Nhật
// Minh/VOV.VN", "DƯƠNG QUANG") at the end of the text, where Vietnamese news
// sites print it, so that the author is reported as the byline and not as
// a person of the story.
package byline

import (
	"context"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/pipeline"
)

// Name is the extractor's registry name.
const Name = "byline"

// Config configures the extractor; the zero value is the default.
type Config struct {
	// MaxWords is the longest author name in syllables (default 6, enough
	// for "Võ Văn Thành - Bá Đô").
	MaxWords int `json:"max_words"`
}

// Extractor finds the byline. It is safe for concurrent use.
type Extractor struct{ cfg Config }

// New returns an Extractor for cfg.
func New(cfg Config) (*Extractor, error) {
	if cfg.MaxWords <= 0 {
		cfg.MaxWords = 6
	}
	return &Extractor{cfg: cfg}, nil
}

// Factory builds an Extractor from JSON configuration (empty for defaults).
func Factory(raw json.RawMessage) (pipeline.Extractor, error) {
	return pipeline.FactoryOf(New)(raw)
}

// Name returns Name.
func (x *Extractor) Name() string { return Name }

// Extract returns at most one KindByline entity: its Span covers the whole
// author line (with agency and "(tổng hợp)" notes) and its Value is the
// author's name alone.
func (x *Extractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	text := doc.Text
	n := len(doc.Sentences)
	if n < 2 {
		return nil, nil
	}
	// The author line is the last sentence, or the tail of the last
	// sentence when the site glued it on without a period, or it is
	// followed by one photo caption.
	for _, i := range []int{n - 1, n - 2} {
		s := doc.Sentences[i]
		if sp, name, ok := x.find(text, s, i == n-1); ok {
			return []pipeline.Entity{{
				Kind: pipeline.KindByline, Span: sp, Text: sp.Of(text), Value: name, Source: Name,
			}}, nil
		}
	}
	if sp, name, ok := x.top(doc); ok {
		return []pipeline.Entity{{
			Kind: pipeline.KindByline, Span: sp, Text: sp.Of(text), Value: name, Source: Name,
		}}, nil
	}
	return nil, nil
}

// top finds the author line some sites print under the headline, a
// paragraph of its own: "Khen thưởng ...\n\nHoàng Lâm\n\nChiều 19/3, ...".
// The headline is the text's first paragraph unless the article's title
// came apart from it. A place there is a dateline, and a name the story
// goes on to name is its subject, not its author.
func (x *Extractor) top(doc *pipeline.Document) (pipeline.Span, string, bool) {
	ps, text := doc.Paragraphs, doc.Text
	i := 1
	if doc.Title != "" && len(ps) > 0 && strings.TrimSpace(ps[0].Of(text)) != strings.TrimSpace(doc.Title) {
		i = 0
	}
	if i+1 >= len(ps) {
		return pipeline.Span{}, "", false
	}
	p := ps[i]
	if strings.ContainsRune(p.Of(text), '\n') {
		return pipeline.Span{}, "", false
	}
	name, ok := x.authorName(text, p)
	if !ok || lex.Places.Has(name) || strings.Contains(text[p.End:], name) {
		return pipeline.Span{}, "", false
	}
	return p, name, true
}

// find looks for an author line at the start of sentence s (then a caption
// follows) or as the whole of s.
func (x *Extractor) find(text string, s pipeline.Span, last bool) (pipeline.Span, string, bool) {
	// The caption test below reads no word past MaxWords+4: the words of
	// a long last sentence beyond them are never split off.
	words := splitWords(text, s, x.cfg.MaxWords+4)
	if len(words) == 0 {
		return pipeline.Span{}, "", false
	}
	// Whole sentence: "Hồng Quý", "CTV Nhật Minh/VOV.VN", "(Tổng hợp) Duy Ngọc",
	// "Công Danh (tổng hợp theo TTXVN, Quốc tế)".
	if last {
		if name, ok := x.authorName(text, s); ok {
			return s, name, true
		}
	}
	// Author name followed by a photo caption that starts with a rank, a
	// title or a form of address: "Hoàng Thuỳ Thượng tướng Trương Quang Khánh."
	for k := 2; k <= x.cfg.MaxWords+1 && k < len(words); k++ {
		if !allCapitalized(text, words[:k]) || !captionStart(text, words[k:]) {
			continue
		}
		// "Ông Hà Văn Cường - Giám đốc Sở Y tế - cho biết": a person
		// introduced with a form of address and a dashed apposition is
		// the story's, not its author.
		if first := words[0].Of(text); first == "Ông" || first == "Bà" || isDash(words[k-1].Of(text)) {
			continue
		}
		sp := pipeline.Span{Start: words[0].Start, End: words[k-1].End}
		if name, ok := x.authorName(text, sp); ok {
			return sp, name, true
		}
	}
	return pipeline.Span{}, "", false
}

// credits open an author line with what the author made; a photo credit
// alone ("Ảnh: ...") names no author of the story.
var credits = []string{"Bài và ảnh:", "Bài, ảnh:", "Bài và ảnh :", "Bài:", "Tin và ảnh:", "Tin, ảnh:", "Tin:"}

// authorName cleans an author line and reports whether it looks like one:
// 2 to MaxWords capitalized syllables, no sentence punctuation.
func (x *Extractor) authorName(text string, s pipeline.Span) (string, bool) {
	line := s.Of(text)
	// "Bài và ảnh: Quang Vinh", "Tin, ảnh: Văn Tuấn - Ngọc Quang": the
	// credit before the colon names what the author made.
	for _, p := range credits {
		if rest, ok := strings.CutPrefix(line, p); ok {
			line = strings.TrimLeft(rest, " ")
			break
		}
	}
	if strings.ContainsAny(line, ".,;:!?\"“”") && !strings.Contains(line, "/") && !strings.Contains(line, "(") {
		return "", false
	}
	// Drop notes in brackets and agency suffixes.
	for {
		i := strings.IndexByte(line, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(line[i:], ')')
		if j < 0 {
			line = line[:i]
			break
		}
		line = line[:i] + " " + line[i+j+1:]
	}
	if i := strings.IndexByte(line, '/'); i >= 0 {
		line = line[:i]
	}
	line = strings.Join(strings.Fields(line), " ")
	for _, p := range []string{"CTV ", "PV ", "Theo ", "Nhóm PV ", "Nhóm phóng viên "} {
		line = strings.TrimPrefix(line, p)
	}
	if strings.ContainsAny(line, ".,;:!?\"“”") {
		return "", false
	}
	fields := strings.Fields(line)
	syllables := 0
	for _, f := range fields {
		if f == "-" || f == "–" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return "", false
		}
		syllables++
	}
	if syllables < 2 || syllables > x.cfg.MaxWords {
		return "", false
	}
	return line, true
}

// splitWords splits s at white space and returns its first limit words
// (all of them when it has fewer).
func splitWords(text string, s pipeline.Span, limit int) []pipeline.Span {
	out := make([]pipeline.Span, 0, min(limit, 16))
	start := -1
	for i := s.Start; i < s.End; {
		space, n := spaceAt(text, i)
		if space {
			if start >= 0 {
				out = append(out, pipeline.Span{Start: start, End: i})
				if len(out) == limit {
					return out
				}
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		out = append(out, pipeline.Span{Start: start, End: s.End})
	}
	return out
}

// spaceAt reports whether the rune at text[i] is white space, and its
// length. ASCII and the letters of Vietnamese (all below U+1680, the
// first space outside Latin-1) need no look-up in package unicode.
func spaceAt(text string, i int) (bool, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c-'\t' <= '\r'-'\t', 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r < 0x1680 {
		return r == 0x85 || r == 0xA0, n
	}
	return unicode.IsSpace(r), n
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

func allCapitalized(text string, ws []pipeline.Span) bool {
	for _, w := range ws {
		if t := w.Of(text); t == "-" || t == "–" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.Of(text))
		if !unicode.IsUpper(r) || strings.ContainsAny(w.Of(text), ".,;:") {
			return false
		}
	}
	return true
}

// captionHeads start photo captions that follow an author line.
var captionHeads = []string{
	"Ảnh", "Ông", "Bà", "Anh", "Chị", "Đồng chí",
	"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
	"Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
	"Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch", "Phó Chủ tịch",
	"Tổng Bí thư", "Bí thư", "Giám đốc", "Đại diện", "Lãnh đạo", "Quang cảnh",
}

func captionStart(text string, rest []pipeline.Span) bool {
	if len(rest) == 0 {
		return false
	}
	var b strings.Builder
	for i, w := range rest {
		if i == 3 {
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimRight(w.Of(text), ",:"))
	}
	head := b.String()
	for _, h := range captionHeads {
		if head == h || strings.HasPrefix(head, h+" ") {
			return true
		}
	}
	return false
}
