package main

import (
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/neural"
)

// heldOut is the network's output on sentences it did not train on: per
// sentence, per token, the Viterbi tag and the tag marginals.
type heldOut struct {
	Tags  [][]string
	Margs [][][]float64
}

// netRun trains a network on train and tags test, keeping the result in a
// cache folder keyed by the configuration and the sentences, so that the
// perceptron side can be re-run without training networks again.
func netRun(ctx context.Context, nf *netFlags, vec *neural.Vectors, train, test []ner.Sentence, cacheDir string) (heldOut, error) {
	h := fnv.New64a()
	fmt.Fprintf(h, "%+v|%s|%d", nf.cfg, nf.vectors, len(train))
	for _, ss := range [][]ner.Sentence{train, test} {
		for _, s := range ss {
			for _, t := range s.Tokens {
				h.Write([]byte(t))
				h.Write([]byte{0})
			}
			h.Write([]byte{1})
		}
		h.Write([]byte{2})
	}
	path := filepath.Join(cacheDir, fmt.Sprintf("%016x.gob", h.Sum64()))
	var out heldOut
	if f, err := os.Open(path); err == nil {
		err = gob.NewDecoder(f).Decode(&out)
		f.Close()
		if err == nil {
			return out, nil
		}
	}
	start, cpu := time.Now(), cpuTime()
	m, err := neural.Train(ctx, train, vec, nf.cfg, nil, nil)
	if err != nil {
		return out, err
	}
	for _, s := range test {
		out.Tags = append(out.Tags, m.Tag(s.Tokens))
		out.Margs = append(out.Margs, m.Marginals(s.Tokens))
	}
	fmt.Fprintf(os.Stderr, "network on %d sentences, tagged %d: %s (%s CPU, process)\n", len(train), len(test), time.Since(start).Round(time.Second), (cpuTime() - cpu).Round(time.Second))
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return out, err
	}
	f, err := os.Create(path)
	if err != nil {
		return out, err
	}
	if err := gob.NewEncoder(f).Encode(out); err != nil {
		f.Close()
		return out, err
	}
	return out, f.Close()
}

// tagDump is what -dump writes.
type tagDump struct {
	Gold, Net, Comb [][]string
}

func (h *heldOut) append(o heldOut) {
	h.Tags = append(h.Tags, o.Tags...)
	h.Margs = append(h.Margs, o.Margs...)
}

// features are the network's output as the second pass reads it: its tag,
// its tag with a confidence class, its neighbours' tags, and how likely it
// holds the token to be inside a name.
func (h *heldOut) features(mode string) [][][]string {
	names := neural.TagNames()
	out := make([][][]string, len(h.Tags))
	for s, tags := range h.Tags {
		out[s] = make([][]string, len(tags))
		for i, t := range tags {
			if mode == "none" {
				continue
			}
			fs := []string{"t=" + t}
			if mode == "tag" {
				out[s][i] = fs
				continue
			}
			var pt float64
			for k, n := range names {
				if n == t {
					pt = h.Margs[s][i][k]
				}
			}
			at := func(j int) string {
				if j < 0 || j >= len(tags) {
					return "_"
				}
				return tags[j]
			}
			fs = append(fs, "c="+bucket(pt)+":"+t, "m1="+at(i-1), "p1="+at(i+1),
				"e="+bucket(1-h.Margs[s][i][0]))
			out[s][i] = fs
		}
	}
	return out
}

func bucket(p float64) string {
	switch {
	case p < 0.2:
		return "0"
	case p < 0.5:
		return "1"
	case p < 0.8:
		return "2"
	case p < 0.95:
		return "3"
	}
	return "4"
}

func nerOptions(res ner.ResourcePaths) (ner.TrainOptions, error) {
	opt := ner.DefaultTrainOptions()
	var err error
	opt.Resources, err = ner.LoadResources(res)
	return opt, err
}

// combined trains the network's held-out features on train (the stacked
// model's folds) and its features on test, then the stacked perceptron
// with them, and returns the perceptron's, the network's and the
// combination's tags of test.
func combined(ctx context.Context, nf *netFlags, vec *neural.Vectors, opt ner.TrainOptions, train, test []ner.Sentence, cacheDir, mode string, baseline bool) (comb, net, base [][]string, err error) {
	var ho heldOut
	for _, f := range ner.StackFolds(len(train), opt) {
		rest := append(append([]ner.Sentence(nil), train[:f[0]]...), train[f[1]:]...)
		o, err := netRun(ctx, nf, vec, rest, train[f[0]:f[1]], cacheDir)
		if err != nil {
			return nil, nil, nil, err
		}
		ho.append(o)
	}
	nt, err := netRun(ctx, nf, vec, train, test, cacheDir)
	if err != nil {
		return nil, nil, nil, err
	}
	var wg sync.WaitGroup
	var errs [2]error
	wg.Add(1)
	go func() {
		defer wg.Done()
		m, err := ner.TrainStackedExtra(ctx, train, ho.features(mode), opt)
		if err != nil {
			errs[0] = err
			return
		}
		comb = m.TagSentencesExtra(test, nt.features(mode))
	}()
	if baseline {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, err := ner.Train(ctx, train, opt)
			if err != nil {
				errs[1] = err
				return
			}
			base = m.TagSentences(test)
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return nil, nil, nil, e
		}
	}
	return comb, nt.Tags, base, nil
}

// runStack measures the network as an extra input of the stacked
// perceptron's second pass: on the dev split (-cv 0) or by
// cross-validation at the perceptron's fold boundaries.
func runStack(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("stack", flag.ExitOnError)
	var nf netFlags
	nf.register(fs)
	folds := fs.Int("cv", 0, "cross-validate with this many folds (0: the 10 % dev split)")
	cacheDir := fs.String("cache", "/tmp/neural-cache", "folder keeping the networks' held-out output")
	mode := fs.String("extra", "full", "network features the second pass reads: none, tag, full")
	baseline := fs.Bool("baseline", false, "also train the perceptron alone on the same split")
	nested := fs.Bool("nested", true, "with -cv: train the networks of each fold's second pass inside that fold's training part (6 networks a fold); false: one network per fold, whose output on its fold feeds the other folds' second passes too")
	gaz := fs.String("gazetteers", "../shared/data/gazetteers", "ANERGazet folder")
	trig := fs.String("triggers", "data/ner/triggers.tsv", "trigger-word file")
	clus := fs.String("clusters", "data/ner/clusters.tsv.gz", "cluster file")
	dump := fs.String("dump", "", "write the gold, network and combined tags here (gob), for later scoring")
	pseed := fs.Uint64("perceptron-seed", ner.DefaultTrainOptions().Seed, "the perceptron's shuffling seed")
	fs.Parse(args)
	vec, sents, err := nf.load()
	if err != nil {
		return err
	}
	opt, err := nerOptions(ner.ResourcePaths{GazetteerDir: *gaz, Triggers: *trig, Clusters: *clus})
	if err != nil {
		return err
	}
	opt.Seed = *pseed
	start := time.Now()
	var gold, comb, net, base [][]string
	if *folds == 0 {
		train, dev := ner.SplitDev(sents, 0.1)
		comb, net, base, err = combined(ctx, &nf, vec, opt, train, dev, *cacheDir, *mode, *baseline)
		if err != nil {
			return err
		}
		for _, s := range dev {
			gold = append(gold, s.Tags)
		}
	} else if !*nested {
		gold, comb, net, err = sharedCV(ctx, &nf, vec, opt, sents, *folds, *cacheDir, *mode)
		if err != nil {
			return err
		}
	} else {
		// Folds two at a time: a fold's perceptrons train on one core.
		type result struct{ comb, net, base [][]string }
		res := make([]result, *folds)
		errs := make([]error, *folds)
		sem := make(chan struct{}, 2)
		var wg sync.WaitGroup
		for k := 0; k < *folds; k++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				lo, hi := k*len(sents) / *folds, (k+1)*len(sents) / *folds
				train := append(append([]ner.Sentence(nil), sents[:lo]...), sents[hi:]...)
				c, n, b, err := combined(ctx, &nf, vec, opt, train, sents[lo:hi], *cacheDir, *mode, *baseline)
				res[k], errs[k] = result{c, n, b}, err
				fmt.Fprintf(os.Stderr, "fold %d done (%s)\n", k+1, time.Since(start).Round(time.Second))
			}()
		}
		wg.Wait()
		for k := 0; k < *folds; k++ {
			if errs[k] != nil {
				return errs[k]
			}
			lo, hi := k*len(sents) / *folds, (k+1)*len(sents) / *folds
			comb, net, base = append(comb, res[k].comb...), append(net, res[k].net...), append(base, res[k].base...)
			for _, s := range sents[lo:hi] {
				gold = append(gold, s.Tags)
			}
		}
	}
	if *dump != "" {
		f, err := os.Create(*dump)
		if err != nil {
			return err
		}
		if err := gob.NewEncoder(f).Encode(tagDump{Gold: gold, Net: net, Comb: comb}); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	fmt.Printf("network %+v, extra %s, cv %d (%s):\n", nf.cfg, *mode, *folds, time.Since(start).Round(time.Second))
	fmt.Println("network alone:")
	ner.Evaluate(gold, net).Write(os.Stdout)
	if *baseline {
		fmt.Println("stacked perceptron alone:")
		ner.Evaluate(gold, base).Write(os.Stdout)
	}
	fmt.Println("stacked perceptron + network:")
	return ner.Evaluate(gold, comb).Write(os.Stdout)
}

// sharedCV cross-validates with one network per fold: network k, trained
// on the other folds, tags fold k; fold k's second pass trains on the
// other folds' network output and reads network k's on fold k. The
// networks whose output a fold's second pass trains on have seen that
// fold's test part (not its test output, which network k makes without
// it): an approximation of the nested protocol at a sixth of its cost.
func sharedCV(ctx context.Context, nf *netFlags, vec *neural.Vectors, opt ner.TrainOptions, sents []ner.Sentence, folds int, cacheDir, mode string) (gold, comb, net [][]string, err error) {
	cut := func(k int) (int, int) { return k * len(sents) / folds, (k + 1) * len(sents) / folds }
	parts := make([]heldOut, folds)
	for k := range parts {
		lo, hi := cut(k)
		train := append(append([]ner.Sentence(nil), sents[:lo]...), sents[hi:]...)
		if parts[k], err = netRun(ctx, nf, vec, train, sents[lo:hi], cacheDir); err != nil {
			return nil, nil, nil, err
		}
		net = append(net, parts[k].Tags...)
		for _, s := range sents[lo:hi] {
			gold = append(gold, s.Tags)
		}
	}
	preds := make([][][]string, folds)
	errs := make([]error, folds)
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for k := 0; k < folds; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			lo, hi := cut(k)
			train := append(append([]ner.Sentence(nil), sents[:lo]...), sents[hi:]...)
			var ho heldOut
			for j := range parts {
				if j != k {
					ho.append(parts[j])
				}
			}
			m, err := ner.TrainStackedExtra(ctx, train, ho.features(mode), opt)
			if err != nil {
				errs[k] = err
				return
			}
			preds[k] = m.TagSentencesExtra(sents[lo:hi], parts[k].features(mode))
		}()
	}
	wg.Wait()
	for k := range preds {
		if errs[k] != nil {
			return nil, nil, nil, errs[k]
		}
		comb = append(comb, preds[k]...)
	}
	return gold, comb, net, nil
}
