package lex

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// baseVowel folds a Vietnamese vowel with its marks to the bare vowel, and
// đ to d, for the syllable check.
var baseVowel = func() map[rune]rune {
	m := map[rune]rune{}
	groups := map[rune]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậ",
		'e': "èéẻẽẹêềếểễệ",
		'i': "ìíỉĩị",
		'o': "òóỏõọôồốổỗộơờớởỡợ",
		'u': "ùúủũụưừứửữự",
		'y': "ỳýỷỹỵ",
		'd': "đ",
	}
	for b, s := range groups {
		for _, r := range s {
			m[r] = b
		}
	}
	return m
}()

// VietSyllable reports whether the lower-case word w can be a Vietnamese
// syllable: an onset, one to three vowels and a coda from the closed sets of
// Vietnamese spelling. "Trump", "Abe", "Macron" and "Jae-in" cannot.
func VietSyllable(w string) bool {
	if w == "" || len(w) > 24 {
		return false
	}
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c < 'a' || c > 'z' {
				return false
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		f, ok := baseVowel[unicode.ToLower(r)]
		if !ok {
			return false
		}
		b = append(b, byte(f))
		i += n
	}
	// Onset: the longest of the closed set that leaves a vowel.
	i := 0
	switch {
	case len(b) > 3 && string(b[:3]) == "ngh":
		i = 3
	case len(b) > 2 && isOnset2(b[0], b[1]):
		i = 2
	case len(b) > 1 && inSet(onsets, b[0]):
		i = 1
	}
	// Coda: likewise from the end.
	j := len(b)
	switch {
	case j-i > 2 && (b[j-1] == 'h' && (b[j-2] == 'c' || b[j-2] == 'n') || b[j-1] == 'g' && b[j-2] == 'n'):
		j -= 2
	case j-i > 1 && inSet(codas, b[j-1]):
		j--
	}
	if j-i < 1 || j-i > 3 {
		return false
	}
	for _, c := range b[i:j] {
		if !inSet(vowels, c) {
			return false
		}
	}
	return true
}

// Sets of the letters a-z, bit c-'a' for the letter c: the one-letter
// onsets, the one-letter codas and the vowels of VietSyllable.
var (
	onsets = letterSet("bcdghklmnprstvx")
	codas  = letterSet("cmnpt")
	vowels = letterSet("aeiouy")
)

// letterSet is the set of the letters a-z in s.
func letterSet(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] - 'a')
	}
	return m
}

// inSet reports whether c is a letter a-z of the set m.
func inSet(m uint32, c byte) bool {
	return c >= 'a' && c <= 'z' && m>>(c-'a')&1 != 0
}

// isOnset2 reports whether ab is a two-letter onset: gh, gi, kh, ng, nh,
// ph, th, tr, ch, qu.
func isOnset2(a, b byte) bool {
	switch string([]byte{a, b}) {
	case "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu":
		return true
	}
	return false
}

// Foreign reports whether a capitalized word is not Vietnamese: a Latin
// spelling that Vietnamese syllables cannot have.
func Foreign(lower string) bool {
	marks, hyphen := false, false
	for i := 0; i < len(lower); i++ {
		switch c := lower[i]; {
		case c >= utf8.RuneSelf:
			marks = true
		case c == '-':
			hyphen = true
		}
	}
	// Vietnamese marks make a Vietnamese word ("Nguyễn", "Thị"); only
	// plain-Latin words need the syllable check.
	if !hyphen {
		if marks {
			return foreignMarked(lower)
		}
		// One plain part: strings.Trim(lower, "'’") without the
		// cutset's search, as a word with no mark has no "’".
		return !VietSyllable(trimQuote(lower))
	}
	rest := lower
	for {
		part, after, more := strings.Cut(rest, "-")
		if !VietSyllable(strings.Trim(part, "'’")) {
			return true
		}
		if !more {
			break
		}
		rest = after
	}
	return strings.Contains(lower, "-") && !hasMarks(lower)
}

// trimQuote is strings.Trim(w, "'") for the plain word w.
func trimQuote(w string) string {
	for w != "" && w[0] == '\'' {
		w = w[1:]
	}
	for w != "" && w[len(w)-1] == '\'' {
		w = w[:len(w)-1]
	}
	return w
}

// vietLetter reports whether the lower-case letter r, outside ASCII, is
// one Vietnamese spelling uses: most of them lie in one block of
// Unicode (ạ … ỹ), the rest are a short switch.
func vietLetter(r rune) bool {
	if r >= 0x1EA0 && r <= 0x1EF9 {
		return true
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý', 'ă', 'đ', 'ĩ', 'ũ', 'ơ', 'ư':
		return true
	}
	return false
}

// foreignMarked reports whether the lower-case word w, which has letters
// outside ASCII, is still no Vietnamese word: it has a letter Vietnamese
// does not write ("müller", "peña"), or one of f, w, z ("sánchez"), or
// three groups of vowels that make no syllable ("antónio", "inácio"), or
// two marked only with the acute or grave accents of the Romance
// languages ("andrés", "josé"). Highland names ("kđăm", "êban") have none
// of these.
func foreignMarked(w string) bool {
	groups, inVowel := 0, false
	romance := true // every mark an acute or a grave on a, e, i, o, u
	// Byte by byte, decoding only letters outside ASCII: it runs on every
	// capitalized word with marks, most of the words of names.
	for i := 0; i < len(w); {
		v := false
		if c := w[i]; c < utf8.RuneSelf {
			switch c {
			case 'f', 'w', 'z':
				return true
			case 'a', 'e', 'i', 'o', 'u', 'y':
				v = true
			}
			i++
		} else {
			r, n := scan.DecodeRune(w, i)
			if !vietLetter(r) {
				return unicode.IsLetter(r)
			}
			v = r != 'đ'
			romance = romance && romanceMark(r)
			i += n
		}
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return (groups >= 3 || groups == 2 && romance) && !VietSyllable(w)
}

// romanceMark reports whether r is a, e, i, o or u with an acute or grave
// accent, the marks Spanish, Portuguese, Italian and French names share
// with Vietnamese.
func romanceMark(r rune) bool {
	switch r {
	case 'á', 'à', 'é', 'è', 'í', 'ì', 'ó', 'ò', 'ú', 'ù':
		return true
	}
	return false
}

// hasMarks reports whether w has a letter outside ASCII.
func hasMarks(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Particle reports whether the lower-case word w joins the parts of a
// foreign name: "Mohammed bin Salman", "Ludwig van Beethoven". A switch,
// not a map: NameAt asks it of the word after most capitalized runs, and
// the length alone turns most words away.
func Particle(w string) bool {
	switch w {
	case "bin", "ibn", "van", "von", "de", "da", "di", "der", "den", "du", "dos", "del", "le":
		return true
	}
	return false
}

// Roman reports whether w is a Roman numeral from I to LXXXIX in its
// canonical spelling: a regnal number after a name ("II"), or the term of
// a committee or a congress ("khóa XVIII", "lần thứ XX"). A lone L or C
// is more often an initial than 50 or 100.
func Roman(w string) bool {
	if w == "" || len(w) > 7 {
		return false
	}
	// Most words have a letter no numeral has, most often the first: one
	// compare each turns them away before the walk below.
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L':
		default:
			return false
		}
	}
	// The tens (X to LXXX), then the units (I to IX): what is left of w
	// after both must be nothing, and something must have been read.
	rest := w
	for _, tens := range [...]string{"LXXX", "LXX", "LX", "XL", "XXX", "XX", "L", "X"} {
		if strings.HasPrefix(rest, tens) {
			rest = rest[len(tens):]
			break
		}
	}
	if rest != "" {
		for _, units := range [...]string{"VIII", "VII", "III", "II", "IV", "IX", "VI", "V", "I"} {
			if rest == units {
				rest = ""
				break
			}
		}
	}
	return rest == "" && w != "L"
}

// SplitName splits a Vietnamese name, given as its syllables, into family,
// middle and given names. A multi-syllable family name (Tôn Thất, Âu Dương)
// is taken whole when a given name is left after it.
func SplitName(words []string) (family, middle, given string) {
	switch len(words) {
	case 0:
		return "", "", ""
	case 1:
		return "", "", words[0]
	}
	return SplitNameN(words, surnameLen(words))
}

// SplitNameN is SplitName for a caller that knows the family name has s
// syllables.
func SplitNameN(words []string, s int) (family, middle, given string) {
	switch len(words) {
	case 0:
		return "", "", ""
	case 1:
		return "", "", words[0]
	}
	if s == 0 || s >= len(words) {
		s = 1
	}
	family = strings.Join(words[:s], " ")
	given = words[len(words)-1]
	middle = strings.Join(words[s:len(words)-1], " ")
	return family, middle, given
}

func surnameLen(words []string) int {
	text := strings.Join(words, " ")
	n, _ := Surnames.Match(text, scan.Tokens(text, nil), 0)
	return n
}

// SplitForeign splits a foreign name: the last word is the family name,
// except for Korean-style names whose given name is hyphenated ("Moon
// Jae-in"), where the family name comes first.
func SplitForeign(words []string) (family, middle, given string) {
	switch len(words) {
	case 0:
		return "", "", ""
	case 1:
		return words[0], "", ""
	}
	last := words[len(words)-1]
	// "Ferdinand Marcos Jr.": the suffix follows the family name.
	if len(words) >= 3 && (strings.EqualFold(strings.TrimSuffix(last, "."), "jr") || strings.EqualFold(strings.TrimSuffix(last, "."), "sr")) {
		return words[len(words)-2], strings.Join(words[1:len(words)-2], " "), words[0]
	}
	// "Elizabeth II": a monarch's regnal number is no family name.
	if Roman(last) {
		return "", strings.Join(words[1:len(words)-1], " "), words[0]
	}
	if len(words) == 2 && strings.Count(last, "-") == 1 && !strings.Contains(words[0], "-") {
		if _, after, _ := strings.Cut(last, "-"); after != "" && strings.ToLower(after) == after {
			return words[0], "", last
		}
	}
	// "Kim Jong Un", "Xi Jinping": Korean and Chinese names put the family
	// name first.
	if len(words) <= 3 && EastAsian.Has(words[0]) {
		return words[0], strings.Join(words[1:len(words)-1], " "), last
	}
	return last, strings.Join(words[1:len(words)-1], " "), words[0]
}

func capWord(t scan.Token) bool {
	return t.Kind == scan.Word && t.Flags&scan.Upper != 0 && t.Flags&scan.AllUpper == 0
}

// NameAt returns the number of tokens of the person's name that starts at
// toks[j], or 0. It is the test that ends an organization name before the
// name of its head: "Bí thư Thành ủy Hà Nội | Hoàng Trung Hải", "Tổng thống
// Pháp | Emmanuel Macron".
func NameAt(text string, toks []scan.Token, j int) int {
	if j >= len(toks) || !capWord(toks[j]) {
		return 0
	}
	// A place opens no name ("Hà Nội", "Philippines Maria Angela A.
	// Ponce"): every answer but 0 asks this first, so it is asked before
	// the walk, which it spares on most capitals of organization names.
	if m, _ := Places.Match(text, toks, j); m > 0 {
		return 0
	}
	l := 0 // tokens
	words := 0
	// The first words of the run, for the test of a foreign name at the
	// end: Foreign is asked only of the runs short enough for one, and
	// not of every word the walk passes.
	var seen [4]int
	nseen := 0
	for k := j; k < len(toks); k++ {
		if k > j && toks[k].Flags&scan.NewlineBefore != 0 {
			break
		}
		if !capWord(toks[k]) && !(k > j && Roman(toks[k].Text(text)) && Foreign(toks[k-1].Lower)) {
			// "Mohammed bin Salman": a particle between capitals.
			if k > j && toks[k].Kind == scan.Word && Particle(toks[k].Lower) && k+1 < len(toks) && capWord(toks[k+1]) && Foreign(toks[k-1].Lower) {
				l++
				continue
			}
			// "Ursula von der Leyen": two particles.
			if k > j && toks[k].Kind == scan.Word && Particle(toks[k].Lower) && k+2 < len(toks) && toks[k+1].Kind == scan.Word &&
				Particle(toks[k+1].Lower) && capWord(toks[k+2]) && Foreign(toks[k-1].Lower) {
				l += 2
				k++
				continue
			}
			break
		}
		// An initial: "Bùi Th. H."
		if k+1 < len(toks) && toks[k+1].Lower == "." && toks[k+1].Start == toks[k].End && Initial(toks[k].Lower) {
			if k > j {
				return l + 1
			}
			break
		}
		l++
		words++
		if nseen < len(seen) {
			seen[nseen] = k
		}
		nseen++
		// "Kassym - Zhomart Tokayev": a spaced hyphen inside a foreign name.
		if k+2 < len(toks) && toks[k+1].Lower == "-" && capWord(toks[k+2]) && Foreign(toks[k].Lower) && Foreign(toks[k+2].Lower) {
			k++
		}
		// "Bashar al-Assad".
		if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Lower, "al-") || strings.HasPrefix(toks[k+1].Lower, "el-")) && Foreign(toks[k].Lower) {
			l++
			words++
			break
		}
	}
	if n, _ := HighlandName(text, toks, j); n > 0 {
		return n
	}
	// "Thủ lĩnh Hamas | Yahya Sinwar".
	if m, _ := ForeignOrgs.Match(text, toks, j); m > 0 && words > m {
		return 0
	}
	if s, _ := Surnames.Match(text, toks, j); s > 0 && l >= s+1 && l <= s+3 && !FunctionSurname(text, toks, j) {
		return l
	}
	if rareSurnameAt(text, toks, j, l) {
		return l
	}
	// "Yoon Suk-yeol": a foreign name may open with a word that spells a
	// Vietnamese syllable, but not with one that has Vietnamese marks.
	// ("Jean-Noël Barrot": marks in a word that is foreign anyway.)
	if words >= 2 && words <= 4 && (!hasMarks(toks[j].Lower) || Foreign(toks[j].Lower)) && anyForeign(toks, seen[:min(nseen, len(seen))]) &&
		!OrgSuffixes.Has(toks[j+l-1].Lower) {
		// "Tập đoàn Vingroup | Nguyễn Việt Quang": a company, then the
		// Vietnamese name of its head.
		if VietNameAfter(text, toks, j+1) > 0 {
			return 0
		}
		// "CEO Masan Group | Danny Le": a company's suffix before the
		// last word.
		for k := j; k < j+l-1; k++ {
			if m, _ := OrgSuffixes.Match(text, toks, k); m == 1 {
				return 0
			}
		}
		return l
	}
	return 0
}

// anyForeign reports whether one of the words toks[k], k in ks, is
// Foreign.
func anyForeign(toks []scan.Token, ks []int) bool {
	for _, k := range ks {
		if Foreign(toks[k].Lower) {
			return true
		}
	}
	return false
}

// HighlandName returns the number of tokens of an Ê Đê or M'Nông name at
// toks[j] ("Y Thanh Hà Niê Kđăm", "H'Hen Niê"), and the number of them
// that is the lineage at its end; 0, 0 when none starts there. The name
// opens with "Y" or an "H'" word and ends with a lineage from Lineages,
// with no more than five capitalized words in all.
func HighlandName(text string, toks []scan.Token, j int) (n, lineage int) {
	if j >= len(toks) || !capWord(toks[j]) {
		return 0, 0
	}
	first := toks[j].Lower
	apostrophe := strings.HasPrefix(first, "h'") || strings.HasPrefix(first, "h’")
	if first != "y" && !apostrophe {
		return 0, 0
	}
	k := j + 1
	for k < len(toks) && k-j < 6 && capWord(toks[k]) && toks[k].Flags&scan.NewlineBefore == 0 {
		k++
	}
	// The longest run ending in a lineage, so that "Niê Kđăm" wins over "Kđăm".
	for end := k; end > j+1; end-- {
		if l := Lineages.EndsAt(text, toks, end); l > 0 && end-l > j && (apostrophe || end-l > j+1) {
			return end - j, l
		}
	}
	return 0, 0
}

// Initial reports whether the lower-case word w, written before a dot, can
// be an initial: one letter, or a consonant digraph ("th", "ng"). "Hồ."
// and "Un." end a sentence with a whole syllable.
func Initial(w string) bool {
	switch utf8.RuneCountInString(w) {
	case 1:
		return true
	case 2:
		return digraphs[w]
	}
	return false
}

var digraphs = map[string]bool{"ch": true, "gh": true, "gi": true, "kh": true, "ng": true, "nh": true,
	"ph": true, "qu": true, "th": true, "tr": true}

// VietNameAfter returns the number of tokens of a Vietnamese full name at
// toks[j] that ends the capitalized run: a family name and one to three
// capitalized Vietnamese syllables ("Nguyễn Việt Quang"). It is 0 for
// "Dustin Nguyễn", where the family name ends a foreign name.
func VietNameAfter(text string, toks []scan.Token, j int) int {
	s, _ := Surnames.Match(text, toks, j)
	if s == 0 {
		// "Văn Thị Lài": a family name the lexicon lacks.
		if j+1 < len(toks) && toks[j+1].Lower == "thị" {
			l := 1
			for k := j + 1; k < len(toks) && capWord(toks[k]) && toks[k].Flags&scan.NewlineBefore == 0; k++ {
				l++
			}
			if rareSurnameAt(text, toks, j, l) {
				return l
			}
		}
		return 0
	}
	l := s
	for k := j + s; k < len(toks) && capWord(toks[k]) && toks[k].Flags&scan.NewlineBefore == 0; k++ {
		if Foreign(toks[k].Lower) {
			return 0
		}
		l++
	}
	if l == s || l > s+3 {
		return 0
	}
	return l
}

// statesmen are the roles after which a lone foreign word is a person
// ("Tổng thống Putin", "Thủ tướng Abe"); after other roles it is more often
// a company ("Giám đốc Google").
var statesmen = map[string]bool{"tổng thống": true, "phó tổng thống": true, "thủ tướng": true,
	"ngoại trưởng": true, "bộ trưởng": true, "quốc vương": true, "nữ hoàng": true, "nhật hoàng": true, "nhà vua": true,
	"hoàng tử": true, "công chúa": true, "giáo hoàng": true, "đại sứ": true, "nghị sĩ": true,
	"thượng nghị sĩ": true, "hạ nghị sĩ": true, "thủ lĩnh": true, "lãnh tụ": true, "chủ tịch": true,
	"thị trưởng": true, "thống đốc": true, "nguyên thủ": true, "tổng thư ký": true}

// Statesman reports whether the role ending right before toks[j] is one
// whose holder a lone foreign family name can name.
func Statesman(text string, toks []scan.Token, j int) bool {
	n := Roles.EndsAt(text, toks, j)
	if n == 0 {
		return false
	}
	var b strings.Builder
	for i := j - n; i < j; i++ {
		if i > j-n {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Lower)
	}
	return statesmen[b.String()]
}

// completeBodyAt returns 2 when toks[k-2:k] is a body that takes no
// proper name after it: "Quốc hội", "Thượng viện", "Hạ viện", "Chính
// phủ". It compares strings without a map: it runs before most
// capitalized runs.
func completeBodyAt(toks []scan.Token, k int) int {
	// The vocabulary numbers turn away most tokens with one compare each.
	if k < 2 || !MayEndBody(toks[k-1]) {
		return 0
	}
	var first string
	switch toks[k-1].Lower {
	case "hội":
		first = "quốc"
	case "viện":
		if w := toks[k-2].Lower; w == "thượng" || w == "hạ" {
			return 2
		}
		return 0
	case "phủ":
		first = "chính"
	default:
		return 0
	}
	if toks[k-2].Lower == first {
		return 2
	}
	return 0
}

// PortfolioEndsAt returns 2 when toks[j-2:j] is a minister's portfolio
// written without "Bộ" ("Bộ trưởng Ngoại giao Sugiono", "Bộ trưởng Quốc
// phòng Sjafrie"): like a body that takes no name, it is followed by the
// holder. It is 0 otherwise. A switch, not a map: it runs before
// capitalized runs.
func PortfolioEndsAt(toks []scan.Token, j int) int {
	if j < 2 {
		return 0
	}
	var first string
	switch toks[j-1].Lower {
	case "giao":
		first = "ngoại"
	case "phòng":
		first = "quốc"
	case "chính":
		first = "tài"
	case "mại":
		first = "thương"
	case "vụ":
		first = "nội"
	default:
		return 0
	}
	if toks[j-2].Lower == first {
		return 2
	}
	return 0
}

// MayEndBody reports whether t may be the last word of a body that takes
// no proper name ("hội", "viện", "phủ"): a cheap test before
// CompleteBodyEndsAt.
func MayEndBody(t scan.Token) bool {
	return t.Lower == "hội" || t.Lower == "viện" || t.Lower == "phủ"
}

// bodyEndNear reports whether one of the five tokens before toks[j] is
// the last word of a body completeBodyAt knows.
func bodyEndNear(toks []scan.Token, j int) bool {
	for k := j - 1; k >= max(0, j-5); k-- {
		if MayEndBody(toks[k]) {
			return true
		}
	}
	return false
}

// CompleteBodyEndsAt returns the number of tokens of a body that takes no
// proper name ("Quốc hội", "Thượng viện"), with the place after it if
// any ("Thượng viện Campuchia"), that ends right before toks[j]; 0 when
// none does: after it comes the body's head ("Chủ tịch Thượng viện Hun
// Sen").
func CompleteBodyEndsAt(text string, toks []scan.Token, j int) int {
	if n := completeBodyAt(toks, j); n > 0 {
		return n
	}
	// A place ends in a capital; most calls come with a lower-case word
	// before j and skip the look-up, and the rest find no body's last
	// word a few tokens back.
	if j > 0 && capWord(toks[j-1]) && bodyEndNear(toks, j) {
		if m := Places.EndsAt(text, toks, j); m > 0 {
			if n := completeBodyAt(toks, j-m); n > 0 {
				return m + n
			}
		}
	}
	return 0
}

// MarklessName returns the length (2 or 3) of a capitalized run at toks[j]
// written in plain ASCII that may be a Khmer or Lao name after a head of
// state's role ("Thủ tướng Hun Sen", "Phó Chủ tịch Thượng viện Tea Banh"):
// no family name from the lexicon, no place, no company suffix ("Sun
// Group"), no known foreign body. It is 0 otherwise.
func MarklessName(text string, toks []scan.Token, j int) int {
	n := 0
	for k := j; k < len(toks) && capWord(toks[k]) && toks[k].Flags&scan.AllUpper == 0; k++ {
		if hasMarks(toks[k].Lower) || n > 3 || k > j && toks[k].Flags&scan.NewlineBefore != 0 {
			return 0
		}
		n++
	}
	if n < 2 || n > 3 {
		return 0
	}
	if m, _ := Surnames.Match(text, toks, j); m > 0 {
		return 0
	}
	if m, _ := Places.Match(text, toks, j); m > 0 {
		return 0
	}
	if m, _ := ForeignOrgs.Match(text, toks, j); m > 0 {
		return 0
	}
	if m, _ := OrgSuffixes.Match(text, toks, j+n-1); m == 1 {
		return 0
	}
	return n
}

// MarklessHolder returns MarklessName at toks[j] when the role ending
// right before toks[roleEnd] is a head of state's or minister's and
// announces the holder: right before the name, a bare "Chủ tịch" more
// often heads a company ("Chủ tịch Hoa Sen"), but "Chủ tịch Thượng viện"
// does not. It is 0 otherwise.
func MarklessHolder(text string, toks []scan.Token, roleEnd, j int) int {
	if roleEnd == j && roleEnd >= 2 && toks[roleEnd-2].Lower == "chủ" && toks[roleEnd-1].Lower == "tịch" {
		return 0
	}
	// MarklessName first: it turns away most names without allocating.
	n := MarklessName(text, toks, j)
	if n == 0 || !Statesman(text, toks, roleEnd) {
		return 0
	}
	return n
}

// markedMiddles are middle names that only persons carry, never a place:
// "xã Ly Seo Chứ" after "Phó Bí thư Đảng ủy" is a man, not a commune.
var markedMiddles = map[string]bool{"văn": true, "thị": true, "seo": true, "a": true}

// MarkedName reports whether toks[j:j+3] is a family name from the
// lexicon, a middle name only persons carry ("Văn", "Thị", "Seo", "A")
// and one more capitalized word, with no more capitals after them.
func MarkedName(text string, toks []scan.Token, j int) bool {
	if j+2 >= len(toks) || !capWord(toks[j+1]) || !capWord(toks[j+2]) || !markedMiddles[toks[j+1].Lower] ||
		j+3 < len(toks) && capWord(toks[j+3]) {
		return false
	}
	s, _ := Surnames.Match(text, toks, j)
	return s == 1
}

// FunctionSurname reports whether toks[j] is a family name that is also a
// function word ("Vì") without a middle name only persons carry after it:
// "Vì Văn Tám" is a man, "Quỹ Vì Tầm Vóc Việt" a fund.
func FunctionSurname(text string, toks []scan.Token, j int) bool {
	if !slices.Contains(functionSurnames, toks[j].Lower) {
		return false
	}
	return j+1 >= len(toks) || !markedMiddles[toks[j+1].Lower]
}

// functionSurnames are the one-word family names that are also words
// no name uses (nonname.txt), in lower case: a short list compared
// without a map, as NameAt asks about every name it finds.
var functionSurnames = func() []string {
	nonName := map[string]bool{}
	for _, n := range NonName.Entries() {
		nonName[scan.ToLower(n.Key)] = true
	}
	var out []string
	for _, e := range Surnames.Entries() {
		if w := scan.ToLower(e.Key); nonName[w] {
			out = append(out, w)
		}
	}
	return out
}()

// rareSurnameAt reports whether the l capitalized words at toks[j] are a
// woman's name whose family name the lexicon lacks ("Văn Thị Kim
// Nhung"): a Vietnamese syllable, then "Thị", which only names
// carry in that place, then one or two more words. A word that makes the
// run a place or a body ("Cầu Thị Nghè") is no family name.
func rareSurnameAt(text string, toks []scan.Token, j, l int) bool {
	if l < 3 || l > 4 || j+l > len(toks) || toks[j+1].Lower != "thị" || !VietSyllable(toks[j].Lower) {
		return false
	}
	for k := j; k < j+l; k++ {
		if !capWord(toks[k]) || toks[k].Flags&scan.AllUpper != 0 {
			return false
		}
	}
	if n, _ := NonPerson.Match(text, toks, j); n > 0 {
		return false
	}
	n, _ := OrgHeads.Match(text, toks, j)
	return n == 0
}
