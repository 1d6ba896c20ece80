package title

import (
	"testing"

	"github.com/vnextract/vnextract/extractors/internal/extracttest"
	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

// TestNextHead checks that nextHead skips only words where Extract's loop
// did nothing before it: mayStart says no and no list of members opens,
// or a word title reads before a role has no role after it. The flags it
// returns must give mayStart's answer.
func TestNextHead(t *testing.T) {
	check := func(text string) {
		doc := &pipeline.Document{Text: text}
		toks := scan.Document(doc)
		hits := lex.Titles.Hits(doc)
		p := &parser{text: text, toks: toks}
		next, h := 0, 0
		for i, tk := range toks {
			if i > next {
				next, h, _ = nextHead(toks, hits, h, i)
				// From the first hit, as from where the last call
				// left off.
				if n, _, _ := nextHead(toks, hits, 0, i); n != next {
					t.Errorf("nextHead from hit %d finds %d, from the first %d", h, next, n)
				}
			}
			if tk.Kind != scan.Word || tk.Lower == "" {
				continue
			}
			info := headOf(tk.Lower)
			if i == next {
				_, _, got := nextHead(toks, hits, h, i)
				if p.mayStart(i, got) != p.mayStart(i, info) {
					t.Errorf("nextHead's flags change mayStart at %q", text[tk.Start:min(len(text), tk.Start+40)])
				}
				continue
			}
			members := info&hBan != 0 && tk.Flags&scan.Upper != 0 && (tk.Lower == "ban" || tk.Lower == "hđqt" || tk.Lower == "hội")
			start := p.mayStart(i, info)
			if start && opensTitle(tk.Lower) {
				_, start = p.roleAt(i + 1)
			}
			if start || members {
				t.Errorf("nextHead skips %q", text[tk.Start:min(len(text), tk.Start+40)])
			}
		}
	}
	for _, e := range lex.Roles.Entries() {
		for _, k := range lex.Spellings(e.Key) {
			check(k)
			check("các " + k)
			check("nguyên " + k + " Ban Thường vụ")
		}
	}
	for _, text := range extracttest.Texts(t) {
		check(text)
	}
	check("các đồng chí Ủy viên Ban Thường vụ gồm")
	check("các bạn, nguyên nhân, tân binh, cựu chiến binh")
	if i, _, _ := nextHead(scan.Tokens("và của", nil), nil, 0, 0); i != 2 {
		t.Errorf("nextHead(\"và của\") = %d, want 2", i)
	}
	if i, _, _ := nextHead(nil, nil, 0, 0); i != 0 {
		t.Errorf("nextHead(nil) = %d, want 0", i)
	}
}

func TestOpensTitle(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"nguyên", true}, {"cựu", true}, {"các", true}, {"tân", true},
		{"phó", false}, {"quyền", false}, {"đồng", false}, {"", false}, {"cac", false},
	} {
		if got := opensTitle(c.w); got != c.want {
			t.Errorf("opensTitle(%q) = %v", c.w, got)
		}
		if c.want && !isBeforeRole(c.w) {
			t.Errorf("%q is not in beforeRole", c.w)
		}
	}
}

// TestMayOpenRole checks that mayOpenRole lets through every role and
// prefix roleAt reads, and turns away common words and indices out of
// range.
func TestMayOpenRole(t *testing.T) {
	for _, e := range lex.Roles.Entries() {
		for _, k := range lex.Spellings(e.Key) {
			toks := scan.Tokens(k, nil)
			if !mayOpenRole(toks, 0) {
				t.Errorf("mayOpenRole(%q, 0) = false", k)
			}
		}
	}
	toks := scan.Tokens("Phó Quyền Đồng của Nguyễn và", nil)
	for j, want := range []bool{true, true, true, false, false, false, false} {
		if got := mayOpenRole(toks, j); got != want {
			t.Errorf("mayOpenRole(%d) = %v", j, got)
		}
	}
	if mayOpenRole(toks, -1) {
		t.Error("mayOpenRole(-1) = true")
	}
}

// TestStopHeads checks that stopHeads holds the first word of every rank
// and honorific, in every spelling, and turns away common words, and that
// abbrevHeads holds the first word of every abbreviation.
func TestStopHeads(t *testing.T) {
	for _, d := range []*lex.Dict{lex.Ranks, lex.Honorifics} {
		for _, e := range d.Entries() {
			for _, k := range lex.Spellings(e.Key) {
				toks := scan.Tokens(k, nil)
				if len(toks) > 0 && toks[0].Lower != "" && !stopHeads.may(toks[0].Lower) {
					t.Errorf("stopHeads turns away %q", k)
				}
			}
		}
	}
	for _, e := range lex.Abbrevs.Entries() {
		for _, k := range lex.Spellings(e.Key) {
			toks := scan.Tokens(k, nil)
			if len(toks) > 0 && !abbrevHeads.may(toks[0].Text(k)) {
				t.Errorf("abbrevHeads turns away %q", k)
			}
		}
	}
	for _, w := range []string{"và", "của", "năm", "công"} {
		if stopHeads.may(w) {
			t.Errorf("stopHeads.may(%q) = true", w)
		}
	}
}

func TestLowerHeads(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"trạm", "", true}, {"cục", "", true}, {"phòng", "", true}, {"đội", "", true}, {"ban", "", true},
		{"viện", "", true}, {"vụ", "", true}, {"trường", "", true}, {"khối", "", true},
		{"trung", "tâm", true}, {"chi", "cục", true}, {"hội", "đồng", true}, {"ủy", "ban", true}, {"uỷ", "ban", true},
		{"công", "ty", true}, {"tập", "đoàn", true}, {"cơ", "quan", true},
		{"trung", "", false}, {"tổng", "công", false}, {"sở", "", false}, {"hội", "", false}, {"công", "an", false},
	} {
		got := lowerHead1(c.a)
		if c.b != "" {
			got = lowerHead2(c.a, c.b)
		}
		if got != c.want {
			t.Errorf("lowerHead(%q %q) = %v", c.a, c.b, got)
		}
	}
}

func TestVillageHead(t *testing.T) {
	for _, w := range []string{"bản", "thôn", "ấp", "buôn", "xóm", "làng", "khóm"} {
		if !villageHead(w) {
			t.Errorf("villageHead(%q) = false", w)
		}
	}
	for _, w := range []string{"", "xã", "bản làng", "Bản"} {
		if villageHead(w) {
			t.Errorf("villageHead(%q) = true", w)
		}
	}
}
