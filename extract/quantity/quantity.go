// Package quantity finds numbers in Arabic news text and reads them as
// values: digits in both digit sets with their separators, number words,
// mixed forms (نحو 12 ألف، 5 ملايين دولار), bounds (أكثر من 200), ranges
// (2500 إلى 3000), vague counts (عشرات، مئات، آلاف), percentages and the
// counted noun after the figure.
//
// Conventions (they are the project's, documented in
// testdata/gold/quantity/README.md):
//   - Vague counts follow ACLED: عشرات = 10, مئات = 100, آلاف = 1000, read as
//     a lower bound (value = min) and approximate; بضعة is 3..9.
//   - أكثر من N gives value N, min N, approximate; أقل من N value N, max N.
//   - A range gives value = min = its low end, max = its high end, approximate.
//   - Durations are quantities (ثلاثة أسابيع: 3, unit أسبوع) unless they are
//     part of a time expression, whose spans the caller passes as skip.
//   - Years and dates (skip spans), ordinals (النسخة الأولى), labels (رقم 3،
//     المادة 5، الساعة 10), clock times, model names (إم.كيو-9) and a lone
//     واحد/أحد ("one of") are not quantities; a cardinal with the article
//     (الدول الثلاث) is an adjective and is not tagged either.
package quantity

// Quantity is one figure found in a text.
type Quantity struct {
	Start, End int    // code points in the text, end exclusive
	Text       string // the figure as written, with its cues and unit
	// Value is the figure's value (the low end of a range, the bound of
	// أكثر من); nil when the text gives none.
	Value    *float64
	Min, Max *float64
	Approx   bool
	// Unit is the counted noun after the figure, normalised to the singular
	// (عنصر، دولار) or a measure's short form (كم); "%" for percentages;
	// "" when no noun follows.
	Unit string
}
