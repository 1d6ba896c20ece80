package normalize

import (
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// threadCPU is the CPU time of the calling thread. On a shared machine it
// measures the work where wall time measures the neighbours too.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	const rusageThread = 1
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestThroughput reports MB per CPU second of each path, with the ratio of
// clean text to norm.NFC.String alone. Run it with NORMALIZE_THROUGHPUT=1
// and -v; benchmarks measure wall time, which a busy machine inflates.
func TestThroughput(t *testing.T) {
	if os.Getenv("NORMALIZE_THROUGHPUT") == "" {
		t.Skip("set NORMALIZE_THROUGHPUT=1")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	measure := func(n int, f func()) float64 {
		f()
		best := 0.0
		for range 5 {
			iters := 0
			start := threadCPU()
			for threadCPU()-start < 100*time.Millisecond {
				f()
				iters++
			}
			mbs := float64(n*iters) / 1e6 / (threadCPU() - start).Seconds()
			best = max(best, mbs)
		}
		return best
	}
	article := readArticle(t)
	text := strings.Repeat(article+"\n\n", 4)
	nfc := measure(len(text), func() { _ = norm.NFC.String(text) })
	clean := measure(len(text), func() { Default.String(text) })
	t.Logf("norm.NFC.String %6.1f MB/s", nfc)
	t.Logf("String clean    %6.1f MB/s  ratio %.2f", clean, clean/nfc)
	nfd := norm.NFD.String(text)
	t.Logf("String NFD      %6.1f MB/s", measure(len(nfd), func() { Default.String(nfd) }))
	utf := []byte(text)
	t.Logf("Bytes utf-8     %6.1f MB/s", measure(len(utf), func() { Default.Bytes(utf) }))
	t.Logf("Bytes utf-8 cold %5.1f MB/s", measure(len(utf), func() { New(Options{}).Bytes(utf) }))
	for _, enc := range []string{"tcvn3", "vni", "cp1258", "viscii", "vps", "viqr"} {
		in := encodeAs(t, enc, text)
		t.Logf("Bytes %-9s %6.1f MB/s   Decode %6.1f MB/s", enc,
			measure(len(in), func() { Default.Bytes(in) }),
			measure(len(in), func() { Default.Decode(in, enc) }))
	}
	for _, enc := range []string{"tcvn3", "vni"} {
		in := asLatin1(encodeAs(t, enc, text))
		t.Logf("Bytes %s as Latin-1 %6.1f MB/s", enc, measure(len(in), func() { Default.Bytes(in) }))
	}
	moji := asLatin1(utf)
	t.Logf("Bytes mojibake  %6.1f MB/s", measure(len(moji), func() { Default.Bytes(moji) }))
}
