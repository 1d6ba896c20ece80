package title_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBlind14 checks the titles of the fourteenth blind round: roles inside
// the names of groups and associations, numbered departments, villages
// that end a body, a crew's head, and a regional office.
func TestBlind14(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a role word inside a friendship group's name", "Ông Kim Min-su, Chủ tịch Nhóm Nghị sĩ hữu nghị Pháp - Việt Nam, phát biểu.", []want{
			{"Chủ tịch Nhóm Nghị sĩ hữu nghị Pháp - Việt Nam", "Chủ tịch", "Nhóm Nghị sĩ hữu nghị Pháp - Việt Nam"}}},
		{"a role word inside an alliance's name", "Ông Tanaka, Chủ tịch Liên minh Nghị sĩ Hữu nghị Lào - Việt, phát biểu.", []want{
			{"Chủ tịch Liên minh Nghị sĩ Hữu nghị Lào - Việt", "Chủ tịch", "Liên minh Nghị sĩ Hữu nghị Lào - Việt"}}},
		{"a role word inside an association's name", "Ông Lê Văn Hòa, Chủ tịch Hội Cựu Giám đốc doanh nghiệp, cho biết.", []want{
			{"Chủ tịch Hội Cựu Giám đốc doanh nghiệp", "Chủ tịch", "Hội Cựu Giám đốc doanh nghiệp"}}},
		{"a body's head, then a role and its holder", "Phó Chủ tịch Hội Giám đốc Lê Văn Hòa phát biểu.", []want{
			{"Phó Chủ tịch Hội", "Phó Chủ tịch", "Hội"}, {"Giám đốc", "Giám đốc", ""}}},
		{"a numbered department of a directorate", "Đại tá Lê Văn Hòa, Trưởng phòng 3, Cục A02, cho biết.", []want{
			{"Trưởng phòng 3, Cục A02", "Trưởng phòng", "Phòng 3, Cục A02"}}},
		{"a party cell of a village", "Ông Rơ Châm Hyuk, Bí thư Chi bộ làng Plei Kep, cho biết.", []want{
			{"Bí thư Chi bộ làng Plei Kep", "Bí thư", "Chi bộ làng Plei Kep"}}},
		{"a women's branch of a village", "Bà Rơ Châm H'Lan, Chi hội trưởng Chi hội Phụ nữ làng, cho biết.", []want{
			{"Chi hội trưởng Chi hội Phụ nữ làng", "Chi hội trưởng", "Chi hội Phụ nữ làng"}}},
		{"a party cell of a hamlet named in the Central Highlands", "Ông Lê Văn Hòa, Bí thư Chi bộ buôn Kon Klor, cho biết.", []want{
			{"Bí thư Chi bộ buôn Kon Klor", "Bí thư", "Chi bộ buôn Kon Klor"}}},
		{"trade, no hamlet", "Ông Lê Văn Hòa, Giám đốc Công ty Hòa Phát buôn bán thép.", []want{
			{"Giám đốc Công ty Hòa Phát", "Giám đốc", "Công ty Hòa Phát"}}},
		{"a numbered department alone", "Trung tá Lê Văn Hòa, Trưởng phòng 2 cho biết.", []want{
			{"Trưởng phòng 2", "Trưởng phòng", "Phòng 2"}}},
		{"a department head, then a count", "Ông Lê Văn Hòa làm Trưởng phòng 12 năm.", []want{
			{"Trưởng phòng", "Trưởng phòng", ""}}},
		{"a team's captain holds no office", "Anh Lê Văn Hòa, đội trưởng đội bóng, cho biết.", nil},
		{"the head of a shift", "Anh Lê Văn Hòa, kíp trưởng kíp cứu nạn, cho biết.", []want{
			{"kíp trưởng kíp cứu nạn", "kíp trưởng", "kíp cứu nạn"}}},
		{"a regional director of a region named by its capital", "Ông Lê Văn Hòa, Giám đốc miền Bắc của Công ty Hòa Phát, cho biết.", []want{
			{"Giám đốc miền Bắc của Công ty Hòa Phát", "Giám đốc", "Công ty Hòa Phát"}}},
		{"a regional director of a foreign agency", "Bà Marie Dupont, Giám đốc khu vực châu Âu của Ngân hàng Thế giới (WB), cho biết.", []want{
			{"Giám đốc khu vực châu Âu của Ngân hàng Thế giới", "Giám đốc", "Ngân hàng Thế giới"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}
