package corpus_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus"
	"github.com/vnextract/vnextract/corpus/internal/synth"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
)

// The test binary doubles as the process that TestResumeAfterKill kills:
// with these variables set it runs one resumable extraction and exits.
const (
	envChildIn  = "VNX_TEST_CHILD_IN"
	envChildOut = "VNX_TEST_CHILD_OUT"
)

func TestMain(m *testing.M) {
	if in := os.Getenv(envChildIn); in != "" {
		if err := runToFile(in, os.Getenv(envChildOut), true, 2, false, time.Millisecond); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// slowExtractor finds nothing, slowly, so that a kill lands mid-run.
type slowExtractor struct{ d time.Duration }

func (slowExtractor) Name() string { return "slow" }

func (s slowExtractor) Extract(ctx context.Context, _ *pipeline.Document) ([]pipeline.Entity, error) {
	time.Sleep(s.d)
	return nil, nil
}

// runToFile is what "vnextract extract --resume -o out in" does, with an
// extractor that finds nothing.
func runToFile(in, out string, resume bool, workers int, unordered bool, delay time.Duration) error {
	r, err := corpus.Open([]string{in}, corpus.Options{})
	if err != nil {
		return err
	}
	defer r.Close()
	var src pipeline.Source = r
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if resume {
		done, err := corpus.Resume(out, unordered)
		if err != nil {
			return err
		}
		src = done.Skip(src)
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(out, flags, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	sink := corpus.NewJSONL(f)
	p := &pipeline.Processor{Extractors: []pipeline.Extractor{slowExtractor{delay}}}
	err = pipeline.RunWith(context.Background(), src, sink, p, pipeline.RunOptions{Workers: workers, Unordered: unordered})
	if ferr := sink.Flush(); err == nil {
		err = ferr
	}
	return err
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func writeCorpus(t testing.TB, n int) string {
	p := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(p, jsonlBytes(t, gen(n)), 0o644))
	return p
}

// TestResumeAfterKill kills a run with SIGKILL at random points, resumes
// it (twice killed, then to the end), and wants the very bytes of an
// uninterrupted run.
func TestResumeAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	in := writeCorpus(t, 800)
	want := filepath.Join(t.TempDir(), "want.jsonl")
	require.NoError(t, runToFile(in, want, false, 1, false, 0))
	wantBytes, err := os.ReadFile(want)
	require.NoError(t, err)

	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rnd := rand.New(rand.NewPCG(seed, 1))
	for round := range 2 {
		out := filepath.Join(t.TempDir(), "out.jsonl")
		var sizes []int64
		for kill := range 2 {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), envChildIn+"="+in, envChildOut+"="+out)
			before := fileSize(out)
			require.NoError(t, cmd.Start())
			// wait for the child to write, so the kill lands mid-run
			for deadline := time.Now().Add(10 * time.Second); fileSize(out) <= before && time.Now().Before(deadline); {
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(time.Duration(rnd.IntN(150)) * time.Millisecond)
			require.NoError(t, cmd.Process.Kill())
			_ = cmd.Wait()
			fi, err := os.Stat(out)
			if err == nil {
				sizes = append(sizes, fi.Size())
			}
			_ = kill
		}
		t.Logf("round %d: output sizes at the kills %v of %d", round, sizes, len(wantBytes))
		require.NoError(t, runToFile(in, out, true, 1+round, false, 0))
		got, err := os.ReadFile(out)
		require.NoError(t, err)
		require.Equal(t, len(wantBytes), len(got))
		require.True(t, bytes.Equal(wantBytes, got), "resumed output differs from an uninterrupted run")
	}
}

// TestResumeTorn cuts a finished output at every kind of place and resumes
// it, in order and by id.
func TestResumeTorn(t *testing.T) {
	in := writeCorpus(t, 60)
	full := filepath.Join(t.TempDir(), "full.jsonl")
	require.NoError(t, runToFile(in, full, false, 2, false, 0))
	want, err := os.ReadFile(full)
	require.NoError(t, err)
	firstNL := bytes.IndexByte(want, '\n')
	cuts := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"mid first line", want[:firstNL/2]},
		{"after first line", want[:firstNL+1]},
		{"mid file", want[:len(want)/2]},
		{"last newline missing", want[:len(want)-1]},
		{"complete", want},
		{"garbage tail", append(slices.Clone(want[:len(want)/3]), bytes.Repeat([]byte{0}, 100)...)},
		{"zeros after newline", append(append(slices.Clone(want[:firstNL+1]), bytes.Repeat([]byte{0}, 64)...), '\n')},
	}
	for _, c := range cuts {
		for _, unordered := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s unordered=%v", c.name, unordered), func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out.jsonl")
				require.NoError(t, os.WriteFile(out, c.data, 0o644))
				require.NoError(t, runToFile(in, out, true, 3, unordered, 0))
				got, err := os.ReadFile(out)
				require.NoError(t, err)
				if !unordered {
					assert.True(t, bytes.Equal(want, got), "byte-identical")
					return
				}
				assert.Equal(t, sortedLines(want), sortedLines(got))
			})
		}
	}
}

func sortedLines(b []byte) []string {
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	slices.Sort(lines)
	return lines
}

// TestResumeMismatch refuses to append to the output of another input.
func TestResumeMismatch(t *testing.T) {
	in := writeCorpus(t, 20)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	require.NoError(t, runToFile(in, out, false, 1, false, 0))
	other := filepath.Join(t.TempDir(), "other.jsonl")
	g := gen(40)[20:]
	require.NoError(t, os.WriteFile(other, jsonlBytes(t, g), 0o644))
	err := runToFile(other, out, true, 1, false, 0)
	require.ErrorIs(t, err, corpus.ErrMismatch)

	short := filepath.Join(t.TempDir(), "short.jsonl")
	require.NoError(t, os.WriteFile(short, jsonlBytes(t, gen(5)), 0o644))
	require.ErrorIs(t, runToFile(short, out, true, 1, false, 0), corpus.ErrMismatch)
}

// TestShardCoverage: for any n, the shards of a run together hold every
// article once, and a shard is the same on every run.
func TestShardCoverage(t *testing.T) {
	in := writeCorpus(t, 400)
	ids := func(s corpus.Shard) []string {
		r, err := corpus.Open([]string{in}, corpus.Options{})
		require.NoError(t, err)
		var out []string
		for _, a := range readRaw(t, s.Filter(r)) {
			out = append(out, a.ID)
		}
		return out
	}
	all := ids(corpus.Shard{})
	require.Len(t, all, 400)
	for _, n := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprint("n=", n), func(t *testing.T) {
			seen := map[string]int{}
			var union []string
			for i := range n {
				part := ids(corpus.Shard{Index: i, Count: n})
				assert.Equal(t, part, ids(corpus.Shard{Index: i, Count: n}), "deterministic")
				if n > 1 && n < 10 {
					assert.InDelta(t, 400/n, len(part), float64(400/n)/2, "shards are about even")
				}
				for _, id := range part {
					seen[id]++
				}
				union = append(union, part...)
			}
			for id, k := range seen {
				assert.Equal(t, 1, k, "article %s in %d shards", id, k)
			}
			slices.Sort(union)
			want := slices.Clone(all)
			slices.Sort(want)
			assert.Equal(t, want, union, "no gap")
		})
	}
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want corpus.Shard
		ok   bool
	}{
		{"0/1", corpus.Shard{Index: 0, Count: 1}, true},
		{"3/8", corpus.Shard{Index: 3, Count: 8}, true},
		{" 1 / 2 ", corpus.Shard{Index: 1, Count: 2}, true},
		{"8/8", corpus.Shard{}, false},
		{"-1/2", corpus.Shard{}, false},
		{"1/0", corpus.Shard{}, false},
		{"1", corpus.Shard{}, false},
		{"a/b", corpus.Shard{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := corpus.ParseShard(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestStats checks the summary line's counts.
func TestStats(t *testing.T) {
	s := corpus.NewStats()
	s.Add(nil, &pipeline.Record{})
	s.Add(nil, &pipeline.Record{Error: &pipeline.Error{Code: pipeline.CodeTooLarge}})
	s.Add(nil, &pipeline.Record{Error: &pipeline.Error{Code: pipeline.CodeBadJSON}})
	s.Add(nil, &pipeline.Record{Error: &pipeline.Error{Code: pipeline.CodeBadJSON}})
	line := s.Summary(2_500_000)
	assert.Contains(t, line, "4 articles: 1 ok, 3 error (bad_json 2, too_large 1); 2.5 MB in ")
	assert.Contains(t, line, "MB/s")
	assert.Contains(t, line, "articles/s")
	assert.NotContains(t, line, "\n")
}

// TestMemoryBound streams a generated input of VNX_MEMTEST_MB megabytes
// (multi-GB is the point; unset skips the test) through every extractor
// with default settings, huge articles included, and checks the peak
// resident memory. scripts/memtest.sh does the same on the command.
func TestMemoryBound(t *testing.T) {
	mb, _ := strconv.Atoi(os.Getenv("VNX_MEMTEST_MB"))
	if mb <= 0 {
		t.Skip("set VNX_MEMTEST_MB=2000 to stream 2 GB (slow)")
	}
	in := synth.NewReader(11, int64(mb)*1_000_000)
	in.HugeEvery, in.HugeBytes = 500, 12_000_000
	r, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: in})
	require.NoError(t, err)
	proc, err := extractors.NewProcessor(pipeline.Config{}, normalize.New(normalize.Options{}))
	require.NoError(t, err)
	debug.SetMemoryLimit(160 << 20) // as the extract command does
	stats := corpus.NewStats()
	sink := corpus.NewJSONL(discard{})
	require.NoError(t, pipeline.RunWith(context.Background(), r, sink, proc,
		pipeline.RunOptions{Workers: runtime.NumCPU(), Done: stats.Add}))
	require.NoError(t, sink.Flush())
	t.Log(stats.Summary(r.BytesRead()))
	status, err := os.ReadFile("/proc/self/status")
	require.NoError(t, err)
	for _, l := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			kb, err := strconv.Atoi(strings.Fields(l)[1])
			require.NoError(t, err)
			t.Logf("peak RSS %d MB", kb/1024)
			assert.Less(t, kb, 256*1024, "peak RSS")
			return
		}
	}
	t.Skip("no /proc/self/status")
}

// FuzzResume: whatever a damaged output holds, Resume keeps a prefix of
// it made of whole lines, and the last one it keeps is a record.
func FuzzResume(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id"))
	f.Add([]byte("{\"id\":\"a\"}\n\x00\x00\x00\n"))
	f.Add([]byte("garbage\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, byID := range []bool{false, true} {
			p := filepath.Join(t.TempDir(), "out.jsonl")
			require.NoError(t, os.WriteFile(p, data, 0o644))
			done, err := corpus.Resume(p, byID)
			if err != nil {
				return // refused: not a records file
			}
			kept, err := os.ReadFile(p)
			require.NoError(t, err)
			require.True(t, bytes.HasPrefix(data, kept))
			assert.Equal(t, int64(len(data)-len(kept)), done.Dropped)
			assert.Equal(t, done.Records, int64(bytes.Count(kept, []byte("\n"))))
			if len(kept) > 0 {
				require.True(t, bytes.HasSuffix(kept, []byte("\n")))
			}
		}
	})
}
