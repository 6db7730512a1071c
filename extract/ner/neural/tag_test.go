package neural

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// randomModel is an untrained network of the default size over random
// vectors for words, with a few training words.
func randomModel(words []string) *Model {
	cfg := DefaultConfig()
	m := &Model{cfg: cfg, vecDims: 128, tagPool: new(sync.Pool)}
	rng := rand.New(rand.NewPCG(3, 4))
	lx := &lexicon{vecIndex: map[string]int32{}, wordIndex: map[string]int32{}, buckets: cfg.Buckets}
	m.vecs = make([]float32, len(words)*m.vecDims)
	for k := range m.vecs {
		m.vecs[k] = float32(rng.NormFloat64() * 0.3)
	}
	for r, w := range words {
		lx.vecIndex[w] = int32(r)
		if r%2 == 0 {
			lx.wordIndex[w] = int32(len(lx.wordIndex) + 1)
		}
	}
	m.lex = lx
	m.word = make([]float32, (len(lx.wordIndex)+1)*cfg.WordDims)
	m.char = make([]float32, cfg.Buckets*cfg.CharDims)
	m.initialise(rng)
	for k := range m.dense {
		m.dense[k] += float32(0.2 * rng.NormFloat64())
	}
	return m
}

// The tagging path (input sums cached per form) must give the emissions
// of the training path's forward pass, bit for bit.
func TestTaggingPathMatchesForward(t *testing.T) {
	words := []string{"قال", "محمد", "في", "دمشق", "وزارة", "الدفاع"}
	m := randomModel(words)
	sent := []string{"قال", "محمد", "العلي", "في", "دمشق", "ووزارة", "الدفاع", "X1"}
	c := &cache{lx: m.lex, m: map[string]*token{}}
	var toks []*token
	for _, s := range sent {
		toks = append(toks, c.get(s))
	}
	var ws workspace
	v := m.views(m.dense)
	m.forward(&ws, &v, toks, nil)
	tg := m.getTagger()
	for round := 0; round < 2; round++ { // the second round reads the cache
		if got := m.emissions(tg, sent); !slices.Equal(got, ws.em) {
			t.Fatalf("round %d: tagging emissions %v, forward %v", round, got[:nTags], ws.em[:nTags])
		}
	}
	if tags := m.Tag(sent); len(tags) != len(sent) {
		t.Errorf("%d tags for %d tokens", len(tags), len(sent))
	}
	for i, row := range m.Marginals(sent) {
		var s float64
		for _, p := range row {
			s += p
		}
		if s < 0.999 || s > 1.001 {
			t.Errorf("token %d: marginals sum to %.4f", i, s)
		}
	}
}

func TestSaveLoadKeepsTags(t *testing.T) {
	words := []string{"قال", "محمد", "في", "دمشق", "وزارة", "الدفاع"}
	m := randomModel(words)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sent := []string{"قال", "محمد", "في", "دمشق", "ووزارة", "الدفاع"}
	a, b := m.Marginals(sent), got.Marginals(sent)
	for i := range a {
		for k := range a[i] {
			if d := a[i][k] - b[i][k]; d > 0.02 || d < -0.02 {
				t.Errorf("token %d tag %d: marginal %.4f before saving, %.4f after", i, k, a[i][k], b[i][k])
			}
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Errorf("garbage loaded")
	}
}
