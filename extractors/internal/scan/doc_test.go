package scan_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnextract/vnextract/extractors/internal/scan"
	"github.com/vnextract/vnextract/pipeline"
)

func TestDocumentTokensAreSharedAndEqualTokens(t *testing.T) {
	doc := &pipeline.Document{Text: "Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an."}
	a := scan.Document(doc)
	b := scan.Document(doc)
	assert.Equal(t, scan.Tokens(doc.Text, nil), a)
	assert.Same(t, &a[0], &b[0], "one tokenization per document")
}
