package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamesInCapitals: a name written in capitals after a rank or a form
// of address is a person's, as on the name line of a death notice; the
// name is given in the usual case. Capitals without such a cue (a
// headline, an acronym) name nobody.
func TestNamesInCapitals(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // values
		texts      []string // span texts
	}{
		{"death notice", "TIN BUỒN\n\nĐồng chí Thiếu tướng PHAN VĂN ĐỊNH\nSinh ngày 12/4/1946;",
			[]string{"Phan Văn Định"}, []string{"PHAN VĂN ĐỊNH"}},
		{"after a form of address", "Gia đình xin báo tin: Cụ ông NGUYỄN VĂN HÒA, sinh năm 1930, đã từ trần.",
			[]string{"Nguyễn Văn Hòa"}, []string{"NGUYỄN VĂN HÒA"}},
		{"after đồng chí", "Đồng chí TRẦN THỊ MINH THU, nguyên Phó Chủ tịch UBND tỉnh.",
			[]string{"Trần Thị Minh Thu"}, []string{"TRẦN THỊ MINH THU"}},
		{"and in the usual case later", "Đại tá LÊ VĂN AN\n\nĐại tá Lê Văn An sinh năm 1950.",
			[]string{"Lê Văn An", "Lê Văn An"}, []string{"LÊ VĂN AN", "Lê Văn An"}},
		{"a headline in capitals", "THƯỢNG TƯỚNG NGUYỄN VĂN AN THĂM ĐƠN VỊ\n\nSáng nay đoàn công tác đến.", nil, nil},
		{"no cue", "Chương trình VÌ NGƯỜI NGHÈO năm nay.", nil, nil},
		{"not a family name", "Ông ĐẠI HỘI XONG rồi về.", nil, nil},
		{"an acronym after a rank", "Đại tá UBND tỉnh", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := extract(t, tt.text)
			var texts []string
			for _, e := range es {
				texts = append(texts, e.Text)
			}
			assert.Equal(t, tt.want, values(es))
			assert.Equal(t, tt.texts, texts)
		})
	}
}

func TestSplitCapitals(t *testing.T) {
	es := extract(t, "Đồng chí Thiếu tướng PHAN VĂN ĐỊNH")
	if assert.Len(t, es, 1) {
		p := es[0].Person
		assert.Equal(t, [3]string{"Phan", "Văn", "Định"}, [3]string{p.Family, p.Middle, p.Given})
	}
}
