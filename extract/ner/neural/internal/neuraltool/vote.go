package main

import (
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/neural"
)

// runVote scores a simple vote of the two taggers: the perceptron's tags,
// plus every entity of the network that overlaps none of the perceptron's
// and whose tags the network gives at least a threshold of probability on
// average. On the dev split the perceptron is the shipped model (trained
// on the same 90 %); with -cv, the perceptron's tags are a `stack -extra
// none -dump` file of the same folds.
func runVote(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("vote", flag.ExitOnError)
	var nf netFlags
	nf.register(fs)
	folds := fs.Int("cv", 0, "folds of the dump (0: the dev split and the shipped model)")
	dumpPath := fs.String("perceptron", "", "with -cv: tags dumped by stack -extra none -dump")
	modelPath := fs.String("model", "data/ner/model.gob.gz", "perceptron model, for the dev split")
	cacheDir := fs.String("cache", "/tmp/neural-cache", "folder of the networks' held-out output")
	fs.Parse(args)
	vec, sents, err := nf.load()
	if err != nil {
		return err
	}
	var gold, perc [][]string
	var ho heldOut
	if *folds == 0 {
		train, dev := ner.SplitDev(sents, 0.1)
		f, err := os.Open(*modelPath)
		if err != nil {
			return err
		}
		m, err := ner.Load(f, *modelPath)
		f.Close()
		if err != nil {
			return err
		}
		perc = m.TagSentences(dev)
		for _, s := range dev {
			gold = append(gold, s.Tags)
		}
		if ho, err = netRun(ctx, &nf, vec, train, dev, *cacheDir); err != nil {
			return err
		}
	} else {
		f, err := os.Open(*dumpPath)
		if err != nil {
			return err
		}
		var d tagDump
		err = gob.NewDecoder(f).Decode(&d)
		f.Close()
		if err != nil {
			return err
		}
		gold, perc = d.Gold, d.Comb
		for k := 0; k < *folds; k++ {
			lo, hi := k*len(sents) / *folds, (k+1)*len(sents) / *folds
			train := append(append([]ner.Sentence(nil), sents[:lo]...), sents[hi:]...)
			o, err := netRun(ctx, &nf, vec, train, sents[lo:hi], *cacheDir)
			if err != nil {
				return err
			}
			ho.append(o)
		}
	}
	fmt.Printf("perceptron alone: %.4f\n", ner.Evaluate(gold, perc).Micro.F1)
	fmt.Printf("network alone:    %.4f\n", ner.Evaluate(gold, ho.Tags).Micro.F1)
	var both, onlyP, onlyN, neither int
	for s := range gold {
		for sp := range entities(gold[s]) {
			inP, inN := entities(perc[s])[sp], entities(ho.Tags[s])[sp]
			switch {
			case inP && inN:
				both++
			case inP:
				onlyP++
			case inN:
				onlyN++
			default:
				neither++
			}
		}
	}
	fmt.Printf("gold entities found by both %d, by the perceptron only %d, by the network only %d, by neither %d\n", both, onlyP, onlyN, neither)
	for _, th := range []float64{0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99} {
		sc := ner.Evaluate(gold, fill(perc, ho, th))
		fmt.Printf("perceptron + network entities it lacks, network confidence ≥ %.2f: P %.4f R %.4f F1 %.4f\n", th, sc.Micro.Precision, sc.Micro.Recall, sc.Micro.F1)
	}
	return nil
}

// fill adds to perc the network's entities that overlap none of perc's and
// whose tags have a mean marginal of at least th.
func fill(perc [][]string, ho heldOut, th float64) [][]string {
	names := neural.TagNames()
	col := map[string]int{}
	for k, n := range names {
		col[n] = k
	}
	out := make([][]string, len(perc))
	for s, p := range perc {
		out[s] = append([]string(nil), p...)
		net := ho.Tags[s]
		for i := 0; i < len(net); {
			if !strings.HasPrefix(net[i], "B-") && !strings.HasPrefix(net[i], "I-") {
				i++
				continue
			}
			typ := net[i][2:]
			j := i + 1
			for j < len(net) && net[j] == "I-"+typ {
				j++
			}
			free, conf := true, 0.0
			for k := i; k < j; k++ {
				free = free && p[k] == "O" && (k+1 >= len(p) || k+1 < j || !strings.HasPrefix(p[k+1], "I-"))
				conf += ho.Margs[s][k][col[net[k]]]
			}
			if free && conf/float64(j-i) >= th {
				out[s][i] = "B-" + typ
				for k := i + 1; k < j; k++ {
					out[s][k] = "I-" + typ
				}
			}
			i = j
		}
	}
	return out
}

// entities returns the exact spans of a tag sequence as "type start end".
func entities(tags []string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(tags); {
		t := ner.CanonicalTag(tags[i])
		if len(t) < 3 || t == "O" {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && ner.CanonicalTag(tags[j]) == "I-"+typ {
			j++
		}
		out[fmt.Sprintf("%s %d %d", typ, i, j)] = true
		i = j
	}
	return out
}
