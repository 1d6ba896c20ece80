package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const viewTestdata = "../../view/testdata/"

func runViewCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestViewAndReport(t *testing.T) {
	run, err := os.ReadFile(viewTestdata + "run.jsonl")
	require.NoError(t, err)
	dir := t.TempDir()
	gz := filepath.Join(dir, "run.jsonl.gz")
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	_, err = zw.Write(run)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(gz, zb.Bytes(), 0o644))

	indented := filepath.Join(dir, "record.json")
	var one map[string]any
	require.NoError(t, json.Unmarshal(run[:bytes.IndexByte(run, '\n')], &one))
	b, err := json.MarshalIndent(one, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(indented, b, 0o644))

	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		inStdout []string
		inStderr string
	}{
		{name: "view records", args: []string{"view", viewTestdata + "run.jsonl"},
			inStdout: []string{`<html lang="vi">`, `<section class="record" id="r4">`, `class="hl k-person"`, "invalid_utf8"}},
		{name: "view first record only", args: []string{"view", "-n", "1", viewTestdata + "run.jsonl"},
			inStdout: []string{`data-record="r0"`, "<title>000_ad775a49d31fd10f</title>"}},
		{name: "view records from stdin", args: []string{"view", "-"}, stdin: string(run),
			inStdout: []string{`data-record="r1"`}},
		{name: "view gzip records", args: []string{"view", gz}, inStdout: []string{`data-record="r3"`}},
		{name: "view an indented record", args: []string{"view", indented}, inStdout: []string{`<title>000_ad775a49d31fd10f</title>`, `id="r0-p1"`}},
		{name: "view an article runs the library", args: []string{"view", viewTestdata + "article.txt"},
			inStdout: []string{`data-record="r0"`, "Trung tá", "Huân chương Chiến công hạng Nhì"}},
		{name: "view an article from stdin", args: []string{"view", "-"}, stdin: "Sáng 2-9-2023, Đại tá Trần Thị Mai nhận Bằng khen.",
			inStdout: []string{"Trần Thị Mai"}},
		{name: "view a bad line is reported and skipped", args: []string{"view", "-"},
			stdin:    string(run[:bytes.IndexByte(run, '\n')+1]) + "{\"schema\":\"vnextract/v1\",\n",
			inStdout: []string{`data-record="r0"`}, inStderr: "line 2"},
		{name: "view without input", args: []string{"view"}, code: exitUsage, inStderr: "want one ARTICLE"},
		{name: "view two inputs", args: []string{"view", "a", "b"}, code: exitUsage, inStderr: "want one ARTICLE"},
		{name: "view missing file", args: []string{"view", "does/not/exist.jsonl"}, code: exitFailure, inStderr: "no such file"},
		{name: "report", args: []string{"report", viewTestdata + "run.jsonl"},
			inStdout: []string{`id="date-chart"`, "Tô Lâm", "tcvn3", "invalid_utf8", "Kỷ niệm chương"}},
		{name: "report gzip with flag after path", args: []string{"report", gz, "-top", "2"},
			inStdout: []string{"5 records"}},
		{name: "report counts bad lines", args: []string{"report", "-"}, stdin: string(run) + "not json\n",
			inStdout: []string{"1 input lines were not records", "line 6"}},
		{name: "report bad flag", args: []string{"report", "-x"}, code: exitUsage, inStderr: "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runViewCLI(t, tt.stdin, tt.args...)
			require.Equal(t, tt.code, code, "stderr: %s", stderr)
			for _, s := range tt.inStdout {
				assert.True(t, strings.Contains(stdout, s), "output lacks %q", s)
			}
			assert.Contains(t, stderr, tt.inStderr)
		})
	}
}

func TestViewWritesFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "page.html")
	code, stdout, stderr := runViewCLI(t, "", "view", viewTestdata+"seed.jsonl", "-o", out)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout)
	page, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(page), `id="legend"`)

	report := filepath.Join(t.TempDir(), "report.html")
	code, _, stderr = runViewCLI(t, "", "report", "-o", report, viewTestdata+"run.jsonl")
	require.Equal(t, exitOK, code, stderr)
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.Contains(t, string(b), "</html>")
}
