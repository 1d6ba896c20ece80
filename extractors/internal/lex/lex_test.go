package lex_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/internal/lex"
	"github.com/vnextract/vnextract/extractors/internal/scan"
)

// Every lexicon loads, has entries, and finds each of its own keys.
func TestLexiconsFindTheirEntries(t *testing.T) {
	dicts := map[string]*lex.Dict{
		"surnames": lex.Surnames, "ranks": lex.Ranks, "roles": lex.Roles, "orgheads": lex.OrgHeads,
		"abbrev": lex.Abbrevs, "honorifics": lex.Honorifics, "places": lex.Places, "nonperson": lex.NonPerson,
		"stop": lex.Stop, "orgwords": lex.OrgWords, "compounds": lex.Compounds, "orgsuffixes": lex.OrgSuffixes, "nonname": lex.NonName,
		"givennames": lex.GivenNames, "eastasian": lex.EastAsian, "foreignorgs": lex.ForeignOrgs,
		"lineages": lex.Lineages, "eponyms": lex.Eponyms, "provinces": lex.Provinces,
	}
	for name, d := range dicts {
		t.Run(name, func(t *testing.T) {
			require.NotEmpty(t, d.Entries())
			for _, e := range d.Entries() {
				v, ok := d.Lookup(e.Key)
				assert.True(t, ok, "%s: %q not found", name, e.Key)
				assert.Equal(t, e.Value, v, e.Key)
			}
		})
	}
}

func TestSurnames(t *testing.T) {
	for _, s := range []string{"Nguyễn", "Trần", "Lường", "Tòng", "Bế", "Tôn Thất", "Âu Dương", "Tập"} {
		assert.True(t, lex.Surnames.Has(s), s)
	}
	// Letter case does not matter; ordinary words are not family names.
	assert.True(t, lex.Surnames.Has("NGUYỄN"))
	for _, s := range []string{"Hiện", "Theo", "Trong", "Văn"} {
		assert.False(t, lex.Surnames.Has(s), s)
	}
}

func TestRanks(t *testing.T) {
	tests := map[string]string{
		"Thượng tướng": "Thượng tướng", "thiếu tướng": "Thiếu tướng", "trung uý": "Trung úy",
		"Đại úy": "Đại úy", "ĐẠI TÁ": "Đại tá", "Thượng sỹ": "Thượng sĩ", "chuẩn đô đốc": "Chuẩn Đô đốc",
		"Phó Đô đốc": "Phó Đô đốc", "binh nhì": "Binh nhì", "Trung úy QNCN": "Trung úy", "chuẩn úy": "Chuẩn úy",
		"Chuẩn tướng": "Chuẩn tướng",
	}
	for in, want := range tests {
		got, ok := lex.Ranks.Lookup(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, s := range []string{"GS", "NSND", "Anh hùng", "đại tướng quân"} {
		_, ok := lex.Ranks.Lookup(s)
		assert.False(t, ok, s)
	}
}

func TestRolesAndOrgHeads(t *testing.T) {
	for _, s := range []string{"Bộ trưởng", "bí thư", "Chủ tịch nước", "Tư lệnh", "Chánh án", "Tổng thống", "Đại biểu Quốc hội", "Hiệu trưởng"} {
		assert.True(t, lex.Roles.Has(s), s)
	}
	for _, s := range []string{"bác sĩ", "ca sĩ", "phóng viên"} {
		assert.False(t, lex.Roles.Has(s), "occupation %q is no role", s)
	}
	for _, s := range []string{"Bộ", "UBND", "Công an", "Thành ủy", "Đảng uỷ", "Quân khu", "Tòa án"} {
		assert.True(t, lex.OrgHeads.Has(s), s)
	}
}

func TestHonorifics(t *testing.T) {
	tests := map[string]string{"ông": lex.Address, "Đồng chí": lex.Address, "GS.TS": lex.Degree, "PGS.TS": lex.Degree,
		"NSND": lex.Honour, "Anh hùng": lex.Honour, "bác sĩ": lex.Cue, "GS.VS": lex.Degree, "Viện sĩ": lex.Degree,
		"BS.CKII": lex.Degree, "BSCKII": lex.Degree}
	for in, want := range tests {
		got, ok := lex.Honorifics.Lookup(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
}

func TestExpand(t *testing.T) {
	tests := map[string]string{
		"Đảng ủy CA Trung ương":     "Đảng ủy Công an Trung ương",
		"UBND tỉnh Đắk Nông":        "Ủy ban nhân dân tỉnh Đắk Nông",
		"HĐND TP Hà Nội":            "Hội đồng nhân dân thành phố Hà Nội",
		"BCH TW":                    "Ban Chấp hành Trung ương",
		"Bộ VH,TT&DL":               "Bộ Văn hóa, Thể thao và Du lịch",
		"Sở TN-MT":                  "Sở Tài nguyên và Môi trường",
		"Bộ Công an":                "Bộ Công an",
		"UBTƯ MTTQ Việt Nam":        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
		"QĐND Việt Nam":             "Quân đội nhân dân Việt Nam",
		"Công an TP. Hồ Chí Minh":   "Công an thành phố Hồ Chí Minh",
		"ca trực":                   "ca trực",
		"Công ty CP Cao su":         "Công ty cổ phần Cao su",
		"Ngân hàng TMCP Quân đội":   "Ngân hàng Thương mại cổ phần Quân đội",
		"Bộ Tư lệnh QK7":            "Bộ Tư lệnh Quân khu 7",
		"Cơ quan CSĐT Công an tỉnh": "Cơ quan Cảnh sát điều tra Công an tỉnh",
		"Ban CHQS huyện":            "Ban Chỉ huy Quân sự huyện",
		"TTYT huyện Mường Lát":      "Trung tâm Y tế huyện Mường Lát",
	}
	for in, want := range tests {
		assert.Equal(t, want, lex.Expand(in), in)
	}
}

func TestPlacesAndCues(t *testing.T) {
	for _, s := range []string{"Hà Nội", "Đắk Nông", "Nhật Bản", "Philippines", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"} {
		assert.True(t, lex.Places.Has(s), s)
	}
	for _, s := range []string{"đường", "quận", "huân chương", "trường", "giải thưởng"} {
		assert.True(t, lex.NonPerson.Has(s), s)
	}
	for _, s := range []string{"cho", "đồng", "phát biểu"} {
		assert.True(t, lex.Stop.Has(s), s)
	}
}

func TestForeign(t *testing.T) {
	for _, w := range []string{"trump", "abe", "macron", "jae-in", "al-assad", "elizabeth", "shinzo", "putin",
		"antónio", "inácio", "sánchez", "müller", "peña", "françois", "andrés", "josé", "adrián", "rubén", "inés"} {
		assert.True(t, lex.Foreign(w), w)
	}
	// Highland names carry Vietnamese letters outside syllables.
	for _, w := range []string{"nguyễn", "lâm", "minh", "nghiêm", "khuất", "nga", "quý", "thanh", "kđăm", "êban", "byă", "ksơr", "hoàng", "quá", "giáo", "ađrơng", "alê"} {
		assert.False(t, lex.Foreign(w), w)
	}
}

func TestSplitName(t *testing.T) {
	tests := []struct {
		name                  string
		family, middle, given string
	}{
		{"Tô Lâm", "Tô", "", "Lâm"},
		{"Nguyễn Thị Bích Ngọc", "Nguyễn", "Thị Bích", "Ngọc"},
		{"Tôn Thất Thuyết", "Tôn Thất", "", "Thuyết"},
		{"Tôn Thị Ngọc Hạnh", "Tôn", "Thị Ngọc", "Hạnh"},
		{"Lê Hồ Việt Anh", "Lê", "Hồ Việt", "Anh"},
		{"Chung", "", "", "Chung"},
	}
	for _, tt := range tests {
		f, m, g := lex.SplitName(strings.Fields(tt.name))
		assert.Equal(t, []string{tt.family, tt.middle, tt.given}, []string{f, m, g}, tt.name)
	}
	f, m, g := lex.SplitForeign([]string{"Moon", "Jae-in"})
	assert.Equal(t, []string{"Moon", "", "Jae-in"}, []string{f, m, g})
	f, _, g = lex.SplitForeign([]string{"Donald", "Trump"})
	assert.Equal(t, []string{"Trump", "Donald"}, []string{f, g})
	// Khmer names put the family name first, Lao names last.
	f, _, g = lex.SplitForeign([]string{"Hun", "Manet"})
	assert.Equal(t, []string{"Hun", "Manet"}, []string{f, g})
	f, m, g = lex.SplitForeign([]string{"Heng", "Samrin"})
	assert.Equal(t, []string{"Heng", "", "Samrin"}, []string{f, m, g})
	f, _, g = lex.SplitForeign([]string{"Thongloun", "Sisoulith"})
	assert.Equal(t, []string{"Sisoulith", "Thongloun"}, []string{f, g})
	// A suffix follows the family name; Singapore spells Chinese names
	// family name first.
	f, m, g = lex.SplitForeign([]string{"Martin", "Luther", "King", "Jr."})
	assert.Equal(t, []string{"King", "Luther", "Martin"}, []string{f, m, g})
	f, m, g = lex.SplitForeign([]string{"Ong", "Ye", "Kung"})
	assert.Equal(t, []string{"Ong", "Ye", "Kung"}, []string{f, m, g})
	// Japanese names come in either order; only the family name is listed.
	f, _, g = lex.SplitForeign([]string{"Takaichi", "Sanae"})
	assert.Equal(t, []string{"Takaichi", "Sanae"}, []string{f, g})
	f, _, g = lex.SplitForeign([]string{"Sanae", "Takaichi"})
	assert.Equal(t, []string{"Takaichi", "Sanae"}, []string{f, g})
}

func TestNameAt(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want int
	}{
		{"Hà Nội Hoàng Trung Hải đồng chủ trì", 0, 0},
		{"Hà Nội Hoàng Trung Hải đồng chủ trì", 2, 3},
		{"Pháp Emmanuel Macron", 1, 2},
		{"Kassym - Zhomart Tokayev", 0, 3},
		{"Bashar al-Assad", 0, 2},
		{"Công an", 0, 0},
		{"Hàn Quốc Yoon Suk-yeol", 2, 2},
		{"Mohammed bin Salman gặp", 0, 3},
		{"Vingroup Nguyễn Việt Quang", 0, 0},
		{"Vingroup Nguyễn Việt Quang", 1, 3},
		{"Dustin Nguyễn thực hiện", 0, 2},
		{"Đắk Lắk Y Thanh Hà Niê Kđăm dẫn đầu", 2, 5},
		{"Masan Group Danny Le cho biết", 0, 0},
		{"Masan Group Danny Le cho biết", 1, 0},
		{"Masan Group Danny Le cho biết", 2, 2},
		{"Ngoại giao Jean-Noël Barrot và", 2, 2},
		{"là Vì Văn Tám khai", 1, 3},
		{"Quỹ Vì Tầm Vóc Việt cho biết", 1, 0},
		{"Phó Giám đốc Sở Văn Thị Lài phát biểu", 4, 3},
		{"bà Văn Thị Minh Hằng cho biết", 1, 4},
		{"chợ Bến Thị Nghè", 1, 0},
		{"Chủ tịch EC Ursula von der Leyen nói", 3, 4},
		{"Philippines Maria Angela A. Ponce", 0, 0},
		{"Philippines Maria Angela A. Ponce", 1, 3},
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		assert.Equal(t, tt.want, lex.NameAt(tt.text, toks, tt.at), tt.text)
	}
}

func TestInitial(t *testing.T) {
	for w, want := range map[string]bool{"h": true, "th": true, "ng": true, "hồ": false, "un": false, "anh": false} {
		assert.Equal(t, want, lex.Initial(w), w)
	}
}

func TestHighlandName(t *testing.T) {
	tests := []struct {
		text          string
		want, lineage int
	}{
		{"Y Thanh Hà Niê Kđăm, Phó Bí thư", 5, 2},
		{"Y Bih Mlô phát biểu", 3, 1},
		{"H'Hen Niê đăng quang", 2, 1},
		{"Y Niê", 0, 0},                // a lineage needs a name before it
		{"Y Dược Hà Nội", 0, 0},        // no lineage: a school's name
		{"Nguyễn Văn Niê", 0, 0},       // no "Y" or "H'" before it
		{"Y Tý Bát Xát Lào Cai", 0, 0}, // a place
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		n, l := lex.HighlandName(tt.text, toks, 0)
		assert.Equal(t, []int{tt.want, tt.lineage}, []int{n, l}, tt.text)
	}
}

func TestVietNameAfter(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Nguyễn Việt Quang cho biết", 3},
		{"Nguyễn cho biết", 0},
		{"Nguyễn Văn Toàn Văn Hậu Quang Hải", 0},
		{"Lê Kim Jong-un", 0},
		{"Vingroup", 0},
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		assert.Equal(t, tt.want, lex.VietNameAfter(tt.text, toks, 0), tt.text)
	}
}

func TestPortfolioEndsAt(t *testing.T) {
	tests := []struct {
		text string
		j    int // token index the portfolio must end before
		want int
	}{
		{"Bộ trưởng Ngoại giao Retno", 4, 2},
		{"Bộ trưởng Quốc phòng Sjafrie", 4, 2},
		{"Bộ trưởng Tài chính Yellen", 4, 2},
		{"Bộ trưởng Thương mại Raimondo", 4, 2},
		{"Trưởng phòng Nguyễn Văn A", 2, 0},
		{"giao", 1, 0},
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		assert.Equal(t, tt.want, lex.PortfolioEndsAt(toks, tt.j), tt.text)
	}
}

func TestNonName(t *testing.T) {
	for _, w := range []string{"Gì", "của", "Để"} {
		assert.True(t, lex.NonName.Has(w), w)
	}
	for _, w := range []string{"Anh", "Mai", "Tính", "Sao"} {
		assert.False(t, lex.NonName.Has(w), w)
	}
}

func FuzzExpand(f *testing.F) {
	f.Add("Đảng ủy CA Trung ương")
	f.Add("TP. HCM UBND")
	f.Fuzz(func(t *testing.T, s string) {
		out := lex.Expand(s)
		if !strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZĐƯ") && out != s {
			t.Fatalf("Expand(%q) = %q changed text without abbreviations", s, out)
		}
	})
}

func FuzzHighlandName(f *testing.F) {
	f.Add("Y Thanh Hà Niê Kđăm", 0)
	f.Add("Đắk Lắk H'Hen Niê", 2)
	f.Fuzz(func(t *testing.T, s string, at int) {
		toks := scan.Tokens(s, nil)
		if at < 0 || at > len(toks) {
			return
		}
		n, l := lex.HighlandName(s, toks, at)
		if n < 0 || at+n > len(toks) || l < 0 || l >= max(n, 1) || n > 0 && l == 0 {
			t.Fatalf("HighlandName(%q, %d) = %d, %d", s, at, n, l)
		}
	})
}

func FuzzKhmerAndMarkedNames(f *testing.F) {
	f.Add("Chủ tịch Thượng viện Campuchia Hun Sen", 5, 2)
	f.Add("Đảng ủy xã Ly Seo Chứ cho biết", 3, 3)
	f.Fuzz(func(t *testing.T, s string, at, roleEnd int) {
		toks := scan.Tokens(s, nil)
		if at < 0 || at > len(toks) || roleEnd < 0 || roleEnd > at {
			return
		}
		if n := lex.MarklessName(s, toks, at); n != 0 && (n < 2 || n > 3 || at+n > len(toks)) {
			t.Fatalf("MarklessName(%q, %d) = %d", s, at, n)
		}
		if n := lex.MarklessHolder(s, toks, roleEnd, at); n != 0 && n != lex.MarklessName(s, toks, at) {
			t.Fatalf("MarklessHolder(%q, %d, %d) = %d", s, roleEnd, at, n)
		}
		if n := lex.CompleteBodyEndsAt(s, toks, at); n < 0 || n > at {
			t.Fatalf("CompleteBodyEndsAt(%q, %d) = %d", s, at, n)
		}
		if lex.MarkedName(s, toks, at) && at+3 > len(toks) {
			t.Fatalf("MarkedName(%q, %d) past the end", s, at)
		}
	})
}

func BenchmarkMatch(b *testing.B) {
	s := "Phó Bí thư Thường trực Thành ủy Hà Nội, Bộ trưởng Bộ Công an, Thượng tướng"
	toks := scan.Tokens(s, nil)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			lex.Roles.Match(s, toks, i)
			lex.Ranks.Match(s, toks, i)
		}
	}
}

func TestKhmerAndMarkedNames(t *testing.T) {
	tests := []struct {
		text                 string
		at, roleEnd          int
		markless, holder, cb int
		marked               bool
	}{
		{"Chủ tịch Thượng viện Hun Sen phát biểu", 4, 2, 2, 2, 2, false},
		{"Thủ tướng Hun Sen phát biểu", 2, 2, 2, 2, 0, false},
		{"Chủ tịch Hun Sen phát biểu", 2, 2, 2, 0, 0, false},
		{"Thủ tướng Campuchia Hun Sen", 3, 2, 2, 2, 0, false},
		{"Thượng viện Campuchia Hun Sen", 3, 3, 2, 0, 3, false},
		{"Chủ tịch Sun Group đến", 2, 2, 0, 0, 0, false},
		{"Thủ tướng Nguyễn Văn An", 2, 2, 0, 0, 0, true},
		{"Đảng ủy xã Ly Seo Chứ cho biết", 3, 3, 0, 0, 0, true},
		{"Đảng ủy xã Ly Seo Chứ Phìn cho biết", 3, 3, 0, 0, 0, false},
		{"xã Sín Chéng cho biết", 1, 1, 0, 0, 0, false},
	}
	for _, tt := range tests {
		toks := scan.Tokens(tt.text, nil)
		assert.Equal(t, tt.markless, lex.MarklessName(tt.text, toks, tt.at), "MarklessName %s", tt.text)
		assert.Equal(t, tt.holder, lex.MarklessHolder(tt.text, toks, tt.roleEnd, tt.at), "MarklessHolder %s", tt.text)
		assert.Equal(t, tt.cb, lex.CompleteBodyEndsAt(tt.text, toks, tt.at), "CompleteBodyEndsAt %s", tt.text)
		assert.Equal(t, tt.marked, lex.MarkedName(tt.text, toks, tt.at), "MarkedName %s", tt.text)
	}
}

func ExampleExpand() {
	fmt.Println(lex.Expand("Bí thư Đảng ủy CA Trung ương"))
	// Output: Bí thư Đảng ủy Công an Trung ương
}

func ExampleDict_Match() {
	s := "thượng uý Lê Văn A"
	toks := scan.Tokens(s, nil)
	n, v := lex.Ranks.Match(s, toks, 0)
	fmt.Println(n, v)
	// Output: 2 Thượng úy
}

func ExampleVietNameAfter() {
	s := "Tổng Giám đốc Tập đoàn Vingroup Nguyễn Việt Quang cho biết"
	toks := scan.Tokens(s, nil)
	fmt.Println(lex.VietNameAfter(s, toks, 6), lex.NameAt(s, toks, 5))
	// Output: 3 0
}

func TestWordFilter(t *testing.T) {
	var f lex.WordFilter
	long := strings.Repeat("a", 70)
	for _, w := range []string{"đại", "tướng", "x", long} {
		f.Add(w)
	}
	for _, w := range []string{"đại", "tướng", "x", long} {
		assert.True(t, f.Has(w), w)
	}
	// Another length, first byte or last byte: certainly not in the set.
	for _, w := range []string{"", "đạii", "y", "tuớng", "ab"} {
		assert.False(t, f.Has(w), w)
	}
}

func TestHeadsAndSpellings(t *testing.T) {
	assert.Equal(t, []string{"thủy", "thuỷ"}, lex.Spellings("thủy"))
	assert.Equal(t, []string{"hoà", "hòa"}, lex.Spellings("hoà"))
	assert.Equal(t, []string{"đại tá"}, lex.Spellings("đại tá"))
	// Every spelling Match accepts opens with a word Heads reports, and a
	// one-word key is reported alone.
	heads := map[string]bool{}
	second := map[string]bool{}
	lex.Roles.Heads(func(w string, alone bool, seconds []string) {
		heads[w] = alone
		for _, s := range seconds {
			second[w+" "+s] = true
		}
	})
	for _, e := range lex.Roles.Entries() {
		for _, k := range lex.Spellings(e.Key) {
			toks := scan.Tokens(k, nil)
			alone, ok := heads[toks[0].Lower]
			require.True(t, ok, k)
			if len(toks) == 1 {
				assert.True(t, alone, k)
			} else {
				assert.True(t, second[toks[0].Lower+" "+toks[1].Lower], k)
			}
		}
	}
}

func TestRoman(t *testing.T) {
	for w, want := range map[string]bool{
		"I": true, "II": true, "IV": true, "IX": true, "XIV": true, "XVI": true,
		"XVII": true, "XVIII": true, "XIX": true, "XX": true, "XXIV": true, "XL": true, "XLIX": true,
		"LIV": true, "LXXXIX": true,
		"": false, "L": false, "C": false, "IIII": false, "VX": false, "XXXX": false, "IL": false,
		"xviii": false, "Xuân": false, "LXXXX": false, "XVIIII": false,
	} {
		assert.Equal(t, want, lex.Roman(w), w)
	}
}
