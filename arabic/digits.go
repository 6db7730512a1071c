package arabic

import "strings"

// Digit maps an Arabic-Indic (٠-٩) or Persian (۰-۹) digit to ASCII; other
// runes pass unchanged.
func Digit(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	}
	return r
}

// isDigit reports whether r is an ASCII, Arabic-Indic or Persian digit.
func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹')
}

// ASCIIDigits rewrites every Arabic-Indic and Persian digit in s as ASCII,
// and returns s itself when it has none.
func ASCIIDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return Digit(r) != r }) {
		return s
	}
	return strings.Map(Digit, s)
}
