// Command attribdump prints the claims and chains isnad finds in text files, one claim
// a line, for reading the extractor's work by eye.
//
//	go run ./extract/attrib/internal/attribdump -credit الحرة -outlet "الحل نت" FILE...
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/extract/attrib"
)

func main() {
	credit := flag.String("credit", "", "whole-piece credit")
	outlet := flag.String("outlet", "", "publishing outlet")
	flag.Parse()
	lex, err := attrib.DefaultLexicon()
	if err != nil {
		slog.Error("loading lexicon", "err", err)
		os.Exit(1)
	}
	x := attrib.New(lex, nil)
	for _, path := range flag.Args() {
		b, err := os.ReadFile(path)
		if err != nil {
			slog.Error("reading", "path", path, "err", err)
			os.Exit(1)
		}
		text := arabic.Display(string(b)).Text
		in := attrib.Input{DocID: path, Text: text, Sentences: arabic.Sentences(text), Outlet: *outlet}
		if *credit != "" {
			in.Credits = []string{*credit}
		}
		fmt.Println("==", path)
		for _, c := range x.Extract(in) {
			fmt.Println(Format(c))
		}
	}
}

// Format renders a claim on one line: chain, flags, hedges, then the text's start.
func Format(c attrib.Claim) string {
	var links []string
	for _, l := range c.Chain {
		links = append(links, l.Name+"/"+l.Kind)
	}
	var hs []string
	for _, h := range c.Hedges {
		hs = append(hs, h.Text)
	}
	flags := ""
	if c.Carried {
		flags += " carried"
	}
	if c.Polarity == attrib.Denied {
		flags += " DENIED"
	}
	text := []rune(strings.ReplaceAll(c.Text, "\n", " "))
	if len(text) > 70 {
		text = text[:70]
	}
	return fmt.Sprintf("[%s]%s {%s} %s", strings.Join(links, " → "), flags, strings.Join(hs, "; "), string(text))
}
