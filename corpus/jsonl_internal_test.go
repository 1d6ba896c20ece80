package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/internal/synth"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

func TestScanID(t *testing.T) {
	tests := []struct {
		name, in string
		raw      string
		ok       bool
	}{
		{"string id", `{"id":"a1","text":"x"}`, `"a1"`, true},
		{"number id", `{"text":"x", "id": 42 }`, `42`, true},
		{"no id", `{"text":"x"}`, ``, true},
		{"empty object", ` { } `, ``, true},
		{"last id wins", `{"id":"a","id":"b"}`, `"b"`, true},
		{"any case", `{"ID":"A"}`, `"A"`, true},
		{"nested id ignored", `{"meta":{"id":"n"},"text":"x"}`, ``, true},
		{"escaped quotes", `{"text":"nói \"không\" \\","id":"q"}`, `"q"`, true},
		{"array value", `{"tags":["a","]}"],"id":"t"}`, `"t"`, true},
		{"literals", `{"a":true,"b":false,"c":null,"id":-1.5e3}`, `-1.5e3`, true},
		{"escaped key", `{"i\u0064":"x"}`, ``, false},
		{"not an object", `["id"]`, ``, false},
		{"unterminated", `{"id":"a`, ``, false},
		{"trailing garbage", `{"id":"a"} x`, ``, false},
		{"missing colon", `{"id" "a"}`, ``, false},
		{"bad literal", `{"id":nope}`, ``, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, ok := scanID([]byte(tt.in))
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, tt.raw, string(raw))
			}
		})
	}
}

// FuzzJSONLine: the lazy path (id scanned by the source, the rest decoded
// on a worker) gives the same article as decoding the line at once.
func FuzzJSONLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","title":"Lễ","text":"Đại tá Lê Văn An","published":"2023-09-02"}`,
		`{"ID":7,"content":"x","date":"02/09/2023"}`,
		`{"id":"a","id":"b","body":"y"}`,
		`{"text":"nói \"không\" \\","id":"q"}`,
		`{"id":"x","text":1}`,
		`{"Id":null,"text":"z"}`,
		`not json`,
		`{"id":"a"`,
		"{\"text\":\"L\xea V\xa8n \\u00e9 \xe1\\n\",\"x\":\"\xff\"}",
		"{\"title\":\"\xff\",\"text\":\"a\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		j := &jsonlSource{uri: "u", line: 1}
		// The lazy path owns its line (it unquotes the text in place).
		lazy := j.parse(bytes.Clone(line))
		if lazy.Convert != nil {
			lazy.Convert(lazy)
		}
		eager := &pipeline.Article{ID: j.derivedID()}
		decode(line, eager)
		if eager.Err != nil {
			require.NotNil(t, lazy.Err, "lazy accepted what eager refused")
			assert.Equal(t, eager.Err.Code, lazy.Err.Code)
			return
		}
		require.Nil(t, lazy.Err)
		assert.Equal(t, eager.ID, lazy.ID)
		// The lazy path leaves the text's UTF-8 to the pipeline, which
		// reads it as encoding/json does.
		assert.Equal(t, eager.Body, normalize.ReplaceInvalidUTF8(lazy.Body))
		assert.Equal(t, eager.Title, lazy.Title)
		assert.Equal(t, eager.URL, lazy.URL)
		assert.Equal(t, eager.Published, lazy.Published)
	})
}

func benchLine(b *testing.B) []byte {
	var buf bytes.Buffer
	require.NoError(b, synth.WriteJSONL(&buf, synth.New(5).Next()))
	return bytes.TrimSpace(buf.Bytes())
}

// BenchmarkDecodeLine compares the worker's decoding of a JSON line, fast
// path and encoding/json.
func BenchmarkDecodeLine(b *testing.B) {
	line := benchLine(b)
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		b.ReportAllocs()
		// decodeLine unquotes in place: each round gets a fresh copy, as
		// each article gets its own line from the source.
		buf := make([]byte, len(line))
		for b.Loop() {
			copy(buf, line)
			a := &pipeline.Article{Body: buf}
			decodeLine(a)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		b.ReportAllocs()
		for b.Loop() {
			decode(line, &pipeline.Article{})
		}
	})
}

// FuzzDecodeFastValid holds decodeFast's walk to json.Valid: it must never
// accept a line json.Valid refuses, and it should take the common valid
// lines (objects of plain members) itself.
func FuzzDecodeFastValid(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Đại tá \"Lê\"\n\u0041\ud83d\ude00","n":[1,{"x":null}],"t":true}`,
		`{"a":1,}`, `{"a" 1}`, `{"a":tru}`, "{\"a\":\"\x01\"}", `{"a":"\u12"}`, `{} x`,
		`{"a":[1,2}`, `{"a":01}`, `{"a":1.}`, `{"a":-}`, `{"a":"x"`, `{"a":"\q"}`, `{,}`,
		` { "text" : "x" } `, `{"text":"x"}{}`, `{"a":{"b":"}"}}`, `{"a":"\\"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var in fastArticle
		if decodeFast(line, &in) {
			require.True(t, json.Valid(line), "decodeFast accepted invalid JSON %q", line)
		}
	})
}

func TestDecodeFastTakesPlainLines(t *testing.T) {
	for _, line := range []string{
		`{"id":"a","title":"Lễ trao","text":"Đại tá Lê Văn An.\nĐoạn hai \"trích\".","published":"2023-09-02"}`,
		` { "id" : 7 , "content" : "x" , "tags" : ["a", {"b": null}], "score": -1.5e3, "ok": false } `,
		`{}`,
	} {
		var in fastArticle
		assert.True(t, decodeFast([]byte(line), &in), line)
	}
}

// FuzzUnquoteInPlace: decoding a string in its own memory gives what
// decoding it into new memory gives, for every string checkString passes.
func FuzzUnquoteInPlace(f *testing.F) {
	for _, s := range []string{
		`plain`, `a\"b\\c\/d\n\t\r\b\f`, `\u0041\u1ea1`, `\ud83d\ude00 x`, `\ud800`, `\ud800\u0041`,
		`\udc00\ud800`, `Đại tá \"Lê\"\n`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, s []byte) {
		if ok, _ := checkString(s); !ok {
			t.Skip()
		}
		want := unquote(s)
		got := unquoteInPlace(bytes.Clone(s))
		require.Equal(t, string(want), string(got))
	})
}

// FuzzCheckString holds checkString to the byte-at-a-time loop it was
// before it skipped plain ASCII a word at a time.
func FuzzCheckString(f *testing.F) {
	f.Add([]byte(`Thủ tướng \"Việt Nam\" \u00e9\\ 12345678\n` + "\x01 \xff \xe2\x80\xa8 😀"))
	f.Add([]byte(`abcdefg\`))
	f.Fuzz(func(t *testing.T, s []byte) {
		ok, valid := checkString(s)
		wantOK, wantValid := checkStringBytewise(s)
		if ok != wantOK || valid != wantValid {
			t.Fatalf("%q: got %v %v, want %v %v", s, ok, valid, wantOK, wantValid)
		}
		if checkEscapes(s) != ok {
			t.Fatalf("%q: checkEscapes %v, checkString %v", s, !ok, ok)
		}
	})
}

func checkStringBytewise(s []byte) (ok, valid bool) {
	valid = true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != '\\':
				i++
			case c < 0x20 || i+1 >= len(s):
				return false, false
			case strings.IndexByte(`"\\/bfnrt`, s[i+1]) >= 0:
				i += 2
			case s[i+1] == 'u' && i+6 <= len(s) && isHex4(s[i+2:i+6]):
				i += 6
			default:
				return false, false
			}
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			valid = false
		}
		i += n
	}
	return true, valid
}

func TestCheckEscapes(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{``, true},
		{`Đại tá Lê Văn An, "chín" chữ`, true},
		{`nói \"không\" \\ \/ \b\f\n\r\t`, true},
		{`\u00e9 \uABCD`, true},
		{"L\xea V\xa8n \xff\xdc", true}, // any UTF-8: 0xDC has '\\' in its low bits
		{"\x85 sau tám byte", true},     // as has 0x85 a control character
		{`dài hơn tám byte \`, false},
		{`\x`, false},
		{`\u12G4`, false},
		{`\u12`, false},
		{"tab\tbên trong", false},
		{"mười sáu byte rồi\x1f", false},
		{"Đại\x01 tá Lê Văn An nhận", false}, // in the first word of a round
		{"Đại tá Lê\x1f Văn An nhận", false}, // in the second
		{"Đại tá Lê Văn \\q An nhận", false}, // an escape that is none
		{`Đại tá "Lê" Văn \" An nhận`, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.ok, checkEscapes([]byte(tt.in)), "%q", tt.in)
	}
}

// TestHasControl puts one control character at every offset of texts
// whose lengths cross hasControl's rounds of 32 and 16 bytes and its tail.
func TestHasControl(t *testing.T) {
	for _, n := range []int{0, 1, 15, 16, 17, 31, 32, 33, 47, 48, 63, 64, 65, 100} {
		plain := []byte(strings.Repeat("Ủy ban\x7f~ ", n)[:n])
		if hasControl(plain) {
			t.Fatalf("n=%d: a control character in %q", n, plain)
		}
		for i := range n {
			for _, c := range []byte{0, '\n', 0x1f} {
				b := bytes.Clone(plain)
				b[i] = c
				if !hasControl(b) {
					t.Fatalf("n=%d: %#x at %d not found", n, c, i)
				}
			}
		}
	}
}
