package person_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Places, bodies, deities and stage names that news items of the sixth
// and seventh blind rounds put where a person's name could stand.
func TestNamesAmongPlacesAndStageNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a foreign middle initial after a country and its post", "Đại sứ Pháp tại Lào Jean E. Dupont phát biểu.", []string{"Jean E. Dupont"}},
		{"a foreign middle initial after an address", "Ông George W. Bush và bà Laura Bush đến thăm.", []string{"George W. Bush", "Laura Bush"}},
		{"a province named after a lady in brackets", "Đội (Bà Rịa - Vũng Tàu) thắng, đoàn về Bà Rịa - Vũng Tàu.", nil},
		{"a province named after a lady opens a sentence", "Bà Rịa - Vũng Tàu đón nhiều khách.", nil},
		{"quarters named after ladies", "Tòa giám mục Giáo phận Bà Rịa mời người dân Bà Chiểu và Bà Điểm.", nil},
		{"a lady is still a lady before a name", "Bà Rơ Châm Hơi và bà Điểu Thị Mai dự lễ.", []string{"Rơ Châm Hơi", "Điểu Thị Mai"}},
		{"pupils named by their province", "Đoàn học sinh Việt Nam và học sinh Nghệ An giành 6 huy chương; sinh viên Hà Nội và kỹ sư Nhật Bản cùng dự.", nil},
		{"ethnic groups say where people come from", "Cô gái Ê Đê xúc động. Chàng trai Gia Rai Ksor Phun cho biết. Các em học sinh Ba Na rất vui.", []string{"Ksor Phun"}},
		{"a school's head word before the acronym of its kind", "Em Lê Văn An (14 tuổi, học sinh Trường THCS Nguyễn Du) cứu bạn; anh Trường CSGT kể lại.", []string{"Lê Văn An", "Trường"}},
		{"a ship named after a king, its class and hull number before", "Tàu hộ vệ tên lửa 012-Lý Thái Tổ cập cảng; tàu 016 Quang Trung và tàu Trần Hưng Đạo rời cảng.", nil},
		{"a film festival is no person", "Bông Sen Vàng Liên hoan phim Việt Nam lần thứ 24 trao cho phim \"Mùa nước\".", nil},
		{"an abbreviated occupation after a capital", "Nam VĐV trẻ Trần Văn Điệp về nhất.", []string{"Trần Văn Điệp"}},
		{"a pupil with a name is still one", "Học sinh Nguyễn Văn Bình đoạt huy chương vàng.", []string{"Nguyễn Văn Bình"}},
		{"a cue stops at a new line", "Ông được phong danh hiệu Nhà giáo Ưu tú\n\nCao Bằng - Cô Hoàng Thị Mai dạy ở bản.", []string{"Hoàng Thị Mai"}},
		{"a company named by its trades and its place", "Công ty CP Supe Phốt phát và Hóa chất Lâm Thao cùng Công ty Xi măng Bỉm Sơn và Nhà máy Giấy Bãi Bằng.", nil},
		{"the head of a company named by its trade", "Công ty TNHH Xây dựng Thành Đạt do Trần Quang Vinh làm giám đốc.", []string{"Trần Quang Vinh"}},
		{"a singer with a foreign-looking stage name", "Đêm nhạc có ca sĩ Đức Phúc và ca sĩ Hòa Minzy.", []string{"Đức Phúc", "Hòa Minzy"}},
		{"an occupation carries over its list", "Chương trình có ca sĩ Tùng Dương, Mỹ Tâm và Hà Anh Tuấn.", []string{"Tùng Dương", "Mỹ Tâm", "Hà Anh Tuấn"}},
		{"a stage name after a nickname in quotes", "Khách mời gồm nhóm Bảy Sắc và \"chị đại\" Mỹ Tâm Anh.", []string{"Mỹ Tâm Anh"}},
		{"a stage name after a described occupation", "Ca sĩ nổi tiếng Mỹ Tâm biểu diễn.", []string{"Mỹ Tâm"}},
		{"a warship after its hull code", "Tàu HQ-015 Trần Hưng Đạo và tàu 016 Quang Trung cập cảng.", nil},
		{"kitchen gods", "Người dân cúng ông Công ông Táo, tiễn Táo quân và thờ Thần Tài, Thổ Công.", nil},
		{"a department learned as a name", "Ông Lê Văn Nam, Phó Trưởng Khoa Ngoại, cho biết. Sau đó, Khoa Ngoại đã họp.", []string{"Lê Văn Nam"}},
		{"languages", "Họ nói tiếng Hà Nhì và tiếng La Hủ; ca sĩ nổi tiếng Đức Phúc có mặt.", []string{"Đức Phúc"}},
		{"a sponsored league", "Vòng 5 LPBank V-League và giải HDBank Cup diễn ra.", nil},
		{"a bank's head after its brand", "Chủ tịch HDBank Nguyễn Văn Thành phát biểu.", []string{"Nguyễn Văn Thành"}},
		{"a pope's regnal number", "Giáo hoàng Leo XIV đã tiếp đoàn; Đức Giáo hoàng Lêô XIV bổ nhiệm linh mục.", []string{"Leo XIV", "Lêô XIV"}},
		{"a name after a long body", "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây Trần Cương phát biểu.", []string{"Trần Cương"}},
		{"a consulate's city then its head", "Tổng Lãnh sự Lào tại Vinh Sonexay Vongsavath dự lễ.", []string{"Sonexay Vongsavath"}},
		{"a village after its head", "ông Hồ Văn Lìn, Trưởng bản Xa Bai, xã Hướng Lập, cho biết.", []string{"Hồ Văn Lìn"}},
		{"a village head by name", "Trưởng thôn Nguyễn Văn Bình cho biết.", []string{"Nguyễn Văn Bình"}},
		{"a person and his province", "Quà được trao đến Nguyễn Văn An, Hà Nội.", []string{"Nguyễn Văn An"}},
		{"a player by middle and given name", "Phút 70, Văn Thanh rời sân nhường chỗ cho Hoàng Đức.", []string{"Văn Thanh", "Hoàng Đức"}},
		{"a foreign city then its country", "Kỳ thi diễn ra ở Sunshine Coast (Australia), sau đó ở Gold Coast, Australia.", nil},
		{"nuns' Buddhist names", "Ni sư Thích Nữ Như Hoa phát biểu. Sư cô Thích Nữ Hương Nhũ và Thiền sư Thích Nhất Hạnh.", []string{"Thích Nữ Như Hoa", "Thích Nữ Hương Nhũ", "Thích Nhất Hạnh"}},
		{"a queen and a president's wife", "Nhà vua và Hoàng hậu Masako đón Phu nhân Kim Keon-hee.", []string{"Masako", "Kim Keon-hee"}},
		{"a shooting range and a sports hall", "Xạ thủ thi đấu ở trường bắn Hua Mak và nhà thi đấu Thanh Trì.", nil},
		{"a city abroad after tại", "Tàu cập cảng tại Saint Petersburg hôm qua.", nil},
		{"a play's title in quotes", "Với vai Thị Mầu trong vở \"Quan Âm Thị Kính\", bà đoạt giải.", nil},
		{"a film's title in curly quotes, then a name", "Bộ phim “Mai” ra rạp; tác giả vở \"Lê Văn Tám\" là ông Nguyễn Văn Hùng.", []string{"Nguyễn Văn Hùng"}},
		{"a name in quotes after a form of address is still one", "Ông \"Nguyễn Văn Hùng\" nói.", []string{"Nguyễn Văn Hùng"}},
		{"highland villages by their own words", "Già làng Y Nguôn Niê (buôn Ea Kmar) và ông Điểu K'Lơ (bon Bu Prăng) dự lễ ở plei Ốp.", []string{"Y Nguôn Niê", "Điểu K'Lơ"}},
		{"a country named by a compass point", "Lực lượng gìn giữ hòa bình ở Nam Sudan và Cộng hòa Trung Phi.", nil},
		{"a festival's name", "Bà con nô nức dự lễ hội Ok Om Bok; ngày hội Ok Om Bok năm nay rất vui.", nil},
		{"Spanish first names with accents", "Hôm qua, ông Andrés Morales Fuentes và bà Inés García phát biểu.", []string{"Andrés Morales Fuentes", "Inés García"}},
		{"the ends of a route", "Dự án tuyến cao tốc Đồng Đăng - Trà Lĩnh và đường sắt Lào Cai - Hải Phòng qua cửa khẩu Hữu Nghị.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, values(extract(t, tt.text)))
		})
	}
}

func TestSplitMonasticAndForeign(t *testing.T) {
	tests := []struct {
		text                  string
		family, middle, given string
	}{
		{"Hòa thượng Thích Thanh Tứ phát biểu.", "Thích", "Thanh", "Tứ"},
		{"cầu thủ Việt kiều Nguyễn Filip", "Nguyễn", "", "Filip"},
		{"Đại sứ Kao Kim Hourn phát biểu.", "Kao", "Kim", "Hourn"},
		{"Diễn viên Lee Min dự lễ.", "Lee", "", "Min"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			es := extract(t, tt.text)
			require.Len(t, es, 1)
			p := es[0].Person
			assert.Equal(t, tt.family, p.Family)
			assert.Equal(t, tt.middle, p.Middle)
			assert.Equal(t, tt.given, p.Given)
		})
	}
}
