package intake

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/export"
	"github.com/isnad/isnad/judge"
	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store"
)

// shippedReliability is the editorial default table inside data.Judge.
const shippedReliability = "judge/reliability.tsv"

// ReliabilityBase is the table the analysts' overrides apply over: the file
// at path, or the shipped defaults when path is "".
func ReliabilityBase(path string) ([]byte, error) {
	if path == "" {
		b, err := fs.ReadFile(data.Judge, shippedReliability)
		if err != nil {
			return nil, fmt.Errorf("reading the shipped reliability table: %w", err)
		}
		return b, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading reliability table: %w", err)
	}
	defer f.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(io.LimitReader(f, judge.MaxReliabilityBytes+1)); err != nil {
		return nil, fmt.Errorf("reading reliability table %s: %w", path, err)
	}
	return b.Bytes(), nil
}

// Reliability is the base table (see ReliabilityBase) with the store's
// overrides after it: a later row for the same name wins, so an analyst's
// letter replaces the shipped one and a new name is added.
func Reliability(ctx context.Context, st store.AccessStore, basePath string) (*judge.Reliability, error) {
	base, err := ReliabilityBase(basePath)
	if err != nil {
		return nil, err
	}
	over, err := st.ReliabilityOverrides(ctx)
	if err != nil {
		return nil, err
	}
	rel, err := ParseWithOverrides(base, over)
	if err != nil && basePath != "" {
		return nil, fmt.Errorf("%s: %w", basePath, err)
	}
	return rel, err
}

// ParseWithOverrides reads a reliability table with overrides after it.
func ParseWithOverrides(base []byte, over []store.SourceReliability) (*judge.Reliability, error) {
	return judge.ParseReliability("the reliability table with the store's overrides", bytes.NewReader(WithOverrides(base, over)))
}

// WithOverrides appends the overrides to a reliability table as rows of its
// own format.
func WithOverrides(base []byte, over []store.SourceReliability) []byte {
	var b bytes.Buffer
	b.Write(base)
	if len(over) == 0 {
		return b.Bytes()
	}
	b.WriteString("\n# ---- set by analysts in the store (isnad serve)\n")
	for _, r := range over {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", r.Name, r.Letter, r.Note)
	}
	return b.Bytes()
}

// LinkOptions tune Link.
type LinkOptions struct {
	Reliability    *judge.Reliability
	ReasonLanguage string // of the judge's reasons; "" is Arabic, read first in the UI
	// Document, when set, is called as each stored document is read.
	Document func()
}

// Relink is isnad link: the reliability table with the store's overrides,
// Link over the whole store, and the results saved where the API reads them
// (pipeline.SaveResults).
func Relink(ctx context.Context, st store.Store, reliabilityPath string, opt LinkOptions) (*export.Analysis, error) {
	rel, err := Reliability(ctx, st, reliabilityPath)
	if err != nil {
		return nil, err
	}
	opt.Reliability = rel
	out, err := Link(ctx, st, opt)
	if err != nil {
		return nil, err
	}
	if err := pipeline.SaveResults(ctx, st, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Link reads every stored document with its analysis and computes what holds
// across documents: stories, claim groups with their independent origins and
// grades, contradictions. The texts are read back from the store when
// stories are aligned, not held. Saving the results is the caller's (see
// Relink).
func Link(ctx context.Context, st store.Store, opt LinkOptions) (*export.Analysis, error) {
	lang := opt.ReasonLanguage
	if lang == "" {
		lang = "ar"
	}
	j, err := judge.NewChecked(opt.Reliability, judge.Options{ReasonLanguage: lang})
	if err != nil {
		return nil, fmt.Errorf("preparing the judge: %w", err)
	}
	corpus, err := pipeline.NewCorpus(j)
	if err != nil {
		return nil, err
	}
	corpus.ReadTextsFrom(pipeline.StoreTexts(st))
	err = st.ForEachAnalysis(ctx, func(d isnad.Document, da export.DocumentAnalysis) error {
		if opt.Document != nil {
			opt.Document()
		}
		return corpus.AddStored(d, &da)
	})
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	return corpus.Finish(ctx)
}
