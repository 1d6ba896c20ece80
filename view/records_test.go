package view

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadRecords(t *testing.T) {
	const rec = `{"schema":"vnextract/v1","id":"%s","status":"ok","text":"x","dates":[{"text":"x","value":"2020","grain":"year","start":0,"end":1}]}`
	line := func(id string) string { return strings.Replace(rec, "%s", id, 1) }
	indented := "{\n  \"schema\": \"vnextract/v1\",\n  \"id\": \"ind\",\n  \"people\": [\n    {\"id\": \"p1\"}\n  ]\n}\n"
	tests := []struct {
		name string
		in   string
		ids  []string
		errs []string // error texts, in order
	}{
		{name: "json lines", in: line("a") + "\n" + line("b") + "\n", ids: []string{"a", "b"}},
		{name: "no final newline, CRLF, blank lines", in: "\n" + line("a") + "\r\n\r\n  \n" + line("b"), ids: []string{"a", "b"}},
		{name: "bad line is skipped", in: line("a") + "\nnot json\n" + line("b") + "\n", ids: []string{"a", "b"},
			errs: []string{"line 2: invalid character 'o' in literal null (expecting 'u')"}},
		{name: "truncated line does not swallow the next", in: line("a")[:40] + "\n" + line("b") + "\n", ids: []string{"b"},
			errs: []string{"line 1: unexpected end of JSON input"}},
		{name: "other JSON is not a record", in: `{"id":"x","text":"article"}` + "\n", errs: []string{`line 1: view: not a vnextract/v1 record: schema ""`}},
		{name: "indented records", in: indented + line("a") + "\n" + indented, ids: []string{"ind", "a", "ind"}},
		{name: "unterminated indented record", in: line("a") + "\n{\n  \"schema\": \"vnextract/v1\",\n", ids: []string{"a"},
			errs: []string{"line 2: unexpected end of JSON input"}},
		{name: "grain by name", in: line("g"), ids: []string{"g"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids, errs []string
			for r, err := range ReadRecords(strings.NewReader(tt.in)) {
				if err != nil {
					var le *LineError
					require.ErrorAs(t, err, &le)
					errs = append(errs, err.Error())
					continue
				}
				ids = append(ids, r.ID)
				for _, d := range r.Dates {
					assert.Equal(t, "year", d.Grain.String())
				}
			}
			assert.Equal(t, tt.ids, ids)
			assert.Equal(t, tt.errs, errs)
		})
	}
}

func TestReadRecordsNotRecord(t *testing.T) {
	for _, err := range ReadRecords(strings.NewReader(`{"schema":"other/v9"}`)) {
		assert.ErrorIs(t, err, ErrNotRecord)
	}
}

func TestReadRecordsReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	var errs []error
	for _, err := range ReadRecords(io.MultiReader(strings.NewReader("{\"schema\":\"vnextract/v1\",\"id\":\"a\"}\n"), iotest.ErrReader(boom))) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 2)
	assert.NoError(t, errs[0])
	assert.ErrorIs(t, errs[1], boom)
}

func TestReadRecordsStopsEarly(t *testing.T) {
	n := 0
	for range ReadRecords(strings.NewReader(strings.Repeat("{\"schema\":\"vnextract/v1\"}\n", 10))) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}
