package title_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnitsOfRescueAndPeacekeeping checks the bodies of the eleventh blind
// round: rescue teams written without the comma, and field hospitals
// numbered by level and number.
func TestUnitsOfRescueAndPeacekeeping(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a rescue team without the comma", "Phó Đội trưởng Đội Cứu nạn cứu hộ chỉ huy lực lượng.", []want{
			{"Phó Đội trưởng Đội Cứu nạn cứu hộ", "Phó Đội trưởng", "Đội Cứu nạn cứu hộ"}}},
		{"a field hospital by level and number", "Ông Phạm Văn Lâm, Giám đốc Bệnh viện dã chiến cấp 2 số 6, cho biết.", []want{
			{"Giám đốc Bệnh viện dã chiến cấp 2 số 6", "Giám đốc", "Bệnh viện dã chiến cấp 2 số 6"}}},
		{"a field hospital by number", "Ông Lâm, Giám đốc Bệnh viện dã chiến số 6, cho biết.", []want{
			{"Giám đốc Bệnh viện dã chiến số 6", "Giám đốc", "Bệnh viện dã chiến số 6"}}},
		{"a temple after the site's board", "Ông Đỗ Văn Thành, Trưởng ban Quản lý di tích đền Bà Chúa Muối, cho biết.", []want{
			{"Trưởng ban Quản lý di tích đền Bà Chúa Muối", "Trưởng ban", "Quản lý di tích đền Bà Chúa Muối"}}},
		{"a speech verb after a jury's board", "Trưởng Ban Sơ khảo nhận xét: các tác phẩm đều hay.", []want{
			{"Trưởng Ban Sơ khảo", "Trưởng Ban", "Sơ khảo"}}},
		{"a case's task force", "Trưởng ban Chuyên án đã chỉ đạo bắt giữ.", []want{
			{"Trưởng ban Chuyên án", "Trưởng ban", "Chuyên án"}}},
		{"a company named like a person, then its suffix", "Ông Lê Anh Khoa, Tổng Giám đốc Hoàng Long Corp, cho biết.", []want{
			{"Tổng Giám đốc Hoàng Long Corp", "Tổng Giám đốc", "Hoàng Long Corp"}}},
		{"a group named like a person", "Bà Lan, Chủ tịch Hà Đô Group, phát biểu.", []want{
			{"Chủ tịch Hà Đô Group", "Chủ tịch", "Hà Đô Group"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}
