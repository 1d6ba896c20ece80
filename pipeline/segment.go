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
		if unicode.ToLower(r) >= utf8.RuneSelf {
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
