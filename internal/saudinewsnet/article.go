// Package saudinewsnet reads the SaudiNewsNet corpus that isnad's
// evaluations, gold sets and benchmarks run over: one zip per day, each
// holding a JSON array of articles (source, url, date_extracted, title,
// author, content). It streams the articles in a fixed order, zips by name
// and array elements in turn, so that an article's id (zip name and index)
// names the same article on every machine; the gold files depend on it.
package saudinewsnet

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// Article is one SaudiNewsNet record and where it was read from.
type Article struct {
	Zip     string // base name of the day's zip, e.g. 2015-07-21.zip
	Index   int    // position in the zip, counted from 0 across its members
	Source  string // the outlet's feed id
	URL     string
	Date    string // date_extracted as stored: "YYYY-MM-DD HH:MM:SS"
	Title   string
	Author  string
	Content string
}

// ID names the article as the gold files do: "<zip>#<index>", e.g.
// 2015-07-21.zip#12.
func (a Article) ID() string { return ID(a.Zip, a.Index) }

// Day is the date part of Date (YYYY-MM-DD), or Date whole when shorter.
func (a Article) Day() string {
	if len(a.Date) >= 10 {
		return a.Date[:10]
	}
	return a.Date
}

// ID is the id of the article at index of zip: "<zip>#<index>".
func ID(zip string, index int) string { return zip + "#" + strconv.Itoa(index) }

// ParseID splits an id made by ID into its zip name and index.
func ParseID(id string) (zip string, index int, err error) {
	i := strings.LastIndexByte(id, '#')
	if i <= 0 {
		return "", 0, fmt.Errorf("SaudiNewsNet id %q: want <zip>#<index>", id)
	}
	index, err = strconv.Atoi(id[i+1:])
	if err != nil || index < 0 {
		return "", 0, fmt.Errorf("SaudiNewsNet id %q: index is not a whole number", id)
	}
	return id[:i], index, nil
}

// Dir is the SaudiNewsNet folder inside isnad's shared data folder.
func Dir(shared string) string { return filepath.Join(shared, "corpus", "saudinewsnet") }
