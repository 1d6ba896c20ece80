package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const articlesDir = "../../testdata/articles"

func sortedLines(s string) []string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	slices.Sort(ls)
	return ls
}

func TestExtractBatchFlags(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"resume needs a file", []string{"extract", "--resume", articlesDir}, exitUsage, "--resume needs an output file"},
		{"bad shard", []string{"extract", "--shard", "4/4", articlesDir}, exitUsage, "want i/n"},
		{"shard not a number", []string{"extract", "--shard", "x", articlesDir}, exitUsage, "want i/n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			assert.Equal(t, tt.code, code, stderr)
			assert.Contains(t, stderr, tt.inStderr)
		})
	}
}

// TestExtractSummary: redirected stderr gets the one summary line and no
// progress bar; --quiet gets nothing.
func TestExtractSummary(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "extract", articlesDir)
	require.Equal(t, exitOK, code, stderr)
	n := len(strings.Split(strings.TrimRight(stdout, "\n"), "\n"))
	assert.Contains(t, stderr, "vnextract: ")
	assert.Contains(t, stderr, " articles: ")
	assert.Contains(t, stderr, "MB/s")
	assert.True(t, strings.HasPrefix(stderr, "vnextract: "+strconv.Itoa(n)+" articles: "), stderr)
	assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line")
	assert.NotContains(t, stderr, "\x1b[", "no terminal control in redirected output")

	code, _, stderr = runCLI(t, "", "extract", "--quiet", articlesDir)
	require.Equal(t, exitOK, code)
	assert.Empty(t, stderr)
}

func TestExtractShardsCoverRun(t *testing.T) {
	_, whole, _ := runCLI(t, "", "extract", "--quiet", articlesDir)
	var union string
	for _, s := range []string{"0/3", "1/3", "2/3"} {
		code, out, stderr := runCLI(t, "", "extract", "--quiet", "--shard", s, articlesDir)
		require.Equal(t, exitOK, code, stderr)
		union += out
	}
	assert.Equal(t, sortedLines(whole), sortedLines(union))
}

func TestExtractResume(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.jsonl")
	code, _, stderr := runCLI(t, "", "extract", "--quiet", "-o", out, articlesDir)
	require.Equal(t, exitOK, code, stderr)
	want, err := os.ReadFile(out)
	require.NoError(t, err)
	for _, cut := range []int{0, 1, len(want) / 3, len(want) / 2, len(want) - 1, len(want)} {
		require.NoError(t, os.WriteFile(out, want[:cut], 0o644))
		code, _, stderr := runCLI(t, "", "extract", "--resume", "-o", out, articlesDir)
		require.Equal(t, exitOK, code, stderr)
		got, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "cut at %d", cut)
	}
	// without --resume, -o starts over
	code, _, _ = runCLI(t, "", "extract", "--quiet", "-o", out, articlesDir)
	require.Equal(t, exitOK, code)
	got, _ := os.ReadFile(out)
	assert.Equal(t, string(want), string(got))
}

func TestExtractUnordered(t *testing.T) {
	_, ordered, _ := runCLI(t, "", "extract", "--quiet", articlesDir)
	code, unordered, stderr := runCLI(t, "", "extract", "--quiet", "--unordered", "--workers", "3", articlesDir)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, sortedLines(ordered), sortedLines(unordered))
}

func TestExtractFieldFlags(t *testing.T) {
	in := `{"ma": "b1", "noi_dung": "Đại tá Lê Văn An dự lễ ngày 2/9/2023.", "meta": {"tieu_de": "Lễ kỷ niệm", "ngay": "2023-09-02"}}` + "\n"
	code, stdout, stderr := runCLI(t, in, "extract", "--quiet", "--id-field", "ma", "--text-field", "noi_dung",
		"--title-field", "meta.tieu_de", "--date-field", "meta.ngay", "-")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, `"id":"b1"`)
	assert.Contains(t, stdout, `"status":"ok"`)
	assert.Contains(t, stdout, `"title":"Lễ kỷ niệm"`)
	assert.Contains(t, stdout, `"published":"2023-09-02"`)
}
