package view

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

var dataM = regexp.MustCompile(`^<span class="hl k-[a-z]+( cont)?" data-m="([^"<>]*)" data-kind="[a-z]+"( data-ref="[^"<>]*")?( title="[^"<>]*")?>`)

// parseMarked reads the markup Highlight writes: escaped text and nested
// <span data-m=...> elements. It fails on anything unbalanced or unescaped
// and returns the text a browser shows with, for each mark id, the text of
// all its elements in order.
func parseMarked(s string) (text string, marks map[string]string, err error) {
	var (
		b     strings.Builder
		stack []string
	)
	marks = map[string]string{}
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		chunk := s[:i]
		if strings.ContainsAny(chunk, `>"'`) {
			return "", nil, fmt.Errorf("unescaped character in text %q", chunk)
		}
		t := html.UnescapeString(chunk)
		b.WriteString(t)
		for _, id := range stack {
			marks[id] += t
		}
		s = s[i:]
		switch {
		case s == "":
		case strings.HasPrefix(s, "</span>"):
			if len(stack) == 0 {
				return "", nil, fmt.Errorf("</span> without <span>")
			}
			stack = stack[:len(stack)-1]
			s = s[len("</span>"):]
		default:
			m := dataM.FindStringSubmatch(s)
			if m == nil {
				return "", nil, fmt.Errorf("bad tag at %.60q", s)
			}
			id := html.UnescapeString(m[2])
			for _, open := range stack {
				if open == id {
					return "", nil, fmt.Errorf("mark %q opened inside itself", id)
				}
			}
			if _, seen := marks[id]; !seen {
				marks[id] = ""
			}
			stack = append(stack, id)
			s = s[len(m[0]):]
		}
	}
	if len(stack) > 0 {
		return "", nil, fmt.Errorf("%d unclosed spans", len(stack))
	}
	return b.String(), marks, nil
}
