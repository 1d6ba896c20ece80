package view

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHighlight(t *testing.T) {
	const text = "Đại tá Trần Thị Mai nhận Huân chương <hạng Ba> & \"Bằng khen\"."
	sub := func(s, e int) string { return string([]rune(text)[s:e]) }
	tests := []struct {
		name    string
		marks   []Mark
		html    string // when set, the exact output
		dropped int
	}{
		{name: "no marks", html: "Đại tá Trần Thị Mai nhận Huân chương &lt;hạng Ba&gt; &amp; &#34;Bằng khen&#34;."},
		{name: "one mark", marks: []Mark{{Start: 7, End: 19, Kind: KindPerson, ID: "m0", Ref: "p1", Label: "Trần Thị Mai"}},
			html: `Đại tá <span class="hl k-person" data-m="m0" data-kind="person" data-ref="p1" title="Trần Thị Mai">Trần Thị Mai</span> nhận Huân chương &lt;hạng Ba&gt; &amp; &#34;Bằng khen&#34;.`},
		{name: "rank nested in person", marks: []Mark{
			{Start: 0, End: 6, Kind: KindRank, ID: "m1"},
			{Start: 0, End: 19, Kind: KindPerson, ID: "m0"},
		}, html: `<span class="hl k-person" data-m="m0" data-kind="person"><span class="hl k-rank" data-m="m1" data-kind="rank">Đại tá</span> Trần Thị Mai</span> nhận Huân chương &lt;hạng Ba&gt; &amp; &#34;Bằng khen&#34;.`},
		{name: "same span: person outside rank", marks: []Mark{
			{Start: 0, End: 6, Kind: KindRank, ID: "r"}, {Start: 0, End: 6, Kind: KindPerson, ID: "p"},
		}, html: `<span class="hl k-person" data-m="p" data-kind="person"><span class="hl k-rank" data-m="r" data-kind="rank">Đại tá</span></span> Trần Thị Mai nhận Huân chương &lt;hạng Ba&gt; &amp; &#34;Bằng khen&#34;.`},
		{name: "crossing spans are split", marks: []Mark{
			{Start: 0, End: 11, Kind: KindTitle, ID: "a"}, {Start: 7, End: 19, Kind: KindPerson, ID: "b"},
		}, html: `<span class="hl k-title" data-m="a" data-kind="title">Đại tá <span class="hl k-person" data-m="b" data-kind="person">Trần</span></span><span class="hl k-person cont" data-m="b" data-kind="person"> Thị Mai</span> nhận Huân chương &lt;hạng Ba&gt; &amp; &#34;Bằng khen&#34;.`},
		{name: "adjacent spans", marks: []Mark{{Start: 0, End: 6, Kind: KindRank, ID: "a"}, {Start: 6, End: 7, Kind: KindDate, ID: "b"}}},
		{name: "escaping in text and attributes", marks: []Mark{{Start: 37, End: 46, Kind: KindAward, ID: `x"<>`, Ref: `'&`, Label: `<b>"`}}},
		{name: "whole text", marks: []Mark{{Start: 0, End: utf8.RuneCountInString(text), Kind: KindDate, ID: "all"}}},
		{name: "invalid spans dropped", dropped: 4, marks: []Mark{
			{Start: -1, End: 3, ID: "neg"}, {Start: 5, End: 500, ID: "far"}, {Start: 4, End: 4, ID: "empty"}, {Start: 6, End: 2, ID: "backwards"},
			{Start: 0, End: 3, ID: "ok"},
		}},
		{name: "three-way crossing", marks: []Mark{
			{Start: 0, End: 10, ID: "a"}, {Start: 5, End: 15, ID: "b", Kind: KindTitle}, {Start: 8, End: 20, ID: "c", Kind: KindDate},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, dropped := Highlight(text, tt.marks)
			if tt.html != "" {
				assert.Equal(t, tt.html, string(out))
			}
			assert.Len(t, dropped, tt.dropped)
			got, marks, err := parseMarked(string(out))
			require.NoError(t, err, out)
			assert.Equal(t, text, got)
			for _, m := range tt.marks {
				if m.Start < 0 || m.End > utf8.RuneCountInString(text) || m.Start >= m.End {
					assert.NotContains(t, marks, m.ID)
					continue
				}
				assert.Equal(t, sub(m.Start, m.End), marks[m.ID], m.ID)
			}
		})
	}
}

func TestHighlightInvalidUTF8(t *testing.T) {
	text := "a\xffb\xfe\xfdc"
	out, dropped := Highlight(text, []Mark{{Start: 1, End: 5, ID: "m"}})
	require.Empty(t, dropped)
	got, marks, err := parseMarked(string(out))
	require.NoError(t, err)
	assert.Equal(t, "a\uFFFDb\uFFFD\uFFFDc", got, "one U+FFFD per bad byte, as offsets count them")
	assert.Equal(t, "\uFFFDb\uFFFD\uFFFD", marks["m"])
}

// TestHighlightProperties draws random marks over Vietnamese text: the
// markup is well formed, the text comes back whole, and each mark's
// elements hold exactly its span.
func TestHighlightProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("Thượng tướng Tô Lâm trao tặng Kỷ niệm chương ngày 12-9-2017 cho đồng chí <Hoàng> & \"Hải\"\n\n ữ ặ ỗ")
	for i := range 500 {
		var sb strings.Builder
		for range 1 + rng.IntN(30) {
			sb.WriteString(words[rng.IntN(len(words))])
			sb.WriteByte(" \n"[rng.IntN(2)])
		}
		text := sb.String()
		n := utf8.RuneCountInString(text)
		marks := make([]Mark, rng.IntN(12))
		for j := range marks {
			s := rng.IntN(n+2) - 1
			marks[j] = Mark{Start: s, End: s + rng.IntN(n/2+2), Kind: Kind(rng.IntN(int(kindCount))), ID: "m" + strconv.Itoa(j)}
		}
		out, _ := Highlight(text, marks)
		got, spans, err := parseMarked(string(out))
		require.NoError(t, err, "case %d: %s", i, out)
		require.Equal(t, text, got, "case %d", i)
		for _, m := range marks {
			if m.Start >= 0 && m.End <= n && m.Start < m.End {
				require.Equal(t, string([]rune(text)[m.Start:m.End]), spans[m.ID], "case %d mark %+v", i, m)
			}
		}
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Thượng tướng Tô Lâm, Bộ trưởng", 0, 19, 0, 6, 13, 30)
	f.Add("a<b>&c", 1, 4, 2, 6, 0, 1)
	f.Add("\xff\xfe", 0, 2, 1, 2, -1, 5)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, s3, e3 int) {
		marks := []Mark{
			{Start: s1, End: e1, Kind: KindPerson, ID: "a", Ref: text},
			{Start: s2, End: e2, Kind: KindRank, ID: "b", Label: text},
			{Start: s3, End: e3, Kind: KindTitle, ID: "c"},
		}
		out, dropped := Highlight(text, marks)
		got, spans, err := parseMarked(string(out))
		if err != nil {
			t.Fatalf("malformed markup: %v\n%s", err, out)
		}
		runes := []rune(text)
		if got != string(runes) {
			t.Fatalf("text changed: %q != %q", got, string(runes))
		}
		valid := 0
		for _, m := range marks {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				continue
			}
			valid++
			if spans[m.ID] != string(runes[m.Start:m.End]) {
				t.Fatalf("mark %+v shows %q", m, spans[m.ID])
			}
		}
		if valid+len(dropped) != len(marks) {
			t.Fatalf("%d shown + %d dropped != %d marks", valid, len(dropped), len(marks))
		}
	})
}

func BenchmarkHighlight(b *testing.B) {
	var sb strings.Builder
	for range 200 {
		sb.WriteString("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, trao Huân chương ngày 12-9-2017. ")
	}
	text := sb.String()
	var marks []Mark
	for i := range 200 {
		base := i * 77
		marks = append(marks,
			Mark{Start: base, End: base + 19, Kind: KindPerson, ID: "p" + strconv.Itoa(i)},
			Mark{Start: base, End: base + 12, Kind: KindRank, ID: "r" + strconv.Itoa(i)},
			Mark{Start: base + 21, End: base + 41, Kind: KindTitle, ID: "t" + strconv.Itoa(i)},
		)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Highlight(text, marks)
	}
}
