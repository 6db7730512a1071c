package web

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDistHasEveryReferencedFile: every file index.html names, and every
// chunk the bundle imports, is in the embedded bundle; a dist left out of
// date or half copied fails here, not in an analyst's browser.
func TestDistHasEveryReferencedFile(t *testing.T) {
	dist := Dist()
	index, err := fs.ReadFile(dist, "index.html")
	if err != nil {
		t.Fatalf("the bundle has no index.html: %v", err)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"#:]+)"`).FindAllStringSubmatch(string(index), -1)
	if len(refs) < 2 {
		t.Fatalf("index.html names %d files, want at least app.js and app.css", len(refs))
	}
	for _, m := range refs {
		if _, err := fs.Stat(dist, m[1]); err != nil {
			t.Errorf("index.html names %s, which the bundle lacks", m[1])
		}
	}
	imports := regexp.MustCompile(`"\./(chunks/[A-Za-z0-9._-]+\.js)"`)
	err = fs.WalkDir(dist, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		b, err := fs.ReadFile(dist, path)
		if err != nil {
			return err
		}
		for _, m := range imports.FindAllStringSubmatch(string(b), -1) {
			target := filepath.ToSlash(filepath.Join(filepath.Dir(path), strings.TrimPrefix(m[1], "chunks/")))
			if filepath.Dir(path) == "." {
				target = m[1]
			}
			if _, err := fs.Stat(dist, target); err != nil {
				t.Errorf("%s imports %s, which the bundle lacks", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestIndexHasNoInlineScriptOrStyle: the content security policy refuses
// inline script and style, so the page must not need any.
func TestIndexHasNoInlineScriptOrStyle(t *testing.T) {
	index, err := fs.ReadFile(Dist(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(index)
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`), // a script with a body
		regexp.MustCompile(`<style`),
		regexp.MustCompile(`\sstyle=`),
		regexp.MustCompile(`\son[a-z]+=`),
	} {
		if bad.MatchString(page) {
			t.Errorf("index.html has inline code or style: %s", bad)
		}
	}
	if !strings.Contains(page, `dir="rtl"`) || !strings.Contains(page, `lang="ar"`) {
		t.Error(`index.html is not Arabic right to left by default (lang="ar" dir="rtl")`)
	}
}

// TestSourcesRenderTextAsText: the UI's own code never turns a string into
// markup, so article text (untrusted) is only ever a text node. The
// vendored libraries are bundled from npm and are not scanned.
func TestSourcesRenderTextAsText(t *testing.T) {
	forbidden := regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(|setAttribute\(\s*['"]on|setAttribute\(\s*['"]style`)
	files := 0
	err := filepath.WalkDir("src", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		files++
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if m := forbidden.FindString(line); m != "" {
				t.Errorf("%s:%d uses %s: build elements with dom.js's h() and text nodes instead", path, i+1, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 5 {
		t.Fatalf("found %d source files under src: the scan looked in the wrong place", files)
	}
	dom, err := os.ReadFile(filepath.Join("src", "dom.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(dom), "document.createTextNode") {
		t.Error("dom.js no longer makes text nodes for strings")
	}
}
