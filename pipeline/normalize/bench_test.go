package normalize

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func benchText(b *testing.B) string {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(data)+"\n", 4)
}

func BenchmarkNFCBaseline(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		_ = norm.NFC.String(s)
	}
}

func BenchmarkStringClean(b *testing.B) {
	s, _ := Default.String(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Default.String(s)
	}
}

func BenchmarkStringNFD(b *testing.B) {
	s := norm.NFD.String(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Default.String(s)
	}
}

func BenchmarkBytesUTF8(b *testing.B) {
	s, _ := Default.String(benchText(b))
	in := []byte(s)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Default.Bytes(in)
	}
}

// BenchmarkBytesUTF8Cold is BytesUTF8 without the memo of clean tokens
// from earlier calls: every word is looked at once.
func BenchmarkBytesUTF8Cold(b *testing.B) {
	s, _ := Default.String(benchText(b))
	in := []byte(s)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		New(Options{}).Bytes(in)
	}
}

// BenchmarkBytesEdited is text with a few changes in each paragraph, which
// the normalizer copies around.
func BenchmarkBytesEdited(b *testing.B) {
	s, _ := Default.String(benchText(b))
	in := []byte(strings.NewReplacer(". ", ".  ", "òa", "oà", "ủy", "uỷ").Replace(s))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Default.Bytes(in)
	}
}
