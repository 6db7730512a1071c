// Command sample prints the SaudiNewsNet articles drawn for isnad's time and
// quantity gold sets, so that annotators read exactly the annotated region.
//
//	go run ./extract/quantity/goldset/sample -corpus ../shared/corpus/saudinewsnet -from 0 -n 20
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/isnad/isnad/extract/quantity/goldset"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/saudinewsnet", "SaudiNewsNet folder")
	from := flag.Int("from", 0, "first sampled article to print")
	n := flag.Int("n", 10, "how many to print")
	flag.Parse()
	arts, err := goldset.Load(*corpus)
	if err != nil {
		slog.Error("loading the corpus", "err", err)
		os.Exit(1)
	}
	sample := goldset.Sample(arts, *from+*n, goldset.Seed)
	for k := *from; k < len(sample); k++ {
		a := sample[k]
		fmt.Printf("##### %d %s anchor=%s source=%s\n%s\n\n", k, a.ID, a.Anchor, a.Source, a.Annotated())
	}
}
