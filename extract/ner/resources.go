package ner

import (
	"fmt"
	"os"

	"github.com/isnad/isnad/extract/ner/clusters"
)

// ResourcePaths name the word-list files a training run reads; empty paths
// are skipped.
type ResourcePaths struct {
	GazetteerDir string // ANERGazet folder (anergazet-{pers,loc,org}.txt)
	Gazetteer    string // or a folded `label<TAB>phrase` file
	Triggers     string // data/ner/triggers.tsv
	Clusters     string // data/ner/clusters.tsv.gz
	Codes        string // word codes (gzip TSV), for the vectors features
	Mined        string // mined name lists (`label<TAB>phrase`), for the mined features
	Stats        string // word statistics (gzip TSV, nertool wordstats), for the wordstats features
}

// LoadResources reads the files named in p.
func LoadResources(p ResourcePaths) (Resources, error) {
	var res Resources
	var err error
	if p.GazetteerDir != "" {
		if res.Gazetteer, err = LoadANERGazetDir(p.GazetteerDir); err != nil {
			return res, err
		}
	}
	if p.Gazetteer != "" {
		if res.Gazetteer, err = readLexiconFile(p.Gazetteer); err != nil {
			return res, err
		}
	}
	if p.Triggers != "" {
		if res.Triggers, err = readLexiconFile(p.Triggers); err != nil {
			return res, err
		}
	}
	if p.Clusters != "" {
		f, err := os.Open(p.Clusters)
		if err != nil {
			return res, fmt.Errorf("reading clusters: %w", err)
		}
		defer f.Close()
		if res.Clusters, err = clusters.Load(f, p.Clusters); err != nil {
			return res, err
		}
	}
	if p.Mined != "" {
		if res.Mined, err = readLexiconFile(p.Mined); err != nil {
			return res, err
		}
	}
	if p.Codes != "" {
		var err error
		if res.Codes, err = LoadWordCodes(p.Codes); err != nil {
			return res, err
		}
	}
	if p.Stats != "" {
		var err error
		if res.Stats, err = LoadWordCodes(p.Stats); err != nil {
			return res, fmt.Errorf("word statistics: %w", err)
		}
	}
	return res, nil
}

func readLexiconFile(path string) (*Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading lexicon: %w", err)
	}
	defer f.Close()
	return ReadLexiconTSV(f, path)
}
