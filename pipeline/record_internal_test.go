package pipeline

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline/normalize"
)

func TestCountValidRunes(t *testing.T) {
	for _, s := range []string{
		"", "a", "Thượng tướng Tô Lâm", "1234567", "12345678", "123456789",
		"ẠẠẠẠẠẠẠẠ", "😀 Đ ð \u2028 " + strings.Repeat("Việt Nam ", 9),
		strings.Repeat("😀", 1000), strings.Repeat("Ạ", 3000) + "a", strings.Repeat("Thượng tướng ", 500),
	} {
		assert.Equal(t, utf8.RuneCountInString(s), runesOf(s, len(s)), "%q", s)
	}
	// Long runs of continuation bytes: not UTF-8, but the count is still
	// that of the bytes that are not continuation bytes.
	for _, n := range []int{8 * 255, 8*255 + 1, 8 * 256, 8*255*3 + 7, 16 * 127, 16*127 + 1, 16*127*2 + 15, 16*128 + 9, 32 * 63, 32*63 + 16, 32*63*2 + 31, 32*64 + 17} {
		s := strings.Repeat("\x80", n)
		assert.Equal(t, 0, runesOf(s, len(s)), n)
		assert.Equal(t, 1, runesOf("a"+s, len(s)+1), n)
	}
}

// TestCountValidRunesIn checks every range of a few texts, short and long,
// against the bytes that are not continuation bytes.
func TestCountValidRunesIn(t *testing.T) {
	for _, s := range []string{
		"", "a", "Đ", "Thượng tướng Tô Lâm", strings.Repeat("Ủy viên Bộ Chính trị, 😀 ", 12),
	} {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				assert.Equal(t, nonContinuation(s[i:j]), runesOf(s, j)-runesOf(s, i), "%q[%d:%d]", s, i, j)
			}
		}
	}
}

// runesOf counts the bytes of s[:b] that are not continuation bytes, as
// codePoints does for canonical text, with a new codePoints each time.
func runesOf(s string, b int) int {
	c := &codePoints{text: s, blocks: []int{0}}
	return c.runesBefore(b)
}

func nonContinuation(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func FuzzCountValidRunes(f *testing.F) {
	f.Add("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an 😀")
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.ValidString(s) {
			assert.Equal(t, utf8.RuneCountInString(s), runesOf(s, len(s)))
		}
		for i := 0; i < len(s) && i < 40; i += 3 {
			j := i + (len(s)-i)/2
			assert.Equal(t, nonContinuation(s[i:]), runesOf(s, len(s))-runesOf(s, i))
			assert.Equal(t, nonContinuation(s[i:j]), runesOf(s, j)-runesOf(s, i))
		}
	})
}

func BenchmarkCountRunes(b *testing.B) {
	s := strings.Repeat("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an. ", 100)
	for _, bc := range []struct {
		name  string
		count func(string) int
	}{{"utf8.RuneCountInString", utf8.RuneCountInString}, {"codePoints", func(s string) int { return runesOf(s, len(s)) }}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				bc.count(s)
			}
		})
	}
}

// FuzzMergeEntities holds mergeEntities to SortEntities over the runs'
// concatenation, on runs sorted or not and with ties.
func FuzzMergeEntities(f *testing.F) {
	f.Add([]byte{3, 0, 1, 2, 0, 1, 5, 2, 0, 0, 1, 1, 0, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		var runs [][]Entity
		var all []Entity
		n := 0
		for len(data) >= 4 {
			size := int(data[0]) % 6
			data = data[1:]
			var run []Entity
			for ; size > 0 && len(data) >= 3; size-- {
				e := Entity{Kind: Kind(data[0]%3 + 1), Span: Span{int(data[1] % 8), int(data[1]%8 + data[2]%4)}}
				e.Value = string(rune('a' + data[2]%2))
				e.Text = string(rune('A' + n)) // tells apart entities that tie
				n++
				run = append(run, e)
				data = data[3:]
			}
			runs = append(runs, run)
			all = append(all, run...)
		}
		SortEntities(all)
		got := mergeEntities(nil, runs, len(all))
		if len(all) == 0 {
			assert.Empty(t, got)
			return
		}
		assert.Equal(t, all, got)
	})
}

// appendCanonicalString must write what appendString does for the
// normalizer's output; appendString is held to encoding/json by
// FuzzAppendJSON.
func FuzzAppendCanonicalString(f *testing.F) {
	for _, s := range []string{
		"", "a\"b\\c\x01\x1f\x7f", "Thủ tướng \u2028 “Việt Nam” \u2029…–\u2027\u202a",
		"12345678\"\"\"\"\"\"\"\"\\\\\\\\\\\\\\\\\n\t\r\b\f\u00a2\u00dc\u0080 😀",
		strings.Repeat("Ủy viên Bộ Chính trị \u2028\"\n", 5) + "\xe2\x80", "\n\n\"\\", "x\ny\n\nz\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := normalize.String(s)
		assert.Equal(t, string(appendString(nil, c)), string(appendCanonicalString(nil, c)), "%q", c)
		assert.Equal(t, string(appendString(nil, c)), string(appendCanonicalShort(nil, c)), "%q", c)
	})
}

func TestAppendCanonicalString(t *testing.T) {
	for _, s := range []string{
		"", "\n", `"`, `\`, "a\nb\"c\\d", "\\\\\"\"\n\n", "Việt “Nam”\n\nà", "x\"", "\"x",
		strings.Repeat("Bộ trưởng \"Công an\"\n\\", 40),
	} {
		assert.Equal(t, string(appendString([]byte("{"), s)), string(appendCanonicalString([]byte("{"), s)), "%q", s)
		assert.Equal(t, string(appendString([]byte("{"), s)), string(appendCanonicalShort([]byte("{"), s)), "%q", s)
	}
}

// TestCodePointsCanonical asks canonical text's code points by blocks at
// every rune boundary, out of order, as NewRecord may, and at the end.
func TestCodePointsCanonical(t *testing.T) {
	for _, text := range []string{
		"Đ", "Thượng tướng Tô Lâm", strings.Repeat("Ủy viên Bộ Chính trị, 😀 ", 40), strings.Repeat("a", 3*cpBlock),
	} {
		var offs []int
		for i := range text {
			offs = append(offs, i)
		}
		offs = append(offs, len(text))
		for _, farFirst := range []bool{false, true} {
			c := newCodePoints(&Document{Text: text, validText: true})
			for k := range offs { // in order, or back and forth
				o := offs[k]
				if farFirst && k%2 == 0 {
					o = offs[len(offs)-1-k]
				}
				assert.Equal(t, utf8.RuneCountInString(text[:o]), c.take(o), "%q[:%d]", text, o)
			}
			c.release()
		}
	}
}

// TestAppendJSONCanonicalSpans: texts cut from canonical text, at code
// points or not, and texts changed after NewRecord are written as
// encoding/json writes them.
func TestAppendJSONCanonicalSpans(t *testing.T) {
	text := normalize.String("Đại tá \"Lê Văn An\"\nnhận Huân chương \\ Quân công ngày 2/9/2023.")
	at := func(sub string) Span {
		i := strings.Index(text, sub)
		return Span{i, i + len(sub)}
	}
	date := at("2/9/2023")
	doc := &Document{
		ID: "a", Text: text, validText: true,
		People: []Person{{ID: "p1", Name: "Lê Văn An",
			Titles:   []Title{{Span: at("Đại tá"), Role: "Đại tá"}, {Span: Span{1, 4}}}, // the second cuts Đ
			Mentions: []Span{at("\"Lê Văn An\"\nnhận"), at("An"), {Start: 2, End: 3}}}},
		Entities: []Entity{
			{Kind: KindDate, Span: date, Text: date.Of(text), Value: "2023-09-02", Date: &DateInfo{Grain: GrainDay}},
			{Kind: KindDate, Span: date, Text: "ngày 2/9", Value: "2023-09-02", Date: &DateInfo{Grain: GrainDay}},
		},
		Awards: []Award{{ID: "a1", Name: "Huân chương Quân công", Mentions: []Span{at("Huân chương \\ Quân công"), at("Quân")}}},
	}
	changes := []func(r *Record){
		func(*Record) {},
		func(r *Record) { r.People[0].Mentions[0].Text = "x\x01\xff\u2028" },
		func(r *Record) { r.People[0].Titles = nil },
		func(r *Record) { r.Awards[0].Mentions[0].Text = "Quân\x00" },
	}
	for i, change := range changes {
		rec := NewRecord(doc)
		assert.Len(t, rec.canon, 6) // all but the cuts inside Đ and ạ and the date of other text
		change(rec)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(rec))
		assert.Equal(t, want.String(), string(rec.AppendJSON(nil)), "change %d", i)
	}
}

func TestHasCanonicalEscape(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", false}, {"a", false}, {"\n", true}, {"Lê Văn", false}, {"Lê\"Văn", true},
		{"1234567\\", true}, {"12345678", false}, {"12345678\n", true}, {"\"12345678", true},
		{"Thượng tướng Tô Lâm", false}, {"Thượng tướng\nTô Lâm", true}, {"Thượng tướng Tô Lâm\\", true},
		{"\x0b\x21\x5b\x5d\xa2\xdc\x8a", false},
	} {
		assert.Equal(t, tt.want, hasCanonicalEscape(tt.s), "%q", tt.s)
	}
}

// TestMergeEntitiesWideOffsets: offsets past 32 bits, or negative, which
// headKey cannot order, still merge as SortEntities sorts.
func TestMergeEntitiesWideOffsets(t *testing.T) {
	runs := [][]Entity{
		{{Span: Span{1, 2}, Kind: KindDate}, {Span: Span{1 << 33, 1<<33 + 1}, Kind: KindDate}},
		{{Span: Span{-1, 3}, Kind: KindPerson}, {Span: Span{5, 6}, Kind: KindPerson}},
		{{Span: Span{1, 1 << 32}, Kind: KindTitle}, {Span: Span{1, 2}, Kind: KindAward}},
	}
	var all []Entity
	for _, r := range runs {
		all = append(all, r...)
	}
	want := slices.Clone(all)
	SortEntities(want)
	assert.Equal(t, want, mergeEntities(nil, runs, len(all)))
}

func TestHeadKey(t *testing.T) {
	for _, tt := range []struct {
		a, b Span // a before b
	}{
		{Span{0, 1}, Span{1, 2}}, {Span{3, 9}, Span{3, 5}}, {Span{7, 7}, Span{8, 20}}, {Span{1<<32 - 2, 1<<32 - 1}, Span{1<<32 - 1, 1<<32 - 1}},
	} {
		ka, oka := headKey(&Entity{Span: tt.a})
		kb, okb := headKey(&Entity{Span: tt.b})
		assert.True(t, oka && okb && ka < kb, "%v %v", tt.a, tt.b)
	}
	for _, s := range []Span{{-1, 2}, {1, 1 << 32}, {1 << 32, 1<<32 + 1}} {
		_, ok := headKey(&Entity{Span: s})
		assert.False(t, ok, "%v", s)
	}
}

// FuzzAppendJSONCanonicalSpans holds AppendJSON to encoding/json on
// records of canonical text with spans cut anywhere in it.
func FuzzAppendJSONCanonicalSpans(f *testing.F) {
	f.Add("Đại tá \"Lê Văn An\"\nnhận \\ Huân chương", []byte{0, 6, 2, 3, 9, 20, 7, 7})
	f.Fuzz(func(t *testing.T, s string, cuts []byte) {
		text := normalize.String(s)
		var spans []Span
		for ; len(cuts) >= 2 && len(text) > 0; cuts = cuts[2:] {
			a, b := int(cuts[0])%(len(text)+1), int(cuts[1])%(len(text)+1)
			spans = append(spans, Span{min(a, b), max(a, b)})
		}
		doc := &Document{ID: "a", Text: text, validText: true}
		doc.People = []Person{{ID: "p1", Mentions: spans}}
		for _, sp := range spans {
			doc.People[0].Titles = append(doc.People[0].Titles, Title{Span: sp})
			doc.Entities = append(doc.Entities, Entity{Kind: KindDate, Span: sp, Text: sp.Of(text), Date: &DateInfo{}})
		}
		doc.Awards = []Award{{ID: "a1", Mentions: spans}}
		rec := NewRecord(doc)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(rec))
		require.Equal(t, want.String(), string(rec.AppendJSON(nil)))
	})
}

func TestAppendInt(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 4096, 9999, 10000, 65535, 99999, 100000,
		1234567, 9999999, 10000000, 99999999, 1e8, 1e8 + 1, 1 << 40, -1, -10, -123456, math.MinInt64, math.MaxInt64} {
		require.Equal(t, strconv.AppendInt([]byte("x"), int64(n), 10), appendInt([]byte("x"), n), "%d", n)
	}
}
