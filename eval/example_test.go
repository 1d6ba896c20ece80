package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/vnextract/vnextract/eval"
)

func ExampleScore() {
	golds, _ := eval.DecodeGoldLines(strings.NewReader(
		`{"id":"a1","people":[{"name":"Tô Lâm","rank":"Đại tướng","titles":["Bộ trưởng Bộ Công an"]}],"dates":[{"value":"2017-09-12"}]}`))
	recs, _ := eval.ReadRecords(strings.NewReader(
		`{"id":"a1","status":"ok","people":[{"name":"Tô Lâm","rank":"Đại tướng","titles":[{"text":"Bộ trưởng Bộ CA"}]}],"dates":[{"value":"2017-09-12"},{"value":"2017"}]}`))
	res := eval.Score(golds, recs)
	res.WriteText(os.Stdout)
	// Output:
	// people   P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
	// ranks    P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
	// titles   P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
	// dates    P=0.500 R=1.000 F1=0.667  (tp=1 fp=1 fn=0)
	// awards   P=1.000 R=1.000 F1=1.000  (tp=0 fp=0 fn=0)
	// award_names P=1.000 R=1.000 F1=1.000  (tp=0 fp=0 fn=0)
	// articles=1 span_errors=0 missing=0 people=1.000 ranks=1.000 titles=1.000 dates=0.667 awards=1.000 award_names=1.000
}

func ExampleFold() {
	fmt.Println(eval.Fold("Phó Chủ tịch UBND TP. Hà Nội"))
	fmt.Println(eval.FoldTitle("nguyên Chủ tịch Uỷ ban"))
	// Output:
	// phó chủ tịch ủy ban nhân dân thành phố hà nội
	// chủ tịch ủy ban
}
