package clusters

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	set := NewSet(map[string]IDs{"دمشق": {Coarse: 3, Fine: 41}, "حلب": {Coarse: 3, Fine: 41}, "محمد": {Coarse: 7, Fine: 900}}, false)
	var buf bytes.Buffer
	if err := set.Save(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf, "test")
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != 3 {
		t.Fatalf("loaded %d words, want 3", got.Len())
	}
	if ids, ok := got.Lookup("محمد"); !ok || ids != (IDs{Coarse: 7, Fine: 900}) {
		t.Errorf("Lookup(محمد) = %v, %v", ids, ok)
	}
	if _, ok := got.Lookup("بغداد"); ok {
		t.Errorf("unknown word found")
	}
}

func TestWithAltRoundTrip(t *testing.T) {
	base := NewSet(map[string]IDs{"دمشق": {Coarse: 3, Fine: 41}, "محمد": {Coarse: 7, Fine: 900}}, false)
	other := NewSet(map[string]IDs{"دمشق": {Coarse: 1, Fine: 12}, "بغداد": {Coarse: 1, Fine: 13}}, false)
	var buf bytes.Buffer
	if err := base.WithAlt(other).Save(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf, "test")
	if err != nil {
		t.Fatal(err)
	}
	if !got.HasAlt() || got.Len() != 2 {
		t.Fatalf("loaded %d words, alt %v; want 2 words with alt ids", got.Len(), got.HasAlt())
	}
	for _, c := range []struct {
		word string
		want IDs
	}{
		{"دمشق", IDs{Coarse: 3, Fine: 41, Alt: 12}},     // base ids kept, other's fine as alt
		{"محمد", IDs{Coarse: 7, Fine: 900, Alt: NoAlt}}, // not in other
	} {
		if ids, _ := got.Lookup(c.word); ids != c.want {
			t.Errorf("Lookup(%s) = %v, want %v", c.word, ids, c.want)
		}
	}
	if _, ok := got.Lookup("بغداد"); ok {
		t.Errorf("a word of the alt set only was added")
	}
}

func TestLoadRejectsBadLines(t *testing.T) {
	for _, in := range []string{"word\t1\n", "word\tx\t2\n", "word\t1\t70000\n", "word\t1\t2\t3\t4\n"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(in))
		zw.Close()
		if _, err := Load(&buf, "bad.tsv.gz"); err == nil || !strings.Contains(err.Error(), "bad.tsv.gz line 1") {
			t.Errorf("Load(%q) error %v, want one naming the file and line", in, err)
		}
	}
	if _, err := Load(strings.NewReader("not gzip"), "plain"); err == nil {
		t.Errorf("Load of a non-gzip file succeeded")
	}
}

// syntheticCorpus has two word classes used in distinct frames: cities after
// "في" and before "اليوم", names after "قال" and before "إن".
func syntheticCorpus(emit func([]string)) error {
	cities := []string{"دمشق", "حلب", "بغداد", "عمان", "بيروت", "القاهره"}
	names := []string{"محمد", "احمد", "علي", "خالد", "سعيد", "حسن"}
	for i := 0; i < 300; i++ {
		emit([]string{"وصل", "الوفد", "في", cities[i%len(cities)], "اليوم", "."})
		emit([]string{"قال", names[(i*5)%len(names)], "ان", "الوضع", "هادي", "."})
	}
	return nil
}

func TestLearnSeparatesWordClasses(t *testing.T) {
	opt := Options{Words: 100, Contexts: 50, Dims: 8, Fine: 6, Coarse: 3, MinCount: 1, Iters: 10, Seed: 1, Workers: 2}
	set, err := Learn(context.Background(), syntheticCorpus, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	city, _ := set.Lookup("دمشق")
	name, _ := set.Lookup("محمد")
	for _, w := range []string{"حلب", "بغداد", "بيروت"} {
		if ids, _ := set.Lookup(w); ids.Fine != city.Fine {
			t.Errorf("%s in fine cluster %d, دمشق in %d", w, ids.Fine, city.Fine)
		}
	}
	for _, w := range []string{"احمد", "خالد"} {
		if ids, _ := set.Lookup(w); ids.Fine != name.Fine {
			t.Errorf("%s in fine cluster %d, محمد in %d", w, ids.Fine, name.Fine)
		}
	}
	if city.Fine == name.Fine {
		t.Errorf("cities and names share fine cluster %d", city.Fine)
	}
	// Deterministic: a second run gives the same file.
	again, err := Learn(context.Background(), syntheticCorpus, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	set.Save(&a)
	again.Save(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two runs with one seed learnt different clusters")
	}
}

func TestJacobiEigen(t *testing.T) {
	// [[2,1],[1,2]] has eigenvalues 1 and 3.
	_, vals := jacobiEigen([]float64{2, 1, 1, 2}, 2)
	got := fmt.Sprintf("%.6f %.6f", min(vals[0], vals[1]), max(vals[0], vals[1]))
	if got != "1.000000 3.000000" {
		t.Errorf("eigenvalues %s, want 1 and 3", got)
	}
}

func BenchmarkLookup(b *testing.B) {
	words := map[string]IDs{}
	for i := 0; i < 50000; i++ {
		words[fmt.Sprintf("w%d", i)] = IDs{Coarse: uint16(i % 100), Fine: uint16(i % 1000)}
	}
	set := NewSet(words, false)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		set.Lookup("w123")
	}
}
