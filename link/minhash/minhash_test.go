package minhash

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestWordsFoldAndDropPunctuation(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"...!؟", nil},
		{"قال: «نعم»، 2021.", []string{"قال", "نعم", "2021"}},
		{"٢٠٢١ 2021", []string{"2021", "2021"}},
		{"إيران ايران", []string{"ايران", "ايران"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	hs := WordHashes([]string{"a", "b", "c", "a", "b", "c"})
	tests := []struct {
		k, want int
	}{
		{1, 3}, // a b c
		{2, 3}, // ab bc ca
		{3, 3}, // abc bca cab
		{6, 1},
		{9, 1}, // shorter than k: one shingle of everything
	}
	for _, tt := range tests {
		got := Shingles(hs, tt.k)
		if len(got) != tt.want || !slices.IsSorted(got) {
			t.Errorf("Shingles(k=%d) = %d sorted=%v, want %d sorted", tt.k, len(got), slices.IsSorted(got), tt.want)
		}
	}
	if got := Shingles(nil, 3); got != nil {
		t.Errorf("Shingles(nil) = %v", got)
	}
	// Order matters inside a shingle.
	if slices.Equal(Shingles(WordHashes([]string{"a", "b"}), 2), Shingles(WordHashes([]string{"b", "a"}), 2)) {
		t.Error("shingles ab and ba hash alike")
	}
}

// TestSignatureGolden pins the signature of a fixed text: signatures are
// stored and compared across processes and machines, so any change to
// hashing, folding or seeding must show here.
func TestSignatureGolden(t *testing.T) {
	h, err := NewHasher(4, DefaultSeed)
	if err != nil {
		t.Fatal(err)
	}
	sig := h.Sign(Shingles(WordHashes([]string{"alpha", "beta", "gamma", "delta"}), 3), nil)
	want := Signature{0x69e736cc, 0x301d2140, 0x4862f44b, 0xc3ced2e0}
	if !slices.Equal(sig, want) {
		t.Errorf("signature = %#x, want %#x", []uint32(sig), []uint32(want))
	}
	h2, _ := NewHasher(4, DefaultSeed)
	if got := h2.Sign(Shingles(WordHashes([]string{"alpha", "beta", "gamma", "delta"}), 3), nil); !slices.Equal(got, sig) {
		t.Error("two hashers with one seed disagree")
	}
}

func TestNewHasherRejectsBadSizes(t *testing.T) {
	for _, n := range []int{0, -1, 5000} {
		if _, err := NewHasher(n, 1); err == nil {
			t.Errorf("NewHasher(%d) gave no error", n)
		}
	}
}

// plantedSets makes two sets of random shingles with a known Jaccard.
func plantedSets(r *rand.Rand, shared, onlyA, onlyB int) (a, b []uint64) {
	for range shared {
		v := r.Uint64()
		a, b = append(a, v), append(b, v)
	}
	for range onlyA {
		a = append(a, r.Uint64())
	}
	for range onlyB {
		b = append(b, r.Uint64())
	}
	slices.Sort(a)
	slices.Sort(b)
	return a, b
}

// TestSimilarityErrorBound checks the MinHash estimate against the exact
// Jaccard: with n permutations its standard error is sqrt(J(1-J)/n), and
// every estimate must fall within four of them.
func TestSimilarityErrorBound(t *testing.T) {
	const n = 128
	h, err := NewHasher(n, DefaultSeed)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	sumErr, trials := 0.0, 0
	for _, shared := range []int{0, 50, 100, 200, 300, 380, 400} {
		for range 10 {
			rest := 400 - shared
			a, b := plantedSets(r, shared, rest/2, rest-rest/2)
			exact := Jaccard(a, b)
			est := Similarity(h.Sign(a, nil), h.Sign(b, nil))
			se := math.Sqrt(exact * (1 - exact) / n)
			if d := math.Abs(est - exact); d > 4*se+1e-9 {
				t.Errorf("shared=%d: estimate %.3f, exact %.3f (bound %.3f)", shared, est, exact, 4*se)
			}
			sumErr += math.Abs(est - exact)
			trials++
		}
	}
	if mean := sumErr / float64(trials); mean > 0.04 {
		t.Errorf("mean absolute error %.3f over %d trials, want ≤ 0.04", mean, trials)
	}
}

func TestContainmentFromJaccard(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	a, b := plantedSets(r, 100, 0, 300) // a inside b
	j := Jaccard(a, b)
	if got := ContainmentFromJaccard(j, len(a), len(b)); math.Abs(got-1) > 1e-9 {
		t.Errorf("containment of a subset = %.3f, want 1", got)
	}
	if got := Containment(a, b); got != 1 {
		t.Errorf("exact containment = %.3f, want 1", got)
	}
	if got := ContainmentFromJaccard(0.5, 0, 10); got != 0 {
		t.Errorf("containment of empty set = %v", got)
	}
}

func TestFingerprintsSampleShared(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	a, b := plantedSets(r, 1600, 1600, 1600)
	fa, fb := Fingerprints(a, 16, nil), Fingerprints(b, 16, nil)
	shared := Intersection32(fa, fb)
	// 1600 shared shingles sampled 1 in 16: about 100, never near zero.
	if shared < 60 || shared > 140 {
		t.Errorf("shared fingerprints = %d, want about 100", shared)
	}
	if !slices.IsSorted(fa) {
		t.Error("fingerprints not sorted")
	}
}

func FuzzShingles(f *testing.F) {
	f.Add("كشف مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن", 3)
	f.Add("\x00\xff ـــ ..", 1)
	f.Fuzz(func(t *testing.T, text string, k int) {
		k = k%8 + 1
		if k < 1 {
			k += 8
		}
		sh := TextShingles(text, k)
		if !slices.IsSorted(sh) {
			t.Fatal("shingles not sorted")
		}
		words := Words(text)
		if len(words) > 0 && len(sh) == 0 {
			t.Fatalf("%d words, no shingles", len(words))
		}
		if len(sh) > len(words) {
			t.Fatalf("%d shingles from %d words", len(sh), len(words))
		}
		for _, w := range words {
			if w == "" || strings.ContainsAny(w, " .,،") {
				t.Fatalf("bad word %q", w)
			}
		}
		h, _ := NewHasher(8, DefaultSeed)
		if s1, s2 := h.Sign(sh, nil), h.Sign(sh, nil); !slices.Equal(s1, s2) {
			t.Fatal("signature not deterministic")
		}
	})
}

func BenchmarkSignature(b *testing.B) {
	text := strings.Repeat("كشف مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، تواجد تعاون وثيق بين الأطراف على الأراضي السورية. ", 40)
	h, _ := NewHasher(64, DefaultSeed)
	b.SetBytes(int64(len(text)))
	var sig Signature
	for b.Loop() {
		sh := TextShingles(text, 3)
		sig = h.Sign(sh, sig)
		_ = Fingerprints(sh, 16, nil)
	}
}
