package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevBeforeDot reports whether w is a word whose trailing period does
// not end a sentence: "TP. Hà Nội", "GS. Nguyễn", "Th.S", "St.". w is in
// lower case. A switch, not a map: it is asked at nearly every period, and
// hashing the word cost more than a few comparisons.
func abbrevBeforeDot(w string) bool {
	switch w {
	case "tp", "gs", "ts", "pgs", "ths", "bs",
		"ks", "ls", "nxb", "q", "p", "tx",
		"tt", "st", "mr", "mrs", "ms", "dr",
		"no", "vs", "ck", "cn", "sn", "bsck",
		"gs.ts", "pgs.ts", "ths.bs", "tp.hcm":
		return true
	}
	return false
}

// Segment splits text into paragraphs (separated by line breaks) and
// sentences. A sentence ends at '.', '!', '?' or '…' followed by space and
// a capital letter, digit or opening quote, unless the word before the
// period is a known abbreviation or a single letter; it also ends at every
// paragraph end. Spans exclude surrounding white space.
func Segment(text string) (paragraphs, sentences []Span) {
	// Sized up front, for news text (a sentence every 150 bytes or so):
	// growing them from nil was most of what segmenting allocated.
	paragraphs = make([]Span, 0, strings.Count(text, "\n")+1)
	sentences = make([]Span, 0, len(text)/128+4)
	marks := newMarkIndex(text)
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
			sentences = marks.split(p, sentences)
		}
		start = end + 1
	}
	return paragraphs, sentences
}

// sentenceMarks are the bytes where a sentence may end: '.', '!', '?' and
// 0xE2, the lead byte of '…' (E2 80 A6). 0xE2 is a lead byte, so a search
// never lands inside another character.
const sentenceMarks = ".!?\xe2"

// splitSentences appends the sentences of the paragraph p of text to out.
func splitSentences(text string, p Span, out []Span) []Span {
	m := newMarkIndex(text)
	return m.split(p, out)
}

// markIndex finds the sentence marks of one text for its paragraphs in
// order. next[k] is the first sentenceMarks[k] at or after an offset no
// later than where the search goes on (len(text) if none), or -1 before
// the first search. Searches run on to the end of the text, not of the
// paragraph: '!', '?' and '…' are rare, and searching each paragraph
// anew for them read every paragraph three more times, while a mark found
// beyond a paragraph serves the ones up to it.
type markIndex struct {
	text string
	next [len(sentenceMarks)]int
}

func newMarkIndex(text string) markIndex {
	return markIndex{text: text, next: [len(sentenceMarks)]int{-1, -1, -1, -1}}
}

// split appends the sentences of the paragraph p to out; p must not
// start before the paragraph of the last call.
func (m *markIndex) split(p Span, out []Span) []Span {
	text := m.text
	next := &m.next
	for k := range next {
		if next[k] < p.Start {
			next[k] = indexFrom(text, p.Start, len(text), sentenceMarks[k])
		}
	}
	s := p.Start
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
		// (j stays within p; min keeps the index valid for the paragraphs
		// after p even if it did not)
		from := min(j, p.End)
		for k := range next {
			if next[k] < j {
				next[k] = indexFrom(text, from, len(text), sentenceMarks[k])
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
	for j < p.End {
		if swallowed(text[j]) {
			j++
		} else if n := closing(text[j:p.End]); n > 0 {
			j += n
		} else {
			break
		}
	}
	if j < p.End && text[j] == ' ' && !(r == '.' && isAbbrevBefore(text, s, i)) {
		k := j
		for k < p.End && text[k] == ' ' {
			k++
		}
		if k < p.End {
			if opensSentence(text[k:]) {
				if sp := trimSpan(text, Span{s, j}); sp.Len() > 0 {
					out = append(out, sp)
				}
				s = k
			}
		}
	}
	return s, j, out
}

// swallowed reports whether sentenceEnd takes the ASCII byte c after a
// mark into the sentence: a mark, a closing quote or bracket.
// closing returns the length of the closing quote or ellipsis that s
// opens with ("”", "’", "…"), or 0. Vietnamese news quotes with curly
// quotes: “Tốt lắm.” Rồi về. ends a sentence after the quote.
func closing(s string) int {
	if len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9D || s[2] == 0x99 || s[2] == 0xA6) {
		return 3
	}
	return 0
}

func swallowed(c byte) bool {
	switch c {
	case '.', '!', '?', '"', '\'', ')':
		return true
	}
	return false
}

// opensSentence reports whether the rune at the start of s, which is not
// empty, may begin a sentence: a capital letter, a digit or an opening
// quote or bracket. ASCII, most of what follows a mark, is answered
// without the Unicode tables.
func opensSentence(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '"' || c == '\'' || c == '('
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '‘'
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
//
// It walks back over the word and stops as soon as the answer is known,
// most often at the last letter of a Vietnamese word: a letter that stays
// beyond ASCII in lower case is in no abbreviation, so the word is one only
// if that letter is all of it. No more than maxAbbrev+1 letters are read.
func isAbbrevBefore(text string, from, dot int) bool {
	w := dot
	for runes := 0; w > from; runes++ {
		if runes > maxAbbrev {
			return false // too long for an abbreviation, and no lone letter
		}
		if c := text[w-1]; c < utf8.RuneSelf { // most words end in ASCII letters
			if c == ' ' || c == '(' || c == '"' {
				break
			}
			w--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[from:w])
		if r == '“' {
			break
		}
		if lowerBeyondASCII(r) {
			return w == dot && wordStartsAt(text, from, w-n)
		}
		w -= n
	}
	word := text[w:dot]
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return isAbbrev(word)
}

// lowerBeyondASCII is unicode.ToLower(r) >= utf8.RuneSelf for r >=
// utf8.RuneSelf, without the case tables: only U+0130 (İ) and U+212A
// (the Kelvin sign) lower to ASCII.
func lowerBeyondASCII(r rune) bool {
	return r != '\u0130' && r != '\u212A'
}

// wordStartsAt reports whether isAbbrevBefore's walk back over a word of
// the sentence starting at from would stop at i.
func wordStartsAt(text string, from, i int) bool {
	if i <= from {
		return true
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return c == ' ' || c == '(' || c == '"'
	}
	r, _ := utf8.DecodeLastRuneInString(text[from:i])
	return r == '“'
}

// maxAbbrev is the length of the longest word of abbrevBeforeDot.
const maxAbbrev = 6

// isAbbrev is abbrevBeforeDot(strings.ToLower(word)) without building the
// lower-case string, which allocated for every capitalized word before a
// period: strings.ToLower lowers rune by rune with unicode.ToLower (an
// invalid byte becoming U+FFFD), and the abbreviations are short and
// ASCII, so a word whose lowered runes are not all ASCII, or are too many,
// is none.
func isAbbrev(word string) bool {
	var buf [maxAbbrev]byte
	n := 0
	for _, r := range word { // an invalid byte comes as utf8.RuneError
		if r >= utf8.RuneSelf {
			if r = unicode.ToLower(r); r >= utf8.RuneSelf {
				return false
			}
		} else if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if n == len(buf) {
			return false
		}
		buf[n] = byte(r)
		n++
	}
	return abbrevBeforeDot(string(buf[:n]))
}

func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		if c := text[s.Start]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			s.Start++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		if c := text[s.End-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			s.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
