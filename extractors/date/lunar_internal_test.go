package date

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tết (1 Giêng) dates from the published Vietnamese calendars; 1968, 1985
// and 2007 are years where Vietnam (UTC+7) and China (UTC+8) differ.
func TestLunarNewYear(t *testing.T) {
	tests := []struct {
		year, day, month int
	}{
		{1968, 29, 1}, {1985, 21, 1}, {2007, 17, 2}, {2000, 5, 2}, {2010, 14, 2},
		{2017, 28, 1}, {2020, 25, 1}, {2023, 22, 1}, {2024, 10, 2}, {2025, 29, 1},
	}
	for _, tt := range tests {
		d, m, y, ok := lunarToSolar(lunarDate{Year: tt.year, Month: 1, Day: 1})
		require.True(t, ok, tt.year)
		assert.Equal(t, [3]int{tt.day, tt.month, tt.year}, [3]int{d, m, y}, "Tết %d", tt.year)
		assert.Equal(t, lunarDate{Year: tt.year, Month: 1, Day: 1}, solarToLunar(d, m, y))
	}
}

// China's calendar is the same algorithm in UTC+8: it must give China's Tết.
func TestLunarChinaDiffers(t *testing.T) {
	for _, tt := range []struct{ year, day, month int }{{1985, 20, 2}, {2007, 18, 2}} {
		d, m, y, ok := lunarToSolarTZ(lunarDate{Year: tt.year, Month: 1, Day: 1}, 8)
		require.True(t, ok)
		assert.Equal(t, [3]int{tt.day, tt.month, tt.year}, [3]int{d, m, y})
	}
}

func TestLunarKnownDays(t *testing.T) {
	tests := []struct {
		name string
		l    lunarDate
		want [3]int // day, month, year
	}{
		{"rằm tháng Giêng 2017", lunarDate{2017, 1, 15, false}, [3]int{11, 2, 2017}},
		{"rằm tháng 7 2017", lunarDate{2017, 7, 15, false}, [3]int{5, 9, 2017}},
		{"23 tháng Chạp 2016", lunarDate{2016, 12, 23, false}, [3]int{20, 1, 2017}},
		{"tháng 6 nhuận 2017", lunarDate{2017, 6, 1, true}, [3]int{23, 7, 2017}},
		{"trung thu 2024", lunarDate{2024, 8, 15, false}, [3]int{17, 9, 2024}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, m, y, ok := lunarToSolar(tt.l)
			require.True(t, ok)
			assert.Equal(t, tt.want, [3]int{d, m, y})
			assert.Equal(t, tt.l, solarToLunar(d, m, y))
		})
	}
}

func TestLunarRejects(t *testing.T) {
	_, _, _, ok := lunarToSolar(lunarDate{Year: 2018, Month: 6, Day: 1, Leap: true})
	assert.False(t, ok, "2018 has no leap month")
	_, _, _, ok = lunarToSolar(lunarDate{Year: 2017, Month: 13, Day: 1})
	assert.False(t, ok)
}

func TestLunarRoundTrip(t *testing.T) {
	for jd := jdFromDate(1, 1, 1950); jd < jdFromDate(1, 1, 2050); jd += 3 {
		d, m, y := jdToDate(jd)
		l := solarToLunar(d, m, y)
		d2, m2, y2, ok := lunarToSolar(l)
		require.True(t, ok, "%d-%d-%d -> %+v", y, m, d, l)
		require.Equal(t, [3]int{d, m, y}, [3]int{d2, m2, y2}, "%+v", l)
	}
}

// FuzzLunar checks that every solar day from 1900 to 2100 converts to a
// lunar date and back to itself.
func FuzzLunar(f *testing.F) {
	f.Add(uint32(0))
	f.Add(uint32(31000))
	first, last := jdFromDate(1, 1, 1900), jdFromDate(31, 12, 2100)
	f.Fuzz(func(t *testing.T, n uint32) {
		d, m, y := jdToDate(first + int(n)%(last-first+1))
		l := solarToLunar(d, m, y)
		require.True(t, l.Month >= 1 && l.Month <= 12 && l.Day >= 1 && l.Day <= 30, "%+v", l)
		d2, m2, y2, ok := lunarToSolar(l)
		require.True(t, ok, "%d-%d-%d -> %+v", y, m, d, l)
		require.Equal(t, [3]int{d, m, y}, [3]int{d2, m2, y2}, "%+v", l)
	})
}

// The table of new moons holds what the functions compute.
func TestMoonTable(t *testing.T) {
	for k := moonFirst - 2; k <= moonLast+2; k++ {
		d := computeNewMoonDay(k, vnTimeZone)
		require.Equal(t, d, newMoonDay(k, vnTimeZone), "k %d", k)
		require.Equal(t, solarTerm(d, vnTimeZone), newMoonTerm(k, vnTimeZone), "k %d", k)
	}
	_, _, first := jdToDate(newMoonDay(moonFirst, vnTimeZone))
	_, _, last := jdToDate(newMoonDay(moonLast, vnTimeZone))
	assert.True(t, first < 1800 && last > 2200, "table from %d to %d", first, last)
}
