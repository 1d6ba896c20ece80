package person

import (
	"reflect"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
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
