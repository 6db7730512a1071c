package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/isnad/isnad/extract/actors"
	"github.com/isnad/isnad/extract/ner"
)

func runNER(ctx context.Context, cmd string, args []string) error {
	fs := flag.NewFlagSet(cmd, flag.ExitOnError)
	trainPath := fs.String("train", "../shared/data/anercorp/train.txt", "CoNLL training file")
	devPath := fs.String("dev", "", "CoNLL dev file")
	devFrac := fs.Float64("dev-split", 0, "hold out this last fraction of -train as dev (instead of -dev)")
	folds := fs.Int("cv", 0, "cross-validate with this many folds instead of training one model")
	out := fs.String("o", "", "write the model here")
	modelPath := fs.String("model", "", "model to evaluate (default: the shipped one)")
	conll := fs.String("conll", "", "CoNLL file to evaluate on")
	gaz := fs.String("gazetteers", "../shared/data/gazetteers", "ANERGazet folder")
	trig := fs.String("triggers", "data/ner/triggers.tsv", "trigger-word file")
	clus := fs.String("clusters", "data/ner/clusters.tsv.gz", "cluster file")
	codes := fs.String("codes", "", "word-code file (nertool codes), for the vectors features")
	mined := fs.String("mined", "", "mined name lists (nertool mine -o FILE), for the mined features")
	stats := fs.String("stats", "", "word-statistics file (nertool wordstats), for the wordstats features")
	fam := fs.String("features", "all", "feature families: base, affixes, context, gazetteer, triggers, clusters, all (joined by +)")
	withActors := fs.Bool("actors", false, "also read the actor lexicon (data/actors) as a gazetteer, as the pipeline does at run time")
	dump := fs.String("dump", "", "write dev (or, with -cv, cross-validated) tokens with gold and predicted tags here")
	opt := ner.DefaultTrainOptions()
	fs.IntVar(&opt.Epochs, "epochs", opt.Epochs, "training epochs")
	fs.IntVar(&opt.DocumentSize, "doc-size", opt.DocumentSize, "sentences read as one document (CoNLL files mark no documents)")
	fs.IntVar(&opt.StackFolds, "stack-folds", opt.StackFolds, "folds for the first-pass tags a stacked model's second pass trains on")
	fs.IntVar(&opt.Bags, "bags", opt.Bags, "perceptrons per pass, trained with successive seeds and averaged")
	fs.Uint64Var(&opt.Seed, "seed", opt.Seed, "shuffling seed (bags use seed, seed+1 …)")
	fs.Float64Var(&opt.Dropout, "dropout", opt.Dropout, "share of features hidden at random in each training step")
	fs.Parse(args)

	switch cmd {
	case "eval":
		return runEval(*modelPath, *conll, *withActors, *devFrac)
	case "train":
	default:
		return fmt.Errorf("unknown command %q", cmd)
	}
	var err error
	if opt.Families, err = ner.ParseFamilies(*fam); err != nil {
		return err
	}
	if opt.Families&ner.MinedFeatures != 0 && *mined == "" {
		return fmt.Errorf("the mined features need -mined FILE (written by nertool mine -o FILE)")
	}
	if opt.Resources, err = ner.LoadResources(ner.ResourcePaths{GazetteerDir: *gaz, Triggers: *trig, Clusters: *clus, Codes: *codes, Mined: minedPath(opt.Families, *mined), Stats: *stats}); err != nil {
		return err
	}
	if *withActors {
		lex, err := actors.LoadDefault()
		if err != nil {
			return err
		}
		opt.Resources.Extra = append(opt.Resources.Extra, lex.Gazetteer())
	}
	sents, err := ner.ReadCoNLLFile(*trainPath)
	if err != nil {
		return err
	}
	start := time.Now()
	if *folds > 0 {
		pred, err := ner.CrossValidateTags(ctx, sents, *folds, 2, opt)
		if err != nil {
			return err
		}
		gold := make([][]string, len(sents))
		for i, s := range sents {
			gold[i] = s.Tags
		}
		sc := ner.Evaluate(gold, pred)
		if *dump != "" {
			if err := writeTags(*dump, sents, pred); err != nil {
				return err
			}
		}
		fmt.Printf("%d-fold cross-validation, features %s (%s):\n", *folds, opt.Families, time.Since(start).Round(time.Second))
		return sc.Write(os.Stdout)
	}
	if *devFrac > 0 {
		var dev []ner.Sentence
		sents, dev = ner.SplitDev(sents, *devFrac)
		opt.Dev = dev
	} else if *devPath != "" {
		if opt.Dev, err = ner.ReadCoNLLFile(*devPath); err != nil {
			return err
		}
	}
	opt.Log = os.Stderr
	m, err := ner.Train(ctx, sents, opt)
	if err != nil {
		return err
	}
	fmt.Printf("trained on %d sentences, features %s, in %s\n", len(sents), opt.Families, time.Since(start).Round(time.Second))
	if len(opt.Dev) > 0 {
		m.Score(opt.Dev).Write(os.Stdout)
		if *dump != "" {
			if err := dumpTags(*dump, m, opt.Dev); err != nil {
				return err
			}
		}
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := m.Save(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	return nil
}

func runEval(modelPath, conll string, withActors bool, devFrac float64) error {
	if modelPath == "" || conll == "" {
		return fmt.Errorf("eval needs -model and -conll")
	}
	f, err := os.Open(modelPath)
	if err != nil {
		return err
	}
	defer f.Close()
	m, err := ner.Load(f, modelPath)
	if err != nil {
		return err
	}
	if withActors {
		lex, err := actors.LoadDefault()
		if err != nil {
			return err
		}
		m = m.WithGazetteer(lex.Gazetteer())
	}
	sents, err := ner.ReadCoNLLFile(conll)
	if err != nil {
		return err
	}
	if devFrac > 0 {
		_, sents = ner.SplitDev(sents, devFrac)
	}
	return m.Score(sents).Write(os.Stdout)
}

func dumpTags(path string, m *ner.Model, sents []ner.Sentence) error {
	return writeTags(path, sents, m.TagSentences(sents))
}

// writeTags writes tokens with gold and predicted tags, CoNLL-like, marking
// the tokens where they differ.
func writeTags(path string, sents []ner.Sentence, preds [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	for si, s := range sents {
		pred := preds[si]
		for i, t := range s.Tokens {
			mark := ""
			if pred[i] != s.Tags[i] {
				mark = " ***"
			}
			fmt.Fprintf(f, "%s %s %s%s\n", t, s.Tags[i], pred[i], mark)
		}
		fmt.Fprintln(f)
	}
	return nil
}

// minedPath is the mined-list file to read: none unless the family is on,
// so runs without it need no such file.
func minedPath(f ner.Families, path string) string {
	if f&ner.MinedFeatures == 0 {
		return ""
	}
	return path
}
