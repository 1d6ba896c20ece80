// Package award finds award mentions in Vietnamese news text: state orders
// and medals ("Huân chương Lao động hạng Nhất"), commemorative medals and
// badges (Kỷ niệm chương "Bảo vệ An ninh Tổ quốc"), certificates of merit
// ("Bằng khen của Thủ tướng Chính phủ"), emulation flags, honorary titles
// ("Anh hùng Lao động"), prizes ("Giải thưởng Hồ Chí Minh"), foreign
// orders and sports medals. It reports each as a KindAward entity, and
// decision references ("Quyết định số 1358/QĐ-CTN") as KindDecision
// entities, for the linker to gather into award events.
package award

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// Name is the extractor's registry name.
const Name = "award"

// Config configures the extractor; the zero value is the default.
type Config struct {
	// MaxNameWords bounds an award name the lexicon does not know, in
	// syllables after the type word (default 10: "Vì sự nghiệp xây dựng
	// Công an nhân dân" has 9).
	MaxNameWords int `json:"max_name_words"`
	// NoSport drops sports medals ("Huy chương vàng", "HCV").
	NoSport bool `json:"no_sport"`
}

// Extractor finds award mentions. It is safe for concurrent use.
type Extractor struct {
	cfg Config
	lx  *lexicon
}

// New returns an Extractor for cfg. It never fails today; the error is
// kept for configurations that can be invalid.
func New(cfg Config) (*Extractor, error) {
	if cfg.MaxNameWords <= 0 {
		cfg.MaxNameWords = 10
	}
	return &Extractor{cfg: cfg, lx: defaultLexicon}, nil
}

// Factory builds an Extractor from JSON configuration (empty for defaults).
func Factory(raw json.RawMessage) (pipeline.Extractor, error) {
	return pipeline.FactoryOf(New)(raw)
}

// Name returns Name.
func (x *Extractor) Name() string { return Name }

// Extract returns the award and decision mentions of doc in text order.
// An award's Value is its name as written with its class, the type word
// capitalized, names the lexicon knows in their canonical spelling and
// quotes made straight double quotes: `Kỷ niệm chương "Bảo vệ An ninh Tổ
// quốc"`. A bare type word ("trao bằng khen cho ...") has the type as its
// Value; the linker joins it to the named award it refers to.
func (x *Extractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	text := doc.Text
	toks := scan.Document(doc) // shared with the other extractors: read only
	var out []pipeline.Entity
	starts := &x.lx.startEnds
	// Most tokens open no mention: the tokens lex.Starts lets through are
	// all that startEnds may, with rank's first words, found in one pass
	// the two extractors share. i is the first token not yet read.
	hits := lex.Starts.Hits(doc)
	for h, i := 0, 0; h < len(hits); h++ {
		if h%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return out, err
			}
		}
		if hits[h] < i {
			continue
		}
		i = hits[h]
		if !starts.Has(toks[i].Lower) {
			continue
		}
		m := x.lx.starts.get(toks[i].Lower)
		if m == 0 {
			continue
		}
		if e, next, ok := x.award(text, toks, i, m); ok {
			e.Text, e.Source = e.Span.Of(text), Name
			out = append(out, e)
			i = next
			for e.Award.Type == "Danh hiệu" {
				// "danh hiệu NSƯT năm 2007 và NSND năm 2019": a second
				// title joined to a conferred one is conferred too.
				more, n, ok := x.nextTitle(toks, i)
				if !ok {
					break
				}
				more.Text, more.Source = more.Span.Of(text), Name
				out = append(out, more)
				e, i = more, n
			}
			for e.Award.Type == "Huy hiệu" {
				more, n, ok := nextPartyYears(text, toks, i)
				if !ok {
					break
				}
				out = append(out, more)
				e, i = more, n
			}
			// "Huân chương Chiến công (hạng Nhất, hạng Ba)": one award for
			// each class in the brackets.
			if e.Award.Class == "" && e.Award.Type == "Huân chương" {
				if more, n := x.bracketClasses(text, toks, i, e); len(more) > 0 {
					out[len(out)-1] = more[0]
					out = append(out, more[1:]...)
					i = n
					continue
				}
			}
			for e.Award.Class != "" {
				// "Huân chương Chiến công hạng Nhất và hạng Ba": the order
				// in a second class is a second award.
				more, n, ok := x.nextClass(text, toks, i, e)
				if !ok {
					break
				}
				out = append(out, more)
				e, i = more, n
			}
			continue
		}
		if m&startDecision == 0 {
			continue
		}
		if e, next, ok := decision(text, toks, i); ok {
			e.Text, e.Source = e.Span.Of(text), Name
			out = append(out, e)
			i = next
		}
	}
	return out, nil
}

// award reads an award mention starting at toks[i]; next is the index of
// the first token after it. m is the start mask of toks[i]: the lists
// whose phrases it opens, the only ones worth matching there.
func (x *Extractor) award(text string, toks []scan.Token, i int, m uint8) (e pipeline.Entity, next int, ok bool) {
	t := toks[i]
	if t.Kind != scan.Word {
		return e, 0, false
	}
	lx := x.lx
	if m&startSport != 0 {
		if n, medal := lx.sport.Match(toks, i); n > 0 {
			if x.cfg.NoSport {
				return e, 0, false
			}
			end := i + n
			// "Huy chương vàng SEA Games 33": the games named right after
			// the medal belong to its name.
			if k := gamesName(toks, end); k > end {
				medal += " " + text[toks[end].Start:toks[k-1].End]
				end = k
			}
			return awardEntity(toks, i, end, medal, "Huy chương", "", true), end, true
		}
	}
	if m&startFestival != 0 {
		if n, name := x.festivalPrize(toks, i); n > 0 {
			return awardEntity(toks, i, i+n, name, "Giải thưởng", "", false), i + n, true
		}
	}
	if m&startCategory != 0 {
		if n := x.category(toks, i); n > 0 && conferredAfter(toks, i+n) {
			// "Nữ diễn viên chính xuất sắc thuộc về NSƯT Hồng Ánh".
			return awardEntity(toks, i, i+n, text[t.Start:toks[i+n-1].End], "Giải thưởng", "", false), i + n, true
		}
	}
	if m&startTitle != 0 {
		if n, title := lx.titles.Match(toks, i); n > 0 {
			if !x.conferredTitle(toks, i, i+n) {
				return e, 0, false
			}
			return awardEntity(toks, i, i+n, title, "Danh hiệu", "", false), i + n, true
		}
	}
	if m&startType == 0 {
		return e, 0, false
	}
	n, typ := lx.types.Match(toks, i)
	if n == 0 {
		return e, 0, false
	}
	if n == 1 && typ == "Giải thưởng|Giải" && inName(toks, i) {
		return e, 0, false // "Báo Sài Gòn Giải Phóng": a name holds the word
	}
	if ownedBy(toks, i) {
		return e, 0, false // "Quỹ Giải thưởng Kovalevskaia" runs the prize
	}
	// The name opens with the type unless the lexicon says otherwise:
	// "giải Lãnh đạo ..." is a Giải thưởng named "Giải Lãnh đạo ...".
	typ, head, ok := strings.Cut(typ, "|")
	if !ok {
		head = typ
	}
	j := i + n
	if typ == "Giải thưởng" {
		// "giải thưởng văn học LiBeraturpreis": a field, then the name.
		if m, _ := lx.fields.Match(toks, j); m > 0 {
			if end := x.openName(toks, j+m); end > j+m {
				return x.withClass(toks, i, end, head+" "+text[toks[j].Start:toks[end-1].End], typ)
			}
		}
	}
	if typ == "Giải thưởng" {
		// "giải Bông sen Vàng" is the trophy's name alone.
		if m, name := x.festivalPrize(toks, j); m > 0 {
			return awardEntity(toks, j, j+m, name, typ, "", false), j + m, true
		}
	}
	if typ == "Giải thưởng" && n == 1 && j < len(toks) && !toks[j].Is(scan.NewlineBefore) {
		// "Giải nữ diễn viên chính xuất sắc": a category, as written.
		if m, _ := x.lx.categories.Match(toks, j); m > 0 {
			return awardEntity(toks, i, j+m, head+" "+text[toks[j].Start:toks[j+m-1].End], typ, "", false), j + m, true
		}
		// "trao Giải đặc biệt cho A": plain words, named so only as given.
		if m, _ := x.lx.plain.Match(toks, j); m > 0 && conferredBefore(toks, i) {
			return awardEntity(toks, i, j+m, head+" "+text[toks[j].Start:toks[j+m-1].End], typ, "", false), j + m, true
		}
	}
	switch {
	case typ == "Danh hiệu":
		return x.danhHieu(text, toks, i, j)
	case typ == "Giải thưởng" && n == 1 && !x.prizeName(toks, j):
		// "giải" alone is a verb or a contest rank ("giải quyết", "đạt
		// giải Nhất") unless a capitalized name follows.
		return e, 0, false
	}
	// Quoted name: Kỷ niệm chương "Bảo vệ An ninh Tổ quốc".
	if inner, end, ok := quoted(text, toks, j); ok {
		value := head + ` "` + inner + `"`
		return x.withClass(toks, i, end, value, typ)
	}
	// Issuer: Bằng khen của Thủ tướng Chính phủ.
	if typ == "Bằng khen" || typ == "Giấy khen" || typ == "Cờ thi đua" {
		k := j
		if typ == "Cờ thi đua" && k+1 < len(toks) && toks[k].Lower == "xuất" && toks[k+1].Lower == "sắc" {
			k += 2 // "Cờ thi đua xuất sắc của Chính phủ", the flag's older name
		}
		if end, ok := x.issuer(toks, k); ok {
			value := head + " " + text[toks[j].Start:toks[end-1].End]
			return awardEntity(toks, i, end, value, typ, "", false), end, true
		}
		if k > j && !toks[j].Is(scan.NewlineBefore) && !toks[j+1].Is(scan.NewlineBefore) && !periodAfter(toks, k) {
			// "tặng Cờ thi đua xuất sắc": the flag's name, no issuer after it.
			return awardEntity(toks, i, k, head+" "+text[toks[j].Start:toks[k-1].End], typ, "", false), k, true
		}
	}
	// "Huy hiệu 40 năm tuổi Đảng"; "Huy hiệu 50, 55 và 60 năm tuổi Đảng"
	// is three badges, the first here, the others read by nextPartyYears.
	if typ == "Huy hiệu" {
		if end, ok := partyYears(toks, j); ok {
			if end > j+4 {
				return awardEntity(toks, i, j+1, partyBadge(text, toks[j]), typ, "", false), j + 1, true
			}
			return awardEntity(toks, i, end, head+" "+text[toks[j].Start:toks[end-1].End], typ, "", false), end, true
		}
	}
	// A name the lexicon knows, in any letter case; prizes are
	// capitalized ("giải thưởng nhà nước" is any state's prize).
	if m, name := lx.names[typ].Match(toks, j); m > 0 && (typ != "Giải thưởng" || toks[j].Cap()) {
		end := j + m
		// "Huân chương Hữu nghị Campuchia - Việt Nam": the two countries
		// of a bilateral order belong to its name.
		if pe, ok := countryPair(text, toks, end); ok {
			name += " " + text[toks[end].Start:toks[pe-1].End]
			end = pe
		}
		if we := worldIssuer(toks, end); we > end {
			name += " " + text[toks[end].Start:toks[we-1].End]
			end = we
		}
		return x.withClass(toks, i, end, head+" "+name, typ)
	}
	// "9 học sinh đoạt huy chương Olympic quốc tế": medals of no colour,
	// in lower case, won by a counted group, are no particular award.
	if typ == "Huy chương" && !t.Cap() && countedBefore(toks, i) {
		return e, 0, false
	}
	// A name the lexicon does not know starts with a capital.
	if end := x.openName(toks, j); end > j {
		end = worldIssuer(toks, end)
		return x.withClass(toks, i, end, head+" "+text[toks[j].Start:toks[end-1].End], typ)
	}
	if typ == "Giải thưởng" || plural(toks, i) || x.pluralList(toks, i) {
		// "giải thưởng" alone, "nhiều huân chương": no particular award.
		return e, 0, false
	}
	return x.withClass(toks, i, j, typ, typ)
}

// countedBefore reports whether a count of people stands among the four
// words before toks[i], in the same clause: "9 học sinh đoạt"; a year or
// a span of time ("năm 2019 được tặng", "3 năm liền") is none.
func countedBefore(toks []scan.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case toks[k].Kind == scan.Number:
			n, err := strconv.Atoi(toks[k].Lower)
			return err == nil && n < 1000 && k+1 < i && !timeWord(toks[k+1].Lower)
		case toks[k].Kind != scan.Word || toks[k+1].Is(scan.NewlineBefore):
			return false
		}
	}
	return false
}

// timeWord reports whether w, in lower case, counts time: "3 năm".
func timeWord(w string) bool {
	switch w {
	case "năm", "tháng", "ngày", "lần", "kỳ", "mùa", "tuổi":
		return true
	}
	return false
}

// ownedBy reports a body that runs an award named right before toks[i]:
// "Quỹ", "Hội đồng", "Ban tổ chức", "Ban giám khảo". "Quỹ Giải thưởng
// X" is the fund, an organization; the prize itself is named elsewhere.
func ownedBy(toks []scan.Token, i int) bool {
	if i == 0 || toks[i].Is(scan.NewlineBefore) {
		return false
	}
	word := func(k int, w string) bool {
		return k >= 0 && toks[k].Lower == w && (k == i-1 || !toks[k+1].Is(scan.NewlineBefore))
	}
	switch toks[i-1].Lower {
	case "quỹ":
		return true
	case "đồng":
		return word(i-2, "hội")
	case "chức":
		return word(i-2, "tổ") && word(i-3, "ban")
	case "khảo":
		return word(i-2, "giám") && word(i-3, "ban")
	}
	return false
}

// worldIssuer returns the token after "của Liên hợp quốc" (or "của
// LHQ", "của UNESCO") at toks[end], or end: the body that awards a medal
// the world over names it ("Huy chương Gìn giữ hòa bình của Liên hợp
// quốc"), where a Vietnamese body after "của" is who gave the award.
func worldIssuer(toks []scan.Token, end int) int {
	if end+1 >= len(toks) || toks[end].Lower != "của" || toks[end+1].Is(scan.NewlineBefore) {
		return end
	}
	switch toks[end+1].Lower {
	case "lhq", "unesco":
		return end + 2
	case "liên":
		if end+3 < len(toks) && toks[end+2].Lower == "hợp" && toks[end+3].Lower == "quốc" && !toks[end+3].Is(scan.NewlineBefore) {
			return end + 4
		}
	}
	return end
}

// category matches a festival's category written with a capital at
// toks[i] ("Nam diễn viên phụ xuất sắc", not "nam diễn viên" the actor).
func (x *Extractor) category(toks []scan.Token, i int) int {
	if !toks[i].Cap() {
		return 0
	}
	n, _ := x.lx.categories.Match(toks, i)
	return n
}

// conferredAfter reports words at toks[k] that give the prize before them
// to someone: "thuộc về", "về tay", "được trao", "trao cho", "gọi tên".
func conferredAfter(toks []scan.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Is(scan.NewlineBefore) || toks[k+1].Is(scan.NewlineBefore) {
		return false
	}
	switch a, b := toks[k].Lower, toks[k+1].Lower; a {
	case "thuộc":
		return b == "về"
	case "về":
		return b == "tay"
	case "được":
		return b == "trao" || b == "gọi" || b == "xướng" || b == "vinh"
	case "trao":
		return b == "cho"
	case "gọi", "xướng":
		return b == "tên"
	}
	return false
}

// inName reports a capitalized word at toks[i] right after another one,
// within a sentence: it continues a name ("Sài Gòn Giải Phóng").
func inName(toks []scan.Token, i int) bool {
	if i == 0 || !toks[i].Cap() || toks[i].Is(scan.NewlineBefore) {
		return false
	}
	p := toks[i-1]
	return p.Kind == scan.Word && p.Cap()
}

// festivalPrize matches a festival trophy at toks[i] that is written with a
// capital ("Bông sen vàng", not "bông sen" the flower).
func (x *Extractor) festivalPrize(toks []scan.Token, i int) (int, string) {
	if i >= len(toks) || !toks[i].Cap() {
		return 0, ""
	}
	return x.lx.festival.Match(toks, i)
}

// periodAfter reports a period named at toks[k] ("năm học 2024-2025",
// "năm 2025", "giai đoạn ..."): "Cờ thi đua xuất sắc năm học 2024-2025"
// then reads as the flag for excellence in that period.
func periodAfter(toks []scan.Token, k int) bool {
	if k >= len(toks) || toks[k].Is(scan.NewlineBefore) {
		return false
	}
	switch toks[k].Lower {
	case "năm", "giai", "trong", "nhiệm":
		return true
	}
	return false
}

// gamesName returns the index after the name of multi-sport games at
// toks[k] ("SEA Games 33", "ASIAD 19", "Olympic Paris 2024") on the same
// line, or k when none stands there.
func gamesName(toks []scan.Token, k int) int {
	if k >= len(toks) || toks[k].Is(scan.NewlineBefore) || !toks[k].Cap() {
		return k
	}
	n, _ := defaultLexicon.games.Match(toks, k)
	if n == 0 {
		return k
	}
	end := k + n
	// Only a number or a host city with its year names one edition: "SEA
	// Games 33", "Olympic Tokyo 2020"; "HCV SEA Games thứ 13 của cô" counts
	// her medals.
	if end < len(toks) && !toks[end].Is(scan.NewlineBefore) {
		if toks[end].Kind == scan.Number {
			return end + 1
		}
		if end+1 < len(toks) && toks[end].Cap() && toks[end+1].Kind == scan.Number && !toks[end+1].Is(scan.NewlineBefore) {
			return end + 2
		}
	}
	return k
}

// countryPair reads "Campuchia - Việt Nam" at toks[k]: two places joined by
// a dash, on one line. It returns the index after the second.
func countryPair(text string, toks []scan.Token, k int) (int, bool) {
	if k >= len(toks) || !toks[k].Cap() || toks[k].Is(scan.NewlineBefore) {
		return 0, false
	}
	n, _ := lex.Places.Match(text, toks, k)
	d := k + n
	if n == 0 || d+1 >= len(toks) || toks[d].Lower != "-" && toks[d].Lower != "–" || toks[d+1].Is(scan.NewlineBefore) {
		return 0, false
	}
	m, _ := lex.Places.Match(text, toks, d+1)
	return d + 1 + m, m > 0
}

// partyYears reads "40 năm tuổi Đảng" or "50, 55 và 60 năm tuổi Đảng" at
// toks[j] and returns the index after "Đảng".
func partyYears(toks []scan.Token, j int) (int, bool) {
	k := j
	for n := 0; n < 8; n++ {
		if k >= len(toks) || toks[k].Kind != scan.Number || toks[k].Is(scan.NewlineBefore) {
			return 0, false
		}
		k++
		if k < len(toks) && (toks[k].Lower == "," || toks[k].Lower == "và") {
			k++
			continue
		}
		break
	}
	if k+2 < len(toks) && toks[k].Lower == "năm" && toks[k+1].Lower == "tuổi" && toks[k+2].Lower == "đảng" {
		return k + 3, true
	}
	return 0, false
}

// partyBadge names the party badge for the years of the number n.
func partyBadge(text string, n scan.Token) string {
	return "Huy hiệu " + text[n.Start:n.End] + " năm tuổi Đảng"
}

// nextPartyYears reads ", 55" or "và 60 năm tuổi Đảng" at toks[k] in a
// list of party badge years and returns that badge, its span the number
// (and "năm tuổi Đảng" after the last).
func nextPartyYears(text string, toks []scan.Token, k int) (pipeline.Entity, int, bool) {
	if k+1 >= len(toks) || toks[k].Lower != "," && toks[k].Lower != "và" {
		return pipeline.Entity{}, 0, false
	}
	end, ok := partyYears(toks, k+1)
	if !ok {
		return pipeline.Entity{}, 0, false
	}
	if end > k+5 {
		end = k + 2 // more years follow
	}
	e := awardEntity(toks, k+1, end, partyBadge(text, toks[k+1]), "Huy hiệu", "", false)
	e.Text, e.Source = e.Span.Of(text), Name
	return e, end, true
}

// withClass extends an award ending before toks[end] with its class
// ("hạng Nhất") when one follows.
func (x *Extractor) withClass(toks []scan.Token, i, end int, value, typ string) (pipeline.Entity, int, bool) {
	class := ""
	if end+1 < len(toks) && toks[end].Lower == "hạng" && !toks[end+1].Is(scan.NewlineBefore) {
		if n, c := x.lx.classes.Match(toks, end+1); n > 0 {
			class = "hạng " + c
			value += " " + class
			end += 1 + n
		}
	}
	return awardEntity(toks, i, end, value, typ, class, false), end, true
}

// nextTitle reads "và NSND" (or ", NSND" after a year) at toks[k] after a
// conferred title, with the year of the first one between them ("NSƯT năm
// 2007 và NSND năm 2019"), and returns the second title.
func (x *Extractor) nextTitle(toks []scan.Token, k int) (pipeline.Entity, int, bool) {
	year := k+1 < len(toks) && toks[k].Lower == "năm" && toks[k+1].Kind == scan.Number && !toks[k+1].Is(scan.NewlineBefore)
	if year {
		k += 2
	}
	// A comma joins two titles only after a year: "trao danh hiệu NSND,
	// NSƯT" heads a list of which the article may confer one.
	if k+1 >= len(toks) || toks[k].Lower != "và" && (!year || toks[k].Lower != ",") || toks[k+1].Is(scan.NewlineBefore) {
		return pipeline.Entity{}, 0, false
	}
	n, title := x.lx.titles.Match(toks, k+1)
	if n == 0 || k+1+n < len(toks) && toks[k+1+n].Cap() && !toks[k+1+n].Is(scan.NewlineBefore) {
		return pipeline.Entity{}, 0, false
	}
	return awardEntity(toks, k+1, k+1+n, title, "Danh hiệu", "", false), k + 1 + n, true
}

// nextClass reads ", hạng Ba" or "và hạng Ba" at toks[k] after the award
// prev that has a class, or a bare ", Nhì" as in "hạng Nhất, Nhì, Ba", and
// returns the same award in that class, its span the class alone.
func (x *Extractor) nextClass(text string, toks []scan.Token, k int, prev pipeline.Entity) (pipeline.Entity, int, bool) {
	if k+1 >= len(toks) || toks[k].Lower != "," && toks[k].Lower != "và" || toks[k+1].Is(scan.NewlineBefore) {
		return pipeline.Entity{}, 0, false
	}
	at := k + 1
	var n int
	var c string
	if toks[at].Lower == "hạng" {
		if at+1 >= len(toks) || toks[at+1].Is(scan.NewlineBefore) {
			return pipeline.Entity{}, 0, false
		}
		n, c = x.lx.classes.Match(toks, at+1)
		n++
	} else if n, c = bareClass(toks, at); n == 0 {
		return pipeline.Entity{}, 0, false
	}
	if c == "" {
		return pipeline.Entity{}, 0, false
	}
	end := at + n
	class := "hạng " + c
	value := strings.TrimSuffix(prev.Value, prev.Award.Class) + class
	e := awardEntity(toks, at, end, value, prev.Award.Type, class, false)
	e.Text, e.Source = e.Span.Of(text), Name
	return e, end, true
}

// bareClass reads a class word without "hạng" at toks[k] ("Nhì" of "hạng
// Nhất, Nhì, Ba"): only the three words, and only where the list goes on
// or ends, not where the word opens a name or counts ("Ba Đình", "ba
// năm").
func bareClass(toks []scan.Token, k int) (int, string) {
	var c string
	switch toks[k].Lower {
	case "nhất":
		c = "Nhất"
	case "nhì":
		c = "Nhì"
	case "ba":
		c = "Ba"
	default:
		return 0, ""
	}
	if k+1 < len(toks) {
		if t := toks[k+1]; t.Kind == scan.Word && !t.Is(scan.NewlineBefore) {
			switch t.Lower {
			case "và", "cho", "vì", "của", "do":
			default:
				return 0, ""
			}
		}
	}
	return 1, c
}

// bracketClasses reads the classes listed in brackets at toks[k] after an
// order with none, "(hạng Nhất, hạng Ba)" or "(hạng Nhất, Nhì, Ba)", and
// returns prev with the first class, then an award for each other class,
// and the index after the brackets; nothing unless the brackets hold
// classes alone.
func (x *Extractor) bracketClasses(text string, toks []scan.Token, k int, prev pipeline.Entity) ([]pipeline.Entity, int) {
	if k >= len(toks) || toks[k].Lower != "(" {
		return nil, 0
	}
	var out []pipeline.Entity
	for j := k + 1; j < len(toks) && j < k+16 && !toks[j].Is(scan.NewlineBefore); {
		if len(out) > 0 {
			switch toks[j].Lower {
			case ")":
				return out, j + 1
			case ",", "và":
				j++
			default:
				return nil, 0
			}
		}
		at := j
		if j < len(toks) && toks[j].Lower == "hạng" {
			j++
		}
		if j >= len(toks) || toks[j].Is(scan.NewlineBefore) {
			return nil, 0
		}
		n, c := x.lx.classes.Match(toks, j)
		if n == 0 || at == j && len(out) == 0 {
			// The first class says "hạng"; a bare "Nhì, Ba" may follow it.
			return nil, 0
		}
		class := "hạng " + c
		value := prev.Value + " " + class
		if len(out) == 0 {
			e := prev
			info := *prev.Award
			info.Class = class
			e.Award, e.Value = &info, value
			out = append(out, e)
		} else {
			e := awardEntity(toks, at, j+n, value, prev.Award.Type, class, false)
			e.Text, e.Source = e.Span.Of(text), Name
			out = append(out, e)
		}
		j += n
	}
	return nil, 0
}

func awardEntity(toks []scan.Token, i, end int, value, typ, class string, sport bool) pipeline.Entity {
	return pipeline.Entity{
		Kind:  pipeline.KindAward,
		Span:  pipeline.Span{Start: toks[i].Start, End: toks[end-1].End},
		Value: value,
		Award: &pipeline.AwardInfo{Type: typ, Class: class, Sport: sport},
	}
}

// danhHieu reads the title after "danh hiệu" (toks[i:j]): quoted, known or
// capitalized. "danh hiệu học sinh giỏi" names no state title and yields
// nothing.
func (x *Extractor) danhHieu(text string, toks []scan.Token, i, j int) (pipeline.Entity, int, bool) {
	if inner, end, ok := quoted(text, toks, j); ok {
		return awardEntity(toks, j, end, inner, "Danh hiệu", "", false), end, true
	}
	if n, title := x.lx.titles.Match(toks, j); n > 0 {
		return awardEntity(toks, j, j+n, title, "Danh hiệu", "", false), j + n, true
	}
	if end := x.openName(toks, j); end > j {
		return awardEntity(toks, j, end, text[toks[j].Start:toks[end-1].End], "Danh hiệu", "", false), end, true
	}
	return pipeline.Entity{}, 0, false
}

// conferredTitle reports whether the honorary title toks[i:end] is being
// conferred (a conferring verb or "cho" next to it) rather than used as a
// form of address ("NSND Thu Hà", "Anh hùng LLVTND Nguyễn Văn A").
func (x *Extractor) conferredTitle(toks []scan.Token, i, end int) bool {
	if end < len(toks) && toks[end].Cap() && !toks[end].Is(scan.NewlineBefore) {
		return false
	}
	g := defaultGrammar
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Kind == scan.Punct {
			break
		}
		// "phong Anh hùng Lao động", "truy phong": "phong" alone is too
		// common a syllable (phong trào) to be a verb elsewhere.
		if k == i-1 && toks[k].Lower == "phong" {
			return true
		}
		if n, _ := g.Confer.Match(toks, k); n > 0 && k+n <= i {
			return true
		}
		if n, _ := g.Receive.Match(toks, k); n > 0 && k+n <= i {
			return true
		}
	}
	return end < len(toks) && toks[end].Lower == "cho"
}

// conferredBefore reports whether a verb that confers ends within the
// three words before toks[i], in its clause, or runs over it: "trao",
// "được trao tặng", "trao giải".
func conferredBefore(toks []scan.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Kind == scan.Punct {
			return false
		}
		if n, _ := defaultGrammar.Confer.Match(toks, k); n > 0 && k+n >= i {
			return true
		}
	}
	return false
}

// prizeName reports whether toks[j] starts the name of a prize after
// "giải": a capital that is not a contest rank ("giải Nhất").
func (x *Extractor) prizeName(toks []scan.Token, j int) bool {
	if j >= len(toks) || !toks[j].Cap() || toks[j].Is(scan.NewlineBefore) {
		return false
	}
	if n, _ := x.lx.classes.Match(toks, j); n > 0 {
		return false
	}
	switch toks[j].Lower {
	case "khuyến", "đặc", "a", "b", "c", "tư", "năm", "phóng":
		return false // "Giải phóng" frees, it is never a prize
	}
	n, _ := x.lx.tournaments.Match(toks, j)
	return n == 0
}

// issuer reads "của <issuer>" (or a capitalized issuer without "của")
// at toks[j] and returns the end of the issuer.
func (x *Extractor) issuer(toks []scan.Token, j int) (int, bool) {
	k := j
	if k < len(toks) && toks[k].Lower == "của" {
		k++
	}
	if k >= len(toks) || toks[k].Kind != scan.Word || toks[k].Is(scan.NewlineBefore) {
		return 0, false
	}
	if n, _ := x.lx.issuers.Match(toks, k); n == 0 {
		return 0, false
	}
	if k == j && !toks[k].Cap() {
		return 0, false
	}
	end, limit := k, x.cfg.MaxNameWords
	for end < len(toks) && end-k < limit {
		t := toks[end]
		// "Bộ Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch": a
		// ministry's name holds "và" and a comma. A join does not count
		// against the limit: "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"
		// is longer than most names, and surely one.
		if end > k && !t.Is(scan.NewlineBefore) {
			if j := ministryJoin(toks, end); j > end {
				limit += j - end
				end = j
				continue
			}
		}
		if t.Kind != scan.Word || t.Is(scan.NewlineBefore) {
			break
		}
		if end > k {
			if n, _ := x.lx.stops.Match(toks, end); n > 0 {
				break
			}
		}
		end = ampersandRun(toks, end)
	}
	return end, end > k
}

// ampersandRun returns the index after the abbreviation that starts with
// the word toks[k] when its parts are glued by "&" ("GD&ĐT", "VH,TT&DL",
// "LĐ-TB&XH": a ministry's name); else k+1.
func ampersandRun(toks []scan.Token, k int) int {
	end, amp := k+1, false
	for end+1 < len(toks) && toks[end].Kind == scan.Punct && !toks[end].Is(scan.SpaceBefore) && !toks[end].Is(scan.NewlineBefore) &&
		toks[end+1].Kind == scan.Word && !toks[end+1].Is(scan.SpaceBefore) && !toks[end+1].Is(scan.NewlineBefore) {
		switch toks[end].Lower {
		case "&":
			amp = true
		case ",", "-":
		default:
			return k + 1
		}
		end += 2
	}
	if !amp {
		return k + 1
	}
	return end
}

// ministryJoin returns the token after "và" and the capitalized word that
// follows it at toks[k] ("và Đào tạo"), or after ", Thể thao và Du" (a
// comma or a dash, a capital, a word or two and then "và" with a capital:
// "Bộ Lao động - Thương binh và Xã hội"), when they continue an issuer's
// name; else k.
func ministryJoin(toks []scan.Token, k int) int {
	capAt := func(j int) bool {
		return j < len(toks) && toks[j].Kind == scan.Word && toks[j].Cap() && !toks[j].Is(scan.NewlineBefore)
	}
	switch toks[k].Lower {
	case "và":
		if capAt(k+1) && !defaultLexicon.mayStart(toks[k+1].Lower) {
			return k + 2
		}
	case ",", "-", "–":
		if !capAt(k + 1) {
			return k
		}
		j := k + 2
		for j < len(toks) && j <= k+3 && toks[j].Kind == scan.Word && toks[j].Lower != "và" && !toks[j].Is(scan.NewlineBefore) {
			j++
		}
		if j < len(toks) && toks[j].Lower == "và" && capAt(j+1) && !defaultLexicon.mayStart(toks[j+1].Lower) {
			return j + 2
		}
	}
	return k
}

// openName reads a name the lexicon does not know: it starts with a
// capital and runs to a stop word, punctuation or MaxNameWords syllables.
func (x *Extractor) openName(toks []scan.Token, j int) int {
	if j >= len(toks) || !toks[j].Cap() || toks[j].Is(scan.NewlineBefore) {
		return j
	}
	end := j
	for end < len(toks) && end-j < x.cfg.MaxNameWords {
		t := toks[end]
		if t.Kind != scan.Word || t.Is(scan.NewlineBefore) {
			break
		}
		if n, _ := x.lx.stops.Match(toks, end); n > 0 && end > j {
			// "giải Bài hát của năm", "Cầu thủ xuất sắc của năm": the
			// category's own "of the year", not an issuer.
			if t.Lower == "của" && end+1 < len(toks) && toks[end+1].Lower == "năm" && !toks[end+1].Is(scan.NewlineBefore) &&
				(end+2 == len(toks) || toks[end+2].Kind != scan.Number) {
				end += 2
			}
			// "giải Thí sinh được yêu thích nhất": a category voted the
			// favourite.
			if t.Lower == "được" {
				if k := favouriteEnd(toks, end+1); k > end+1 {
					end = k
				}
			}
			if t.Lower == "và" {
				if k := x.classedAfter(toks, end+1, j+x.cfg.MaxNameWords); k > end {
					end = k
					continue
				}
			}
			break
		}
		// "hạng" starts the class, read by withClass.
		if t.Lower == "hạng" {
			break
		}
		// "Giải thưởng X tổ chức lễ ...": a verb in lower case that ends
		// an organization ends a name too.
		if end > j && !t.Cap() {
			if n, _ := defaultGrammar.OrgStops.Match(toks, end); n > 0 {
				break
			}
		}
		end++
	}
	return end
}

// favouriteEnd returns the index after "yêu thích" (and "nhất") at
// toks[k], or k.
func favouriteEnd(toks []scan.Token, k int) int {
	if k+1 >= len(toks) || toks[k].Lower != "yêu" || toks[k+1].Lower != "thích" || toks[k+1].Is(scan.NewlineBefore) {
		return k
	}
	if k+2 < len(toks) && toks[k+2].Lower == "nhất" && !toks[k+2].Is(scan.NewlineBefore) {
		return k + 3
	}
	return k + 2
}

// classedAfter returns the index of the "hạng" that ends a capitalized
// run of words at toks[k] before limit and opens a class, or 0: "Nghệ
// thuật và Văn học hạng Sĩ quan" is one order's name, "và" within it.
func (x *Extractor) classedAfter(toks []scan.Token, k, limit int) int {
	if k >= len(toks) || !toks[k].Cap() || toks[k].Is(scan.NewlineBefore) {
		return 0
	}
	for j := k; j < len(toks) && j < limit; j++ {
		t := toks[j]
		if t.Kind != scan.Word || t.Is(scan.NewlineBefore) {
			return 0
		}
		if t.Lower == "hạng" {
			if n, _ := x.lx.classes.Match(toks, j+1); n > 0 && j > k && !toks[j+1].Is(scan.NewlineBefore) {
				return j
			}
			return 0
		}
		if n, _ := x.lx.stops.Match(toks, j); n > 0 {
			return 0
		}
		if n, _ := x.lx.types.Match(toks, j); n > 0 {
			return 0 // "Huân chương A và Huân chương B hạng Ba": two orders
		}
	}
	return 0
}

// pluralList reports whether a bare type word at toks[i] continues a
// list that a quantifier opens: "nhiều Huân chương, Huy chương và Bằng
// khen" names no single award.
func (x *Extractor) pluralList(toks []scan.Token, i int) bool {
	for i > 1 {
		if l := toks[i-1].Lower; l != "," && l != "và" && l != "cùng" {
			return false
		}
		// Find the type word that ends before the separator.
		prev := -1
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if n, _ := x.lx.types.Match(toks, k); n > 0 && k+n == i-1 {
				prev = k
				break
			}
		}
		if prev < 0 {
			return false
		}
		if plural(toks, prev) {
			return true
		}
		i = prev
	}
	return false
}

// plural reports whether a bare type word at toks[i] is counted or
// quantified ("nhiều huân chương", "3 bằng khen"): no single award.
func plural(toks []scan.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.Kind == scan.Number {
		return true
	}
	switch p.Lower {
	case "các", "nhiều", "những", "mấy", "hai", "ba", "bốn", "năm", "loại", "mọi":
		return true
	}
	return false
}

var closing = map[string]string{`"`: `"`, "“": "”", "'": "'", "‘": "’", "«": "»", "”": "”"}

// quoted reads a quotation opening at toks[j] and returns its inner text,
// trimmed, and the index after the closing quote. A quotation runs at most
// 16 tokens and never past the end of a sentence.
func quoted(text string, toks []scan.Token, j int) (string, int, bool) {
	if j >= len(toks) || toks[j].Kind != scan.Punct {
		return "", 0, false
	}
	want, ok := closing[toks[j].Lower]
	if !ok {
		return "", 0, false
	}
	for k := j + 1; k < len(toks) && k <= j+17; k++ {
		t := toks[k]
		if t.Is(scan.NewlineBefore) {
			return "", 0, false
		}
		if t.Kind == scan.Punct {
			if t.Lower == want || (want == `"` && t.Lower == "”") || (want == "'" && t.Lower == "’") {
				if k == j+1 {
					return "", 0, false
				}
				inner := strings.Join(strings.Fields(text[toks[j].End:t.Start]), " ")
				return inner, k + 1, true
			}
			if t.Lower == "." || t.Lower == "!" || t.Lower == "?" {
				return "", 0, false
			}
		}
	}
	return "", 0, false
}

// decision reads "Quyết định số 1358/QĐ-CTN" at toks[i]. Its Value is
// "Quyết định số " and the number as written.
func decision(text string, toks []scan.Token, i int) (pipeline.Entity, int, bool) {
	if toks[i].Lower != "quyết" || i+2 >= len(toks) || toks[i+1].Lower != "định" {
		return pipeline.Entity{}, 0, false
	}
	k := i + 2
	if toks[k].Lower == "số" {
		k++
	}
	if k >= len(toks) || toks[k].Kind != scan.Number || toks[k].Is(scan.NewlineBefore) {
		return pipeline.Entity{}, 0, false
	}
	// The number runs over tokens joined without space: "1358", "/",
	// "QĐ-CTN"; a trailing dot or comma belongs to the sentence.
	end := k + 1
	for end < len(toks) && !toks[end].Is(scan.SpaceBefore) && !toks[end].Is(scan.NewlineBefore) {
		if l := toks[end].Lower; toks[end].Kind == scan.Punct && l != "/" && l != "-" && l != "." {
			break
		}
		end++
	}
	for end > k+1 && toks[end-1].Kind == scan.Punct {
		end--
	}
	num := text[toks[k].Start:toks[end-1].End]
	return pipeline.Entity{
		Kind:  pipeline.KindDecision,
		Span:  pipeline.Span{Start: toks[i].Start, End: toks[end-1].End},
		Value: "Quyết định số " + num,
	}, end, true
}
