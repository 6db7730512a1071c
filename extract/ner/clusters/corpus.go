package clusters

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/isnad/isnad/arabic"
)

// maxArchiveMember bounds one JSON member of a corpus zip, so a corrupt or
// hostile archive cannot exhaust memory.
const maxArchiveMember = 256 << 20

// snnArticle is the part of a SaudiNewsNet record the cluster learner reads.
type snnArticle struct {
	Title   string `json:"title"`
	Content string `json:"content"`
}

// ReadSaudiNewsNet calls emit with the folded tokens of every article title and
// body in the SaudiNewsNet zips under dir, in file-name order so that the
// stream (and what is learnt from it) is the same on every run.
func ReadSaudiNewsNet(ctx context.Context, dir string, emit func(tokens []string)) error {
	return ReadSaudiNewsNetParts(ctx, dir, func(tokens []string, _ bool) { emit(tokens) })
}

// ReadSaudiNewsNetParts is ReadSaudiNewsNet telling titles (title true) from
// body paragraphs, for statistics that tell them apart.
func ReadSaudiNewsNetParts(ctx context.Context, dir string, emit func(tokens []string, title bool)) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return fmt.Errorf("listing corpus %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return fmt.Errorf("listing corpus %s: no .zip files", dir)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readZip(p, emit); err != nil {
			return err
		}
	}
	return nil
}

func readZip(path string, emit func([]string, bool)) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("opening corpus zip %s: %w", path, err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".json") {
			continue
		}
		if f.UncompressedSize64 > maxArchiveMember {
			return fmt.Errorf("reading %s: member %s is %d bytes, above the %d limit", path, f.Name, f.UncompressedSize64, maxArchiveMember)
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("reading %s/%s: %w", path, f.Name, err)
		}
		var arts []snnArticle
		err = json.NewDecoder(rc).Decode(&arts)
		rc.Close()
		if err != nil {
			return fmt.Errorf("decoding %s/%s: %w", path, f.Name, err)
		}
		for _, a := range arts {
			emit(FoldedTokens(a.Title), true)
			for _, para := range strings.Split(a.Content, "\n") {
				if toks := FoldedTokens(para); len(toks) > 0 {
					emit(toks, false)
				}
			}
		}
	}
	return nil
}

// FoldedTokens tokenises display-normalised text and folds every token: the
// word form both the cluster learner and the tagger look clusters up by.
func FoldedTokens(text string) []string {
	toks := arabic.Tokenize(arabic.Display(text).Text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = arabic.Fold(t.Text)
	}
	return out
}
