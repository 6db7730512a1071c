// Command dump prints the analysis the corpus helper builds, for inspection.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/isnad/isnad/judge/judgetest"
)

func main() {
	x, err := judgetest.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	a, err := x.Read(context.Background(), os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	e := json.NewEncoder(os.Stdout)
	e.SetIndent("", " ")
	e.Encode(a)
}
