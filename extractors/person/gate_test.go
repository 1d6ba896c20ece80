package person

import (
	"reflect"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// gateTexts hold credits, cues, lists and foreign names.
var gateTexts = []string{
	"Lễ trao tặng. (Ảnh: Thống Nhất/TTXVN) Ảnh: Lê Trung",
	"Ảnh: Nguyễn Dương Trả lời báo chí, bà Phạm Thị Thanh Trà cho biết.",
	"Ảnh minh họa: Hà Nội. (Ảnh minh họa) Nguồn: Reuters. Clip: VTV Video ( ảnh: Minh Hà ) (Video) Ảnh",
	"Nguồn Ảnh: Lê Văn A. hình ảnh: Trần B. (nguồn Tuổi Trẻ) Ảnh minh họa Nguyễn C",
	"Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị; đồng chí Hoàng Trung Hải và ca sĩ Mỹ Tâm, Hà Anh Tuấn và Tùng Dương.",
	"Tổng thống Putin, Bashar al-Assad, Ursula von der Leyen, Kassym - Zhomart Tokayev, Giáo hoàng Leo XIV, Donald J. Trump.",
	"PGS.TS. Nguyễn Văn A, \"chị đại\" Mỹ Tâm, tiếng Hà Nhì, nổi tiếng Sơn Tùng, Chủ tịch Thượng viện Hun Sen.",
	extracttest.Article,
}

// The credits found from their colons and brackets are those found by
// asking every token whether it is a credit word.
func TestCreditByMarksEveryCredit(t *testing.T) {
	marked := 0
	defer func() {
		if marked < 4 {
			t.Errorf("only %d texts have credits", marked)
		}
	}()
	for _, text := range gateTexts {
		toks := scan.Tokens(text, nil)
		want := newState(text, toks, 3)
		for i := range toks {
			if creditWord(toks[i].Lower) {
				want.markCredit(i)
			}
		}
		wantMarks := slices.Clone(want.credit)
		want.release()
		got := newState(text, toks, 3)
		for i := 0; i < len(toks); i++ {
			if i, _ = got.nextRun(i, len(toks)); i >= len(toks) {
				break
			}
		}
		gotMarks := slices.Clone(got.credit)
		got.release()
		if slices.Index(wantMarks, true) < 0 {
			wantMarks = nil
		} else {
			marked++
		}
		if slices.Index(gotMarks, true) < 0 {
			gotMarks = nil
		}
		if !slices.Equal(gotMarks, wantMarks) {
			t.Errorf("%.40q: credit marks %v, want %v", text, gotMarks, wantMarks)
		}
	}
}

// leadCue says person or role where cueBefore does, and when it is done
// its cue is cueBefore's.
func TestLeadCueIsCueBefore(t *testing.T) {
	for _, text := range gateTexts {
		toks := scan.Tokens(text, nil)
		s := newState(text, toks, 3)
		for i := range toks {
			whole := s.cueBefore(i)
			lead, done := s.leadCue(i)
			if lead.person != whole.person || lead.role != whole.role {
				t.Fatalf("%.40q at %d: leadCue %+v, cueBefore %+v", text, i, lead, whole)
			}
			if done && !reflect.DeepEqual(lead, whole) {
				t.Fatalf("%.40q at %d: leadCue done with %+v, cueBefore %+v", text, i, lead, whole)
			}
		}
		s.release()
	}
}

func TestMayJoin(t *testing.T) {
	for _, c := range []struct {
		text string
		j    int
		want bool
	}{
		{"Bashar al-Assad", 1, true},        // a capital follows
		{"Ursula von der Leyen", 1, true},   // a word and a capital follow
		{"Ursula von der Leyen", 2, true},   // a capital follows
		{"Nguyễn Văn A nói rằng", 3, false}, // lower case on
		{"ông al-Sisi", 1, true},            // "al-" needs no capital after it
		{"ông anh đi", 1, false},
		{"Ali al-sisi", 1, true},
		{"Kassym - Zhomart", 1, true},
		{"Kassym - zhomart", 1, false},
		{"Hà Nội, Hải Phòng", 2, true}, // a capital after the comma: run decides
		{"Hà Nội đi", 2, false},
	} {
		toks := scan.Tokens(c.text, nil)
		s := newState(c.text, toks, 3)
		if got := s.mayJoin(c.j); got != c.want {
			t.Errorf("mayJoin(%q, %d) = %v, want %v", c.text, c.j, got, c.want)
		}
		s.release()
	}
}

// leadTexts hold every word leadCue looks for right before a run: the
// praise words, the bodies and portfolios of roles, lists and quotes.
var leadTexts = []string{
	"ca sĩ trẻ Mỹ Tâm, ca sĩ nổi tiếng Sơn Tùng, nghệ sĩ nổi danh Hà, nghệ sĩ gạo cội Lan, kỳ cựu Minh, tài năng Vũ, lão thành Hưng, đình đám Tú, VĐV chủ nhà Jariya, kỳ thủ lão luyện Liêm, tiền đạo chủ lực Linh.",
	"Chủ tịch Quốc hội Vương Đình Huệ, Chủ tịch Thượng viện Hun Sen, Thủ tướng Chính phủ Phạm Minh Chính, Viện trưởng Viện Lê Minh Trí.",
	"Bộ trưởng Ngoại giao Sugiono, Bộ trưởng Quốc phòng Lloyd Austin, Bộ trưởng Tài chính Hồ Đức Phớc, Bộ trưởng Thương mại Gina, Bộ trưởng Nội vụ Phạm Thị Thanh Trà.",
	"GS.TS. Nguyễn Văn A và PGS. Lê B, \"chị đại\" Mỹ Tâm, “Quan Âm Thị Kính” và ”Mai” tiếng Hà Nhì. Đại úy QNCN Trần C, Thượng tá Biên phòng D.",
}

// Where the bits of the word before a run say leadCue has nothing to
// find, none of the tests it makes there finds anything.
func TestLeadGate(t *testing.T) {
	for _, text := range append(leadTexts, gateTexts...) {
		toks := scan.Tokens(text, nil)
		s := newState(text, toks, 3)
		for i := 1; i <= len(toks); i++ {
			if s.info(i-1)&leadEnds != 0 || s.endsAt(dRanks, i) != 0 {
				continue
			}
			l := toks[i-1].Lower
			if s.praiseEndsAt(i) != 0 || lex.MayEndBody(toks[i-1]) || lex.PortfolioEndsAt(toks, i) != 0 ||
				s.endsAt(dHonorifics, i) != 0 || s.endsAt(dRoles, i) != 0 ||
				l == "." || l == "," || l == "và" || l == "\"" || l == "”" || l == "“" || l == "tiếng" {
				t.Errorf("%.40q: gate shut before %q at %d", text, l, i)
			}
		}
		s.release()
	}
}

// pairNamesNobody settles two-word places and pairs whose second word opens
// a compound mid-sentence, and nothing that a cue could make a name.
func TestPairNamesNobody(t *testing.T) {
	tests := []struct {
		text string
		at   int // the run's first token
		want bool
	}{
		{"Họ sống ở Việt Nam lâu rồi", 3, true},
		{"Ông làm ở Bộ Công an tỉnh", 3, true},
		{"Họ gặp Nguyễn Hải hôm qua", 2, false},
		{"Việt Nam thắng", 0, false},               // a sentence opens with it
		{"người đồng cấp Nga Putin nói", 3, false}, // a one-word place after "đồng cấp"
		{"Họ gặp Văn Thanh hôm qua", 2, false},
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		s := newState(tt.text, toks, 3)
		words, _ := s.run(tt.at)
		words = slices.Clone(words)
		if got := s.pairNamesNobody(words); got != tt.want {
			t.Errorf("pairNamesNobody(%q at %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
		s.release()
	}
}

// loneTexts hold one-word runs before and after punctuation, hyphens,
// initials' dots and foreign particles, at sentence starts and after cues.
var loneTexts = []string{
	"Sáng nay Hà nói, Nam nghe. Theo Reuters, ông Chung và bà Lan - Huế đến. Bùi Th. H. gặp anh Sinh",
	"Tổng thống Putin nói với Assad al-Assad, Leyen von der Leyen, Tokayev - Zhomart và Trump J. Trump",
	"Nguyễn đến.\nHải về. Hải. U23 thắng, A80 diễn; ĐẶNG ra. Elizabeth II. Mai\nLan bin Laden",
	"Nguyễn Quang Hải ghi bàn. Hải là cầu thủ. Quang Hải nói. Hải\" và “Hải” (Hải)",
}

// A run loneAt settles is at most one word, and names finds nobody in
// it; a word of it that can be a name's is a capitalized one.
func TestLoneAt(t *testing.T) {
	settled := 0
	for _, text := range append(append(loneTexts, leadTexts...), gateTexts...) {
		toks := scan.Tokens(text, nil)
		s := newState(text, toks, 3)
		for i := range toks {
			if toks[i].Kind != scan.Word || toks[i].Flags&scan.Upper == 0 || !s.loneAt(i) {
				continue
			}
			settled++
			words, end := s.run(i)
			if end != i+1 || len(words) > 1 {
				t.Errorf("%.40q: loneAt(%d) on a run of %d words to %d", text, i, len(words), end)
				continue
			}
			if (len(words) == 1) != s.cap(i) {
				t.Errorf("%.40q: loneAt(%d): run takes %d words, cap %v", text, i, len(words), s.cap(i))
			}
			if len(words) == 1 {
				if out := s.names(nil, slices.Clone(words)); len(out) != 0 {
					t.Errorf("%.40q: loneAt(%d) settles %q", text, i, out[0].Text)
				}
			}
		}
		s.release()
	}
	if settled < 20 {
		t.Errorf("loneAt settled only %d runs", settled)
	}
}
