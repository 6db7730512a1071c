// Package snn reads the SaudiNewsNet corpus (one zip per day, each holding a
// JSON array of articles) for isnad's story-linking evaluations and
// benchmarks. Articles are named "<zip>#<index>", stable across runs.
package snn

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// Article is one SaudiNewsNet record.
type Article struct {
	ID      string `json:"-"` // "2015-07-21.zip#12"
	Source  string `json:"source"`
	URL     string `json:"url"`
	Title   string `json:"title"`
	Author  string `json:"author"`
	Content string `json:"content"`
}

// maxMember bounds one zip member read into memory.
const maxMember = 64 << 20

// Load reads every article of the corpus folder, in zip name then array order.
func Load(dir string) ([]Article, error) {
	zips, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	if len(zips) == 0 {
		return nil, fmt.Errorf("no zip files in %s", dir)
	}
	sort.Strings(zips)
	var all []Article
	for _, z := range zips {
		arts, err := loadZip(z)
		if err != nil {
			return nil, err
		}
		all = append(all, arts...)
	}
	return all, nil
}

func loadZip(path string) ([]Article, error) {
	r, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer r.Close()
	base := filepath.Base(path)
	var out []Article
	for _, f := range r.File {
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("opening %s!%s: %w", path, f.Name, err)
		}
		data, err := io.ReadAll(io.LimitReader(rc, maxMember+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("reading %s!%s: %w", path, f.Name, err)
		}
		if len(data) > maxMember {
			return nil, fmt.Errorf("reading %s!%s: member larger than %d bytes", path, f.Name, maxMember)
		}
		var arts []Article
		if err := json.Unmarshal(data, &arts); err != nil {
			return nil, fmt.Errorf("decoding %s!%s: %w", path, f.Name, err)
		}
		for i := range arts {
			arts[i].ID = fmt.Sprintf("%s#%d", base, len(out)+i)
		}
		out = append(out, arts...)
	}
	return out, nil
}

// Open is Load from a folder that must exist: a clear error otherwise.
func Open(dir string) ([]Article, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("SaudiNewsNet folder: %w", err)
	}
	return Load(dir)
}
