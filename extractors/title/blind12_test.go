package title_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBlind12 checks the titles of the twelfth blind round: a verb after
// the organization, envoys' postings, and abbreviated managers.
func TestBlind12(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a lead verb after a lower-case tail", "Đoàn do ông Lê Văn Hòa, Phó Giám đốc Sở Ngoại vụ dẫn đầu.", []want{
			{"Phó Giám đốc Sở Ngoại vụ", "Phó Giám đốc", "Sở Ngoại vụ"}}},
		{"a witness verb after a service", "Lễ ký có ông Lê Văn Hòa, Phó Tư lệnh Quân chủng Phòng không chứng kiến.", []want{
			{"Phó Tư lệnh Quân chủng Phòng không", "Phó Tư lệnh", "Quân chủng Phòng không"}}},
		{"a chairing verb after a lower-case tail", "Hội nghị do ông Lê Văn Hòa, Phó Giám đốc Sở Ngoại vụ chủ trì.", []want{
			{"Phó Giám đốc Sở Ngoại vụ", "Phó Giám đốc", "Sở Ngoại vụ"}}},
		{"a defence attaché keeps the host", "Đại tá Lê Văn Hòa, Tùy viên Quốc phòng Việt Nam tại Ấn Độ, cho biết.", []want{
			{"Tùy viên Quốc phòng Việt Nam tại Ấn Độ", "Tùy viên Quốc phòng", "Việt Nam tại Ấn Độ"}}},
		{"a deputy ambassador keeps the host", "Ông Lê Văn Hòa, Phó Đại sứ Việt Nam tại Mỹ, cho biết.", []want{
			{"Phó Đại sứ Việt Nam tại Mỹ", "Phó Đại sứ", "Việt Nam tại Mỹ"}}},
		{"the head of a mission to a body in capitals", "Ông Lê Văn Hòa, Trưởng Cơ quan đại diện Việt Nam tại UNESCO, cho biết.", []want{
			{"Trưởng Cơ quan đại diện Việt Nam tại UNESCO", "Trưởng", "Cơ quan đại diện Việt Nam tại UNESCO"}}},
		{"a deputy political officer", "Thiếu tá Lê Văn Hòa, Chính trị viên phó Đồn Biên phòng Phước Dinh, cho biết.", []want{
			{"Chính trị viên phó Đồn Biên phòng Phước Dinh", "Chính trị viên phó", "Đồn Biên phòng Phước Dinh"}}},
		{"a general director abbreviated", "Bà Lê Thị Hoa, TGĐ Vinamilk, cho biết.", []want{{"TGĐ Vinamilk", "Tổng giám đốc", "Vinamilk"}}},
		{"a deputy general director abbreviated", "Ông Lê Văn Hòa, PTGĐ Vietjet, cho biết.", []want{{"PTGĐ Vietjet", "Phó Tổng giám đốc", "Vietjet"}}},
		{"a patriarch's church in capitals", "Đức Pháp chủ GHPGVN, Hòa thượng Thích Trí Tịnh gửi thư.", []want{{"Pháp chủ GHPGVN", "Pháp chủ", "Giáo hội Phật giáo Việt Nam"}}},
		{"a patriarch's church written out", "Đức Pháp chủ Giáo hội Phật giáo Việt Nam, Hòa thượng Thích Trí Tịnh gửi thư.", []want{
			{"Pháp chủ Giáo hội Phật giáo Việt Nam", "Pháp chủ", "Giáo hội Phật giáo Việt Nam"}}},
		{"a board shares the company of the manager after kiêm", "Ông Lê Văn Hòa, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty CP Thép Việt, cho biết.", []want{
			{"Chủ tịch HĐQT", "Chủ tịch", "Hội đồng quản trị Công ty cổ phần Thép Việt"},
			{"Tổng giám đốc Công ty CP Thép Việt", "Tổng giám đốc", "Công ty cổ phần Thép Việt"}}},
		{"the office in the body a clause with do is about", "Công ty TNHH Thép Việt do ông Lê Văn Hòa làm Giám đốc.", []want{
			{"Giám đốc", "Giám đốc", "Công ty trách nhiệm hữu hạn Thép Việt"}}},
		{"a department named by a two-word field", "TS Lê Văn Hòa, Trưởng Bộ môn Vi sinh, cho biết.", []want{{"Trưởng Bộ môn Vi sinh", "Trưởng", "Bộ môn Vi sinh"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, titlesOf(t, tt.text))
		})
	}
}

// TestPluralOfficeWithoutList checks that "các" before an office a comma
// closes keeps the office a group, which linking gives to no one.
func TestPluralOfficeWithoutList(t *testing.T) {
	es := extract(t, "Tiếp các Đại sứ, Thủ tướng Lê Văn Hòa đề nghị hợp tác.")
	require.Len(t, es, 2)
	assert.True(t, es[0].Title.Group)
	assert.False(t, es[1].Title.Group)
}
