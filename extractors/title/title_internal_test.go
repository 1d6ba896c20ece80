package title

import (
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

func TestIsBeforeRole(t *testing.T) {
	for _, w := range beforeRole {
		if !isBeforeRole(w) {
			t.Errorf("isBeforeRole(%q) = false; the switch must list every word of beforeRole", w)
		}
	}
	for _, w := range []string{"", "nguyễn", "cac", "phòng", "đồng chí"} {
		if isBeforeRole(w) {
			t.Errorf("isBeforeRole(%q) = true", w)
		}
	}
}

// TestStartFilter checks that heads and mayStart let through
// every word at which a title may start, and mayStart only those: each
// role in each tone placement, and every such word of the test articles.
func TestStartFilter(t *testing.T) {
	check := func(text string) {
		toks := scan.Tokens(text, nil)
		p := &parser{text: text, toks: toks}
		for i, tk := range toks {
			if tk.Kind != scan.Word {
				continue
			}
			n, _ := lex.Roles.Match(text, toks, i)
			info := headOf(tk.Lower)
			if want := isBeforeRole(tk.Lower) || n > 0; want && (info&(hBefore|hRole) == 0 || !p.mayStart(i, info)) {
				t.Errorf("the filters turn away %q, where a title may start", text[tk.Start:min(len(text), tk.Start+40)])
			} else if p.mayStart(i, info) != want {
				t.Errorf("mayStart(%q) = %v", text[tk.Start:min(len(text), tk.Start+40)], !want)
			}
		}
	}
	for _, e := range lex.Roles.Entries() {
		for _, k := range lex.Spellings(e.Key) {
			check(k)
			check("phó " + k)
		}
	}
	for _, text := range extracttest.Texts(t) {
		check(text)
	}
}

// TestHeads checks that heads sets every flag Extract's loop needs of a
// word: hBefore for beforeRole, hRole for the first word of every role
// (hAlone too for a role of one word), hBan for "ban", "hđqt" and "hội";
// and that it turns away common words.
func TestHeads(t *testing.T) {
	want := map[string]headInfo{"ban": hBan, "hđqt": hBan, "hội": hBan}
	for _, w := range beforeRole {
		want[w] |= hBefore
	}
	lex.Roles.Heads(func(w string, alone bool, _ []string) {
		want[w] |= hRole
		if alone {
			want[w] |= hAlone
		}
	})
	for w, f := range want {
		if got := headOf(w); got&f != f {
			t.Errorf("headOf(%q) = %b, want the flags %b", w, got, f)
		}
	}
	for _, w := range []string{"và", "của", "nguyễn", "năm", "x"} {
		if got := headOf(w); got != 0 {
			t.Errorf("headOf(%q) = %b, want 0", w, got)
		}
	}
}

// TestPairKey checks that rolePairs holds the first two words of the
// longer roles and turns away pairs of common words.
func TestPairKey(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"bộ", "trưởng", true},
		{"chủ", "tịch", true},
		{"ủy", "viên", true},
		{"uỷ", "viên", true},
		{"của", "và", false},
		{"người", "dân", false},
	} {
		if got := rolePairs.has(pairKey(c.a, c.b)); got != c.want {
			t.Errorf("rolePairs.has(pairKey(%q, %q)) = %v", c.a, c.b, got)
		}
	}
}

func TestLowerIn(t *testing.T) {
	for _, c := range []struct {
		text string
		set  *phrases
		s, e int
		want bool
	}{
		{"Giáo hoàng Leo XIV", monarchs, 0, 2, true},
		{"Giáo  hoàng Leo XIV", monarchs, 0, 2, false}, // the white space is part of the phrase
		{"Vua Charles III", monarchs, 0, 1, true},
		{"Vua Charles III", monarchs, 0, 2, false},
		{"Đội trưởng Dion", captains, 0, 2, true},
		{"đội phó Dion", captains, 0, 2, false},
		{"Đại sứ Việt Nam", envoy, 0, 2, true},
		{"Đại sứ Việt Nam", envoy, 1, 1, false},
		{"Tổng lãnh sự", envoy, 0, 3, true},
		{"thuyền trưởng tàu", crewRoles, 0, 2, true},
		{"thuyền trưởng tàu", crewRoles, 0, 3, false},
	} {
		p := &parser{text: c.text, toks: scan.Tokens(c.text, nil)}
		if got := p.lowerIn(c.set, c.s, c.e); got != c.want {
			t.Errorf("lowerIn(%q, %d, %d) = %v", c.text, c.s, c.e, got)
		}
	}
}

func TestClassifier(t *testing.T) {
	for _, w := range []string{"tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "tp", "thôn",
		"bản", "ấp", "xóm", "làng", "buôn", "sóc", "khóm"} {
		if !classifier(w) {
			t.Errorf("classifier(%q) = false", w)
		}
	}
	for _, w := range []string{"", "thành", "phố", "thị", "tỉnhh", "Tỉnh"} {
		if classifier(w) {
			t.Errorf("classifier(%q) = true", w)
		}
	}
}

// TestMemos checks that nameAt and orgHeadAt answer as lex does, asked in
// any order, that matchRole does with its filter, and stopsOrg as
// stopsOrgAt.
func TestMemos(t *testing.T) {
	text := "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ, Bí thư Thành ủy Hà Nội, Thủ tướng"
	toks := scan.Tokens(text, nil)
	p := &parser{text: text, toks: toks}
	for _, j := range []int{0, 0, 5, 2, 2, 9, 0, len(toks) - 1, len(toks), len(toks) + 3} {
		if got, want := p.nameAt(j), lex.NameAt(text, toks, j); got != want {
			t.Errorf("nameAt(%d) = %d, want %d", j, got, want)
		}
		want, _ := lex.OrgHeads.Match(text, toks, j)
		if got := p.orgHeadAt(j); got != want {
			t.Errorf("orgHeadAt(%d) = %d, want %d", j, got, want)
		}
		fresh := &parser{text: text, toks: toks}
		if got, want := p.stopsOrg(j), fresh.stopsOrgAt(j); got != want {
			t.Errorf("stopsOrg(%d) = %v, want %v", j, got, want)
		}
		if j < len(toks) {
			n, v := p.matchRole(j)
			wn, wv := lex.Roles.Match(text, toks, j)
			if n != wn || v != wv {
				t.Errorf("matchRole(%d) = %d %q, want %d %q", j, n, v, wn, wv)
			}
		}
	}
}
