package normalize

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

type tableRow struct {
	letter string
	code   []byte
	ok     bool // a code of its own, not a lossy substitute
}

func readTable(t testing.TB, file string) []tableRow {
	data, err := tables.ReadFile("tables/" + file)
	require.NoError(t, err)
	var rows []tableRow
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "unicode_nfc") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 3, line)
		code := []byte(f[1])
		if file != "viqr.tsv" {
			code, err = hex.DecodeString(f[1])
			require.NoError(t, err)
		}
		rows = append(rows, tableRow{f[0], code, strings.HasPrefix(f[2], "ok")})
	}
	require.NoError(t, sc.Err())
	require.Len(t, rows, 134, file)
	return rows
}

var encodingFiles = map[string]string{
	"tcvn3":  "tcvn3.tsv",
	"vni":    "vni_windows.tsv",
	"cp1258": "windows-1258.tsv",
	"viscii": "viscii.tsv",
	"vps":    "vps.tsv",
	"viqr":   "viqr.tsv",
}

// encodeAs writes NFC text in a legacy encoding from its table; letters it
// has no code of its own for take the substitute the table names.
func encodeAs(t testing.TB, encoding, text string) []byte {
	codes := map[rune][]byte{}
	for _, row := range readTable(t, encodingFiles[encoding]) {
		r, _ := utf8.DecodeRuneInString(row.letter)
		codes[r] = row.code
	}
	var b []byte
	afterLetter := false
	for _, r := range text {
		if c, ok := codes[r]; ok {
			b = append(b, c...)
			afterLetter = true
			continue
		}
		require.Less(t, r, rune(utf8.RuneSelf), "no code for %q in %s", r, encoding)
		if encoding == "viqr" && afterLetter && strings.ContainsRune("(^+'`?~.\\", r) {
			b = append(b, '\\') // RFC 1456 escapes a mark character after a letter
		}
		b = append(b, byte(r))
		afterLetter = isASCIILetter(byte(r))
	}
	return b
}

// Every letter with a code of its own decodes back to itself.
func TestCodecTables(t *testing.T) {
	loadCodecs()
	require.NoError(t, codecErr)
	for _, c := range codecs {
		file := map[*codec]string{codecs[0]: "tcvn3.tsv", codecs[5]: "tcvn5712-1_vn1.tsv"}[c]
		if file == "" {
			file = encodingFiles[c.name]
		}
		for _, row := range readTable(t, file) {
			if !row.ok {
				continue
			}
			got, _ := c.decodeString(row.code, nil)
			assert.Equal(t, row.letter, String(got), "%s %x", file, row.code)
		}
	}
	// a letter ends no word here: a final '.' or '?' may be punctuation
	for _, row := range readTable(t, "viqr.tsv") {
		got, _ := decodeVIQR(string(row.code)+"n", nil, false)
		assert.Equal(t, row.letter+"n", got, "viqr %s", row.code)
	}
}

func TestTCVN3LossyCapitals(t *testing.T) {
	for _, row := range readTable(t, "tcvn3.tsv") {
		if !row.ok {
			assert.True(t, strings.HasPrefix(row.letter, strings.ToUpper(row.letter)), "only capitals are lossy: %s", row.letter)
		}
	}
}

func readArticle(t testing.TB) string {
	data, err := os.ReadFile("testdata/article.txt")
	require.NoError(t, err)
	return String(string(data))
}

// asLatin1 is what a program that took legacy bytes for Windows-1252 (or
// Latin-1, for the codes 1252 leaves undefined) stored as text.
func asLatin1(b []byte) []byte {
	var out []byte
	for _, c := range b {
		r := rune(c)
		if c >= 0x80 && c < 0xA0 {
			if d := charmap.Windows1252.DecodeByte(c); d != utf8.RuneError {
				r = d
			}
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	article := readArticle(t)
	for enc := range encodingFiles {
		t.Run(enc, func(t *testing.T) {
			b := encodeAs(t, enc, article)
			res, err := Default.Bytes(b)
			require.NoError(t, err)
			assert.Equal(t, enc, res.Encoding)
			assert.Equal(t, article, res.Text)
			if enc == "viqr" {
				return
			}
			res, err = Default.Bytes(asLatin1(b))
			require.NoError(t, err)
			assert.Equal(t, enc, res.Encoding, "stored as Latin-1")
			assert.Equal(t, article, res.Text, "stored as Latin-1")
		})
	}
	t.Run("mojibake", func(t *testing.T) {
		res, err := Default.Bytes(asLatin1([]byte(article)))
		require.NoError(t, err)
		assert.Equal(t, "mojibake", res.Encoding)
		assert.Equal(t, article, res.Text)
	})
	t.Run("utf-16", func(t *testing.T) {
		for _, e := range []xunicode.Endianness{xunicode.LittleEndian, xunicode.BigEndian} {
			b, err := xunicode.UTF16(e, xunicode.UseBOM).NewEncoder().Bytes([]byte(article))
			require.NoError(t, err)
			res, err := Default.Bytes(b)
			require.NoError(t, err)
			assert.Equal(t, "utf-16", res.Encoding)
			assert.Equal(t, article, res.Text)
		}
	})
	t.Run("utf-8 BOM", func(t *testing.T) {
		res, err := Default.Bytes(append([]byte{0xEF, 0xBB, 0xBF}, article...))
		require.NoError(t, err)
		assert.Equal(t, "utf-8", res.Encoding)
		assert.Equal(t, article, res.Text)
	})
}

// Text that is already UTF-8 stays what it is.
func TestDetectKeepsUTF8(t *testing.T) {
	for _, s := range []string{
		"The minister said (in a statement) that C++ and e^x are fine. Who's there? I'd say so.",
		"Le garçon a mangé à côté de l'église. Müller, Zürich, São Paulo, Ærø.",
		"Café, naïve, résumé: déjà vu.",
		"Giá vàng hôm nay tăng mạnh.",
		"Ông Nguyễn Văn A được bổ nhiệm làm Giám đốc.",
		"«An ninh» © 2024 — 5 °C, ½ giờ",
		"Tôi là sinh viên.",
		"Hà Nội",
		"add odd sudden ladder Eddie DDR",
	} {
		res, err := Default.Bytes([]byte(s))
		require.NoError(t, err)
		assert.Equal(t, "utf-8", res.Encoding, s)
		assert.Equal(t, s, res.Text)
	}
}

func TestInvalidBytes(t *testing.T) {
	_, err := Default.Bytes([]byte{0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff})
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	// a stray byte in a long UTF-8 text is replaced, not taken for an encoding
	article := readArticle(t)
	b := []byte(article[:100] + "\xff" + article[100:])
	res, err := Default.Bytes(b)
	require.NoError(t, err)
	assert.Equal(t, "utf-8", res.Encoding)
	assert.Equal(t, article[:100]+"\uFFFD"+article[100:], res.Text)
	assert.Equal(t, 1, res.Edits.Invalid)
}

func TestDecode(t *testing.T) {
	article := readArticle(t)
	for enc := range encodingFiles {
		res, err := Default.Decode(encodeAs(t, enc, article), enc)
		require.NoError(t, err)
		assert.Equal(t, article, res.Text, enc)
	}
	_, err := Default.Decode([]byte("x"), "ebcdic")
	assert.Error(t, err)
}

func BenchmarkLegacy(b *testing.B) {
	article := readArticle(b)
	text := strings.Repeat(article+"\n\n", 4)
	encs := []string{"tcvn3", "vni", "cp1258", "viscii", "vps", "viqr"}
	for _, enc := range encs {
		in := encodeAs(b, enc, text)
		b.Run(enc, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Default.Bytes(in)
			}
		})
	}
	for _, enc := range []string{"tcvn3", "vni"} {
		in := asLatin1(encodeAs(b, enc, text))
		b.Run(enc+"-as-latin1", func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Default.Bytes(in)
			}
		})
	}
	in := asLatin1([]byte(text))
	b.Run("mojibake", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		b.ReportAllocs()
		for b.Loop() {
			Default.Bytes(in)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	article := readArticle(b)
	text := strings.Repeat(article+"\n\n", 4)
	for _, enc := range []string{"tcvn3", "vni", "cp1258", "viscii", "vps", "viqr"} {
		in := encodeAs(b, enc, text)
		b.Run(enc, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Default.Decode(in, enc)
			}
		})
	}
}

func TestVIQRWithUnicodePunctuation(t *testing.T) {
	res, err := Default.Bytes([]byte("“Ngu+o+`i da^n” – ba'o Tuo^?i Tre?"))
	require.NoError(t, err)
	assert.Equal(t, "viqr", res.Encoding)
	assert.Equal(t, "“Người dân” – báo Tuổi Trẻ", res.Text)
}

func TestTCVN3Capitals(t *testing.T) {
	for in, want := range map[string]string{
		"H\xb5 N\xe9I":                       "HÀ NỘI", // all caps
		"H\xb5 N\xe9i":                       "Hà Nội", // title case stays
		"\xf1Y BAN NH\xa2N D\xa2N":           "ỦY BAN NHÂN DÂN",
		"\xf1y ban nh\xa9n d\xa9n":           "ủy ban nhân dân",
		"T\xd8NH \xf1Y":                      "TỈNH ỦY",
		"Th\xf1 t\xad\xedng Ch\xddnh ph\xf1": "Thủ tướng Chính phủ",
	} {
		res, err := Default.Bytes([]byte(in))
		require.NoError(t, err)
		assert.Equal(t, "tcvn3", res.Encoding, want)
		assert.Equal(t, want, res.Text)
	}
}

func TestSampleKeepsRunes(t *testing.T) {
	article := readArticle(t)
	for cut := range 40 {
		b := []byte(strings.Repeat("x", cut) + article)
		s := sample(b)
		assert.True(t, utf8.Valid(s), "cut %d", cut)
		assert.LessOrEqual(t, len(s), sampleSize)
		assert.Greater(t, len(s), sampleSize/2)
	}
	// mojibake far into a text is still found
	res, err := Default.Bytes(asLatin1([]byte(strings.Repeat("Tin tức mới. ", 100) + article)))
	require.NoError(t, err)
	assert.Equal(t, "mojibake", res.Encoding)
}

// Bytes that are all continuation bytes have no rune start to cut at;
// the fuzzer found sample walking off the front of such a run.
func TestSampleContinuationRun(t *testing.T) {
	for _, b := range [][]byte{
		bytes.Repeat([]byte{0x80}, sampleSize+1),
		append([]byte("ab "), bytes.Repeat([]byte{0xBF}, 2*sampleSize)...),
		append(bytes.Repeat([]byte{0x99}, sampleSize), 'x', ' ', 0xC3),
	} {
		s := sample(b)
		assert.NotEmpty(t, s)
		assert.LessOrEqual(t, len(s), sampleSize)
		assert.NotPanics(t, func() { _, _ = Default.Bytes(b) })
	}
}

func FuzzSample(f *testing.F) {
	f.Add(bytes.Repeat([]byte{0x80}, sampleSize+1))
	f.Add([]byte(strings.Repeat("Tin tức mới. ", 100)))
	f.Fuzz(func(t *testing.T, b []byte) {
		s := sample(b)
		if len(b) > 0 && len(s) == 0 {
			t.Fatalf("empty sample of %d bytes", len(b))
		}
		if len(b) > sampleSize && len(s) > sampleSize {
			t.Fatalf("sample of %d bytes", len(s))
		}
	})
}

func TestLatin1OnlyInSample(t *testing.T) {
	// the sample reads as TCVN3 stored as Latin-1, but later text is real
	// UTF-8 Vietnamese: keep it all as it is
	in := string(asLatin1(encodeAs(t, "tcvn3", "Việt Nam"))) + " " + strings.Repeat("x ", 500) + "Hà Nội"
	res, err := Default.Bytes([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, "utf-8", res.Encoding)
	assert.Equal(t, in, res.Text)
}

func TestTCVN3WithWindowsPunctuation(t *testing.T) {
	// VN3 text keeps Windows-1252 quotes and dashes in 0x80-0x9f, where VN1
	// has capitals: "Hà Nội – Việt Nam" must not become "Hà Nội Ọ Việt Nam"
	for _, text := range []string{
		"“Hà Nội” – Việt Nam, thủ đô – nơi có nhiều di tích; “tốt” – “đẹp”.",
		"Hà Nội – Việt Nam – thủ đô – nơi có nhiều di tích – đẹp – tốt",
	} {
		var in []byte
		for _, r := range text {
			switch r {
			case '–':
				in = append(in, 0x96)
			case '“':
				in = append(in, 0x93)
			case '”':
				in = append(in, 0x94)
			default:
				in = append(in, encodeAs(t, "tcvn3", string(r))...)
			}
		}
		res, err := Default.Bytes(in)
		require.NoError(t, err)
		assert.Equal(t, "tcvn3", res.Encoding)
		assert.Equal(t, text, res.Text)
	}
}
