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

// sentenceMarks are the bytes where a sentence may end: '.', '!', '?' and
// 0xE2, the lead byte of '…' (E2 80 A6). 0xE2 is a lead byte, so a search
// never lands inside another character.
const sentenceMarks = ".!?\xe2"

func splitSentences(text string, p Span, out []Span) []Span {
	s := p.Start
	// next[k] is where sentenceMarks[k] next occurs (p.End if nowhere):
	// four IndexByte searches run far faster than a loop over every byte,
	// which made this function a twentieth of a run's CPU.
	var next [len(sentenceMarks)]int
	for k := range next {
		next[k] = indexFrom(text, p.Start, p.End, sentenceMarks[k])
	}
	for {
		i := min(next[0], next[1], next[2], next[3])
		if i >= p.End {
			break
		}
		j := i + 1
		r := rune(text[i])
		if text[i] == 0xE2 {
			r = 0
			if strings.HasPrefix(text[i:], "…") {
				r, j = '…', i+len("…")
			}
		}
		if r != 0 {
			s, j, out = sentenceEnd(text, p, s, i, j, r, out)
		}
		for k := range next {
			if next[k] < j {
				next[k] = indexFrom(text, j, p.End, sentenceMarks[k])
			}
		}
	}
	if sp := trimSpan(text, Span{s, p.End}); sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

// sentenceEnd handles the mark r at text[i:j] in paragraph p, where the
// current sentence starts at s: when the mark ends the sentence, it goes to
// out and the next one starts after the spaces. It returns the new start,
// where to look for the next mark, and out.
func sentenceEnd(text string, p Span, s, i, j int, r rune, out []Span) (int, int, []Span) {
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
	return s, j, out
}

// indexFrom returns the index of the first c in text[from:end], or end.
func indexFrom(text string, from, end int, c byte) int {
	if from >= end {
		return end
	}
	if k := strings.IndexByte(text[from:end], c); k >= 0 {
		return from + k
	}
	return end
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
