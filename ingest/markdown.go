package ingest

import (
	"regexp"
	"strings"
)

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)([^*_~` + "`" + `\n]+)(\*\*|__|\*|_|~~|` + "`" + `)`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdQuote    = regexp.MustCompile(`^\s*>+\s?`)
	mdBullet   = regexp.MustCompile(`^\s*[-*+]\s+`)
	mdRule     = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
)

// markdownText reduces Markdown to its plain text: headings, quotes and
// bullets lose their markers, links keep their words, images go.
func markdownText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if mdRule.MatchString(l) {
			lines[i] = ""
			continue
		}
		l = mdHeading.ReplaceAllString(l, "")
		l = mdQuote.ReplaceAllString(l, "")
		l = mdBullet.ReplaceAllString(l, "")
		l = mdImage.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllString(l, "$1")
		l = mdEmphasis.ReplaceAllString(l, "$2")
		lines[i] = strings.TrimRight(l, "# ")
	}
	return strings.Join(lines, "\n")
}
