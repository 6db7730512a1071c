package ingest

// Record is one article as a reader found it, before cleaning: the raw text
// and whatever metadata the source carried. Fields the source did not give
// are empty; the text is searched for them.
type Record struct {
	Source    string // where it was read: path, "a.zip!b.json#3", "-"
	URL       string
	Title     string
	Text      string // raw body text, lines separated by '\n'
	Published string // raw date value of the source, any common form
	Outlet    string // raw outlet name or source id ("aawsat", "alhurra.com")
	Author    string // raw author or byline field ("لندن: رنيم حنوش")
}
