package ner

import (
	"io"
	"testing"

	"github.com/isnad/isnad/data"
)

func readShipped(t *testing.T, path string) string {
	t.Helper()
	f, err := data.NER.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
