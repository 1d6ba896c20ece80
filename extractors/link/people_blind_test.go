package link

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPeopleSentenceShapes checks title chains and references that news
// reports write around a name.
func TestPeopleSentenceShapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []personWant
	}{
		{"an office addressed by a verb is no one's title",
			"Chất vấn Bộ trưởng, đại biểu Nguyễn Thị Mai Hoa nêu vấn đề giá thuốc.",
			[]personWant{{"Nguyễn Thị Mai Hoa", "", []string{"đại biểu "}}}},
		{"the office one speaks for is no one's title",
			"Thay mặt Bộ trưởng Bộ Quốc phòng, Thượng tướng Hoàng Xuân Chiến trao quyết định. Thừa lệnh Chủ tịch nước, ông Lê Văn An đọc quyết định.",
			[]personWant{{"Hoàng Xuân Chiến", "Thượng tướng", nil}, {"Lê Văn An", "", nil}}},
		{"a fronted person, then the one who acts",
			"Đối với Đại sứ Nguyễn Văn An, Phó Chủ tịch nước cảm ơn ông. Đối với ông Lê Văn Bình, Giám đốc Sở Y tế, việc này rất vui.",
			[]personWant{{"Nguyễn Văn An", "", []string{"Đại sứ "}}, {"Lê Văn Bình", "", []string{"Giám đốc Sở Y tế"}}}},
		{"a plural office received is no one's title",
			"Tiếp các Đại sứ, Thủ tướng Lê Văn Hòa đề nghị tăng cường hợp tác.",
			[]personWant{{"Lê Văn Hòa", "", []string{"Thủ tướng "}}}},
		{"an office opening the sentence, its holder after là",
			"Chỉ huy trưởng Ban CHQS huyện là Thượng tá Lê Văn Hòa. Anh cho biết Giám đốc Sở Y tế là ông Trần Văn Bình.",
			[]personWant{{"Lê Văn Hòa", "Thượng tá", []string{"Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"}}, {"Trần Văn Bình", "", nil}}},
		{"an office argued with is no one's title",
			"Tranh luận với Thống đốc, ông Lê Minh Toàn cho rằng lãi suất còn cao.",
			[]personWant{{"Lê Minh Toàn", "", nil}}},
		{"semicolons between former offices",
			"Đồng chí Lê Hữu Đức, nguyên Ủy viên Trung ương Đảng khóa VIII; nguyên Thứ trưởng Bộ Công an; nguyên Tư lệnh Quân khu 5, đã từ trần.",
			[]personWant{{"Lê Hữu Đức", "", []string{"Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an", "Tư lệnh Quân khu 5"}}}},
		{"a lower-case note inside a chain",
			"Ông Phan Văn Khải, nhà nghiên cứu lịch sử, Chủ tịch Hội Khoa học Lịch sử Việt Nam, phát biểu.",
			[]personWant{{"Phan Văn Khải", "", []string{"Chủ tịch Hội Khoa học Lịch sử Việt Nam"}}}},
		{"an office the lexicon lacks inside a chain",
			"Ông Trịnh Văn Hòa, Nhà sáng lập Quỹ Hy vọng, Chủ tịch Hội đồng Giám mục Việt Nam, phát biểu.",
			[]personWant{{"Trịnh Văn Hòa", "", []string{"Chủ tịch Hội đồng Giám mục Việt Nam"}}}},
		{"terms of office then a semicolon",
			"Đồng chí Lê Hữu Đức, nguyên Ủy viên Trung ương Đảng khóa VII, VIII; nguyên Thứ trưởng Bộ Công an, đã từ trần.",
			[]personWant{{"Lê Hữu Đức", "", []string{"Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"}}}},
		{"a semicolon before the next guest's title",
			"Dự lễ có ông Lê Văn Nam, Giám đốc Sở Y tế; Phó Giám đốc Sở Tài chính Trần Thị Hoa.",
			[]personWant{{"Lê Văn Nam", "", []string{"Giám đốc Sở Y tế"}}, {"Trần Thị Hoa", "", []string{"Phó Giám đốc Sở Tài chính"}}}},
		{"a promotion told with a pronoun",
			"Thiếu úy Hà Văn Lâm hy sinh khi truy bắt tội phạm. Anh được truy thăng quân hàm từ Thiếu úy lên Trung úy.",
			[]personWant{{"Hà Văn Lâm", "Trung úy", nil}}},
		{"a promotion of two joined by và, and another clause after a semicolon",
			"Hai học viên Hoàng Đức Mạnh và Lò Văn Thiện được phong quân hàm vượt cấp, từ học viên lên Trung úy; các học viên tốt nghiệp còn lại được phong quân hàm Thiếu úy.",
			[]personWant{{"Hoàng Đức Mạnh", "Trung úy", nil}, {"Lò Văn Thiện", "Trung úy", nil}}},
		{"a pronoun paragraphs after the name",
			"Đồng chí Trung tướng Nguyễn Văn Rinh sinh năm 1942 tại Nam Định.\n\n" +
				strings.Repeat("Những năm tháng chiến đấu ấy, đồng chí luôn gương mẫu, gần gũi đồng đội và được cấp dưới tin yêu. ", 9) +
				"\n\nTháng 6/1980, đồng chí được bổ nhiệm Sư đoàn trưởng Sư đoàn 325.",
			[]personWant{{"Nguyễn Văn Rinh", "Trung tướng", []string{"Sư đoàn trưởng Sư đoàn 325"}}}},
		{"a note does not run across a sentence end",
			"Khen thưởng Thượng úy Lò Văn Nam, cán bộ Đội 2. Dịp này, Chủ tịch nước đã quyết định tặng thưởng Huân chương.",
			[]personWant{{"Lò Văn Nam", "Thượng úy", nil}}},
		{"offices listed after a colon, each with its holder after là",
			"Xã Tân Lập: Chủ tịch UBND xã là ông Lò Văn Tám, Phó Chủ tịch là bà Lò Thị Xuân; Bí thư Đảng ủy là đồng chí Hà Văn Nam.",
			[]personWant{{"Lò Văn Tám", "", []string{"Chủ tịch Ủy ban nhân dân xã"}}, {"Lò Thị Xuân", "", []string{"Phó Chủ tịch "}}, {"Hà Văn Nam", "", []string{"Bí thư Đảng ủy"}}}},
		{"former heads over the years, each named after a trade",
			"Dự lễ có các nguyên hiệu trưởng qua các thời kỳ: nhà giáo Lê Văn Hòa (giai đoạn 1980-1995), nhà giáo ưu tú Trần Thị Mai (1995 - 2010) và thầy Trần Văn Nam.",
			[]personWant{{"Lê Văn Hòa", "", []string{"hiệu trưởng "}}, {"Trần Thị Mai", "", []string{"hiệu trưởng "}}, {"Trần Văn Nam", "", []string{"hiệu trưởng "}}}},
		{"the standing deputy named again without standing",
			"Phó Thủ tướng Thường trực Chính phủ Trần Lưu Quang dự lễ. Sau đó, Phó Thủ tướng Trần Lưu Quang thăm nhà máy.",
			[]personWant{{"Trần Lưu Quang", "", []string{"Phó Thủ tướng Thường trực Chính phủ"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, peopleOf(t, tt.text, ""))
		})
	}
}
