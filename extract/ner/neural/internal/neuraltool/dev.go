package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/neural"
)

// common flags of the commands that train networks.
type netFlags struct {
	train, vectors string
	cfg            neural.Config
}

func (nf *netFlags) register(fs *flag.FlagSet) {
	nf.cfg = neural.DefaultConfig()
	fs.StringVar(&nf.train, "train", "../shared/data/anercorp/train.txt", "CoNLL training file")
	fs.StringVar(&nf.vectors, "vectors", "/tmp/svd.gob.gz", "word vectors (neuraltool vectors)")
	c := &nf.cfg
	fs.IntVar(&c.Hidden, "hidden", c.Hidden, "LSTM units per direction")
	fs.IntVar(&c.WordDims, "word-dims", c.WordDims, "trainable word embedding size")
	fs.IntVar(&c.CharDims, "char-dims", c.CharDims, "affix embedding size")
	fs.IntVar(&c.Epochs, "epochs", c.Epochs, "epochs")
	fs.IntVar(&c.Batch, "batch", c.Batch, "sentences per update")
	fs.Float64Var(&c.LR, "lr", c.LR, "Adam step size")
	fs.Float64Var(&c.Dropout, "dropout", c.Dropout, "dropout")
	fs.Float64Var(&c.WordDropout, "word-dropout", c.WordDropout, "word dropout")
	fs.Uint64Var(&c.Seed, "seed", c.Seed, "seed")
	fs.IntVar(&c.Workers, "workers", c.Workers, "goroutines")
	var scale float64 = float64(c.VecScale)
	fs.Func("vec-scale", "SVD vector scale", func(s string) error {
		_, err := fmt.Sscan(s, &scale)
		c.VecScale = float32(scale)
		return err
	})
}

func (nf *netFlags) load() (*neural.Vectors, []ner.Sentence, error) {
	f, err := os.Open(nf.vectors)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	vec, err := neural.LoadVectors(f)
	if err != nil {
		return nil, nil, err
	}
	sents, err := ner.ReadCoNLLFile(nf.train)
	return vec, sents, err
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runDev trains the network on the first 90 % of the training file and
// scores it on the last 10 % (the shipped perceptron's dev split).
func runDev(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("dev", flag.ExitOnError)
	var nf netFlags
	nf.register(fs)
	out := fs.String("o", "", "also save the model here")
	fs.Parse(args)
	vec, sents, err := nf.load()
	if err != nil {
		return err
	}
	train, dev := ner.SplitDev(sents, 0.1)
	start, cpu := time.Now(), cpuTime()
	m, err := neural.Train(ctx, train, vec, nf.cfg, dev, os.Stderr)
	if err != nil {
		return err
	}
	fmt.Printf("neural %+v: trained in %s (%s CPU)\n", nf.cfg, time.Since(start).Round(time.Second), (cpuTime() - cpu).Round(time.Second))
	if *out != "" {
		if err := saveAndTime(m, *out); err != nil {
			return err
		}
	}
	return m.Score(dev).Write(os.Stdout)
}

// saveAndTime saves m and reports the file's size and the CPU time of
// loading it again.
func saveAndTime(m *neural.Model, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	f, err = os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cpu := cpuTime()
	if _, err := neural.Load(f); err != nil {
		return err
	}
	fmt.Printf("model %s: %.1f MB, loaded in %s CPU\n", path, float64(st.Size())/1e6, (cpuTime() - cpu).Round(time.Millisecond))
	return nil
}
