package lex

import (
	"testing"
	"testing/fstest"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"اقرأ أيضاً:":           "اقرا ايضا",
		"0 تعليقات":             "تعليقات",
		"  Inline   Feedbacks ": "inline feedbacks",
		"ضع تعليقاَ":            "ضع تعليقا",
		"زر الذهاب إلى الأعلى":  "زر الذهاب الي الاعلي",
		"***":                   "",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
	if got := KeyWithDigits("www.7al.net"); got != "7al net" {
		t.Errorf("KeyWithDigits = %q", got)
	}
}

func TestSections(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.txt":  {Data: []byte("# comment\n[a]\nx\n\ny\n[b]\nz\n")},
		"bad.txt": {Data: []byte("x\n[a]\n")},
	}
	s, err := Sections(fsys, "ok.txt")
	if err != nil || len(s["a"]) != 2 || len(s["b"]) != 1 {
		t.Errorf("Sections = %v, %v", s, err)
	}
	if _, err := Sections(fsys, "bad.txt"); err == nil {
		t.Error("an entry before any section was accepted")
	}
	if _, err := Sections(fsys, "missing.txt"); err == nil {
		t.Error("a missing file was accepted")
	}
}
