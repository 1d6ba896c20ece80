package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Former provinces, highland family names, memorials, nuns and troupes
// that the twelfth blind round put where a person's name could stand.
func TestNamesAmongFormerProvincesAndHighlandNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a province merged away in 1991", "Ông từng là Chủ tịch UBND tỉnh Hoàng Liên Sơn.", nil},
		{"a police department of a former province", "Đại tá Lê Văn Hòa, Phó Giám đốc CA tỉnh Hà Tuyên, nghỉ hưu.", []string{"Lê Văn Hòa"}},
		{"former provinces after tỉnh", "Ông công tác ở tỉnh Nghĩa Bình, tỉnh Phú Khánh rồi tỉnh Sông Bé.", nil},
		{"given names that were provinces", "Ông Nguyễn Minh Hải và ca sĩ Nam Hà về tỉnh Minh Hải.", []string{"Nguyễn Minh Hải", "Nam Hà"}},
		{"a K'Ho family name of two words", "Thượng tá Liêng Jrang Ha Sin phát biểu.", []string{"Liêng Jrang Ha Sin"}},
		{"a Chu Ru family name", "Thiếu tá Touneh Hàn Minh dự họp.", []string{"Touneh Hàn Minh"}},
		{"a Jrai family name spelled with ă", "Bà Rơ Chăm H'Lan, Phó Chủ tịch UBND tỉnh, dự lễ.", []string{"Rơ Chăm H'Lan"}},
		{"a memorial named after a person", "Đoàn đặt vòng hoa tại Đài tưởng niệm José Rizal và Nhà tưởng niệm Lê Văn Tám.", nil},
		{"nuns by their standing", "Ni trưởng Như Hiền dự lễ; ni cô Diệu Liên và sư cô Diệu Hạnh cùng Thiền sư Minh Tuệ.", []string{"Như Hiền", "Diệu Liên", "Diệu Hạnh", "Minh Tuệ"}},
		{"a song and dance troupe", "Tiết mục của (Đoàn Ca múa nhạc dân tộc Ybih và Đoàn Văn công Quân khu 5.", nil},
		{"a highland cooperative", "Hợp tác xã cà phê Ea Kmar và hợp tác xã Krông Pắc được khen.", nil},
		{"a demonym before a foreign writer", "Tác phẩm của nhà văn Nga Lev Tolstoy và nhà toán học Nga Sofia Kovalevskaia (1850-1891).", []string{"Lev Tolstoy", "Sofia Kovalevskaia"}},
		{"a host athlete", "VĐV chủ nhà Jariya Somchai thắng, VĐV kỳ cựu Nguyễn Thị Lan về nhì.", []string{"Jariya Somchai", "Nguyễn Thị Lan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, values(extract(t, tt.text)))
		})
	}
}
