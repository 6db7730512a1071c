package ner

import (
	"fmt"

	"github.com/isnad/isnad/data"
)

// ShippedModelPath is the model file inside data.NER.
const ShippedModelPath = "ner/model.gob.gz"

// Default loads the shipped model embedded in the binary. Each call loads a
// fresh copy: load it once and pass it on.
func Default() (*Model, error) {
	f, err := data.NER.Open(ShippedModelPath)
	if err != nil {
		return nil, fmt.Errorf("opening the shipped NER model: %w", err)
	}
	defer f.Close()
	return Load(f, "data/"+ShippedModelPath)
}
