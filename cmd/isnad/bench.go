package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/isnad/isnad/pipeline"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

func newBenchCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure isnad's speed on a whole corpus",
		Long: `bench runs a stage of isnad over a whole corpus and reports articles per
second, MB of text per second and peak memory. It writes nothing you keep:
stores it needs are made in a temporary folder and removed.`,
		Example: `  isnad bench ingest ../shared/corpus/saudinewsnet
  isnad bench read testdata/seeds`,
	}
	cmd.PersistentFlags().StringVar(&a.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof reads it)")
	cmd.AddCommand(newBenchIngestCommand(a), newBenchReadCommand(a), newBenchAnalyzeCommand(a), newBenchServeCommand(a))
	return cmd
}

// profiled runs f with CPU profiling when --cpuprofile was given.
func (a *app) profiled(f func() error) error {
	if a.cpuProfile == "" {
		return f()
	}
	out, err := os.Create(a.cpuProfile)
	if err != nil {
		return fmt.Errorf("creating the CPU profile: %w", err)
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		return fmt.Errorf("starting the CPU profile: %w", err)
	}
	defer pprof.StopCPUProfile()
	return f()
}

func newBenchAnalyzeCommand(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "analyze PATH...",
		Short: "Time the whole single-document pipeline: read, clean, entities, times, quantities, claims, events",
		Example: `  isnad bench analyze ../shared/corpus/saudinewsnet
  isnad bench analyze --cpuprofile cpu.out ../shared/corpus/saudinewsnet/2015-07-21.zip`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			src, err := a.source(&in, paths)
			if err != nil {
				return err
			}
			x, err := pipeline.LoadExtractors()
			if err != nil {
				return err
			}
			rep := benchReport{stage: "single-document analysis"}
			var claims, entities int
			start := time.Now()
			err = a.profiled(func() error {
				return pipeline.Run(cmd.Context(), src, pipeline.Options{Workers: in.workers, Stages: []pipeline.Stage{x}}, func(r pipeline.Result) error {
					if r.Err != nil {
						rep.failed++
						return nil
					}
					rep.articles++
					rep.textMB += float64(len(r.Doc.Text)) / 1e6
					claims += len(r.Analysis.Claims)
					entities += len(r.Analysis.Entities)
					return nil
				})
			})
			rep.elapsed = time.Since(start)
			if err != nil {
				return err
			}
			rep.print(a)
			fmt.Fprintf(a.stdout, "found %d claims and %d per-document entities\n", claims, entities)
			return nil
		},
	}
	addInputFlags(cmd, &in)
	return cmd
}

// benchReport is what every bench prints.
type benchReport struct {
	stage    string
	articles int
	failed   int
	textMB   float64
	elapsed  time.Duration
}

func (r benchReport) print(a *app) {
	secs := r.elapsed.Seconds()
	fmt.Fprintf(a.stdout, "%s: %d articles (%d failed), %.1f MB of text in %.2fs: %.0f articles/s, %.2f MB/s, peak memory %s, %d CPUs\n",
		r.stage, r.articles, r.failed, r.textMB, secs, float64(r.articles)/secs, r.textMB/secs, peakMemory(), runtime.NumCPU())
}

func newBenchReadCommand(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:     "read PATH...",
		Short:   "Time reading and cleaning only (no store)",
		Example: `  isnad bench read ../shared/corpus/saudinewsnet`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			src, err := a.source(&in, paths)
			if err != nil {
				return err
			}
			rep := benchReport{stage: "read+clean+normalise"}
			start := time.Now()
			err = pipeline.Run(cmd.Context(), src, pipeline.Options{Workers: in.workers}, func(r pipeline.Result) error {
				if r.Err != nil {
					rep.failed++
					return nil
				}
				rep.articles++
				rep.textMB += float64(len(r.Doc.Text)) / 1e6
				return nil
			})
			rep.elapsed = time.Since(start)
			if err != nil {
				return err
			}
			rep.print(a)
			return nil
		},
	}
	addInputFlags(cmd, &in)
	return cmd
}

func newBenchIngestCommand(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:     "ingest PATH...",
		Short:   "Time read+clean+normalise+store into a fresh temporary store",
		Example: `  isnad bench ingest ../shared/corpus/saudinewsnet`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			dir, err := os.MkdirTemp("", "isnad-bench-")
			if err != nil {
				return fmt.Errorf("making a temporary store: %w", err)
			}
			defer os.RemoveAll(dir)
			st, err := sqlite.Open(cmd.Context(), filepath.Join(dir, "bench.db"))
			if err != nil {
				return err
			}
			defer st.Close()
			start := time.Now()
			var t tally
			err = a.profiled(func() error {
				t, err = a.ingest(cmd.Context(), st, &in, paths, false)
				return err
			})
			elapsed := time.Since(start)
			if err != nil {
				return err
			}
			stats, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			size := 0.0
			if fi, err := os.Stat(filepath.Join(dir, "bench.db")); err == nil {
				size = float64(fi.Size()) / 1e6
			}
			fmt.Fprintf(a.stdout, "%s; stored %d documents, store %.0f MB\n", t, stats.Documents, size)
			benchReport{stage: "read+clean+normalise+store", articles: t.read, failed: t.failed,
				textMB: float64(t.textBytes) / 1e6, elapsed: elapsed}.print(a)
			return nil
		},
	}
	addInputFlags(cmd, &in)
	return cmd
}

// peakMemory is the process's peak resident memory (VmHWM on Linux), or the
// Go runtime's view of memory obtained from the system elsewhere.
func peakMemory() string {
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				fields := strings.Fields(rest)
				if kb, err := strconv.Atoi(fields[0]); err == nil {
					return fmt.Sprintf("%.0f MB", float64(kb)/1024)
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return fmt.Sprintf("%.0f MB (runtime)", float64(ms.Sys)/(1<<20))
}
