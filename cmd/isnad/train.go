package main

import (
	"fmt"
	"os"

	"github.com/isnad/isnad/extract/ner"
	"github.com/isnad/isnad/extract/ner/clusters"
	"github.com/spf13/cobra"
)

func newTrainCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Rebuild isnad's shipped models from their data",
		Long: `train reproduces the models isnad ships in data/: the named-entity tagger
(from ANERcorp, ANERGazet and the word clusters) and the word clusters (from
an unlabelled corpus). Training is deterministic: the same inputs give the
same model file. See data/ner/PROVENANCE.md for the exact commands.`,
	}
	cmd.AddCommand(newTrainNERCommand(a), newTrainClustersCommand(a), newTrainDFCommand(a))
	return cmd
}

func newTrainNERCommand(a *app) *cobra.Command {
	var trainPath, devPath, out, features string
	var res ner.ResourcePaths
	var devSplit float64
	var folds int
	opt := ner.DefaultTrainOptions()
	cmd := &cobra.Command{
		Use:   "ner --train FILE [--dev FILE | --dev-split F] -o MODEL",
		Short: "Train the named-entity tagger on a CoNLL file",
		Example: `  isnad train ner --train ../shared/data/anercorp/train.txt --dev-split 0.1 -o data/ner/model.gob.gz
  isnad train ner --train ../shared/data/anercorp/train.txt --cv 5     # cross-validated figure, no model`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var err error
			if opt.Families, err = ner.ParseFamilies(features); err != nil {
				return err
			}
			for _, need := range []struct {
				family ner.Families
				path   string
				flag   string
			}{{ner.VectorFeatures, res.Codes, "--codes"}, {ner.MinedFeatures, res.Mined, "--mined"}, {ner.StatsFeatures, res.Stats, "--stats"}} {
				if opt.Families&need.family != 0 && need.path == "" {
					return fmt.Errorf("--features %s needs %s FILE", features, need.flag)
				}
			}
			if opt.Resources, err = ner.LoadResources(res); err != nil {
				return fmt.Errorf("loading the tagger's word lists: %w", err)
			}
			sents, err := ner.ReadCoNLLFile(trainPath)
			if err != nil {
				return err
			}
			opt.Log = a.stderr
			if folds > 1 {
				sc, err := ner.CrossValidate(cmd.Context(), sents, folds, 2, opt)
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "%d-fold cross-validation on %s (%d sentences):\n", folds, trainPath, len(sents))
				return sc.Write(a.stdout)
			}
			if out == "" {
				return fmt.Errorf("-o MODEL is required (or --cv N for a cross-validated figure)")
			}
			switch {
			case devPath != "":
				if opt.Dev, err = ner.ReadCoNLLFile(devPath); err != nil {
					return err
				}
			case devSplit > 0:
				sents, opt.Dev = ner.SplitDev(sents, devSplit)
			}
			m, err := ner.Train(cmd.Context(), sents, opt)
			if err != nil {
				return fmt.Errorf("training on %s: %w", trainPath, err)
			}
			if len(opt.Dev) > 0 {
				fmt.Fprintf(a.stdout, "dev (%d sentences):\n", len(opt.Dev))
				if err := m.Score(opt.Dev).Write(a.stdout); err != nil {
					return err
				}
			}
			return writeFile(out, func(f *os.File) error { return m.Save(f) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&trainPath, "train", "", "CoNLL training file (token TAG a line, blank line between sentences)")
	f.StringVar(&devPath, "dev", "", "CoNLL dev file, scored after training")
	f.Float64Var(&devSplit, "dev-split", 0, "hold out this last fraction of --train as dev instead")
	f.IntVar(&folds, "cv", 0, "cross-validate with this many folds instead of training one model")
	f.StringVarP(&out, "output", "o", "", "write the model here (gzip gob)")
	f.StringVar(&features, "features", "all", "feature families joined by +: base, affixes, context, gazetteer, triggers, clusters, document, stack, all; and the measured, unshipped vectors, mined, wordstats (all+wordstats …)")
	f.StringVar(&res.GazetteerDir, "gazetteers", "../shared/data/gazetteers", "ANERGazet folder")
	f.StringVar(&res.Triggers, "triggers", "data/ner/triggers.tsv", "trigger-word file")
	f.StringVar(&res.Clusters, "clusters", "data/ner/clusters.tsv.gz", "word-cluster file")
	f.StringVar(&res.Codes, "codes", "", "word-code file, for the vectors features (see data/ner/PROVENANCE.md)")
	f.StringVar(&res.Mined, "mined", "", "mined name lists, for the mined features (see data/ner/PROVENANCE.md)")
	f.StringVar(&res.Stats, "stats", "", "word-statistics file, for the wordstats features (data/ner/wordstats.tsv.gz)")
	f.IntVar(&opt.Epochs, "epochs", opt.Epochs, "training epochs")
	f.IntVar(&opt.Bags, "bags", opt.Bags, "perceptrons per pass, trained with successive seeds and averaged")
	f.Float64Var(&opt.Dropout, "dropout", opt.Dropout, "share of a token's features hidden at random in each training step")
	cmd.MarkFlagRequired("train")
	return cmd
}

func newTrainClustersCommand(a *app) *cobra.Command {
	var corpus, out string
	opt := clusters.DefaultOptions()
	cmd := &cobra.Command{
		Use:     "clusters --corpus DIR -o FILE",
		Short:   "Learn word clusters from a folder of SaudiNewsNet-style zips",
		Example: `  isnad train clusters --corpus ../shared/corpus/saudinewsnet -o data/ner/clusters.tsv.gz`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return fmt.Errorf("-o FILE is required")
			}
			_, err := clusters.LearnCorpus(cmd.Context(), corpus, out, opt, a.stderr)
			if err != nil {
				return fmt.Errorf("learning clusters from %s: %w", corpus, err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&corpus, "corpus", "../shared/corpus/saudinewsnet", "folder of zips of JSON arrays of articles")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the clusters here (.tsv.gz)")
	// The vocabulary size decides the run time (SVD and k-means grow with it)
	// as much as what the tagger gains; the defaults are the shipped file's.
	cmd.Flags().IntVar(&opt.Words, "words", opt.Words, "most frequent words that get clusters")
	cmd.Flags().IntVar(&opt.MinCount, "min-count", opt.MinCount, "words seen fewer times get no cluster")
	cmd.Flags().IntVar(&opt.Fine, "fine", opt.Fine, "fine clusters")
	cmd.Flags().IntVar(&opt.Coarse, "coarse", opt.Coarse, "coarse clusters (groups of fine ones)")
	cmd.Flags().Uint64Var(&opt.Seed, "seed", opt.Seed, "seeds the SVD projection and k-means")
	return cmd
}

// writeFile writes path through a temporary file renamed into place, so a
// failed run never leaves half a model behind.
func writeFile(path string, write func(*os.File) error) error {
	tmp, err := os.CreateTemp(dirOf(path), ".isnad-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
