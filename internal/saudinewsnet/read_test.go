package saudinewsnet

import (
	"archive/zip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/isnad/isnad/internal/testenv"
)

// writeZip makes a zip at dir/name whose members hold the given texts, in order.
func writeZip(t testing.TB, dir, name string, members ...string) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for i, m := range members {
		w, err := zw.Create(strings.TrimSuffix(name, ".zip") + strings.Repeat("x", i) + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(m)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// tinyCorpus is two days, written out of order; the later day has two
// members, so indexes must run on across them.
func tinyCorpus(t testing.TB) string {
	dir := t.TempDir()
	writeZip(t, dir, "2015-07-22.zip",
		`[{"source":"spa","url":"u3","date_extracted":"2015-07-22 09:00:00","title":"ت3","author":"","content":"نص3"}]`,
		`[{"source":"okaz","url":"u4","date_extracted":"2015-07-22 10:00:00","title":"ت4","author":"أ","content":"نص4"}]`)
	writeZip(t, dir, "2015-07-21.zip",
		`[{"source":"spa","url":"u1","date_extracted":"2015-07-21 08:00:00","title":"ت1","author":"س","content":"نص1","extra":1},
		  {"source":"sabq","url":"u2","date_extracted":"2015-07-21","title":"ت2","content":""}]`)
	return dir
}

func TestEachOrderAndIDs(t *testing.T) {
	arts, err := Load(tinyCorpus(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []Article{
		{Zip: "2015-07-21.zip", Index: 0, Source: "spa", URL: "u1", Date: "2015-07-21 08:00:00", Title: "ت1", Author: "س", Content: "نص1"},
		{Zip: "2015-07-21.zip", Index: 1, Source: "sabq", URL: "u2", Date: "2015-07-21", Title: "ت2"},
		{Zip: "2015-07-22.zip", Index: 0, Source: "spa", URL: "u3", Date: "2015-07-22 09:00:00", Title: "ت3", Content: "نص3"},
		{Zip: "2015-07-22.zip", Index: 1, Source: "okaz", URL: "u4", Date: "2015-07-22 10:00:00", Title: "ت4", Author: "أ", Content: "نص4"},
	}
	if !reflect.DeepEqual(arts, want) {
		t.Fatalf("Load:\n got %+v\nwant %+v", arts, want)
	}
	ids := []string{"2015-07-21.zip#0", "2015-07-21.zip#1", "2015-07-22.zip#0", "2015-07-22.zip#1"}
	days := []string{"2015-07-21", "2015-07-21", "2015-07-22", "2015-07-22"}
	for i, a := range arts {
		if a.ID() != ids[i] || a.Day() != days[i] {
			t.Errorf("article %d: id %q day %q, want %q %q", i, a.ID(), a.Day(), ids[i], days[i])
		}
	}
}

func TestLoadLimitAndStop(t *testing.T) {
	dir := tinyCorpus(t)
	for _, limit := range []int{1, 2, 3, 4, 9} {
		arts, err := Load(dir, limit)
		if err != nil {
			t.Fatal(err)
		}
		if want := min(limit, 4); len(arts) != want {
			t.Errorf("Load(limit %d): %d articles, want %d", limit, len(arts), want)
		}
	}
	n := 0
	err := Each(context.Background(), dir, func(Article) error { n++; return Stop })
	if err != nil || n != 1 {
		t.Errorf("Each with Stop: %d calls, err %v; want 1, nil", n, err)
	}
	boom := errors.New("boom")
	if err := Each(context.Background(), dir, func(Article) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("Each: error %v, want boom", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Each(ctx, dir, func(Article) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Each after cancel: error %v, want context.Canceled", err)
	}
}

func TestLoadZip(t *testing.T) {
	dir := tinyCorpus(t)
	arts, err := LoadZip(filepath.Join(dir, "2015-07-22.zip"))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[1].ID() != "2015-07-22.zip#1" || arts[1].URL != "u4" {
		t.Fatalf("LoadZip: %+v", arts)
	}
}

func TestBadInputNamesTheFile(t *testing.T) {
	tests := []struct {
		name, member, want string
	}{
		{"not an array", `{"source":"x"}`, "want a JSON array"},
		{"broken element", `[{"source":"x"},{"source":]`, "article 1"},
		{"wrong field type", `[{"content":3}]`, "article 0"},
		{"unterminated", `[{"source":"x"}`, "2015-01-01.zip!"},
		{"trailing data", `[] []`, "data after the array"},
		{"empty member", ``, "2015-01-01.zip!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeZip(t, dir, "2015-01-01.zip", tc.member)
			_, err := Load(dir, 0)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "2015-01-01.zip") {
				t.Fatalf("error %v, want one naming the zip and saying %q", err, tc.want)
			}
		})
	}
	if _, err := Load(t.TempDir(), 0); err == nil || !strings.Contains(err.Error(), "no SaudiNewsNet zips") {
		t.Errorf("empty folder: error %v", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "2015-01-01.zip"), []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir, 0); err == nil || !strings.Contains(err.Error(), "opening") {
		t.Errorf("not a zip: error %v", err)
	}
}

func TestBoundedReader(t *testing.T) {
	tests := []struct {
		text  string
		limit int64
		fails bool
	}{
		{"abc", 3, false},
		{"abc", 4, false},
		{"abcd", 3, true},
	}
	for _, tc := range tests {
		b := &boundedReader{r: strings.NewReader(tc.text), left: tc.limit, where: "m"}
		var buf [16]byte
		var err error
		for err == nil {
			_, err = b.Read(buf[:])
		}
		if fails := !errors.Is(err, io.EOF); fails != tc.fails {
			t.Errorf("%q with bound %d: error %v, want failure %v", tc.text, tc.limit, err, tc.fails)
		}
	}
}

func TestParseID(t *testing.T) {
	tests := []struct {
		id    string
		zip   string
		index int
		ok    bool
	}{
		{"2015-07-21.zip#12", "2015-07-21.zip", 12, true},
		{"a#b.zip#0", "a#b.zip", 0, true},
		{"2015-07-21.zip", "", 0, false},
		{"#3", "", 0, false},
		{"x.zip#-1", "", 0, false},
		{"x.zip#", "", 0, false},
	}
	for _, tc := range tests {
		zip, index, err := ParseID(tc.id)
		if (err == nil) != tc.ok || zip != tc.zip || index != tc.index {
			t.Errorf("ParseID(%q) = %q, %d, %v", tc.id, zip, index, err)
		}
		if tc.ok && ID(zip, index) != tc.id {
			t.Errorf("ID(ParseID(%q)) = %q", tc.id, ID(zip, index))
		}
	}
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"2015-07-21.zip#12", "#", "a#-0", "x#+1", "x#99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		zip, index, err := ParseID(id)
		if err != nil {
			return
		}
		// Non-canonical numbers ("+1", "01") parse too; the id made back
		// from the parts must name the same article.
		zip2, index2, err := ParseID(ID(zip, index))
		if err != nil || zip2 != zip || index2 != index || zip == "" || index < 0 {
			t.Fatalf("ParseID(%q) = %q, %d; made back: %q, %d, %v", id, zip, index, zip2, index2, err)
		}
	})
}

// FuzzMember feeds arbitrary bytes as a day's JSON: reading must end in
// articles or an error, never a panic.
func FuzzMember(f *testing.F) {
	f.Add(`[{"source":"spa","content":"نص"}]`)
	f.Add(`[`)
	f.Add(`[{}] x`)
	f.Fuzz(func(t *testing.T, member string) {
		dir := t.TempDir()
		writeZip(t, dir, "2015-01-01.zip", member)
		arts, err := Load(dir, 0)
		for i, a := range arts {
			if a.Index != i || a.Zip != "2015-01-01.zip" {
				t.Fatalf("article %d numbered %s", i, a.ID())
			}
		}
		_ = err
	})
}

// BenchmarkEach streams one day of the shared corpus.
func BenchmarkEach(b *testing.B) {
	path := filepath.Join(Dir(testenv.Shared(b)), "2015-07-22.zip")
	zr, err := zip.OpenReader(path)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, f := range zr.File {
		size += int64(f.UncompressedSize64)
	}
	zr.Close()
	b.SetBytes(size)
	for b.Loop() {
		if err := EachInZip(context.Background(), path, func(Article) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
