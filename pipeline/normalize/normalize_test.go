package normalize

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
		edits          Edits
	}{
		{"clean", "Đại tá Nguyễn Văn An nhận Huân chương.", "Đại tá Nguyễn Văn An nhận Huân chương.", Edits{}},
		{"nfd", norm.NFD.String("Thủ tướng"), "Thủ tướng", Edits{NFC: 4}},
		{"doubled dot below", "thị\u0323 trấn", "thị trấn", Edits{Marks: 1}},
		{"doubled tone on a horned letter", "Ướ\u0301c mơ", "Ước mơ", Edits{Marks: 1}},
		{"doubled circumflex", "tie\u0302\u0302\u0301ng", "tiếng", Edits{NFC: 2, Marks: 1}},
		{"eth", "Ðà Nẵng, ðường", "Đà Nẵng, đường", Edits{Eth: 2}},
		{"spaces", "  Hà\u00a0Nội \t ngày  1  ", "Hà Nội ngày 1", Edits{Space: 5}},
		{"paragraphs", "Đoạn một.\r\n\r\n\r\nĐoạn hai.\nDòng ba.\n\n", "Đoạn một.\n\nĐoạn hai.\nDòng ba.", Edits{Space: 2}},
		{"line with spaces only", "Một.\n   \nHai.", "Một.\n\nHai.", Edits{Space: 1}},
		{"paragraph separator", "Một.\u2029Hai.", "Một.\n\nHai.", Edits{Space: 1}},
		{"invisible", "\ufeffHà\u200bNội\u00ad và\u200d TP", "HàNội và TP", Edits{Invisible: 4}},
		{"controls", "Bộ\x07 Công\x00 an\u0085mới", "Bộ Công an\nmới", Edits{Invisible: 2, Space: 1}},
		{"tone new style", "hoà, khoẻ, thuỷ, Hoá, HOÀ", "hòa, khỏe, thủy, Hóa, HÒA", Edits{Tone: 5}},
		{"closed syllables keep their tone", "hoàn, toán, hoạch, huýt, khoét", "hoàn, toán, hoạch, huýt, khoét", Edits{}},
		{"misplaced", "lựơng, nghịêm, đaị, ngừơi, thủơ, xòai, khủyu, muà", "lượng, nghiệm, đại, người, thuở, xoài, khuỷu, mùa", Edits{Tone: 8}},
		{"qu and gi", "qúy, qủa, gịa, gì, gìn, giữ, quốc", "quý, quả, giạ, gì, gìn, giữ, quốc", Edits{Tone: 3}},
		{"y and i kept", "kỹ, kĩ, lý, lí, quy, qui", "kỹ, kĩ, lý, lí, quy, qui", Edits{}},
		{"quotes and dashes kept", "“Tôi” – «An» — „x“ −5", "“Tôi” – «An» — „x“ −5", Edits{}},
		{"foreign words", "Zürich, São Paulo, café, naïve, Müller", "Zürich, São Paulo, café, naïve, Müller", Edits{}},
		{"foreign decomposed", "Zu\u0308rich", "Zürich", Edits{NFC: 1}},
		{"other scripts", "北京 Москва ", "北京 Москва", Edits{Space: 1}},
		{"invalid byte", "Hà\xffNội", "Hà\uFFFDNội", Edits{Invalid: 1}},
		{"stray mark", "\u0301a b", "\u0301a b", Edits{}},
		{"marks across a control", "\u0300\x10\u0323", "\u0323\u0300", Edits{Invisible: 1, NFC: 1}},
		{"composition across a control", "a =\x10\u0338 b", "a ≠ b", Edits{Invisible: 1, NFC: 1}},
		{"empty", "", "", Edits{}},
		{"only space", " \n\t ", "", Edits{Space: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, e := Default.String(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.edits, e)
			again, e2 := Default.String(got)
			assert.Equal(t, got, again, "idempotent")
			assert.Equal(t, Edits{}, e2)
		})
	}
}

func TestToneOld(t *testing.T) {
	old := New(Options{ToneStyle: ToneOld})
	for in, want := range map[string]string{
		"hòa":        "hoà",
		"Thanh Hóa":  "Thanh Hoá",
		"HÒA BÌNH":   "HOÀ BÌNH",
		"khỏe":       "khoẻ",
		"lòe loẹt":   "loè loẹt",
		"thủy":       "thuỷ",
		"Ủy ban":     "Uỷ ban",
		"hoàn thành": "hoàn thành",
		"huýt":       "huýt",
		"quý":        "quý",
		"xoáy":       "xoáy",
		"khuỷu":      "khuỷu",
		"lựơng":      "lượng",
		"mùa":        "mùa",
		"ngoẹo":      "ngoẹo",
		"giạ":        "giạ",
	} {
		got, _ := old.String(in)
		assert.Equal(t, want, got, in)
	}
	// every vector, read in the old style, agrees with the new style once
	// the new style is applied
	for _, v := range readVectors(t) {
		res, err := old.Bytes(v.input)
		require.NoError(t, err)
		assert.Equal(t, v.expected, String(res.Text), "line %d", v.line)
	}
}

func TestASCIIUntouched(t *testing.T) {
	for _, s := range []string{
		"Hello, world! (1+2)*3 = 9; x^2 - y^2.",
		"http://example.com/a?b=c&d=e#f",
		"The end.",
		"Line one\nLine two\n\nParagraph",
	} {
		got, e := Default.String(s)
		assert.Equal(t, s, got)
		assert.Equal(t, Edits{}, e)
		res, err := Default.Bytes([]byte(s))
		require.NoError(t, err)
		assert.Equal(t, s, res.Text)
		assert.Equal(t, "utf-8", res.Encoding)
	}
}

func TestCleanTextIsNotCopied(t *testing.T) {
	s := strings.Repeat("Công an tỉnh Thanh Hóa bắt giữ đối tượng.\n\n", 50)
	s = s[:len(s)-2]
	allocs := testing.AllocsPerRun(20, func() {
		out, _ := Default.String(s)
		if out != s {
			t.Fatal("changed")
		}
	})
	assert.Zero(t, allocs)
}

func TestAlignString(t *testing.T) {
	in := "  Ông\u00a0Nguye\u0302\u0303n   Văn\u200b A, Thanh Hoá.\n\n\n"
	out, _, a := Default.AlignString(in)
	require.Equal(t, "Ông Nguyễn Văn A, Thanh Hóa.", out)
	for _, w := range []struct{ word, src string }{
		{"Ông", "Ông"},
		{"Nguyễn", "Nguye\u0302\u0303n"},
		{"Văn", "Văn\u200b"},
		{"A,", "A,"},
		{"Hóa", "Hoá"},
	} {
		i := strings.Index(out, w.word)
		s, e := a.Span(i, i+len(w.word))
		assert.Equal(t, w.src, in[s:e], w.word)
	}
	assert.Equal(t, 2, a.Input(0))
	assert.Equal(t, len(in), a.Input(len(out)))
}

func TestAlignBytes(t *testing.T) {
	in := encodeAs(t, "vni", "Ông Nguyễn Văn A")
	res, a, err := Default.AlignBytes(in)
	require.NoError(t, err)
	require.Equal(t, "Ông Nguyễn Văn A", res.Text)
	i := strings.Index(res.Text, "Nguyễn")
	s, e := a.Span(i, i+len("Nguyễn"))
	assert.Equal(t, encodeAs(t, "vni", "Nguyễn"), in[s:e])

	bom := append([]byte{0xEF, 0xBB, 0xBF}, "Hà Nội"...)
	res, a, err = Default.AlignBytes(bom)
	require.NoError(t, err)
	s, e = a.Span(0, len(res.Text))
	assert.Equal(t, "Hà Nội", string(bom[s:e]))

	moji := asLatin1(encodeAs(t, "tcvn3", "Việt Nam"))
	res, a, err = Default.AlignBytes(moji)
	require.NoError(t, err)
	require.Equal(t, "Việt Nam", res.Text)
	s, e = a.Span(0, len("Việt"))
	assert.Equal(t, "ViÖt", string(moji[s:e]))
}

func TestTransformer(t *testing.T) {
	in := strings.Repeat("  Thanh Hoá,\u00a0ngày 2/9 —  Ðà Nẵng\r\n\r\n\r\nNguye\u0302\u0303n Văn A. =\x10\u0338 ", 300)
	want := String(in)
	for _, size := range []int{1, 2, 3, 7, 64, 4096} {
		got := transformChunks(t, New(Options{}).Transformer(), in, size)
		require.Equal(t, want, got, "chunk %d", size)
	}
	got, _, err := transform.String(Default.Transformer(), in)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// transformChunks feeds in to tr size bytes at a time into a small dst.
func transformChunks(t testing.TB, tr transform.Transformer, in string, size int) string {
	var out []byte
	dst := make([]byte, max(size, 8))
	src := []byte(in)
	for {
		n := min(size, len(src))
		atEOF := n == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[:n], atEOF)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		require.NoError(t, err)
		if atEOF && len(src) == 0 {
			return string(out)
		}
	}
}

func checkAlignment(t testing.TB, a *Alignment, outLen, inLen int) {
	prev := 0
	for off := 0; off <= outLen; off++ {
		in := a.Input(off)
		if in < prev || in > inLen {
			t.Fatalf("Input(%d) = %d after %d (input %d bytes)", off, in, prev, inLen)
		}
		prev = in
		if off < outLen {
			s, e := a.Span(off, off+1)
			if s > e || s < 0 || e > inLen {
				t.Fatalf("Span(%d, %d) = %d, %d", off, off+1, s, e)
			}
		}
	}
	if outLen > 0 {
		if s, e := a.Span(0, outLen); s < 0 || e > inLen || s > e {
			t.Fatalf("Span of all = %d, %d", s, e)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, v := range readVectors(f) {
		f.Add(string(v.input))
	}
	f.Add("  Thanh Hoá,\u00a0ngày\r\n\r\n2/9\u200b — Ðà\x00 Nẵng\u0301\u0301 ")
	f.Fuzz(func(t *testing.T, s string) {
		out, _, a := Default.AlignString(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8: %q", out)
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("not NFC: %q", out)
		}
		checkNoControls(t, out)
		if again, _ := Default.String(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		if plain, _ := Default.String(s); plain != out {
			t.Fatalf("AlignString %q != String %q", out, plain)
		}
		for _, size := range []int{1, 5, 13} {
			if got := transformChunks(t, Default.Transformer(), s, size); got != out {
				t.Fatalf("stream(%d) %q != one-shot %q", size, got, out)
			}
		}
		checkAlignment(t, a, len(out), len(s))
		if isPlainASCII(s) {
			if out != s {
				t.Fatalf("ASCII changed: %q -> %q", s, out)
			}
		}
	})
}

// checkNoControls holds canonical text to having no control character but
// '\n' and no U+2028 or U+2029: the JSON encoder of package pipeline
// escapes only '\n', '"' and '\\' in it.
func checkNoControls(t *testing.T, s string) {
	t.Helper()
	for i, r := range s {
		if r < 0x20 && r != '\n' || r == '\u2028' || r == '\u2029' {
			t.Fatalf("%U at %d in %q", r, i, s)
		}
	}
}

// isPlainASCII reports printable ASCII in canonical spacing: no runs of
// white space, none at the ends.
func isPlainASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

func FuzzBytes(f *testing.F) {
	for _, v := range readVectors(f) {
		f.Add(v.input)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		res, a, err := Default.AlignBytes(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(res.Text) || !norm.NFC.IsNormalString(res.Text) {
			t.Fatalf("bad text %q", res.Text)
		}
		checkNoControls(t, res.Text)
		if again, _ := Default.String(res.Text); again != res.Text {
			t.Fatalf("not idempotent: %q -> %q", res.Text, again)
		}
		// text with a letter outside Windows-1252 has no second reading (a
		// lone "û" may well be TCVN3 for "ỷ")
		if _, latin := toLatin1([]byte(res.Text), nil); !latin {
			if again, err := Default.Bytes([]byte(res.Text)); err != nil || again.Text != res.Text {
				t.Fatalf("Bytes not idempotent: %q -> %q (%s)", res.Text, again.Text, again.Encoding)
			}
		}
		plain, err := Default.Bytes(b)
		if err != nil || plain.Text != res.Text || plain.Encoding != res.Encoding {
			t.Fatalf("AlignBytes and Bytes disagree: %q %q", plain.Text, res.Text)
		}
		checkAlignment(t, a, len(res.Text), len(b))
		if isPlainASCII(string(b)) && !strings.ContainsAny(string(b), "^+(`~'?.") && !strings.Contains(strings.ToLower(string(b)), "dd") {
			if res.Text != string(b) {
				t.Fatalf("ASCII changed: %q -> %q", b, res.Text)
			}
		}
	})
}

func TestConcurrentUse(t *testing.T) {
	in := []byte(strings.Repeat("Thanh Hoá,\u00a0ngày  2/9. ", 50))
	want, err := Default.Bytes(in)
	require.NoError(t, err)
	done := make(chan Result)
	for range 4 {
		go func() {
			var r Result
			for range 20 {
				r, _ = Default.Bytes(in)
			}
			done <- r
		}()
	}
	for range 4 {
		assert.Equal(t, want, <-done)
	}
}

func TestReplaceInvalidUTF8(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"valid", "Đại tá 😀", "Đại tá 😀"},
		{"empty", "", ""},
		{"one byte each", "a\xe1\x80b", "a\uFFFD\uFFFDb"},
		{"surrogate", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"truncated at end", "nh\xc3", "nh\uFFFD"},
		{"legacy", "V\xa8n", "V\uFFFDn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(ReplaceInvalidUTF8([]byte(tt.in))))
		})
	}
}

// TestJSONBytes: JSONBytes is Bytes of the text with invalid bytes
// replaced, legacy encodings of valid UTF-8 still detected.
func TestJSONBytes(t *testing.T) {
	for _, in := range []string{
		"Đại tá Nguyễn Văn An",
		"Th\xb8ng 9 n\xb5m 2023, \xae\xb9i t\xb8 Nguy\xd6n V\xa8n A",
		"L\xea V\xa8n \xe1n nh\xc3",
		"Dda.i ta' Nguye^~n",
		"Ä\u0090aÌ£i taÌ\u0081",
		norm.NFD.String("Thủ tướng"),
		"",
	} {
		want, wantErr := Default.Bytes(ReplaceInvalidUTF8([]byte(in)))
		got, err := Default.JSONBytes([]byte(in))
		assert.Equal(t, wantErr, err, "%q", in)
		assert.Equal(t, want, got, "%q", in)
	}
}

// FuzzJSONBytes holds JSONBytes to Bytes of the text with its invalid
// bytes replaced: the run's own validation must catch every invalid byte.
func FuzzJSONBytes(f *testing.F) {
	for _, s := range []string{"Đại tá", "V\xa8n \xe1", "nh\xc3", "\xed\xa0\x80 c\xf4\x90\x80\x80", "\xc0\xaf \xe0\x80\xaf"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want, wantErr := Default.Bytes(ReplaceInvalidUTF8(bytes.Clone(b)))
		got, err := Default.JSONBytes(b)
		require.Equal(t, wantErr, err)
		require.Equal(t, want, got)
	})
}
