// Package title finds positions (chức vụ) in Vietnamese news text: a role
// from the lexicon ("Bộ trưởng", "Phó Bí thư Thường trực", "Quyền Giám
// đốc") and the organization written after it ("Bộ Công an", "Thành ủy Hà
// Nội"), with abbreviations expanded ("Đảng ủy CA Trung ương" → "Đảng ủy
// Công an Trung ương"). The organization ends before the name of the
// office holder and before the verb or clause that follows ("Bí thư Thành
// ủy Hà Nội | đồng chủ trì"). "nguyên"/"cựu" mark a former office; a
// heading "các Phó Thủ tướng:" is a group title that distributes over the
// names after it.
package title

import (
	"context"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// Name is the extractor's registry name.
const Name = "title"

// Config configures the extractor; the zero value is the default.
type Config struct {
	// MaxOrgWords caps the organization's length in tokens (default 16).
	MaxOrgWords int `json:"max_org_words"`
}

// Extractor finds title mentions. It is safe for concurrent use.
type Extractor struct{ cfg Config }

// New returns an Extractor for cfg.
func New(cfg Config) (*Extractor, error) {
	if cfg.MaxOrgWords <= 0 {
		cfg.MaxOrgWords = 16
	}
	return &Extractor{cfg: cfg}, nil
}

// Factory builds an Extractor from JSON configuration (empty for defaults).
func Factory(raw json.RawMessage) (pipeline.Extractor, error) {
	return pipeline.FactoryOf(New)(raw)
}

// Name returns Name.
func (x *Extractor) Name() string { return Name }

// Extract returns the title mentions of doc.
func (x *Extractor) Extract(ctx context.Context, doc *pipeline.Document) ([]pipeline.Entity, error) {
	p := &parser{text: doc.Text, toks: scan.Document(doc), max: x.cfg.MaxOrgWords}
	toks := p.toks // a local the loop's gate reads without reloading p
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	// Most articles hold a few titles: growing the slice from nil
	// allocated more, in bytes and objects.
	out := make([]pipeline.Entity, 0, 16)
	check := 1024 // the next index at which the loop checks ctx
	// Most words open no title: nextHead turns them away in a loop of its
	// own, before anything else is done for them, and looks only at the
	// tokens lex.Titles lets through, found in a pass shared with rank and
	// award.
	hits := lex.Titles.Hits(doc)
	h := 0 // where in hits nextHead goes on
	for i := 0; i < len(toks); i++ {
		var info headInfo
		if i, h, info = nextHead(toks, hits, h, i); i == len(toks) {
			break
		}
		if i >= check {
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
			check = i + 1024
		}
		if !p.mayStart(i, info) {
			if t := &toks[i]; info&hBan != 0 && (t.Lower == "ban" || t.Lower == "hđqt" || t.Lower == "hội") && t.Flags&scan.Upper != 0 {
				if e, next, ok := p.members(i); ok {
					out = append(out, e)
					i = next - 1
				}
			}
			continue
		}
		e, next, ok := p.title(i)
		if !ok {
			if next > i {
				i = next - 1
			}
			continue
		}
		// "đại biểu Nguyễn Thị A (Đoàn ĐBQH tỉnh B)": the delegation
		// after the name makes a bare "đại biểu" a member of parliament.
		if e.Title.Organization == "" && strings.EqualFold(e.Title.Role, "đại biểu") {
			if d, after, ok := p.deputy(next); ok {
				out = append(out, d)
				i = after - 1
				continue
			}
			// "được chọn là đại biểu của tỉnh dự Đại hội": a delegate to
			// one meeting, no office, unless it stands before a name.
			if p.toks[i].Flags&scan.Upper == 0 && p.nameAt(next) == 0 {
				continue
			}
		}
		// "Giám đốc các sở: Xây dựng A; Y tế B": one title for each
		// holder, in place of the heading.
		if e.Title.Organization == "" && !e.Title.Group && p.lower(next) == "các" {
			if items, after := p.portfolios(e, next); len(items) > 0 {
				out = append(out, items...)
				i = after - 1
				continue
			}
		}
		out = append(out, e)
		i = next - 1
	}
	p.inherit(out)
	return out, nil
}

// deputyRole is the office of a member of the National Assembly.
const deputyRole = "Đại biểu Quốc hội"

// deputy reads the delegation a deputy's name is followed by, the name
// starting at toks[j]: "(Đoàn ĐBQH tỉnh Bà Rịa - Vũng Tàu)", ", Đoàn
// ĐBQH TP.HCM,", and, where the story is about the National Assembly,
// "(đoàn Thái Bình)" and "(Trà Vinh)". The title spans the delegation and
// names its province; after is the index after the delegation.
func (p *parser) deputy(j int) (e pipeline.Entity, after int, ok bool) {
	n := p.nameAt(j)
	if n == 0 {
		return e, 0, false
	}
	open := p.lower(j + n)
	if open != "(" && open != "," {
		return e, 0, false
	}
	s := j + n + 1
	ps := s // the province
	explicit := false
	if p.lower(s) == "đoàn" {
		switch {
		case p.lower(s+1) == "đbqh":
			ps, explicit = s+2, true
		case p.lower(s+1) == "đại" && p.lower(s+2) == "biểu" && p.lower(s+3) == "quốc" && p.lower(s+4) == "hội":
			ps, explicit = s+5, true
		default:
			ps = s + 1
		}
	}
	if !explicit && (open != "(" || !strings.Contains(p.text, "Quốc hội")) {
		return e, 0, false
	}
	close := ")"
	if open == "," {
		close = ","
	}
	q := ps
	if p.lower(q) == "tỉnh" || p.lower(q) == "tp" || p.lower(q) == "thành" && p.lower(q+1) == "phố" {
		q++
		if p.lower(q) == "phố" || p.lower(q) == "." {
			q++
		}
	}
	caps := 0
	for ; q < len(p.toks) && q-ps < 10 && p.toks[q].Lower != close; q++ {
		switch t := p.toks[q]; {
		case t.Kind == scan.Word && t.Flags&scan.Upper != 0:
			caps++
		case isDash(t.Lower) || t.Lower == ".":
		default:
			return e, 0, false
		}
	}
	if caps == 0 || q >= len(p.toks) || p.toks[q].Lower != close {
		return e, 0, false
	}
	// A bare province must be one: "(Trà Vinh)", not "(Nguyễn A)".
	if ps == s {
		if m, _ := lex.Places.Match(p.text, p.toks, ps); m != q-ps {
			return e, 0, false
		}
	}
	org := p.text[p.toks[ps].Start:p.toks[q-1].End]
	if p.abbrevIn(ps, q) {
		org = lex.Expand(org)
	}
	span := pipeline.Span{Start: p.toks[s].Start, End: p.toks[q-1].End}
	return p.entity(span, pipeline.TitleInfo{Role: deputyRole, Organization: spaceDashes(org)}), q, true
}

type parser struct {
	text string
	toks []scan.Token
	max  int

	// The role mayStart found last, at toks[roleI], for roleAt to reuse:
	// lex.Roles.Match(p.text, p.toks, roleI) is roleN, roleV.
	roleI, roleN int
	roleV        string

	// The last answers of nameAt and orgHeadAt: lex.NameAt(p.text,
	// p.toks, nameJ-1) is nameN, and so on (0: none yet). stopsOrg, then
	// namedHead and org, ask them of the same token in turn.
	nameJ, nameN       int
	orgHeadJ, orgHeadN int
	stopJ              int // stopsOrg(stopJ-1) is stop
	stop               bool

	// infos holds the TitleInfos of entities to come: one allocation
	// serves several titles.
	infos []pipeline.TitleInfo

	// The bracketed abbreviation org skipped inside the organization it
	// returned last, as byte offsets (cutS == cutE: none): "(CDC)" in
	// "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Gia Lai".
	cutS, cutE int
	// Whether that organization opened with a region its role covers:
	// "khu vực châu Á của" in "Giám đốc khu vực châu Á của AFD".
	region bool
}

// nameAt returns lex.NameAt(p.text, p.toks, j).
func (p *parser) nameAt(j int) int {
	if j+1 != p.nameJ {
		p.nameJ, p.nameN = j+1, lex.NameAt(p.text, p.toks, j)
	}
	return p.nameN
}

// orgHeadAt returns the length of lex.OrgHeads.Match(p.text, p.toks, j).
func (p *parser) orgHeadAt(j int) int {
	if j+1 != p.orgHeadJ {
		p.orgHeadJ = j + 1
		p.orgHeadN, _ = lex.OrgHeads.Match(p.text, p.toks, j)
	}
	return p.orgHeadN
}

// matchRole returns lex.Roles.Match(p.text, p.toks, i).
func (p *parser) matchRole(i int) (int, string) {
	if i == p.roleI && p.roleN > 0 {
		return p.roleN, p.roleV
	}
	if i < 0 || i >= len(p.toks) || p.toks[i].Lower == "" || !p.mayBeRole(i, headOf(p.toks[i].Lower)) {
		return 0, ""
	}
	return lex.Roles.Match(p.text, p.toks, i)
}

// mayStart reports whether a title can start at the word toks[i]: a role
// or one of the words before a role. It turns away most words of a text
// before title builds anything; info is headOf the word.
func (p *parser) mayStart(i int, info headInfo) bool {
	w := p.toks[i].Lower
	if info&hBefore != 0 && isBeforeRole(w) {
		return true
	}
	if !p.mayBeRole(i, info) {
		return false
	}
	n, v := lex.Roles.Match(p.text, p.toks, i)
	if n > 0 {
		p.roleI, p.roleN, p.roleV = i, n, v
	}
	return n > 0
}

// mayBeRole reports whether a role may start at toks[i], whose word has
// the flags info in heads: false is certain.
func (p *parser) mayBeRole(i int, info headInfo) bool {
	if info&hRole == 0 {
		return false
	}
	// A role of two words or more needs its second word on the same line
	// (lex.Dict.Match runs no key across a line break).
	return info&hAlone != 0 || i+1 < len(p.toks) && p.toks[i+1].Flags&scan.NewlineBefore == 0 &&
		p.toks[i+1].Lower != "" && rolePairs.has(pairKey(p.toks[i].Lower, p.toks[i+1].Lower))
}

// beforeRole are the words title ("nguyên", "cựu", "các", "tân") and
// roleAt ("phó", "quyền", "đồng") accept before a role; keep it in step
// with them, and isBeforeRole with it.
var beforeRole = []string{"nguyên", "cựu", "các", "tân", "phó", "quyền", "đồng"}

// isBeforeRole reports whether w is one of beforeRole: a switch, which
// costs less than a scan of the list ("các" is among the commonest words).
func isBeforeRole(w string) bool {
	switch w {
	case "nguyên", "cựu", "các", "tân", "phó", "quyền", "đồng":
		return true
	}
	return false
}

func (p *parser) lower(i int) string {
	if uint(i) >= uint(len(p.toks)) { // i < 0 too
		return ""
	}
	return p.toks[i].Lower
}

// allCaps reports whether every word of toks[s:e] opens with a capital.
func (p *parser) allCaps(s, e int) bool {
	for k := s; k < e; k++ {
		if !p.capWord(k) {
			return false
		}
	}
	return true
}

func (p *parser) capWord(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return t.Kind == scan.Word && t.Flags&scan.Upper != 0
}

// roleAt matches a role with its prefixes ("Phó", "Quyền", "Đồng") and
// qualifiers ("Thường trực", "dự khuyết") at toks[i] and returns the index
// after it.
func (p *parser) roleAt(i int) (end int, ok bool) {
	j := i
	// "Phó khoa" is a role of its own; otherwise "Phó" prefixes one.
	n, v := p.matchRole(j)
	for n == 0 && j < len(p.toks) && j-i < 3 {
		switch p.lower(j) {
		case "phó", "quyền", "đồng":
			j++
			n, v = p.matchRole(j)
			continue
		}
		break
	}
	if n == 0 {
		return 0, false
	}
	if j > i && p.lower(i) == "đồng" && p.lower(j) != "chủ" {
		return 0, false
	}
	// "Thừa ủy quyền Chủ tịch nước": the authority delegated, not an
	// acting president.
	if j > i && p.lower(i) == "quyền" && (p.lower(i-1) == "ủy" || p.lower(i-1) == "uỷ") {
		return 0, false
	}
	end = j + n
	if !p.roleCase(j, end) {
		return 0, false
	}
	// "HLV trưởng", "kiến trúc sư trưởng": "trưởng" after an occupation
	// is part of it, not the role "Trưởng".
	if v == "Trưởng" && j == i && occupationHeads[p.lower(j-1)] && p.toks[j].Flags&scan.Upper == 0 {
		return 0, false
	}
	// "giám đốc âm nhạc", "giám đốc sáng tạo" of a show: a creative
	// occupation, no office.
	if v == "Giám đốc" && p.toks[j].Flags&scan.Upper == 0 && creativeFields[p.lower(end)+" "+p.lower(end+1)] {
		return 0, false
	}
	// "trợ lý HLV", "trợ lý huấn luyện viên": an assistant coach, an
	// occupation like the head coach. So is "hai trợ lý Nguyễn Văn A":
	// an aide in lower case with no principal before the name.
	if v == "Trợ lý" && (p.lower(end) == "hlv" || p.lower(end) == "huấn" && p.lower(end+1) == "luyện" ||
		p.toks[j].Flags&scan.Upper == 0 && p.capWord(end) && p.nameAt(end) > 0) {
		return 0, false
	}
	// "Cán bộ" is a post in a youth-union or Party body ("cán bộ Huyện
	// đoàn"); elsewhere it says staff ("cán bộ Phòng CSGT", "cán bộ,
	// chiến sĩ").
	if v == "Cán bộ" && !cadreBodies[p.lower(end)+" "+p.lower(end+1)] {
		return 0, false
	}
	// A bare "Trưởng" is a role only with its organization: "Trưởng Công
	// an xã", not "trưởng thành".
	if v == "Trưởng" && !p.capWord(end) {
		return 0, false
	}
	for {
		switch {
		case p.lower(end) == "thường" && p.lower(end+1) == "trực",
			p.lower(end) == "dự" && p.lower(end+1) == "khuyết",
			p.lower(end) == "danh" && p.lower(end+1) == "dự",
			p.lower(end) == "đắc" && p.lower(end+1) == "cử",
			p.lower(end) == "thứ" && p.lower(end+1) == "nhất",
			p.lower(end) == "chuyên" && p.lower(end+1) == "trách":
			end += 2
			continue
		case p.lower(end) == "phụ" && p.lower(end+1) == "trách" && p.capWord(end+2):
			// "Phó Giám đốc phụ trách Sở Y tế": the deputy who runs the
			// body; "phụ trách tài chính" names a field, no body.
			end += 2
			continue
		}
		return end, true
	}
}

// roleCase reports whether the role words toks[j:end] are written as one
// phrase: "giáo Hoàng" in "cô giáo Hoàng Thị Nga" is the end of "cô giáo"
// and a family name, and "Quốc Vương" in "Trung Quốc Vương Nghị" the end
// of a country and a family name, neither of them "Giáo hoàng" nor "Quốc
// vương".
func (p *parser) roleCase(j, end int) bool {
	if end-j < 2 {
		return true
	}
	// "giữ các chức vụ Trưởng phòng": the "vụ" of "chức vụ" (a post) is
	// no "Vụ trưởng"; the role starts after it.
	if p.lower(j) == "vụ" && p.toks[j].Flags&scan.Upper == 0 && p.lower(j-1) == "chức" {
		return false
	}
	// After a lower-case word, a role in lower case whose capitalized
	// word is a family name ends that word and starts a name: "cô giáo
	// Hoàng". "là đại biểu Quốc hội" and "Phó chánh Thanh tra" are roles.
	if prev := p.lower(j - 1); p.toks[j].Flags&scan.Upper == 0 && j > 0 && p.toks[j-1].Kind == scan.Word &&
		p.toks[j-1].Flags&scan.Upper == 0 && !isBeforeRole(prev) {
		for k := j + 1; k < end; k++ {
			if p.toks[k].Flags&(scan.Upper|scan.AllUpper) == scan.Upper {
				if n, _ := lex.Surnames.Match(p.text, p.toks, k); n > 0 {
					return false
				}
			}
		}
	}
	if j > 0 && p.capWord(j) && p.toks[j-1].Kind == scan.Word && p.capWord(j-1) {
		if n, _ := lex.Places.Match(p.text, p.toks, j-1); n >= 2 {
			return false
		}
	}
	return true
}

// cadreBodies are the bodies whose "cán bộ" holds a post.
var cadreBodies = map[string]bool{"huyện đoàn": true, "tỉnh đoàn": true, "thành đoàn": true, "quận đoàn": true,
	"thị đoàn": true, "xã đoàn": true, "trung ương đoàn": true, "huyện ủy": true, "tỉnh ủy": true, "thành ủy": true,
	"quận ủy": true, "thị ủy": true, "huyện uỷ": true, "tỉnh uỷ": true, "thành uỷ": true, "quận uỷ": true, "thị uỷ": true}

// occupationHeads are the words before a lower-case "trưởng" that make it
// part of an occupation: "HLV trưởng", "bếp trưởng", "y tá trưởng",
// "điều dưỡng trưởng", "dược sĩ trưởng", a senior nun, "ni trưởng", and a
// team captain, "đội trưởng".
var occupationHeads = map[string]bool{"hlv": true, "viên": true, "bếp": true, "sư": true, "tá": true, "đội": true,
	"dưỡng": true, "sĩ": true, "ni": true}

// title reads the title that starts at toks[i] and returns it and the
// index after it. When there is none, the index, if above i, is where the
// search goes on: a role inside a name holds no title either.
func (p *parser) title(i int) (pipeline.Entity, int, bool) {
	// A role glued to the word before it is part of a code, not a title.
	if i > 0 && p.toks[i-1].End == p.toks[i].Start && p.toks[i-1].Kind == scan.Word {
		return pipeline.Entity{}, 0, false
	}
	former, group := false, false
	start := i
	switch p.lower(i) {
	case "nguyên", "cựu":
		former = true
		start = i + 1
	case "các":
		group = true
		start = i + 1
		// "Các đồng chí Ủy viên Ban Thường vụ gồm: A, B".
		if p.lower(start) == "đồng" && p.lower(start+1) == "chí" {
			start += 2
		}
		// "các nguyên Hiệu trưởng: A, B": former holders listed.
		if w := p.lower(start); w == "nguyên" || w == "cựu" {
			former = true
			start++
		}
	case "tân":
		start = i + 1
	default:
		// "bổ nhiệm 3 Phó Giám đốc gồm: A, B và C": a count heads a list
		// as "các" does, and so does a counted subject given the office:
		// "Hai đồng chí được bầu giữ chức Phó Bí thư là: A và B".
		group = p.countBefore(i) || p.countedSubject(i)
	}
	roleEnd, ok := p.roleAt(start)
	if !ok {
		return pipeline.Entity{}, 0, false
	}
	// "Bộ Tư lệnh Vùng 4": the command is a body, not its commander.
	if start > 0 && p.lower(start-1) == "bộ" && p.lower(start) == "tư" {
		return pipeline.Entity{}, 0, false
	}
	// "diễn viên Đỗ Nhật Hoàng": a role written in capitals right after a
	// family name is the rest of a person's name.
	if start == i && i > 0 && p.capWord(i-1) && p.toks[i-1].End < p.toks[i].Start && p.allCaps(i, roleEnd) {
		if n, _ := lex.Surnames.Match(p.text, p.toks, i-1); n == 1 {
			return pipeline.Entity{}, 0, false
		}
	}
	// "tại Phủ Chủ tịch", "Phủ Thủ tướng": a palace, not its occupant.
	if start == i && i > 0 && p.lower(i-1) == "phủ" && p.toks[i-1].Flags&scan.Upper != 0 {
		return pipeline.Entity{}, 0, false
	}
	// "Đại sứ du lịch tỉnh", "Đại sứ thương hiệu": an honorary role, not
	// the office of an envoy.
	if roleEnd+1 < len(p.toks) && p.lower(roleEnd-1) == "sứ" && p.lowerIn(envoy, start, roleEnd) &&
		p.toks[roleEnd].Flags&scan.Upper == 0 && p.lowerIn(honoraryEnvoys, roleEnd, roleEnd+2) {
		roleEnd += 2
	}
	orgEnd := p.org(start, roleEnd)
	// "Đức Tổng Giám mục Phaolô Lê Quang Hiển", "Đức Giáo hoàng
	// Phanxicô": "Đức" and the role address the holder, whose (baptismal)
	// name follows.
	// "Đức Pháp chủ GHPGVN", "Đức Pháp chủ Giáo hội Phật giáo Việt
	// Nam": an acronym or a body's head after the role opens its body,
	// no name.
	if start == i && i > 0 && p.lower(i-1) == "đức" && p.capWord(i-1) && p.capWord(roleEnd) &&
		p.toks[roleEnd].Flags&scan.AllUpper == 0 && p.orgHeadAt(roleEnd) == 0 {
		orgEnd = roleEnd
	}
	// "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Đại học Giáo hoàng
	// Urbaniana": a role inside the name of a meeting or a school, unless
	// a holder's name follows it.
	if start == i && p.namedEvent(i) && p.nameAt(orgEnd) == 0 {
		return pipeline.Entity{}, orgEnd, false // no title inside it either
	}
	// "đội trưởng Dion Cools": in lower case and with no body, the
	// captain of a team.
	if orgEnd == roleEnd && p.toks[start].Flags&scan.Upper == 0 && p.lowerIn(captains, start, roleEnd) {
		return pipeline.Entity{}, 0, false
	}
	// "các Phó Thủ tướng: A, B" and "các Phó Thủ tướng A và B" head a list.
	// "Tiếp các Đại sứ, Thủ tướng A đề nghị": the plural office,
	// with no list after it, names no one; it stays a group so that
	// linking neither chains it nor gives it to the name after it.
	next := orgEnd
	if group && !p.listFollows(orgEnd) {
		// "các nguyên hiệu trưởng qua các thời kỳ: nhà giáo A, thầy B":
		// a note on the heading, then its list.
		if e := p.headingNote(orgEnd); p.lower(i) == "các" && e > orgEnd {
			next = e
		} else {
			group = p.lower(i) == "các" && orgEnd < len(p.toks) && p.toks[orgEnd].Kind == scan.Punct && p.toks[orgEnd].Lower != ":"
		}
	}
	span := pipeline.Span{Start: p.toks[start].Start, End: p.toks[next-1].End}
	// "Các đồng chí Ủy viên Ban Thường vụ khóa mới gồm: A, B": the term
	// belongs to the heading's span, so that only "gồm:" stands between
	// it and the names, but not to the organization.
	if e := p.termEnd(orgEnd); group && e > orgEnd {
		span.End = p.toks[e-1].End
	}
	// "7 thành viên HĐQT trúng cử gồm: A, B": so does the election.
	if e := p.electedEnd(orgEnd); group && e > orgEnd {
		span.End = p.toks[e-1].End
	}
	role := p.text[p.toks[start].Start:p.toks[roleEnd-1].End]
	// "TGĐ Vinamilk": a manager abbreviated is written out as the
	// organization is. (Other roles keep the body they name as written:
	// "Trưởng Đoàn ĐBQH".)
	if w := p.toks[roleEnd-1].Lower; w == "tgđ" || w == "ptgđ" {
		role = lex.Expand(role)
	}
	org := ""
	if orgEnd > roleEnd {
		org = p.text[p.toks[roleEnd].Start:p.toks[orgEnd-1].End]
		if p.cutS < p.cutE {
			org = p.text[p.toks[roleEnd].Start:p.cutS] + p.text[p.cutE:p.toks[orgEnd-1].End]
		}
		if p.abbrevIn(roleEnd, orgEnd) {
			org = lex.Expand(org)
		}
		org = spaceDashes(org)
		// "Trưởng phòng 5": the unit is "Phòng 5".
		if orgEnd > roleEnd && p.toks[roleEnd].Kind == scan.Number && p.numberedUnit(roleEnd) {
			h := p.toks[roleEnd-1].Lower
			_, size := utf8.DecodeRuneInString(h)
			org = strings.ToUpper(h[:size]) + h[size:] + " " + org
		}
		org = strings.TrimPrefix(org, "của ")
		// "Giám đốc khu vực châu Á của AFD": the region is no body.
		if p.region {
			if _, body, ok := strings.Cut(org, " của "); ok && body != "" {
				org = body
			}
		}
		// "Phó Chủ tịch điều hành phụ trách kinh doanh của Airbus": the
		// portfolio is no body; the body comes after "của".
		if rest, ok := strings.CutPrefix(org, "phụ trách "); ok {
			if _, body, ok := strings.Cut(rest, " của "); ok && body != "" {
				org = body
			}
		}
	} else if p.lowerIn(memberRoles, start, roleEnd) && !group {
		// "là thành viên của đội": membership with no body named is no
		// position.
		return pipeline.Entity{}, 0, false
	} else if start > 0 && p.lower(start-1) == "làm" && p.lowerIn(projectRoles, start, roleEnd) && p.toks[start].Flags&scan.Upper == 0 {
		// "đề tài do TS A làm chủ nhiệm": the head of a project, no office.
		return pipeline.Entity{}, 0, false
	} else if start > 0 && !former && !group && p.capWord(start-1) && p.toks[start].Flags&scan.Upper == 0 && p.toks[start-1].End < p.toks[start].Start {
		// "Thẩm phán Nguyễn Văn Du chủ tọa.": a role word in lower case
		// right after a name, with no body, is the verb of the clause.
		return pipeline.Entity{}, 0, false
	}
	// "Công ty X do ông A làm Tổng giám đốc": the office is in the body
	// the clause is about.
	if org == "" && start > 0 && p.toks[start].Flags&scan.Upper != 0 && p.lower(start-1) == "làm" {
		org = p.bodyBeforeDo(start - 1)
	}
	return p.entity(span, pipeline.TitleInfo{Role: role, Organization: org, Former: former, Group: group}), next, true
}

// headingNote returns the index after a note in lower case at toks[j] that
// a colon and a list of people close ("qua các thời kỳ: nhà giáo A"), j
// when there is none.
func (p *parser) headingNote(j int) int {
	// A note says when or where they held it; other words open a clause:
	// "các Bộ trưởng đã thống nhất: ...".
	switch p.lower(j) {
	case "qua", "trong", "từ", "của", "tiền", "đương", "nhiệm", "thời":
	default:
		return j
	}
	e := j
	for e < len(p.toks) && e-j < 6 && p.toks[e].Kind == scan.Word && p.toks[e].Flags&scan.Upper == 0 {
		e++
	}
	if e == j || p.lower(e) != ":" || !p.personAt(e+1) && !occupationAt(p.lower(e+1), p.lower(e+2)) {
		return j
	}
	return e
}

// occupationAt reports whether the words a and b name a trade that stands
// before a name as a form of address does: "nhà giáo", "nhà báo".
func occupationAt(a, b string) bool {
	return a == "nhà" && (b == "giáo" || b == "báo" || b == "văn" || b == "thơ")
}

// bodyBeforeDo returns the organization written before "do" and the name
// of the one it makes something, toks[j] being "làm": "Công ty TNHH Nhựa
// Daiichi Việt Nam do ông Takahashi Kenji làm". It is "" when there is
// none.
func (p *parser) bodyBeforeDo(j int) string {
	d := j - 1
	for d > 0 && j-d <= 6 && p.toks[d].Kind == scan.Word && p.lower(d) != "do" {
		d--
	}
	if d <= 0 || p.lower(d) != "do" || d == j-1 || !p.capWord(d-1) {
		return ""
	}
	k := -1
	for m := d - 1; m >= 0 && d-m <= 12 && p.toks[m].Kind == scan.Word; m-- {
		if p.capWord(m) && p.orgHeadAt(m) > 0 {
			k = m
		}
		if p.toks[m].Flags&scan.SentStart != 0 {
			break
		}
	}
	if k < 0 {
		return ""
	}
	org := p.text[p.toks[k].Start:p.toks[d-1].End]
	if p.abbrevIn(k, d) {
		org = lex.Expand(org)
	}
	return org
}

// entity returns the title entity of info spanning span; its Value is
// the role.
func (p *parser) entity(span pipeline.Span, info pipeline.TitleInfo) pipeline.Entity {
	if len(p.infos) == 0 {
		p.infos = make([]pipeline.TitleInfo, infoBatch)
	}
	ti := &p.infos[0]
	p.infos = p.infos[1:]
	*ti = info
	return pipeline.Entity{Kind: pipeline.KindTitle, Span: span, Text: span.Of(p.text), Value: info.Role, Source: Name, Title: ti}
}

// infoBatch is how many TitleInfos entity allocates at once.
const infoBatch = 8

// projectRoles, in lower case after "làm" and with no body, head a
// research project or a book. (Whether "làm chủ tọa" of a trial is an
// office, golds disagree.)
var projectRoles = newPhrases("chủ nhiệm", "chủ biên")

// portfolioHeads are the kinds of body whose role a heading distributes
// over a list of portfolios, each followed by its holder: "Giám đốc các
// sở: Xây dựng A; Y tế B", "Bộ trưởng các Bộ: Công an C, Quốc phòng D".
var portfolioHeads = map[string]string{"sở": "Sở", "bộ": "Bộ", "ban": "Ban", "cục": "Cục", "vụ": "Vụ", "viện": "Viện"}

// portfolios reads the list after the heading e, whose "các" is at
// toks[j]: a kind of body, an optional colon, then portfolios each closed
// by the full name of its holder, separated by commas, semicolons or
// "và". It returns one title per portfolio, spanning the portfolio, with
// the heading's role and the body named in full ("Sở Xây dựng"), and the
// index after the list; none when the list does not read so.
func (p *parser) portfolios(e pipeline.Entity, j int) ([]pipeline.Entity, int) {
	head, ok := portfolioHeads[p.lower(j+1)]
	if !ok {
		return nil, 0
	}
	k := j + 2
	if p.lower(k) == ":" {
		k++
	}
	var out []pipeline.Entity
	for k < len(p.toks) && p.capWord(k) && p.toks[k].Flags&scan.NewlineBefore == 0 {
		// The portfolio is a few words, the first capitalized; the
		// holder's full name closes it.
		q, n := k+1, 0
		for ; q < len(p.toks) && q-k <= 6; q++ {
			if p.toks[q].Kind == scan.Punct || p.toks[q].Flags&scan.NewlineBefore != 0 {
				break
			}
			if !p.capWord(q) {
				continue
			}
			if m := p.nameAt(q); m > 0 {
				n = m
				break
			}
		}
		if n == 0 {
			break
		}
		span := pipeline.Span{Start: p.toks[k].Start, End: p.toks[q-1].End}
		org := head + " " + span.Of(p.text)
		out = append(out, p.entity(span, pipeline.TitleInfo{Role: e.Title.Role, Organization: org, Former: e.Title.Former}))
		k = q + n
		if k < len(p.toks) && (p.lower(k) == "," || p.lower(k) == ";" || p.lower(k) == "và") {
			k++
			if p.lower(k) == "và" {
				k++
			}
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil, 0
	}
	return out, k
}

// institutions are the kinds of body a story names its subject by after
// naming it in full: "Phó Giám đốc bệnh viện", "Giám đốc công ty".
var institutions = newPhrases("bệnh viện", "công ty", "trường", "nhà máy", "ngân hàng", "tập đoàn", "học viện",
	"trung tâm", "bảo tàng", "nhà hát")

// institutionAt returns the length of a lower-case institution word at
// toks[j] that ends the title: a comma, a full stop or a clause word
// ("cho biết", "đã") comes next. It is 0 otherwise.
func (p *parser) institutionAt(j int) int {
	for n := 2; n >= 1; n-- {
		if j+n > len(p.toks) || p.toks[j+n-1].Kind != scan.Word || p.toks[j+n-1].Flags&scan.Upper != 0 {
			continue
		}
		if !p.lowerIn(institutions, j, j+n) {
			continue
		}
		next := j + n
		if next >= len(p.toks) || p.toks[next].Kind == scan.Punct {
			return n
		}
		// "quyền Tổng Giám đốc ngân hàng này": the body named before, which
		// the kind alone does not name; the role stands bare.
		if w := p.toks[next].Lower; w == "này" || w == "đó" || w == "trên" {
			return 0
		}
		if m, _ := p.stopAt(next); m > 0 {
			return n
		}
		return 0
	}
	return 0
}

// countBefore reports whether a small count stands right before toks[i]:
// "3 Phó Giám đốc", not the date of "ngày 5/6 Phó Thủ tướng".
func (p *parser) countBefore(i int) bool {
	if i == 0 {
		return false
	}
	// "hai Phó Chủ tịch UBND xã lần lượt là ...": spelled out; not
	// "năm", which also means a year.
	switch p.toks[i-1].Lower {
	case "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười":
		return true
	}
	if p.toks[i-1].Kind != scan.Number {
		return false
	}
	n := p.toks[i-1].Lower
	if len(n) > 2 || strings.Trim(n, "0123456789") != "" || n == "1" || n == "0" {
		return false
	}
	switch p.lower(i - 2) {
	case "ngày", "tháng", "năm", "số", "khóa", "khoá", "lần":
		return false
	}
	return true
}

// crewRoles are the offices aboard a ship.
var crewRoles = newPhrases("hạm trưởng", "hạm phó", "chính trị viên", "phó chính trị viên", "thuyền trưởng",
	"thuyền phó", "máy trưởng")

// hullCode returns the number of tokens of a ship's hull number at toks[j]
// ("015", "HQ-015", "CSB 8004"), 0 when there is none.
func (p *parser) hullCode(j int) int {
	if j >= len(p.toks) {
		return 0
	}
	t := p.toks[j]
	if t.Kind == scan.Number {
		return 1
	}
	if t.Kind != scan.Word || t.Flags&scan.AllUpper == 0 || t.End-t.Start > 4 || j+1 >= len(p.toks) {
		return 0
	}
	// "HQ-015": the letters, a dash written tight, the number.
	if d := p.toks[j+1]; d.Lower == "-" && d.Start == t.End && j+2 < len(p.toks) && p.toks[j+2].Start == d.End && p.toks[j+2].Kind == scan.Number {
		return 3
	}
	if p.toks[j+1].Kind == scan.Number {
		return 2
	}
	return 0
}

// electedEnd returns the index after "trúng cử", "đắc cử", "tái cử" or
// "được bầu" at toks[j], j when none stands there.
func (p *parser) electedEnd(j int) int {
	switch p.lower(j) {
	case "trúng", "đắc", "tái":
		if p.lower(j+1) == "cử" {
			return j + 2
		}
	case "được":
		if p.lower(j+1) == "bầu" {
			return j + 2
		}
	}
	return j
}

// countedSubject reports whether the office at toks[i] is given to a
// counted or plural subject a few lower-case words before it: "Hai đồng
// chí được bầu giữ chức", "3 người được bổ nhiệm làm", "các ông được
// bầu làm". Only a list after the office (see listFollows) makes the
// title a heading.
func (p *parser) countedSubject(i int) bool {
	// The office is given by a verb right before it.
	k := i - 1
	switch p.lower(k) {
	case "làm":
	case "chức":
		k--
		if p.lower(k) != "giữ" {
			return false
		}
	case "vụ":
		if p.lower(k-1) != "chức" || p.lower(k-2) != "giữ" {
			return false
		}
		k -= 2
	default:
		return false
	}
	// Then back over a short verb phrase ("được tín nhiệm bầu") to the
	// subject's head noun.
	for n := 0; n < 5 && k > 0; n++ {
		k--
		t := p.toks[k]
		if t.Kind != scan.Word || t.Flags&scan.Upper != 0 && n > 0 {
			return false
		}
		switch t.Lower {
		case "chí", "người", "ông", "bà":
			h := k
			if t.Lower == "chí" {
				if p.lower(k-1) != "đồng" {
					return false
				}
				h--
			}
			if h == 0 {
				return false
			}
			c := p.toks[h-1]
			if c.Kind == scan.Number {
				n := c.Lower
				return len(n) <= 2 && strings.Trim(n, "0123456789") == "" && n != "0" && n != "1"
			}
			return countWords[c.Lower]
		}
	}
	return false
}

// countWords are the numbers of people written as words, and "các".
var countWords = map[string]bool{"các": true, "hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true,
	"bảy": true, "tám": true, "chín": true, "mười": true}

// lowerAfter reports whether toks[j] is a lower-case word: the clause
// goes on after a run of capitals.
func (p *parser) lowerAfter(j int) bool {
	return j < len(p.toks) && p.toks[j].Kind == scan.Word && p.toks[j].Flags&scan.Upper == 0
}

// numbered reports whether toks[j] is "số" and a short plain number:
// the number of a team ("tổ công tác số 2"), not a quantity.
func (p *parser) numbered(j int) bool {
	if p.lower(j) != "số" || j+1 >= len(p.toks) || p.toks[j+1].Kind != scan.Number {
		return false
	}
	t := p.toks[j+1]
	return t.End-t.Start <= 3 && strings.Trim(t.Lower, "0123456789") == "" && !units[p.lower(j+2)]
}

// unitOf returns the index after "kỹ thuật của WHO" when toks[j] opens one
// to three lower-case words, then "của" and an abbreviated or known
// foreign body; j otherwise.
func (p *parser) unitOf(j int) int {
	m := j + 1
	for m < len(p.toks) && m-j <= 3 && p.toks[m].Lower != "của" {
		m++
	}
	if p.lower(m) != "của" || m+1 >= len(p.toks) {
		return j
	}
	for i := j; i < m; i++ {
		if p.toks[i].Kind != scan.Word || p.toks[i].Flags&scan.Upper != 0 {
			return j
		}
		if n, _ := p.stopAt(i); n > 0 {
			return j
		}
	}
	if t := p.toks[m+1]; t.Kind == scan.Word && t.Flags&scan.AllUpper != 0 && t.End-t.Start >= 2 {
		return m + 2
	}
	if n, _ := lex.ForeignOrgs.Match(p.text, p.toks, m+1); n > 0 {
		return m + 1 + n
	}
	return j
}

// creativeFields are the fields after a lower-case "giám đốc" that make
// it a creative post in a show or a firm's studio, not an office.
var creativeFields = map[string]bool{"âm nhạc": true, "sáng tạo": true, "hình ảnh": true, "nghệ thuật": true}

// honoraryEnvoys are the words after "Đại sứ" that make it an honorary
// role, not an office: "Đại sứ du lịch", "Đại sứ thương hiệu".
var honoraryEnvoys = newPhrases("du lịch", "thương hiệu", "thiện chí", "hình ảnh", "truyền thông", "văn hóa",
	"văn hoá", "môi trường", "thể thao", "âm nhạc", "ẩm thực", "sức khỏe", "sức khoẻ", "giáo dục", "dự án",
	"chiến dịch", "thời trang", "nhân đạo", "toàn cầu")

// members reads a committee named as a heading over the list of its
// members at toks[i]: "Ban Thường vụ Đảng ủy phường gồm các đồng chí: A,
// B" makes each of them "Ủy viên Ban Thường vụ Đảng ủy phường". It
// returns a group title spanning the committee (and its term), and the
// index after it.
//
// A company's board is read the same way: "bầu HĐQT nhiệm kỳ 2025-2030
// gồm 5 thành viên: ông A; bà B; ..." makes each "Thành viên Hội đồng
// quản trị".
func (p *parser) members(i int) (pipeline.Entity, int, bool) {
	role, orgEnd := memberRole, 0
	switch w, a, b := p.toks[i].Lower, p.lower(i+1), p.lower(i+2); {
	case w == "ban" && (a == "thường" && b == "vụ" || a == "chấp" && b == "hành"):
		if orgEnd = p.org(i, i); orgEnd <= i+2 {
			return pipeline.Entity{}, 0, false
		}
	case w == "hđqt":
		role, orgEnd = boardMemberRole, i+1
	case w == "hội" && a == "đồng" && b == "quản" && p.lower(i+3) == "trị":
		role, orgEnd = boardMemberRole, i+4
	default:
		return pipeline.Entity{}, 0, false
	}
	e := p.termEnd(orgEnd)
	if p.lower(e) != "gồm" || !p.listFollows(e) || p.officesListed(e) {
		return pipeline.Entity{}, 0, false
	}
	org := p.text[p.toks[i].Start:p.toks[orgEnd-1].End]
	if p.cutS < p.cutE {
		org = p.text[p.toks[i].Start:p.cutS] + p.text[p.cutE:p.toks[orgEnd-1].End]
	}
	if p.abbrevIn(i, orgEnd) {
		org = lex.Expand(org)
	}
	span := pipeline.Span{Start: p.toks[i].Start, End: p.toks[e-1].End}
	// "gồm 5 thành viên:" heads no group of its own.
	next := orgEnd
	if k := e + 1; k+2 < len(p.toks) && p.toks[k].Kind == scan.Number && p.lower(k+1) == "thành" && p.lower(k+2) == "viên" {
		next = k + 3
	}
	return p.entity(span, pipeline.TitleInfo{Role: role, Organization: org, Group: true}), next, true
}

// officesListed reports whether the first member listed after toks[j]
// ("gồm các đồng chí: A, Chủ tịch UBND huyện; B, ...") comes with an
// office of his own: such a list presents the members by their offices,
// and annotators do not read the committee as one more.
func (p *parser) officesListed(j int) bool {
	for k := j; k < len(p.toks) && k < j+6; k++ {
		if n := p.nameAt(k); n > 0 {
			if p.lower(k+n) != "," {
				return false
			}
			_, ok := p.roleAt(k + n + 1)
			return ok
		}
	}
	return false
}

// memberRole is the office of a member of a committee, boardMemberRole
// of a company's board.
const (
	memberRole      = "Ủy viên"
	boardMemberRole = "Thành viên"
)

// termEnd returns the index after a term of office at toks[j] ("khóa
// mới", "khóa XII", "khoá 12"), j when there is none.
func (p *parser) termEnd(j int) int {
	// "nhiệm kỳ 2025-2030": a board's term.
	if p.lower(j) == "nhiệm" && p.lower(j+1) == "kỳ" && j+2 < len(p.toks) && p.toks[j+2].Kind == scan.Number {
		return j + 3
	}
	if w := p.lower(j); w != "khóa" && w != "khoá" || j+1 >= len(p.toks) {
		return j
	}
	if t := p.toks[j+1]; t.Lower == "mới" || t.Kind == scan.Number || lex.Roman(t.Text(p.text)) {
		return j + 2
	}
	return j
}

// listFollows reports whether the names of a group heading follow
// toks[j]: right away, after a colon, or after "gồm (các đồng chí):".
func (p *parser) listFollows(j int) bool {
	for k := 0; k < 4 && j < len(p.toks); k++ {
		switch p.lower(j) {
		case "gồm", "là", "các":
			j++
			continue
		case "lần":
			// "lần lượt là ông A và bà B".
			if p.lower(j+1) == "lượt" {
				j += 2
				continue
			}
		case "trúng", "đắc", "tái", "được":
			// "thành viên HĐQT trúng cử gồm:", "được bầu gồm:".
			if e := p.electedEnd(j); e > j {
				j = e
				continue
			}
		case "khóa", "khoá", "nhiệm":
			// "Ban Thường vụ khóa mới gồm:", "khóa XII gồm:": the term.
			if e := p.termEnd(j); e > j {
				j = e
				continue
			}
		}
		// "gồm 5 thành viên:": the count of the members.
		if p.toks[j].Kind == scan.Number && p.lower(j+1) == "thành" && p.lower(j+2) == "viên" {
			j += 3
			continue
		}
		if n, v := lex.Honorifics.Match(p.text, p.toks, j); n > 0 && v == lex.Address {
			j += n
		}
		break
	}
	return j < len(p.toks) && (p.lower(j) == ":" || p.nameAt(j) > 0)
}

// stopsOrg reports whether the capitalized word at toks[j] starts something
// other than more of the organization: another role, a rank, a form of
// address or a person's name.
func (p *parser) stopsOrg(j int) bool {
	// org asks of a capital after "và", "-" or "," first, and again when
	// it has moved on to it.
	if j+1 != p.stopJ {
		p.stopJ, p.stop = j+1, p.stopsOrgAt(j)
	}
	return p.stop
}

func (p *parser) stopsOrgAt(j int) bool {
	// Most capitals inside a name open no role: spare roleAt's calls.
	if mayOpenRole(p.toks, j) {
		if _, ok := p.roleAt(j); ok {
			return true
		}
	}
	if w := p.lower(j); w != "" && stopHeads.may(w) {
		if n, _ := lex.Ranks.Match(p.text, p.toks, j); n > 0 {
			return true
		}
		if n, v := lex.Honorifics.Match(p.text, p.toks, j); n > 0 && v != lex.Cue {
			return true
		}
	}
	// "Đoàn Thanh niên": a body whose name opens like a person's.
	if n := p.orgHeadAt(j); n > 1 {
		return false
	}
	return p.nameAt(j) > 0
}

// schoolName returns the length of the name of a school that starts at
// toks[j] after "Trường THPT", "Trường Tiểu học" and the like (0 when
// there is none): a run of at most four capitals is the school's, a
// longer one ends with the three-word name of its head.
func (p *parser) schoolName(j int) int {
	// "Trường THPT chuyên Lê Quý Đôn": a school for gifted pupils.
	at := j
	if p.lower(at-1) == "chuyên" {
		at--
	}
	w := p.lower(at - 1)
	lv := 1
	switch w {
	case "thpt", "thcs", "ptth", "ptcs":
	case "học", "non":
		lv = 2
		if l := p.lower(at - 2); l != "tiểu" && l != "trung" && l != "đại" && l != "mầm" {
			return 0
		}
	default:
		return 0
	}
	if p.lower(at-1-lv) != "trường" || p.toks[j].Flags&scan.AllUpper != 0 {
		return 0
	}
	r := 0
	for p.capWord(j+r) && p.toks[j+r].Flags&scan.NewlineBefore == 0 && r < 8 {
		r++
	}
	switch {
	case r <= 1:
		return 0
	case r <= 4:
		return r
	case p.nameAt(j+r-3) == 3:
		return r - 3
	}
	return 0
}

// districtName returns 2 when toks[j] starts the two-word name of a
// district after its party committee ("Huyện ủy", "Quận ủy", "Thị ủy"),
// alone or followed by the full name of its secretary.
func (p *parser) districtName(j int) int {
	if w := p.lower(j - 1); w != "ủy" && w != "uỷ" {
		return 0
	}
	if w := p.lower(j - 2); w != "huyện" && w != "quận" && w != "thị" || p.toks[j-2].Flags&scan.Upper == 0 {
		return 0
	}
	r := 0
	for p.capWord(j+r) && p.toks[j+r].Flags&scan.NewlineBefore == 0 && r < 6 {
		r++
	}
	if r == 2 || r >= 5 && p.nameAt(j+2) == r-2 {
		return 2
	}
	return 0
}

// awardHeads open the name of an award after "và": "trao Huy hiệu 50 năm
// tuổi Đảng cho ông A, nguyên Phó Tư lệnh Quân khu 2 và Huy hiệu 40 năm
// tuổi Đảng cho ông B" ends the body before "và".
var awardHeads = map[string]bool{"huân chương": true, "huy chương": true, "huy hiệu": true, "kỷ niệm": true,
	"bằng khen": true, "giấy khen": true, "cờ thi": true, "danh hiệu": true, "giải thưởng": true}

// envoys are the roles whose organization ends in "tại" and the host
// country.
var envoy = newPhrases("đại sứ", "tổng lãnh sự", "lãnh sự", "đại biện", "giám đốc quốc gia", "trưởng đại diện",
	"tùy viên", "tùy viên quốc phòng", "tùy viên quân sự", "trưởng cơ quan đại diện")

// clauseOpens are words that open the clause after a title, so that a
// short lower-case tail before them still belongs to the name: "Cục
// trưởng Cục Thống kê cho biết", "Phó Giám đốc Sở Ngoại vụ dẫn đầu". Each
// opens a verb of lex.Stop, where the name's lower-case stretch stops.
var clauseOpens = map[string]bool{"cho": true, "nói": true, "khẳng": true, "nhấn": true, "phát": true, "chia": true,
	"chủ": true, "dẫn": true, "chứng": true, "tham": true, "dự": true, "trao": true, "làm": true}

// boardEnds are the words that may close a board's name written in lower
// case: "Trưởng ban tổ chức lễ hội cùng ...", "... cho biết". A verb such
// as "dự" may be a word of the name ("ban quản lý dự án").
var boardEnds = map[string]bool{"cùng": true, "và": true, "với": true, "cho": true, "đã": true, "đang": true, "cũng": true}

// villageHead reports whether w ends the role of a village's head:
// "Trưởng bản", "Trưởng thôn", "Trưởng ấp". (A switch costs less than a
// map look-up, at every organization that opens with a capital.)
func villageHead(w string) bool {
	switch w {
	case "bản", "thôn", "ấp", "buôn", "xóm", "làng", "khóm":
		return true
	}
	return false
}

// villageName returns the length of a village's name at toks[j] after its
// head's role: a run of one or two capitals, or the capitals before a
// three-word name that ends the run.
func (p *parser) villageName(j int) int {
	r := 0
	for r < 6 && p.capWord(j+r) && p.toks[j+r].Flags&scan.AllUpper == 0 {
		r++
	}
	switch {
	case r >= 1 && r <= 2:
		return r
	case r >= 4 && p.nameAt(j+r-3) == 3:
		return r - 3
	}
	return 0
}

// monarchs are the roles whose holder is named with a regnal number.
var monarchs = newPhrases("giáo hoàng", "vua", "nữ hoàng", "quốc vương", "hoàng đế")

// eventHeads name meetings, schools, prizes and funds; capitalized, the
// role right after one is part of the name.
var eventHeads = newPhrases("hội nghị", "hội thảo", "diễn đàn", "đại học", "học viện", "giải", "cúp", "quỹ")

// namedEvent reports whether a capitalized head of eventHeads stands right
// before toks[i].
func (p *parser) namedEvent(i int) bool {
	for n := 1; n <= 2 && i-n >= 0; n++ {
		if p.capWord(i-n) && p.toks[i-n].Flags&scan.AllUpper == 0 && p.lowerIn(eventHeads, i-n, i) {
			return true
		}
	}
	return false
}

// delegationHeads are the roles of a delegation's leaders, whose
// organization may end in "tại" and the event the delegation attends.
var delegationHeads = newPhrases("trưởng đoàn", "phó trưởng đoàn")

// eventAt returns the number of tokens of the place or event named at
// toks[m] ("Thái Lan", "SEA Games 33", "COP30"), or 0: capitals, maybe
// a number after them, up to a person's name.
func (p *parser) eventAt(m int) int {
	if n, _ := lex.Places.Match(p.text, p.toks, m); n > 0 {
		return n
	}
	e := m
	for e < len(p.toks) && e-m < 6 && p.toks[e].Kind == scan.Word && p.toks[e].Flags&scan.Upper != 0 && !p.stopsOrg(e) {
		e++
	}
	if e == m {
		return 0
	}
	if e < len(p.toks) && p.toks[e].Kind == scan.Number && p.toks[e].End-p.toks[e].Start <= 4 && p.toks[e].Flags&scan.SpaceBefore != 0 {
		e++
	}
	return e - m
}

// org returns the index after the organization that starts at toks[k]
// (k itself when there is none); the role starts at toks[k0].
func (p *parser) org(k0, k int) int {
	end := k // after the last token that surely belongs
	j := k
	p.cutS, p.cutE, p.region = 0, 0, false
	// "Trợ lý Tổng thống", "Thư ký Chủ tịch nước": an aide's principal.
	if w := p.lower(k - 1); (w == "lý" || w == "ký" || w == "vấn") && p.lowerIn(aides, k0, k) {
		if e, ok := p.roleAt(k); ok {
			j, end = e, e
		}
	}
	// "Giáo hoàng Leo XIV", "Vua Charles III": a monarch's name and
	// regnal number are the holder.
	if p.lowerIn(monarchs, k0, k) && p.capWord(k) && k+1 < len(p.toks) && lex.Roman(p.toks[k+1].Text(p.text)) &&
		p.toks[k+1].Flags&scan.AllUpper != 0 {
		return end
	}
	// "Hạm trưởng tàu 015", "Chính trị viên tàu HQ-015 Trần Hưng Đạo": a
	// crew's office names its ship by the hull number, then maybe the
	// ship's own name (a hero's, in the navy).
	if p.lower(k) == "tàu" && p.lowerIn(crewRoles, k0, k) {
		if n := p.hullCode(k + 1); n > 0 {
			e := k + 1 + n
			for w := 0; w < 4 && p.capWord(e) && p.toks[e].Flags&scan.NewlineBefore == 0; w++ {
				e++
			}
			return e
		}
	}
	quoted := false
	about := -1  // the "về" of "Ban Chỉ đạo về Phòng chống ...", when read
	member := -1 // after the role in "Hội Cựu Giám đốc doanh nghiệp", when read
	for j < len(p.toks) && j-k < p.max {
		t := &p.toks[j]
		if j > k && t.Flags&scan.NewlineBefore != 0 {
			break
		}
		switch t.Kind {
		case scan.Word:
			if t.Flags&scan.Upper != 0 {
				if m, _ := lex.Places.Match(p.text, p.toks, j); m > 0 && t.Flags&scan.AllUpper == 0 {
					// A place written twice ("Việt Nam Việt Nam") is a
					// slip of the pen, not part of the name.
					if j-m >= k && p.text[p.toks[j-m].Start:p.toks[j-1].End] == p.text[p.toks[j].Start:p.toks[j+m-1].End] {
						return end
					}
					j += m
					end = j
					// "Thủ tướng Campuchia | Hun Sen", "Bộ trưởng Quốc phòng
					// Singapore | Chan Chun Sing".
					if (j-m == k || j-m-2 == k && lex.PortfolioEndsAt(p.toks, j-m) == 2) && lex.MarklessHolder(p.text, p.toks, k, j) > 0 {
						return end
					}
					// "Bộ trưởng Ngoại giao Indonesia | Sugiono", "Nữ hoàng
					// Thái Lan | Suthida": a lone foreign name after the
					// country of a statesman.
					if p.capWord(j) && !p.capWord(j+1) && p.toks[j].Flags&scan.AllUpper == 0 && lex.Foreign(p.toks[j].Lower) &&
						lex.Statesman(p.text, p.toks, k) {
						if n, _ := lex.Places.Match(p.text, p.toks, j); n == 0 {
							return end
						}
					}
					continue
				}
				// "Ban Quản lý di tích đền Bà Chúa Muối": after a place of
				// worship its name, though it opens like a person's or a
				// lady's.
				if j > k && shrine(p.lower(j-1)) && t.Flags&scan.AllUpper == 0 {
					l := 0
					for l < 5 && p.capWord(j+l) && p.toks[j+l].Flags&scan.NewlineBefore == 0 {
						l++
					}
					j += l
					end = j
					continue
				}
				// After "xã", "huyện", "tỉnh" the capitals name the place,
				// unless a name follows a two-word place: "xã Phú Cát |
				// Nguyễn Hữu Thắng".
				// "Chủ tịch UBND tỉnh | Nguyễn Đức Long": every province is
				// in the lexicon, so what follows "tỉnh" and is no known
				// place may be the office holder.
				// "TP Hồ Chí Minh" is the city named after him.
				if j > k && (p.lower(j-1) == "tp" || p.lower(j-1) == "phố" && p.lower(j-2) == "thành") {
					if n, _ := lex.Eponyms.Match(p.text, p.toks, j); n > 0 {
						j += n
						end = j
						continue
					}
				}
				if j > k && (p.lower(j-1) == "tỉnh" || p.lower(j-1) == "tp") && p.nameAt(j) > 0 {
					return end
				}
				if j > k && classifier(p.lower(j-1)) && (p.toks[j-1].Flags&scan.Upper == 0 || p.toks[j-1].Flags&scan.AllUpper != 0) && t.Flags&scan.AllUpper == 0 {
					l := 0
					for j+l < len(p.toks) && p.capWord(j+l) && p.toks[j+l].Flags&scan.AllUpper == 0 {
						l++
					}
					if l >= 4 && p.nameAt(j+2) > 0 {
						l = 2
					}
					// "Đảng ủy xã | Ly Seo Chứ": a person's name, no commune.
					// "Phó Chủ tịch UBND xã | Điêu Chính Tới đề nghị": an
					// office that opens the sentence names its holder
					// after it.
					if l == 3 && (lex.MarkedName(p.text, p.toks, j) || p.toks[k0].Flags&scan.SentStart != 0 &&
						lex.VietNameAfter(p.text, p.toks, j) == 3 && p.lowerAfter(j+3)) {
						if n, _ := lex.Eponyms.Match(p.text, p.toks, j); n == 0 {
							return end
						}
					}
					j += l
					end = j
					continue
				}
				// "Học viện Chính trị quốc gia Hồ Chí Minh": a body named
				// after a historical person, then maybe its head.
				if n := p.eponymAt(k, j); n > 0 {
					j += n
					end = j
					continue
				}
				// "Chủ tịch Thượng viện Hun Sen": a body that needs no
				// name, then two capitals that are no place nor more of
				// the body name the holder, whatever his name looks like.
				if p.capWord(j+1) && p.afterCompleteBody(k, j) {
					return end
				}
				// "Hiệu trưởng Trường THCS Lê Văn Thiêm": a school takes
				// a person's name; its head's name may follow.
				if n := p.schoolName(j); n > 0 {
					j += n
					end = j
					continue
				}
				// "Chủ nhiệm Văn phòng Chủ tịch nước": an office serving
				// the holder of a role.
				if j-2 >= k && p.lower(j-2) == "văn" && p.lower(j-1) == "phòng" {
					if e, ok := p.roleAt(j); ok {
						j = e
						end = j
						continue
					}
				}
				// "Bí thư Huyện ủy Thạch Hà": no lexicon lists every
				// district, and two words after its committee are its name.
				if n := p.districtName(j); n > 0 {
					j += n
					end = j
					continue
				}
				// "Chánh Văn phòng Đoàn ĐBQH": after "Đoàn" the deputies'
				// role names the delegation, not its next holder.
				if t.Lower == "đoàn" && (p.lower(j+1) == "đbqh" || p.lower(j+1) == "đại" && p.lower(j+2) == "biểu") {
					if n, _ := lex.Roles.Match(p.text, p.toks, j+1); n > 0 {
						j += 1 + n
						end = j
						// "Văn phòng Đoàn ĐBQH và HĐND tỉnh" is one office
						// serving both.
						if p.lower(j) == "và" && (p.lower(j+1) == "hđnd" || p.lower(j+1) == "hội" && p.lower(j+2) == "đồng") {
							j++
						}
						continue
					}
				}
				// "Trưởng bản Xa Bai, xã Hướng Lập": a village's name may
				// read as a person's; its head's name, if any, follows it.
				if j == k && villageHead(p.lower(k-1)) {
					if n := p.villageName(j); n > 0 {
						j += n
						end = j
						continue
					}
				}
				// "Công ty Chứng khoán Mirae Asset Việt Nam", "Tổng Giám đốc
				// Hanwa Precision Việt Nam": a company named in Latin
				// script, which may read as a foreign person's name.
				if n := p.latinCompany(k, j); n > 0 {
					j += n
					end = j
					continue
				}
				// "Tổng Giám đốc Hoàng Long Corp": a company named like a
				// person, which its suffix gives away.
				if n := p.brandedCompany(j); n > 0 {
					j += n
					end = j
					continue
				}
				// "Chủ tịch Nhóm Nghị sĩ hữu nghị", "Hội Cựu Giám đốc doanh
				// nghiệp": a group of members named by their role.
				if p.stopsOrg(j) {
					if e := p.roleInName(k, j); e > 0 {
						j = e
						end = j
						member = j
						continue
					}
				}
				if p.stopsOrg(j) && !p.namedHead(k, j) {
					// "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": after a
					// head and the first word of its name, a run of
					// capitals one word longer than a name holds the
					// second word of the body's name, then the holder.
					if j-1 > k && p.isNamedHead(k, j-1) && p.capWord(j-1) {
						r := 0
						for p.capWord(j+r) && r < 6 {
							r++
						}
						if r >= 3 && p.nameAt(j+1) == r-1 {
							j++
							end = j
							continue
						}
					}
					return end
				}
				// "Thủ tướng Hun Sen": a Khmer name that reads as
				// Vietnamese syllables, right after a head of state.
				if j == k && lex.MarklessHolder(p.text, p.toks, k, j) > 0 {
					return end
				}
				// "Bộ trưởng Ngoại giao Sugiono": after a portfolio written
				// without "Bộ", a capital that opens no place (places
				// were taken above) is the holder.
				if j-k == 2 && t.Flags&scan.AllUpper == 0 && lex.PortfolioEndsAt(p.toks, j) == 2 {
					return end
				}
				// "Tổng thống Assad": a lone foreign family name.
				if j == k && t.Flags&scan.AllUpper == 0 && !p.capWord(j+1) && lex.Foreign(t.Lower) && lex.Statesman(p.text, p.toks, k) {
					return end
				}
				// Compounds whose second word is lower case: "Thành ủy",
				// "Bộ Chính trị", "Công an", "Quốc phòng".
				n := p.orgHeadAt(j)
				if m, _ := lex.OrgWords.Match(p.text, p.toks, j); m > n {
					n = m
				}
				j += max(n, 1)
				end = j
				continue
			}
			// Lower case: a word of the name ("nhân dân"), the start of a
			// lower-case organization right after the role ("trưởng phòng
			// cảnh sát"), or the clause after the title.
			// "Bộ môn Hóa sinh": a field whose first word is the capital
			// before.
			if j-1 > k && p.capWord(j-1) {
				if n, _ := lex.OrgWords.Match(p.text, p.toks, j-1); n >= 2 {
					j += n - 1
					end = j
					continue
				}
			}
			// "Trưởng Ban chỉ đạo phòng chống dịch": after a role that ends
			// with a body's head, the body's name in lower case.
			if n, _ := lex.OrgWords.Match(p.text, p.toks, j); n > 0 && (j > k || p.capWord(j+n) || p.lower(j) == "nước" || p.roleEndsInBody(k)) {
				j += n
				end = j
				continue
			}
			// "Đại sứ Việt Nam tại Mỹ": a mission abroad names its host.
			if t.Lower == "tại" && j > k && p.envoyRole(k0, k) {
				n, _ := lex.Places.Match(p.text, p.toks, j+1)
				if n == 0 {
					// "Đại sứ Mỹ tại Liên Hợp Quốc": a mission to a body,
					// or one in capitals ("tại UNESCO").
					n = p.orgHeadAt(j + 1)
					if n == 0 && j+1 < len(p.toks) && p.toks[j+1].Kind == scan.Word && p.toks[j+1].Flags&scan.AllUpper != 0 {
						n = 1
					}
				}
				if n > 0 {
					j += 1 + n
					end = j
					continue
				}
			}
			// "Chủ tịch Phòng Thương mại Hoa Kỳ tại Việt Nam": only a
			// foreign body has an office "in Vietnam".
			if t.Lower == "tại" && j > k && p.lower(j+1) == "việt" && p.lower(j+2) == "nam" && p.toks[j+1].Flags&scan.Upper != 0 {
				if n, _ := lex.Places.Match(p.text, p.toks, j+1); n == 2 {
					j += 3
					end = j
					continue
				}
			}
			// "Trưởng đoàn thể thao Việt Nam tại SEA Games 33": a
			// delegation names the event or place it is at.
			if t.Lower == "tại" && j > k && p.lowerIn(delegationHeads, k0, k) {
				if n := p.eventAt(j + 1); n > 0 {
					j += 1 + n
					end = j
					continue
				}
			}
			// "Giám đốc điều hành của Vingroup": the body after "của",
			// which title drops from the organization.
			if t.Lower == "của" && j == k && p.capWord(j+1) && p.toks[j+1].Flags&scan.NewlineBefore == 0 && !p.stopsOrg(j+1) {
				j++
				continue
			}
			// "Ủy ban Quốc phòng và An ninh của Quốc hội".
			if t.Lower == "của" && j > k && p.capWord(j+1) {
				if n := p.orgHeadAt(j + 1); n > 0 && !p.stopsOrg(j+1) {
					j++
					continue
				}
				return end
			}
			if t.Lower == "và" {
				if p.capWord(j+1) && !p.stopsOrg(j+1) && j > k && !awardHeads[p.lower(j+1)+" "+p.lower(j+2)] {
					if n := p.orgHeadAt(j + 1); n == 0 {
						j++
						continue
					}
				}
				return end
			}
			if j == k {
				// "Giám đốc khu vực châu Á của Cơ quan Phát triển Pháp": a
				// region the office covers, then the body it serves.
				if e := p.regionOf(j); e > j {
					j = e
					p.region = true
					continue
				}
				// A lower-case head right after the role must lead on to
				// the name: "giám đốc công an tỉnh", not "Chủ tịch nước
				// hội kiến".
				if n := p.orgHeadAt(j); n > 0 && (p.capWord(j+n) || lex.OrgWords.Has(p.lower(j+n)) ||
					isQuote(p.lower(j+n)) && p.capWord(j+n+1)) {
					j += n
					end = j
					continue
				}
				// "Trưởng đoàn kiểm tra số 3": a team named by its task
				// and a number.
				if n, _ := lex.OrgWords.Match(p.text, p.toks, j); n > 0 && p.numbered(j+n) {
					return j + n + 2
				}
				// "Trưởng nhóm kỹ thuật của WHO": a unit described in lower
				// case, then the known or abbreviated body it belongs to.
				if m := p.unitOf(j); m > j {
					return m
				}
				// "Đại sứ du lịch tỉnh.": the province the story is about.
				if localUnits[t.Lower] && (j+1 >= len(p.toks) || p.toks[j+1].Kind == scan.Punct) && p.roleQualified(k0, k) {
					return j + 1
				}
				// "Chánh Thanh tra tỉnh,", "Trưởng Đoàn ĐBQH thành phố chủ
				// trì": a role with its body in it, then the story's own
				// province or city, then the end of the title.
				if p.roleNamesBody(k0, k) {
					n := 0
					if localUnits[t.Lower] {
						n = 1
					} else if t.Lower == "thành" && p.lower(j+1) == "phố" {
						n = 2
					}
					if n > 0 && (j+n >= len(p.toks) || p.toks[j+n].Kind == scan.Punct) {
						return j + n
					}
					if n > 0 {
						if m, _ := p.stopAt(j + n); m > 0 {
							return j + n
						}
					}
				}
				// "Phó Giám đốc bệnh viện cho biết": the institution
				// the story is about, named by its kind alone.
				if n := p.institutionAt(j); n > 0 {
					return j + n
				}
				// "Trưởng ban quản lý khu di tích,": a board named in
				// lower case, up to the punctuation or the word that closes
				// the title ("Trưởng ban tổ chức lễ hội cùng ...").
				if p.lower(k-1) == "ban" && p.lower(k-2) == "trưởng" {
					m, stop := j, false
					for m < len(p.toks) && m-j < 5 && p.toks[m].Kind == scan.Word && p.toks[m].Flags&scan.Upper == 0 {
						if n, _ := p.stopAt(m); n > 0 {
							stop = boardEnds[p.toks[m].Lower]
							break
						}
						m++
					}
					if m > j && (m >= len(p.toks) || stop || strings.Contains(",;.)", p.toks[m].Lower) && p.toks[m].Kind == scan.Punct) {
						return m
					}
				}
				if m := p.unitTask(k0, k); m > k {
					return m
				}
				return end
			}
			// A lower-case stretch inside the name must lead to more of
			// it: "Phòng Cảnh sát hình sự Công an tỉnh", "Trung tâm phát
			// triển quỹ đất tỉnh Yên Bái".
			// After a bare head the stretch may be a long description
			// with "về" in it, if a capital closes it: "Ủy ban phối hợp
			// về trung tâm nghiên cứu khoa học nhiệt đới Việt Nga".
			// "Trưởng Ban Chỉ đạo quốc gia về Phòng thủ dân sự": a board
			// named by what it is about, in capitals.
			if t.Lower == "về" && j > k && p.capWord(j+1) && !p.stopsOrg(j+1) && (k > k0 && lowerHead1(p.lower(k-1)) || p.lowerHead(k, k+2)) {
				about = j
				j++
				continue
			}
			// A role that ends with such a head counts as one: "Trưởng Ban
			// Chỉ đạo phòng chống thiên tai tỉnh".
			m, most, head := j, 5, p.lowerHead(k, j) || k > k0 && j-k <= 3 && lowerHead1(p.lower(k-1))
			if head {
				most = 12
			}
			for m < len(p.toks) && m-j < most && p.toks[m].Kind == scan.Word && p.toks[m].Flags&scan.Upper == 0 {
				if n, _ := p.stopAt(m); n > 0 && !(head && m > j && p.toks[m].Lower == "về") {
					break
				}
				m++
			}
			if m == j {
				return end
			}
			// "Hội Tiết niệu - Thận học", "khoa Ngoại Thận - Tiết niệu": a
			// pair of fields joined by a dash, each a capital and a word or
			// two in lower case, runs on to the dash, and after it to the
			// end of the title.
			if m-j <= 2 && m < len(p.toks) && isDash(p.toks[m].Lower) && p.capWord(m+1) && !p.stopsOrg(m+1) {
				j = m
				continue
			}
			if m-j <= 2 && j-2 > k && isDash(p.toks[j-2].Lower) && p.toks[j-1].Flags&scan.AllUpper == 0 && p.pairEnds(m) {
				j = m
				end = j
				continue
			}
			// "BV Nhi đồng 1": a numbered unit.
			if m < len(p.toks) && p.toks[m].Kind == scan.Number && m-j <= 2 && p.toks[m].End-p.toks[m].Start <= 3 && !units[p.lower(m+1)] {
				j = m + 1
				end = j
				continue
			}
			if p.capWord(m) && p.toks[m].Flags&scan.NewlineBefore == 0 && (!p.stopsOrg(m) || p.schoolName(m) > 0 || p.latinCompany(k, m) > 0 ||
				p.roleInName(k, m) > 0) {
				j = m
				continue
			}
			// "tập đoàn "Mitsui"", "công ty "DDC"": a quoted name.
			if m < len(p.toks) && isQuote(p.toks[m].Lower) && p.capWord(m+1) && !p.stopsOrg(m+1) && lex.OrgHeads.EndsAt(p.text, p.toks, m) > 0 {
				j = m
				continue
			}
			// No capital follows: keep the stretch only after a head that
			// takes a lower-case name ("Trạm kiểm soát biên phòng", "Cục
			// Chống tham nhũng"), and only to a word boundary we trust.
			// The name of the holder may close it too: "Cục Thể dục thể
			// thao | Đặng Hà Việt".
			holder := func() bool {
				return m < len(p.toks) && p.capWord(m) && p.toks[m].Flags&scan.NewlineBefore == 0 && p.nameAt(m) > 0
			}
			if head && (m >= len(p.toks) || p.toks[m].Kind == scan.Punct || holder()) {
				j = m
				end = j
			}
			// "Đội trưởng Đội vận động quần chúng của đồn": the name ends
			// where "của" names the body it belongs to.
			if p.lowerHead(k, j) && j == end && m < len(p.toks) && p.toks[m].Lower == "của" && !p.capWord(m+1) {
				return m
			}
			// "Vụ trưởng Nghiên cứu tổng hợp,", "Giám đốc Sở Ngoại vụ,",
			// "Văn phòng Đăng ký đất đai tỉnh,": one capitalized word,
			// after a head or not, opens a name written in lower case
			// after it, up to the punctuation that closes the title.
			if m < len(p.toks) && (p.toks[m].Kind == scan.Punct && (m-j <= 4 && strings.Contains(",;)", p.toks[m].Lower) ||
				m-j <= 2 && p.toks[m].Lower == ".") || m-j <= 4 && p.capWord(m) && holder() || m-j <= 4 && p.portfolioAnd(m) ||
				m-j <= 2 && p.toks[m].Kind == scan.Word && clauseOpens[p.toks[m].Lower] ||
				// "Văn phòng Đăng ký đất đai tỉnh và | ông B": a person
				// after "và" ends the title.
				m-j <= 4 && p.toks[m].Lower == "và" && p.personAt(m+1)) &&
				(p.oneCapital(k, j) || about >= 0 && j == about+2 || j == member) {
				j = m
				end = j
				// "Bộ trưởng Phát triển số và Thông tin Singapore": "và"
				// joins a second portfolio, the "và" case above goes on.
				if p.toks[m].Kind == scan.Word {
					continue
				}
				// "Bộ trưởng Đầu tư, Thương mại và Công nghiệp Malaysia":
				// the comma opens the next portfolio of a list "và" closes.
				if p.toks[m].Lower == "," && p.capWord(m+1) && !p.stopsOrg(m+1) && (p.listCloses(m+1) || p.listEnd(m+1) > 0) {
					continue
				}
			}
			// "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Gia Lai": the
			// bracket case below decides whether the name goes on.
			if end == m && m < len(p.toks) && p.toks[m].Lower == "(" {
				continue
			}
			return end
		case scan.Number:
			// "Trưởng phòng 5, Cục A05": a department known by its number,
			// then maybe the body it belongs to.
			if j == k && p.numberedUnit(k) {
				j++
				end = j
				if p.lower(j) == "," && p.capWord(j+1) && p.orgHeadAt(j+1) > 0 && !p.stopsOrg(j+1) {
					j++
				}
				continue
			}
			// "Quân khu 1", "Sư đoàn 304".
			if j > k && p.toks[j-1].Kind == scan.Word && t.End-t.Start <= 4 && !strings.ContainsAny(t.Text(p.text), ".,/-") && !units[p.lower(j+1)] {
				j++
				end = j
				continue
			}
			return end
		case scan.Punct:
			switch t.Lower {
			case "-", "–", "&":
				if j > k && p.capWord(j+1) && !p.stopsOrg(j+1) {
					j++
					continue
				}
				// "Chủ tịch AMM-59": an acronym numbered by its session.
				if j > k && j+1 < len(p.toks) && p.toks[j-1].Flags&scan.AllUpper != 0 && p.toks[j+1].Kind == scan.Number &&
					p.toks[j-1].End == t.Start && t.End == p.toks[j+1].Start {
					j += 2
					end = j
					continue
				}
			case "\"", "“", "”":
				if !quoted && j > k && p.capWord(j+1) && !p.stopsOrg(j+1) && lex.OrgHeads.EndsAt(p.text, p.toks, j) > 0 {
					quoted = true
					j++
					continue
				}
				if quoted {
					quoted = false
					j++
					end = j
					continue
				}
			case "(":
				// "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Gia Lai", "Sở
				// Tài nguyên và Môi trường (TN-MT) Yên Bái": the body's
				// abbreviation in brackets, then its province or city.
				// "Trưởng đại diện Cơ quan Hợp tác quốc tế Nhật Bản (JICA)
				// tại Việt Nam": or an envoy's host after it.
				if e := p.bracketedAbbrev(j); j > k && p.cutS == p.cutE && e > 0 && (p.placeAfter(e) || p.envoyHost(k0, k, e)) {
					p.cutS, p.cutE = p.toks[j-1].End, p.toks[e-1].End
					j = e
					continue
				}
			case ".":
				if j > k && t.Start == p.toks[j-1].End && (p.toks[j-1].Lower == "tp" || p.toks[j-1].Lower == "tx") {
					j++
					continue
				}
			case ",":
				// "Đại biểu Quốc hội khóa XI, XII": terms listed.
				if j > k && j+1 < len(p.toks) && p.toks[j-1].Kind == scan.Word && lex.Roman(p.toks[j-1].Text(p.text)) &&
					p.toks[j+1].Kind == scan.Word && lex.Roman(p.toks[j+1].Text(p.text)) && p.toks[j+1].Flags&scan.AllUpper != 0 {
					j += 2
					end = j
					continue
				}
				// "Bộ Văn hóa, Thể thao và Du lịch": a comma inside the
				// name only where "và" closes the list.
				if j > k && p.capWord(j+1) && !p.stopsOrg(j+1) && p.listCloses(j+1) {
					j++
					continue
				}
				// "Cục Chất lượng, Chế biến và Phát triển thị trường":
				// fields written in lower case after their first word.
				if e := p.listEnd(j + 1); j > k && e > 0 {
					j = e
					end = j
					continue
				}
			}
			return end
		default:
			return end
		}
	}
	return end
}

// memberHead returns the length of the head at toks[k] of a body whose
// name may hold its members' role ("Nhóm Nghị sĩ", "Hội Cựu Giám đốc",
// "Câu lạc bộ Giám đốc"), or 0.
func (p *parser) memberHead(k int) int {
	if !p.capWord(k) {
		return 0
	}
	switch p.lower(k) {
	case "nhóm", "hội", "ban":
		return 1
	case "liên":
		if p.lower(k+1) == "minh" {
			return 2
		}
	case "hiệp":
		if p.lower(k+1) == "hội" {
			return 2
		}
	case "câu":
		if p.lower(k+1) == "lạc" && p.lower(k+2) == "bộ" {
			return 3
		}
	}
	return 0
}

// unitTask returns the index after "kíp cứu nạn" in "kíp trưởng kíp
// cứu nạn", "tổ bảo vệ" in "tổ trưởng tổ bảo vệ": the unit the role toks[k0:k]
// is named after, at toks[k], then what it does in lower case, up to the
// punctuation; k when there is none. (A team's captain, "đội trưởng đội
// bóng", holds no office.)
func (p *parser) unitTask(k0, k int) int {
	if k-k0 != 2 || p.lower(k) != p.lower(k0) || p.lower(k-1) != "trưởng" || p.lowerIn(captains, k0, k) {
		return k
	}
	m := k + 1
	for m < len(p.toks) && m-k < 5 && p.lowerAfter(m) {
		if n, _ := p.stopAt(m); n > 0 {
			break
		}
		m++
	}
	if m > k+1 && (m >= len(p.toks) || strings.Contains(",;.)", p.toks[m].Lower) && p.toks[m].Kind == scan.Punct) {
		return m
	}
	return k
}

// regionOf returns the index of the "của" after a region at toks[j] that
// qualifies a role ("khu vực châu Á", "vùng Đông Nam Á", "miền Bắc") when
// a body's head in capitals follows it; j otherwise.
func (p *parser) regionOf(j int) int {
	q := j + 1
	switch p.toks[j].Lower {
	case "khu":
		if p.lower(j+1) != "vực" {
			return j
		}
		q++
	case "vùng", "miền":
	default:
		return j
	}
	n, _ := lex.Places.Match(p.text, p.toks, q)
	if n == 0 && p.capWord(q) && !p.stopsOrg(q) {
		n = 1
		for n < 3 && p.capWord(q+n) {
			n++
		}
	}
	if e := q + n; n > 0 && p.lower(e) == "của" && p.capWord(e+1) && p.orgHeadAt(e+1) > 0 && !p.stopsOrg(e+1) {
		return e
	}
	return j
}

// numberedUnit reports whether toks[k] is the short plain number of a
// unit right after a role that ends in the unit's head: "Trưởng phòng 5",
// "Trưởng ban 2", not "Trưởng phòng 30 năm".
func (p *parser) numberedUnit(k int) bool {
	if p.lower(k-2) != "trưởng" || !unitHeads[p.lower(k-1)] {
		return false
	}
	t := p.toks[k]
	return t.End-t.Start <= 3 && strings.Trim(t.Lower, "0123456789") == "" && !units[p.lower(k+1)] &&
		t.Flags&scan.NewlineBefore == 0
}

// unitHeads are the heads of the units a role may name ("Trưởng phòng",
// "Trưởng khoa"), which title writes before a unit's bare number.
var unitHeads = map[string]bool{"phòng": true, "ban": true, "khoa": true, "trạm": true}

// roleInName returns the index after the role at toks[j] when it is a
// word of the name of the body at toks[k], right after the body's head
// or one capital after it ("Hội Cựu Giám đốc"), and no person's name
// follows it; 0 otherwise. "Chủ tịch Hội Giám đốc Lê Văn A" is a body
// and an office of its own.
func (p *parser) roleInName(k, j int) int {
	h := p.memberHead(k)
	if h == 0 || j < k+h || j > k+h+1 || j == k+h+1 && !p.capWord(k+h) {
		return 0
	}
	e, ok := p.roleAt(j)
	if !ok || p.nameAt(e) > 0 {
		return 0
	}
	return e
}

// eponymAt returns the length of the name of a historical person at
// toks[j], two words or more into the organization that starts at
// toks[k], with no capital after it; 0 otherwise.
func (p *parser) eponymAt(k, j int) int {
	if j-k < 2 { // a cheaper test than the look-up, and as common a "no"
		return 0
	}
	if n, _ := lex.Eponyms.Match(p.text, p.toks, j); n > 0 && !p.capWord(j+n) {
		return n
	}
	return 0
}

// envoyRole reports whether the role toks[k0:k] is an envoy's, whose
// organization ends in "tại" and the host: "Phó Đại sứ", and "Trưởng" of
// a "Cơ quan đại diện" written after it.
func (p *parser) envoyRole(k0, k int) bool {
	if p.lowerIn(envoy, k0, k) || k-k0 >= 2 && p.toks[k0].Lower == "phó" && p.lowerIn(envoy, k0+1, k) {
		return true
	}
	return p.lower(k-1) == "trưởng" && p.lower(k) == "cơ" && p.lower(k+1) == "quan" && p.lower(k+2) == "đại" && p.lower(k+3) == "diện"
}

// envoyHost reports whether toks[e] is the "tại" that names the host
// country or body of an envoy's mission, the role being toks[k0:k], or
// the office in Vietnam of a foreign body.
func (p *parser) envoyHost(k0, k, e int) bool {
	if p.lower(e) != "tại" {
		return false
	}
	// Any body's office "tại Việt Nam" is a foreign one's: "(ADB) tại
	// Việt Nam".
	if p.lower(e+1) == "việt" && p.lower(e+2) == "nam" && p.capWord(e+1) {
		return true
	}
	if !p.envoyRole(k0, k) {
		return false
	}
	if n, _ := lex.Places.Match(p.text, p.toks, e+1); n > 0 {
		return true
	}
	n := p.orgHeadAt(e + 1)
	return n > 0
}

// bracketedAbbrev returns the index after the ")" when toks[j] opens an
// abbreviation in brackets: words in capitals, maybe joined by "-" or
// "&" ("(CDC)", "(TN-MT)", "(TN&MT)"); 0 otherwise.
func (p *parser) bracketedAbbrev(j int) int {
	words := 0
	for m := j + 1; m < len(p.toks) && m <= j+6; m++ {
		t := p.toks[m]
		switch {
		case t.Lower == ")":
			if words == 0 {
				return 0
			}
			return m + 1
		case t.Kind == scan.Word && t.Flags&scan.AllUpper != 0 && t.End-t.Start >= 2:
			words++
		case t.Lower == "-" || t.Lower == "&":
		default:
			return 0
		}
	}
	return 0
}

// placeAfter reports whether toks[e] opens the place of a body: a unit
// word with a capital after it ("tỉnh Gia Lai", "TP Huế") or a known
// province or city.
func (p *parser) placeAfter(e int) bool {
	if e >= len(p.toks) || p.toks[e].Flags&scan.NewlineBefore != 0 {
		return false
	}
	if classifier(p.lower(e)) && p.capWord(e+1) || p.lower(e) == "thành" && p.lower(e+1) == "phố" && p.capWord(e+2) {
		return true
	}
	if !p.capWord(e) {
		return false
	}
	n, _ := lex.Places.Match(p.text, p.toks, e)
	return n > 0
}

// portfolioAnd reports whether toks[m] is a "và" that joins a second
// capitalized portfolio to the name before it, not a second role, holder
// or body: "Phát triển số và Thông tin", "Kinh tế số và Xã hội số".
func (p *parser) portfolioAnd(m int) bool {
	if p.lower(m) != "và" || !p.capWord(m+1) || p.toks[m+1].Flags&scan.AllUpper != 0 || p.stopsOrg(m+1) {
		return false
	}
	n := p.orgHeadAt(m + 1)
	return n == 0
}

// listCloses reports whether a "và" followed by a capital closes, within a
// few capitalized words, the list that a comma opened.
func (p *parser) listCloses(j int) bool {
	for m := j; m < len(p.toks) && m < j+6; m++ {
		t := p.toks[m]
		if t.Lower == "và" || t.Lower == "&" {
			return p.capWord(m + 1)
		}
		// "Thương mại" in "Đầu tư, Thương mại và Công nghiệp": a portfolio
		// whose second word is lower case.
		if t.Kind == scan.Word && t.Flags&scan.Upper != 0 {
			if n, _ := lex.OrgWords.Match(p.text, p.toks, m); n > 1 {
				m += n - 1
				continue
			}
		}
		if t.Kind == scan.Punct && t.Lower != "," {
			return false
		}
		if t.Kind == scan.Word && t.Flags&scan.Upper == 0 {
			return false
		}
	}
	return false
}

// listEnd returns the index after a list of fields that starts at
// toks[j], after a comma inside an organization's name, and that "và"
// closes: each field a capital and at most three lower-case words
// ("Chế biến và Phát triển thị trường"). It is 0 when no such list
// starts there.
func (p *parser) listEnd(j int) int {
	m := j
	for items := 0; items < 5; items++ {
		if !p.capWord(m) || p.toks[m].Flags&scan.NewlineBefore != 0 || p.stopsOrg(m) {
			return 0
		}
		m = p.fieldEnd(m + 1)
		switch {
		case p.lower(m) == ",":
			m++
		case p.lower(m) == "và" && p.capWord(m+1) && !p.stopsOrg(m+1):
			return p.fieldEnd(m + 2)
		default:
			return 0
		}
	}
	return 0
}

// fieldEnd returns the index after the lower-case words of a field that
// follow toks[m-1], three at most, up to a word that ends a name.
func (p *parser) fieldEnd(m int) int {
	for n := 0; n < 3 && m < len(p.toks) && p.toks[m].Kind == scan.Word && p.toks[m].Flags&scan.Upper == 0; n++ {
		if s, _ := p.stopAt(m); s > 0 {
			break
		}
		m++
	}
	return m
}

// lowerHead1 reports whether w is a head that takes a lower-case name
// after it ("Trạm kiểm soát", "Cục Chống tham nhũng"); lowerHead2 whether
// a and b are one. Switches cost less than a map look-up and need no
// joined key.
func lowerHead1(w string) bool {
	switch w {
	case "trạm", "cục", "phòng", "đội", "ban", "viện", "vụ", "trường", "khối":
		return true
	}
	return false
}

func lowerHead2(a, b string) bool {
	switch a {
	case "trung":
		return b == "tâm"
	case "chi":
		return b == "cục"
	case "hội":
		return b == "đồng"
	case "ủy", "uỷ":
		return b == "ban"
	case "công":
		return b == "ty"
	case "tập":
		return b == "đoàn"
	case "cơ":
		return b == "quan"
	}
	return false
}

// lowerHead reports whether toks[k:j] opens with a head that takes a
// lower-case name after it ("Trạm kiểm soát", "Cục Chống tham nhũng").
func (p *parser) lowerHead(k, j int) bool {
	if j <= k || j-k > 3 {
		return false
	}
	if lowerHead1(p.toks[k].Lower) {
		return true
	}
	return k+1 < j && lowerHead2(p.toks[k].Lower, p.toks[k+1].Lower)
}

// oneCapital reports whether toks[k:j] is an optional head and then one
// capitalized word, no place and no foreign name, with only lower-case
// words after it: the start of a name like "Sở Ngoại vụ" or "Quản lý
// đất đai". Fields joined by "và" count as one: "Viện Địa chất và
// Khoáng sản".
func (p *parser) oneCapital(k, j int) bool {
	s := k
	if n := p.orgHeadAt(k); n > 0 && k+n < j {
		s = k + n
	} else if n, _ := lex.OrgWords.Match(p.text, p.toks, k); n > 0 && k+n < j && p.toks[k].Flags&scan.Upper == 0 {
		// "Trưởng phòng thí nghiệm Vật liệu nano".
		s = k + n
	}
	if !p.capWord(s) || p.toks[s].Flags&scan.AllUpper != 0 || lex.Foreign(p.toks[s].Lower) {
		return false
	}
	if n, _ := lex.Places.Match(p.text, p.toks, s); n > 0 {
		return false
	}
	// "khoa Ngoại Gan mật tụy", "khoa Nội Tim mạch": a ward is named by
	// its branch, surgery or medicine, and then its field.
	if (p.toks[s].Lower == "ngoại" || p.toks[s].Lower == "nội") && s+1 < j && p.capWord(s+1) && p.toks[s+1].Flags&scan.AllUpper == 0 {
		s++
	}
	for i := s + 1; i < j; i++ {
		t := p.toks[i]
		if t.Kind != scan.Word {
			return false
		}
		if t.Flags&scan.Upper != 0 && (p.toks[i-1].Lower != "và" || t.Flags&scan.AllUpper != 0 || lex.Foreign(t.Lower)) {
			return false
		}
	}
	return true
}

// spaceDashes spaces on both sides a dash that the writer spaced on one
// side only: "Sở Tài nguyên- Môi trường" is "Sở Tài nguyên - Môi
// trường". A dash inside a word ("TN-MT") stays as it is.
func spaceDashes(s string) string {
	// (ContainsAny with a non-ASCII dash decodes every rune of s.)
	if strings.IndexByte(s, '-') < 0 && !strings.Contains(s, "–") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		w := 1
		if s[i] == "–"[0] && strings.HasPrefix(s[i:], "–") {
			w = len("–")
		} else if s[i] != '-' {
			continue
		}
		before := i > 0 && s[i-1] == ' '
		after := i+w < len(s) && s[i+w] == ' '
		if before == after || i == 0 || i+w == len(s) {
			i += w - 1
			continue
		}
		b.WriteString(s[last:i])
		if !before {
			b.WriteByte(' ')
		}
		b.WriteString(s[i : i+w])
		if !after {
			b.WriteByte(' ')
		}
		last = i + w
		i += w - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isDash(s string) bool { return s == "-" || s == "–" }

// pairEnds reports whether the title may end at toks[m], after the second
// field of a dashed pair: the text ends, or punctuation, "của" or a clause
// word comes next.
// stopAt is lex.Stop.Match at toks[i], but for the "dự" of "dự án"
// (a project): "Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh" names
// one board, where "dự" alone is the verb "attend" that ends it.
func (p *parser) stopAt(i int) (int, string) {
	n, v := lex.Stop.Match(p.text, p.toks, i)
	if n > 0 && p.toks[i].Lower == "dự" && p.lower(i+1) == "án" {
		return 0, v
	}
	return n, v
}

func (p *parser) pairEnds(m int) bool {
	if m >= len(p.toks) || p.toks[m].Kind == scan.Punct || p.toks[m].Lower == "của" {
		return true
	}
	n, _ := p.stopAt(m)
	return n > 0
}

func isQuote(s string) bool { return s == "\"" || s == "“" || s == "”" }

// inherit gives a role without organization the organization of the role
// joined to it by a dash: "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương
// MTTQ Việt Nam" makes both offices in that committee; and by "kiêm"
// before a chief of staff or a manager.
func (p *parser) inherit(out []pipeline.Entity) {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i].Title, out[i+1].Title
		if b.Organization == "" {
			continue
		}
		if a.Organization != "" {
			// "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X": the board is
			// the company's.
			if strings.TrimSpace(p.text[out[i].Span.End:out[i+1].Span.Start]) == "kiêm" &&
				boards[strings.ToLower(a.Organization)] && sharesBody(a.Role, b.Role) {
				a.Organization += " " + b.Organization
			}
			continue
		}
		gap := strings.TrimSpace(p.text[out[i].Span.End:out[i+1].Span.Start])
		if gap == "-" || gap == "–" {
			a.Organization = b.Organization
		}
		// "Phó Tư lệnh kiêm Tham mưu trưởng Quân chủng Hải quân": the chief
		// of staff serves the command the deputy commands. Other roles
		// after "kiêm" may head another body ("Bí thư kiêm Chủ tịch UBND").
		// "Chủ tịch kiêm Tổng Giám đốc Viettel", "Phó Tổng Giám đốc kiêm
		// Kế toán trưởng Công ty X": so are the managers of a firm.
		if gap == "kiêm" && sharesBody(a.Role, b.Role) {
			a.Organization = b.Organization
		}
	}
}

// boards are the governing bodies of a firm or school, named without it.
var boards = map[string]bool{"hội đồng quản trị": true, "hội đồng thành viên": true, "ban giám đốc": true,
	"hội đồng trường": true, "ban tổng giám đốc": true, "ban kiểm soát": true}

// sharesBody reports whether role a, joined by "kiêm" to role b, serves
// the body b names: b is a staff or managing office, and a no Party
// office, which belongs to the Party committee of the body.
func sharesBody(a, b string) bool {
	if strings.Contains(strings.ToLower(a), "bí thư") {
		return false
	}
	b = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(b, "Phó "), "phó "))
	switch b {
	case "tham mưu trưởng", "tổng giám đốc", "giám đốc", "kế toán trưởng", "tổng biên tập", "ceo":
		return true
	}
	return false
}

// namedHeads are organization heads that a proper name must follow: in
// "Giám đốc Bệnh viện Bạch Mai" the capitalized words after "Bệnh viện"
// name the hospital, not its director.
var namedHeads = map[string]bool{"bệnh viện": true, "trường": true, "công ty": true, "tập đoàn": true,
	"ngân hàng": true, "nhà hát": true, "đài": true, "báo": true, "tạp chí": true, "hãng": true,
	"câu lạc bộ": true, "clb": true, "khách sạn": true, "nhà xuất bản": true, "trường đại học": true, "đại học": true,
	"chùa": true, "giáo xứ": true, "giáo phận": true, "tổng giáo phận": true}

// namedHead reports whether toks[k:j] ends with a head that needs a name
// and the two or three capitalized words at j are that name.
func (p *parser) namedHead(k, j int) bool {
	if j <= k || p.nameAt(j) > 3 {
		return false
	}
	if p.isNamedHead(k, j) {
		return true
	}
	// "Trưởng khoa Nhi Bệnh viện Bạch Mai": the head may close a longer
	// name, a ward's, before the hospital's; a three-word name there is
	// the holder's ("Chủ tịch Hội đồng thành viên Tập đoàn Trần Ngọc
	// Thuận").
	if p.nameAt(j) > 2 {
		return false
	}
	for h := max(k+1, j-3); h < j; h++ {
		if p.isNamedHead(h, j) {
			return true
		}
	}
	return false
}

// afterCompleteBody reports whether the organization toks[k:j] ends with
// a body that takes no name ("Thượng viện", "Thượng viện Campuchia") and
// toks[j] opens no more of it.
func (p *parser) afterCompleteBody(k, j int) bool {
	if n := lex.CompleteBodyEndsAt(p.text, p.toks, j); n == 0 || n > j-k {
		return false
	}
	m := p.orgHeadAt(j)
	return m == 0
}

// isNamedHead reports whether toks[k:j] is one of namedHeads.
func (p *parser) isNamedHead(k, j int) bool {
	if j <= k || j-k > 3 {
		return false
	}
	var buf [64]byte // no allocation for the look-up
	b := buf[:0]
	for i := k; i < j; i++ {
		if i > k {
			b = append(b, ' ')
		}
		b = append(b, p.toks[i].Lower...)
	}
	return namedHeads[string(b)]
}

// abbrevIn reports whether an abbreviation may start among toks[s:e].
// lex.Expand tokenizes its text again, into these same tokens; when no
// abbreviation starts at any of them (even running past e), it would
// return the text unchanged.
func (p *parser) abbrevIn(s, e int) bool {
	for i := s; i < e && i < len(p.toks); i++ {
		// Most words of a name open no abbreviation: the filter spares
		// their look-up.
		if w := p.toks[i].Text(p.text); w != "" && abbrevHeads.may(w) {
			if n, _ := lex.Abbrevs.Match(p.text, p.toks, i); n > 0 {
				return true
			}
		}
	}
	return false
}

// phrases is a set of lower-case phrases for lowerIn, with the first and
// last bytes of its keys: most phrases asked about open or end with a byte
// no key does, and need neither be built nor looked up.
type phrases struct {
	first, last [4]uint64 // bit b: a key opens (ends) with byte b
	keys        map[string]bool
}

func newPhrases(keys ...string) *phrases {
	s := &phrases{keys: make(map[string]bool, len(keys))}
	for _, k := range keys {
		s.keys[k] = true
		s.first[k[0]/64] |= 1 << (k[0] % 64)
		s.last[k[len(k)-1]/64] |= 1 << (k[len(k)-1] % 64)
	}
	return s
}

// lowerIn reports whether the text of toks[s:e] in lower case is a key of
// set: the tokens' Lower forms joined by the white space between them,
// built without allocating. For the role words it is asked about, that is
// what strings.ToLower of the text gives.
func (p *parser) lowerIn(set *phrases, s, e int) bool {
	if s >= e {
		return false // no key is empty
	}
	// The phrase opens with the first token's Lower and ends with the
	// last one's.
	if a, z := p.toks[s].Lower, p.toks[e-1].Lower; a != "" && z != "" &&
		(set.first[a[0]/64]&(1<<(a[0]%64)) == 0 || set.last[z[len(z)-1]/64]&(1<<(z[len(z)-1]%64)) == 0) {
		return false
	}
	var buf [64]byte
	b := buf[:0]
	for k := s; k < e; k++ {
		if k > s {
			b = append(b, p.text[p.toks[k-1].End:p.toks[k].Start]...)
		}
		b = append(b, p.toks[k].Lower...)
	}
	return set.keys[string(b)]
}

// classifier reports whether w is an administrative unit word that a
// place name follows: a switch, which costs less than a map look-up in
// org's loop.
func classifier(w string) bool {
	switch w {
	case "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "tp", "thôn", "bản", "ấp", "xóm", "làng",
		"buôn", "sóc", "khóm":
		return true
	}
	return false
}

// brandedCompany returns the length of a run of at most four capitals at
// toks[j] that a company suffix ends ("Hoàng Long Corp", "Hà Đô
// Group"), or 0.
func (p *parser) brandedCompany(j int) int {
	for n := 0; n < 4 && p.capWord(j+n) && (n == 0 || p.toks[j+n].Flags&scan.NewlineBefore == 0); n++ {
		switch p.lower(j + n) {
		case "group", "corp", "corp.", "corporation", "jsc", "holdings", "holding":
			if n > 0 {
				return n + 1
			}
			return 0
		}
	}
	return 0
}

// roleEndsInBody reports whether the role that ends before toks[k] ends
// with a body's head written in capitals: "Trưởng Ban", "Chủ tịch Hội
// đồng".
func (p *parser) roleEndsInBody(k int) bool {
	switch p.lower(k - 1) {
	case "ban":
		return p.toks[k-1].Flags&scan.Upper != 0
	case "đồng":
		return p.lower(k-2) == "hội" && p.toks[k-2].Flags&scan.Upper != 0
	}
	return false
}

// personAt reports whether a person's name, form of address or rank
// starts at toks[j].
func (p *parser) personAt(j int) bool {
	if j >= len(p.toks) || p.toks[j].Kind != scan.Word {
		return false
	}
	if n, v := lex.Honorifics.Match(p.text, p.toks, j); n > 0 && v != lex.Cue {
		return true
	}
	if !p.capWord(j) {
		return false
	}
	if n, _ := lex.Ranks.Match(p.text, p.toks, j); n > 0 {
		return true
	}
	return p.nameAt(j) > 0
}

// latinCompany returns the length of a run of capitals in Latin script
// at toks[j] that names a company, or 0: right after a company head
// ("Công ty Chứng khoán Mirae Asset"), up to what reads as its head's
// name ("Tập đoàn Samsung | Lee Jae-yong"), or closed by "Việt Nam", a
// foreign group's local arm ("Hanwa Precision Việt Nam"), which the
// length takes in.
func (p *parser) latinCompany(k, j int) int {
	// Most capitals in a name have neither around them: spare the
	// spelling checks.
	head := j > k && p.companyEndsAt(j)
	if !head && !p.vietNamWithin(j) || !lex.Foreign(p.toks[j].Lower) {
		return 0
	}
	n := 1
	for n < 4 && p.capWord(j+n) && p.toks[j+n].Flags&scan.NewlineBefore == 0 && lex.Foreign(p.toks[j+n].Lower) {
		n++
	}
	if p.lower(j+n) == "việt" && p.lower(j+n+1) == "nam" && p.capWord(j+n) && p.capWord(j+n+1) &&
		p.toks[j+n].Flags&scan.NewlineBefore == 0 {
		return n + 2
	}
	if head {
		for i := 1; i < n; i++ {
			if p.nameAt(j+i) > 0 {
				return i
			}
		}
		return n
	}
	return 0
}

// vietNamWithin reports whether "Việt Nam" follows toks[j] within four
// words.
func (p *parser) vietNamWithin(j int) bool {
	for i := j + 1; i <= j+4 && i+1 < len(p.toks); i++ {
		if p.toks[i].Lower == "việt" && p.toks[i+1].Lower == "nam" {
			return true
		}
	}
	return false
}

// companyEndsAt reports whether a company head ends right before toks[j]:
// "Công ty", "Tập đoàn", "TNHH", "CP", "Chứng khoán", "cổ phần".
func (p *parser) companyEndsAt(j int) bool {
	switch p.lower(j - 1) {
	case "tnhh", "cp", "jsc":
		return true
	case "ty":
		return p.lower(j-2) == "công"
	case "đoàn":
		return p.lower(j-2) == "tập"
	case "khoán":
		return p.lower(j-2) == "chứng"
	case "phần":
		return p.lower(j-2) == "cổ"
	}
	return false
}

// shrine reports whether w, in lower case, names a place of worship,
// which a name follows.
func shrine(w string) bool {
	switch w {
	case "đền", "chùa", "miếu":
		return true
	}
	return false
}

// localUnits are the unit words that name the story's own province,
// district or commune when nothing follows them.
var localUnits = map[string]bool{"tỉnh": true, "huyện": true, "xã": true}

// roleQualified reports whether the role toks[k0:k] is an honorary one
// with its qualifier ("Đại sứ du lịch"), whose body a story often names
// by its unit word alone.
func (p *parser) roleQualified(k0, k int) bool {
	return k-k0 >= 4 && p.lower(k0+1) == "sứ" && p.lowerIn(honoraryEnvoys, k-2, k)
}

// roleNamesBody reports whether the role toks[k0:k] has a body written
// into it ("Chánh Thanh tra", "Trưởng Đoàn đại biểu Quốc hội"): a capital
// after its first word, past a "Phó" or "Quyền". Such a role takes the
// story's province as "tỉnh" alone: "Chánh Thanh tra tỉnh,". "Phó Chủ
// tịch tỉnh" does not: "tịch" is lower case.
func (p *parser) roleNamesBody(k0, k int) bool {
	s := k0
	for s < k && (p.lower(s) == "phó" || p.lower(s) == "quyền") {
		s++
	}
	for i := s + 1; i < k; i++ {
		if p.capWord(i) {
			return true
		}
	}
	return false
}

// captains are roles that, in lower case with no body, name a team's
// captain rather than an office.
var captains = newPhrases("đội trưởng")

// memberRoles say nothing without the body they belong to.
var memberRoles = newPhrases("thành viên", "ủy viên", "uỷ viên", "thư ký", "cố vấn", "trợ lý")

// aides are the roles whose organization may be the office they serve.
var aides = newPhrases("trợ lý", "thư ký", "cố vấn")

// units are the words that make a number a quantity ("3 năm"), not the
// number of a unit ("Quân khu 1").
var units = map[string]bool{"năm": true, "tháng": true, "ngày": true, "tuổi": true, "người": true, "lần": true,
	"giờ": true, "phút": true, "km": true, "m": true, "triệu": true, "tỷ": true, "nghìn": true, "đồng": true,
	"ha": true, "kg": true, "tấn": true, "%": true, "vụ": true, "xe": true, "cán": true, "chiến": true}
