package date_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/extractors/date"
	"github.com/vnextract/vnextract/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files")

// extract runs the default extractor over text, published as the anchor.
func extract(t testing.TB, text, published string) []pipeline.Entity {
	t.Helper()
	x, err := date.New(date.Config{})
	require.NoError(t, err)
	es, err := x.Extract(context.Background(), &pipeline.Document{Text: text, Published: published})
	require.NoError(t, err)
	return es
}

// pairs lists "text=value" for each entity, the shape the tables compare.
func pairs(es []pipeline.Entity) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Text+"="+e.Value)
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"dashed day", "Lễ kỷ niệm diễn ra ngày 12-9-2017 tại Hà Nội.", []string{"ngày 12-9-2017=2017-09-12"}},
		{"slashed day", "Ngày 12/9/2017, ông A nhận quyết định.", []string{"Ngày 12/9/2017=2017-09-12"}},
		{"dotted day", "Sinh ngày: 12.8.1962.", []string{"12.8.1962=1962-08-12"}},
		{"iso day", "Bản tin cập nhật 2017-09-12.", []string{"2017-09-12=2017-09-12"}},
		{"two-digit year after a lead", "Ngày 5/6/17 trời mưa.", []string{"Ngày 5/6/17=2017-06-05"}},
		{"spelled day", "Ông sinh ngày 12 tháng 9 năm 1962 tại Nghệ An.", []string{"ngày 12 tháng 9 năm 1962=1962-09-12"}},
		{"spelled day without ngày", "Hôm đó là 2 tháng 9 năm 1945.", []string{"2 tháng 9 năm 1945=1945-09-02"}},
		{"spelled solar months in a range", "Dự án chạy từ tháng Tư năm 2019 đến tháng Mười hai năm 2023.",
			[]string{"tháng Tư năm 2019=2019-04", "tháng Mười hai năm 2023=2023-12"}},
		{"spelled solar month one and eleven", "Khởi công tháng Một năm 2021, xong tháng Mười một năm 2022.",
			[]string{"tháng Một năm 2021=2021-01", "tháng Mười một năm 2022=2022-11"}},
		{"a spelled day of a solar month", "Ông mất ngày 3 tháng Năm năm 1998.", []string{"ngày 3 tháng Năm năm 1998=1998-05-03"}},
		{"a spelled month without a year is none", "Tháng Năm rực rỡ hoa phượng.", []string{}},
		{"day and month beside a full day of its sentence", "Tối 30/8, sau lễ mít tinh ngày 2-9-2024, đoàn rời Huế.",
			[]string{"Tối 30/8=2024-08-30", "ngày 2-9-2024=2024-09-02"}},
		{"day and month in a report that gave its year first", "Ngày 5-3-2025, tỉnh khởi công cầu. Sáng 14-10, cầu thông xe.\nĐêm 20/10 có mưa.",
			[]string{"Ngày 5-3-2025=2025-03-05", "Sáng 14-10=2025-10-14", "Đêm 20/10=2025-10-20"}},
		{"the full day of its own sentence first", "Ngày 5-3-2024, tỉnh họp. Sáng 14-10, vào ngày 16-10-2025 trước hạn, cầu thông xe.",
			[]string{"Ngày 5-3-2024=2024-03-05", "Sáng 14-10=2025-10-14", "ngày 16-10-2025=2025-10-16"}},
		{"an anniversary's range places no day", "Kỷ niệm 40 năm (15/3/1985 - 15/3/2025), chiều 12/3, trường mít tinh.",
			[]string{"15/3/1985=1985-03-15", "15/3/2025=2025-03-15", "chiều 12/3=XXXX-03-12"}},
		{"a month that opens the name of an event", "Ông tham gia Cách mạng Tháng Tám năm 1945 tại Huế.", []string{"năm 1945=1945"}},
		{"day and month", "Chiều 9/5, đoàn đến Huế.", []string{"Chiều 9/5=XXXX-05-09"}},
		{"day and month after a sentence that opens with its day", "Ngày khai mạc 9/5 tại Huế có mưa. (TTXVN) - Ngày thi đấu 14/12 kết thúc.", []string{"9/5=XXXX-05-09", "14/12=XXXX-12-14"}},
		{"a fraction after a lower-case day is none", "Trong ngày thi đấu 2/3 số VĐV bỏ cuộc.", []string{}},
		{"year of a tournament", "Đội tuyển vô địch ASEAN Cup 2024 sau hai lượt trận.", []string{"2024=2024"}},
		{"year of the Games", "Đoàn thể thao dự SEA Games 2025 tại Thái Lan.", []string{"2025=2025"}},
		{"year after an event's acronym", "Việt Nam đăng cai APEC 2027 tại Phú Quốc.", []string{"2027=2027"}},
		{"a code of letters and digits is no year", "Mẫu xe mang mã hiệu XK 20251 ra mắt.", []string{}},
		{"day with a year that recurs", "Ngày 20/11/2024 hằng năm là dịp tri ân.", []string{"Ngày 20/11/2024=2024-11-20"}},
		{"part of day, dotted", "Sáng 22.6 tại Hà Nội, hội nghị khai mạc.", []string{"Sáng 22.6=XXXX-06-22"}},
		{"the Gregorian year of a Buddhist date", "Đại lễ Phật lịch 2570 - Dương lịch 2026 diễn ra tại chùa.", []string{"Dương lịch 2026=2026"}},
		{"a dotted decimal is no day", "Thí sinh cần chứng chỉ TOEFL từ 7.5 trở lên và 8.5 điểm môn Văn.", []string{}},
		{"a dotted day after ngày", "Ngày 12.3 tới, đoàn lên đường.", []string{"Ngày 12.3=XXXX-03-12"}},
		{"night", "Trong đêm 4.6, công an đã khám nghiệm hiện trường.", []string{"đêm 4.6=XXXX-06-04"}},
		{"day with year words", "Ngày 12/5 năm 2017, hội nghị bế mạc.", []string{"Ngày 12/5 năm 2017=2017-05-12"}},
		{"the year of a Tết", "Dịp Tết Nguyên đán 2025 và Tết 2026 kéo dài.", []string{"2025=2025", "2026=2026"}},
		{"a season in full", "Niên vụ cà phê 2024/2025 khép lại.", []string{"2024=2024", "2025=2025"}},
		{"a season shortened", "Mùa giải 2024/25 khép lại.", []string{"Mùa giải 2024=2024", "25=2025"}},
		{"two years that are no season", "Hồ sơ 2024/2026 và mã 12/2024/2025 đã nộp.", []string{}},
		{"mùng with a numbered month is solar", "Sáng mùng 2 tháng 9, lễ chào cờ diễn ra.", []string{"Sáng mùng 2 tháng 9=XXXX-09-02"}},
		{"range over New Year", "Hội chợ mở từ 15/12 đến 15/1/2026.", []string{"15/12=2025-12-15", "15/1/2026=2026-01-15"}},
		{"range into the next year", "Hội chợ mở từ ngày 20/12/2025 đến 5/1.", []string{"ngày 20/12/2025=2025-12-20", "5/1=2026-01-05"}},
		{"night into morning", "Lũ quét đêm 10 rạng sáng 11/9/2024.", []string{"đêm 10 rạng sáng 11/9/2024=2024-09-10", "rạng sáng 11/9/2024=2024-09-11"}},
		{"night into New Year's Day", "Bắn pháo hoa đêm 31/12 rạng sáng 1/1/2026.", []string{"đêm 31/12=2025-12-31", "rạng sáng 1/1/2026=2026-01-01"}},
		{"night into the next day", "Mưa lớn đêm 3 rạng ngày 4/8/2024.", []string{"đêm 3 rạng ngày 4/8/2024=2024-08-03", "ngày 4/8/2024=2024-08-04"}},
		{"weekday in brackets", "Thứ Hai (12/9), Quốc hội họp phiên đầu.", []string{"Thứ Hai (12/9)=XXXX-09-12"}},
		{"weekday then day", "Sáng thứ Ba, ngày 13/9, họp tiếp.", []string{"Sáng thứ Ba, ngày 13/9=XXXX-09-13"}},
		{"blank day", "Vào sáng ngày -6-2017, H. tình cờ phát hiện.", []string{"sáng ngày -6-2017=2017-06"}},
		{"month and year", "Dự án khởi công tháng 9/2017.", []string{"tháng 9/2017=2017-09"}},
		{"month dash year", "Ông nghỉ hưu từ tháng 6-2017.", []string{"tháng 6-2017=2017-06"}},
		{"month dot year", "Tháng 6.2017: được bầu làm Chủ tịch.", []string{"Tháng 6.2017=2017-06"}},
		{"month words year", "Tháng 9 năm 2017 dự án hoàn thành.", []string{"Tháng 9 năm 2017=2017-09"}},
		{"month alone", "Ông được bổ nhiệm vào đầu tháng 10.", []string{"đầu tháng 10=XXXX-10"}},
		{"month this year, no anchor", "Hai bên đã ký kết tháng 1 năm nay.", []string{"tháng 1 năm nay=XXXX-01"}},
		{"bare month year", "+ Từ 15.4.2011 – 9.2015: Chủ tịch UBND.", []string{"15.4.2011=2011-04-15", "9.2015=2015-09"}},
		{"year", "Diễn đàn được thành lập năm 1990.", []string{"năm 1990=1990"}},
		{"end of year", "Quy hoạch được ký ban hành cuối năm 2016.", []string{"cuối năm 2016=2016"}},
		{"birth year", "Anh Đỗ Văn C (SN 1989, trú tại Hòa Bình).", []string{"SN 1989=1989"}},
		{"born in", "Ông sinh năm 1953, quê ở Quảng Nam.", []string{"sinh năm 1953=1953"}},
		{"quarter roman", "Quý I/2017 doanh thu tăng.", []string{"Quý I/2017=2017-Q1"}},
		{"quarter words", "Trong quý II năm 2016 lợi nhuận giảm.", []string{"quý II năm 2016=2016-Q2"}},
		{"decade", "Thập niên 1990 kinh tế phát triển.", []string{"Thập niên 1990=199X"}},
		{"decades", "Vào những năm 1960 - 1970, chiến tranh ác liệt.", []string{"những năm 1960=196X", "1970=197X"}},
		{"years after những năm", "Trong những năm 1995-2000 kinh tế tăng.", []string{"những năm 1995=1995", "2000=2000"}},
		{"decade short", "Những năm 80 là thời kỳ khó khăn.", []string{"Những năm 80=198X"}},
		{"days sharing a month", "Hội thảo diễn ra vào ngày 12 và 13/5.", []string{"ngày 12 và 13/5=XXXX-05-12", "13/5=XXXX-05-13"}},
		{"day range", "Từ 20 - 22/6, đoàn công tác làm việc tại tỉnh.", []string{"20 - 22/6=XXXX-06-20", "22/6=XXXX-06-22"}},
		{"day range glued", "Triển lãm mở cửa ngày 1-5/9.", []string{"ngày 1-5/9=XXXX-09-01", "5/9=XXXX-09-05"}},
		{"range with đến", "Hội nghị diễn ra từ ngày 1 đến 5/9/2017.", []string{"ngày 1 đến 5/9/2017=2017-09-01", "5/9/2017=2017-09-05"}},
		{"term", "Chủ tịch nhiệm kỳ 2014-2019.", []string{"nhiệm kỳ 2014=2014", "2019=2019"}},
		{"school year", "Tổng kết năm học 2016 - 2017.", []string{"năm học 2016=2016", "2017=2017"}},
		{"bare years range", "Thành tích trong 10 năm, từ 1999 đến 2009.", []string{"1999=1999", "2009=2009"}},
		{"years list", "Huân chương Lao động 2 năm liền (năm 2009 và 2010).", []string{"năm 2009=2009", "2010=2010"}},
		{"full dates range", "Kỷ niệm ngày mất của Đại tướng (6/7/1967-6/7/2017).", []string{"6/7/1967=1967-07-06", "6/7/2017=2017-07-06"}},
		{"month to month", "+ Tháng 7.1979 – 6.1994: Cán bộ Huyện đoàn.", []string{"Tháng 7.1979=1979-07", "6.1994=1994-06"}},
		{"after từ", "Bởi từ 16/5, mọi quyết định đều phải báo cáo.", []string{"16/5=XXXX-05-16"}},
		{"after trước", "Đà Nẵng phải báo cáo trước 30/8.", []string{"30/8=XXXX-08-30"}},
		{"bare day at a phrase end", "Bệnh nhân có kết quả dương tính 15/3.", []string{"15/3=XXXX-03-15"}},
		{"bare days in brackets", "Xét nghiệm 2 lần ( 16/3 và 18/3 ) đều âm tính.", []string{"16/3=XXXX-03-16", "18/3=XXXX-03-18"}},
		{"sentence start", "Dịch bệnh lan rộng. 15/3, Bộ Y tế công bố ca mới.", []string{"15/3=XXXX-03-15"}},
		{"after chiều nay", "Chiều nay, 6-6, Quốc hội thảo luận.", []string{"6-6=XXXX-06-06"}},
		{"holiday", "Nghỉ lễ 30/4 và Quốc khánh 2/9.", []string{"30/4=XXXX-04-30", "2/9=XXXX-09-02"}},
		{"a year from the same day", "Ngày 30/6, Bộ báo cáo Thủ tướng trước ngày 30-6-2017.", []string{"Ngày 30/6=2017-06-30", "ngày 30-6-2017=2017-06-30"}},
		{"leap day", "Ngày 29/2/2016 là ngày nhuận.", []string{"Ngày 29/2/2016=2016-02-29"}},
		{"mùng with month", "Mùng 2/9 là ngày Quốc khánh.", []string{"Mùng 2/9=XXXX-09-02"}},
		{"NBSP", "Chiều\u00a09/5, đoàn đến.", []string{"Chiều\u00a09/5=XXXX-05-09"}},
		{"quarters in a year's report", "Năm 2024, doanh thu quý III tăng; quý IV giảm.",
			[]string{"Năm 2024=2024", "quý III=2024-Q3", "quý IV=2024-Q4"}},
		{"quarter before its year", "Quý II, sản lượng vượt kế hoạch năm 2023.",
			[]string{"Quý II=2023-Q2", "năm 2023=2023"}},
		{"quarter in another paragraph stays unknown", "Năm 2024 khép lại.\nQuý I, sản lượng tăng.",
			[]string{"Năm 2024=2024", "Quý I=XXXX-Q1"}},
		{"quarters share the report's first dated quarter", "Lãi quý III cao kỷ lục.\nQuý III/2024 doanh thu tăng; so với năm 2023, quý II giảm.",
			[]string{"quý III=2024-Q3", "Quý III/2024=2024-Q3", "năm 2023=2023", "quý II=2024-Q2"}},
		{"a bare quarter before a lower one of the next year", "Lạm phát cả năm 2024 thấp; quý IV giá tăng 2%, còn trong quý I/2025 giảm.",
			[]string{"năm 2024=2024", "quý IV=2024-Q4", "quý I/2025=2025-Q1"}},
		{"a quarter without a year near it before the next year's first", "Giá quý IV tăng mạnh, còn quý I/2025 giảm.",
			[]string{"quý IV=2024-Q4", "quý I/2025=2025-Q1"}},
		{"bare years listed in brackets", "Công ty lỗ 3 năm liền (2021, 2022 và 2023).",
			[]string{"2021=2021", "2022=2022", "2023=2023"}},
		{"a trading session's day", "Cổ phiếu tăng trần trong phiên 14/3.", []string{"phiên 14/3=XXXX-03-14"}},
		{"eve joined to New Year's day by clock times", "Cấm đường từ 22h ngày 31/12; 1h ngày 1/1/2027 thông xe.",
			[]string{"ngày 31/12=2026-12-31", "ngày 1/1/2027=2027-01-01"}},
		{"a day in another clause keeps its own year", "Sáng 5/7 (trước lễ 6/7/1967) đoàn dâng hương.",
			[]string{"Sáng 5/7=XXXX-07-05", "6/7/1967=1967-07-06"}},
		{"zero-width space", "Ngày\u200b12/9/2017 trời nắng.", []string{"Ngày\u200b12/9/2017=2017-09-12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairs(extract(t, tt.text, "")))
		})
	}
}

// TestNotDates lists numbers that look like dates and are not.
func TestNotDates(t *testing.T) {
	tests := []struct{ name, text string }{
		{"decision number", "Theo Quyết định số 1358/QĐ-CTN của Chủ tịch nước."},
		{"prices listed in brackets", "Ba gói cước (1500, 1800 và 1700) đều tăng giá."},
		{"decree with year", "Theo Nghị định 100/2019/NĐ-CP và Thông tư 12/2017/TT-BCA."},
		{"circular without code", "Theo Thông tư 12/2013 của Bộ Tài chính."},
		{"ratio", "Tỷ lệ 1/3 số phiếu tán thành."},
		{"months every year", "Mùa mưa bão thường rơi vào các tháng 9 - 11 hằng năm."},
		{"day every year", "Lễ hội diễn ra vào ngày 10/3 hàng năm tại đền Hùng."},
		{"score", "Đội nhà thắng 2-1 trước đối thủ; tỷ số 3-0."},
		{"fifty-fifty", "Thời điểm đó, cơ hội sống là 50/50."},
		{"plate", "Xe BKS 27B1-475.71 va chạm với xe 77C – 016.47."},
		{"phone", "Gọi số điện thoại 0974.002.123 để báo tin."},
		{"clock", "Vụ tai nạn xảy ra lúc 8h30 và 16h40’."},
		{"amounts", "Giá vàng 36.5 triệu, 1.300 đại biểu, 15.000 cử tri, 2.000 người."},
		{"duration", "Ông đã công tác 3 năm, giai đoạn 5-10 năm."},
		{"duration before month", "Dự án kéo dài 3 tháng 2 ngày."},
		{"age", "Anh 25 tuổi, chị 23 tuổi."},
		{"version", "Phiên bản iOS 11.2 và phần mềm 2.1.3 được cập nhật."},
		{"house number", "Căn hộ số 12/5 đường Lê Lợi."},
		{"class", "Học sinh lớp 10/2 và lớp 11/3 tham gia."},
		{"round the clock", "Cửa hàng phục vụ 24/7 cho khách. Trực 24/7."},
		{"fraction at a phrase end", "Số phiếu tán thành chiếm 2/3."},
		{"alley", "Nhà ở ngõ 12/5, phố Huế; hẻm 30/4."},
		{"address", "Nhà ở 12/3 Nguyễn Trãi, quận 1."},
		{"fraction of a group", "Được 2/3 đại biểu tán thành."},
		{"range of counts", "Từ 2-3 ngày, mỗi ngày 7-8 giờ."},
		{"no such month", "Lương tháng 13 được trả vào cuối năm."},
		{"relative without anchor", "Hôm qua, chiều nay và năm ngoái."},
		{"lone day", "Ngày 12 là ngày đẹp."},
		{"quý as a word", "Quý khách vui lòng chờ; quý vị đại biểu."},
		{"tối as a word", "Tối đa 5 người, tối thiểu 2 người."},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, pairs(extract(t, tt.text, "")))
		})
	}
}

func TestRelative(t *testing.T) {
	const pub = "2017-06-15"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"today", "Hôm nay trời mưa.", []string{"Hôm nay=2017-06-15"}},
		{"yesterday", "Hôm qua, Ủy ban đã họp.", []string{"Hôm qua=2017-06-14"}},
		{"this afternoon", "Chiều nay, Quốc hội thảo luận.", []string{"Chiều nay=2017-06-15"}},
		{"last night", "Đêm qua mưa lớn.", []string{"Đêm qua=2017-06-14"}},
		{"tomorrow", "Ngày mai khai mạc.", []string{"Ngày mai=2017-06-16"}},
		{"last year", "Năm ngoái dự án được trình.", []string{"Năm ngoái=2016"}},
		{"same period last year", "So với cùng kỳ năm trước.", []string{"năm trước=2016"}},
		{"this year", "Năm nay mùa màng bội thu.", []string{"Năm nay=2017"}},
		{"last month", "Tháng trước, Bộ trưởng về tỉnh.", []string{"Tháng trước=2017-05"}},
		{"days ago", "3 ngày trước, đoàn đã về.", []string{"3 ngày trước=2017-06-12"}},
		{"years ago", "10 năm trước, ông nhập ngũ.", []string{"10 năm trước=2007"}},
		{"days ago with cách đây", "Cách đây 2 ngày, đoàn đã về.", []string{"Cách đây 2 ngày=2017-06-13"}},
		{"month of this year", "Hai bên ký kết tháng 1 năm nay.", []string{"tháng 1 năm nay=2017-01"}},
		{"end of last year", "Cuối năm ngoái công ty tổng kết.", []string{"Cuối năm ngoái=2016"}},
		{"the year before that", "Năm trước đó ông làm Phó Giám đốc.", []string{}},
		{"before an event", "3 ngày trước khi khai mạc.", []string{}},
		{"year from publication", "Ngày 10/6 họp.", []string{"Ngày 10/6=2017-06-10"}},
		{"last december", "Ngày 28/12 ông nghỉ hưu.", []string{"Ngày 28/12=2016-12-28"}},
		{"announced ahead", "Ngày 28/12 tới sẽ tổng kết.", []string{"Ngày 28/12=2017-12-28"}},
		{"deadline", "Hoàn thành trước ngày 30/9.", []string{"ngày 30/9=2017-09-30"}},
		{"soon", "Dự kiến ngày 20-6 tới Quốc hội biểu quyết.", []string{"ngày 20-6=2017-06-20"}},
		{"month last year", "Ông nghỉ hưu tháng 12.", []string{"tháng 12=2016-12"}},
		{"quarter", "Quý I doanh thu tăng.", []string{"Quý I=2017-Q1"}},
		{"a day before the next day's year beats publication", "Bắn pháo hoa từ 21h ngày 31/12 đến 1h ngày 1/1/2018.",
			[]string{"ngày 31/12=2017-12-31", "ngày 1/1/2018=2018-01-01"}},
		{"planned far before the month", "Theo kế hoạch, thành phố sẽ tiếp tục tổ chức lễ hội lớn vào tháng 12.", []string{"tháng 12=2017-12"}},
		{"a plan without sẽ", "Theo kế hoạch, lễ hội diễn ra vào tháng 12.", []string{"tháng 12=2017-12"}},
		{"until a later month", "Đơn hàng đã kín đến tháng 12.", []string{"tháng 12=2017-12"}},
		{"until a past day stays past", "Tính đến ngày 31/3, tỉnh đã giải ngân 40%.", []string{"ngày 31/3=2017-03-31"}},
		{"tham dự is no plan", "Đại biểu đã tham dự hội nghị ngày 28/12.", []string{"ngày 28/12=2016-12-28"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := extract(t, tt.text, pub)
			assert.Equal(t, tt.want, pairs(es))
			for _, e := range es {
				if strings.Contains(tt.name, "ago") || strings.Contains(tt.name, "last") && !strings.Contains(tt.name, "december") && !strings.Contains(tt.name, "month last") || strings.Contains(tt.name, "this") {
					assert.True(t, e.Date.Relative, e.Text)
				}
			}
		})
	}
}

// TestAnchoredText covers expressions found in news text with a
// publication date: relative words after a line break or a bracket, Tết
// and lunar dates named by stem and branch, quarters, the years of events.
func TestAnchoredText(t *testing.T) {
	tests := []struct {
		name, text, pub string
		want            []string
	}{
		{"relative part of day opening a paragraph", "Tin bão.\n\nChiều qua, Phó Thủ tướng chủ trì cuộc họp.", "2026-09-05",
			[]string{"Chiều qua=2026-09-04"}},
		{"relative day opening a line", "Tin nhanh\nHôm qua, đê bị vỡ.", "2026-09-05", []string{"Hôm qua=2026-09-04"}},
		{"relative year opening a line", "Tổng kết\nNăm ngoái, sản lượng lúa giảm.", "2026-09-05", []string{"Năm ngoái=2025"}},
		{"relative day in brackets", "Đoàn kiểm tra (sáng nay) đã đến hiện trường.", "2026-09-05", []string{"sáng nay=2026-09-05"}},
		{"Tết named by stem and branch, then its year", "Sức mua tăng 15% so với cùng kỳ Tết Ất Tỵ 2025.", "2026-02-25",
			[]string{"Tết Ất Tỵ 2025=2025"}},
		{"Tết Nguyên đán named by stem and branch", "Sau Tết Nguyên đán Bính Ngọ, giá rau xanh giảm.", "2026-03-01",
			[]string{"Tết Nguyên đán Bính Ngọ=2026"}},
		{"a spelled lunar month and a stem and branch", "Cụ mất ngày 19 tháng Mười năm Ất Tỵ, thọ 90 tuổi.", "2026-01-10",
			[]string{"ngày 19 tháng Mười năm Ất Tỵ=2025-12-08"}},
		{"a planned quarter far from its cue", "Ngân hàng dự kiến giữ ổn định lãi suất huy động trong nhiều tháng tới để hỗ trợ doanh nghiệp, ít nhất đến cuối quý II.", "2026-03-05",
			[]string{"quý II=2026-Q2"}},
		{"the fiscal year", "Ngân sách năm tài khóa 2025 được phê duyệt.", "2026-03-05", []string{"năm tài khóa 2025=2025"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairs(extract(t, tt.text, tt.pub)))
		})
	}
}

// TestEventYears covers a bare year after the name of a contest, a prize,
// a fair or a festival.
func TestEventYears(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a national championship", "Anh giành HCV tại Giải Vô địch điền kinh quốc gia 2025.", []string{"2025=2025"}},
		{"an exhibition with an English name", "Hải quân tham gia Triển lãm hàng hải quốc tế IMDEX Asia 2025 tại Singapore.", []string{"2025=2025"}},
		{"a league in lower case", "Đội vô địch Giải bóng chuyền vô địch quốc gia 2026.", []string{"2026=2026"}},
		{"a ball prize", "Anh đoạt Quả bóng vàng Việt Nam 2025.", []string{"2025=2025"}},
		{"an olympiad with its acronym", "Em giành huy chương vàng Olympic Vật lý quốc tế (IPhO) 2025.", []string{"2025=2025"}},
		{"a festival prize", "Phim đoạt Giải Cánh diều 2025 hạng mục phim truyện.", []string{"2025=2025"}},
		{"a fair", "Hội chợ Mùa Thu 2025 thu hút 200.000 lượt khách.", []string{"2025=2025"}},
		{"after an acronym in brackets", "Em dự kỳ thi Tin học quốc tế (IOI) 2025 tại Bolivia.", []string{"2025=2025"}},
		{"giải as a verb opens no name", "Tỉnh giải quyết dứt điểm 2025 hồ sơ tồn đọng.", []string{}},
		{"an amount after a prize is no year", "Giải thưởng có tổng trị giá 2025 triệu đồng.", []string{}},
		{"a count after a contest is no year", "Giải chạy quốc tế 2025 người tham gia.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairs(extract(t, tt.text, "")))
		})
	}
}

func TestLunar(t *testing.T) {
	tests := []struct {
		name, text, pub string
		value, lunar    string
	}{
		{"first of Tết", "Mùng 1 Tết, công an trực 100% quân số.", "2017-02-01", "2017-01-28", "2017-01-01"},
		{"Tết 1985 in Vietnam", "Mùng 1 Tết, cả nhà sum họp.", "1985-01-25", "1985-01-21", "1985-01-01"},
		{"Tết 2007 in Vietnam", "Mồng 1 Tết năm ấy trời đẹp.", "2007-02-20", "2007-02-17", "2007-01-01"},
		{"full moon of the first month", "Rằm tháng Giêng năm nay đông khách.", "2017-02-20", "2017-02-11", "2017-01-15"},
		{"full moon of the seventh month", "Rằm tháng Bảy là lễ Vu Lan.", "2017-08-20", "2017-09-05", "2017-07-15"},
		{"âm lịch", "Ngày 15 tháng 7 âm lịch là lễ Vu Lan.", "2017-08-20", "2017-09-05", "2017-07-15"},
		{"âm lịch in brackets", "Ngày 10/3 (âm lịch) là giỗ Tổ.", "2017-04-01", "2017-04-06", "2017-03-10"},
		{"twelfth month", "Ngày 23 tháng Chạp cúng ông Công ông Táo.", "2017-01-10", "2017-01-20", "2016-12-23"},
		{"New Year's Eve", "Đêm 30 Tết, người dân đón giao thừa.", "2017-01-20", "2017-01-27", "2016-12-30"},
		{"New Year's Eve, short month", "Đêm 30 Tết, người dân đón giao thừa.", "2018-02-10", "2018-02-15", "2017-12-30"},
		{"written year", "Rằm tháng Giêng năm 2024 rơi vào thứ Bảy.", "", "2024-02-24", "2024-01-15"},
		{"no year", "Rằm tháng Giêng chùa đông khách.", "", "XXXX", "XXXX-01-15"},
		{"year by stem and branch", "Mùng 6 tháng Giêng năm Ất Tỵ, chùa Hương khai hội.", "2025-06-01", "2025-02-03", "2025-01-06"},
		{"stem and branch after Tết", "Mùng 1 Tết Giáp Thìn, cả nhà sum họp.", "2023-10-01", "2024-02-10", "2024-01-01"},
		{"stem and branch of a past year", "Rằm tháng Giêng năm Canh Tý chùa đông khách.", "2025-01-01", "2020-02-08", "2020-01-15"},
		{"the eve of a Tết named by stem and branch", "Ngày 30 Tết Ất Tỵ chợ hoa đông.", "2025-03-01", "2025-01-28", "2024-12-30"},
		{"a day of a month and a stem and branch", "Ông mất ngày 23 tháng 8 năm Ất Tỵ.", "2025-10-15", "2025-10-14", "2025-08-23"},
		{"stem and branch that name no year", "Rằm tháng Giêng năm Giáp Sửu chùa đông khách.", "2017-02-20", "2017-02-11", "2017-01-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := extract(t, tt.text, tt.pub)
			require.Len(t, es, 1)
			e := es[0]
			assert.Equal(t, tt.value, e.Value)
			assert.Equal(t, "lunar", e.Date.Calendar)
			assert.Equal(t, tt.lunar, e.Date.Lunar)
			if tt.value == "XXXX" {
				assert.NotEmpty(t, e.Date.Note)
			}
		})
	}
}

// TestLunarYearFromParagraph checks lunar dates without a year and without
// a publication date: the paragraph's dated text places them.
func TestLunarYearFromParagraph(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the day written in full beside it", "Tết Ất Tỵ năm 2025 rơi vào ngày 29/1/2025 (tức mùng 1 Tết).",
			[]string{"Tết Ất Tỵ năm 2025=2025", "ngày 29/1/2025=2025-01-29", "mùng 1 Tết=2025-01-29"}},
		{"stem and branch with a year nearby", "Năm 2021, nhà chùa nhớ lại rằm tháng Giêng năm Canh Tý vắng khách.",
			[]string{"Năm 2021=2021", "rằm tháng Giêng năm Canh Tý=2020-02-08"}},
		{"a lunar month", "Lễ hội kéo dài đến hết tháng 3 âm lịch, tức đầu tháng 5/2025.",
			[]string{"tháng 3 âm lịch=2025-03", "đầu tháng 5/2025=2025-05"}},
		{"another paragraph does not count", "Năm 2010 ông về quê.\nRằm tháng Giêng chùa đông khách.",
			[]string{"Năm 2010=2010", "Rằm tháng Giêng=XXXX"}},
		{"a paragraph without dates takes the article's days", "Ngày 3/2/2024, huyện họp bàn.\nNăm 2010 hội làng mở lại.\nRằm tháng Giêng, chùa đông khách.",
			[]string{"Ngày 3/2/2024=2024-02-03", "Năm 2010=2010", "Rằm tháng Giêng=2024-02-24"}},
		{"mùng, a numbered month and âm lịch", "Lễ hội khai mạc mùng 1 tháng 3 âm lịch năm 2025.",
			[]string{"mùng 1 tháng 3 âm lịch năm 2025=2025-03-29"}},
		{"mùng and a spelled month", "Hội chùa mở vào mùng 10 tháng Ba năm Ất Tỵ, tức ngày 7/4/2025.",
			[]string{"mùng 10 tháng Ba năm Ất Tỵ=2025-04-07", "ngày 7/4/2025=2025-04-07"}},
		{"a year by stem and branch", "Xuân năm Bính Ngọ, ngày 20/2/2026 hội làng mở.",
			[]string{"năm Bính Ngọ=2026", "ngày 20/2/2026=2026-02-20"}},
		{"a lunar year with its solar one", "Năm Canh Tý (2020) dịch bệnh hoành hành.",
			[]string{"Năm Canh Tý (2020)=2020"}},
		{"a lunar year nothing places", "Năm Quý Mão ông về hưu.", []string{}},
		{"a year something began or someone was born places nothing", "Ngày 22/1/2025, bà Lụa kể.\nBà làm muối từ năm 1980, sinh năm 1960. Vụ muối gặp mưa từ sau rằm tháng Bảy.",
			[]string{"Ngày 22/1/2025=2025-01-22", "năm 1980=1980", "sinh năm 1960=1960", "rằm tháng Bảy=2024-08-18"}},
		{"a date named by stem and branch places the others", "Năm 2026, chùa khai hội sáng 22/2 (tức mùng 6 tháng Giêng năm Bính Ngọ).\nTừ 23 tháng Chạp, đò đã chạy; đến Rằm tháng Giêng khách đông nhất.",
			[]string{"Năm 2026=2026", "sáng 22/2=2026-02-22", "mùng 6 tháng Giêng năm Bính Ngọ=2026-02-22", "23 tháng Chạp=2026-02-10", "Rằm tháng Giêng=2026-03-03"}},
		{"the years of an anniversary in brackets place nothing", "Ngày 4/5/2025, chùa họp.\nMùa lễ kéo dài từ mùng 8 đến rằm tháng Tư âm lịch, mừng 45 năm thành lập Giáo hội (1981-2026).",
			[]string{"Ngày 4/5/2025=2025-05-04", "mùng 8 đến rằm tháng Tư âm lịch=2025-05-05", "rằm tháng Tư âm lịch=2025-05-12", "1981=1981", "2026=2026"}},
		{"this year is the article's", "Ngày 3/2/2024, huyện họp bàn.\nNăm 2010 hội làng mở lại. Năm nay, rằm tháng Giêng chùa đông khách.",
			[]string{"Ngày 3/2/2024=2024-02-03", "Năm 2010=2010", "rằm tháng Giêng=2024-02-24"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairs(extract(t, tt.text, "")))
		})
	}
}

func TestLunarMonth(t *testing.T) {
	es := extract(t, "Tháng Giêng là tháng ăn chơi.", "2017-03-01")
	require.Len(t, es, 1)
	assert.Equal(t, "2017-01", es[0].Value, "tháng Giêng 2017 began on 28 January")
	assert.Equal(t, pipeline.GrainMonth, es[0].Date.Grain)
}

func TestNoSuchDay(t *testing.T) {
	tests := []struct{ text, value, note string }{
		{"Ngày 31/2/2017 ghi trong hồ sơ.", "2017-02", "day 31 does not exist in month 2"},
		{"Hồ sơ ghi ngày 29/2/2017.", "2017-02", "day 29 does not exist in month 2 of 2017"},
		{"Ngày 31/4 không có.", "XXXX-04", "day 31 does not exist in month 4"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			es := extract(t, tt.text, "")
			require.Len(t, es, 1)
			assert.Equal(t, tt.value, es[0].Value)
			assert.Equal(t, pipeline.GrainMonth, es[0].Date.Grain)
			assert.Equal(t, tt.note, es[0].Date.Note)
		})
	}
	assert.Empty(t, extract(t, "Tỷ số 31/2 không phải ngày.", ""), "a bare 31/2 is no date")
}

func TestRangeMarks(t *testing.T) {
	es := extract(t, "Từ 20 - 22/6, đoàn làm việc; nhiệm kỳ 2015-2020; ngày 12 và 13/5.", "")
	var got []string
	for _, e := range es {
		got = append(got, e.Value+":"+e.Date.Range)
	}
	assert.Equal(t, []string{"XXXX-06-20:start", "XXXX-06-22:end", "2015:start", "2020:end", "XXXX-05-12:", "XXXX-05-13:"}, got)
}

func TestFactory(t *testing.T) {
	x, err := date.Factory(json.RawMessage(`{"min_year":1950}`))
	require.NoError(t, err)
	assert.Equal(t, date.Name, x.Name())
	es, err := x.Extract(context.Background(), &pipeline.Document{Text: "Từ 1945 đến 1975 và từ 1999 đến 2009."})
	require.NoError(t, err)
	assert.Equal(t, []string{"1975=1975", "1999=1999", "2009=2009"}, pairs(es), "1945 is too early for a range")
	_, err = date.Factory(json.RawMessage(`{"min_year":`))
	assert.Error(t, err)
}

func TestCancelled(t *testing.T) {
	x, err := date.New(date.Config{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = x.Extract(ctx, &pipeline.Document{Text: "Ngày 12/9/2017."})
	assert.ErrorIs(t, err, context.Canceled)
}

// goldenDate is the JSON form of one entity in testdata/*.json.
type goldenDate struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Grain    string `json:"grain"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Range    string `json:"range,omitempty"`
	Calendar string `json:"calendar,omitempty"`
	Lunar    string `json:"lunar,omitempty"`
	Relative bool   `json:"relative,omitempty"`
	Note     string `json:"note,omitempty"`
}

// goldenPublished anchors the golden cases that need a publication date.
var goldenPublished = map[string]string{"relative": "2017-06-15"}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			require.NoError(t, err)
			out := []goldenDate{}
			for _, e := range extract(t, string(text), goldenPublished[name]) {
				d := e.Date
				out = append(out, goldenDate{e.Text, e.Value, d.Grain.String(), e.Span.Start, e.Span.End, d.Range, d.Calendar, d.Lunar, d.Relative, d.Note})
			}
			got, err := json.MarshalIndent(out, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "go test ./extractors/date -run TestGolden -update")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

// valuePattern is the "date" value of pipeline/schema.json.
var valuePattern = regexp.MustCompile(`^(\d{4}|XXXX)(-(\d{2}|Q[1-4]))?(-\d{2})?$|^\d{3}X$`)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"ngày 12-9-2017", "Từ 20 - 22/6", "ngày 12 và 13/5", "(6/7/1967-6/7/2017)", "ngày -6-2017",
		"Rằm tháng Giêng năm nay", "mùng 1 Tết", "quý I/2017", "thập niên 1990", "Chiều nay, 6-6",
		"số 1358/QĐ-CTN", "ngày 31/2", "Tháng 9.2.2011 – 14.4.2011", "3 ngày trước", "\xff12/9",
		"ngày 1-2-3-4/5/6", "năm 2009 và 2010 và", "ngày 0/0/0000", "thứ Hai (",
		"mùng 6 tháng Giêng năm Ất Tỵ, ngày 3/2/2025", "mùng 1 Tết Giáp", "2025 rằm tháng Chạp năm Quý Mão\n2024",
	} {
		f.Add(s, "2017-06-15")
		f.Add(s, "")
	}
	x, err := date.New(date.Config{})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text, published string) {
		doc := &pipeline.Document{Text: text, Published: published}
		es, err := x.Extract(context.Background(), doc)
		require.NoError(t, err)
		for _, e := range es {
			require.True(t, 0 <= e.Span.Start && e.Span.Start < e.Span.End && e.Span.End <= len(text), "span %v of %d bytes", e.Span, len(text))
			require.Equal(t, e.Span.Of(text), e.Text)
			require.Equal(t, pipeline.KindDate, e.Kind)
			require.NotNil(t, e.Date)
			require.Regexp(t, valuePattern, e.Value)
			require.NotEqual(t, pipeline.GrainUnknown, e.Date.Grain)
			if utf8.ValidString(text) {
				require.True(t, utf8.ValidString(e.Text), "span %v cuts a rune", e.Span)
			}
			if published == "" {
				require.False(t, e.Date.Relative)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	// A news article of ordinary date density, repeated to 64 KiB.
	t, err := os.ReadFile(filepath.Join("testdata", "bench", "article.txt"))
	require.NoError(b, err)
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		sb.Write(t)
	}
	doc := &pipeline.Document{Text: sb.String(), Published: "2017-06-15"}
	x, err := date.New(date.Config{})
	require.NoError(b, err)
	ctx := context.Background()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}
