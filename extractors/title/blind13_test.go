package title_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBlind13 checks the titles of the thirteenth blind round: companies
// named in Latin script, a body cut before "và" and a person, a board
// named in lower case, and aides.
func TestBlind13(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a brokerage named in Latin script", "Ông Lê Văn Hòa, Giám đốc Khối Nghiên cứu Công ty Chứng khoán Daiwa Capital Việt Nam, cho biết.", []want{
			{"Giám đốc Khối Nghiên cứu Công ty Chứng khoán Daiwa Capital Việt Nam", "Giám đốc", "Khối Nghiên cứu Công ty Chứng khoán Daiwa Capital Việt Nam"}}},
		{"a limited company named in Latin script", "Ông Lê Văn Hòa, Giám đốc Công ty TNHH Samsung Display Việt Nam, cho biết.", []want{
			{"Giám đốc Công ty TNHH Samsung Display Việt Nam", "Giám đốc", "Công ty trách nhiệm hữu hạn Samsung Display Việt Nam"}}},
		{"a foreign group's local arm", "Ông Lê Văn Hòa, Tổng Giám đốc Kyocera Mita Việt Nam, cho biết.", []want{
			{"Tổng Giám đốc Kyocera Mita Việt Nam", "Tổng Giám đốc", "Kyocera Mita Việt Nam"}}},
		{"a group, then its head's foreign name", "Chủ tịch Tập đoàn Samsung Lee Jae-yong thăm nhà máy.", []want{
			{"Chủ tịch Tập đoàn Samsung", "Chủ tịch", "Tập đoàn Samsung"}}},
		{"a lower-case office cut before và and a person", "Bị cáo gồm Lê Văn Hòa, nguyên Phó Giám đốc Trung tâm Phát triển quỹ đất huyện và Trần Văn Nam.", []want{
			{"Phó Giám đốc Trung tâm Phát triển quỹ đất huyện", "Phó Giám đốc", "Trung tâm Phát triển quỹ đất huyện"}}},
		{"aides in lower case before their names", "Đội bóng có hai trợ lý Lê Văn Hòa và Trần Văn Nam.", nil},
		{"an aide to an office", "Ông Lê Văn Hòa, trợ lý Bộ trưởng Bộ Y tế, cho biết.", []want{
			{"trợ lý Bộ trưởng Bộ Y tế", "trợ lý", "Bộ trưởng Bộ Y tế"}}},
		{"former heads over the years, listed", "Dự lễ có các nguyên hiệu trưởng qua các thời kỳ: nhà giáo Lê Văn Hòa (1980-1995) và thầy Trần Văn Nam.", []want{
			{"hiệu trưởng qua các thời kỳ", "hiệu trưởng", ""}}},
		{"a plural office, then a clause", "Các Bộ trưởng đã thống nhất: ông Lê Văn Hòa sẽ phát biểu.", []want{
			{"Bộ trưởng", "Bộ trưởng", ""}}},
		{"an office in the body named before", "Bà Lê Thị Hoa được giao quyền Tổng Giám đốc ngân hàng này từ tháng 5.", []want{
			{"quyền Tổng Giám đốc", "quyền Tổng Giám đốc", ""}}},
		{"a board named in lower case after its head", "Ông Lê Văn An, Trưởng Ban chỉ đạo phòng chống dịch tỉnh Đắk Lắk, cho biết.", []want{
			{"Trưởng Ban chỉ đạo phòng chống dịch tỉnh Đắk Lắk", "Trưởng Ban", "chỉ đạo phòng chống dịch tỉnh Đắk Lắk"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}
