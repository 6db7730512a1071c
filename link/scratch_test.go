package link
import ("bufio";"context";"encoding/json";"fmt";"os";"testing")
func TestScratchRecheck(t *testing.T){
 arts:=loadCorpus(t)
 x:=indexArticles(t,arts,Options{})
 src:=articleSource(arts)
 f,_:=os.Open("/tmp/sample.jsonl"); sc:=bufio.NewScanner(f); sc.Buffer(nil,1<<20)
 i:=0
 for sc.Scan(){ var it judgingItem; json.Unmarshal(sc.Bytes(),&it)
  c:=x.pairCandidate(it.A,it.B)
  ev,ok,_:=x.verifyPair(context.Background(),c,src,Thresholds{})
  fmt.Printf("#%d %v %s J=%.2f cov=%.2f/%.2f np=%d rare=%.2f anch=%d\n",i,ok,ev.Kind,ev.Jaccard,ev.ACoverage,ev.BCoverage,len(ev.Passages),ev.RareShared,ev.Anchored)
  i++}
}
