package main

import (
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/isnad/isnad/extract/ner/clusters"
)

// runVectors writes the SVD word vectors the clusters are cut from.
func runVectors(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("vectors", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus/saudinewsnet", "folder of SaudiNewsNet zips")
	out := fs.String("o", "", "output vector file (gzip gob)")
	opt := clusters.DefaultOptions()
	fs.IntVar(&opt.Words, "words", opt.Words, "words that get vectors")
	fs.Uint64Var(&opt.Seed, "seed", opt.Seed, "seeds the SVD projection")
	fs.Parse(args)
	_, err := clusters.EmbedCorpus(ctx, *corpus, *out, opt, os.Stderr)
	return err
}

// runCodes turns word vectors into word codes, the tagger's `vectors`
// features: cluster ids at several granularities (hier:K1,K2,… nested) and
// the dimensions quantised (dense:N: the first N dimensions, a code for a
// value above the mean of the dimension's positive values or below the mean
// of its negative ones, Guo et al. 2014).
func runCodes(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("codes", flag.ExitOnError)
	in := fs.String("vectors", "", "vector file from nertool vectors")
	out := fs.String("o", "", "output code file (gzip TSV word<TAB>codes)")
	hier := fs.String("hier", "", "nested cluster counts, largest first, e.g. 2000,500,200,50")
	keep := fs.String("keep", "", "hierarchy levels written (cluster counts, e.g. 200,50; default all)")
	dense := fs.Int("dense", 0, "quantise this many leading dimensions")
	seed := fs.Uint64("seed", 1, "k-means seed")
	fs.Parse(args)
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	wv, err := clusters.LoadWordVectors(f)
	f.Close()
	if err != nil {
		return err
	}
	codes := make([][]string, len(wv.Words))
	if *hier != "" {
		var ks []int
		for _, p := range strings.Split(*hier, ",") {
			k, err := strconv.Atoi(p)
			if err != nil {
				return fmt.Errorf("-hier: %w", err)
			}
			ks = append(ks, k)
		}
		levels, err := wv.Hierarchy(ctx, ks, 12, 2, *seed, os.Stderr)
		if err != nil {
			return err
		}
		kept := map[string]bool{}
		for _, k := range strings.Split(*keep, ",") {
			kept[k] = *keep != ""
		}
		for l, lv := range levels {
			if *keep != "" && !kept[strconv.Itoa(ks[l])] {
				continue
			}
			for r, c := range lv {
				codes[r] = append(codes[r], fmt.Sprintf("h%d:%d", ks[l], c))
			}
		}
	}
	if n := min(*dense, wv.Dims); n > 0 {
		pos, neg := make([]float64, n), make([]float64, n)
		np, nn := make([]int, n), make([]int, n)
		for r := range wv.Words {
			for d, x := range wv.Vector(r)[:n] {
				if x > 0 {
					pos[d] += float64(x)
					np[d]++
				} else if x < 0 {
					neg[d] += float64(x)
					nn[d]++
				}
			}
		}
		for d := range pos {
			pos[d] /= float64(max(np[d], 1))
			neg[d] /= float64(max(nn[d], 1))
		}
		for r := range wv.Words {
			for d, x := range wv.Vector(r)[:n] {
				switch {
				case float64(x) > pos[d]:
					codes[r] = append(codes[r], fmt.Sprintf("d%d+", d))
				case float64(x) < neg[d]:
					codes[r] = append(codes[r], fmt.Sprintf("d%d-", d))
				}
			}
		}
	}
	o, err := os.Create(*out)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(o)
	for r, w := range wv.Words {
		if w == "" || strings.ContainsAny(w, "\t\n") {
			continue
		}
		fmt.Fprintf(zw, "%s\t%s\n", w, strings.Join(codes[r], " "))
	}
	if err := zw.Close(); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}
