package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCommands(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		inStdout string
		inStderr string
	}{
		{"no command", nil, "", exitUsage, "", "Usage:"},
		{"unknown command", []string{"frobnicate"}, "", exitUsage, "", `unknown command "frobnicate"`},
		{"version", []string{"version"}, "", exitOK, "vnextract ", ""},
		{"help", []string{"help"}, "", exitOK, "vnextract extract", ""},
		{"extract without input", []string{"extract"}, "", exitUsage, "", "no input"},
		{"extract bad flag", []string{"extract", "--nope", "x"}, "", exitUsage, "", "flag provided but not defined"},
		{"extract missing file", []string{"extract", "does/not/exist.txt"}, "", exitFailure, "", "no such file"},
		{"bad tone style", []string{"normalize", "--tone-style=weird"}, "", exitUsage, "", "want new or old"},
		{"normalize stdin", []string{"normalize", "-"}, "Hoà  bình\u200b", exitOK, "Hòa bình\n", ""},
		{"normalize old style", []string{"normalize", "--tone-style=old"}, "Hòa bình", exitOK, "Hoà bình\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", stderr)
			assert.Contains(t, stdout, tt.inStdout)
			assert.Contains(t, stderr, tt.inStderr)
		})
	}
}

func TestSchemaIsJSON(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "schema")
	require.Equal(t, exitOK, code)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &v))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", v["$schema"])
}

func TestExtractStdinAndFile(t *testing.T) {
	in := "Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, dự hội nghị ngày 12-9-2017."
	code, stdout, stderr := runCLI(t, in, "extract", "-")
	require.Equal(t, exitOK, code, stderr)
	var rec map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &rec))
	assert.Equal(t, "stdin", rec["id"])
	assert.Equal(t, "ok", rec["status"])

	out := filepath.Join(t.TempDir(), "out.jsonl")
	code, stdout, stderr = runCLI(t, "", "extract", "-o", out, "../../testdata/articles")
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	assert.GreaterOrEqual(t, len(lines), 5)
	for _, l := range lines {
		assert.True(t, json.Valid([]byte(l)))
	}
}

func TestExtractSameBytesForAnyWorkerCount(t *testing.T) {
	var first string
	for _, w := range []string{"1", "2", "7"} {
		code, stdout, stderr := runCLI(t, "", "extract", "--workers", w, "../../testdata/articles")
		require.Equal(t, exitOK, code, stderr)
		if first == "" {
			first = stdout
			continue
		}
		assert.Equal(t, first, stdout, "workers=%s", w)
	}
}

func TestExtractInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"extract", "../../testdata/articles"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, exitInterrupted, code)
	assert.Contains(t, errb.String(), "interrupted")
}
