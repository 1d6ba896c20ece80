package date

import (
	"math"
	"sync/atomic"
)

// The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's published algorithm
// ("Âm lịch Việt Nam", based on Jean Meeus, "Astronomical Algorithms"). Months
// begin on the day of the new moon and the year's leap month is the first one
// without a major solar term, both computed for Vietnam's time zone, UTC+7.
// China reckons the same rules in UTC+8, so the two calendars disagree when a
// new moon or a solar term falls between 16:00 and 17:00 UTC: Tết 1985 was
// 21 January in Vietnam and 20 February in China, Tết 2007 17 and 18 February.

// vnTimeZone is Vietnam's offset from UTC in hours.
const vnTimeZone = 7.0

// synodicMonth is the mean length of a lunation in days.
const synodicMonth = 29.530588853

// jdFromDate returns the Julian day number of a proleptic Gregorian date (Julian
// before 15 October 1582).
func jdFromDate(d, m, y int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	jd := d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
	if jd < 2299161 {
		jd = d + (153*mm+2)/5 + 365*yy + yy/4 - 32083
	}
	return jd
}

// jdToDate is the inverse of jdFromDate.
func jdToDate(jd int) (d, m, y int) {
	var b, c int
	if jd > 2299160 {
		a := jd + 32044
		b = (4*a + 3) / 146097
		c = a - b*146097/4
	} else {
		c = jd + 32082
	}
	dd := (4*c + 3) / 1461
	e := c - 1461*dd/4
	mm := (5*e + 2) / 153
	d = e - (153*mm+2)/5 + 1
	m = mm + 3 - 12*(mm/10)
	y = b*100 + dd - 4800 + mm/10
	return d, m, y
}

// newMoon returns the Julian date (UTC, fractional) of the k-th new moon
// after the one of 1 January 1900.
func newMoon(k int) float64 {
	const dr = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85
	t2 := t * t
	t3 := t2 * t
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 = c1 - 0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c1 = c1 - 0.0004*math.Sin(dr*3*mpr)
	c1 = c1 + 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 = c1 - 0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c1 = c1 - 0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c1 = c1 + 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltat float64
	if t < -11 {
		deltat = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltat = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltat
}

// sunLongitude returns the sun's apparent longitude in radians, [0, 2π), at
// Julian date jdn (UTC).
func sunLongitude(jdn float64) float64 {
	const dr = math.Pi / 180
	t := (jdn - 2451545.0) / 36525
	t2 := t * t
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// solarTerm returns which of the 12 major solar-term sectors (0..11, 30° each
// from the March equinox) the sun is in at the start of local day jd.
func solarTerm(jd int, tz float64) int {
	return int(math.Floor(sunLongitude(float64(jd)-0.5-tz/24) / math.Pi * 6))
}

// newMoonDay returns the local day number of the k-th new moon.
func newMoonDay(k int, tz float64) int {
	if m, ok := tabledMoon(k, tz); ok {
		return m.day
	}
	return computeNewMoonDay(k, tz)
}

// newMoonTerm returns solarTerm(newMoonDay(k, tz), tz): the major solar
// term at the start of the k-th new moon's day.
func newMoonTerm(k int, tz float64) int {
	if m, ok := tabledMoon(k, tz); ok {
		return m.term
	}
	return solarTerm(computeNewMoonDay(k, tz), tz)
}

func computeNewMoonDay(k int, tz float64) int {
	return int(math.Floor(newMoon(k) + 0.5 + tz/24))
}

// The new moons of Vietnam's time zone from about 1800 to 2200 are kept
// once computed, each with the solar term at its start: a conversion needs
// a dozen of them and each costs some twenty sines. The table holds the
// very values the functions compute, so results do not change; other new
// moons and other time zones are computed each time.
const (
	moonFirst = -1300 // k of a new moon in 1795
	moonLast  = 3800  // k of a new moon in 2207
)

// moons holds, for k from moonFirst, 1 + the day of new moon k times 16 +
// its solar term, or 0 before it is computed. Workers that compute the
// same entry at once store the same value.
var moons [moonLast - moonFirst + 1]atomic.Int64

type moon struct{ day, term int }

func tabledMoon(k int, tz float64) (moon, bool) {
	if tz != vnTimeZone || k < moonFirst || k > moonLast {
		return moon{}, false
	}
	e := &moons[k-moonFirst]
	v := e.Load()
	if v == 0 {
		d := computeNewMoonDay(k, vnTimeZone)
		v = 1 + int64(d)*16 + int64(solarTerm(d, vnTimeZone))
		e.Store(v)
	}
	v--
	return moon{day: int(v / 16), term: int(v % 16)}, true
}

// lunarMonth11 returns the day number on which the 11th lunar month (the one
// holding the winter solstice) of solar year y begins.
func lunarMonth11(y int, tz float64) int {
	off := float64(jdFromDate(31, 12, y)) - 2415021
	k := int(math.Floor(off / synodicMonth))
	nm := newMoonDay(k, tz)
	if newMoonTerm(k, tz) >= 9 {
		nm = newMoonDay(k-1, tz)
	}
	return nm
}

// leapMonthOffset returns the position, counted from the 11th month beginning
// on a11, of the leap month of a 13-month year.
func leapMonthOffset(a11 int, tz float64) int {
	k := int(math.Floor((float64(a11)-2415021.076998695)/synodicMonth + 0.5))
	i := 1
	arc := newMoonTerm(k+i, tz)
	for {
		last := arc
		i++
		arc = newMoonTerm(k+i, tz)
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// lunarDate is a day of the lunar calendar. Year is the solar year in which
// the lunar year begins (its Tết).
type lunarDate struct {
	Year, Month, Day int
	Leap             bool
}

// solarToLunar converts a solar (Gregorian) date to the Vietnamese lunar calendar.
func solarToLunar(d, m, y int) lunarDate {
	return solarToLunarTZ(d, m, y, vnTimeZone)
}

func solarToLunarTZ(d, m, y int, tz float64) lunarDate {
	day := jdFromDate(d, m, y)
	k := int(math.Floor((float64(day) - 2415021.076998695) / synodicMonth))
	monthStart := newMoonDay(k+1, tz)
	if monthStart > day {
		monthStart = newMoonDay(k, tz)
	}
	a11 := lunarMonth11(y, tz)
	b11 := a11
	var lunarYear int
	if a11 >= monthStart {
		lunarYear = y
		a11 = lunarMonth11(y-1, tz)
	} else {
		lunarYear = y + 1
		b11 = lunarMonth11(y+1, tz)
	}
	ld := lunarDate{Day: day - monthStart + 1}
	diff := (monthStart - a11) / 29
	ld.Month = diff + 11
	if b11-a11 > 365 {
		leap := leapMonthOffset(a11, tz)
		if diff >= leap {
			ld.Month = diff + 10
			ld.Leap = diff == leap
		}
	}
	if ld.Month > 12 {
		ld.Month -= 12
	}
	if ld.Month >= 11 && diff < 4 {
		lunarYear--
	}
	ld.Year = lunarYear
	return ld
}

// lunarToSolar converts a Vietnamese lunar date to the solar calendar. ok is
// false when l names a leap month the year does not have or a day past the
// month's end (a lunar month has 29 or 30 days).
func lunarToSolar(l lunarDate) (d, m, y int, ok bool) {
	return lunarToSolarTZ(l, vnTimeZone)
}

func lunarToSolarTZ(l lunarDate, tz float64) (d, m, y int, ok bool) {
	if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 {
		return 0, 0, 0, false
	}
	var a11, b11 int
	if l.Month < 11 {
		a11 = lunarMonth11(l.Year-1, tz)
		b11 = lunarMonth11(l.Year, tz)
	} else {
		a11 = lunarMonth11(l.Year, tz)
		b11 = lunarMonth11(l.Year+1, tz)
	}
	k := int(math.Floor(0.5 + (float64(a11)-2415021.076998695)/synodicMonth))
	off := l.Month - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		leapOff := leapMonthOffset(a11, tz)
		leapMonth := leapOff - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if l.Leap && l.Month != leapMonth {
			return 0, 0, 0, false
		} else if l.Leap || off >= leapOff {
			off++
		}
	} else if l.Leap {
		return 0, 0, 0, false
	}
	start := newMoonDay(k+off, tz)
	if l.Day == 30 && newMoonDay(k+off+1, tz)-start < 30 {
		return 0, 0, 0, false
	}
	d, m, y = jdToDate(start + l.Day - 1)
	return d, m, y, true
}
