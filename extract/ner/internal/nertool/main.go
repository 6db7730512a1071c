// Command nertool reproduces isnad's named-entity data until cmd/isnad wires
// the same functions as `isnad train clusters`, `isnad train ner` and
// `isnad eval ner`:
//
//	go run ./extract/ner/internal/nertool clusters -corpus ../shared/corpus/saudinewsnet -o data/ner/clusters.tsv.gz
//	go run ./extract/ner/internal/nertool gazetteer -o data/ner/gazetteer.tsv
//	go run ./extract/ner/internal/nertool train -dev-split 0.1 -o data/ner/model.gob.gz
//	go run ./extract/ner/internal/nertool train -cv 5 -features affixes+context
//	go run ./extract/ner/internal/nertool eval -model data/ner/model.gob.gz -conll FILE
//	go run ./extract/ner/internal/nertool vectors -o VECTORS   # the SVD word vectors the clusters are cut from
//	go run ./extract/ner/internal/nertool codes -vectors VECTORS -hier 2000,500,200,50 -keep 200,50 -o CODES
//	go run ./extract/ner/internal/nertool train -cv 5 -features all+vectors -codes CODES
//	go run ./extract/ner/internal/nertool rules -dump DUMP   # the decoding rules on gold and predicted tags
//	go run ./extract/ner/internal/nertool common -o data/ner/common.txt   # common definite nouns, from SaudiNewsNet
//	go run ./extract/ner/internal/nertool mine -o MINED   # name lists after head words
//	go run ./extract/ner/internal/nertool train -cv 5 -features all+mined -mined MINED
//	go run ./extract/ner/internal/nertool wordstats -o data/ner/wordstats.tsv.gz   # per-word corpus statistics
//	go run ./extract/ner/internal/nertool train -cv 5 -features all+wordstats -stats data/ner/wordstats.tsv.gz
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/clusters"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: nertool clusters|gazetteer|train|eval [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "clusters":
		err = runClusters(ctx, os.Args[2:])
	case "gazetteer":
		err = runGazetteer(os.Args[2:])
	case "clusters-alt":
		err = runClustersAlt(os.Args[2:])
	case "vectors":
		err = runVectors(ctx, os.Args[2:])
	case "codes":
		err = runCodes(ctx, os.Args[2:])
	case "rules":
		err = runRules(os.Args[2:])
	case "common":
		err = runCommon(ctx, os.Args[2:])
	case "mine":
		err = runMine(ctx, os.Args[2:])
	case "wordstats":
		err = runWordStats(ctx, os.Args[2:])
	default:
		err = runNER(ctx, os.Args[1], os.Args[2:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nertool:", err)
		os.Exit(1)
	}
}

func runClusters(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("clusters", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	out := fs.String("o", "data/ner/clusters.tsv.gz", "output cluster file")
	opt := clusters.DefaultOptions()
	fs.IntVar(&opt.Words, "words", opt.Words, "words that get clusters")
	fs.IntVar(&opt.Fine, "fine", opt.Fine, "fine clusters")
	fs.IntVar(&opt.Coarse, "coarse", opt.Coarse, "coarse clusters")
	fs.IntVar(&opt.MinCount, "min-count", opt.MinCount, "words seen fewer times get no cluster")
	fs.Uint64Var(&opt.Seed, "seed", opt.Seed, "seeds the SVD projection and k-means")
	fs.Parse(args)
	_, err := clusters.LearnCorpus(ctx, *corpus, *out, opt, os.Stderr)
	return err
}

// runGazetteer writes the folded copy of ANERGazet that isnad ships.
func runGazetteer(args []string) error {
	fs := flag.NewFlagSet("gazetteer", flag.ExitOnError)
	dir := fs.String("gazetteers", "../shared/data/gazetteers", "ANERGazet folder")
	out := fs.String("o", "data/ner/gazetteer.tsv", "output file")
	fs.Parse(args)
	lex, err := ner.LoadANERGazetDir(*dir)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	fmt.Fprintln(f, "# ANERGazet (Benajiba et al., research use), folded with arabic.Fold: label<TAB>phrase")
	if err := ner.WriteLexiconTSV(f, lex); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// runClustersAlt adds a second clustering's fine ids to a cluster file as its
// alt column.
func runClustersAlt(args []string) error {
	fs := flag.NewFlagSet("clusters-alt", flag.ExitOnError)
	base := fs.String("base", "data/ner/clusters.tsv.gz", "cluster file whose words and ids are kept")
	alt := fs.String("alt", "", "cluster file whose fine ids become the alt column")
	out := fs.String("o", "", "output cluster file")
	fs.Parse(args)
	load := func(path string) (*clusters.Set, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return clusters.Load(f, path)
	}
	b, err := load(*base)
	if err != nil {
		return err
	}
	a, err := load(*alt)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := b.WithAlt(a).Save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
