package view

import (
	"cmp"
	"html"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is what a highlighted mark stands for. Its order is the nesting
// order of marks with the same span: a person mention encloses the rank it
// starts with.
type Kind uint8

// The kinds of mark a page highlights.
const (
	KindPerson Kind = iota
	KindRank
	KindTitle
	KindDate
	KindAward
	kindCount
)

var kindNames = [...]string{"person", "rank", "title", "date", "award"}

// String returns the kind's CSS-safe name ("person", "rank", ...).
func (k Kind) String() string {
	if k < kindCount {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// Mark is one span of text to highlight. Start and End are code points into
// the text, half-open.
type Mark struct {
	Start, End int
	Kind       Kind
	ID         string // unique per page: every element of a split mark carries it
	Ref        string // the person, date or award the mark belongs to
	Label      string // shown on hover
}

// Highlight returns text as HTML with each valid mark wrapped in
// <span class="hl k-KIND" data-m=ID data-kind=KIND data-ref=REF title=LABEL>.
// Marks that overlap without nesting are split at the crossing point into
// several elements with the same data-m, so the markup stays well formed
// and every character of text appears exactly once, in order. Invalid UTF-8
// in text is shown as U+FFFD, as a browser would.
//
// Marks with Start < 0, End > the text's length in code points or
// Start >= End highlight nothing; Highlight returns them as dropped.
func Highlight(text string, marks []Mark) (out template.HTML, dropped []Mark) {
	n := utf8.RuneCountInString(text)
	order := make([]int, 0, len(marks))
	for i, m := range marks {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			dropped = append(dropped, m)
			continue
		}
		order = append(order, i)
	}
	// Outer marks first: earlier start, then longer, then by kind.
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &marks[a], &marks[b]
		return cmp.Or(cmp.Compare(ma.Start, mb.Start), cmp.Compare(mb.End, ma.End), cmp.Compare(ma.Kind, mb.Kind))
	})
	bounds := make([]int, 0, 2*len(order)+2)
	bounds = append(bounds, 0, n)
	for _, i := range order {
		bounds = append(bounds, marks[i].Start, marks[i].End)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var b strings.Builder
	b.Grow(len(text) + len(order)*96)
	var (
		stack  []int // indexes into marks of the open elements, outermost first
		next   int   // next entry of order to open
		reopen []int
		cur    = 0 // rune position
		byteAt = 0 // byte offset of cur
	)
	for _, p := range bounds {
		if p > cur {
			end := advance(text, byteAt, p-cur)
			writeText(&b, text[byteAt:end])
			byteAt, cur = end, p
		}
		// Close every mark that ends here; marks opened inside one of them
		// that go on are closed with it and reopened, which splits them.
		low := -1
		for d, i := range stack {
			if marks[i].End <= p {
				low = d
				break
			}
		}
		if low >= 0 {
			reopen = reopen[:0]
			for d := len(stack) - 1; d >= low; d-- {
				b.WriteString("</span>")
			}
			for _, i := range stack[low:] {
				if marks[i].End > p {
					reopen = append(reopen, i)
				}
			}
			stack = stack[:low]
			for _, i := range reopen {
				openTag(&b, &marks[i], true)
				stack = append(stack, i)
			}
		}
		for next < len(order) && marks[order[next]].Start == p {
			i := order[next]
			openTag(&b, &marks[i], false)
			stack = append(stack, i)
			next++
		}
	}
	for range stack {
		b.WriteString("</span>")
	}
	// The text is escaped and every attribute value quoted and escaped.
	return template.HTML(b.String()), dropped
}

// advance returns the byte offset k runes after off in s.
func advance(s string, off, k int) int {
	for ; k > 0 && off < len(s); k-- {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off
}

// writeText escapes s, replacing invalid UTF-8 by U+FFFD so that the count
// of code points a reader sees matches the offsets.
func writeText(b *strings.Builder, s string) {
	if !utf8.ValidString(s) {
		// Ranging over a string yields one U+FFFD per bad byte, as
		// RuneCountInString counts them.
		s = string([]rune(s))
	}
	b.WriteString(html.EscapeString(s))
}

func openTag(b *strings.Builder, m *Mark, cont bool) {
	b.WriteString(`<span class="hl k-`)
	b.WriteString(m.Kind.String())
	if cont {
		b.WriteString(" cont")
	}
	b.WriteString(`" data-m="`)
	b.WriteString(html.EscapeString(m.ID))
	b.WriteString(`" data-kind="`)
	b.WriteString(m.Kind.String())
	if m.Ref != "" {
		b.WriteString(`" data-ref="`)
		b.WriteString(html.EscapeString(m.Ref))
	}
	if m.Label != "" {
		b.WriteString(`" title="`)
		b.WriteString(html.EscapeString(m.Label))
	}
	b.WriteString(`">`)
}
