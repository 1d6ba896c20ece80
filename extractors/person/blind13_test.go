package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Bank branches, brands, Japanese names that are also companies and
// names that close an institute's name, from the thirteenth blind round.
func TestNamesAmongBrandsAndCompanies(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a bank branch", "Ông Trần Văn Nam, Giám đốc VietinBank Chi nhánh Đà Nẵng, ký hợp đồng.", []string{"Trần Văn Nam"}},
		{"a bank branch with a compass word", "Khách vay tại Agribank Chi nhánh Bắc Sài Gòn tăng mạnh.", nil},
		{"a Japanese name after ông that is also a company", "Ông Suzuki Hiroshi, Lãnh sự Nhật Bản, dự lễ.", []string{"Suzuki Hiroshi"}},
		{"a footballer whose family name is a company", "Cầu thủ Honda Takeshi ghi bàn.", []string{"Honda Takeshi"}},
		{"a company still names nobody", "Xe Honda Việt Nam bán chạy.", nil},
		{"a brand then a province", "Đội khách Becamex Bình Phước thua đậm.", nil},
		{"a name closing an institute", "Ông dự hội thảo tại Viện nghiên cứu quốc tế Abdus Salam tuần trước.", nil},
		{"a script", "Nhóm đang số hoá tư liệu Hán Nôm của làng.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, values(extract(t, tt.text)))
		})
	}
}
