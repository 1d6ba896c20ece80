package link

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/extractors/award"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// linkAwards gathers the award mentions of doc into award events, one per
// award: the mentions of one award (the ceremony sentence and the decision
// sentence) are merged, a bare "bằng khen" joins the named Bằng khen it
// refers to, and an award the article only names without conferring it is
// dropped. Each event gets its recipients (people of doc.People by id, or
// names as written, and organizations), presenters, signer, decision,
// date and posthumous flag from the sentences of its mentions.
func linkAwards(doc *pipeline.Document) []pipeline.Award {
	n := 0
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Kind == pipeline.KindAward && e.Award != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	r := newAwardReader(doc)
	defer r.release()
	mentions := slices.Grow(r.mentions[:0], n)
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Kind == pipeline.KindAward && e.Award != nil {
			mentions = append(mentions, *e)
		}
	}
	r.mentions = mentions
	// info reads each award mention once at most.
	if cap(r.infoBuf) < n {
		r.infoBuf = make([]mentionInfo, 0, n)
	}
	groups := r.groupAwards(mentions)
	awards := make([]pipeline.Award, 0, len(groups))
	for _, g := range groups {
		a, ok := r.event(g)
		if !ok {
			continue
		}
		a.ID = "a" + strconv.Itoa(len(awards)+1)
		awards = append(awards, a)
	}
	if len(awards) == 0 {
		return nil
	}
	completeNames(awards)
	return awards
}

// completeNames replaces a one-word recipient name that no person entry
// resolved ("cho Sinh") by the one full name of the article's recipients
// ending with it ("Ngô Hà Sinh"), and drops the duplicates that makes.
func completeNames(awards []pipeline.Award) {
	full := map[string]pipeline.Recipient{}
	ambiguous := map[string]bool{}
	for _, a := range awards {
		for _, rc := range a.Recipients {
			sp := strings.LastIndexByte(rc.Name, ' ')
			if sp < 0 {
				continue
			}
			given := lowerString(rc.Name[sp+1:])
			if prev, ok := full[given]; ok && prev.Name != rc.Name {
				ambiguous[given] = true
			}
			full[given] = pipeline.Recipient{Person: rc.Person, Name: rc.Name}
		}
	}
	if len(full) == 0 {
		return
	}
	for i := range awards {
		rs := awards[i].Recipients
		if len(rs) == 0 {
			continue
		}
		seen := make(map[string]bool, len(rs))
		out := rs[:0]
		for _, rc := range rs {
			if rc.Name != "" && !strings.Contains(rc.Name, " ") {
				low := lowerString(rc.Name)
				if f, ok := full[low]; ok && !ambiguous[low] {
					rc.Person, rc.Name = f.Person, f.Name
				}
			}
			key := rc.Name + "|" + rc.Organization
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, rc)
		}
		awards[i].Recipients = out
	}
}

// awardGroup is the mentions of one award, in text order; lead is the
// mention that names it best.
type awardGroup struct {
	lead     pipeline.Entity
	mentions []pipeline.Entity
	// The lead's name folded, for the pairwise comparisons of
	// mergeTarget; without its type word and without its class only when
	// a comparison needs them (noType, noClass).
	fold                  string
	foldNoType            string
	foldNoClass           string
	hasNoType, hasNoClass bool
	r                     *awardReader // folds with r.foldAward
	short                 uint8        // leadShort: 0 not known yet, 1 no, 2 yes
}

// newGroup returns a new group led by lead, from r.groupBuf: groupAwards
// sized it for one group per mention, the most there can be, so the
// pointers it hands out stay valid. Its mentions reuse the slice of the
// group that held the place for an earlier document.
func (r *awardReader) newGroup(lead pipeline.Entity, fold string) *awardGroup {
	r.groupBuf = r.groupBuf[:len(r.groupBuf)+1]
	g := &r.groupBuf[len(r.groupBuf)-1]
	*g = awardGroup{lead: lead, fold: fold, r: r, mentions: g.mentions[:0]}
	return g
}

// leadShort reports whether the lead's name holds a short form ("Anh hùng
// LLVTND"): its fold differs from the group's, which writes them out.
func (g *awardGroup) leadShort() bool {
	if g.short == 0 {
		g.short = 1
		if capitalsWord(g.lead.Value) && g.r.foldPlain(g.lead.Value) != g.fold {
			g.short = 2
		}
	}
	return g.short == 2
}

// noType returns the lead's name folded without its type word.
func (g *awardGroup) noType() string {
	if !g.hasNoType {
		g.foldNoType, g.hasNoType = g.r.foldAward(strings.TrimPrefix(g.lead.Value, g.lead.Award.Type)), true
	}
	return g.foldNoType
}

// noClass returns the lead's name folded without its class.
func (g *awardGroup) noClass() string {
	if !g.hasNoClass {
		g.foldNoClass, g.hasNoClass = g.r.foldAward(strings.TrimSuffix(g.lead.Value, " "+g.lead.Award.Class)), true
	}
	return g.foldNoClass
}

// groupAwards merges mentions of the same award. Names compare folded
// (case, quotes, spaces); a quoted "danh hiệu" joins the badge or
// certificate of the same name (danh hiệu "Tuổi trẻ dũng cảm" is the Huy
// hiệu "Tuổi trẻ dũng cảm"); a mention without class joins the one classed
// award of its name; a bare type word ("nhận huân chương từ ...") joins
// the named award of its type that shares the most people with its
// sentence, the nearest one on a tie, or else the other bare mentions of
// that type.
func (r *awardReader) groupAwards(mentions []pipeline.Entity) []*awardGroup {
	// Every group holds a mention at least: one per mention is the most.
	if cap(r.groupBuf) < len(mentions) {
		r.groupBuf = make([]awardGroup, 0, len(mentions))
	}
	r.groupBuf = r.groupBuf[:0]
	groups := r.groups[:0]
	if r.byKey == nil {
		r.byKey = map[groupKey]*awardGroup{}
	}
	byKey := r.byKey
	var bare []pipeline.Entity
	for _, e := range mentions {
		if e.Value == e.Award.Type {
			bare = append(bare, e)
			continue
		}
		fold := r.foldAward(e.Value)
		key := groupKey{e.Award.Type, fold}
		g := byKey[key]
		if g == nil {
			g = r.newGroup(e, fold)
			byKey[key] = g
			groups = append(groups, g)
		} else if g.leadShort() && (!capitalsWord(e.Value) || fold == r.foldPlain(e.Value)) {
			// "Anh hùng LLVTND" in a headline, then written out: the
			// award is named in full.
			g.lead, g.short = e, 0
		}
		g.mentions = append(g.mentions, e)
	}
	// Merge class-less and "danh hiệu" groups into the group they name.
	merged := r.merged[:0]
	for _, g := range groups {
		if into := mergeTarget(g, groups); into != nil {
			into.mentions = append(into.mentions, g.mentions...)
			continue
		}
		merged = append(merged, g)
	}
	r.groups, r.merged = groups, merged
	groups = merged
	byType := map[string]*awardGroup{}
	var joins []*awardGroup
	for _, e := range bare {
		joins = append(joins, r.bestGroup(e, groups))
	}
	for i, e := range bare {
		if g := joins[i]; g != nil {
			g.mentions = append(g.mentions, e)
			continue
		}
		g := byType[e.Award.Type]
		if g == nil {
			g = r.newGroup(e, "")
			byType[e.Award.Type] = g
			groups = append(groups, g)
		}
		g.mentions = append(g.mentions, e)
	}
	for _, g := range groups {
		sortEntities(g.mentions)
	}
	slices.SortStableFunc(groups, func(a, b *awardGroup) int {
		return cmp.Compare(a.mentions[0].Span.Start, b.mentions[0].Span.Start)
	})
	r.merged = groups
	return groups
}

// groupKey is an award type and a folded name.
type groupKey struct{ typ, fold string }

// bestGroup returns the named group of e's type that a bare mention e
// refers to, or nil.
func (r *awardReader) bestGroup(e pipeline.Entity, groups []*awardGroup) *awardGroup {
	// The names around a mention: a handful, so a slice beats a map.
	people := func(m pipeline.Entity) []string {
		if set, ok := r.peopleSets[m.Span]; ok {
			return set
		}
		info := r.info(m)
		set := make([]string, 0, 2*len(info.recipients)+len(info.presenters))
		for _, rc := range info.recipients {
			// A recipient is a person or an organization: one of the two
			// is empty, and lowering the other needs no concatenation.
			switch {
			case rc.Organization == "":
				set = append(set, lowerString(rc.Name))
			case rc.Name == "":
				set = append(set, lowerString(rc.Organization))
			default:
				set = append(set, lowerString(rc.Name+rc.Organization))
			}
			// "Pun" and "Dipprasad Pun" are one person.
			if sp := strings.LastIndexByte(rc.Name, ' '); sp >= 0 {
				set = append(set, lowerString(rc.Name[sp+1:]))
			}
		}
		set = append(set, info.presenters...)
		r.peopleSets[m.Span] = set
		return set
	}
	mine := people(e)
	var best *awardGroup
	bestShared, bestDist := -1, -1
	decider := r.info(e).decidedBy
	if decider == "" {
		decider = r.info(e).giver
	}
	for _, g := range groups {
		if g.lead.Award.Type != e.Award.Type {
			continue
		}
		// "Bằng khen của Chủ tịch UBND tỉnh", then "được Thủ tướng Chính
		// phủ tặng Bằng khen": another issuer gives another award.
		if decider != "" && r.otherIssuer(g.lead.Value, decider) {
			continue
		}
		shared := 0
		dist := -1
		for _, m := range g.mentions {
			for _, k := range people(m) {
				if slices.Contains(mine, k) {
					shared++
				}
			}
			d := m.Span.Start - e.Span.Start
			if d < 0 {
				d = -d
			}
			if dist < 0 || d < dist {
				dist = d
			}
		}
		if shared > bestShared || shared == bestShared && dist < bestDist {
			best, bestShared, bestDist = g, shared, dist
		}
	}
	return best
}

// otherIssuer reports whether the award name, which names its issuer
// after "của", names an office of another level than decider: "Bằng khen
// của Chủ tịch UBND tỉnh" and "được Thủ tướng Chính phủ tặng Bằng khen"
// are two awards, "của chủ tịch tỉnh" and "được UBND tỉnh Đắk Nông tặng"
// one written two ways.
func (r *awardReader) otherIssuer(name, decider string) bool {
	i := strings.Index(name, " của ")
	if i < 0 {
		return false
	}
	a, b := issuerLevel(foldName(name[i+len(" của "):])), issuerLevel(foldName(decider))
	return a != 0 && b != 0 && a != b
}

// issuerLevel tells a local issuer (1: a province, city, district or
// commune) from a national one (2: the government, a ministry, the
// president, a central body) by its folded name; 0 when it does not say.
func issuerLevel(s string) int {
	for _, w := range []string{"tỉnh", "thành phố", "huyện", "quận", "xã", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"} {
		if strings.Contains(s, w) {
			return 1
		}
	}
	for _, w := range []string{"thủ tướng", "chính phủ", "chủ tịch nước", "bộ trưởng", "nhà nước", "trung ương", "quốc hội", "tổng liên đoàn"} {
		if strings.Contains(s, w) {
			return 2
		}
	}
	// "Bộ Công an": a ministry.
	if strings.HasPrefix(s, "bộ ") || strings.Contains(s, " bộ ") && !strings.Contains(s, "cán bộ ") {
		return 2
	}
	return 0
}

// appendRecipientKey identifies a recipient within an award by name or
// organization, whatever the letter case: a name read as written ("cho
// Lê Văn A") and the person entry of the same name are one recipient.
// The key is scan.ToLower(rc.Name + "|" + rc.Organization), appended to
// dst: lowering works rune by rune and "|" ends any rune, so the parts
// lower alike apart, and a look-up by the bytes allocates nothing.
func appendRecipientKey(dst []byte, rc pipeline.Recipient) []byte {
	dst = appendLower(dst, rc.Name)
	dst = append(dst, '|')
	return appendLower(dst, rc.Organization)
}

func sortEntities(es []pipeline.Entity) {
	slices.SortStableFunc(es, func(a, b pipeline.Entity) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
}

// foldAward folds an award name as foldName does, short forms written
// out: "NSND" and "Nghệ sĩ Nhân dân" fold alike.
func (r *awardReader) foldAward(s string) string {
	// Articles repeat their award names, and so do the articles of a run:
	// the folds outlive the document (see cacheFold).
	if f, ok := r.folds[s]; ok {
		return f
	}
	if r.folds == nil {
		r.folds = map[string]string{}
	}
	return cacheFold(r.folds, s, r.foldAwardOnce(s))
}

// foldPlain returns foldName(s), kept across documents like foldAward's.
func (r *awardReader) foldPlain(s string) string {
	if f, ok := r.plainFolds[s]; ok {
		return f
	}
	if r.plainFolds == nil {
		r.plainFolds = map[string]string{}
	}
	return cacheFold(r.plainFolds, s, foldName(s))
}

// maxFolds bounds a fold cache: a run names a few hundred awards, and a
// cache that fills up starts again.
const maxFolds = 1 << 11

// cacheFold stores f, the fold of s, in m and returns it. The cache
// stays with the pooled reader after the document, so it holds copies:
// s and f (which may be s, or a part of it) point into the text.
func cacheFold(m map[string]string, s, f string) string {
	if len(m) >= maxFolds {
		clear(m)
	}
	if len(s)+len(f) > 256 {
		return f // not worth keeping, and no copy to make
	}
	m[strings.Clone(s)] = strings.Clone(f)
	return f
}

func (r *awardReader) foldAwardOnce(s string) string {
	f := foldName(s)
	if !capitalsWord(s) {
		return f // short forms are written in capitals: "NSND", "LLVTND"
	}
	short := false
	for w := range strings.SplitSeq(f, " ") {
		if _, ok := r.g.Abbrevs[w]; ok {
			short = true
			break
		}
	}
	if !short {
		return f
	}
	words := strings.Split(f, " ")
	for i, w := range words {
		if full, ok := r.g.Abbrevs[w]; ok {
			words[i] = full
		}
	}
	return strings.Join(words, " ")
}

// capitalsWord reports whether a word of s has a capital as its second
// letter, as short forms do.
func capitalsWord(s string) bool {
	for i := 0; i < len(s); i = wordAfter(s, i) {
		n := 1
		if s[i] >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(s[i:])
		}
		// A quoted word belongs to a name, not to a short form: skip it.
		if s[i] == '"' || s[i] == '\'' || s[i] == 0xE2 && strings.HasPrefix(s[i:], "“") {
			i += n - 1
			continue
		}
		if i+n >= len(s) {
			return false
		}
		if c := s[i+n]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// wordAfter returns the first index after i that follows a space in s, or
// len(s).
func wordAfter(s string, i int) int {
	if k := strings.IndexByte(s[i:], ' '); k >= 0 {
		return i + k + 1
	}
	return len(s)
}

// foldName folds an award name for comparison: lower case, quotes
// dropped, spaces collapsed.
func foldName(s string) string {
	s = lowerString(s)
	if plainFold(s) {
		return s
	}
	// s is lowered, so valid UTF-8: the bytes of a rune kept are copied
	// as they stand. Only runes led by 0xC2, 0xE1, 0xE2 or 0xE3 can be
	// quotes or spaces beyond ASCII (see plainFold).
	var b strings.Builder
	b.Grow(len(s))
	space := false
	run := -1 // the start of the bytes kept since the last gap, or -1
	for i := 0; i < len(s); {
		c, n := s[i], 1
		gap := false
		switch {
		case c < utf8.RuneSelf:
			gap = c == '"' || c == '\'' || asciiSpace(c)
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			switch r {
			case '“', '”', '‘', '’', '«', '»':
				gap = true
			default:
				gap = unicode.IsSpace(r)
			}
		}
		if gap {
			if run >= 0 {
				b.WriteString(s[run:i])
				run = -1
			}
			space = b.Len() > 0
			i += n
			continue
		}
		if run < 0 {
			if space {
				b.WriteByte(' ')
				space = false
			}
			run = i
		}
		i += n
	}
	if run >= 0 {
		b.WriteString(s[run:])
	}
	return b.String()
}

// plainFold reports whether the lower-case s is folded already: single
// ASCII spaces between words and no quotes, as nearly every name is.
func plainFold(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch foldByte[s[i]] {
		case foldPlain:
		case foldGap:
			return false
		case foldE1:
			if i+1 < len(s) && s[i+1] == 0x9A {
				return false
			}
		case foldSpace:
			if s[i+1] == ' ' {
				return false
			}
		}
	}
	return true
}

// The classes of foldByte.
const (
	foldPlain = iota // kept as it stands
	foldGap          // a quote or white space, or the first byte of one
	foldE1           // 0xE1: U+1680 when 0x9A follows, else a letter
	foldSpace        // a space: plain unless another follows
)

// foldByte classes the bytes for plainFold. The curly quotes (U+2018-201D),
// « », and the spaces beyond ASCII (U+0085, U+00A0, U+1680, U+2000-205F,
// U+3000) start with 0xC2, 0xE1, 0xE2 or 0xE3; Vietnamese letters (U+1Exx)
// share 0xE1 with U+1680 but not its second byte.
var foldByte = func() (t [256]uint8) {
	for _, c := range []byte{0xC2, 0xE2, 0xE3, '"', '\'', '\t', '\n', '\v', '\f', '\r'} {
		t[c] = foldGap
	}
	t[0xE1], t[' '] = foldE1, foldSpace
	return t
}()

// mergeTarget returns the group g is another mention of, or nil. A name
// without class joins the classed award of that name, or the award whose
// name it begins ("Giải thưởng Hồ Chí Minh" in a headline and "Giải
// thưởng Hồ Chí Minh về khoa học và công nghệ"); of two such awards, the
// first ("Trao Huân chương Chiến công" above a hạng Nhất and a hạng Ba).
// A quoted "danh hiệu" joins only the one badge or certificate of its name.
func mergeTarget(g *awardGroup, groups []*awardGroup) *awardGroup {
	lead := g.lead
	var found *awardGroup
	for _, o := range groups {
		if o == g || o.lead.Award.Type == "Danh hiệu" && lead.Award.Type != "Danh hiệu" {
			continue
		}
		switch {
		case lead.Award.Type == "Danh hiệu" && o.lead.Award.Type != "Danh hiệu":
			if g.fold == o.noType() {
				if found != nil {
					return nil // two candidates: keep apart
				}
				found = o
			}
		case lead.Award.Class == "" && lead.Award.Type == o.lead.Award.Type:
			if found == nil && (o.lead.Award.Class != "" && g.fold == o.noClass() ||
				len(o.fold) > len(g.fold) && o.fold[len(g.fold)] == ' ' && strings.HasPrefix(o.fold, g.fold) && !genderOnly(o.fold[len(g.fold)+1:])) {
				found = o
			}
		}
	}
	return found
}

// genderOnly reports whether the words that lengthen an award name only
// say which sex it is for: "Quả bóng bạc" and "Quả bóng bạc nữ" are two.
func genderOnly(rest string) bool {
	return rest == "nữ" || rest == "nam"
}

// nameSpan is a recipient candidate found in the text: a person of
// doc.People or an organization, over tokens [start, end).
type nameSpan struct {
	start, end int
	rec        pipeline.Recipient
}

// awardReader reads the sentences around award mentions. It holds the
// tokens of doc.Text and the names found in them.
type awardReader struct {
	doc         *pipeline.Document
	g           *award.Grammar
	toks        []scan.Token
	lastSent    [2]int     // sentenceOf's last answer
	persons     []nameSpan // people mentions, by start token
	spanBuf     []nameSpan // sortPersons' other buffer, swapped with persons
	personKeys  []uint64   // sortPersons' scratch
	longest     int        // the most tokens of a person mention
	byEnd       []int32    // indices of persons, by end token (stable)
	aliases     map[string]string
	fullName    map[string]string // lower-case given name -> the one full name ending with it
	words       nameWords         // scratch for the words of a name
	infos       map[pipeline.Span]*mentionInfo
	folds       map[string]string          // foldAward's results, kept across documents
	plainFolds  map[string]string          // foldPlain's, likewise
	peopleSets  map[pipeline.Span][]string // bestGroup: the names around each mention
	awardStarts []int                      // first tokens of the award mentions, sorted
	awardSpans  [][2]int                   // token ranges of the award mentions, by start
	awardEnds   []awardTok                 // award mentions, by end token
	dates       []tokEntity                // date entities, by start token
	decisions   []tokEntity                // decision entities, by start token
	// Kept for the next document (see readerPool).
	ambiguous map[string]bool
	mentions  []pipeline.Entity // linkAwards: the award mentions
	// titleEnds are the spans of the title entities, by end (stable);
	// awardBytes those of the award entities, by start. Both are made
	// when first needed (titlesDone, awardsDone).
	titleEnds, awardBytes  []pipeline.Span
	titlesDone, awardsDone bool
	groupBuf               []awardGroup  // groupAwards: the groups
	groups, merged         []*awardGroup // groupAwards' lists of them
	infoBuf                []mentionInfo // see newInfo
	key                    []byte        // seenKey's keys, end to end
	keyEnds                []int         // where each key of key ends
	byKey                  map[groupKey]*awardGroup
	// No line break starts in bytes [brkLo, brkHi) of the text, and one
	// starts at brkHi unless it is len(doc.Text); valid when brkDone.
	// See breakFrom.
	brkLo, brkHi int
	brkDone      bool
	namesDone    bool // fullName and ambiguous are made (see fullNames)
}

// readerPool keeps the slices and maps of an awardReader from one
// document to the next.
var readerPool = sync.Pool{New: func() any { return new(awardReader) }}

// release empties r, so that it keeps no document alive, and puts it
// back in readerPool.
func (r *awardReader) release() {
	// One huge article should not pin its slices in the pool.
	if len(r.persons) > maxPooled || len(r.mentions) > maxPooled || len(r.dates) > maxPooled ||
		len(r.infos) > maxPooled || len(r.fullName) > maxPooled {
		return
	}
	clear(r.persons)
	clear(r.spanBuf[:cap(r.spanBuf)])
	clear(r.mentions)
	clear(r.dates)
	clear(r.decisions)
	for i := range r.groupBuf {
		clear(r.groupBuf[i].mentions)
		r.groupBuf[i] = awardGroup{mentions: r.groupBuf[i].mentions[:0]}
	}
	clear(r.aliases)
	clear(r.fullName)
	clear(r.ambiguous)
	clear(r.infos)
	clear(r.peopleSets)
	clear(r.byKey)
	clear(r.infoBuf)
	clear(r.groups[:cap(r.groups)])
	clear(r.merged[:cap(r.merged)])
	*r = awardReader{
		words:       nameWords{low: r.words.low[:0], spans: r.words.spans[:0]},
		persons:     r.persons[:0],
		spanBuf:     r.spanBuf[:0],
		personKeys:  r.personKeys[:0],
		byEnd:       r.byEnd[:0],
		aliases:     r.aliases,
		fullName:    r.fullName,
		ambiguous:   r.ambiguous,
		infos:       r.infos,
		folds:       r.folds,
		plainFolds:  r.plainFolds,
		peopleSets:  r.peopleSets,
		awardStarts: r.awardStarts[:0],
		awardSpans:  r.awardSpans[:0],
		awardEnds:   r.awardEnds[:0],
		dates:       r.dates[:0],
		decisions:   r.decisions[:0],
		mentions:    r.mentions[:0],
		titleEnds:   r.titleEnds[:0],
		awardBytes:  r.awardBytes[:0],
		groupBuf:    r.groupBuf[:0],
		groups:      r.groups[:0],
		infoBuf:     r.infoBuf[:0],
		key:         r.key[:0],
		keyEnds:     r.keyEnds[:0],
		merged:      r.merged[:0],
		byKey:       r.byKey,
	}
	readerPool.Put(r)
}

// info returns what the sentence of mention m says, read once.
func (r *awardReader) info(m pipeline.Entity) *mentionInfo {
	if in, ok := r.infos[m.Span]; ok {
		return in
	}
	in := r.newInfo()
	if s, e := r.tokenRange(m.Span); s < e {
		*in = r.read(s, e)
	}
	r.infos[m.Span] = in
	return in
}

// newInfo returns a zero mentionInfo of r.infoBuf, which linkAwards sized
// for every award mention; it never grows, so the pointers stay valid.
func (r *awardReader) newInfo() *mentionInfo {
	if len(r.infoBuf) < cap(r.infoBuf) {
		r.infoBuf = r.infoBuf[:len(r.infoBuf)+1]
		return &r.infoBuf[len(r.infoBuf)-1]
	}
	return &mentionInfo{}
}

func newAwardReader(doc *pipeline.Document) *awardReader {
	r := readerPool.Get().(*awardReader)
	r.doc, r.g = doc, award.LinkGrammar()
	if r.infos == nil {
		r.infos, r.peopleSets = map[pipeline.Span]*mentionInfo{}, map[pipeline.Span][]string{}
		r.fullName, r.ambiguous = make(map[string]string, len(doc.People)), map[string]bool{}
		r.aliases = map[string]string{}
	}
	// The document's shared tokens (read only), up to where award
	// sentences can reach; readEnd is a paragraph end, so no token
	// crosses it.
	all := scan.Document(doc)
	end := readEnd(doc)
	n := sort.Search(len(all), func(i int) bool { return all[i].Start >= end })
	r.toks = all[:n:n]
	readTo := 0 // the end of the last token read
	if len(r.toks) > 0 {
		readTo = r.toks[len(r.toks)-1].End
	}
	oneWord := false
	n = 0
	for i := range doc.People {
		for _, m := range doc.People[i].Mentions {
			if m.Start < readTo {
				n++
			}
		}
	}
	r.persons = slices.Grow(r.persons[:0], n)
	for i := range doc.People {
		p := &doc.People[i]
		if !strings.Contains(p.Name, " ") {
			oneWord = true
			continue
		}
		if !r.manyWords(p.Name) {
			continue
		}
		for _, m := range p.Mentions {
			if m.Start >= readTo {
				continue // past the tokens read: tokenRange would be empty
			}
			s, e := r.tokenRange(m)
			// A mention that shares no word with the name was merged in
			// by mistake; reading the text as written is safer. A name
			// after a place word names the place: "TP Hồ Chí Minh".
			if s < e && r.sharesName(s, e, p.Name) && !r.placeNamed(s, e) {
				r.persons = append(r.persons, nameSpan{start: s, end: e,
					rec: pipeline.Recipient{Person: p.ID, Name: p.Name}})
			}
		}
	}
	if oneWord {
		for _, p := range doc.People {
			if !strings.Contains(p.Name, " ") {
				for i := range r.persons {
					if r.persons[i].rec.Person == p.ID {
						r.persons[i].rec = r.personByName(p.Name, p.ID)
					}
				}
			}
		}
	}
	r.sortPersons()
	r.byEnd = slices.Grow(r.byEnd[:0], len(r.persons))[:len(r.persons)]
	ends := true // the ends ascend with the starts, as they do unless mentions nest
	for k, p := range r.persons {
		r.byEnd[k] = int32(k)
		r.longest = max(r.longest, p.end-p.start)
		ends = ends && (k == 0 || r.persons[k-1].end <= p.end)
	}
	if !ends {
		slices.SortStableFunc(r.byEnd, func(a, b int32) int { return r.persons[a].end - r.persons[b].end })
	}
	r.aliases = r.findAliases()
	for i := range doc.Entities {
		switch e := &doc.Entities[i]; {
		case e.Kind == pipeline.KindAward && e.Award != nil:
			s, end := r.tokenRange(e.Span)
			if s < end {
				r.awardStarts = append(r.awardStarts, s)
				r.awardSpans = append(r.awardSpans, [2]int{s, end})
				r.awardEnds = append(r.awardEnds, awardTok{ent: i, end: end})
			}
		case e.Kind == pipeline.KindDate && e.Value != "" || e.Kind == pipeline.KindDecision:
			s, end := r.tokenRange(e.Span)
			if s < end {
				te := tokEntity{start: s, end: end, value: e.Value}
				if e.Kind == pipeline.KindDate {
					r.dates = append(r.dates, te)
				} else {
					r.decisions = append(r.decisions, te)
				}
			}
		}
	}
	byStart := func(a, b tokEntity) int { return a.start - b.start }
	slices.SortStableFunc(r.dates, byStart)
	slices.SortStableFunc(r.decisions, byStart)
	slices.Sort(r.awardStarts)
	slices.SortFunc(r.awardSpans, func(a, b [2]int) int { return a[0] - b[0] })
	slices.SortStableFunc(r.awardEnds, func(a, b awardTok) int { return a.end - b.end })
	return r
}

// sortPersons sorts r.persons by start token, stably. The mentions come
// person by person, so they are seldom in order; sorting keys of start
// and index moves small integers instead of the mentions, once each.
func (r *awardReader) sortPersons() {
	ps := r.persons
	if slices.IsSortedFunc(ps, func(a, b nameSpan) int { return cmp.Compare(a.start, b.start) }) {
		return
	}
	keys := slices.Grow(r.personKeys[:0], len(ps))
	for i, p := range ps {
		keys = append(keys, uint64(p.start)<<32|uint64(i))
	}
	slices.Sort(keys) // unique keys: as stable as the index makes them
	sorted := slices.Grow(r.spanBuf[:0], len(ps))
	for _, k := range keys {
		sorted = append(sorted, ps[uint32(k)])
	}
	r.persons, r.spanBuf, r.personKeys = sorted, ps[:0], keys[:0]
}

// inAward reports whether token k lies inside an award mention.
func (r *awardReader) inAward(k int) bool {
	// Award mentions do not overlap: only the last one starting at or
	// before k can hold it.
	i := sort.Search(len(r.awardSpans), func(i int) bool { return r.awardSpans[i][0] > k }) - 1
	return i >= 0 && r.awardSpans[i][1] > k
}

// awardAt reports whether an award mention starts at token k.
func (r *awardReader) awardAt(k int) bool {
	_, ok := slices.BinarySearch(r.awardStarts, k)
	return ok
}

// awardEnding returns the award mention that ends right before token k
// (the last one, when two do).
func (r *awardReader) awardEnding(k int) (pipeline.Entity, bool) {
	return r.awardBefore(k-1, k)
}

// readEnd returns how far into doc.Text the award sentences are read: to
// the end of the paragraph after the last award mention's (or the one
// after that, when that one lists recipients), and through the list lines
// that follow it ("1. Ông ...", "- Bà ..."). The rest of a long
// article is not tokenized again.
func readEnd(doc *pipeline.Document) int {
	last := -1
	for i := range doc.Entities {
		if e := &doc.Entities[i]; e.Kind == pipeline.KindAward && e.Span.End > last {
			last = e.Span.End
		}
	}
	ps := doc.Paragraphs
	pi := sort.Search(len(ps), func(i int) bool { return ps[i].End >= last })
	if last < 0 || pi >= len(ps) {
		return len(doc.Text)
	}
	// The next paragraph may hold the list, and when it is one, the
	// paragraph after it another: "Các tập thể được phong tặng gồm: ...",
	// "Trong số 8 cá nhân, có 4 liệt sĩ được truy tặng: ...".
	pi++
	if pi < len(ps) && listIntro(doc.Text[ps[pi].Start:ps[pi].End]) {
		pi++
	}
	for pi+1 < len(ps) && (listLine(doc.Text[ps[pi+1].Start:ps[pi+1].End]) || itemGoesOn(doc.Text[ps[pi].Start:ps[pi].End])) {
		pi++
	}
	if pi >= len(ps) {
		return len(doc.Text)
	}
	return ps[pi].End
}

// listIntro reports whether a paragraph may list recipients: "gồm" or a
// colon.
func listIntro(p string) bool {
	return strings.Contains(p, "gồm") || strings.IndexByte(p, ':') >= 0
}

// itemGoesOn reports whether a paragraph ends with a colon or a
// semicolon: the list goes on in the next one, bullet or none.
func itemGoesOn(p string) bool {
	p = strings.TrimRight(p, " \t")
	return strings.HasSuffix(p, ":") || strings.HasSuffix(p, ";")
}

// listLine reports whether a paragraph is an item of a list: it opens
// with a bullet or a number and "." or ")".
func listLine(p string) bool {
	if p == "" {
		return false
	}
	switch p[0] {
	case '-', '+', '*':
		return true
	}
	if strings.HasPrefix(p, "–") || strings.HasPrefix(p, "•") {
		return true
	}
	i := 0
	for i < len(p) && '0' <= p[i] && p[i] <= '9' {
		i++
	}
	return i > 0 && i < len(p) && (p[i] == '.' || p[i] == ')')
}

// fullNames returns the lower-case given names of doc.People that only
// one full name ends with, mapped to it. Few articles need them (a name
// written as one word, a guessed name), so they are found when first
// asked for rather than for every article.
func (r *awardReader) fullNames() map[string]string {
	if r.namesDone {
		return r.fullName
	}
	r.namesDone = true
	doc, ambiguous := r.doc, r.ambiguous
	// The keys of fullName and ambiguous, in one allocation instead of
	// one each: a string taken from a strings.Builder stays valid as it
	// grows. Lowering keeps a name about its length.
	var keys strings.Builder
	key := func(given []byte) string {
		if keys.Cap() == 0 {
			size := 0
			for i := range doc.People {
				size += len(doc.People[i].Name)
			}
			keys.Grow(size)
		}
		at := keys.Len()
		keys.Write(given)
		return keys.String()[at:]
	}
	for i := range doc.People {
		p := &doc.People[i]
		if !strings.Contains(p.Name, " ") {
			continue
		}
		given, ok := r.givenName(p.Name)
		if !ok {
			continue
		}
		// A given name seen before needs no new key: ambiguous ones
		// are deleted below whatever their value.
		if prev, ok := r.fullName[string(given)]; ok {
			if prev != p.Name {
				if _, ok := ambiguous[string(given)]; !ok {
					ambiguous[key(given)] = true
				}
			}
		} else {
			r.fullName[key(given)] = p.Name
		}
	}
	for g := range ambiguous {
		delete(r.fullName, g)
	}
	return r.fullName
}

// knownGiven reports whether token k is the given name of one full name
// of doc.People.
func (r *awardReader) knownGiven(k int) bool {
	_, ok := r.fullNames()[r.toks[k].Lower]
	return ok
}

// manyWords reports whether name, which holds a space, has two words or
// more, as givenName's ok does: a name that neither opens nor ends with
// white space has, around its space.
func (r *awardReader) manyWords(name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	if !unicode.IsSpace(first) && !unicode.IsSpace(last) {
		return true
	}
	_, ok := r.givenName(name)
	return ok
}

// givenName returns the lower-case last word of a name of two words or
// more (ok false for fewer): the last of strings.Fields(strings.ToLower(name)).
// The bytes change with the next call.
func (r *awardReader) givenName(name string) (given []byte, ok bool) {
	if last, n, plain := plainWords(name); plain {
		r.words.low = appendLower(r.words.low[:0], last)
		return r.words.low, n >= 2
	}
	r.words.set(name)
	if len(r.words.spans) < 2 {
		return nil, false
	}
	return r.words.word(len(r.words.spans) - 1), true
}

// plainWords returns the last word of name and the number of words when
// only ASCII spaces can part them (plain); a name with other white space,
// or bytes that may start it, is not plain.
func plainWords(name string) (last string, n int, plain bool) {
	start := -1
	for i := 0; i < len(name); i++ {
		c := name[i]
		if nameByte[c] != 0 {
			if c == ' ' {
				if start >= 0 {
					n++
					last = name[start:i]
					start = -1
				}
				continue
			}
			// ASCII controls that are spaces, and the first bytes of the
			// other spaces of unicode.IsSpace (U+0085, U+00A0, U+1680,
			// U+2000-205F, U+3000).
			if c != 0xE1 || i+1 < len(name) && name[i+1] == 0x9A {
				return "", 0, false
			}
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		n++
		last = name[start:]
	}
	return last, n, true
}

// nameByte marks the bytes plainWords looks at: the space, the ASCII
// controls that are spaces, and the first bytes of the other spaces
// (0xE1 only when 0x9A follows: U+1680).
var nameByte = func() (t [256]uint8) {
	for _, c := range []byte{' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE2, 0xE3, 0xE1} {
		t[c] = 1
	}
	return t
}()

// sharesName reports whether one of the tokens [s, e) is a word of name,
// whatever its letter case. A token written as in the name is one: a
// token holds no space, so it can only equal a whole word.
func (r *awardReader) sharesName(s, e int, name string) bool {
	for _, t := range r.toks[s:e] {
		w := r.doc.Text[t.Start:t.End]
		// Most mentions open with the name's first word.
		if strings.HasPrefix(name, w) && (len(w) == len(name) || name[len(w)] == ' ') {
			return true
		}
		for from := 0; from < len(name); {
			i := strings.Index(name[from:], w)
			if i < 0 {
				break
			}
			i += from
			if (i == 0 || name[i-1] == ' ') && (i+len(w) == len(name) || name[i+len(w)] == ' ') {
				return true
			}
			from = i + 1
		}
	}
	r.words.set(name)
	return r.sharesWord(s, e, &r.words)
}

// sharesWord reports whether one of the tokens [s, e) is one of words,
// the lower-case words of a name.
func (r *awardReader) sharesWord(s, e int, words *nameWords) bool {
	for _, t := range r.toks[s:e] {
		if words.has(t.Lower) {
			return true
		}
	}
	return false
}

// nameWords holds the words of a name in lower case, as
// strings.Fields(strings.ToLower(name)) would, in buffers reused from one
// name to the next.
type nameWords struct {
	low   []byte
	spans [][2]int // the words, as ranges of low
}

func (w *nameWords) set(name string) {
	// Lowering never makes or unmakes a space, so the words of the
	// lowered name are the lowered words.
	w.low, w.spans = appendLower(w.low[:0], name), w.spans[:0]
	start := -1
	for i := 0; i < len(w.low); {
		c, n := w.low[i], 1
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace(c)
		} else {
			var r rune
			r, n = utf8.DecodeRune(w.low[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			w.spans = append(w.spans, [2]int{start, i})
			start = -1
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start >= 0 {
		w.spans = append(w.spans, [2]int{start, len(w.low)})
	}
}

// asciiSpace reports the ASCII white space of unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// word returns word k; the bytes change with the next set.
func (w *nameWords) word(k int) []byte { return w.low[w.spans[k][0]:w.spans[k][1]] }

// has reports whether s is one of the words.
func (w *nameWords) has(s string) bool {
	for k := range w.spans {
		if string(w.word(k)) == s {
			return true
		}
	}
	return false
}

// personByName returns the recipient for a one-word name ("Sinh"): the
// person whose full name ends with it, when only one does.
func (r *awardReader) personByName(name, id string) pipeline.Recipient {
	for _, p := range r.doc.People {
		if id == "" && strings.EqualFold(p.Name, name) {
			return pipeline.Recipient{Person: p.ID, Name: p.Name}
		}
	}
	full, ok := r.fullNames()[lowerString(name)]
	if !ok {
		return pipeline.Recipient{Person: id, Name: name}
	}
	for _, p := range r.doc.People {
		if p.Name == full {
			return pipeline.Recipient{Person: p.ID, Name: p.Name}
		}
	}
	return pipeline.Recipient{Person: id, Name: name}
}

// tokenRange returns the tokens [s, e) that span s covers.
func (r *awardReader) tokenRange(sp pipeline.Span) (int, int) {
	s := r.tokenEndingAfter(sp.Start)
	// No token before s starts at or after sp.End, and mentions are a
	// few tokens long: step to e.
	e := s
	for e < len(r.toks) && r.toks[e].Start < sp.End {
		e++
	}
	return s, e
}

// tokenEndingAfter returns the first token that ends after byte pos, or
// len(r.toks). Tokens spread evenly enough over the text that a guess
// from pos lands near the answer; a galloping search from the guess finds
// it in a few steps, without an index built for every document.
func (r *awardReader) tokenEndingAfter(pos int) int {
	toks := r.toks
	n := len(toks)
	if n == 0 || toks[n-1].End <= pos {
		return n
	}
	g := 0
	if end := toks[n-1].End; pos > 0 {
		g = min(int(int64(pos)*int64(n)/int64(end)), n-1)
	}
	// lo ends at or before pos (or is -1), hi ends after it.
	lo, hi := g-1, g
	if toks[g].End <= pos {
		lo, hi = g, g+1
		for step := 1; hi < n && toks[hi].End <= pos; step *= 2 {
			lo, hi = hi, min(hi+step, n)
		}
	} else {
		for step := 1; lo >= 0 && toks[lo].End > pos; step *= 2 {
			hi, lo = lo, max(lo-step, -1)
		}
	}
	// The answer is in (lo, hi].
	return lo + 1 + sort.Search(hi-lo-1, func(i int) bool { return toks[lo+1+i].End > pos })
}

// tokenStartingAt returns the first token that starts at or after byte
// pos, or len(r.toks). Tokens do not overlap: only the one token that
// ends after pos can start before it.
func (r *awardReader) tokenStartingAt(pos int) int {
	i := r.tokenEndingAfter(pos)
	if i < len(r.toks) && r.toks[i].Start < pos {
		i++
	}
	return i
}

// findAliases maps acronyms defined in parentheses after an organization
// ("Tổng công ty Xây lắp dầu khí Việt Nam (PVC)") to the organization.
func (r *awardReader) findAliases() map[string]string {
	aliases := r.aliases
	if aliases == nil {
		aliases = map[string]string{}
	}
	if len(r.toks) == 0 {
		return aliases
	}
	// Brackets are rare: find them in the text, which is faster than
	// looking at every token. Every "(" of the text is a token of its own.
	text := r.doc.Text[:r.toks[len(r.toks)-1].End]
	for b := strings.IndexByte(text, '('); b >= 0; b = nextByte(text, b+1, '(') {
		i := r.tokenStartingAt(b + 1)
		if i < 2 || i+1 >= len(r.toks) {
			continue
		}
		t := r.toks[i]
		if !t.Is(scan.AllUpper) || r.toks[i-1].Lower != "(" || r.toks[i+1].Lower != ")" {
			continue
		}
		if _, ok := aliases[t.Lower]; ok {
			continue
		}
		// The organization is the longest one ending right before "(".
		for s := max(0, i-maxOrgWords); s < i-1; s++ {
			if end, ok := r.orgAt(s, i-1, false); ok && end == i-1 {
				aliases[t.Lower] = r.text(s, end)
				break
			}
		}
	}
	return aliases
}

// nextByte returns the index of the first c in s at or after from, or -1.
func nextByte(s string, from int, c byte) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

func (r *awardReader) text(s, e int) string {
	if e <= s {
		return ""
	}
	return r.doc.Text[r.toks[s].Start:r.toks[e-1].End]
}

// maxOrgWords bounds an organization's name in tokens: "Đội Cảnh sát
// điều tra tội phạm về ma túy Công an huyện Yên Minh" has 15.
const maxOrgWords = 20

// orgAt reads an organization starting at token i and ending at or before
// limit: a capitalized organization word ("Công an", "Tổng công ty") and
// the words of its name. With acronym set, an acronym alone is one too.
func (r *awardReader) orgAt(i, limit int, acronym bool) (int, bool) {
	if i >= limit || !r.toks[i].Cap() {
		return 0, false
	}
	return r.orgFrom(i, limit, acronym)
}

// lowerOrgAt reads an organization whose head is written in lower case
// before a capitalized name at token i ("khoa Ngoại Thận", "bệnh viện
// Bạch Mai"), as orgAt does.
func (r *awardReader) lowerOrgAt(i, limit int) (int, bool) {
	if i+1 >= limit || r.toks[i].Cap() || r.toks[i].Kind != scan.Word {
		return 0, false
	}
	n, _ := r.g.Orgs.Match(r.toks, i)
	if n == 0 || i+n >= limit || !r.toks[i+n].Cap() || r.personCovering(i+n) >= 0 {
		return 0, false
	}
	return r.orgFrom(i, limit, false)
}

// orgFrom reads the organization whose head stands at token i.
func (r *awardReader) orgFrom(i, limit int, acronym bool) (int, bool) {
	if acronym && r.toks[i].Is(scan.AllUpper) {
		if _, ok := r.aliases[r.toks[i].Lower]; ok {
			return i + 1, true
		}
	}
	if n, _ := r.g.Roles.Match(r.toks, i); n > 0 {
		return 0, false
	}
	if n, _ := r.g.Honorifics.Match(r.toks, i); n > 0 {
		return 0, false
	}
	n, _ := r.g.Orgs.Match(r.toks, i)
	if n == 0 || r.personAt(i) >= 0 || r.nameShaped(i, n, limit) {
		return 0, false
	}
	end := i + n
	// "Đoàn Hà Nội xuất sắc giành ...": the place ends a delegation's
	// name; the words after it are the sentence's.
	if n == 1 {
		if pe := r.placeAfter(i, limit); pe > 0 && (pe == limit || !r.toks[pe].Cap()) {
			return pe, true
		}
	}
	for end < limit && end-i < maxOrgWords {
		t := r.toks[end]
		if t.Is(scan.NewlineBefore) {
			break
		}
		if p := r.personAt(end); p >= 0 && !placeWord(r.toks[end-1].Lower) && !(end > i+n && r.nameTail(end, p, limit)) {
			break
		}
		// "Sở Giáo dục và Đào tạo": "và" joins two capitalized words of
		// one name, unless a new organization or person follows.
		if t.Lower == "và" && r.nameAfterAnd(end+1, limit) {
			end += 2
			continue
		}
		// "phòng cháy, chữa cháy và cứu nạn": words the name joins.
		if t.Lower == "và" {
			if m, _ := r.g.OrgJoins.Match(r.toks, end-1); m > 2 && end-1+m <= limit {
				end += m - 1
				continue
			}
		}
		if t.Kind == scan.Punct {
			// "Đội T&T Hà Nội": an ampersand between capitals, unspaced,
			// joins one name.
			if t.Lower == "&" && !t.Is(scan.SpaceBefore) && end+1 < limit && r.toks[end-1].Cap() &&
				r.toks[end+1].Cap() && !r.toks[end+1].Is(scan.SpaceBefore) {
				end += 2
				continue
			}
			// "Đội Cảnh sát phòng cháy, chữa cháy": punctuation the name holds.
			if m, _ := r.g.OrgJoins.Match(r.toks, end-1); m > 2 && end-1+m <= limit {
				end += m - 1
				continue
			}
			// "... Việt Nam - PVC": an acronym after a dash belongs to it.
			if t.Lower == "-" && end+1 < limit && r.toks[end+1].Is(scan.AllUpper) {
				end += 2
				break
			}
			// "Trường Điện - Điện tử", "Trường THPT chuyên Hà Nội -
			// Amsterdam": a capitalized tail that ends the item.
			if t.Lower == "-" {
				if j := r.dashTail(end, limit); j > end {
					end = j
				}
			}
			break
		}
		if !t.Cap() {
			if m, _ := r.g.OrgStops.Match(r.toks, end); m > 0 {
				break
			}
			// "Sư đoàn hai lần được phong tặng": a count of times.
			if t.Lower == "lần" || end+1 < len(r.toks) && r.toks[end+1].Lower == "lần" {
				break
			}
			// "Trường THPT A kỷ niệm 50 năm thành lập": the school marks
			// an anniversary; the award names keep a lower-case "kỷ
			// niệm", so this stop is the linker's own.
			if t.Lower == "kỷ" && end+1 < len(r.toks) && r.toks[end+1].Lower == "niệm" {
				break
			}
			// "Trung tâm Ghép tạng của bệnh viện": the unit's owner in
			// lower case is the sentence's, not the name's; and no name
			// ends with "của".
			if t.Lower == "của" && (end+1 >= limit || r.toks[end+1].Kind == scan.Word && !r.toks[end+1].Cap()) {
				break
			}
		}
		if r.listStop(end) {
			break
		}
		if m := r.conferAt(end); m > 0 {
			break
		}
		if m, _ := r.g.Receive.Match(r.toks, end); m > 0 {
			break
		}
		end++
	}
	// "Tiểu đoàn 3" ends with its number.
	return end, end > i+n-1 && r.toks[end-1].Kind != scan.Punct
}

// dashTail returns the end of the words after the dash at token k that
// finish an organization's name: a capital that opens no person,
// organization, role or award, one to four words, then the end of the
// item (not a colon, as in "- Ảnh: ..."); else k.
func (r *awardReader) dashTail(k, limit int) int {
	j := k + 1
	if j >= limit || !r.toks[j].Cap() || r.toks[j].Is(scan.NewlineBefore) || r.personCovering(j) >= 0 || r.awardAt(j) || r.isRole(j) {
		return k
	}
	if n, _ := r.g.Orgs.Match(r.toks, j); n > 0 {
		return k
	}
	e := j
	for e < limit && e < j+4 && r.toks[e].Kind == scan.Word && !r.toks[e].Is(scan.NewlineBefore) && r.toks[e].Lower != "và" {
		e++
	}
	// "... Việt Nam (TKV)": the acronym of the whole name may follow.
	acronym := e+2 < limit && r.toks[e].Lower == "(" && r.toks[e+1].Is(scan.AllUpper) && r.toks[e+2].Lower == ")"
	if e < limit && !acronym && (r.toks[e].Lower == ":" || !r.itemEnds(e, limit) && !r.adverbAt(e) && !r.verbStarts(e, limit)) {
		return k
	}
	return e
}

// verbStarts reports whether a conferring or receiving verb starts at k.
func (r *awardReader) verbStarts(k, limit int) bool {
	_, _, _, ok := r.verbAt(k, limit)
	return ok
}

// nameTail reports whether the person mention p, at token k after words
// of an organization's name, is the end of that name rather than a
// person: "Hợp tác xã Nông nghiệp Thạch Hương". It must end the item,
// follow a plain word and be the person's only mention.
func (r *awardReader) nameTail(k, p, limit int) bool {
	prev := r.toks[k-1]
	if prev.Kind != scan.Word || isHonorific(r, k-1) || r.isRole(k-1) {
		return false
	}
	ps := r.persons[p]
	if ps.end < limit && !r.itemEnds(ps.end, limit) {
		return false
	}
	for _, person := range r.doc.People {
		if person.ID == ps.rec.Person {
			return len(person.Mentions) == 1
		}
	}
	return false
}

// placeWord reports whether w, before a capitalized name, makes it a
// place: "TP Hồ Chí Minh" is no person.
func placeWord(w string) bool {
	switch w {
	case "tp", "phố", "tỉnh", "huyện", "quận", "xã", "phường", "trấn", "đường":
		return true
	}
	return false
}

// placeNamed reports whether the name at tokens [s, e) names a place: a
// name after a place word ("TP Hồ Chí Minh", "đường Trần Phú"). After
// "tỉnh" only a province is a place, as none is named after a person:
// "Chủ tịch UBND tỉnh Nguyễn Văn A" names the chairman. After a lower
// level ("huyện", "xã") a title ending at the level word names its holder
// too, "Chủ tịch UBND xã Lê Văn A", unless the name is a known place.
func (r *awardReader) placeNamed(s, e int) bool {
	if s == 0 || !placeWord(r.toks[s-1].Lower) {
		return false
	}
	switch r.toks[s-1].Lower {
	case "tỉnh":
	case "huyện", "quận", "xã", "phường":
		if _, ok := r.titleEndingAt(r.toks[s-1].End); !ok {
			return true
		}
	default:
		return true
	}
	m, _ := lex.Places.Match(r.doc.Text, r.toks, s)
	return m > 0 && s+m >= e
}

// nameAfterAnd reports whether token k, after "và", continues the name of
// an organization: a capitalized word that opens no organization, person,
// role or form of address ("Sở Giáo dục và Đào tạo", "Bộ Tài nguyên và
// Môi trường").
func (r *awardReader) nameAfterAnd(k, limit int) bool {
	if k >= limit || !r.toks[k].Cap() || r.toks[k].Is(scan.AllUpper) || r.personCovering(k) >= 0 || r.awardAt(k) {
		return false
	}
	if n, _ := r.g.Orgs.Match(r.toks, k); n > 0 {
		return false
	}
	if n, _ := r.g.Roles.Match(r.toks, k); n > 0 {
		return false
	}
	if n, _ := r.g.Honorifics.Match(r.toks, k); n > 0 {
		return false
	}
	if m, _ := lex.Surnames.Match(r.doc.Text, r.toks, k); m > 0 && k+1 < limit && r.toks[k+1].Cap() {
		return false // "và Nguyễn Văn A"
	}
	return true
}

// nameShaped reports whether an organization word that is also a surname
// starts a person's name rather than an organization: "Đoàn Minh Tâm" is a
// person, "Đoàn Thanh niên" an organization. A name is the one-word head
// followed by one to three capitalized Vietnamese syllables and then a word
// in lower case, punctuation or the end.
func (r *awardReader) nameShaped(i, n, limit int) bool {
	if n != 1 {
		return false
	}
	if m, _ := lex.Surnames.Match(r.doc.Text, r.toks, i); m != 1 {
		return false
	}
	if r.placeAfter(i, limit) > 0 {
		return false
	}
	j := i + 1
	for j < limit && j-i <= 4 && r.toks[j].Kind == scan.Word && r.toks[j].Cap() && !r.toks[j].Is(scan.AllUpper) &&
		lex.VietSyllable(r.toks[j].Lower) {
		j++
	}
	if j == i+1 || j-i > 4 {
		return false
	}
	return j >= limit || !r.toks[j].Cap() || r.toks[j].Kind != scan.Word
}

// placeAfter returns the end of the place name that follows the
// one-word organization head at token i and ends at or before limit, or
// 0: "Đoàn Hà Nội", "Đoàn Nghệ An" name a delegation by its place, not a
// person.
func (r *awardReader) placeAfter(i, limit int) int {
	if i+1 >= limit || !r.toks[i+1].Cap() {
		return 0
	}
	if m, _ := lex.Places.Match(r.doc.Text, r.toks, i+1); m > 0 && i+1+m <= limit {
		return i + 1 + m
	}
	return 0
}

// orgRecipient makes the recipient for the organization at tokens [s, e),
// naming it by its first full form when it is an acronym or ends with one.
func (r *awardReader) orgRecipient(s, e int) pipeline.Recipient {
	last := r.toks[e-1]
	if last.Is(scan.AllUpper) {
		if full, ok := r.aliases[last.Lower]; ok {
			return pipeline.Recipient{Organization: full}
		}
	}
	// "Công an tỉnh", "Sư đoàn": the unit the article names in full.
	head, _ := r.g.Orgs.Match(r.toks, s)
	if levelWord(last.Lower) && !last.Cap() || head == e-s {
		if full := r.placed(s, e); full != "" {
			return pipeline.Recipient{Organization: full}
		}
	}
	return pipeline.Recipient{Organization: r.text(s, e)}
}

// former reports whether w marks a former office: "nguyên", "cựu".
func former(w string) bool { return w == "nguyên" || w == "cựu" }

// levelWord reports whether w, in lower case, is the last word of an
// administrative level ("tỉnh", "huyện", "thành phố") that a place name
// follows when the organization is named in full.
func levelWord(w string) bool {
	switch w {
	case "tỉnh", "huyện", "quận", "xã", "phường", "phố", "thị":
		return true
	}
	return false
}

// placed returns the organization at tokens [s, e), "Công an tỉnh" or
// "Sư đoàn", as the article names it in full elsewhere ("Công an tỉnh
// Bình Định", "Sư đoàn 312"), when it does so with one place or number
// only; else "".
func (r *awardReader) placed(s, e int) string {
	n := e - s
	full := ""
	for i := 0; i+n < len(r.toks); i++ {
		if i == s || r.toks[i].Lower != r.toks[s].Lower {
			continue
		}
		same := true
		for k := 1; k < n; k++ {
			if r.toks[i+k].Lower != r.toks[s+k].Lower {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if r.toks[i+n].Is(scan.NewlineBefore) {
			continue
		}
		m, _ := lex.Places.Match(r.doc.Text, r.toks, i+n)
		if m == 0 && r.toks[i+n].Kind == scan.Number {
			m = 1 // "Sư đoàn 312"
		}
		// "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam ... Tập đoàn
		// từng được tặng": a bare head stands for the unit named in full.
		if m == 0 && r.toks[i+n].Cap() {
			if oe, ok := r.orgAt(i, min(len(r.toks), i+maxOrgWords), false); ok && oe > i+n {
				m = oe - i - n
			}
		}
		if m == 0 {
			continue
		}
		name := r.text(i, i+n+m)
		// A headline may run the name into its verb: "Quân chủng Hải quân
		// kỷ niệm 70 năm ..." is "Quân chủng Hải quân" said again.
		switch {
		case full == "" || strings.HasPrefix(full, name+" "):
			full = name
		case full == name || strings.HasPrefix(name, full+" "):
		default:
			return ""
		}
	}
	return full
}

// personAt returns the index in r.persons of the person mention that
// starts at token i, or -1.
func (r *awardReader) personAt(i int) int {
	k := sort.Search(len(r.persons), func(k int) bool { return r.persons[k].start >= i })
	if k < len(r.persons) && r.persons[k].start == i {
		return k
	}
	return -1
}

// personCovering returns the person mention that covers token i, or -1.
// Only the mentions that start fewer than r.longest tokens before i can.
func (r *awardReader) personCovering(i int) int {
	if i < 0 || i >= len(r.toks) {
		return -1
	}
	k := r.firstPersonFrom(i - r.longest + 1)
	for ; k < len(r.persons) && r.persons[k].start <= i; k++ {
		if r.persons[k].end > i {
			return k
		}
	}
	return -1
}

// mentionInfo is what one mention's sentence says about the award.
type mentionInfo struct {
	conferred  bool
	host       bool   // the recipients hold a ceremony: "Công an tỉnh A tổ chức Lễ đón nhận ..."
	subject    bool   // the recipients are the subject of a receiving verb: "A được tặng X"
	giver      string // the office of the person who gives the award, when no one decides it
	recipients []pipeline.Recipient
	presenters []string
	decidedBy  string
	posthumous bool
	count      *pipeline.RecipientCount
}

// event builds the award of group g; ok is false when no mention confers
// it.
func (r *awardReader) event(g *awardGroup) (pipeline.Award, bool) {
	lead := g.lead
	a := pipeline.Award{
		Name: lead.Value, Type: lead.Award.Type, Class: lead.Award.Class, Sport: lead.Award.Sport,
	}
	conferred := false
	dateDist := -1
	r.key, r.keyEnds = r.key[:0], r.keyEnds[:0] // seenKey's keys of a.Recipients
	a.Mentions = make([]pipeline.Span, 0, len(g.mentions))
	// "Công an tỉnh A tổ chức Lễ đón nhận danh hiệu X", then "trao danh
	// hiệu X cho Đại tá B": the host unit is no recipient when the award
	// is given to people by name.
	hosted, named := false, false
	for _, m := range g.mentions {
		if info := r.info(m); info.host {
			hosted = true
		} else if slices.ContainsFunc(info.recipients, func(rc pipeline.Recipient) bool { return rc.Person != "" }) {
			named = true
		}
	}
	for _, m := range g.mentions {
		a.Mentions = append(a.Mentions, m.Span)
		s, e := r.tokenRange(m.Span)
		if s >= e {
			continue
		}
		info := r.info(m)
		recipients := info.recipients
		if hosted && named && info.host {
			recipients = nil
		}
		conferred = conferred || info.conferred
		a.Posthumous = a.Posthumous || info.posthumous
		if a.DecidedBy == "" {
			a.DecidedBy = info.decidedBy
		}
		if a.DecidedBy == "" {
			a.DecidedBy = r.delegator(s)
		}
		if a.Count == nil {
			a.Count = info.count
		}
		for _, p := range info.presenters {
			if !slices.Contains(a.PresentedBy, p) {
				a.PresentedBy = append(a.PresentedBy, p)
			}
		}
		for _, rc := range recipients {
			if k := r.seenKey(rc); k >= 0 {
				for _, t := range rc.Titles {
					if !slices.Contains(a.Recipients[k].Titles, t) {
						a.Recipients[k].Titles = append(a.Recipients[k].Titles, t)
					}
				}
				continue
			}
			a.Recipients = append(a.Recipients, rc)
		}
		if a.Decision == "" {
			a.Decision = r.decisionNear(s)
		}
		if d, dist := r.dateNear(s, e); d != "" && (dateDist < 0 || dist < dateDist) {
			a.Date, dateDist = d, dist
		}
	}
	if !conferred {
		// A death notice lists its subject's medals under the name line,
		// with no verb to confer them.
		rc, ok := r.noticeHolder(g)
		if !ok || len(a.Recipients) > 0 {
			return a, false
		}
		a.Recipients = append(a.Recipients, rc)
	}
	// Presenters hand the award over; they do not receive it.
	a.Recipients = slices.DeleteFunc(a.Recipients, func(rc pipeline.Recipient) bool {
		return rc.Person != "" && slices.Contains(a.PresentedBy, rc.Person)
	})
	a.Recipients = dropContainedOrgs(a.Recipients)
	if a.Type == "Danh hiệu" && personalTitle(a.Name) {
		// "Bệnh viện A đón nhận danh hiệu Thầy thuốc Nhân dân": the
		// hospital hosts the ceremony; the title is its doctors'.
		a.Recipients = slices.DeleteFunc(a.Recipients, func(rc pipeline.Recipient) bool { return rc.Organization != "" })
	}
	return a, true
}

// personalTitle reports whether the honorary title name is one the State
// gives people only: "Thầy thuốc Nhân dân", "Nghệ sĩ Ưu tú", "NSND".
func personalTitle(name string) bool {
	switch strings.ToLower(name) {
	case "nsnd", "nsưt", "ngnd", "ngưt", "ttnd", "ttưt", "nnnd", "nnưt":
		return true
	}
	for _, head := range [...]string{"Thầy thuốc ", "Nghệ sĩ ", "Nhà giáo ", "Nghệ nhân "} {
		if rest, ok := strings.CutPrefix(name, head); ok {
			rest = strings.ToLower(rest)
			return rest == "nhân dân" || rest == "ưu tú"
		}
	}
	return false
}

// seenKey returns the index of the recipient of the award event builds
// whose key (appendRecipientKey) is rc's, or -1 after adding rc's key as
// the next one. An award has a few recipients: comparing their keys in

// noticeHolder returns the subject of a death notice (see deathNotice) if
// every mention of g stands in the block of lines that opens with the
// subject's name line, before the first blank line.
func (r *awardReader) noticeHolder(g *awardGroup) (pipeline.Recipient, bool) {
	text := r.doc.Text
	cv := deathNotice(text)
	if cv < 0 {
		return pipeline.Recipient{}, false
	}
	for _, p := range r.persons {
		start := r.toks[p.start].Start
		if start < cv {
			continue
		}
		if gap := text[cv:start]; len(gap) > maxNoticeHead || strings.ContainsAny(gap, ".;") {
			return pipeline.Recipient{}, false
		}
		end := len(text)
		if k := strings.Index(text[start:], "\n\n"); k >= 0 {
			end = start + k
		}
		for _, m := range g.mentions {
			if m.Span.Start < start || m.Span.End > end {
				return pipeline.Recipient{}, false
			}
		}
		return p.rec, true
	}
	return pipeline.Recipient{}, false
}

// r.key, one after another, beats a map made for each award.
func (r *awardReader) seenKey(rc pipeline.Recipient) int {
	from := len(r.key)
	r.key = appendRecipientKey(r.key, rc)
	key := r.key[from:]
	start := 0
	for i, end := range r.keyEnds {
		if string(r.key[start:end]) == string(key) {
			r.key = r.key[:from]
			return i
		}
		start = end
	}
	r.keyEnds = append(r.keyEnds, len(r.key))
	return -1
}

// dropContainedOrgs drops an organization whose name lies, in whole
// words, inside the name of another organization of the same award that
// has two words more at least: the article's short forms of one unit
// ("Phòng Cảnh sát hình sự", "Công an tỉnh Quảng Ninh") beside its full
// name. One word more often makes another unit ("Tổng công ty X" and
// "Công ty X") or another form of the same name ("Trường Đại học X"). A
// name no person entry took ("Việt Nam" of a headline) goes the same way
// inside an organization ("đoàn thể thao Việt Nam").
func dropContainedOrgs(rs []pipeline.Recipient) []pipeline.Recipient {
	if len(rs) < 2 {
		return rs
	}
	name := func(rc pipeline.Recipient) string {
		if rc.Organization != "" || rc.Person != "" {
			return rc.Organization
		}
		return rc.Name
	}
	out := rs[:0]
	for i, rc := range rs {
		inner := name(rc)
		inside := false
		for j := range rs {
			if j != i && inner != "" && rs[j].Organization != "" &&
				(containsWords(rs[j].Organization, inner) || rc.Organization != "" && abbreviatedOf(inner, rs[j].Organization)) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, rc)
		}
	}
	return out
}

// abbreviatedOf reports whether the organization short, which holds an
// abbreviation, is the one full names in words: "Đồn BĐBP Sa Huỳnh" is
// "Đồn Biên phòng Sa Huỳnh", the expansion ("Bộ đội Biên phòng") maybe
// shortened by two words at most, the name's first and last words kept.
func abbreviatedOf(short, full string) bool {
	if !hasAcronym(short) || hasAcronym(full) {
		return false
	}
	long := strings.Fields(lex.Expand(short))
	words := strings.Fields(full)
	if len(words) < 2 || len(long) < len(words) || len(long) > len(words)+2 ||
		!strings.EqualFold(long[0], words[0]) || !strings.EqualFold(long[len(long)-1], words[len(words)-1]) {
		return false
	}
	// words is a subsequence of long.
	k := 0
	for _, w := range long {
		if k < len(words) && strings.EqualFold(w, words[k]) {
			k++
		}
	}
	return k == len(words)
}

// hasAcronym reports a word of two capitals or more in s ("BĐBP").
func hasAcronym(s string) bool {
	for _, w := range strings.Fields(s) {
		caps := 0
		for _, c := range w {
			if !unicode.IsUpper(c) {
				caps = 0
				break
			}
			caps++
		}
		if caps >= 2 {
			return true
		}
	}
	return false
}

// containsWords reports whether inner stands in outer between word
// boundaries, whatever its letter case, with two words more at least
// around it.
func containsWords(outer, inner string) bool {
	if strings.Count(outer, " ") < strings.Count(inner, " ")+2 {
		return false
	}
	for i := 0; i+len(inner) <= len(outer); i++ {
		if (i == 0 || outer[i-1] == ' ') && (i+len(inner) == len(outer) || outer[i+len(inner)] == ' ') &&
			strings.EqualFold(outer[i:i+len(inner)], inner) {
			return true
		}
	}
	return false
}

// sentenceOf returns the token range of the sentence holding token i, or
// [i, i+1) outside every sentence. A token belongs to the first sentence
// that ends after its start, when that one has begun by then; the
// sentences are in text order. Only the few tokens of award sentences ask,
// so the ranges are found by binary search rather than kept per token.
func (r *awardReader) sentenceOf(i int) (int, int) {
	// The tokens of the last sentence found belong to no other: the
	// readers ask about one sentence many times in a row.
	if r.lastSent[0] <= i && i < r.lastSent[1] {
		return r.lastSent[0], r.lastSent[1]
	}
	ss, at := r.doc.Sentences, r.toks[i].Start
	s := sort.Search(len(ss), func(k int) bool { return ss[k].End > at })
	if s == len(ss) || ss[s].Start > at {
		return i, i + 1
	}
	// The sentence's tokens start within it and after the end of the
	// sentence before.
	from := ss[s].Start
	if s > 0 {
		from = max(from, ss[s-1].End)
	}
	a := r.tokenStartingAt(from)
	b := max(a, r.tokenStartingAt(ss[s].End))
	r.lastSent = [2]int{a, b}
	return a, b
}

// tokEntity is a date or decision entity by its token range.
type tokEntity struct {
	start, end int
	value      string
}

// awardTok is an award mention: its index in doc.Entities and the token
// after it.
type awardTok struct{ ent, end int }

// within returns the entities of es (sorted by start) that lie in tokens
// [s, e).
func within(es []tokEntity, s, e int) []tokEntity {
	i := sort.Search(len(es), func(i int) bool { return es[i].start >= s })
	j := i
	for j < len(es) && es[j].start < e {
		j++
	}
	out := es[i:j]
	for len(out) > 0 && out[len(out)-1].end > e {
		out = out[:len(out)-1]
	}
	return out
}

// decisionNear returns the decision referred to in the sentence of token i.
func (r *awardReader) decisionNear(i int) string {
	ss, se := r.sentenceOf(i)
	if ds := within(r.decisions, ss, se); len(ds) > 0 {
		return ds[0].value
	}
	return ""
}

// dateNear returns the date closest to the mention [s, e) in its sentence,
// within 25 tokens, and its distance in tokens. A date that opens the
// sentence ("Chiều 15/9/2025, tại ..., A trao X cho B; Y cho C") dates
// every award of it.
func (r *awardReader) dateNear(s, e int) (string, int) {
	ss, se := r.sentenceOf(s)
	best, bestDist := "", -1
	for _, d := range within(r.dates, ss, se) {
		if r.bracketSpan(d) || len(d.value) == 4 && r.periodYear(d) {
			continue
		}
		dist := 0
		switch {
		case d.end <= s:
			dist = s - d.end
		case d.start >= e:
			dist = d.start - e
		}
		if dist > 25 && d.start-ss <= 2 && d.end <= s {
			dist = 25
		}
		if dist <= 25 && (bestDist < 0 || dist < bestDist) {
			best, bestDist = d.value, dist
		}
	}
	return best, bestDist
}

// periodYear reports whether the year d names a period rather than a
// day: it ends a range ("2020 - 2025", "2020-2025") or follows a word of
// one ("giai đoạn 2020", "nhiệm kỳ 2020-2025", "năm học 2024-2025").
func (r *awardReader) periodYear(d tokEntity) bool {
	k := d.start
	if t := r.toks[k].Lower; t != d.value && strings.HasSuffix(t, d.value) && strings.ContainsAny(t, "-–") {
		return true
	}
	if k >= 2 && (r.toks[k-1].Lower == "-" || r.toks[k-1].Lower == "–") && r.toks[k-2].Kind == scan.Number {
		return true
	}
	if k < 2 {
		return false
	}
	switch r.toks[k-2].Lower + " " + r.toks[k-1].Lower {
	case "giai đoạn", "nhiệm kỳ", "năm học", "niên khóa", "niên khoá":
		return true
	}
	return false
}

// bracketSpan reports whether the date d is an end of a year range in
// brackets, "(1945-2025)" or "(1995 - 2025)": a life span or an
// anniversary, never the day an award is given.
func (r *awardReader) bracketSpan(d tokEntity) bool {
	open := d.start - 1
	for open >= 0 && open >= d.start-3 && r.toks[open].Lower != "(" {
		open--
	}
	if open < 0 || r.toks[open].Lower != "(" {
		return false
	}
	dash := false
	for k := open + 1; k < len(r.toks) && k <= d.end+3; k++ {
		t := r.toks[k]
		switch {
		case t.Lower == ")":
			return dash && k >= d.end
		case t.Lower == "-" || t.Lower == "–":
			dash = true
		case t.Kind == scan.Number:
			dash = dash || strings.ContainsAny(t.Lower, "-–")
		default:
			return false
		}
	}
	return false
}

// read analyses the sentence of the mention at tokens [s, e).
func (r *awardReader) read(s, e int) mentionInfo {
	var info mentionInfo
	ss, se := r.sentenceOf(s)
	cs := r.clauseStart(ss, s)
	// A conferring verb near the mention, or "cho" after it, says the
	// award is given; a decision in the sentence says it is decided.
	verbAt, verbEnd, receive := -1, -1, false
	for k := s - 1; k >= cs && k >= s-10; k-- {
		if v, ve, rcv, ok := r.verbAt(k, s); ok {
			verbAt, verbEnd, receive = v, ve, rcv
			// "trao tặng", "được trao tặng": the longest phrase ending here.
			for j := k - 1; j >= cs && j >= k-2; j-- {
				if v2, ve2, rcv2, ok := r.verbAt(j, s); ok && ve2 >= verbEnd {
					verbAt, verbEnd, receive = v2, ve2, rcv2
				}
			}
			break
		}
	}
	// "được tặng thưởng: Huân chương Độc lập hạng Nhì; Huân chương Quân
	// công hạng Ba; ...": the verb before the colon confers every item of
	// the list, and its clause holds the subject.
	if verbAt < 0 {
		if v, ve, rcv, vcs, ok := r.listVerb(ss, cs, s); ok {
			verbAt, verbEnd, receive, cs = v, ve, rcv, vcs
		}
	}
	// "được truy tặng, tặng Giải thưởng Hồ Chí Minh": the formula for
	// awards given to the dead and the living is one verb.
	mixed := false
	if verbAt-3 >= cs && r.toks[verbAt-1].Lower == "," && r.toks[verbAt-2].Lower == "tặng" && r.toks[verbAt-3].Lower == "truy" {
		for j := verbAt - 3; j >= cs && j >= verbAt-4; j-- {
			if v, _, rcv, ok := r.verbAt(j, verbAt-1); ok {
				verbAt, receive, mixed = v, rcv, true
			}
		}
	}
	// "tôi muốn giành thêm huy chương vàng": a hope, not an award given.
	if verbAt >= 0 && r.wished(cs, verbAt) {
		return info
	}
	// "UBND tỉnh đề nghị Chủ tịch nước truy tặng ...": proposed, not yet
	// decided.
	if verbAt >= 0 && !receive && r.askedOf(cs, verbAt) {
		return info
	}
	after := -1 // a conferring verb after the mention: "... do Chủ tịch nước truy tặng X"
	// "Huy chương vàng, Huy chương bạc và Huy chương đồng lần lượt được
	// trao cho ...": the verb after a chain of awards is each one's.
	from := e
	if lo := r.respectiveAt(e, se); lo >= 0 {
		from = lo
	}
	for k := from; k < se && k < from+8; k++ {
		if l := r.toks[k].Lower; l == ";" || l == "." || l == "," || l == "cho" {
			break
		}
		if n := r.conferAt(k); n > 0 {
			after = k
			if r.toks[k].Lower == "truy" {
				info.posthumous = true
			}
			info.decidedBy = r.doer(e, k)
			break
		}
	}
	cho := r.choAfter(e, se)
	info.conferred = verbAt >= 0 || after >= 0 || cho >= 0 || r.decisionNear(s) != ""
	// "kình ngư A với 3 huy chương vàng": the one named right before
	// "với" and a count holds the awards.
	if verbAt < 0 && after < 0 && cho < 0 {
		if rc, ok := r.holderWith(cs, s); ok {
			info.conferred = true
			info.recipients = []pipeline.Recipient{rc}
		} else if p := r.bracketHolder(s, e, se); p >= 0 {
			// "Võ Thị Hoài An (Bình Định, HCB)": the medal a player
			// won, noted after her name.
			info.conferred = true
			info.recipients = []pipeline.Recipient{r.persons[p].rec}
		} else if p := r.medalOf(e, se); p >= 0 && s+1 < e && r.toks[s].Lower == "huy" && r.toks[s+1].Lower == "chương" {
			// "thêm Huy chương Bạc của VĐV Lò Thị Hoa": a medal is its
			// winner's.
			info.conferred = true
			info.recipients = []pipeline.Recipient{r.persons[p].rec}
		}
	}
	// "trao như sau: giải Nam diễn viên chính xuất sắc - NSƯT Thân Đức
	// Hậu (vai ...); giải Nữ diễn viên phụ xuất sắc - Anna Trương": a
	// list pairs each award with its winner after a dash.
	if info.conferred {
		if p := r.dashWinner(e, se); p >= 0 {
			info.recipients = []pipeline.Recipient{r.persons[p].rec}
		}
	}
	if verbAt >= 0 && r.toks[verbAt].Lower == "truy" && !mixed {
		info.posthumous = true
	}
	if verbAt >= 0 && r.toks[verbAt].Lower == "được" && verbEnd-verbAt > 1 && r.toks[verbAt+1].Lower == "truy" && !mixed {
		info.posthumous = true
	}
	listAt := -1
	switch {
	case cho >= 0:
		listAt = cho + 1
	case after >= 0:
		n := r.conferAt(after)
		listAt = after + n
		// "Giải thưởng X được trao cho A": "cho" opens the list.
		if listAt < se && r.toks[listAt].Lower == "cho" {
			listAt++
		}
	}
	if listAt >= 0 {
		info.recipients, info.count = r.list(listAt, se)
		if after >= 0 {
			info.recipients = r.respectively(cs, s, e, after, info.recipients)
		}
		// "trao Giấy khen cho nghệ sĩ vì ...", "cho chị": a bare form of
		// address stands for someone named before.
		if len(info.recipients) == 0 && info.count == nil {
			if p := r.bareReferent(listAt, se); p >= 0 {
				info.recipients = []pipeline.Recipient{r.persons[p].rec}
			}
		}
		// "cho 5 doanh nghiệp tiêu biểu, trong đó có Tập đoàn A": the
		// named among an unnamed group.
		if len(info.recipients) == 0 {
			if k := r.amongFrom(listAt, se); k >= 0 {
				info.recipients, _ = r.list(k, se)
			}
		}
	}
	if verbAt >= 0 {
		r.readVerb(&info, cs, verbAt, verbEnd, receive, s, e, se)
		info.host = receive && verbAt > cs && r.toks[verbAt-1].Lower == "lễ" && len(info.recipients) > 0
	}
	// "được tặng thưởng Huân chương Độc lập hạng Nhất, Huân chương Kháng
	// chiến hạng Nhất và Huy hiệu 60 năm tuổi Đảng": an award listed after
	// another is given the same way.
	if verbAt < 0 && after < 0 && s >= 2 {
		// "giành 11 Huy chương Vàng, 7 Huy chương Bạc và 9 Huy chương
		// Đồng": a count may stand before each award of the list.
		sep := s - 1
		if r.toks[sep].Kind == scan.Number && sep > ss {
			sep--
		}
		// "Huân chương A và danh hiệu B": the kind of award may stand
		// before the name the award extractor took.
		if sep-1 > ss && r.toks[sep].Lower == "hiệu" && r.toks[sep-1].Lower == "danh" {
			sep -= 2
		}
		prev, ok := pipeline.Entity{}, false
		switch l := r.toks[sep].Lower; {
		case (l == "," || l == "và") && cho < 0:
			prev, ok = r.awardEnding(sep)
			// "Huân chương A năm 2015 và danh hiệu B năm 2020": the year
			// of the first award stands before the separator.
			if !ok {
				if ds := within(r.dates, max(ss, sep-6), sep); len(ds) > 0 && ds[len(ds)-1].end == sep {
					prev, ok = r.awardEnding(ds[len(ds)-1].start)
				}
			}
			// "Huân chương A (năm 2003) và Giải thưởng B": or in brackets;
			// "Huân chương A (hạng Nhất, Nhì, Ba)": the classes of one
			// order, each an award of its own.
			if !ok {
				if open := r.asideBefore(ss, sep); open >= 0 {
					prev, ok = r.awardEnding(open)
				} else if open := r.classesOpen(ss, sep); open >= 0 {
					prev, ok = r.awardEnding(open)
				} else if with := r.workWith(ss, sep); with >= 0 {
					// "giải A với ca khúc \"X\" và giải B".
					prev, ok = r.awardEnding(with)
				}
			}
		case l == ";":
			// "trao Huân chương A cho X; Huân chương B cho Y": the second
			// award is given by the verb of the first.
			prev, ok = r.awardBefore(ss, sep)
		}
		if ok {
			in := r.info(prev)
			info.conferred = info.conferred || in.conferred
			info.posthumous = info.posthumous || in.posthumous
			info.presenters = in.presenters
			info.decidedBy = in.decidedBy
			// After a semicolon each award names its own recipients ("cho
			// X; Huân chương B cho Y"), unless the first award's are the
			// subject, who receives them all: "A được tặng X; Y".
			if len(info.recipients) == 0 && (r.toks[sep].Lower != ";" || in.subject) {
				info.recipients, info.subject = in.recipients, in.subject
			}
		}
	}
	// "Tập thể được tặng Bằng khen gồm Phòng A và Đồn B", "131 nghệ sĩ
	// được phong tặng danh hiệu NSND, trong đó có A, B": the list follows
	// the award.
	if len(info.recipients) == 0 && cho < 0 && after < 0 {
		if k, ok := r.introEnd(r.timeAfter(e, se), se); ok {
			info.recipients, info.count = r.list(k, se)
		} else if k := r.amongAt(e, se); k >= 0 {
			info.recipients, _ = r.list(k, se)
		}
	}
	if len(info.recipients) == 0 {
		if c := r.amongList(ss, e, se); c >= 0 {
			info.recipients, _ = r.list(c+1, se)
		}
	}
	if len(info.recipients) == 0 && (info.count != nil || info.conferred) {
		info.recipients = r.amongNext(se, r.text(s, e), info.count != nil)
	}
	if len(info.recipients) == 0 {
		info.recipients = r.followingList(se)
	}
	if len(info.recipients) == 0 {
		info.recipients = r.bulletList(e)
	}
	if len(info.recipients) == 0 {
		info.recipients = r.introList(e)
	}
	// "Đồng chí Trung tướng A, sinh ngày ...; nguyên Phó Tư lệnh Quân khu
	// 5; Huân chương Quân công hạng Nhì, ...": an obituary notice lists
	// the awards the deceased held, with no verb.
	if len(info.recipients) == 0 && !info.conferred && verbAt < 0 && after < 0 && cho < 0 {
		if p := r.obituaryHolder(ss, s); p >= 0 {
			info.conferred = true
			info.recipients = []pipeline.Recipient{r.persons[p].rec}
		}
	}
	// "truy tặng ... cho liệt sĩ A ... trao cho ông B, em trai liệt sĩ,
	// đại diện gia đình": who receives an award for the dead is no
	// recipient.
	if info.posthumous && len(info.recipients) > 0 {
		info.recipients = slices.DeleteFunc(info.recipients, func(rc pipeline.Recipient) bool {
			return rc.Person != "" && r.proxyIn(rc.Person, ss, se)
		})
	}
	return info
}

// proxyIn reports whether the person id is named in the sentence [ss,
// se) as one who receives for the family: a mention followed by an
// appositive "đại diện gia đình", "thân nhân liệt sĩ" or a kin word of
// the dead ("em trai liệt sĩ", "vợ của liệt sĩ").
func (r *awardReader) proxyIn(id string, ss, se int) bool {
	for p := r.firstPersonFrom(ss); p < len(r.persons) && r.persons[p].start < se; p++ {
		if r.persons[p].rec.Person == id && r.proxyAfter(r.persons[p].end, se) {
			return true
		}
	}
	return false
}

// proxyAfter reads the appositives after the comma at token k, up to the
// sentence end se, for a proxy's: see proxyIn.
func (r *awardReader) proxyAfter(k, se int) bool {
	for n := 0; n < 3 && k+1 < se && r.toks[k].Lower == ","; n++ {
		j := k + 1
		kin := false
		switch r.toks[j].Lower {
		case "đại":
			if j+3 < se && r.toks[j+1].Lower == "diện" && r.toks[j+2].Lower == "gia" && r.toks[j+3].Lower == "đình" {
				return true
			}
		case "thân":
			if j+1 < se && r.toks[j+1].Lower == "nhân" {
				return true
			}
		case "em", "anh", "chị", "vợ", "chồng", "con", "cha", "mẹ", "bố", "cháu":
			kin = true
		}
		for k = j; k < se && k < j+8 && r.toks[k].Kind == scan.Word; k++ {
			if kin && r.toks[k].Lower == "liệt" && k+1 < se && r.toks[k+1].Lower == "sĩ" {
				return true
			}
		}
	}
	return false
}

// dashWinner returns the person named after the dash at token e, with at
// most three words (a form of address such as "NSƯT") between, or -1.
func (r *awardReader) dashWinner(e, se int) int {
	if e >= se || r.toks[e].Lower != "-" && r.toks[e].Lower != "–" || !r.toks[e].Is(scan.SpaceBefore) {
		return -1
	}
	for k := e + 1; k < se && k <= e+4; k++ {
		if p := r.personAt(k); p >= 0 {
			return p
		}
		if r.toks[k].Kind != scan.Word {
			return -1
		}
	}
	return -1
}

// medalOf returns the person after the "của" at token e that owns a medal
// ("Huy chương Bạc của VĐV Lò Thị Hoa", "của xạ thủ A", "của A"): at most
// three words of occupation between, no punctuation. It returns -1
// otherwise.
func (r *awardReader) medalOf(e, se int) int {
	if e >= se || r.toks[e].Lower != "của" {
		return -1
	}
	for k := e + 1; k < se && k <= e+4; k++ {
		if p := r.personAt(k); p >= 0 {
			return p
		}
		if r.toks[k].Kind != scan.Word || r.toks[k].Cap() && !groupAcronym(r.toks[k].Lower) {
			return -1
		}
	}
	return -1
}

// bracketHolder returns the person whose name the bracket holding the
// medal at tokens [s, e) follows, the medal last in it: "A (Bình Định,
// HCB)", "B (HCĐ)"; or -1.
func (r *awardReader) bracketHolder(s, e, se int) int {
	if e >= se || r.toks[e].Lower != ")" || !capitalsWord(r.text(s, e)) {
		return -1
	}
	for k := s - 1; k >= 1 && k >= s-8; k-- {
		switch t := r.toks[k]; {
		case t.Lower == "(":
			return r.personEndingAt(0, k)
		case t.Lower == ")" || t.Lower == ";" || t.Lower == "." || r.awardAt(k):
			return -1
		}
	}
	return -1
}

// obituaryHolder returns the person whose obituary notice lists the award
// at token s: the document announces a death, the sentence opens with the
// person's name, and its particulars, parted by semicolons, lead to the
// award. It returns -1 otherwise.
func (r *awardReader) obituaryHolder(ss, s int) int {
	k := r.firstPersonFrom(ss)
	if k >= len(r.persons) || r.persons[k].start >= s || r.persons[k].start-ss > 6 {
		return -1
	}
	semi := false
	for j := r.persons[k].end; j < s && !semi; j++ {
		semi = r.toks[j].Lower == ";"
	}
	if !semi || r.personCovering(s-1) >= 0 {
		return -1
	}
	text := r.doc.Text
	for _, cue := range obituaryCues {
		if strings.Contains(text, cue) {
			return k
		}
	}
	return -1
}

// obituaryCues are the words of a death notice.
var obituaryCues = []string{"từ trần", "qua đời", "tạ thế", "Lễ tang", "lễ tang", "TIN BUỒN", "Tin buồn"}

// asideBefore returns the index of the "(" of a short bracketed aside
// that ends right before toks[k] ("(năm 2003)", "(2003)"), or -1.
func (r *awardReader) asideBefore(ss, k int) int {
	if k-1 <= ss || r.toks[k-1].Lower != ")" {
		return -1
	}
	for j := k - 2; j > ss && j >= k-8; j-- {
		switch r.toks[j].Lower {
		case "(":
			return j
		case ")", ";", ".":
			return -1
		}
	}
	return -1
}

// workWith returns the index of the "với" of a work named in quotes that
// ends right before toks[k] ("với ca khúc \"Gieo quẻ\""), or -1.
func (r *awardReader) workWith(ss, k int) int {
	if k-1 <= ss {
		return -1
	}
	if q := r.toks[k-1].Lower; q != "\"" && q != "”" {
		return -1
	}
	j := k - 2
	for j > ss && j >= k-20 && r.toks[j].Lower != "\"" && r.toks[j].Lower != "“" {
		j--
	}
	if j <= ss || j < k-20 {
		return -1
	}
	// One to three lower-case words say what the work is.
	for n := 0; n < 3 && j-1 > ss && r.toks[j-1].Kind == scan.Word && !r.toks[j-1].Cap(); n++ {
		j--
		if r.toks[j].Lower == "với" {
			return j
		}
	}
	return -1
}

// classesOpen returns the index of the "(" that opens a list of classes
// running up to toks[k] ("(hạng Nhất, Nhì, Ba"), or -1.
func (r *awardReader) classesOpen(ss, k int) int {
	for j := k - 1; j > ss && j >= k-10; j-- {
		switch r.toks[j].Lower {
		case "(":
			return j
		case ",", "và", "hạng", "nhất", "nhì", "ba", "i", "ii", "iii":
		default:
			return -1
		}
	}
	return -1
}

// respectiveAt returns the "lần lượt" that follows the award mention
// ending before token e when only awards joined by commas and "và" stand
// between, or -1.
func (r *awardReader) respectiveAt(e, se int) int {
	for k := e; k+1 < se && k < e+40; k++ {
		if r.inAward(k) {
			continue // "Giải thưởng Nhà nước về văn học, nghệ thuật"
		}
		switch r.toks[k].Lower {
		case "lần":
			if r.toks[k+1].Lower == "lượt" {
				return k
			}
			return -1
		case ",", "và":
			if !r.awardAt(k + 1) {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// respectively gives the award mention at tokens [s, e) its own recipient
// of rs when "lần lượt" stands before the verb at token after and rs
// counts as many names as the awards joined before it: "Huy chương bạc và
// Huy chương đồng lần lượt thuộc về A và B".
func (r *awardReader) respectively(cs, s, e, after int, rs []pipeline.Recipient) []pipeline.Recipient {
	if len(rs) < 2 {
		return rs
	}
	lo := -1
	for k := e; k+1 < after; k++ {
		if r.toks[k].Lower == "lần" && r.toks[k+1].Lower == "lượt" {
			lo = k
			break
		}
	}
	if lo < 0 {
		return rs
	}
	later := 0
	for k := e; k < lo; k++ {
		if r.awardAt(k) {
			later++
		}
	}
	earlier := 0
	for k := s; k-1 > cs && (r.toks[k-1].Lower == "và" || r.toks[k-1].Lower == ","); {
		m, ok := r.awardEnding(k - 1)
		if !ok {
			break
		}
		earlier++
		k, _ = r.tokenRange(m.Span)
	}
	if earlier+1+later != len(rs) {
		return rs
	}
	return rs[earlier : earlier+1]
}

// timeAfter returns the token after a short time phrase at token k ("năm
// nay", "năm 2024", "lần này", "đợt này"), or k.
func (r *awardReader) timeAfter(k, se int) int {
	if k+1 >= se {
		return k
	}
	switch next := r.toks[k+1]; r.toks[k].Lower {
	case "năm":
		if next.Lower == "nay" || next.Kind == scan.Number {
			return k + 2
		}
	case "lần", "đợt", "kỳ", "mùa":
		if next.Lower == "này" {
			return k + 2
		}
	}
	return k
}

// holderWith returns the person or organization named right before
// "với" and a count that stand before the mention at token s: "VĐV A với
// 3 huy chương vàng", "Đoàn B với 11 HCV".
func (r *awardReader) holderWith(cs, s int) (pipeline.Recipient, bool) {
	if s-3 < cs || r.toks[s-1].Kind != scan.Number || r.toks[s-2].Lower != "với" {
		return pipeline.Recipient{}, false
	}
	rc, start, ok := r.nameEndingAt(cs, s-2, false)
	if !ok || r.attributed(start) {
		return pipeline.Recipient{}, false
	}
	if rc.Person == "" {
		if t := r.teamBefore(cs, start); t < start {
			rc = pipeline.Recipient{Organization: r.text(t, s-2)}
		}
	}
	return rc, true
}

// amongNext reads the names that the sentence at token se picks out of
// the counted groups of the sentence before (counted): "... cho 12 tập
// thể và 20 cá nhân. Trong đó, Trường A, Công ty B và ông C là những điển
// hình"; or out of those who received the award named name: "Trong số
// các Nghệ nhân Nhân dân lần này có: ...".
func (r *awardReader) amongNext(se int, name string, counted bool) []pipeline.Recipient {
	if se+3 >= len(r.toks) || r.toks[se].Lower != "trong" {
		return nil
	}
	ns, ne := r.sentenceOf(se)
	if ns != se || r.awardIn(ns, ne) {
		return nil
	}
	// "42 cá nhân được phong tặng danh hiệu \"Nghệ nhân Nhân dân\". Trong
	// số các Nghệ nhân Nhân dân lần này có: ...": the award named again.
	if k := r.amongNamed(se, ne, name); k >= 0 {
		rs, _ := r.list(k, ne)
		return rs
	}
	if !counted {
		return nil
	}
	// "... cho 7 nhà giáo của tỉnh. Trong số đó có cô A, thầy B": those
	// named among the counted group, the next paragraph as well.
	if k := r.amongAt(se, ne); k >= 0 {
		rs, _ := r.list(k, ne)
		return rs
	}
	if r.toks[se+1].Lower != "đó" || r.toks[se+2].Lower != "," {
		return nil
	}
	for k := se + 3; k < ne; k++ {
		if r.toks[k].Lower == "là" {
			rs, _ := r.list(se+3, k)
			return rs
		}
	}
	return nil
}

// amongNamed returns the token after "Trong số các <name> (lần này) có:"
// at token k, where name is the award's, or -1.
func (r *awardReader) amongNamed(k, se int, name string) int {
	if k+3 >= se || r.toks[k+1].Lower != "số" || r.toks[k+2].Lower != "các" && r.toks[k+2].Lower != "những" {
		return -1
	}
	from := k + 3
	for j := from; j < se && j < from+12; j++ {
		if r.toks[j].Lower != "có" {
			if r.toks[j].Kind == scan.Punct {
				return -1
			}
			continue
		}
		end := j
		// "lần này", "đợt này", "năm nay": the occasion after the name.
		if end-2 >= from && (r.toks[end-1].Lower == "này" || r.toks[end-1].Lower == "nay") {
			end -= 2
		}
		if end <= from || foldName(r.text(from, end)) != foldName(name) {
			return -1
		}
		if j+1 < se && r.toks[j+1].Lower == ":" {
			return j + 2
		}
		return j + 1
	}
	return -1
}

// amongList returns the token "có" that opens the recipients in "Trong số
// những người được phong tặng danh hiệu NSND lần này có A, B và C", where
// the mention ends before token e, or -1.
func (r *awardReader) amongList(ss, e, se int) int {
	if ss+1 >= se || r.toks[ss].Lower != "trong" || r.toks[ss+1].Lower != "số" {
		return -1
	}
	for k := e; k < se && k < e+4; k++ {
		if r.toks[k].Lower == "có" {
			return k
		}
		if r.toks[k].Kind == scan.Punct {
			break
		}
	}
	return -1
}

// amongAt returns the token after "trong đó có" (or "trong số đó có")
// at token k, after an optional comma, or -1.
func (r *awardReader) amongAt(k, se int) int {
	if k < se && (r.toks[k].Lower == "," || r.toks[k].Lower == ";") {
		k++
	}
	if k+2 >= se || r.toks[k].Lower != "trong" {
		return -1
	}
	k++
	if r.toks[k].Lower == "số" {
		k++
	}
	if k+1 >= se || r.toks[k].Lower != "đó" || r.toks[k+1].Lower != "có" {
		return -1
	}
	k += 2
	if k < se && r.toks[k].Lower == ":" {
		k++
	}
	return k
}

// amongFrom returns the token after the "trong đó có" that follows an
// unnamed group at token k ("5 doanh nghiệp du lịch tiêu biểu, trong đó
// có ..."): lower-case words and numbers only stand before it; or -1.
func (r *awardReader) amongFrom(k, se int) int {
	// Every "trong đó có" opens with "trong" by token k+16, or k+30 after
	// a counted group: without one, no verb need be looked for.
	if !r.tokenIn("trong", k, min(se, k+31)) {
		return -1
	}
	limit, group := k+16, false
	for j := k; j < se && j < limit; j++ {
		t := r.toks[j]
		if t.Lower == "," || t.Lower == ";" || t.Lower == "trong" {
			if a := r.amongAt(j, se); a >= 0 {
				return a
			}
		}
		// "cho 5 tập thể và 12 cá nhân có thành tích trong phong trào
		// "Chung sức xây dựng nông thôn mới", trong đó có A": a counted
		// group may be described at length, naming its campaign.
		if !group {
			if _, n := countWord(r.toks, j); n > 0 {
				group, limit = true, k+30
			}
		} else if end := r.campaignName(j, se); end > j {
			// The name counts for no word of the description.
			limit += end - j
			j = end - 1
			continue
		}
		// "cho 15 VĐV, HLV có thành tích xuất sắc, trong đó có A": the
		// acronyms of groups of people name no one.
		if t.Cap() && !groupAcronym(t.Lower) || t.Kind == scan.Punct && t.Lower != "," {
			return -1
		}
		if _, _, _, ok := r.verbAt(j, se); ok {
			return -1
		}
	}
	return -1
}

// campaignName returns the end of the name that follows a campaign word
// at token j ("phong trào "Dân vận khéo"", "chương trình Mục tiêu quốc
// gia"): a quoted span or a run of capitalized words; or j.
func (r *awardReader) campaignName(j, se int) int {
	k := j + 2
	switch {
	case j+2 < se && r.toks[j].Lower == "phong" && r.toks[j+1].Lower == "trào",
		j+2 < se && r.toks[j].Lower == "chương" && r.toks[j+1].Lower == "trình":
	case j+3 < se && r.toks[j].Lower == "cuộc" && r.toks[j+1].Lower == "vận" && r.toks[j+2].Lower == "động":
		k = j + 3
	default:
		return j
	}
	if isQuote(r.toks[k].Lower) {
		for e := k + 1; e < se && e <= k+30; e++ {
			if isQuote(r.toks[e].Lower) {
				return e + 1
			}
		}
		return j
	}
	e := k
	for e < se && r.toks[e].Kind == scan.Word && r.toks[e].Cap() {
		e++
	}
	if e == k {
		return j
	}
	// "chương trình Mục tiêu quốc gia giảm nghèo": the lower-case rest of
	// the name stands as the group's description does.
	return e
}

// tokenIn reports whether a token of [s, e) is the lower-case word w.
func (r *awardReader) tokenIn(w string, s, e int) bool {
	for j := max(s, 0); j < e && j < len(r.toks); j++ {
		if r.toks[j].Lower == w {
			return true
		}
	}
	return false
}

// groupAcronym reports whether w, in lower case, is the acronym of a group
// of people: athletes, coaches, officers, civil servants, teachers,
// pupils, students.
func groupAcronym(w string) bool {
	switch w {
	case "vđv", "hlv", "cbcs", "cbcnv", "cbcc", "cbcnvc", "cbnv", "gv", "hs", "sv", "hssv", "đv":
		return true
	}
	return false
}

// wished reports whether a word of hope or aim stands shortly before the
// verb at v in the clause from cs: "muốn giành", "phấn đấu đạt", "hy
// vọng sẽ được trao".
func (r *awardReader) wished(cs, v int) bool {
	// "hy vọng một ngày sẽ được nhận": a few words may stand between.
	for k := v - 1; k >= cs && k >= v-5; k-- {
		if r.toks[k].Kind == scan.Punct {
			return false
		}
		// "Hoàng Thị Mơ giành ...": a wish word inside a name is no wish.
		if r.inName(k) {
			continue
		}
		if n, _ := r.g.Wishes.Match(r.toks, k); n > 0 && k+n <= v {
			return true
		}
	}
	return false
}

// awardBefore returns the last award mention that ends in tokens [ss, k).
func (r *awardReader) awardBefore(ss, k int) (pipeline.Entity, bool) {
	j := sort.Search(len(r.awardEnds), func(j int) bool { return r.awardEnds[j].end > k })
	if j > 0 && r.awardEnds[j-1].end > ss {
		return r.doc.Entities[r.awardEnds[j-1].ent], true
	}
	return pipeline.Entity{}, false
}

// bulletList reads the recipients listed one per line after the paragraph
// of token e when that paragraph ends with a colon:
//
//	... tặng Bằng khen cho các cá nhân sau:
//	1. Ông Nguyễn Văn An, Giám đốc Sở Y tế;
//	2. Bà Trần Thị Bình, Phó Giám đốc Sở Y tế.
func (r *awardReader) bulletList(e int) []pipeline.Recipient {
	pe := r.nextLine(e)
	if pe >= len(r.toks) || r.toks[pe-1].Lower != ":" {
		return nil
	}
	out, _ := r.bullets(pe)
	return out
}

// introList reads the list lines under the next line after the award
// mention ending at token e when that line introduces them: it ends with
// a colon, speaks of prizes ("giải", "khen thưởng") and names no award
// or person of its own: "Lễ trao Giải thưởng X. ...\n\nTừ 153 tác phẩm,
// Hội đồng đã chọn ra 6 tác phẩm trao giải, gồm:\n- ...".
func (r *awardReader) introList(e int) []pipeline.Recipient {
	ls := r.nextLine(e)
	if ls >= len(r.toks) {
		return nil
	}
	le := r.nextLine(ls + 1)
	if le >= len(r.toks) || le-ls > 60 || r.toks[le-1].Lower != ":" || r.awardIn(ls, le) {
		return nil
	}
	prize := false
	for k := ls; k < le; k++ {
		if r.personAt(k) >= 0 {
			return nil
		}
		if l := r.toks[k].Lower; l == "giải" || l == "khen" && k+1 < le && r.toks[k+1].Lower == "thưởng" {
			prize = true
		}
	}
	if !prize {
		return nil
	}
	out, _ := r.bullets(le)
	return out
}

// nextLine returns the first token from token e on that opens a line
// (scan.NewlineBefore), or len(r.toks). It looks for the line break in
// the text: a step through every token of a long paragraph for each
// mention cost more than the rest of reading it.
func (r *awardReader) nextLine(e int) int {
	if e >= len(r.toks) {
		return e
	}
	from := 0
	if e > 0 {
		from = r.toks[e-1].End
	}
	nl := r.breakFrom(from)
	if nl == len(r.doc.Text) {
		return len(r.toks)
	}
	return max(e, r.tokenStartingAt(nl))
}

// breakFrom returns the offset of the first line break of the text at or
// after byte from, or len(r.doc.Text). The mentions of an article ask
// from nearby places, mostly in text order: the stretch without a break
// found last answers most of them. A search goes from the place asked
// about to the next break at most, so the text before the first mention
// and between lines asked about is never searched, and an article that
// is one long line is searched once.
func (r *awardReader) breakFrom(from int) int {
	text := r.doc.Text
	switch {
	case r.brkDone && r.brkLo <= from && from <= r.brkHi:
	case r.brkDone && from < r.brkLo:
		if b := firstBreak(text, from, r.brkLo); b >= 0 {
			r.brkHi = b
		}
		r.brkLo = from
	default:
		r.brkLo, r.brkHi, r.brkDone = from, len(text), true
		if b := firstBreak(text, from, len(text)); b >= 0 {
			r.brkHi = b
		}
	}
	return r.brkHi
}

// firstBreak returns the offset of the first line break that starts in
// bytes [from, to) of text, or -1: where the tokenizer breaks lines, at
// '\n', '\r', U+2028 and U+2029. It looks for each byte that opens one,
// each search stopping at the best found so far.
func firstBreak(text string, from, to int) int {
	if from < 0 || from >= to || to > len(text) {
		return -1
	}
	best := -1
	if i := nextByte(text[:to], from, '\n'); i >= 0 {
		best, to = i, i
	}
	if i := nextByte(text[:to], from, '\r'); i >= 0 {
		best, to = i, i
	}
	// U+2028 is E2 80 A8, U+2029 E2 80 A9.
	for i := nextByte(text[:to], from, 0xe2); i >= 0; i = nextByte(text[:to], i+1, 0xe2) {
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xa8 || text[i+2] == 0xa9) {
			return i
		}
	}
	return best
}

// bullets reads the recipients of the list lines from token k on, each
// opening with a bullet or a number and "." or ")", or following a line
// that ends with a colon or a semicolon, and returns the token after the
// last line.
func (r *awardReader) bullets(k int) ([]pipeline.Recipient, int) {
	var out []pipeline.Recipient
	for k < len(r.toks) {
		end := k + 1
		for end < len(r.toks) && !r.toks[end].Is(scan.NewlineBefore) {
			end++
		}
		start := k
		switch t := r.toks[k]; {
		case t.Kind == scan.Number && k+1 < end && (r.toks[k+1].Lower == "." || r.toks[k+1].Lower == ")"):
			start = k + 2
		case t.Lower == "-" || t.Lower == "–" || t.Lower == "•" || t.Lower == "+" || t.Lower == "*":
			start = k + 1
		case k > 0 && (r.toks[k-1].Lower == ":" || r.toks[k-1].Lower == ";"):
			// "gồm:\nCông ty A;\nông B.": lines with no bullet, each
			// after a colon or a semicolon.
		default:
			return out, k
		}
		rs, _ := r.list(start, end)
		out = append(out, rs...)
		k = end
	}
	return out, k
}

// verbAt reads a conferring or receiving verb at token k that ends at or
// before limit.
func (r *awardReader) verbAt(k, limit int) (v, ve int, receive, ok bool) {
	// inName first: it reads only the token, the phrase sets look it up.
	if r.inName(k) {
		return 0, 0, false, false
	}
	if n, _ := r.g.NotVerbs.Match(r.toks, k); n > 0 {
		return 0, 0, false, false
	}
	if n := r.phraseBefore(r.g.Receive, k, limit); n > 0 {
		return k, k + n, true, true
	}
	// conferAt without its tests, already passed.
	if n := r.phraseBefore(r.g.Confer, k, limit); n > 0 {
		return k, k + n, false, true
	}
	return 0, 0, false, false
}

// phraseBefore returns the length of the longest phrase of set that starts
// at token k and ends at or before limit: "trao Giải thưởng X" matches
// "trao giải" into the award's name, "trao" is the verb.
func (r *awardReader) phraseBefore(set *award.Phrases, k, limit int) int {
	n, _ := set.Match(r.toks, k)
	if n == 0 || k+n <= limit {
		return n
	}
	if limit <= k || limit > len(r.toks) {
		return 0
	}
	// Match skips the phrases that run past the slice's end.
	n, _ = set.Match(r.toks[:limit], k)
	return n
}

// verbOK reports whether verbAt(k, limit) reads a verb.
func (r *awardReader) verbOK(k, limit int) bool {
	_, _, _, ok := r.verbAt(k, limit)
	return ok
}

// conferAt returns the length of the conferring verb at token k, or 0.
func (r *awardReader) conferAt(k int) int {
	if r.inName(k) {
		return 0
	}
	if n, _ := r.g.NotVerbs.Match(r.toks, k); n > 0 {
		return 0
	}
	n, _ := r.g.Confer.Match(r.toks, k)
	return n
}

// inName reports whether token k is capitalized inside a sentence, as
// verbs are not: "Ban Thi đua - Khen thưởng" names an office.
func (r *awardReader) inName(k int) bool {
	t := &r.toks[k]
	return t.Cap() && !t.Is(scan.SentStart)
}

// readVerb reads the words around the conferring or receiving verb at
// tokens [v, ve) before the mention [s, e): the receiving subject, the
// presenter and the signer.
func (r *awardReader) readVerb(info *mentionInfo, cs, v, ve int, receive bool, s, e, se int) {
	// "X được Y trao tặng <award>": X receives, Y presents.
	duoc := -1
	// Only a "được" found going back sets duoc: without one the words
	// need no look.
	look := !receive && r.tokenIn("được", max(cs, v-25), v)
	for k := v - 1; look && k >= cs && k >= v-25; k-- {
		t := r.toks[k]
		if t.Lower == "được" {
			// Beyond 9 words only a name stands between: "được Bộ
			// trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng tặng".
			if (k == 0 || r.toks[k-1].Lower != "nhận") && (k >= v-9 || r.nameRun(k+1, v)) {
				duoc = k
			}
			break
		}
		// "được Đảng, Nhà nước tặng thưởng": commas may stand inside, and
		// the dot of "UBND TP.HCM".
		if t.Kind == scan.Punct && t.Lower != "(" && t.Lower != ")" && t.Lower != "," && !isQuote(t.Lower) && !r.innerDot(k) {
			break
		}
		// Beyond 9 words nameRun vets what stands between: a verb
		// among them is no name.
		if k >= v-9 {
			if _, _, _, ok := r.verbAt(k, v); ok {
				break
			}
		}
	}
	if r.toks[v].Lower == "được" {
		duoc = v
	}
	switch {
	case duoc >= 0:
		if len(info.recipients) == 0 {
			info.recipients = r.subject(cs, duoc)
			info.subject = len(info.recipients) > 0
		}
		for _, p := range r.personsIn(duoc+1, v) {
			info.presenters = append(info.presenters, p.Person)
		}
		if info.decidedBy == "" && duoc+1 < v && len(r.personsIn(duoc+1, v)) == 0 && r.toks[duoc+1].Cap() {
			info.decidedBy = r.text(duoc+1, v)
		}
	case receive:
		if len(info.recipients) == 0 {
			info.recipients = r.subject(cs, v)
			info.subject = len(info.recipients) > 0
		}
		if len(info.recipients) == 0 && r.firstPerson(cs, v) {
			info.recipients = r.speaker(cs)
		}
		// "nhận huân chương từ Nữ hoàng Anh Elizabeth II"
		for k := e; k < se && k < e+4; k++ {
			if r.toks[k].Lower == "từ" {
				for _, p := range r.personsIn(k+1, min(se, k+10)) {
					info.presenters = append(info.presenters, p.Person)
				}
				break
			}
		}
	default:
		prev := ""
		if v > 0 {
			prev = r.toks[v-1].Lower
		}
		switch prev {
		case "do":
			info.decidedBy = r.doer(v-1, v)
		case "mà":
			// "huy hiệu ... mà Trung ương đoàn truy tặng" is read after the mention.
		default:
			// "Bộ trưởng Bộ Công an đã ký Quyết định tặng ..." names the signer.
			if k := r.signedAt(cs, v); k >= 0 {
				info.decidedBy = r.nounBefore(cs, k)
				if info.decidedBy == "" {
					info.decidedBy = r.signerTitle(cs, k)
				}
			} else if p := r.doerBefore(cs, r.firstVerb(cs, v)); p != nil && !r.proposal(cs, v) {
				info.presenters = append(info.presenters, p.Person)
				// "Chủ tịch UBND tỉnh A cũng tặng Bằng khen cho B": the
				// holder of an office gives an award that names no issuer
				// of its own; it is no minister's named before. He may
				// only present what another decided, so this tells the
				// awards apart and decides nothing.
				if ns, ne := r.nounSpan(cs, v); ns < ne && r.isRole(ns) && !strings.Contains(r.text(s, e), " của ") {
					info.giver = r.roleText(ns, ne)
				}
			} else if ns, ne := r.nounSpan(cs, v); ns < ne && r.isRole(ns) && !r.proposal(cs, v) {
				// "Bộ trưởng Bộ Công an tặng Bằng khen": an office gives it.
				info.decidedBy = r.roleText(ns, ne)
			} else if ns < ne && info.decidedBy == "" && !r.proposal(cs, v) {
				info.decidedBy = r.issuerBody(ns, ne)
			}
		}
		// "tặng ông A Huân chương ...": the recipient stands between.
		if len(info.recipients) == 0 && ve < s {
			info.recipients = r.personsIn(ve, s)
		}
		// "truy tặng anh danh hiệu ...": a pronoun stands between.
		if len(info.recipients) == 0 && ve < s && s-ve <= 3 && isPronoun(r.toks[ve].Lower) && !r.inName(ve) {
			if p := r.antecedent(ve); p >= 0 {
				info.recipients = []pipeline.Recipient{r.persons[p].rec}
			}
		}
	}
}

// issuerBody returns the body that tokens [s, e) name if it is one that
// awards commendations (a province's or commune's committee, a ministry, a
// central body: "UBND tỉnh Bình Định", "Ủy ban Trung ương MTTQ Việt Nam"
// tặng Bằng khen), or "". A company or a club that gives something decides
// no award of the state's, so it is left out.
func (r *awardReader) issuerBody(s, e int) string {
	h := s
	// "Trung ương Hội CCB Việt Nam": the central committee of the body
	// named after it.
	if h+2 < e && r.toks[h].Lower == "trung" && r.toks[h+1].Lower == "ương" {
		h += 2
	}
	end, ok := r.orgAt(h, e, false)
	if !ok || end != e {
		return ""
	}
	t := r.text(s, e)
	if issuerLevel(foldName(t)) == 0 {
		return ""
	}
	return t
}

// innerDot reports whether token k is a dot inside a name: "TP.HCM".
func (r *awardReader) innerDot(k int) bool {
	return r.toks[k].Lower == "." && k+1 < len(r.toks) && !r.toks[k].Is(scan.SpaceBefore) && !r.toks[k+1].Is(scan.SpaceBefore)
}

// firstVerb returns the first of the verbs joined by "và" that end at
// the verb at v: "trao Quyết định và gắn Huân chương" -> "trao".
func (r *awardReader) firstVerb(cs, v int) int {
	for v > cs+1 {
		and := -1
		for k := v - 1; k > cs && k >= v-6; k-- {
			if r.toks[k].Lower == "và" {
				and = k
				break
			}
			if r.toks[k].Kind == scan.Punct {
				break
			}
		}
		if and < 0 {
			return v
		}
		prev := -1
		for k := and - 1; k >= cs && k >= and-6; k-- {
			if n := r.conferAt(k); n > 0 {
				prev = k
				break
			}
		}
		if prev < 0 {
			return v
		}
		v = prev
	}
	return v
}

// firstPerson reports whether a first-person pronoun stands in tokens
// [s, e): the speaker of a quotation talks about themself.
func (r *awardReader) firstPerson(s, e int) bool {
	for k := s; k < e; k++ {
		switch r.toks[k].Lower {
		case "tôi", "con", "em", "cháu", "mình", "tớ":
			// "Em Nguyễn Khánh Khiêm" addresses someone else.
			if k+1 >= e || !r.toks[k+1].Cap() {
				return true
			}
		}
	}
	return false
}

// nameRun reports whether tokens [s, e) are names only: capitalized words,
// with at most two lower-case words, "và" or a comma after a capitalized
// word ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng").
func (r *awardReader) nameRun(s, e int) bool {
	if s >= e || !r.toks[s].Cap() {
		return false
	}
	lower := 0
	for k := s + 1; k < e; k++ {
		t := r.toks[k]
		switch {
		case t.Cap() || r.personCovering(k) >= 0:
			lower = 0
		case t.Kind == scan.Word || t.Lower == ",":
			lower++
			if lower > 2 || t.Lower == "," && (k+1 >= e || !r.toks[k+1].Cap()) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// speaker returns the person who speaks a quotation opening at clause
// start cs ("Em Nguyễn Khánh Khiêm cho biết: "... khi nhận giấy khen ...""):
// in a first-person account the speaker is the one who receives.
func (r *awardReader) speaker(cs int) []pipeline.Recipient {
	if cs < 3 || r.toks[cs-1].Lower != ":" {
		return nil
	}
	v := cs - 1
	switch {
	case r.toks[v-2].Lower == "cho" && r.toks[v-1].Lower == "biết":
		v -= 2
	case r.toks[v-1].Lower == "nói" || r.toks[v-1].Lower == "kể":
		v--
	case r.toks[v-2].Lower == "chia" && r.toks[v-1].Lower == "sẻ":
		v -= 2
	default:
		return nil
	}
	ss, _ := r.sentenceOf(v)
	for k := v; k > ss; k-- {
		if p := r.personCovering(k - 1); p >= 0 {
			return []pipeline.Recipient{r.persons[p].rec}
		}
	}
	// No person detected: "Em Nguyễn Khánh Khiêm, học sinh ... cho biết".
	k := ss
	for k < v {
		n, _ := r.g.Honorifics.Match(r.toks, k)
		if n == 0 {
			break
		}
		k += n
	}
	if k > ss && k < v {
		if name, ns, ne := r.capName(k, v); ne > ns && ns == k {
			return []pipeline.Recipient{r.personByName(name, "")}
		}
	}
	return nil
}

// proposal reports whether the verb at v is proposed, not done: "đề nghị
// tặng", "đề xuất phong tặng", "đề nghị Chủ tịch nước tặng". "Theo đề
// nghị của Bộ trưởng, Chủ tịch nước tặng" cites the proposal a decision
// followed; a comma stands between.
func (r *awardReader) proposal(cs, v int) bool {
	for k := v - 1; k >= cs && k >= v-8; k-- {
		t := r.toks[k]
		if t.Kind == scan.Punct {
			return false
		}
		if t.Cap() {
			continue // "Phạm Đình Nghị" is a name
		}
		switch t.Lower {
		case "nghị", "xuất", "muốn", "xét", "trình":
			return k+1 >= v || r.toks[k+1].Lower != "của"
		}
	}
	return false
}

// askedOf reports whether the verb at v is one an authority is asked to
// do: "đề nghị Chủ tịch nước truy tặng", or one proposed for the future:
// "sẽ đề nghị tặng". "đề nghị tặng thưởng Huân chương ... cho PVC" names
// the award as given and is read as such.
func (r *awardReader) askedOf(cs, v int) bool {
	// "đề nghị Chủ tịch nước xét công nhận liệt sĩ và truy tặng": the
	// request may hold a first act before the verb.
	for k := v - 1; k >= cs && k >= v-12; k-- {
		t := r.toks[k]
		if t.Kind == scan.Punct {
			return false
		}
		if t.Cap() {
			continue
		}
		switch t.Lower {
		case "nghị", "xuất", "trình":
			// "Bệnh viện Hữu nghị ... được tặng": "nghị" and "xuất" ask
			// only in "đề nghị", "kiến nghị", "đề xuất".
			if t.Lower != "trình" && (k == 0 || r.toks[k-1].Lower != "đề" && r.toks[k-1].Lower != "kiến") {
				continue
			}
			// "Bộ sẽ đề nghị tặng ...": a proposal yet to be made.
			if k >= 2 && r.toks[k-2].Lower == "sẽ" {
				return true
			}
			// "được đề nghị tặng Bằng khen", "đã đề nghị tặng": someone
			// proposes; "hồ sơ đề nghị tặng thưởng" names the dossier of
			// an award that may well be given.
			if k+1 == v && k >= 2 && (r.toks[k-1].Lower == "đề" || r.toks[k-1].Lower == "kiến") {
				switch r.toks[k-2].Lower {
				case "được", "đã", "vừa", "đang", "từng", "cũng":
					return true
				}
			}
			return k+1 < v && r.toks[k+1].Cap() && !r.toks[k+1].Is(scan.SentStart)
		}
	}
	return false
}

// signedAt returns the index of "ký" in "... đã ký Quyết định" before
// token v in the clause, or -1. The decision's number and date may stand
// between: "đã ký Quyết định số 1502/QĐ-CTN ngày 20/11/2024 tặng".
func (r *awardReader) signedAt(cs, v int) int {
	for k := v - 1; k >= cs && k >= v-24; k-- {
		l := r.toks[k].Lower
		if l == ";" || l == ":" || l == "." {
			break
		}
		if k+1 < v && r.toks[k+1].Lower == "quyết" {
			if l == "ký" {
				return k
			}
			if l == "hành" && k > cs && r.toks[k-1].Lower == "ban" {
				return k - 1
			}
		}
	}
	return -1
}

// doer returns the noun phrase between "do" and the verb at v, when a "do"
// stands in [from, v): "do Chủ tịch nước truy tặng" -> "Chủ tịch nước".
func (r *awardReader) doer(from, v int) string {
	for k := v - 1; k >= from && k >= v-8; k-- {
		if r.toks[k].Lower == "do" {
			if k+1 < v {
				return r.roleText(k+1, v)
			}
			return ""
		}
		if r.toks[k].Kind == scan.Punct {
			break
		}
	}
	return ""
}

// nounBefore returns the noun phrase that ends before token k (skipping
// "đã", "vừa", ...) and starts after the last comma of the clause.
func (r *awardReader) nounBefore(cs, k int) string {
	start, end := r.nounSpan(cs, k)
	if start >= end {
		return ""
	}
	return r.roleText(start, end)
}

// signerTitle returns the title that stands between commas after the
// person who signs at token k: "ông A, Phó Chủ tịch UBND tỉnh B, đã ký
// quyết định" -> "Phó Chủ tịch UBND tỉnh B"; or "".
func (r *awardReader) signerTitle(cs, k int) string {
	for k > cs && r.adverbAt(k-1) {
		k--
	}
	if k-2 <= cs || r.toks[k-1].Lower != "," {
		return ""
	}
	t, ok := r.titleEndingAt(r.toks[k-2].End)
	if !ok {
		return ""
	}
	s := r.tokenStartingAt(t.Start)
	if s <= cs || r.toks[s-1].Lower != "," || r.personEndingAt(cs, s-1) < 0 {
		return ""
	}
	return r.text(s, k-1)
}

// roleText returns the words of tokens [s, e) up to the person named
// after the office: "Chủ tịch UBND tỉnh Hồ Tiến Thiệu" -> "Chủ tịch UBND
// tỉnh". A phrase that opens with the person is returned whole.
func (r *awardReader) roleText(s, e int) string {
	if p := r.firstPersonFrom(s + 1); p < len(r.persons) && r.persons[p].start < e {
		e = r.persons[p].start
	}
	return r.text(s, e)
}

// nounSpan returns the tokens of the noun phrase nounBefore reads.
func (r *awardReader) nounSpan(cs, k int) (int, int) {
	end := k
	for end > cs && r.adverbAt(end-1) {
		end--
	}
	start := end
	for start > cs && r.toks[start-1].Kind != scan.Punct && end-start < 10 {
		// "... cho biết UBND tỉnh vừa ký": the phrase starts after the
		// verb of saying.
		if w := r.toks[start-1].Lower; w == "biết" || w == "hay" || w == "nói" || w == "rằng" || w == "là" || w == "khi" || w == "thì" {
			break
		}
		start--
	}
	if start > cs && r.toks[start-1].Kind != scan.Punct && end-start >= 10 {
		return end, end // too long to be one noun phrase
	}
	return start, end
}

// delegator returns who the presenter acts for, in the sentence of token
// i: "Thừa ủy quyền của Chủ tịch nước, ..." -> "Chủ tịch nước".
func (r *awardReader) delegator(i int) string {
	ss, se := r.sentenceOf(i)
	for k := ss; k+2 < se && k < i; k++ {
		if r.toks[k].Lower != "thừa" || r.toks[k+1].Lower != "ủy" || r.toks[k+2].Lower != "quyền" {
			continue
		}
		start := k + 3
		if start < se && r.toks[start].Lower == "của" {
			start++
		}
		end := start
		for end < se && end < start+10 && r.toks[end].Kind == scan.Word {
			end++
		}
		if end > start && end < se && r.toks[end].Lower == "," {
			return r.roleText(start, end)
		}
	}
	return ""
}

// adverbAt reports whether token k is a lower-case adverb or auxiliary
// ("đã", "vừa", "quyết định") that stands between a subject and its verb.
func (r *awardReader) adverbAt(k int) bool {
	return !r.toks[k].Cap() && isAdverb(r.toks[k].Lower)
}

func isAdverb(w string) bool {
	switch w {
	case "đã", "vừa", "cũng", "mới", "từng", "đều", "sẽ", "đang", "khi", "thì", "lại", "còn", "vẫn", "liền", "chính", "trực", "tiếp", "thay", "mặt", "quyết", "định":
		return true
	}
	return false
}

// clauseStart returns the first token of the clause holding token s: after
// the last ";" or ":" between the sentence start ss and s.
func (r *awardReader) clauseStart(ss, s int) int {
	for k := s - 1; k > ss; k-- {
		if l := r.toks[k].Lower; l == ";" || l == ":" {
			return k + 1
		}
	}
	return ss
}

// listVerb reads the verb that opens a list of awards whose item starts
// the clause cs (after a colon or a semicolon) of the sentence that starts
// at ss and holds the mention at s: a conferring or receiving verb that
// ends at the list's colon, maybe with "như sau" between. It returns the
// verb, its end, whether it receives, and its clause's start.
func (r *awardReader) listVerb(ss, cs, s int) (v, ve int, receive bool, vcs int, ok bool) {
	if cs > len(r.toks) {
		return 0, 0, false, 0, false
	}
	colon := -1
	if cs <= ss {
		// "được tặng thưởng:\nHuân chương A;\nHuân chương B.": the
		// items stand on lines of their own under the colon.
		if colon = r.lineListColon(ss); colon < 0 {
			return 0, 0, false, 0, false
		}
		ss, _ = r.sentenceOf(colon)
	} else {
		colon = cs - 1
		for colon > ss && s-colon < 80 && r.toks[colon].Lower != ":" {
			colon--
		}
		if colon <= ss || r.toks[colon].Lower != ":" {
			return 0, 0, false, 0, false
		}
	}
	end := colon
	if end-2 > ss && r.toks[end-2].Lower == "như" && r.toks[end-1].Lower == "sau" {
		end -= 2
	}
	end = r.givenObjectStart(ss, end)
	vcs = r.clauseStart(ss, end)
	for k := end - 1; k >= vcs && k >= end-4; k-- {
		if v, ve, receive, ok = r.verbAt(k, end); ok && ve == end {
			return v, ve, receive, vcs, true
		}
	}
	return 0, 0, false, 0, false
}

// lineListColon returns the colon that ends the line before the list
// line starting at token ss, past the lines of items before it that end
// in semicolons ("tặng thưởng:\nA;\nB;\nC"), or -1.
func (r *awardReader) lineListColon(ss int) int {
	k := ss - 1
	for lines := 0; k > 0 && lines < 30 && r.toks[k+1].Is(scan.NewlineBefore); lines++ {
		switch r.toks[k].Lower {
		case ":":
			return k
		case ";":
			for k > 0 && !r.toks[k].Is(scan.NewlineBefore) {
				k--
			}
			k--
		default:
			return -1
		}
	}
	return -1
}

// givenObjectStart returns where the words that say what a list verb
// gives start, when they end at token end: "được tặng thưởng nhiều phần
// thưởng cao quý:"; else end.
func (r *awardReader) givenObjectStart(ss, end int) int {
	k := end
	if k-2 > ss && r.toks[k-2].Lower == "cao" && r.toks[k-1].Lower == "quý" {
		k -= 2
	}
	switch {
	case k-2 > ss && r.toks[k-2].Lower == "phần" && r.toks[k-1].Lower == "thưởng",
		k-2 > ss && r.toks[k-2].Lower == "danh" && r.toks[k-1].Lower == "hiệu":
		k -= 2
	case k-4 > ss && r.toks[k-4].Lower == "hình" && r.toks[k-3].Lower == "thức" && r.toks[k-2].Lower == "khen" && r.toks[k-1].Lower == "thưởng":
		k -= 4
	default:
		return end
	}
	if k-1 > ss {
		switch r.toks[k-1].Lower {
		case "nhiều", "các", "những":
			k--
		}
	}
	return k
}

// choAfter returns the index of the "cho" that opens the recipient list of
// a mention ending before token e, or -1.
func (r *awardReader) choAfter(e, se int) int {
	for k := e; k < se && k < e+15; k++ {
		t := r.toks[k]
		if t.Lower == ";" || t.Lower == "." {
			return -1
		}
		if t.Lower == "cho" {
			return k
		}
		// "Huân chương Lao động (HCLĐ) cho", "Giải thưởng X (lần thứ
		// 11) cho": a short bracket names or numbers the award.
		if t.Lower == "(" && k == e {
			if j := r.skipParen(k, min(se, k+8)); j > k {
				k = j - 1
				continue
			}
		}
		switch t.Lower {
		case "vì", "là", "dành", "được", "có", ",", ":", "(", "nhưng":
			// "Giải thưởng Hồ Chí Minh là giải thưởng ... dành cho ...":
			// the "cho" belongs to another verb.
			return -1
		}
	}
	return -1
}

// personsIn returns the people mentioned in tokens [s, e).
func (r *awardReader) personsIn(s, e int) []pipeline.Recipient {
	var out []pipeline.Recipient
	for k := r.firstPersonFrom(s); k < len(r.persons) && r.persons[k].start < e; k++ {
		if p := r.persons[k]; p.end <= e {
			out = append(out, p.rec)
		}
	}
	return out
}

// firstPersonFrom returns the index of the first person mention that
// starts at or after token s.
func (r *awardReader) firstPersonFrom(s int) int {
	return sort.Search(len(r.persons), func(k int) bool { return r.persons[k].start >= s })
}

// doerBefore returns the person who does the verb at token v: a person
// mention that ends right before it, or before adverbs only ("Thượng
// tướng Tô Lâm trao tặng", "Bộ trưởng Dũng đã trao"); else nil.
func (r *awardReader) doerBefore(cs, v int) *pipeline.Recipient {
	k := v
	for k > cs && r.adverbAt(k-1) {
		k--
	}
	// "Đại tướng A, Bộ trưởng Bộ Quốc phòng, trao": skip the appositive.
	if k > cs && r.toks[k-1].Lower == "," {
		for j := k - 2; j > cs && j >= k-16; j-- {
			if l := r.toks[j].Lower; l == "," {
				if r.isRole(j + 1) {
					k = j
				}
				break
			}
			if r.toks[j].Kind == scan.Punct && r.toks[j].Lower != "-" {
				break
			}
		}
	}
	if i := r.personEndingAt(cs, k); i >= 0 {
		return &r.persons[i].rec
	}
	return nil
}

// personEndingAt returns the index in r.persons of the last person
// mention that ends right before token k and starts at or after cs, or -1.
func (r *awardReader) personEndingAt(cs, k int) int {
	j := sort.Search(len(r.byEnd), func(j int) bool { return r.persons[r.byEnd[j]].end > k })
	for j--; j >= 0; j-- {
		p := r.persons[r.byEnd[j]]
		if p.end != k {
			break
		}
		if p.start >= cs {
			return int(r.byEnd[j])
		}
	}
	return -1
}

// appositiveHolder walks back from token k over ", TITLE" groups (title
// entities of the document) and returns the index in r.persons of the
// person mention they follow, or -1.
func (r *awardReader) appositiveHolder(cs, k int) int {
	pos := k
	if pos > cs && r.toks[pos-1].Lower == "," {
		pos--
	}
	for steps := 0; steps < 8 && pos > cs; steps++ {
		// "Kế toán trưởng Công ty CP Pin Ắc quy miền Nam (PINACO),": the
		// title ends before the bracket.
		if r.toks[pos-1].Lower == ")" {
			j := pos - 2
			for j > cs && j >= pos-8 && r.toks[j].Lower != "(" && r.toks[j].Lower != ")" {
				j--
			}
			if j > cs && r.toks[j].Lower == "(" {
				pos = j
			}
		}
		t, ok := r.titleEndingAt(r.toks[pos-1].End)
		if !ok {
			return -1
		}
		for pos > cs && r.toks[pos-1].Start >= t.Start {
			pos--
		}
		// "A, nguyên Chủ tịch UBND huyện, được trao": a former office.
		if pos > cs && former(r.toks[pos-1].Lower) {
			pos--
		}
		if pos == cs || r.toks[pos-1].Lower != "," {
			return -1
		}
		pos--
		j := sort.Search(len(r.byEnd), func(j int) bool { return r.persons[r.byEnd[j]].end >= pos })
		if j < len(r.byEnd) && r.persons[r.byEnd[j]].end == pos && r.persons[r.byEnd[j]].start >= cs {
			if p := r.persons[r.byEnd[j]]; !r.attributed(p.start) {
				return int(r.byEnd[j])
			}
		}
	}
	return -1
}

// teamBefore returns the first token of a lower-case team word that
// stands before the name at token s ("đoàn thể thao", "đội tuyển bóng
// đá nữ"), with only lower-case words between, or s when none does.
func (r *awardReader) teamBefore(cs, s int) int {
	for j := s - 1; j >= cs && j >= s-6; j-- {
		t := r.toks[j]
		if t.Kind != scan.Word || t.Cap() {
			return s
		}
		if t.Lower == "đoàn" || t.Lower == "đội" && j+1 < s && r.toks[j+1].Lower == "tuyển" {
			return j
		}
	}
	return s
}

// opensSegment reports whether the name at token s opens a comma-parted
// segment of the clause from cs, after three words at most ("VĐV", "kỹ
// sư").
func (r *awardReader) opensSegment(cs, s int) bool {
	for j := s - 1; j >= cs && j >= s-4; j-- {
		if r.toks[j].Lower == "," {
			return true
		}
		if r.toks[j].Kind != scan.Word {
			return false
		}
	}
	return false
}

// delegationBefore returns the token of the lower-case "đoàn" that opens
// a capitalized name of one to three words ending right before token k
// ("đoàn Quân đội", "đoàn Công an nhân dân"), or -1.
func (r *awardReader) delegationBefore(cs, k int) int {
	for j := k - 2; j >= cs && j >= k-4; j-- {
		t := r.toks[j]
		if t.Kind != scan.Word {
			return -1
		}
		if t.Lower == "đoàn" && !t.Cap() {
			if r.toks[j+1].Cap() && r.personCovering(j+1) < 0 && r.personCovering(k-1) < 0 {
				return j
			}
			return -1
		}
	}
	return -1
}

// possessorOf returns the token of the "của" that stands, with at most
// four words between, before the name at token s ("của HLV người Úc
// A"), when a subject comes before it; -1 otherwise.
func (r *awardReader) possessorOf(cs, s int) int {
	for j := s - 1; j > cs && j >= s-5; j-- {
		t := r.toks[j]
		if t.Kind != scan.Word {
			return -1
		}
		if t.Lower == "của" {
			return j
		}
		// "Đồng đội của cô là A nhận ...": A is the subject.
		if t.Lower == "là" {
			return -1
		}
	}
	return -1
}

func quoteMark(w string) bool {
	switch w {
	case `"`, "“", "”", "«", "»":
		return true
	}
	return false
}

// workMaker returns the token after "của" when the list at token k opens
// with a work and its quoted title ("cho phim "Đào, phở và piano" của
// đạo diễn A"): the prize goes to the maker. Else k.
func (r *awardReader) workMaker(k, se int) int {
	j := k
	if j < se && r.toks[j].Lower == "bộ" {
		j++
	}
	if j >= se {
		return k
	}
	switch r.toks[j].Lower {
	case "phim", "tác", "cuốn", "ca", "vở":
		j++
		if j < se && r.toks[j].Kind == scan.Word {
			j++ // "tác phẩm", "cuốn sách", "ca khúc", "vở kịch"
		}
	default:
		n := workNoun(r.toks, j, se)
		if n == 0 {
			return k
		}
		j += n
	}
	// The quoted title, then "của".
	for e := j; e < se && e < j+16; e++ {
		if r.toks[e].Lower == "của" && e > j && quoteMark(r.toks[e-1].Lower) && r.workBefore(k, e) {
			return r.makerStart(e+1, se)
		}
	}
	return k
}

// workNoun returns the length of a noun for a work of research, writing
// or reporting at token j ("công trình", "loạt bài", "tiểu thuyết", "tập
// truyện ngắn", "trường ca", "ký sự"), or 0.
func workNoun(toks []scan.Token, j, se int) int {
	if j+1 >= se {
		return 0
	}
	b := toks[j+1].Lower
	switch toks[j].Lower {
	case "công":
		if b == "trình" {
			return 2
		}
	case "loạt":
		if b == "bài" {
			return 2
		}
	case "bài":
		if b == "viết" || b == "báo" {
			return 2
		}
	case "phóng":
		if b == "sự" {
			return 2
		}
	case "đề":
		if b == "tài" {
			return 2
		}
	case "tiểu":
		if b == "thuyết" || b == "luận" {
			return 2
		}
	case "tập":
		switch b {
		case "thơ":
			return 2
		case "truyện":
			if j+2 < se && toks[j+2].Lower == "ngắn" {
				return 3
			}
			return 2
		}
	case "trường":
		if b == "ca" {
			return 2
		}
	case "bản":
		if b == "dịch" {
			return 2
		}
	case "ký":
		if b == "sự" {
			return 2
		}
	case "chùm":
		if b == "ảnh" {
			return 2
		}
	case "cụm":
		if b == "công" && j+2 < se && toks[j+2].Lower == "trình" {
			return 3
		}
	}
	return 0
}

// makerStart returns where the maker named after "của" at token k starts:
// past "nhóm tác giả", "tác giả", "nhà báo" and a "do" that names who led
// the work ("của nhóm tác giả do TS A làm chủ nhiệm").
func (r *awardReader) makerStart(k, se int) int {
	if k < se && r.toks[k].Lower == "nhóm" {
		k++
	}
	if k+1 < se && (r.toks[k].Lower == "tác" && r.toks[k+1].Lower == "giả" || r.toks[k].Lower == "nhà" && r.toks[k+1].Lower == "báo") {
		k += 2
	}
	if k < se && r.toks[k].Lower == "do" {
		k++
	}
	return k
}

// workBefore reports whether the subject that ends before token j ("của")
// is a work, its title perhaps quoted: "Bộ phim "Địa đạo" của đạo diễn A
// đoạt Cánh diều vàng" gives the prize to the work's maker.
func (r *awardReader) workBefore(cs, j int) bool {
	k := j - 1
	if k > cs && quoteMark(r.toks[k].Lower) {
		// Skip the quoted title back to its opening quote.
		k--
		for k > cs && k >= j-16 && !quoteMark(r.toks[k].Lower) {
			k--
		}
		k--
	}
	if k < cs {
		return false
	}
	switch r.toks[k].Lower {
	case "phim", "phẩm", "sách", "khúc", "thuyết", "kịch", "album":
		return true
	}
	// "công trình", "loạt bài", "phóng sự", "đề tài", "tập thơ".
	if k > cs && workNoun(r.toks, k-1, k+1) == 2 || k > cs+1 && workNoun(r.toks, k-2, k+1) == 3 {
		return true
	}
	return false
}

// occasionOf reports whether the organization starting at token s names
// an occasion, not a subject: "Lễ kỷ niệm 80 năm Ngày truyền thống Công
// an nhân dân và đón nhận ...".
func (r *awardReader) occasionOf(s int) bool {
	if s < 1 {
		return false
	}
	switch r.toks[s-1].Lower {
	case "ngày":
		return true
	case "thống", "lập":
		// "truyền thống", "thành lập"
		return s >= 2 && (r.toks[s-2].Lower == "truyền" || r.toks[s-2].Lower == "thành")
	}
	return false
}

// attributed reports whether the name starting at token s is the source
// of what is said, not its subject: "Theo luật sư A, bị cáo từng được
// tặng ...".
func (r *awardReader) attributed(s int) bool {
	// A form of address or an occupation may stand between: "luật sư".
	for j := s - 1; j >= 0 && j >= s-4; j-- {
		t := r.toks[j]
		if t.Lower == "theo" {
			return true
		}
		if t.Kind != scan.Word || t.Cap() && !isHonorific(r, j) {
			break
		}
	}
	return r.decisionOf(s)
}

// decisionOf reports whether the name at token s signs the decision a
// segment opening with "Theo" cites: "Theo Quyết định số 1290/QĐ-CTN ngày
// 21/11/2024 của Chủ tịch nước Lương Cường, Tập đoàn A được tặng ...".
func (r *awardReader) decisionOf(s int) bool {
	of := false
	for j := s - 1; j >= 0 && j >= s-30; j-- {
		switch r.toks[j].Lower {
		case "của":
			of = true
		case "theo":
			return of
		case ",", ";", ".", ":":
			return false
		}
	}
	return false
}

// appendSpans appends the spans of doc's entities of kind k to dst.
func appendSpans(dst []pipeline.Span, doc *pipeline.Document, k pipeline.Kind) []pipeline.Span {
	for i := range doc.Entities {
		if doc.Entities[i].Kind == k {
			dst = append(dst, doc.Entities[i].Span)
		}
	}
	return dst
}

// titleEndingAt returns the span of the title entity ending at byte end.
func (r *awardReader) titleEndingAt(end int) (pipeline.Span, bool) {
	// The first title of doc.Entities that ends there: the spans of the
	// titles are sorted by end once, stably, rather than every entity
	// read at every call.
	if !r.titlesDone {
		r.titlesDone = true
		r.titleEnds = appendSpans(r.titleEnds, r.doc, pipeline.KindTitle)
		slices.SortStableFunc(r.titleEnds, func(a, b pipeline.Span) int { return a.End - b.End })
	}
	ts := r.titleEnds
	i := sort.Search(len(ts), func(i int) bool { return ts[i].End >= end })
	if i < len(ts) && ts[i].End == end {
		return ts[i], true
	}
	return pipeline.Span{}, false
}

// affiliatedBefore returns the person whose name ends at the comma that
// opens the organization ending at the comma c ("GS A, Viện Hàn lâm
// Khoa học, đã được trao"), or -1: the body is where the person works,
// no co-recipient.
func (r *awardReader) affiliatedBefore(cs, c int) int {
	for j := c - 2; j > cs && j >= c-16; j-- {
		switch {
		case r.personCovering(j) >= 0:
			return -1
		case r.toks[j].Lower != ",":
			continue
		}
		if !r.toks[j+1].Cap() {
			return -1
		}
		if oe, ok := r.orgAt(j+1, c, false); !ok || oe != c {
			return -1
		}
		if p := r.personEndingAt(cs, j); p >= 0 && !r.attributed(r.persons[p].start) {
			return p
		}
		return -1
	}
	return -1
}

// subject returns the recipients named right before token v ("được",
// "nhận"): the last name of the clause, with the names joined to it by
// "và" or a comma, skipping a parenthesis, appositive titles and a short
// appositive ("Hiệp và Thắng, hai sinh viên được ...").
func (r *awardReader) subject(cs, v int) []pipeline.Recipient {
	k := v
	for k > cs && r.adverbAt(k-1) {
		k--
	}
	// "A vinh dự được nhận ...": the honour stands between.
	if k-2 >= cs && r.toks[k-1].Lower == "dự" && r.toks[k-2].Lower == "vinh" {
		for k -= 2; k > cs && r.adverbAt(k-1); k-- {
		}
	}
	// "A và B là đồng tác giả công trình ... được nhận ...": the subject
	// stands before "là" and its lower-case complement.
	if j := r.copulaBefore(cs, k); j < k {
		for k = j; k > cs && r.adverbAt(k-1); k-- {
		}
	}
	k0 := k
	// "Vinamilk 10 năm liền nhận ...": a run of years stands between the
	// subject and the verb; a lone capitalized word before it names a
	// company or brand.
	if j := r.spellBefore(cs, k); j < k {
		k = j
		// "A vinh dự hai lần được tặng ...".
		if k-2 >= cs && r.toks[k-1].Lower == "dự" && r.toks[k-2].Lower == "vinh" {
			k -= 2
		}
		if rc, start, ok := r.nameEndingAt(cs, k, true); ok && !r.attributed(start) {
			return []pipeline.Recipient{rc}
		}
		if k-1 == cs && r.toks[cs].Kind == scan.Word && r.toks[cs].Cap() && !r.isRole(cs) {
			return []pipeline.Recipient{{Organization: r.text(cs, k)}}
		}
	}
	// "các nhà giáo được nhận ...", "60 đồng chí được nhận ...": an
	// unnamed group is the subject, and no one named before it; but in
	// "A và 14 thủ khoa các ngành khác được nhận ..." A is named.
	if g := r.groupBefore(cs, k); g >= 0 {
		if g == cs || !r.joinerAt(g-1) {
			return nil
		}
		k = g - 1
	}
	// "Theo luật sư A, bị cáo từng được tặng ...": the defendant named
	// before.
	if k-2 >= cs && r.toks[k-2].Lower == "bị" && r.toks[k-1].Lower == "cáo" && !r.inName(k-2) {
		if p := r.roleAntecedent(k - 2); p >= 0 {
			return []pipeline.Recipient{r.persons[p].rec}
		}
		return nil
	}
	// "Em A, học sinh lớp 12, người giành Huy chương vàng ...": the
	// relative "người" after an appositive refers to the person opening
	// the sentence.
	if k-2 > cs && r.toks[k-1].Lower == "người" && r.toks[k-2].Lower == "," && !r.inName(k-1) {
		if p := r.firstPersonFrom(cs); p < len(r.persons) && r.persons[p].start-cs <= 3 && r.persons[p].end < k-1 &&
			(p+1 == len(r.persons) || r.persons[p+1].start >= k) {
			return []pipeline.Recipient{r.persons[p].rec}
		}
	}
	// "Nữ nghệ sĩ được phong tặng ...": a bare artist's noun opening the
	// clause is the article's main person.
	if k-cs >= 2 && k-cs <= 3 && !r.inName(cs) && r.artistNounEnd(cs, k) == k {
		if p := r.mainPerson(cs); p >= 0 {
			return []pipeline.Recipient{r.persons[p].rec}
		}
	}
	// "Đơn vị cũng được tặng Cờ thi đua": the unit honoured before.
	if n := r.unitBefore(cs, k); n > 0 {
		return r.unitHonoured(k - n)
	}
	// "Trước đó, trường từng được tặng ...": the school named before.
	if n := r.schoolBefore(cs, k); n > 0 {
		if rc, ok := r.firstSchool(k - n); ok {
			return []pipeline.Recipient{rc}
		}
		return nil
	}
	// "Năm 2010, ông được Nhà nước tặng thưởng ...": a pronoun subject
	// is the person last named before it.
	if n := r.pronounBefore(cs, k); n > 0 {
		if p := r.antecedent(k - n); p >= 0 {
			return []pipeline.Recipient{r.persons[p].rec}
		}
		return nil
	}
	// "A cùng đồng đội giành HCV ... và được tặng Bằng khen": the verb
	// shares the subject that opens the clause.
	// "VĐV A (Quân đội) về nhất ..., qua đó giành HCV": so does a verb
	// after "qua đó", the person opening a comma-parted segment.
	thereby := k-2 > cs && r.toks[k-1].Lower == "đó" && r.toks[k-2].Lower == "qua" && r.toks[k-3].Lower == ","
	if k-1 > cs && r.toks[k-1].Lower == "và" || thereby {
		if p := r.firstPersonFrom(cs); p < len(r.persons) && r.persons[p].start < k &&
			(r.persons[p].start-cs <= 4 || thereby && r.opensSegment(cs, r.persons[p].start)) {
			return []pipeline.Recipient{r.persons[p].rec}
		}
		// "Bà được phong tặng ... và được trao ...": a pronoun opens it.
		if r.pronounBefore(cs, cs+1) == 1 || r.pronounBefore(cs, cs+2) == 2 {
			if p := r.antecedent(cs); p >= 0 {
				return []pipeline.Recipient{r.persons[p].rec}
			}
		}
	}
	// "Trung tá A, Phó trưởng Công an huyện B, đã nhận ...": the subject is
	// the person the appositive titles describe, not the organization
	// that ends the last title.
	held := r.appositiveHolder(cs, k)
	// "GS A, cựu sinh viên của trường, được trao", "Thiếu tá A, chiến sĩ
	// Đội B, hy sinh khi làm nhiệm vụ, được truy tặng": a lower-case
	// appositive between commas, maybe after appositive titles.
	if held < 0 && k-1 > cs && r.toks[k-1].Lower == "," {
		j := k - 2
		for j > cs && j >= k-9 && r.toks[j].Kind == scan.Word && !r.toks[j].Cap() {
			j--
		}
		if j < k-2 && j > cs && r.toks[j].Lower == "," {
			if p := r.personEndingAt(cs, j); p >= 0 && !r.attributed(r.persons[p].start) {
				held = p
			} else {
				held = r.appositiveHolder(cs, j+1)
			}
		}
	}
	if held < 0 && k-1 > cs && r.toks[k-1].Lower == "," {
		// "Cô A, giáo viên Trường Tiểu học B, vừa được ...": an
		// occupation and where it is practised, not a title.
		j := k - 2
		for j > cs && j >= k-14 && r.toks[j].Kind == scan.Word && r.personCovering(j) < 0 {
			j--
		}
		if j > cs && j < k-3 && r.toks[j].Lower == "," && !r.toks[j+1].Cap() {
			if p := r.personEndingAt(cs, j); p >= 0 && !r.attributed(r.persons[p].start) {
				held = p
			}
		}
	}
	if held < 0 && k-1 > cs && r.toks[k-1].Lower == "," {
		held = r.affiliatedBefore(cs, k-1)
	}
	if held < 0 && k-1 > cs && r.toks[k-1].Lower == "," {
		// "Tên thật là A, chị sinh năm 1972 tại Huế, được phong tặng ...":
		// a segment a pronoun opens names the subject.
		if p := r.pronounSegment(cs, k-1); p >= 0 {
			return []pipeline.Recipient{r.persons[p].rec}
		}
	}
	if held < 0 {
		held = r.segmentHolder(cs, k)
	}
	skipped := 0
	var out []pipeline.Recipient
	if held >= 0 {
		out = append(out, r.persons[held].rec)
		if k = r.joinBefore(cs, r.persons[held].start); k < 0 {
			return out
		}
	}
	for k > cs {
		// "Thượng tá A, Trưởng phòng PC02, và Thiếu tá B, ... được":
		// each name of the list may carry its titles.
		if len(out) > 0 {
			p := r.appositiveHolder(cs, k)
			// "bà A, Trưởng đại diện JICA (Nhật Bản) tại Việt Nam, và
			// ông B, ...": an appositive the title extractor split.
			if p < 0 && r.toks[k].Lower == "và" {
				p = r.segmentHolder(cs, k)
			}
			if p >= 0 {
				out = append(out, r.persons[p].rec)
				if k = r.joinBefore(cs, r.persons[p].start); k < 0 {
					break
				}
				continue
			}
		}
		t := r.toks[k-1]
		if t.Lower == ")" {
			depth := 0
			for k > cs {
				k--
				if r.toks[k].Lower == ")" {
					depth++
				}
				if r.toks[k].Lower == "(" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			continue
		}
		// "đoàn Quân đội giành ...": a delegation named by the body it
		// comes from.
		if skipped == 0 && len(out) == 0 {
			if j := r.delegationBefore(cs, k); j >= 0 {
				out = append(out, pipeline.Recipient{Organization: r.text(j, k)})
				break
			}
		}
		if rc, start, ok := r.nameEndingAt(cs, k, skipped == 0 && len(out) == 0); ok {
			if r.attributed(start) || rc.Organization != "" && r.occasionOf(start) {
				break
			}
			// "Nông dân ở Vĩnh Long được phong tặng ...": a place after
			// "ở", "tại" or "quê" says where the subject lives.
			if rc.Person == "" && start-1 >= cs {
				if l := r.toks[start-1].Lower; l == "ở" || l == "tại" || l == "quê" {
					break
				}
			}
			// "Nhà khoa học nữ Việt Nam nhận ...": a country after a
			// lower-case noun is the subject's nationality.
			if rc.Organization == "" && start-1 >= cs && r.toks[start-1].Kind == scan.Word && !r.toks[start-1].Cap() {
				if m, _ := lex.Places.Match(r.doc.Text, r.toks, start); m > 0 && start+m == k && r.teamBefore(cs, start) == start {
					break
				}
			}
			// "Đội tuyển Philippines của HLV Mark Torcaso giành ...": the
			// person owns the subject; the subject stands before "của".
			if j := r.possessorOf(cs, start); rc.Person != "" && j >= 0 && len(out) == 0 && !r.workBefore(cs, j) {
				k = j
				skipped++
				continue
			}
			if rc.Person == "" {
				// "thợ lò A của Công ty Than B được phong tặng ...": the
				// person the company employs is the subject.
				if start-1 > cs && r.toks[start-1].Lower == "của" && len(out) == 0 {
					if p := r.personEndingAt(cs, start-1); p >= 0 && !r.attributed(r.persons[p].start) {
						rc, start = r.persons[p].rec, r.persons[p].start
					}
				}
			}
			if rc.Person == "" {
				// "đoàn thể thao Việt Nam giành ...": a team named by its
				// place, in lower case.
				if t := r.teamBefore(cs, start); t < start {
					rc, start = pipeline.Recipient{Organization: r.text(t, k)}, t
				}
				// "Phòng Cảnh sát hình sự (PC02) Công an tỉnh Quảng Ninh":
				// the acronym in parentheses stands inside one name.
				if os := r.orgBeforeAcronym(cs, start); os >= 0 {
					rc = pipeline.Recipient{Organization: r.text(os, start-3) + " " + rc.Organization}
					start = os
				}
			}
			out = append(out, rc)
			if k = r.joinBefore(cs, start); k < 0 {
				break
			}
			continue
		}
		if len(out) > 0 || t.Kind == scan.Punct && t.Lower != "," || skipped >= 6 {
			break
		}
		skipped++
		k--
	}
	if len(out) == 0 {
		if rc, ok := r.openingOrg(cs, k0); ok {
			return []pipeline.Recipient{rc}
		}
	}
	slices.Reverse(out)
	return out
}

// openingOrg reads the organization that opens the clause from cs as the
// subject of a second verb at k: "Trường THPT A kỷ niệm 50 năm thành lập,
// đón nhận Huân chương": the first predicate, in lower-case words and
// numbers, ends with a comma or "và" right before k.
func (r *awardReader) openingOrg(cs, k int) (pipeline.Recipient, bool) {
	if k-2 <= cs || r.toks[k-1].Lower != "," && r.toks[k-1].Lower != "và" {
		return pipeline.Recipient{}, false
	}
	oe, ok := r.orgAt(cs, k, false)
	if !ok || oe >= k-1 || k-1-oe > 12 {
		return pipeline.Recipient{}, false
	}
	for j := oe; j < k-1; j++ {
		if t := r.toks[j]; t.Cap() || t.Kind == scan.Punct {
			return pipeline.Recipient{}, false
		}
	}
	return r.orgRecipient(cs, oe), true
}

// groupBefore returns the first token of an unnamed group that ends right
// before token k: a number or "các", "những" and lower-case words ("14
// thủ khoa các ngành khác", "các nhà giáo"); or -1.
func (r *awardReader) groupBefore(cs, k int) int {
	g := -1
	for j := k - 1; j >= cs && j >= k-8; j-- {
		t := &r.toks[j]
		if t.Kind == scan.Number || t.Lower == "các" || t.Lower == "những" {
			// "năm 2015 ông được ...": a year, not a count.
			if t.Kind == scan.Number && j > cs && countedTime(r.toks[j-1].Lower) {
				break
			}
			if j+1 < k && !countedTime(r.toks[j+1].Lower) {
				g = j
			}
			if t.Kind == scan.Number {
				break
			}
			continue
		}
		if t.Kind != scan.Word || r.inName(j) || t.Is(scan.Upper) && j > cs || r.joinerAt(j) {
			break
		}
	}
	return g
}

// countedTime reports whether w counts time or times, not people: "3 năm
// liền", "2 lần".
func countedTime(w string) bool {
	switch w {
	case "năm", "lần", "tháng", "ngày", "tuổi", "giờ", "kỳ", "mùa":
		return true
	}
	return false
}

// joinerAt reports whether token k joins a name to a group after it: "A và
// 14 thủ khoa", "A cùng các đồng đội".
func (r *awardReader) joinerAt(k int) bool {
	switch r.toks[k].Lower {
	case "và", "cùng", "với":
		return true
	}
	return false
}

// orgBeforeAcronym returns the first token of the organization that ends
// before "(ACRONYM)" right before token s, or -1.
func (r *awardReader) orgBeforeAcronym(cs, s int) int {
	if s-4 < cs || r.toks[s-1].Lower != ")" || r.toks[s-3].Lower != "(" || !r.toks[s-2].Is(scan.AllUpper) {
		return -1
	}
	for i := max(cs, s-3-maxOrgWords); i < s-3; i++ {
		if end, ok := r.orgAt(i, s-3, false); ok && end == s-3 {
			return i
		}
	}
	return -1
}

// segmentHolder returns the person that a comma-parted segment of the
// clause names by itself, when only segments without a person stand
// between it and the comma before token k: "Thiếu tá A, chiến sĩ Đội B,
// hy sinh khi làm nhiệm vụ, đã được truy tặng". It returns the index in
// r.persons, or -1.
func (r *awardReader) segmentHolder(cs, k int) int {
	if k-1 <= cs || r.toks[k-1].Lower != "," {
		return -1
	}
	b := k - 1
	for range 4 {
		a := b
		for a > cs && r.toks[a-1].Lower != "," {
			if isQuote(r.toks[a-1].Lower) {
				return -1
			}
			a--
		}
		if p := r.personEndingAt(a, b); p >= 0 {
			// Forms of address, an occupation ("kỹ sư", "thợ lò") or the
			// "và" that joins it to a name before may open the segment.
			j := r.persons[p].start
			for j > a && (isHonorific(r, j-1) || j-1 > a-4 && r.toks[j-1].Kind == scan.Word && !r.toks[j-1].Cap()) {
				j--
			}
			if j == a && !r.attributed(r.persons[p].start) {
				return p
			}
			return -1
		}
		if len(r.personsIn(a, b)) > 0 || a <= cs {
			return -1
		}
		b = a - 1
	}
	return -1
}

// unitBefore returns the number of tokens of the "đơn vị" (or "đơn vị
// này") that opens the clause from cs and ends right before token k, or 0.
func (r *awardReader) unitBefore(cs, k int) int {
	n := 2
	if k-1 > cs && r.toks[k-1].Lower == "này" {
		n = 3
	}
	if k-n != cs || r.toks[cs].Lower != "đơn" || r.toks[cs+1].Lower != "vị" {
		return 0
	}
	return n
}

// schoolBefore returns the length of a bare "trường" or "nhà trường"
// that ends right before token k and opens the clause or a segment after
// a comma, or 0.
func (r *awardReader) schoolBefore(cs, k int) int {
	if k-1 < cs || r.toks[k-1].Lower != "trường" || r.inName(k-1) {
		return 0
	}
	n := 1
	if k-2 >= cs && r.toks[k-2].Lower == "nhà" && !r.inName(k-2) {
		n = 2
	}
	if s := k - n; s == cs || r.toks[s-1].Lower == "," {
		return n
	}
	return 0
}

// firstSchool returns the school first named before token k: a
// capitalized "Trường" that opens an organization. The article's own
// school is named in its headline or lead; one named later may be its
// forerunner ("Tiền thân của Trường A là Trường B").
func (r *awardReader) firstSchool(k int) (pipeline.Recipient, bool) {
	for j := 0; j < k; j++ {
		if r.toks[j].Lower != "trường" || !r.toks[j].Cap() {
			continue
		}
		if oe, ok := r.orgAt(j, min(k, j+maxOrgWords+1), false); ok && oe > j+1 {
			return r.orgRecipient(j, oe), true
		}
	}
	return pipeline.Recipient{}, false
}

// unitHonoured returns the organizations that the last award mention
// before token k, among the three before it, is given to.
func (r *awardReader) unitHonoured(k int) []pipeline.Recipient {
	j := sort.Search(len(r.awardEnds), func(j int) bool { return r.awardEnds[j].end > k })
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		var orgs []pipeline.Recipient
		for _, rc := range r.info(r.doc.Entities[r.awardEnds[i].ent]).recipients {
			if rc.Organization != "" {
				orgs = append(orgs, rc)
			}
		}
		if len(orgs) > 0 {
			return orgs
		}
	}
	return nil
}

// joinBefore returns the token before the "và" or comma that joins
// another name to the name starting at token s (forms of address before
// it skipped), or -1 when none does.
func (r *awardReader) joinBefore(cs, s int) int {
	k := s
	for k > cs {
		j := r.honorificBefore(cs, k)
		if j == k {
			break
		}
		k = j
	}
	if k > cs && (r.toks[k-1].Lower == "và" || r.toks[k-1].Lower == ",") {
		return k - 1
	}
	// "cặp A/B giành HCV": a slash joins the two names of a pair.
	if k-1 > cs && r.toks[k-1].Lower == "/" && r.personEndingAt(cs, k-1) >= 0 {
		return k - 1
	}
	return -1
}

// copulaBefore returns the "là" that stands before token k in the clause
// from cs with only lower-case words between ("là đồng tác giả công trình
// nghiên cứu ... được nhận"), or k when none does.
func (r *awardReader) copulaBefore(cs, k int) int {
	for j := k - 1; j > cs && j >= k-16; j-- {
		t := r.toks[j]
		if t.Kind != scan.Word || t.Cap() {
			return k
		}
		if t.Lower == "là" {
			return j
		}
	}
	return k
}

// antecedent returns the person mention a pronoun at token k stands for:
// the last one before it, within 200 tokens, that no other form of address
// names ("vai chị Dịu ..., bà đoạt giải": "bà" is not "chị Dịu"); or -1.
func (r *awardReader) antecedent(k int) int {
	pron := r.toks[k].Lower
	passed := false
	for p := r.firstPersonFrom(k) - 1; p >= 0; p-- {
		ps := r.persons[p]
		if ps.end > k {
			continue
		}
		// An obituary names its subject once and says "ông" for many
		// sentences: the nearest person is meant however far, unless
		// another was named between.
		if k-ps.end > 200 && passed {
			break
		}
		passed = true
		// "phim Em bé Hà Nội, bà ...": a place taken for a person is
		// no one to refer to; nor is one named as an example ("học trò
		// của bà đã thành danh, như NSND Thanh Ngoan, NSƯT Quốc Anh.
		// ... bà còn được tặng").
		if lex.Places.Has(ps.rec.Name) || r.example(p) || r.afterPlaceWord(ps.start) {
			continue
		}
		if ps.start > 0 && isPronoun(pron) {
			if w := r.toks[ps.start-1].Lower; w != pron && (isPronoun(w) || w == "em" || w == "cô" || w == "chú") {
				continue
			}
		}
		return p
	}
	return -1
}

// afterPlaceWord reports whether the mention at token s follows a place
// word in lower case: "CA tỉnh Hà Tuyên" names a province the lexicon
// does not know (a former one) rather than someone a pronoun may stand
// for.
func (r *awardReader) afterPlaceWord(s int) bool {
	return s > 0 && placeWord(r.toks[s-1].Lower) && !r.toks[s-1].Cap()
}

// example reports whether persons[p] is named in a list of examples that
// "như" opens: "như NSND Thanh Ngoan, NSƯT Quốc Anh".
func (r *awardReader) example(p int) bool {
	j := r.persons[p].start - 1
	for n := 0; n < 40 && j >= 0; n++ {
		switch w := r.toks[j].Lower; {
		case w == "như":
			return true
		case w == "," || w == "và":
			j--
		case r.personCovering(j) >= 0:
			j = r.persons[r.personCovering(j)].start - 1
		default:
			// The forms of address and honours before each name.
			k := lex.Honorifics.EndsAt(r.doc.Text, r.toks, j+1)
			if k == 0 {
				return false
			}
			j -= k
		}
	}
	return false
}

// pronounSegment returns the person a one-word pronoun stands for when it
// opens the comma-parted segment that ends at the comma c ("..., chị sinh
// năm 1972 tại Huế,"), or -1. A person named inside the segment is the
// subject's own business: the caller reads it.
func (r *awardReader) pronounSegment(cs, c int) int {
	for j := c - 1; j >= cs && j >= c-14; j-- {
		if r.personCovering(j) >= 0 {
			return -1
		}
		if r.toks[j].Lower != "," && j > cs {
			continue
		}
		start := j
		if r.toks[j].Lower == "," {
			start = j + 1
		}
		if start+1 >= c || !isPronoun(r.toks[start].Lower) || r.inName(start) || r.toks[start+1].Cap() {
			return -1
		}
		return r.antecedent(start)
	}
	return -1
}

// bareReferent returns the person that a bare pronoun ("cho chị vì ...")
// or a bare artist's noun ("cho nữ nghệ sĩ.") at token k stands for, or -1.
// A pronoun takes its antecedent; the noun, which any artist named nearby
// could be, the article's main person.
func (r *awardReader) bareReferent(k, se int) int {
	if k >= se || r.inName(k) || r.personCovering(k) >= 0 {
		return -1
	}
	end, noun := k+1, false
	if !isPronoun(r.toks[k].Lower) {
		if end = r.artistNounEnd(k, se); end == k {
			return -1
		}
		noun = true
	}
	// Only the end of the clause or its reason may follow: "cho bà con",
	// "cho anh em", "cho ca sĩ trẻ" name groups or others.
	if end < se {
		switch t := r.toks[end]; {
		case t.Kind == scan.Punct:
		case t.Lower == "vì" || t.Lower == "nhân" || t.Lower == "về" || t.Lower == "do" || t.Lower == "tại":
		default:
			return -1
		}
	}
	if noun {
		return r.mainPerson(k)
	}
	return r.antecedent(k)
}

// artistNounEnd returns the index after "nghệ sĩ", "nữ ca sĩ", "nhạc sĩ"
// or "họa sĩ" at token k, or k.
func (r *awardReader) artistNounEnd(k, se int) int {
	j := k
	if w := r.toks[j].Lower; w == "nữ" || w == "nam" {
		j++
	}
	if j+1 >= se || r.toks[j+1].Lower != "sĩ" {
		return k
	}
	switch r.toks[j].Lower {
	case "nghệ", "ca", "nhạc", "họa":
		return j + 2
	}
	return k
}

// mainPerson returns the last mention before token k of the person the
// article names most often, when no other is named as often; or -1.
func (r *awardReader) mainPerson(k int) int {
	best, bestN, tie := "", 0, false
	counts := make(map[string]int, 8)
	for _, ps := range r.persons {
		id := ps.rec.Person
		if id == "" {
			continue
		}
		counts[id]++
		switch n := counts[id]; {
		case n > bestN:
			best, bestN, tie = id, n, false
		case n == bestN && id != best:
			tie = true
		}
	}
	if tie || bestN < 2 {
		return -1
	}
	for p := r.firstPersonFrom(k) - 1; p >= 0; p-- {
		if r.persons[p].rec.Person == best && r.persons[p].end <= k {
			return p
		}
	}
	return -1
}

// nationalityEnd returns the index after "người" and a country at token k
// when a person's name follows them ("người Pháp Jean-Marc Dubois"), or k.
func (r *awardReader) nationalityEnd(k, se int) int {
	if r.toks[k].Lower != "người" || r.toks[k].Cap() || k+2 >= se || !r.toks[k+1].Cap() {
		return k
	}
	m, _ := lex.Places.Match(r.doc.Text, r.toks, k+1)
	if m == 0 || k+1+m >= se || r.personAt(k+1+m) < 0 {
		return k
	}
	return k + 1 + m
}

// villageEnd returns the index after a village or an administrative unit
// named at token k: a lower-case word for a village or a level ("xã",
// "thị trấn") and a capitalized name of up to four words that names no
// person; or k.
func (r *awardReader) villageEnd(k, se int) int {
	if r.toks[k].Cap() {
		return k
	}
	switch w := r.toks[k].Lower; w {
	case "bản", "thôn", "xóm", "ấp", "buôn", "làng", "sóc", "phum", "xã", "phường", "huyện", "quận", "tỉnh":
	case "thị", "thành":
		// "thị trấn", "thị xã", "thành phố": the level in two words.
		if k+1 >= se || !levelWord(r.toks[k+1].Lower) && r.toks[k+1].Lower != "trấn" {
			return k
		}
		k++
	default:
		return k
	}
	j := k + 1
	for j < se && j <= k+4 && r.toks[j].Kind == scan.Word && r.toks[j].Cap() && !r.toks[j].Is(scan.NewlineBefore) &&
		r.personCovering(j) < 0 {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// spellBefore returns the first token of a run of years that ends right
// before token k in the clause from cs ("10 năm liền", "5 năm liên tiếp";
// "liền" is read as an adverb before), or k when none does.
func (r *awardReader) spellBefore(cs, k int) int {
	j := k
	switch {
	case j-2 >= cs && r.toks[j-2].Lower == "liên" && (r.toks[j-1].Lower == "tiếp" || r.toks[j-1].Lower == "tục"):
		j -= 2
	case j-1 >= cs && (r.toks[j-1].Lower == "liền" || r.toks[j-1].Lower == "liên"):
		// "liên" alone: its "tiếp" was read as an adverb.
		j--
	}
	if j-2 >= cs && r.toks[j-1].Lower == "năm" && r.toks[j-2].Kind == scan.Number {
		return j - 2
	}
	// "Quân khu 5 hai lần được tặng ...": how many times, not when.
	if j == k && j-2 >= cs && r.toks[j-1].Lower == "lần" && timesWord(r.toks[j-2]) {
		return j - 2
	}
	return k
}

// timesWord reports whether t counts the times before "lần".
func timesWord(t scan.Token) bool {
	switch t.Lower {
	case "hai", "ba", "bốn", "năm", "nhiều", "mấy":
		return true
	}
	return t.Kind == scan.Number
}

// roleAntecedent returns the person mention that "bị cáo" at token k
// stands for: the last one before it, within 400 tokens, that "bị cáo"
// opens; or -1.
func (r *awardReader) roleAntecedent(k int) int {
	for p := r.firstPersonFrom(k) - 1; p >= 0; p-- {
		ps := r.persons[p]
		if ps.end > k {
			continue
		}
		if k-ps.end > 400 {
			break
		}
		if ps.start >= 2 && r.toks[ps.start-2].Lower == "bị" && r.toks[ps.start-1].Lower == "cáo" {
			return p
		}
	}
	return -1
}

// pronounBefore returns the number of tokens of the pronoun that ends
// right before token k, in the clause from cs, or 0.
func (r *awardReader) pronounBefore(cs, k int) int {
	if k <= cs || r.personCovering(k-1) >= 0 || r.inName(k-1) {
		return 0
	}
	if isPronoun(r.toks[k-1].Lower) {
		return 1
	}
	// "cụ Nguyễn Văn Tư, 95 tuổi. Năm nay, cụ được trao Huy hiệu": an
	// elder named so before, but not "các cụ", "cụ của anh".
	if r.toks[k-1].Lower == "cụ" && (k-1 == cs || !notElder[r.toks[k-2].Lower]) {
		return 1
	}
	// "Đồng chí được Đảng, Nhà nước tặng thưởng ...", "ông ấy": two
	// words, but not "các đồng chí", a group.
	if k-1 > cs && !r.inName(k-2) && pronounPair(r.toks[k-2].Lower, r.toks[k-1].Lower) &&
		(k-2 == cs || r.toks[k-3].Lower != "các") {
		return 2
	}
	return 0
}

// notElder are the words before "cụ" that make it no one named before: a
// group, or someone's forebear.
var notElder = map[string]bool{"các": true, "những": true, "hai": true, "ba": true, "của": true, "con": true,
	"cháu": true, "người": true, "và": true}

// pronounPair reports whether words a b are a pronoun of two words:
// "đồng chí", "ông ấy".
func pronounPair(a, b string) bool {
	switch b {
	case "chí":
		return a == "đồng"
	case "thân":
		// "bị cáo A trình bày bản thân từng được tặng ...": oneself.
		return a == "bản"
	case "ấy":
		return isPronoun(a)
	}
	return false
}

// isPronoun reports whether w is a third-person pronoun that stands for a
// person named before: "ông", "bà", "anh", "chị", "cô" (and, as pairs,
// "đồng chí", "ông ấy": pronounPair).
func isPronoun(w string) bool {
	switch w {
	case "ông", "bà", "anh", "chị", "cô":
		return true
	}
	return false
}

// isHonorific reports whether token k is a one-word form of address or
// the end of a rank ("anh", "đồng chí", "Thượng tướng").
func isHonorific(r *awardReader, k int) bool {
	for s := max(0, k-2); s <= k; s++ {
		if n, _ := r.g.Honorifics.Match(r.toks, s); n > 0 && s+n == k+1 {
			return true
		}
	}
	return false
}

// nameEndingAt returns the person or organization whose tokens end right
// before token k, and its first token. With guess set, capitalized words
// that no extractor took for a person count as a name.
func (r *awardReader) nameEndingAt(cs, k int, guess bool) (pipeline.Recipient, int, bool) {
	if r.inAward(k - 1) {
		return pipeline.Recipient{}, 0, false // "danh hiệu Nhà giáo Nhân dân" names no one
	}
	if i := r.personEndingAt(cs, k); i >= 0 {
		return r.persons[i].rec, r.persons[i].start, true
	}
	for s := max(cs, k-maxOrgWords); s < k; s++ {
		if end, ok := r.orgAt(s, k, true); ok && end == k {
			return r.orgRecipient(s, end), s, true
		}
	}
	// No person detected: capitalized words not opening the sentence
	// ("Pun đã được ..."), right before the verb.
	if !guess {
		return pipeline.Recipient{}, 0, false
	}
	s := k
	for s > cs && s > k-4 && r.toks[s-1].Cap() && !r.toks[s-1].Is(scan.AllUpper) {
		s--
	}
	if n, _ := r.g.Events.Match(r.toks, s); n > 0 {
		return pipeline.Recipient{}, 0, false // "Công an tỉnh tổ chức Lễ đón nhận"
	}
	// "Olympic Vật lý châu Á (APhO) cũng được tặng": a place after its
	// kind word names no one.
	if s > cs && (placeWord(r.toks[s-1].Lower) || r.toks[s-1].Lower == "châu") {
		return pipeline.Recipient{}, 0, false
	}
	// "Trưởng buôn người Ê Đê được tặng", "đồng bào Mông": a people, or
	// where someone is from ("người Hà Nội"), is no one's name.
	if s > cs {
		switch r.toks[s-1].Lower {
		case "người", "tộc", "bào", "tiếng":
			return pipeline.Recipient{}, 0, false
		}
	}
	if s < k && (!r.toks[s].Is(scan.SentStart) || s+1 < k || r.knownGiven(s)) && !r.isRole(s) && r.personCovering(s) < 0 {
		if _, ok := r.orgAt(s, k, false); !ok {
			return r.personByName(r.text(s, k), ""), s, true
		}
	}
	return pipeline.Recipient{}, 0, false
}

// followingList reads a list of recipients in the sentence after the one
// ending before token se, when that sentence introduces one ("Theo đó, 2
// sinh viên được khen thưởng gồm: A và B") and names no award itself. A
// list that opens a bulleted one ("Các cá nhân gồm:" and lines "- A") is
// read through the bullets, and a list sentence right after one is read
// too: "Các tập thể được khen thưởng gồm: ... Các cá nhân gồm: ...".
func (r *awardReader) followingList(se int) []pipeline.Recipient {
	var out []pipeline.Recipient
	for range 4 {
		rs, next, ok := r.followingOne(se)
		if !ok {
			break
		}
		out = append(out, rs...)
		se = next
	}
	return out
}

// followingOne reads the list of the sentence at token se, as
// followingList does, and returns the token after it; ok is false when
// the sentence introduces no list.
func (r *awardReader) followingOne(se int) (rs []pipeline.Recipient, next int, ok bool) {
	if se >= len(r.toks) {
		return nil, 0, false
	}
	ns, ne := r.sentenceOf(se)
	if ns != se {
		return nil, 0, false
	}
	// Only "gồm", a colon or an opening "Trong đó có" introduces a list:
	// most sentences have none, and need no verb read.
	if !r.listCue(ns, min(ne, ns+25)) {
		return nil, 0, false
	}
	cue := false
	for k := ns; k < ne && k < ns+25; k++ {
		l := r.toks[k].Lower
		// Once cue is set, no verb changes it: verbAt is not asked again.
		if !cue && (l == "khen" || r.verbOK(k, ne)) {
			cue = true
		}
		// "Trong đó có nhà văn A, nhạc sĩ B": the awarded among a group.
		if k == ns && k+2 < ne && l == "trong" && r.toks[k+1].Lower == "đó" && r.toks[k+2].Lower == "có" {
			if r.awardIn(ns, ne) {
				return nil, 0, false
			}
			rs, _ := r.list(k+3, ne)
			return rs, ne, true
		}
		if l == "gồm" || (l == ":" && k+1 < ne && cue) || l == ":" && k+1 == ne && cue && r.toks[ne-1].Lower == ":" {
			if r.awardIn(ns, ne) {
				return nil, 0, false
			}
			start := k + 1
			if start < ne && r.toks[start].Lower == ":" {
				start++
			}
			rs, _ := r.list(start, ne)
			if len(rs) == 0 && r.toks[ne-1].Lower == ":" {
				rs, ne = r.bullets(ne)
			}
			return rs, ne, true
		}
	}
	return nil, 0, false
}

// listCue reports whether tokens [s, e) hold a word that followingOne
// reads as the start of a list: "gồm", a colon, or "trong" at s.
func (r *awardReader) listCue(s, e int) bool {
	if s < e && r.toks[s].Lower == "trong" {
		return true
	}
	for _, t := range r.toks[s:e] {
		if t.Lower == "gồm" || t.Lower == ":" {
			return true
		}
	}
	return false
}

// awardIn reports whether an award mention lies in tokens [s, e).
func (r *awardReader) awardIn(s, e int) bool {
	lo, hi := r.toks[s].Start, r.toks[e-1].End
	// The award spans sorted by start, once: only those starting in
	// [lo, hi] can lie there.
	if !r.awardsDone {
		r.awardsDone = true
		r.awardBytes = appendSpans(r.awardBytes, r.doc, pipeline.KindAward)
		slices.SortFunc(r.awardBytes, func(a, b pipeline.Span) int { return a.Start - b.Start })
	}
	as := r.awardBytes
	for i := sort.Search(len(as), func(i int) bool { return as[i].Start >= lo }); i < len(as) && as[i].Start <= hi; i++ {
		if as[i].End <= hi {
			return true
		}
	}
	return false
}

// list reads a list of recipients from token s to the sentence end se:
// "các đồng chí: A, title; B, title", "A và B", "title A và title B; ...",
// "5 tập thể và 10 cá nhân". It stops at the reason or occasion that
// follows ("vì ...", "nhân dịp ..."), at a new verb, and at words that are
// neither a name, a title nor a separator.
func (r *awardReader) list(s, se int) ([]pipeline.Recipient, *pipeline.RecipientCount) {
	var out []pipeline.Recipient
	var count *pipeline.RecipientCount
	afterSemicolon := false // a semicolon has parted two items
	k := s
	k = r.skipIntro(k, se, &count)
	k = r.workMaker(k, se)
	semicolons := r.semicolonsFrom(k, se)
	for k < se {
		// "tỉnh Lạng Sơn: ông A, bà B; tỉnh An Giang: ông C": the
		// recipients listed by province.
		if j := r.placeHeading(k, se); j > k {
			k = j
			continue
		}
		// "và các cá nhân: A; B": a group with no number opens the
		// list of its members only where a colon or "gồm" follows.
		if j := r.unnumberedIntro(k, se); j > k {
			k = j
			semicolons = r.semicolonsFrom(k, se)
			continue
		}
		// "cho Ban tổ chức giải và trọng tài A": a board named by its
		// task alone is no named recipient; the list goes on after it.
		if j := r.unnamedBoard(k, se); j > k {
			if j < se && (r.toks[j].Lower == "và" || r.toks[j].Lower == ",") {
				k = j + 1
				continue
			}
			break
		}
		// Counts without names: "5 tập thể và 10 cá nhân".
		if n, c, w := readCount(r.toks, k, se); w > 0 {
			addCount(&count, n, c)
			k += w
			// "cho hai học viên trên": the people just named.
			if k < se && (r.toks[k].Lower == "trên" || r.toks[k].Lower == "này") && !c {
				if named := r.lastNamed(s, n); len(named) > 0 {
					out = append(out, named...)
					k++
					continue
				}
			}
			// "và 12 cá nhân, trong đó có A; B": those named among
			// the group.
			if a := r.amongAt(k, se); a >= 0 {
				k = a
				semicolons = r.semicolonsFrom(k, se)
				continue
			}
			if k < se && (r.toks[k].Lower == "và" || r.toks[k].Lower == ",") {
				if next, ok := r.introEnd(k, se); ok {
					k = next // "và 2 cá nhân, gồm: ..."
					semicolons = r.semicolonsFrom(k, se)
					continue
				}
				k++
				continue
			}
			if next, ok := r.introEnd(k, se); ok {
				k = next // "2 cá nhân gồm: ..."
				semicolons = r.semicolonsFrom(k, se)
				continue
			}
			break
		}
		// "cho trưởng đoàn, PGS.TS A, ... và phó trưởng đoàn, TS B": the
		// role the person came in, before a comma, names no one.
		if j := r.roleComma(k, se); j > k {
			k = j
		}
		rc, prefix, end, ok := r.item(k, se)
		if !ok {
			break
		}
		// After the first item, a name followed by a verb starts a new
		// clause ("cho PVC, Ban thi đua đã rà soát ..."), not an item.
		if len(out) > 0 && !r.itemEnds(r.skipParen(end, se), se) {
			break
		}
		var titles []string
		if prefix != "" {
			titles = append(titles, prefix)
		}
		k = end
		// "Phòng Cảnh sát kinh tế (PC03) Công an tỉnh A": the acronym in
		// parentheses stands inside one name.
		if rc.Organization != "" && k+3 < se && r.toks[k].Lower == "(" && r.toks[k+1].Is(scan.AllUpper) && r.toks[k+2].Lower == ")" {
			if oe, ok := r.orgAt(k+3, se, false); ok {
				rc.Organization += " " + r.text(k+3, oe)
				k = oe
			}
		}
		// "ông Đỗ Văn Hải (Trưởng Công an xã)": a title in parentheses.
		if k+1 < se && r.toks[k].Lower == "(" && r.isRole(k+1) {
			if pe := r.skipParen(k, se); pe > k+2 {
				titles = append(titles, r.text(k+1, pe-1))
			}
		}
		k = r.skipParen(k, se)
		// "Đội A thuộc Phòng B": the unit the recipient belongs to.
		if rc.Organization != "" && k < se && r.toks[k].Lower == "thuộc" {
			if oe, ok := r.orgAt(k+1, se, false); ok {
				k = oe
			}
		}
		// Titles after the name: ", Ủy viên Bộ Chính trị, Bí thư Thành ủy".
		for k < se && r.toks[k].Lower == "," {
			segEnd := k + 1
			for segEnd < se && r.toks[segEnd].Lower != "," && r.toks[segEnd].Lower != ";" && r.toks[segEnd].Lower != "." &&
				!(r.toks[segEnd].Lower == "và" && r.personNext(segEnd+1, se)) {
				segEnd++
			}
			// "GS Đặng Thị Kim Chi, Phó Viện trưởng Viện A, Trường Đại
			// học B": an organization after a title is the title's.
			if len(titles) > 0 && (rc.Person != "" || rc.Name != "") && !r.nameIn(k+1, segEnd) {
				if oe, ok := r.orgAt(k+1, segEnd, false); ok && oe == segEnd {
					titles[len(titles)-1] += ", " + r.text(k+1, segEnd)
					k = segEnd
					continue
				}
			}
			// "em Đinh Gia Bảo, Trường THPT chuyên Bắc Ninh.", "A, Trường
			// X; B, Trường Y": the school or unit a person comes from,
			// where the item ends, is no recipient of its own.
			if rc.Person != "" && len(titles) == 0 && segEnd > k+1 && !r.nameIn(k+1, segEnd) {
				if oe, ok := r.orgAt(k+1, segEnd, false); ok && oe == segEnd {
					// "TS A, Trường Đại học B, ĐHQG TP.HCM (phó trưởng
					// đoàn).": what the school belongs to may follow.
					c := segEnd
					for c < se && c < segEnd+15 && !r.itemClosed(c, se) && r.personAt(c) < 0 {
						c++
					}
					if r.itemClosed(c, se) && !r.nameIn(segEnd, c) {
						k = c
						break
					}
				}
			}
			// "Tiểu đoàn 4, Trung đoàn 88; Đại đội 2, ...": in a list
			// parted by semicolons, the unit a unit belongs to.
			// Only where semicolons part the organizations: "Phòng A, Đội B
			// và 2 cá nhân gồm: X; Y" lists two.
			if rc.Organization != "" && semicolons {
				oe, ok := r.orgAt(k+1, segEnd, false)
				parted := ok && (oe == segEnd && segEnd < se && r.toks[segEnd].Lower == ";" ||
					afterSemicolon && (oe == segEnd || r.toks[oe].Lower == "và"))
				if parted && !r.nameIn(k+1, oe) {
					rc.Organization += ", " + r.text(k+1, oe)
					k = oe
					continue
				}
			}
			if r.nameIn(k+1, segEnd) || !(semicolons || r.isRole(k+1)) || semicolons && r.guessedName(k+1, segEnd) {
				// "bà A, người có uy tín ở buôn B, xã C và ông D": what
				// the person is, then the next person.
				if rc.Person != "" && !semicolons {
					if a := r.describedUntil(k, se); a > k {
						k = a
					}
				}
				break
			}
			if stop := r.stopIn(k+1, segEnd); stop >= 0 {
				if stop > k+1 {
					titles = append(titles, r.text(k+1, stop))
				}
				k = stop
				break
			}
			if segEnd > k+1 {
				titles = append(titles, r.text(k+1, segEnd))
			}
			k = segEnd
		}
		if rc.Person != "" || rc.Name != "" {
			rc.Titles = titles
		}
		out = append(out, rc)
		if k >= se {
			break
		}
		switch r.toks[k].Lower {
		case ";", ",", "và":
			afterSemicolon = afterSemicolon || r.toks[k].Lower == ";"
			k++
			if k < se && r.toks[k].Lower == "và" {
				k++
			}
			continue
		case "cùng":
			// "cho Đội A cùng 3 cá nhân: B, C và D".
			k++
			if k < se && r.toks[k].Lower == "với" {
				k++
			}
			continue
		}
		break
	}
	return out, count
}

// roleComma returns the token after the comma that ends a role or trade
// written in lower case at token k, when a person follows it ("trưởng
// đoàn, PGS.TS A", "huấn luyện viên, ông B"); or k.
func (r *awardReader) roleComma(k, se int) int {
	if k >= se || r.toks[k].Kind != scan.Word || r.toks[k].Cap() {
		return k
	}
	if _, n := countWord(r.toks, k); n > 0 {
		return k
	}
	for j := k; j < se && j <= k+3; j++ {
		t := r.toks[j]
		if t.Lower == "," {
			if j > k && r.personNext(j+1, se) {
				return j + 1
			}
			return k
		}
		if t.Kind != scan.Word || t.Cap() || t.Lower == "và" || r.personAt(j) >= 0 {
			return k
		}
		if _, _, _, ok := r.verbAt(j, se); ok {
			return k
		}
	}
	return k
}

// describedUntil returns the "và" that ends the description of a listed
// person from the comma at token k ("bà A, người có uy tín ở buôn B, xã
// C và ông D"), before the next person, or -1: the description opens with
// a lower-case word and holds no name, verb, award or clause end.
func (r *awardReader) describedUntil(k, se int) int {
	if k+1 >= se || r.toks[k+1].Kind != scan.Word || r.toks[k+1].Cap() {
		return -1
	}
	for j := k + 1; j < se && j < k+30; j++ {
		switch r.toks[j].Lower {
		case ";", ".", ":", "(", "\"":
			return -1
		case "và":
			if r.personNext(j+1, se) {
				return j
			}
		}
		if r.personAt(j) >= 0 || r.awardAt(j) {
			return -1
		}
		if _, _, _, ok := r.verbAt(j, se); ok {
			return -1
		}
	}
	return -1
}

// lastNamed returns the n people named last before the sentence of token
// s, in text order, when n different ones stand within its paragraph or
// the one before ("Thủ khoa là A. Á khoa là B. ... cho hai học viên
// trên"); else nil.
func (r *awardReader) lastNamed(s, n int) []pipeline.Recipient {
	if n < 1 || n > 6 {
		return nil
	}
	ss, _ := r.sentenceOf(s)
	var out []pipeline.Recipient
	seen := map[string]bool{}
	from := r.paragraphStart(ss, 1)
	for k := r.firstPersonFrom(ss) - 1; k >= 0 && len(out) < n; k-- {
		p := r.persons[k]
		if r.toks[p.start].Start < from {
			break
		}
		if key := p.rec.Person + "|" + p.rec.Name; !seen[key] {
			seen[key] = true
			out = append(out, p.rec)
		}
	}
	if len(out) < n {
		return nil
	}
	slices.Reverse(out)
	return out
}

// paragraphStart returns the byte offset where the paragraph holding
// token k starts, or the one back paragraphs before it.
func (r *awardReader) paragraphStart(k, back int) int {
	ps, at := r.doc.Paragraphs, r.toks[k].Start
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End > at })
	if i == len(ps) || ps[i].Start > at {
		return at
	}
	return ps[max(0, i-back)].Start
}

// semicolonsFrom reports whether semicolons part the items of a list
// from token k: a semicolon stands before the end se and before any
// count or introduction of a list of its own ("Sư đoàn A, Lữ đoàn B và
// 12 cá nhân; Thượng tá C phát biểu" parts its units by commas).
func (r *awardReader) semicolonsFrom(k, se int) bool {
	for ; k < se; k++ {
		switch r.toks[k].Lower {
		case ";":
			return true
		case "gồm":
			return false
		case "trong":
			if r.amongAt(k, se) >= 0 {
				return false
			}
		}
		if _, _, w := readCount(r.toks, k, se); w > 0 {
			return false
		}
	}
	return false
}

// itemClosed reports whether the list item ends at token k: at the end
// of the sentence, at a semicolon or at "và" before a person.
func (r *awardReader) itemClosed(k, se int) bool {
	if k >= se {
		return true
	}
	switch r.toks[k].Lower {
	case ";", ".":
		return true
	case "và":
		return r.personNext(k+1, se)
	}
	return false
}

// skipIntro returns the first token after the introduction of a list
// at token k: "các đồng chí:", "hai công dân Nhật Bản gồm", "các đảng
// viên, gồm các ông, bà:". Counts in the introduction ("2 cá nhân gồm:")
// are added to count. A name before the colon is no introduction ("cho
// Thắng - Ảnh: ..."), nor is a count the list goes on from ("5 tập thể và
// 10 cá nhân").
func (r *awardReader) skipIntro(k, se int, count **pipeline.RecipientCount) int {
	if k >= se || r.toks[k].Cap() || r.personCovering(k) >= 0 {
		return k
	}
	// "cho 3 tập thể đã hoàn thành xuất sắc, toàn diện nhiệm vụ công tác
	// năm 2024, gồm: A, B": past 16 tokens only lower-case words, numbers
	// and commas may lead to ", gồm".
	for j := k; j < se && j < k+40; j++ {
		l := r.toks[j].Lower
		if l == ";" || r.personAt(j) >= 0 {
			return k
		}
		if j >= k+16 && (r.inName(j) || r.toks[j].Kind == scan.Punct && l != "," && l != ":") {
			return k
		}
		if l != ":" && l != "gồm" {
			continue
		}
		if j >= k+16 && (l != "gồm" || r.toks[j-1].Lower != ",") {
			return k
		}
		next, _ := r.introEnd(j, se)
		for c := k; c < j; c++ {
			if n, coll, w := readCount(r.toks, c, j); w > 0 {
				addCount(count, n, coll)
				c += w - 1
			}
		}
		return next
	}
	return k
}

// introEnd reads the words that open a list at token k: ":", "gồm",
// ", gồm", "gồm các ông, bà:", and returns the token after them.
func (r *awardReader) introEnd(k, se int) (int, bool) {
	if k < se && r.toks[k].Lower == "," {
		k++
	}
	if k >= se {
		return k, false
	}
	switch r.toks[k].Lower {
	case ":":
		return k + 1, true
	case "còn", "cũng":
		// "Cùng được tặng Bằng khen đợt này còn có bà A và ông B".
		if k+2 < se && r.toks[k+1].Lower == "có" && r.nameFollows(k+2, se) && r.toks[k+2].Lower != ":" {
			return k + 2, true
		}
		return k, false
	case "gồm", "là":
		// "2 cá nhân là anh A và anh B": "là" opens a list of names.
		if r.toks[k].Lower == "là" && !r.nameFollows(k+1, se) {
			return k, false
		}
	default:
		return k, false
	}
	// "gồm các ông, bà:": lower-case words up to a colon belong to it.
	for j := k + 1; j < se && j <= k+6; j++ {
		t := r.toks[j]
		if t.Lower == ":" {
			return j + 1, true
		}
		if t.Cap() || t.Kind == scan.Number || r.personAt(j) >= 0 || t.Lower == ";" {
			break
		}
	}
	return k + 1, true
}

// personNext reports whether a person mention starts at token k, maybe
// after forms of address: "và cô giáo Lò Thị Puôn".
func (r *awardReader) personNext(k, se int) bool {
	for k < se {
		// A mention may hold its rank: "Thượng tá Nguyễn Thị Lan".
		if r.personAt(k) >= 0 {
			return true
		}
		j := r.honorificAt(k, se)
		if j == k {
			break
		}
		k = j
	}
	// "cô giáo", "nghệ sĩ chèo": lower-case words of trade.
	for j := k; j < se && j <= k+2; j++ {
		if r.personAt(j) >= 0 {
			return true
		}
		if t := r.toks[j]; t.Kind != scan.Word || t.Cap() {
			break
		}
	}
	return false
}

// nameFollows reports whether a colon, a form of address or a name
// stands at token k.
func (r *awardReader) nameFollows(k, se int) bool {
	if k >= se {
		return false
	}
	if r.toks[k].Lower == ":" || r.toks[k].Cap() || r.personAt(k) >= 0 {
		return true
	}
	return r.honorificAt(k, se) > k
}

// honorificAt returns the token after the form of address, rank or degree
// at token k, or k when none stands there. It takes in "cố" (the late)
// before one or before a name ("cố vấn" is a position), the dots of
// "PGS.TS." and "GS.VS", and a comma before a rank: "liệt sĩ, Đại úy".
func (r *awardReader) honorificAt(k, se int) int {
	j := k
	if r.toks[k].Lower == "cố" && !r.inName(k) && k+1 < se {
		j = k + 1
	}
	n, _ := r.g.Honorifics.Match(r.toks, j)
	if n == 0 {
		if j > k && r.toks[j].Cap() {
			return j
		}
		return k
	}
	e := j + n
	if e+1 < se && r.toks[e].Lower == "." && !r.toks[e].Is(scan.SpaceBefore) {
		switch next := r.toks[e+1]; {
		case !next.Is(scan.SpaceBefore) && degreeAbbrev(next.Text(r.doc.Text)):
			// "GS.VS", "BS.CKII": a degree the lexicon may not hold.
			if m, _ := r.g.Honorifics.Match(r.toks, e+1); m == 0 {
				e += 2
			} else {
				e++
			}
		case next.Cap():
			// "TS. Ngô Quang Hiếu", "TS.BS Lê A".
			e++
		}
	}
	if e+1 < se && r.toks[e].Lower == "," && r.inName(e+1) {
		if m, _ := r.g.Honorifics.Match(r.toks, e+1); m > 0 {
			e++
		}
	}
	return e
}

// degreeAbbrev reports whether w reads as an abbreviated degree: two to
// five capitals, "VS", "CKII".
func degreeAbbrev(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// honorificBefore returns the first token of the form of address, rank or
// degree that ends right before token k ("GS.TS", "PGS.TS.", "cố GS"), or
// k when none does.
func (r *awardReader) honorificBefore(cs, k int) int {
	e := k
	if e-1 > cs && r.toks[e-1].Lower == "." && !r.toks[e-1].Is(scan.SpaceBefore) {
		e--
	}
	if e-2 > cs && r.toks[e-2].Lower == "." && !r.toks[e-1].Is(scan.SpaceBefore) && !r.toks[e-2].Is(scan.SpaceBefore) &&
		degreeAbbrev(r.toks[e-1].Text(r.doc.Text)) {
		if s := r.honorificEnding(cs, e-2); s < e-2 {
			e -= 2
		}
	}
	s := r.honorificEnding(cs, e)
	if s == e {
		return k
	}
	if s-1 >= cs && r.toks[s-1].Lower == "cố" && !r.inName(s-1) {
		s--
	}
	return s
}

// honorificEnding returns the first token of the phrase of Honorifics that
// ends right before token e, or e.
func (r *awardReader) honorificEnding(cs, e int) int {
	for s := max(cs, e-3); s < e; s++ {
		if n, _ := r.g.Honorifics.Match(r.toks, s); n > 0 && s+n == e {
			return s
		}
	}
	return e
}

// readCount reads a counted group at token k ("5 tập thể", "10 cá nhân")
// and returns its number, whether it counts collectives, and its length
// in tokens (0 when none stands there).
func readCount(toks []scan.Token, k, se int) (n int, collective bool, w int) {
	if k+1 >= se {
		return 0, false, 0
	}
	// "cùng hai cá nhân": small numbers are often spelled out.
	n, ok := numberWord(toks[k].Lower)
	if !ok {
		if toks[k].Kind != scan.Number {
			return 0, false, 0
		}
		var err error
		if n, err = strconv.Atoi(toks[k].Lower); err != nil {
			return 0, false, 0
		}
	}
	c, cw := countWord(toks, k+1)
	if cw == 0 || k+1+cw > se {
		return 0, false, 0
	}
	return n, c, 1 + cw
}

// unnumberedIntro returns the token after "các cá nhân:", "những tập thể
// gồm" at token k, or k: a group counted by no number, then the words
// that open a list.
func (r *awardReader) unnumberedIntro(k, se int) int {
	if k+2 >= se || r.toks[k].Lower != "các" && r.toks[k].Lower != "những" {
		return k
	}
	_, cw := countWord(r.toks, k+1)
	if cw == 0 || k+1+cw >= se {
		return k
	}
	if next, ok := r.introEnd(k+1+cw, se); ok {
		return next
	}
	return k
}

// unnamedBoard returns the end of a board named by its task in lower
// case at token k ("Ban tổ chức giải", "ban giám khảo"), or k: "ban" and
// up to five lower-case words to the end of the item.
func (r *awardReader) unnamedBoard(k, se int) int {
	if k+1 >= se || r.toks[k].Lower != "ban" {
		return k
	}
	j := k + 1
	for j < se && j <= k+5 && r.toks[j].Kind == scan.Word && !r.toks[j].Cap() && r.toks[j].Lower != "và" {
		j++
	}
	if j == k+1 || !r.itemEnds(j, se) {
		return k
	}
	return j
}

// numberWord returns the number that the word w, in lower case, spells:
// một to mười.
func numberWord(w string) (int, bool) {
	switch w {
	case "một":
		return 1, true
	case "hai":
		return 2, true
	case "ba":
		return 3, true
	case "bốn":
		return 4, true
	case "năm":
		return 5, true
	case "sáu":
		return 6, true
	case "bảy":
		return 7, true
	case "tám":
		return 8, true
	case "chín":
		return 9, true
	case "mười":
		return 10, true
	}
	return 0, false
}

func addCount(count **pipeline.RecipientCount, n int, collective bool) {
	if *count == nil {
		*count = &pipeline.RecipientCount{}
	}
	if collective {
		(*count).Collectives += n
	} else {
		(*count).Individuals += n
	}
}

// itemEnds reports whether a list item may end before token k: a
// separator, a title segment, the reason after the list or the end.
func (r *awardReader) itemEnds(k, se int) bool {
	if k >= se {
		return true
	}
	switch r.toks[k].Lower {
	case ",", ";", "và", ".", ")", "-", ":", "…":
		return true
	}
	// The reason or occasion after a list ends it; "đã", "có" after a
	// name make it the subject of a new clause.
	switch r.toks[k].Lower {
	case "vì", "nhân", "nhằm", "để", "về", "ở", "tại":
		return true
	case "cùng":
		// "Công an huyện A và Công an huyện B cùng 2 cá nhân: ...".
		if k+1 < se && r.toks[k+1].Lower == "với" {
			return true
		}
		_, _, w := readCount(r.toks, k+1, se)
		return w > 0
	case "là":
		// "Trung sĩ B là những người trực tiếp cứu nạn": what the
		// people listed did.
		return k+1 < se && (r.toks[k+1].Lower == "những" || r.toks[k+1].Lower == "người" || r.toks[k+1].Lower == "các")
	case "của":
		// "Khoa A và Trung tâm B của bệnh viện": whose the list is.
		return k+1 < se && r.toks[k+1].Kind == scan.Word && !r.toks[k+1].Cap()
	}
	return false
}

// countWord reports whether toks[i] starts a counted group: collective
// (tập thể, đơn vị) or individual (cá nhân, đồng chí), and its length.
func countWord(toks []scan.Token, i int) (collective bool, n int) {
	if i+1 < len(toks) {
		switch toks[i].Lower + " " + toks[i+1].Lower {
		case "tập thể", "đơn vị", "tổ chức", "doanh nghiệp":
			return true, 2
		case "cá nhân", "đồng chí", "cán bộ", "chiến sĩ", "học sinh", "sinh viên", "tác giả", "nghệ sĩ", "đảng viên", "công dân",
			"nhà giáo", "giáo viên", "bác sĩ", "thầy thuốc", "vận động viên", "nghệ nhân", "doanh nhân", "học viên":
			return false, 2
		}
	}
	if i < len(toks) && toks[i].Lower == "người" {
		return false, 1
	}
	return false, 0
}

// placeHeading returns the token after a place that heads part of a
// list at token k ("tỉnh Lạng Sơn:", "TP Hà Nội:", "Đắk Lắk:"), or k: a
// place, maybe after its unit word, then a colon.
func (r *awardReader) placeHeading(k, se int) int {
	j := k
	switch {
	case j+1 < se && r.toks[j].Lower == "thành" && r.toks[j+1].Lower == "phố":
		j += 2
	case j < se && classifierWord(r.toks[j].Lower):
		j++
	}
	if j >= se || !r.toks[j].Cap() {
		return k
	}
	n, _ := lex.Places.Match(r.doc.Text, r.toks, j)
	if n == 0 || j+n >= se || r.toks[j+n].Lower != ":" {
		return k
	}
	return j + n + 1
}

// classifierWord reports whether w, in lower case, names a province or
// city as a unit ("thành phố" has two words).
func classifierWord(w string) bool {
	switch w {
	case "tỉnh", "tp", "tp.":
		return true
	}
	return false
}

// listStop reports whether a word that ends a list ("vì", "nhân dịp")
// starts at token k; capitalized inside a sentence it belongs to a name
// ("Công an huyện Ba Vì").
func (r *awardReader) listStop(k int) bool {
	if r.inName(k) {
		return false
	}
	n, _ := r.g.ListStops.Match(r.toks, k)
	return n > 0
}

// isRole reports whether a position starts at token k.
func (r *awardReader) isRole(k int) bool {
	if n, _ := r.g.Roles.Match(r.toks, k); n > 0 {
		return true
	}
	// "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh", "Phó Tổng Lãnh sự": any
	// role the title extractor knows, written as an office.
	if k >= len(r.toks) || !r.toks[k].Cap() {
		return false
	}
	if w := r.toks[k].Lower; (w == "phó" || w == "quyền") && k+1 < len(r.toks) {
		k++
	}
	n, _ := lex.Roles.Match(r.doc.Text, r.toks, k)
	return n > 0
}

// stopIn returns the first list stop in tokens [s, e), or -1.
func (r *awardReader) stopIn(s, e int) int {
	for k := s; k < e; k++ {
		if r.listStop(k) && k > s {
			return k
		}
		if n := r.conferAt(k); n > 0 {
			return k
		}
	}
	return -1
}

// guessedName reports whether the title-then-name segment [s, e) ends
// with a name no extractor took for a person: a foreign name or one that
// starts with a Vietnamese family name ("Thư ký ... Marat Shaikhutdinov").
func (r *awardReader) guessedName(s, e int) bool {
	if !r.isRole(s) {
		return false
	}
	_, ns, ne := r.capName(s, e)
	if ne != e || ne-ns < 2 {
		return false
	}
	// "Hiệu trưởng Trường THPT Chu Văn An": a school, not a person.
	if p := r.toks[ns-1]; p.Is(scan.AllUpper) || lex.NonPerson.EndsAt(r.doc.Text, r.toks, ns) > 0 {
		return false
	}
	// "Bí thư Huyện ủy Thạch Hà", "Chủ tịch UBND huyện Thạch Hà": the
	// party committee's or the level's place.
	if p := r.toks[ns-1].Lower; p == "ủy" || p == "uỷ" || placeWord(p) || levelWord(p) {
		return false
	}
	if n, _ := lex.Surnames.Match(r.doc.Text, r.toks, ns); n > 0 {
		return true
	}
	return lex.Foreign(r.toks[ns].Lower)
}

// nameIn reports whether a person mention starts in tokens [s, e).
func (r *awardReader) nameIn(s, e int) bool {
	k := r.firstPersonFrom(s)
	return k < len(r.persons) && r.persons[k].start < e
}

func (r *awardReader) skipParen(k, se int) int {
	if k < se && r.toks[k].Lower == "(" {
		for j := k + 1; j < se; j++ {
			if r.toks[j].Lower == ")" {
				return j + 1
			}
		}
	}
	return k
}

// item reads one list item at token k: an optional title, rank or form of
// address, then a person of doc.People, an organization or, failing both,
// a capitalized name. prefix is the title written before the name.
func (r *awardReader) item(k, se int) (rc pipeline.Recipient, prefix string, end int, ok bool) {
	for start := k; k < se; {
		j := r.honorificAt(k, se)
		if j == k && k > start {
			// "nhạc sĩ người Pháp Jean-Marc Dubois": the nationality
			// after the trade.
			j = r.nationalityEnd(k, se)
		}
		if j == k {
			break
		}
		k = j
	}
	if k >= se || r.toks[k].Lower == "ảnh" && k+1 < se && r.toks[k+1].Lower == ":" || r.awardAt(k) {
		return rc, "", 0, false
	}
	if r.listStop(k) {
		return rc, "", 0, false
	}
	if n := r.conferAt(k); n > 0 {
		return rc, "", 0, false
	}
	// "cho đoàn Hà Nội", "cho đoàn thể thao Việt Nam": a sports
	// delegation named by its place.
	if t := r.toks[k]; t.Lower == "đoàn" && !t.Cap() && k+1 < se {
		m := k + 1
		if m+2 < se && r.toks[m].Lower == "thể" && r.toks[m+1].Lower == "thao" {
			m += 2
		}
		if n, _ := lex.Places.Match(r.doc.Text, r.toks, m); n > 0 && m+n <= se {
			return pipeline.Recipient{Organization: r.text(k, m+n)}, "", m + n, true
		}
	}
	// "cho bản Huổi Lóng", "thôn Đông Xá": a village by its name.
	if j := r.villageEnd(k, se); j > k {
		return pipeline.Recipient{Organization: r.text(k, j)}, "", j, true
	}
	// "cho đội tuyển bóng đá nam quốc gia": a national team, often in
	// lower case, up to the end of the item.
	if r.toks[k].Lower == "đội" && k+2 < se && r.toks[k+1].Lower == "tuyển" {
		j := k + 2
		for j < se && j < k+10 && r.toks[j].Kind == scan.Word && !r.itemEnds(j, se) && !r.listStop(j) &&
			!r.adverbAt(j) && r.personAt(j) < 0 {
			if n := r.conferAt(j); n > 0 {
				break
			}
			j++
		}
		if j > k+2 {
			return pipeline.Recipient{Organization: r.text(k, j)}, "", j, true
		}
	}
	// Organizations stand at the start of the item.
	if p := r.personCovering(k); p < 0 {
		if oe, ok := r.orgAt(k, se, true); ok {
			return r.orgRecipient(k, oe), "", oe, true
		}
		if oe, ok := r.lowerOrgAt(k, se); ok {
			return r.orgRecipient(k, oe), "", oe, true
		}
	}
	// "nghệ sĩ chèo Thu Huyền": a word or two of trade after the form of
	// address.
	for j := k; j < se && j < k+2 && r.toks[j].Kind == scan.Word && !r.toks[j].Cap() && !r.isRole(j); j++ {
		if p := r.personAt(j + 1); p >= 0 {
			return r.persons[p].rec, "", r.persons[p].end, true
		}
	}
	// "nguyên Tổng Bí thư, nguyên Chủ tịch nước Lào B": former offices.
	if former(r.toks[k].Lower) && k+1 < se && r.isRole(k+1) {
		k++
	}
	// A person, maybe after a title: "Thủ tướng Nhật Bản Shinzo Abe".
	for j := k; j < se && j < k+20; j++ {
		t := r.toks[j]
		if p := r.personCovering(j); p >= 0 {
			ps := r.persons[p]
			if j > k {
				prefix = r.title(k, j)
			}
			return ps.rec, prefix, ps.end, true
		}
		// A chain of offices before the name: "Tổng Bí thư, Chủ tịch
		// nước Lào B".
		if t.Lower == "," && j > k && r.isRole(k) && j+2 < se && (r.isRole(j+1) || former(r.toks[j+1].Lower) && r.isRole(j+2)) {
			continue
		}
		if t.Kind == scan.Punct && !isQuote(t.Lower) && t.Lower != "-" {
			break
		}
		if t.Lower == "và" || t.Lower == "cho" || (t.Kind == scan.Word && !t.Cap() && j == k && !r.isRole(k)) {
			break
		}
		if n := r.conferAt(j); n > 0 {
			break
		}
		if r.listStop(j) {
			break
		}
	}
	// No person found: a capitalized name, as written.
	if name, ns, ne := r.capName(k, se); ne > ns {
		if ns > k {
			prefix = r.title(k, ns)
		}
		return r.personByName(name, ""), prefix, ne, true
	}
	return rc, "", 0, false
}

// title returns the position written in tokens [s, e) before a name,
// without forms of address and ranks.
func (r *awardReader) title(s, e int) string {
	for e > s && isHonorific(r, e-1) {
		// drop a rank or address right before the name
		n := 0
		for b := max(s, e-3); b < e; b++ {
			if m, _ := r.g.Honorifics.Match(r.toks, b); m > 0 && b+m == e {
				n = e - b
				break
			}
		}
		if n == 0 {
			break
		}
		e -= n
	}
	if e <= s || !r.isRole(s) {
		return ""
	}
	return r.text(s, e)
}

func isQuote(s string) bool {
	switch s {
	case `"`, "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// capName finds a name as written when no person was detected there: the
// capitalized words right at k (after a form of address), or the name at
// the end of a title-then-name item ("Thị trưởng Ljubljana Zoran
// Jankovic", "cố vấn công ty " DDC " Yoshihiro Sigehisa").
func (r *awardReader) capName(k, se int) (string, int, int) {
	t := r.toks[k]
	if t.Is(scan.AllUpper) && k+1 < se && r.toks[k+1].Is(scan.AllUpper) {
		return "", 0, 0 // "LÊ TRUNG": a photo credit, not a recipient
	}
	if !r.isRole(k) {
		if !t.Cap() {
			return "", 0, 0
		}
		e := r.capRun(k, se)
		if e-k > 4 {
			e = k + 4
		}
		// "Nguyễn Duy Thanh Đại diện gia đình": a common phrase is no name.
		for j := k + 1; j < e; j++ {
			if n, _ := lex.Compounds.Match(r.doc.Text, r.toks, j); n > 1 {
				e = j
				break
			}
		}
		return r.text(k, e), k, e
	}
	// Title first: the name is the last capitalized run of the item.
	last, lastEnd := -1, -1
	for j := k; j < se && j < k+20; j++ {
		t := r.toks[j]
		if t.Kind == scan.Punct && !isQuote(t.Lower) && t.Lower != "-" || t.Lower == "và" {
			break
		}
		if r.listStop(j) && j > k {
			break
		}
		if t.Cap() && (j == k || !r.toks[j-1].Cap()) {
			last, lastEnd = j, r.capRun(j, se)
			j = lastEnd - 1
		}
	}
	if last <= k {
		return "", 0, 0
	}
	// A place may open the run: "Nhật Bản Shinzo Abe".
	for last < lastEnd {
		n, _ := lex.Places.Match(r.doc.Text, r.toks, last)
		if n == 0 {
			break
		}
		last += n
	}
	if placeWord(r.toks[last-1].Lower) {
		return "", 0, 0 // "Trường Đại học Sư phạm TP Hồ Chí Minh"
	}
	// A Vietnamese name starts at its family name.
	for j := last; j+1 < lastEnd; j++ {
		if n, _ := lex.Places.Match(r.doc.Text, r.toks, j); n > 0 || placeWord(r.toks[j-1].Lower) {
			continue // "Hà Nội" starts with a family name too; "TP Hồ Chí Minh" is a place
		}
		if n, _ := lex.Surnames.Match(r.doc.Text, r.toks, j); n > 0 && lastEnd-j <= 4 {
			return r.text(j, lastEnd), j, lastEnd
		}
	}
	// Otherwise keep the last two words, with words joined to them by a
	// dash: "Slovenia Anna Kopacz - Mrak" -> "Anna Kopacz - Mrak".
	start, words := lastEnd, 0
	for start > last && words < 2 {
		start--
		if r.toks[start].Lower == "-" {
			continue
		}
		if start > last && r.toks[start-1].Lower == "-" {
			continue
		}
		words++
	}
	if lastEnd-start < 2 && start == last {
		return "", 0, 0
	}
	return r.text(start, lastEnd), start, lastEnd
}

// capRun returns the end of the run of capitalized words at j, with
// spaced dashes inside foreign names ("Kopacz - Mrak"); at most six tokens.
func (r *awardReader) capRun(j, se int) int {
	e := j
	for e < se && e-j < 6 {
		t := r.toks[e]
		if t.Cap() && !t.Is(scan.NewlineBefore) {
			e++
			continue
		}
		// Only foreign names take a spaced dash: "Thắng - Ảnh: ..." ends.
		if t.Lower == "-" && e+1 < se && r.toks[e+1].Cap() && e > j &&
			lex.Foreign(r.toks[e-1].Lower) && lex.Foreign(r.toks[e+1].Lower) {
			e++
			continue
		}
		break
	}
	return e
}
