package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/isnad/isnad/internal/cputime"
	"github.com/isnad/isnad/server"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

// benchServeOptions are the flags of isnad bench serve.
type benchServeOptions struct {
	url      string
	clients  int
	duration time.Duration
	seed     uint64
	serial   int
	procs    int
}

func newBenchServeCommand(a *app) *cobra.Command {
	var opt benchServeOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Load-test the JSON API: concurrent clients, latency percentiles per endpoint",
		Long: `serve starts the API on the store (--db) on a loopback port in this process,
or targets a running server (--url), and runs --clients concurrent clients for
--duration over a mix of the requests an analyst makes: a document by id, the
document list by outlet or date, the claim list by actor or grade, a claim
card, the dashboard's figures, and searches for common and for rare Arabic
words. The ids, outlets, actors and words are sampled from the store through
the API first. It prints p50/p95/p99 latency per endpoint and the throughput.

The first request (which builds the server's corpus tables) is timed apart as
the cold start; the load runs on a warm server.`,
		Example: `  isnad --db sns.db bench serve
  isnad --db sns.db bench serve --clients 50 --duration 30s --cpuprofile serve.prof
  isnad bench serve --url http://127.0.0.1:8080 --procs 1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opt.clients < 1 || opt.duration <= 0 {
				return fmt.Errorf("--clients must be at least 1 and --duration positive")
			}
			if opt.procs < 0 || (opt.procs > 0 && opt.url == "") {
				return fmt.Errorf("--procs needs --url and must be positive: in this process the server shares the clients' processors")
			}
			if opt.procs > 0 {
				// The clients' goroutines then share fewer threads: less
				// of the machine goes to them, more to the server.
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(opt.procs))
			}
			base := opt.url
			if base == "" {
				stop, addr, err := a.benchServer(cmd.Context())
				if err != nil {
					return err
				}
				defer stop()
				base = "http://" + addr
			}
			return a.benchServe(cmd.Context(), strings.TrimSuffix(base, "/"), opt)
		},
	}
	cmd.Flags().StringVar(&opt.url, "url", "", "a running server to load (default: serve --db in this process on a loopback port)")
	cmd.Flags().IntVar(&opt.clients, "clients", 50, "concurrent clients")
	cmd.Flags().DurationVar(&opt.duration, "duration", 20*time.Second, "how long the load runs")
	cmd.Flags().Uint64Var(&opt.seed, "seed", 1, "seed of the request mix")
	cmd.Flags().IntVar(&opt.procs, "procs", 0, "with --url, the processors the clients may use at once (0: all, Go's default); 1 leaves the others to the server")
	cmd.Flags().IntVar(&opt.serial, "serial", 40, "first send this many requests of each kind one at a time, for their CPU cost (0: skip)")
	return cmd
}

// benchServer serves the store in this process on a free loopback port, as
// isnad serve would.
func (a *app) benchServer(ctx context.Context) (stop func(), addr string, err error) {
	if _, err := os.Stat(a.dbPath); err != nil {
		return nil, "", fmt.Errorf("the store to serve: %w", err)
	}
	st, err := sqlite.Open(ctx, a.dbPath)
	if err != nil {
		return nil, "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		st.Close()
		return nil, "", fmt.Errorf("listening on loopback: %w", err)
	}
	h := server.New(server.Config{Store: st, Corpus: server.StoreCorpus(st), Logger: a.log})
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln) //nolint:errcheck // ends with Close below
	return func() {
		srv.Close()
		h.Close()
		st.Close()
	}, ln.Addr().String(), nil
}

// benchRequest is one request of the mix: the endpoint it measures and its
// path with query.
type benchRequest struct {
	endpoint string
	path     string
}

// benchSample is what the request mix is drawn from.
type benchSample struct {
	docs, claims, outlets, days, actors []string
	common, rare                        []string
}

// maxRareWords bounds the rare words sampled: 8 common words × 10,000 rare
// ones make 80,000 pairs, more than a 30-second run at 10,000 requests a
// second searches (30,000 pairs), so that most searches of a run are new.
const maxRareWords = 10_000

// commonWords are frequent in any Arabic news corpus; searching them ranks
// a large share of the documents.
var commonWords = []string{"السعودية", "المملكة", "وزير", "الرياض", "الأمير", "اليوم", "العام", "الحكومة"}

// sampleStore reads ids, outlets, days, actors and rare title words through
// the API, so that every request of the mix names something that exists.
func sampleStore(ctx context.Context, c *http.Client, base string, rng *rand.Rand) (benchSample, error) {
	var s benchSample
	s.common = commonWords
	var stats struct {
		Documents int `json:"documents"`
		Outlets   []struct {
			Outlet string `json:"outlet"`
		} `json:"outlets"`
		Days []struct {
			Day string `json:"day"`
		} `json:"days"`
	}
	if err := getJSON(ctx, c, base+"/api/stats", &stats); err != nil {
		return s, err
	}
	for _, o := range stats.Outlets {
		if o.Outlet != "" {
			s.outlets = append(s.outlets, o.Outlet)
		}
	}
	for _, d := range stats.Days {
		s.days = append(s.days, d.Day)
	}
	// Documents from pages spread over the listing; their titles give the
	// rare words, enough of them that a search cache cannot hold them all.
	rare := map[string]bool{}
	for _, w := range commonWords {
		rare[w] = true // never a rare word
	}
	for page := range 40 {
		var pg struct {
			Items []struct {
				ID, Title string
			} `json:"items"`
		}
		off := rng.IntN(max(stats.Documents-100, 1))
		if err := getJSON(ctx, c, fmt.Sprintf("%s/api/documents?limit=100&offset=%d", base, off), &pg); err != nil {
			return s, err
		}
		for _, d := range pg.Items {
			if page < 10 && !slices.Contains(s.docs, d.ID) {
				s.docs = append(s.docs, d.ID)
			}
			for _, w := range strings.Fields(d.Title) {
				if len([]rune(w)) >= 5 && len(s.rare) < maxRareWords && !rare[w] {
					rare[w] = true
					s.rare = append(s.rare, w)
				}
			}
		}
	}
	var claims struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
		Total int `json:"total"`
	}
	if err := getJSON(ctx, c, base+"/api/claims?limit=1", &claims); err != nil {
		return s, err
	}
	for range 5 {
		off := rng.IntN(max(claims.Total-100, 1))
		if err := getJSON(ctx, c, fmt.Sprintf("%s/api/claims?limit=100&offset=%d", base, off), &claims); err != nil {
			return s, err
		}
		for _, cl := range claims.Items {
			s.claims = append(s.claims, cl.ID)
		}
	}
	var ents struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	if err := getJSON(ctx, c, base+"/api/entities?limit=100", &ents); err != nil {
		return s, err
	}
	for _, e := range ents.Items {
		s.actors = append(s.actors, e.ID)
	}
	if len(s.docs) == 0 || len(s.claims) == 0 || len(s.actors) == 0 {
		return s, fmt.Errorf("the store has too little to load-test (%d documents, %d claims, %d actors sampled)",
			len(s.docs), len(s.claims), len(s.actors))
	}
	if len(s.rare) == 0 {
		s.rare = s.common
	}
	return s, nil
}

// benchKind is one kind of request of the mix, with its share of it in
// percent.
type benchKind struct {
	endpoint string
	weight   int
	path     func(s benchSample, rng *rand.Rand) string
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

// benchMix is the request mix. Weights follow what an analyst does: read
// documents and claims most, list and search often, open the dashboard now
// and then. Common words are few and come back often (as the names in the
// news do); rare words and pairs are mostly new.
var benchMix = []benchKind{
	{"document", 20, func(s benchSample, rng *rand.Rand) string {
		return "/api/documents/" + url.PathEscape(pick(rng, s.docs))
	}},
	{"documents?from&to", 5, func(s benchSample, rng *rand.Rand) string {
		if len(s.days) == 0 {
			return "/api/documents"
		}
		d := pick(rng, s.days)
		return "/api/documents?from=" + d + "&to=" + d
	}},
	{"documents?outlet", 5, func(s benchSample, rng *rand.Rand) string {
		if len(s.outlets) == 0 {
			return "/api/documents"
		}
		return "/api/documents?outlet=" + url.QueryEscape(pick(rng, s.outlets))
	}},
	{"claim", 20, func(s benchSample, rng *rand.Rand) string {
		return "/api/claims/" + url.PathEscape(pick(rng, s.claims))
	}},
	{"claims?actor", 10, func(s benchSample, rng *rand.Rand) string {
		return "/api/claims?actor=" + url.QueryEscape(pick(rng, s.actors))
	}},
	{"claims?grade", 5, func(s benchSample, rng *rand.Rand) string {
		return fmt.Sprintf("/api/claims?grade=%d", 1+rng.IntN(6))
	}},
	{"search common", 10, func(s benchSample, rng *rand.Rand) string {
		return "/api/search?q=" + url.QueryEscape(pick(rng, s.common))
	}},
	{"search rare", 10, func(s benchSample, rng *rand.Rand) string {
		return "/api/search?q=" + url.QueryEscape(pick(rng, s.rare))
	}},
	// A common and a rare word together: thousands of combinations, so that
	// nearly every one is searched for the first time.
	{"search pair", 10, func(s benchSample, rng *rand.Rand) string {
		return "/api/search?q=" + url.QueryEscape(pick(rng, s.common)+" "+pick(rng, s.rare))
	}},
	{"stats", 5, func(benchSample, *rand.Rand) string { return "/api/stats" }},
}

// searchesSeen tells a search asked for the first time in the run from a
// repeated one, which the server answers from its cache: the two are timed
// apart, so that the figures of new searches are not flattered by repeats
// (more of them the faster the server goes).
type searchesSeen struct {
	mu sync.Mutex
	m  map[string]bool
}

func newSearchesSeen() *searchesSeen { return &searchesSeen{m: map[string]bool{}} }

// label is the endpoint under which r is timed: searches get "(new)" the
// first time their path is asked for and "(again)" after.
func (ss *searchesSeen) label(r benchRequest) string {
	if !strings.HasPrefix(r.endpoint, "search") {
		return r.endpoint
	}
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.m[r.path] {
		return r.endpoint + " (again)"
	}
	ss.m[r.path] = true
	return r.endpoint + " (new)"
}

// next draws one request of the mix.
func (s benchSample) next(rng *rand.Rand) benchRequest {
	n := rng.IntN(100)
	for _, k := range benchMix {
		if n < k.weight {
			return benchRequest{k.endpoint, k.path(s, rng)}
		}
		n -= k.weight
	}
	k := benchMix[len(benchMix)-1]
	return benchRequest{k.endpoint, k.path(s, rng)}
}

func getJSON(ctx context.Context, c *http.Client, u string, into any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", u, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(into); err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	return nil
}

// benchTiming is one finished request.
type benchTiming struct {
	endpoint string
	took     time.Duration
	failed   bool
}

func (a *app) benchServe(ctx context.Context, base string, opt benchServeOptions) error {
	transport := &http.Transport{MaxIdleConns: opt.clients, MaxIdleConnsPerHost: opt.clients, IdleConnTimeout: time.Minute}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: time.Minute}
	rng := rand.New(rand.NewPCG(opt.seed, 0))

	fmt.Fprintf(a.stdout, "load before: %s\n", loadAverage())
	start := time.Now()
	var warm struct{}
	if err := getJSON(ctx, client, base+"/api/stats", &warm); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "cold start (first /api/stats): %s\n", time.Since(start).Round(time.Millisecond))
	sample, err := sampleStore(ctx, client, base, rng)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "sampled %d documents, %d claims, %d outlets, %d days, %d actors, %d rare words\n",
		len(sample.docs), len(sample.claims), len(sample.outlets), len(sample.days), len(sample.actors), len(sample.rare))

	seen := newSearchesSeen()
	if opt.serial > 0 {
		if err := serialCosts(ctx, a.stdout, client, base, sample, opt, opt.url == "", seen); err != nil {
			return err
		}
	}
	var timings []benchTiming
	var elapsed time.Duration
	cpu0 := cputime.Process()
	err = a.profiled(func() error {
		timings, elapsed = runClients(ctx, client, base, sample, opt, seen)
		return nil
	})
	if err != nil {
		return err
	}
	cpu := cputime.Process() - cpu0
	printLatencies(a.stdout, timings, elapsed, opt.clients)
	if opt.url == "" {
		fmt.Fprintf(a.stdout, "CPU time of this process (server and clients): %s over %s wall\n",
			cpu.Round(time.Millisecond), elapsed.Round(time.Millisecond))
	} else if len(timings) > 0 {
		// The clients share the processors with the server they load: what
		// they take is not the server's to use.
		fmt.Fprintf(a.stdout, "CPU time of the clients: %s over %s wall, %.0f µs a request\n",
			cpu.Round(time.Millisecond), elapsed.Round(time.Millisecond),
			float64(cpu.Microseconds())/float64(len(timings)))
	}
	fmt.Fprintf(a.stdout, "load after: %s\n", loadAverage())
	return nil
}

// serialCosts sends each kind of request n times, one at a time, and
// prints its median time and, served in this process, the CPU time it costs
// (server and client): on a busy machine the CPU time per request says more
// than the latency under load, which waits for processors other programs
// hold.
func serialCosts(ctx context.Context, w io.Writer, client *http.Client, base string, s benchSample, opt benchServeOptions, inProcess bool, seen *searchesSeen) error {
	fmt.Fprintf(w, "one client, %d requests of each kind:\n%-20s %9s %9s\n", opt.serial, "endpoint", "p50", "CPU/req")
	rng := rand.New(rand.NewPCG(opt.seed, 1<<32))
	for _, k := range benchMix {
		took := make([]time.Duration, 0, opt.serial)
		cpu0 := cputime.Process()
		for range opt.serial {
			path := k.path(s, rng)
			seen.label(benchRequest{k.endpoint, path}) // the load run's searches of it are repeats
			t0 := time.Now()
			failed, err := fetch(ctx, client, base+path)
			if err != nil {
				return err
			}
			if failed {
				return fmt.Errorf("%s: a request failed", k.endpoint)
			}
			took = append(took, time.Since(t0))
		}
		cpu := "-"
		if inProcess {
			cpu = ms((cputime.Process() - cpu0) / time.Duration(opt.serial))
		}
		slices.Sort(took)
		fmt.Fprintf(w, "%-20s %9s %9s\n", k.endpoint, ms(percentile(took, 50)), cpu)
	}
	return nil
}

// runClients runs the clients until the duration is over; requests cut off
// by the end are not counted.
func runClients(ctx context.Context, client *http.Client, base string, s benchSample, opt benchServeOptions, seen *searchesSeen) ([]benchTiming, time.Duration) {
	ctx, cancel := context.WithTimeout(ctx, opt.duration)
	defer cancel()
	var mu sync.Mutex
	var all []benchTiming
	var wg sync.WaitGroup
	start := time.Now()
	for i := range opt.clients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(opt.seed, uint64(i)+1))
			var mine []benchTiming
			for ctx.Err() == nil {
				r := s.next(rng)
				endpoint := seen.label(r)
				t0 := time.Now()
				failed, err := fetch(ctx, client, base+r.path)
				if ctx.Err() != nil {
					break
				}
				if err != nil {
					failed = true
				}
				mine = append(mine, benchTiming{endpoint, time.Since(t0), failed})
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	return all, time.Since(start)
}

// fetch gets a URL and reads the whole answer; failed is a status other
// than 200.
func fetch(ctx context.Context, c *http.Client, u string) (failed bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return true, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return true, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil && !errors.Is(err, context.Canceled) {
		return true, err
	}
	return resp.StatusCode != http.StatusOK, nil
}

func printLatencies(w io.Writer, ts []benchTiming, elapsed time.Duration, clients int) {
	by := map[string][]time.Duration{}
	failed := map[string]int{}
	var all []time.Duration
	for _, t := range ts {
		by[t.endpoint] = append(by[t.endpoint], t.took)
		all = append(all, t.took)
		if t.failed {
			failed[t.endpoint]++
		}
	}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Fprintf(w, "%-20s %8s %6s %9s %9s %9s %9s\n", "endpoint", "requests", "failed", "p50", "p95", "p99", "max")
	row := func(name string, ds []time.Duration, nf int) {
		slices.Sort(ds)
		fmt.Fprintf(w, "%-20s %8d %6d %9s %9s %9s %9s\n", name, len(ds), nf,
			ms(percentile(ds, 50)), ms(percentile(ds, 95)), ms(percentile(ds, 99)), ms(ds[len(ds)-1]))
	}
	totalFailed := 0
	for _, n := range names {
		row(n, by[n], failed[n])
		totalFailed += failed[n]
	}
	if len(all) > 0 {
		row("all", all, totalFailed)
	}
	fmt.Fprintf(w, "%d requests by %d clients in %s: %.0f requests/s\n",
		len(ts), clients, elapsed.Round(time.Millisecond), float64(len(ts))/elapsed.Seconds())
}

// percentile of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := cmp.Or((p*len(sorted)+99)/100, 1) - 1
	return sorted[min(i, len(sorted)-1)]
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
}

// loadAverage is the machine's 1, 5 and 15 minute load, to say how busy it
// was while the figures were taken.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
