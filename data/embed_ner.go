package data

import "embed"

// NER holds the named-entity tagger's files: the trained model (self-contained:
// weights, gazetteer, triggers, clusters), the trigger words, the folded
// ANERGazet copy and the word clusters it was trained with, and the word
// lists the decoder reads: fixed expressions and verbs kept out of names
// (fixed.tsv), common definite nouns (common.txt). See
// ner/PROVENANCE.md.
//
//go:embed ner/model.gob.gz ner/triggers.tsv ner/gazetteer.tsv ner/clusters.tsv.gz ner/fixed.tsv ner/common.txt
var NER embed.FS
