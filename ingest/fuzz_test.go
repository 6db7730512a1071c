package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/ingest/chrome"
	"github.com/isnad/isnad/ingest/meta"
)

// readBytes runs one format's reader over b as if it were a file's content.
func readBytes(t *testing.T, r *Reader, name string, f format, b []byte) []Item {
	var items []Item
	br := bufio.NewReaderSize(newGuard(bytes.NewReader(b), name, r.opt.MaxFileBytes), 64<<10)
	err := r.readStream(context.Background(), name, f, br, nil, func(it Item) error {
		items = append(items, r.finish(it))
		return nil
	})
	if err != nil {
		t.Fatalf("readStream returned a fatal error: %v", err)
	}
	return items
}

// checkItems: every item is a document with valid UTF-8 text, or a FileError.
func checkItems(t *testing.T, items []Item) {
	for _, it := range items {
		if it.Err != nil {
			var fe *FileError
			if !errors.As(it.Err, &fe) {
				t.Fatalf("error %v is not a *FileError", it.Err)
			}
			continue
		}
		d := it.Doc
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || strings.TrimSpace(d.Text) == "" || !strings.HasPrefix(d.ID, "d:") {
			t.Fatalf("bad document %+v", d)
		}
	}
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"title": "عنوان", "content": "نص الخبر.", "date": "2024-03-29", "source": "aawsat"}]`))
	f.Add([]byte(`{"articles": [{"text": "نص", "publisher": {"name": "Reuters"}}]}`))
	f.Add([]byte(`{"content": "<p>نص</p>", "author": ["أ", "ب"]}{"body": "ثان"}`))
	f.Add([]byte(`[1, "x", null, {"content": 5}]`))
	f.Add([]byte(`[{"content": "نص`))
	r := newReader(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, readBytes(t, r, "f.json", formatJSON, b))
		checkItems(t, readBytes(t, r, "f.jsonl", formatJSONL, b))
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2024-03-29"></head><body><nav>أخبار</nav><p>نص الخبر.</p></body></html>`))
	f.Add([]byte(`<p>نص<script>x</script><div hidden>مخفي</div>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"datePublished":"2024","author":{"name":"س"}}]}</script><p>نص</p>`))
	f.Add([]byte(`<<<>>></p></div>`))
	r := newReader(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, readBytes(t, r, "f.html", formatHTML, b))
	})
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("مارس 29, 2024\n\nعنوان الخبر\n\nنص الخبر.\n\nاظهر المزيد"))
	f.Add([]byte("\ufeff(عن الحرة)\nنص.\n0 تعليقات"))
	f.Add([]byte("نص \xff"))
	f.Add([]byte("# عنوان\n\n**نص** [رابط](http://x)"))
	r := newReader(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, readBytes(t, r, "f.txt", formatText, b))
		checkItems(t, readBytes(t, r, "f.md", formatMarkdown, b))
	})
}

// FuzzChrome: Clean never invents or loses a line: kept and removed
// together are the input lines (a tag list may be split off the last one).
func FuzzChrome(f *testing.F) {
	f.Add("أخبارتقارير\nعنوان\nنص الخبر.\nاظهر المزيد\n0 تعليقات", "عنوان")
	f.Add("صورة - إنترنت\nصورة – إنترنت\nنص. سمات أ ب", "")
	f.Add("Home News\nText.\nRead more: x", "Text")
	rm, err := chrome.Load(data.Ingest)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		lines := splitLines(text)
		kept, removed := rm.Clean(lines, title)
		if len(kept)+len(removed) < len(lines) || len(kept)+len(removed) > len(lines)+1 {
			t.Fatalf("%d lines in, %d kept + %d removed", len(lines), len(kept), len(removed))
		}
		all := strings.Join(append(append([]string{}, kept...), removed...), " ")
		for _, l := range lines {
			for _, w := range strings.Fields(l) {
				if !strings.Contains(all, w) {
					t.Fatalf("word %q of %q neither kept nor removed", w, l)
				}
			}
		}
	})
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"مارس 29, 2024", "29 آذار 2024", "٢٠٢٤/٠٣/٢٩", "29-03-2024", "الجمعة، 29 آذار/مارس 2024 - 10:30 ص", "31 فبراير 2024", "1/1/1"} {
		f.Add(s)
	}
	e, err := meta.Load(data.Ingest, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := e.Dateline(s); ok {
			if len(d) != 10 || d[4] != '-' || d[7] != '-' {
				t.Fatalf("Dateline(%q) = %q, not YYYY-MM-DD", s, d)
			}
		}
		if d, ok := e.Date(s); ok && len(d) != 10 {
			t.Fatalf("Date(%q) = %q, not YYYY-MM-DD", s, d)
		}
	})
}
