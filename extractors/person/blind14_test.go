package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Foreign states' formal names, communes listed after "xã" and set
// phrases naming President Hồ Chí Minh, from the fourteenth blind round.
func TestNamesBesidePlacesAndSetPhrases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a formal state name after a title", "Phó Chủ tịch Quốc hội Đại Hàn Dân Quốc phát biểu tại hội nghị.", nil},
		{"a formal state name of the North", "Đoàn đại biểu Cộng hòa Dân chủ Nhân dân Triều Tiên thăm Hà Nội.", nil},
		{"a second commune of a list", "Mưa lớn gây sạt lở ở các xã Bản Phố, Nậm Cang.", nil},
		{"a listed commune whose first word is a family name", "Đoàn về thăm các xã Bản Phố, Ma Lé.", nil},
		{"communes of a highland list", "Đoàn về các xã vùng cao Mường Khương, Si Ma Cai tặng quà.", nil},
		{"a name after a listed commune stays", "Ông Lê Văn Hùng về xã Nậm Cang, Lào Cai, gặp bà Lò Thị Mai.", []string{"Lê Văn Hùng", "Lò Thị Mai"}},
		{"soldiers of Uncle Hồ", "Anh xứng đáng là Bộ đội Cụ Hồ trên biên giới.", nil},
		{"soldiers of Uncle Hồ, the other way", "Phẩm chất Bộ đội Bác Hồ được phát huy.", nil},
		{"good children of Uncle Hồ", "Em đạt danh hiệu Cháu ngoan Bác Hồ năm học này.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, values(extract(t, tt.text)))
		})
	}
}
