package judge

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/isnad/isnad/export"
)

// Judging the same analysis again gives the same groups, contradictions
// and chains: no result may hang on the order a map is visited in (a
// float sum in another order can break a tie between two pairs).
func TestJudgeDeterministic(t *testing.T) {
	seeds := seedAnalysis(t)
	run := func() string {
		cp := *seeds
		cp.Claims = append([]export.Claim(nil), seeds.Claims...)
		for i := range cp.Claims {
			cp.Claims[i].Chain = withoutInherited(cp.Claims[i].Chain)
		}
		if err := New(nil, Options{}).Judge(context.Background(), &cp); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal([]any{cp.ClaimGroups, cp.Contradictions, cp.Claims})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	first := run()
	for range 5 {
		if run() != first {
			t.Fatal("judging the seeds twice gave different results")
		}
	}
}
