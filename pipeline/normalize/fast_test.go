package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// The fast paths (keepsUTF8 with validation on the way, the memo of clean
// tokens) must change nothing: each check below runs the same input
// through a Normalizer with them and one without.

// slowNormalizer returns a Normalizer with the fast paths off.
func slowNormalizer(opts Options) *Normalizer {
	n := New(opts)
	n.slowDetect, n.noMemo = true, true
	return n
}

// fastNormalizers keep their memos across the inputs of a test or a fuzz
// run, so that later inputs meet tokens remembered from earlier ones.
var fastNormalizers = [...]*Normalizer{New(Options{}), New(Options{ToneStyle: ToneOld})}

// sameAlignment checks that two alignments map every offset the same way.
func sameAlignment(t testing.TB, want, got *Alignment, outLen int) {
	t.Helper()
	for off := 0; off <= outLen; off++ {
		if w, g := want.Input(off), got.Input(off); w != g {
			t.Fatalf("Input(%d) = %d, want %d", off, g, w)
		}
		if off < outLen {
			ws, we := want.Span(off, off+1)
			gs, ge := got.Span(off, off+1)
			if ws != gs || we != ge {
				t.Fatalf("Span(%d, %d) = %d, %d, want %d, %d", off, off+1, gs, ge, ws, we)
			}
		}
	}
	ws, we := want.Span(0, outLen)
	gs, ge := got.Span(0, outLen)
	if ws != gs || we != ge {
		t.Fatalf("Span of all = %d, %d, want %d, %d", gs, ge, ws, we)
	}
}

// checkFastPaths compares the fast and the slow Normalizer on b, twice so
// that the second run meets the tokens the first remembered.
func checkFastPaths(t testing.TB, b []byte) {
	t.Helper()
	for k, opts := range []Options{{}, {ToneStyle: ToneOld}} {
		slow, fast := slowNormalizer(opts), fastNormalizers[k]
		want, wantErr := slow.Bytes(b)
		for range 2 {
			got, err := fast.Bytes(b)
			if (err == nil) != (wantErr == nil) || got != want {
				t.Fatalf("Bytes(%q) = %+v, %v; want %+v, %v", b, got, err, want, wantErr)
			}
		}
		wantRes, wantAl, _ := slow.AlignBytes(b)
		gotRes, gotAl, _ := fast.AlignBytes(b)
		if gotRes != wantRes {
			t.Fatalf("AlignBytes(%q) = %+v; want %+v", b, gotRes, wantRes)
		}
		if wantErr == nil {
			sameAlignment(t, wantAl, gotAl, len(wantRes.Text))
		}
		s := string(b)
		wantS, wantE, wantSAl := slow.AlignString(s)
		for range 2 {
			if got, e := fast.String(s); got != wantS || e != wantE {
				t.Fatalf("String(%q) = %q, %+v; want %q, %+v", s, got, e, wantS, wantE)
			}
		}
		gotS, _, gotSAl := fast.AlignString(s)
		if gotS != wantS {
			t.Fatalf("AlignString(%q) = %q; want %q", s, gotS, wantS)
		}
		sameAlignment(t, wantSAl, gotSAl, len(wantS))
	}
	if utf8.Valid(b) && keepsUTF8(b) {
		d, err := detect(b, false)
		if err != nil || d.encoding != "utf-8" || d.text != string(b) || d.offset != 0 || d.edits != (Edits{}) {
			t.Fatalf("keepsUTF8(%q) but detect gives %q as %s", b, d.text, d.encoding)
		}
	}
}

func TestFastPathsAgree(t *testing.T) {
	article := readArticle(t)
	inputs := []string{
		article,
		strings.ToUpper(article),
		strings.ReplaceAll(article, " ", "  "),
		strings.ReplaceAll(article, "ó", "o\u0301"),
		// decomposed text stops the lookups part way
		norm.NFD.String(article),
		article + "\n\n" + norm.NFD.String(article) + "\n\n" + article,
		strings.ReplaceAll(article, "ò", "ò\u200b"),
		strings.ReplaceAll(article, "a", "a\x01"),
		strings.ReplaceAll(article, "n", "n\u00a0"),
		strings.ReplaceAll(article, " ", "\u2028"),
		strings.ReplaceAll(article, "\n", "\r\n"),
		"\u00a0" + article + "\u00a0",
		" “Hoà” —\u00a0«thuỷ»\u200b… Ðà Nẵng\x7f, qủa, gịa, Zu\u0308rich, 北京, Москва ",
		"Hà\xffNội, Hà\xff, \xffNội",
		"hoà\n\n\nhoà  hoà\u00a0hoà\u200bhoà\u2029hoà",
	}
	for _, v := range readVectors(t) {
		inputs = append(inputs, string(v.input))
	}
	for _, s := range inputs {
		checkFastPaths(t, []byte(s))
	}
	for enc := range encodingFiles {
		checkFastPaths(t, encodeAs(t, enc, article))
	}
	checkFastPaths(t, asLatin1([]byte(article)))
	checkFastPaths(t, asLatin1(encodeAs(t, "tcvn3", article)))
	checkFastPaths(t, append([]byte{0xEF, 0xBB, 0xBF}, article...))
}

// machine.clean takes the plain text after a known token and leaves the
// rest to the machine's steps: each input has a known token ("Hà", "Nội")
// followed by what clean must stop at, or take, the same way.
func TestCleanRun(t *testing.T) {
	for _, s := range []string{
		"Hà Nội, 12.5% Hà Nội.",
		"Hà Nội  Hà Nội",        // two spaces
		"Hà Nội \nHà Nội \n",    // a space before a line break, and at the end
		"Hà Nội Hà Nội ",        // a space at the end
		"Hà Nội,\u0301 Hà Nội",  // a combining mark after punctuation
		"Hà Nội,\u200b Hà Nội",  // an invisible character after punctuation
		"Hà Nội (“Hà Nội”) Hà",  // punctuation before a non-ASCII token
		"Hà Nội,\x01Hà Nội",     // a control character after punctuation
		"Hà Nội\x01 Hà Nội",     // and after a token
		"Hà Nội \x7f Hà Nội",    // DEL
		"Hà Nội hoà Hà Nội hòa", // a token that changes (old style) or not
		"Hà Nội Hà,\xff Hà Nội", // invalid UTF-8 after punctuation
		"Hà Nội " + strings.Repeat("Nội", 30) + " Hà Nội " + strings.Repeat("Hà", 10),
		"Hà Nội\tHà Nội\u00a0Hà Nội",
	} {
		checkFastPaths(t, []byte(s+" "+s))
	}
}

// A token that comes out unchanged in one place may not in another: with
// white space or an invisible character at its end, or a control
// character after it.
func TestMemoContext(t *testing.T) {
	for _, s := range []string{
		"Hà\u00a0 Hà\u00a0",
		"Hà\u2028 x Hà\u2028",
		"Hà\u200b Hà\u200b",
		"Hà Hà\x01",
		"Hà\x01 Hà",
		"\u00a0Hà Hà \u00a0Hà",
		"Hà",
		"Hà.Hà,Hà",
		"hoà hoà",
		"Hà Hà\xff Hà",
	} {
		fast := New(Options{})
		want, wantE := slowNormalizer(Options{}).String(s)
		for range 3 {
			got, e := fast.String(s)
			require.Equal(t, want, got, "%q", s)
			require.Equal(t, wantE, e, "%q", s)
		}
	}
}

// More long tokens than the arena holds, and more tokens than slots: the
// memo starts over and evicts, and the text stays the same.
func TestMemoOverflow(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	syllables := strings.Fields("Việt Nam Hà Nội thành phố nhân dân quốc hội trường học người đường")
	var sb strings.Builder
	arena := 0
	for range 3 * memoSlots / 2 {
		n := sb.Len()
		for range 4 + r.IntN(5) {
			sb.WriteString(syllables[r.IntN(len(syllables))])
		}
		if k := sb.Len() - n; k <= memoMaxKey {
			arena += max(0, k-16)
		}
		sb.WriteString("  hoà ")
	}
	require.Greater(t, arena, 2*memoArena)
	s := sb.String()
	fast := New(Options{})
	want, wantE := slowNormalizer(Options{}).String(s)
	for range 2 {
		got, e := fast.String(s)
		require.Equal(t, want, got)
		require.Equal(t, wantE, e)
	}
}

// Decomposed text changes every word: the machine stops looking words up.
func TestMemoGivesUp(t *testing.T) {
	n := New(Options{})
	m := n.machine()
	defer n.release(m)
	nfd := norm.NFD.String(readArticle(t))
	m.w.reset(nfd)
	m.run(nfd, true)
	assert.True(t, m.noTokens)
	clean := readArticle(t)
	m.w.reset(clean)
	m.st, m.e = lineState{}, Edits{}
	m.run(clean, true)
	assert.False(t, m.noTokens)
	assert.Equal(t, clean, m.w.result())
}

// Edited text is written to one buffer made to size: the result.
func TestEditedTextAllocatesOnce(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's sync.Pool drops machines")
	}
	nfd := norm.NFD.String(readArticle(t))
	in := []byte(nfd)
	for name, f := range map[string]func(){
		"String": func() { Default.String(nfd) },
		"Bytes":  func() { Default.Bytes(in) },
	} {
		assert.LessOrEqual(t, testing.AllocsPerRun(20, f), 1.0, name)
	}
}

func TestMemoRemembers(t *testing.T) {
	n := New(Options{})
	out, _ := n.String("Thủ tướng Chính phủ")
	require.Equal(t, "Thủ tướng Chính phủ", out)
	require.Len(t, n.memos, 1)
	for _, tok := range []string{"Thủ", "tướng", "Chính", "phủ"} {
		var ts tokenScan
		scanToken(tok, 0, &ts)
		assert.True(t, n.memos[0].has(&ts, tok, 0), tok)
	}
	var ts tokenScan
	scanToken("hoà", 0, &ts)
	n.String("hoà")
	assert.False(t, n.memos[0].has(&ts, "hoà", 0), "a token that changes is not remembered")
}

// A token of many segments is scanned once, not once a segment: this
// one has a hundred thousand.
func TestLongToken(t *testing.T) {
	for _, unit := range []string{"a“", "\u00a0Hà", "x\u0301\u200b"} {
		s := strings.Repeat(unit, 50000)
		want, wantE := slowNormalizer(Options{}).String(s)
		got, e := New(Options{}).String(s)
		require.Equal(t, want, got)
		require.Equal(t, wantE, e)
		got = transformChunks(t, New(Options{}).Transformer(), s, 4096)
		require.Equal(t, want, got)
	}
}

func TestTokenBytes(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			x := uint64(0x6161616161616161) &^ (0xff << (8 * pos))
			x |= uint64(c) << (8 * pos)
			got := tokenBytes(x)>>(8*pos+7)&1 == 1
			require.Equal(t, tokenByte[c], got, "byte %#x at %d", c, pos)
		}
	}
}

func TestScanToken(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("aZz@[ ,.\x01\x7f\x80\xc3\xa0\xe1\xbb")
	for range 4000 {
		b := make([]byte, r.IntN(40))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		for i := range len(s) {
			var got tokenScan
			scanToken(s, i, &got)
			j := i
			for j < len(s) && tokenByte[s[j]] {
				j++
			}
			require.Equal(t, j-i, got.n, "%q at %d", s, i)
			// the same token anywhere else scans the same
			var alone tokenScan
			scanToken(s[i:j]+",", 0, &alone)
			require.Equal(t, alone, got, "%q at %d", s, i)
			assert.Equal(t, !strings.ContainsFunc(s[i:j], func(r rune) bool { return r >= utf8.RuneSelf }), got.ascii)
		}
	}
}

func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		r, size := decodeRune(s, 0)
		wr, wsize := utf8.DecodeRuneInString(s)
		require.Equal(t, wr, r, "%q", s)
		require.Equal(t, wsize, size, "%q", s)
	}
	for c := 0x80; c < 0x100; c++ {
		check(string([]byte{byte(c)}))
		for d := range 256 {
			check(string([]byte{byte(c), byte(d)}))
			check(string([]byte{byte(c), byte(d), 0xA0}))
			check(string([]byte{byte(c), byte(d), 'a'}))
		}
	}
	for d := range 256 {
		for e := range 256 {
			check(string([]byte{0xE1, byte(d), byte(e)}))
		}
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, v := range readVectors(f) {
		f.Add(v.input)
	}
	f.Add([]byte(" “Hoà” —\u00a0«thuỷ»\u200b… Ðà Nẵng\x7f, qủa\x01 Hà\u2028 "))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkFastPaths(t, b)
		// the same tokens again, elsewhere and after what the first
		// copy left pending
		checkFastPaths(t, append(append(append([]byte{}, b...), ' '), b...))
	})
}
