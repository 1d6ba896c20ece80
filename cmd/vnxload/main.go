// Command vnxload load-tests a running "vnextract serve" over loopback: for
// each level of concurrent clients it sends POST /v1/extract requests for
// a fixed time or count, then prints throughput, p50/p99 latency, errors,
// and the server's memory from its /metrics before and after.
//
//	vnextract serve &                        # 127.0.0.1:8080
//	go run ./cmd/vnxload -clients 1,16,200 -duration 10s
//
// It only talks to loopback addresses, and every level is bounded by
// -duration and -requests. Exit status 1 when any request failed.
package main

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/sourcegraph/conc"
)

// articles are short news-style samples written for this tool.
//
//go:embed articles/*.txt
var articles embed.FS

const maxArticleFiles, maxArticleBytes = 10000, 1 << 20

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("vnxload", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "server `HOST:PORT`; loopback only")
	levels := fl.String("clients", "1,16,200", "comma-separated concurrent client `counts`, one run each")
	duration := fl.Duration("duration", 10*time.Second, "length of each run")
	maxRequests := fl.Int("requests", 100000, "most requests of each run")
	dir := fl.String("articles", "", "folder of .txt articles to send (default: the embedded samples)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	clients, err := parseLevels(*levels)
	if err == nil {
		err = checkLoopback(*addr)
	}
	if err == nil && (*duration <= 0 || *duration > time.Hour || *maxRequests <= 0) {
		err = errors.New("-duration must be in (0, 1h] and -requests positive")
	}
	if err != nil {
		fmt.Fprintln(stderr, "vnxload:", err)
		return 2
	}
	bodies, err := loadArticles(*dir)
	if err != nil {
		fmt.Fprintln(stderr, "vnxload:", err)
		return 1
	}
	base := "http://" + *addr
	fmt.Fprintf(stdout, "vnxload: %s, %d articles (%d bytes avg), %s or %d requests per run\n",
		base, len(bodies), avgLen(bodies), *duration, *maxRequests)
	fmt.Fprintf(stdout, "%7s %9s %7s %9s %9s %9s %9s %8s %12s %12s\n",
		"clients", "requests", "errors", "req/s", "MB/s", "p50", "p99", "max", "rss before", "rss after")
	failed := false
	for _, c := range clients {
		if ctx.Err() != nil {
			break
		}
		before := serverMemory(ctx, base)
		res := load(ctx, base, bodies, c, *duration, *maxRequests)
		after := serverMemory(ctx, base)
		fmt.Fprintf(stdout, "%7d %9d %7d %9.0f %9.2f %9s %9s %8s %12s %12s\n",
			c, res.requests, res.errors, res.rate(), res.mbps(), ms(res.quantile(0.50)), ms(res.quantile(0.99)), ms(res.quantile(1)),
			mib(before), mib(after))
		for _, e := range res.samples {
			fmt.Fprintln(stdout, "  error:", e)
		}
		failed = failed || res.errors > 0
	}
	if failed || ctx.Err() != nil {
		return 1
	}
	return 0
}

func parseLevels(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 1000 {
			return nil, fmt.Errorf("-clients: %q is not a count in 1..1000", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// checkLoopback refuses any address but loopback: this tool is for
// measuring a local server, not for loading someone else's.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("-addr: %w", err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("-addr %s: only loopback addresses (127.0.0.1, ::1, localhost)", addr)
	}
	return nil
}

func loadArticles(dir string) ([][]byte, error) {
	var fsys fs.FS = articles
	root := "articles"
	if dir != "" {
		fsys, root = os.DirFS(dir), "."
	}
	var out [][]byte
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" || len(out) >= maxArticleFiles {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if len(b) <= maxArticleBytes {
			out = append(out, b)
		}
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("no .txt articles in %s", dir)
	}
	return out, err
}

func avgLen(bs [][]byte) int {
	n := 0
	for _, b := range bs {
		n += len(b)
	}
	return n / len(bs)
}

// result is one run's outcome.
type result struct {
	requests, errors int
	bytes            int64
	elapsed          time.Duration
	latencies        []time.Duration // sorted
	samples          []string        // the first few errors
}

func (r *result) rate() float64 { return float64(r.requests) / r.elapsed.Seconds() }
func (r *result) mbps() float64 { return float64(r.bytes) / 1e6 / r.elapsed.Seconds() }

// quantile is the nearest-rank q-quantile of the latencies.
func (r *result) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(r.latencies)))) - 1
	return r.latencies[max(i, 0)]
}

// load runs clients workers, each sending one request at a time, until
// d has passed or maxRequests were sent.
func load(ctx context.Context, base string, bodies [][]byte, clients int, d time.Duration, maxRequests int) *result {
	client := &http.Client{
		Timeout: time.Minute,
		Transport: &http.Transport{
			MaxIdleConnsPerHost: clients, // keep-alive: measure the server, not TCP handshakes
			MaxConnsPerHost:     clients,
			DisableCompression:  true,
		},
	}
	defer client.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		next atomic.Int64
		mu   sync.Mutex
		res  = &result{}
		wg   conc.WaitGroup
	)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			var lat []time.Duration
			var n, errs int
			var size int64
			var samples []string
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= maxRequests {
					break
				}
				body := bodies[i%len(bodies)]
				t0 := time.Now()
				err := send(ctx, client, base, i, body)
				if ctx.Err() != nil && err != nil {
					break // the run ended mid-request: not the server's fault
				}
				lat = append(lat, time.Since(t0))
				n++
				size += int64(len(body))
				if err != nil {
					errs++
					if len(samples) < 3 {
						samples = append(samples, err.Error())
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			res.requests += n
			res.errors += errs
			res.bytes += size
			res.latencies = append(res.latencies, lat...)
			if len(res.samples) < 3 {
				res.samples = append(res.samples, samples...)
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	slices.Sort(res.latencies)
	return res
}

// send posts one article and checks that a record came back.
func send(ctx context.Context, client *http.Client, base string, i int, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "POST", base+"/v1/extract?id=load-"+strconv.Itoa(i), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(out, []byte(`{"schema":"vnextract/v1"`)) {
		return fmt.Errorf("status %d: %.200s", resp.StatusCode, out)
	}
	return nil
}

// serverMemory reads process_resident_memory_bytes from the server's
// /metrics; -1 when it cannot.
func serverMemory(ctx context.Context, base string) float64 {
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/metrics", nil)
	if err != nil {
		return -1
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "process_resident_memory_bytes "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err == nil {
				return f
			}
		}
	}
	return -1
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/1e6) }

func mib(b float64) string {
	if b < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1fMiB", b/(1<<20))
}
