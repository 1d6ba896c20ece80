// Package synth writes synthetic Vietnamese news articles for benchmarks and
// tests of the batch readers. The sentences are made up here from lists of
// names, ranks, positions, places, dates and awards, so that a corpus of
// any size can be generated and published; they describe no real event.
// The same seed gives the same articles on every machine.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article.
type Article struct {
	ID        string
	Title     string
	Published string // ISO day
	URL       string
	Text      string // paragraphs separated by blank lines
}

// Generator makes articles from a seed. It is not safe for concurrent use.
type Generator struct {
	r *rand.Rand
	n int
}

// New returns a Generator; equal seeds give equal article sequences.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Mai"}
	middles  = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Thu", "Hồng", "Công", "Đình", "Anh", "Bảo", "Gia", "Kim", "Trọng", "Hải", "Phương"}
	givens   = []string{"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Linh", "Đạt", "Hiếu"}
	ranks    = []string{"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy"}
	roles    = []string{"Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Bí thư", "Phó Bí thư", "Tư lệnh", "Chính ủy", "Trưởng ban", "Hiệu trưởng", "Tổng Giám đốc", "Viện trưởng"}
	orgs     = []string{"Bộ Công an", "Bộ Quốc phòng", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "UBND tỉnh %s", "Sở Văn hóa, Thể thao và Du lịch tỉnh %s", "Công an tỉnh %s", "Tỉnh ủy %s", "Quân khu 7", "Bộ đội Biên phòng tỉnh %s", "Trường Đại học Sư phạm %s", "Bệnh viện Đa khoa tỉnh %s", "Hội Nông dân tỉnh %s", "Tổng công ty Điện lực miền Bắc"}
	places   = []string{"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Nghệ An", "Thanh Hóa", "Quảng Ninh", "Lào Cai", "Bình Định", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "An Giang", "Cà Mau", "Thái Nguyên", "Huế", "Quảng Trị", "Bến Tre", "Sơn La", "Gia Lai"}
	awards   = []string{"Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Nhì", "Huân chương Chiến công hạng Ba", "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Chính phủ", "danh hiệu Chiến sĩ thi đua toàn quốc", "Huy chương Vì sự nghiệp giáo dục", "danh hiệu Nhà giáo Ưu tú", "danh hiệu Thầy thuốc Nhân dân"}
	topics   = []string{"chuyển đổi số", "phòng chống thiên tai", "xây dựng nông thôn mới", "cải cách hành chính", "phát triển du lịch", "bảo vệ an ninh biên giới", "chăm sóc sức khỏe nhân dân", "đổi mới giáo dục", "phòng cháy chữa cháy", "bảo vệ môi trường", "thu hút đầu tư", "giảm nghèo bền vững"}
	months   = []string{"tháng Giêng", "tháng Hai", "tháng Ba", "tháng Tư", "tháng Năm", "tháng Sáu", "tháng Bảy", "tháng Tám", "tháng Chín", "tháng Mười", "tháng Mười một", "tháng Chạp"}
)

// sentence templates: {1} person, {2} title, {3} date, {4} place,
// {5} award, {6} topic, {7} second person, {8} number.
var templates = []string{
	"Ngày {3}, tại {4}, {2} {1} đã chủ trì hội nghị tổng kết công tác {6}.",
	"Phát biểu tại buổi lễ, {2} {1} nhấn mạnh vai trò của công tác {6} trong giai đoạn mới.",
	"Thay mặt lãnh đạo, {1} trao {5} cho {8} tập thể và cá nhân có thành tích xuất sắc.",
	"Dịp này, {7} vinh dự được Chủ tịch nước tặng {5} vì đã có thành tích trong công tác {6}.",
	"Theo {2} {1}, trong năm qua địa phương đã hoàn thành {8} chỉ tiêu về {6}.",
	"Sáng {3}, đoàn công tác do {1} dẫn đầu đã đến thăm và làm việc tại {4}.",
	"Ông {7} cho biết kế hoạch {6} sẽ được triển khai đồng bộ từ quý tới.",
	"Bà {7}, {2}, đề nghị các đơn vị tiếp tục tháo gỡ khó khăn cho doanh nghiệp.",
	"Trước đó, vào {3}, {1} đã ký quyết định thành lập tổ công tác về {6}.",
	"Hội nghị có sự tham dự của hơn {8} đại biểu đến từ các sở, ngành của {4}.",
	"Nguyên {2} {7} đã dành nhiều năm gắn bó với công tác {6} tại {4}.",
	"Buổi lễ được tổ chức trang trọng tại hội trường lớn của {4} vào {3}.",
	"Ghi nhận những đóng góp đó, {7} được tặng {5}.",
	"Các đại biểu đã thảo luận về giải pháp nâng cao hiệu quả {6} trong thời gian tới.",
	"Kết quả này góp phần quan trọng vào việc giữ vững ổn định chính trị và phát triển kinh tế - xã hội.",
	"Theo báo cáo, tổng kinh phí thực hiện chương trình đạt khoảng {8} tỷ đồng.",
	"Ngay sau hội nghị, {1} đã đi kiểm tra thực tế tại một số xã vùng sâu, vùng xa.",
	"Lực lượng chức năng đã huy động {8} cán bộ, chiến sĩ tham gia ứng cứu kịp thời.",
	"Năm {8}, đơn vị được tặng {5} và nhiều phần thưởng cao quý khác.",
	"Người dân địa phương bày tỏ sự đồng tình với các chủ trương về {6}.",
	"Chiều cùng ngày, {2} {7} tiếp đoàn đại biểu của {4}.",
	"Dự kiến đến ngày {3}, công trình sẽ hoàn thành và đưa vào sử dụng.",
}

func (g *Generator) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *Generator) name() string {
	return g.pick(families) + " " + g.pick(middles) + " " + g.pick(givens)
}

func (g *Generator) title() string {
	org := g.pick(orgs)
	if strings.Contains(org, "%s") {
		org = fmt.Sprintf(org, g.pick(places))
	}
	return g.pick(roles) + " " + org
}

func (g *Generator) person() string {
	switch g.r.IntN(3) {
	case 0:
		return g.pick(ranks) + " " + g.name()
	case 1:
		return "đồng chí " + g.name()
	}
	return g.name()
}

func (g *Generator) date(year int) string {
	d, m := 1+g.r.IntN(28), 1+g.r.IntN(12)
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%d/%d/%d", d, m, year)
	case 1:
		return fmt.Sprintf("%d tháng %d năm %d", d, m, year)
	case 2:
		return fmt.Sprintf("%02d/%02d", d, m)
	}
	return fmt.Sprintf("mùng %d %s năm %d", 1+g.r.IntN(10), g.pick(months), year)
}

// Next returns the next article: 3 to 14 paragraphs of 2 to 6 sentences,
// about 1 to 8 KB of text.
func (g *Generator) Next() Article {
	g.n++
	year := 1990 + g.r.IntN(36)
	place := g.pick(places)
	var b strings.Builder
	paras := 3 + g.r.IntN(12)
	for p := 0; p < paras; p++ {
		if p > 0 {
			b.WriteString("\n\n")
		}
		sents := 2 + g.r.IntN(5)
		for s := 0; s < sents; s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			g.expand(&b, g.pick(templates), year, place)
		}
	}
	text := b.String()
	return Article{
		ID:        fmt.Sprintf("synth-%08d", g.n),
		Title:     fmt.Sprintf("%s: tổng kết công tác %s năm %d", place, g.pick(topics), year),
		Published: fmt.Sprintf("%d-%02d-%02d", year, 1+g.r.IntN(12), 1+g.r.IntN(28)),
		URL:       fmt.Sprintf("https://tintuc.example/%d/bai-%d.html", year, g.n),
		Text:      upperFirst(text),
	}
}

// expand writes template t with its slots {1}..{8} filled; only the slots
// a template uses draw random numbers.
func (g *Generator) expand(b *strings.Builder, t string, year int, place string) {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 || i+2 >= len(t) || t[i+2] != '}' {
			b.WriteString(t)
			return
		}
		b.WriteString(t[:i])
		switch t[i+1] {
		case '1':
			b.WriteString(g.person())
		case '2':
			b.WriteString(g.title())
		case '3':
			b.WriteString(g.date(year))
		case '4':
			b.WriteString(place)
		case '5':
			b.WriteString(g.pick(awards))
		case '6':
			b.WriteString(g.pick(topics))
		case '7':
			b.WriteString(g.name())
		case '8':
			fmt.Fprint(b, 2+g.r.IntN(500))
		}
		t = t[i+3:]
	}
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
