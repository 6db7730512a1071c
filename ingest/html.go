package ingest

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlRecord extracts an article from a web page: the main body through
// readability (menus, asides, footers and comment blocks left out), and the
// metadata of <meta> tags, <time> and JSON-LD.
func (r *Reader) htmlRecord(raw []byte) Record {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil { // x/net/html recovers from nearly anything; keep the text
		return Record{Text: string(raw)}
	}
	m := pageMeta(doc)
	rec := Record{Title: m.title, URL: m.url, Published: m.published, Outlet: m.site, Author: m.author}
	var pageURL *url.URL
	if u, err := url.Parse(m.url); err == nil && u.Host != "" {
		pageURL = u
	}
	article, err := readability.FromDocument(doc, pageURL)
	if err == nil && article.Node != nil {
		rec.Text = blockText(article.Node)
		if rec.Title == "" {
			rec.Title = article.Title()
		}
		if rec.Author == "" {
			rec.Author = article.Byline()
		}
		if rec.Outlet == "" {
			rec.Outlet = article.SiteName()
		}
	}
	if strings.TrimSpace(rec.Text) == "" {
		if body := findElement(doc, atom.Body); body != nil {
			rec.Text = blockText(body)
		} else {
			rec.Text = blockText(doc)
		}
	}
	return rec
}

// htmlFragmentText turns an HTML fragment (a JSON "content" field holding
// markup) into lines of text.
func htmlFragmentText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return s
	}
	var b strings.Builder
	for _, n := range nodes {
		writeBlocks(&b, n)
	}
	return b.String()
}

// looksLikeHTML: a text field holding paragraphs as markup.
func looksLikeHTML(s string) bool {
	if !strings.Contains(s, "<") {
		return false
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "<p") || strings.Contains(l, "<br") || strings.Contains(l, "<div")
}

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Header: true, atom.Form: true, atom.Button: true, atom.Svg: true,
	atom.Iframe: true, atom.Template: true, atom.Select: true, atom.Head: true, atom.Menu: true,
}

// blocks end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Figure: true, atom.Figcaption: true,
	atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Tr: true, atom.Hr: true,
	atom.Dd: true, atom.Dt: true, atom.Main: true, atom.Caption: true, atom.Td: true, atom.Th: true,
}

// blockText renders a node as text, one line per block element.
func blockText(n *html.Node) string {
	var b strings.Builder
	writeBlocks(&b, n)
	return b.String()
}

func writeBlocks(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hiddenOrComments(n) {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeBlocks(b, c)
	}
	if block {
		b.WriteByte('\n')
	}
}

// hiddenOrComments: elements hidden from readers or holding a comment
// thread, by the names pages give them.
func hiddenOrComments(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "id", "class":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "comment") || strings.Contains(v, "related") || strings.Contains(v, "share") ||
				strings.Contains(v, "newsletter") || strings.Contains(v, "cookie") {
				return true
			}
		}
	}
	return false
}

// pageInfo is what a page says about itself.
type pageInfo struct {
	title, url, published, site, author string
}

// pageMeta reads <title>, <meta>, <link rel=canonical>, the first
// <time datetime> and JSON-LD (datePublished, headline, author, publisher).
func pageMeta(doc *html.Node) pageInfo {
	var m pageInfo
	var timeAttr, titleTag string
	var ld []map[string]any
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title", "twitter:title":
					setOnce(&m.title, val)
				case "og:url":
					setOnce(&m.url, val)
				case "og:site_name", "application-name":
					setOnce(&m.site, val)
				case "article:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
					"datepublished", "sailthru.date", "parsely-pub-date", "og:published_time", "article:published":
					setOnce(&m.published, val)
				case "author", "article:author", "byl", "dc.creator", "parsely-author":
					if !strings.HasPrefix(val, "http") {
						setOnce(&m.author, val)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setOnce(&m.url, attr(n, "href"))
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = attr(n, "datetime")
				}
			case atom.Title:
				if n.FirstChild != nil && titleTag == "" {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld = append(ld, parseLD(n.FirstChild.Data)...)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, obj := range ld {
		setOnce(&m.published, ldString(obj["datePublished"]))
		setOnce(&m.title, ldString(obj["headline"]))
		setOnce(&m.author, ldString(obj["author"]))
		setOnce(&m.site, ldString(obj["publisher"]))
		setOnce(&m.url, ldString(obj["url"]))
	}
	setOnce(&m.published, timeAttr)
	setOnce(&m.title, titleTag)
	return m
}

// parseLD reads a JSON-LD block into its objects, flattening @graph and arrays.
func parseLD(s string) []map[string]any {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return nil
	}
	var out []map[string]any
	var walk func(any)
	walk = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, x := range t {
				walk(x)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				walk(g)
			}
			if _, ok := t["datePublished"]; ok {
				out = append(out, t)
			} else if _, ok := t["headline"]; ok {
				out = append(out, t)
			}
		}
	}
	walk(v)
	return out
}

// ldString: a JSON-LD value as text ({"name": …} objects and lists of them).
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var parts []string
		for _, x := range t {
			if s := ldString(x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "، ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}
