package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevBeforeDot are words whose trailing period does not end a sentence:
// "TP. Hà Nội", "GS. Nguyễn", "Th.S", "St.".
var abbrevBeforeDot = map[string]bool{
	"tp": true, "gs": true, "ts": true, "pgs": true, "ths": true, "bs": true,
	"ks": true, "ls": true, "nxb": true, "q": true, "p": true, "tx": true,
	"tt": true, "st": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"no": true, "vs": true, "ck": true, "cn": true, "sn": true, "bsck": true,
	"gs.ts": true, "pgs.ts": true, "ths.bs": true, "tp.hcm": true,
}

// Segment splits text into paragraphs (separated by line breaks) and
// sentences. A sentence ends at '.', '!', '?' or '…' followed by space and
// a capital letter, digit or opening quote, unless the word before the
// period is a known abbreviation or a single letter; it also ends at every
// paragraph end. Spans exclude surrounding white space.
func Segment(text string) (paragraphs, sentences []Span) {
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if p := trimSpan(text, Span{start, end}); p.Len() > 0 {
			paragraphs = append(paragraphs, p)
			sentences = splitSentences(text, p, sentences)
		}
		start = end + 1
	}
	return paragraphs, sentences
}

func splitSentences(text string, p Span, out []Span) []Span {
	s := p.Start
	for i := p.Start; i < p.End; {
		// Only '.', '!', '?' and '…' (E2 80 A6) can end a sentence; every
		// other byte is skipped without decoding. 0xE2 is a lead byte, so
		// a byte step never lands inside another character's match.
		var r rune
		var n int
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			r, n = rune(c), 1
		case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
			r, n = '…', len("…")
		default:
			i++
			continue
		}
		j := i + n
		// swallow runs like "?!" and closing quotes or brackets
		for j < p.End && strings.ContainsRune(".!?…\"'”’)", rune(text[j])) {
			_, m := utf8.DecodeRuneInString(text[j:])
			j += m
		}
		if j < p.End && text[j] == ' ' && !(r == '.' && isAbbrevBefore(text, s, i)) {
			k := j
			for k < p.End && text[k] == ' ' {
				k++
			}
			if k < p.End {
				nr, _ := utf8.DecodeRuneInString(text[k:])
				if unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“'‘(", nr) {
					if sp := trimSpan(text, Span{s, j}); sp.Len() > 0 {
						out = append(out, sp)
					}
					s = k
				}
			}
		}
		i = j
	}
	if sp := trimSpan(text, Span{s, p.End}); sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

// isAbbrevBefore reports whether the word ending at dot (within the
// sentence starting at from) is an abbreviation or a lone letter.
func isAbbrevBefore(text string, from, dot int) bool {
	w := dot
	for w > from {
		r, n := utf8.DecodeLastRuneInString(text[from:w])
		if r == ' ' || r == '(' || r == '"' || r == '“' {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return abbrevBeforeDot[strings.ToLower(word)]
}

func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}
