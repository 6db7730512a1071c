package main

import (
	"fmt"
	"os"

	"github.com/isnad/isnad/extract/ner"
	"github.com/spf13/cobra"
)

func newEvalCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score isnad's models on your own annotated data",
	}
	var conll, modelPath string
	nerCmd := &cobra.Command{
		Use:   "ner --conll FILE [--model MODEL]",
		Short: "Score the entity tagger on a CoNLL file: per-type precision, recall, F1 and micro-F1 by exact span",
		Example: `  isnad eval ner --conll my-annotations.conll
  isnad eval ner --conll dev.conll --model model.gob.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := loadNERModel(modelPath)
			if err != nil {
				return err
			}
			sents, err := ner.ReadCoNLLFile(conll)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s: %d sentences\n", conll, len(sents))
			return m.Score(sents).Write(a.stdout)
		},
	}
	nerCmd.Flags().StringVar(&conll, "conll", "", "CoNLL file: token TAG a line (B-/I- PER(S), ORG, LOC, MISC), blank line between sentences")
	nerCmd.Flags().StringVar(&modelPath, "model", "", "model file (default: the shipped one)")
	nerCmd.MarkFlagRequired("conll")
	cmd.AddCommand(nerCmd)
	return cmd
}

func loadNERModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening the model: %w", err)
	}
	defer f.Close()
	return ner.Load(f, path)
}
