package eval_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/corpus/conll"
	"github.com/vnextract/vnextract/eval"
)

func readBIO(t *testing.T, s string) []conll.Document {
	docs, err := conll.Read(strings.NewReader(s))
	require.NoError(t, err)
	return docs
}

func TestSpanScore(t *testing.T) {
	gold := readBIO(t, `-DOCSTART- -X- -X- O

Thượng B-RANK
tướng I-RANK
Tô B-PERSON
Lâm I-PERSON
nhận O
Huân B-AWARD
chương I-AWARD
ngày B-DATE
12/9/2017 I-DATE
. O

-DOCSTART- -X- -X- O

Bà O
Lan B-PERSON
`)
	// different tokens (12/9/2017 split, "Tô Lâm" one line) and IOBES tags
	out := readBIO(t, `-DOCSTART- -X- -X- O

Thượng B-RANK
tướng E-RANK
TôLâm S-PERSON
nhận O
Huân B-AWARD
chương I-AWARD
ngày O
12 B-DATE
/9/2017 I-DATE
. O

-DOCSTART- -X- -X- O

Bà B-PERSON
Lan I-PERSON
`)
	res, err := eval.SpanScore(gold, out)
	require.NoError(t, err)
	assert.Equal(t, map[string]eval.Count{
		"RANK": {TP: 1}, "PERSON": {TP: 1, FP: 1, FN: 1}, "AWARD": {TP: 1}, "DATE": {FP: 1, FN: 1},
	}, res.Types)
	assert.Equal(t, eval.Count{TP: 3, FP: 2, FN: 2}, res.Total)
	assert.Equal(t, 12, res.Tokens)
	var b strings.Builder
	require.NoError(t, res.WriteText(&b))
	assert.Equal(t, `AWARD    P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
DATE     P=0.000 R=0.000 F1=0.000  (tp=0 fp=1 fn=1)
PERSON   P=0.500 R=0.500 F1=0.500  (tp=1 fp=1 fn=1)
RANK     P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
overall  P=0.600 R=0.600 F1=0.600  (tp=3 fp=2 fn=2)
documents=2 tokens=12
`, b.String())
}

func TestSpanScoreMismatch(t *testing.T) {
	_, err := eval.SpanScore(readBIO(t, "a O\n"), readBIO(t, "-DOCSTART- O\na O\n-DOCSTART- O\nb O\n"))
	assert.ErrorContains(t, err, "1 documents, output 2")
	_, err = eval.SpanScore(readBIO(t, "Tô O\nLâm O\n"), readBIO(t, "Tô O\nLam O\n"))
	assert.ErrorContains(t, err, "texts differ")
}
