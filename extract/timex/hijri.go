package timex

import "time"

// isnad converts Hijri dates with the tabular (arithmetical) Islamic
// calendar, civil epoch (1 Muharram 1 AH = 16 July 622 Julian), leap years
// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle. The Umm
// al-Qura calendar used in Saudi Arabia is observational and differs from
// it by a day (rarely two) in some months; when the text itself gives the
// Gregorian equivalent (الموافق …) the tagger uses the text's date instead.

const islamicEpochJDN = 1948440 // JDN of 1 Muharram 1 AH (civil)
const unixEpochJDN = 2440588    // JDN of 1970-01-01

// hijriToGregorian converts a Hijri date to a Gregorian civil date.
func hijriToGregorian(y, m, d int) time.Time {
	jdn := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + islamicEpochJDN - 1
	return time.Unix(int64(jdn-unixEpochJDN)*86400, 0).UTC().Add(12 * time.Hour)
}

// gregorianToHijri converts a Gregorian date to the tabular Hijri date.
func gregorianToHijri(t time.Time) (y, m, d int) {
	jdn := int(t.Unix()/86400) + unixEpochJDN
	y = (30*(jdn-islamicEpochJDN) + 10646) / 10631
	m = (jdn - (29 + hijriToJDN(y, 1, 1)) + 29) // days since year start + 29
	m = min(12, (m*2)/59+1)
	// correct month by walking: the formula above is approximate
	for m > 1 && hijriToJDN(y, m, 1) > jdn {
		m--
	}
	for m < 12 && hijriToJDN(y, m+1, 1) <= jdn {
		m++
	}
	d = jdn - hijriToJDN(y, m, 1) + 1
	return y, m, d
}

func hijriToJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + islamicEpochJDN - 1
}

// hijriMonthGregorian is the Gregorian month holding the middle (15th) of a
// Hijri month: the value of "رمضان 1436" at month precision.
func hijriMonthGregorian(y, m int) point {
	return pointOf(hijriToGregorian(y, m, 15), precMonth)
}

// hijriYearGregorian is the Gregorian year holding the middle of a Hijri
// year (15 Jumada al-Akhira): the value of "عام 1436هـ" at year precision.
func hijriYearGregorian(y int) point {
	return point{y: hijriToGregorian(y, 6, 15).Year(), prec: precYear}
}
