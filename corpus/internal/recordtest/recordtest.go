// Package recordtest reads the record fixtures that the tests of the
// output formats (brat, CoNLL, Elasticsearch, Parquet, SQLite) share in
// shape: JSON Lines files of vnextract records under their testdata/.
package recordtest

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/view"
)

// Read returns the records of the JSON Lines file at path; any error
// fails t.
func Read(t testing.TB, path string) []*pipeline.Record {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var recs []*pipeline.Record
	for r, err := range view.ReadRecords(f) {
		require.NoError(t, err)
		recs = append(recs, r)
	}
	return recs
}
