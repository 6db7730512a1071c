// Package ner is isnad's Arabic named-entity tagger: an averaged structured
// perceptron over BIO tags for persons, organisations, places and other
// names (PER, ORG, LOC, MISC), decoded with Viterbi over tag bigrams, with
// features from word forms, clitics, context, gazetteers, trigger words and
// word clusters learnt from unlabelled news. It also reads and writes CoNLL
// files and scores taggers by exact entity span.
package ner

import "strings"

// Entity types the tagger outputs.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// tagNames are the BIO tags, index = tag id. The order is part of the model
// file format.
var tagNames = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const nTags = len(tagNames)

// tagO is the id of the outside tag.
const tagO = 0

// tagID returns the id of a BIO tag, accepting ANERcorp's PERS for PER.
func tagID(tag string) (int, bool) {
	tag = CanonicalTag(tag)
	for i, n := range tagNames {
		if n == tag {
			return i, true
		}
	}
	return 0, false
}

// CanonicalTag rewrites a tag in isnad's naming: PERS becomes PER, and an
// empty or unknown tag stays as it is.
func CanonicalTag(tag string) string {
	if strings.HasSuffix(tag, "-PERS") {
		return tag[:len(tag)-1]
	}
	return tag
}

// isInside reports whether tag id t is an I- tag, and which B- tag opens it.
func isInside(t int) (begin int, ok bool) {
	if t != tagO && t%2 == 0 {
		return t - 1, true
	}
	return 0, false
}

// allowed reports whether tag id next may follow tag id prev (prev < 0 is the
// sentence start): an I-X tag continues only a B-X or I-X of the same type.
func allowed(prev, next int) bool {
	b, in := isInside(next)
	if !in {
		return true
	}
	return prev == b || prev == next
}
