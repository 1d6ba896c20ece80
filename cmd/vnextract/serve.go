package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/normalize"
	"github.com/vnextract/vnextract/service"
)

// cmdServe serves extraction over HTTP until ctx ends (SIGINT, SIGTERM),
// then drains in-flight requests and returns nil: a clean stop exits 0.
func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (port 0 picks a free one)")
	config := fs.String("config", "", "JSON `FILE` choosing extractors and their settings")
	tone := toneFlag(fs)
	var cfg service.Config
	fs.Int64Var(&cfg.MaxArticleBytes, "max-bytes", service.DefaultMaxArticleBytes, "largest article body or batch line in `bytes`")
	fs.Int64Var(&cfg.MaxBatchBytes, "max-batch-bytes", service.DefaultMaxBatchBytes, "largest batch body in `bytes`")
	fs.Int64Var(&cfg.MaxBodyMemory, "max-body-memory", service.DefaultMaxBodyMemory, "request `bytes` held in memory at once over all requests, before 503")
	fs.DurationVar(&cfg.Timeout, "timeout", service.DefaultTimeout, "time allowed for one /v1/extract request, queueing included")
	fs.DurationVar(&cfg.BatchTimeout, "batch-timeout", service.DefaultBatchTimeout, "time allowed for one batch")
	fs.IntVar(&cfg.MaxConcurrent, "max-concurrent", 0, "articles extracted at once over all requests (0: GOMAXPROCS)")
	fs.IntVar(&cfg.MaxQueue, "max-queue", service.DefaultMaxQueue, "requests that may wait for an extraction slot before 503 (-1: none)")
	fs.DurationVar(&cfg.QueueTimeout, "queue-timeout", service.DefaultQueueTimeout, "longest wait for an extraction slot before 503")
	fs.IntVar(&cfg.BatchWorkers, "batch-workers", 0, "articles of one batch extracted at once (0: GOMAXPROCS)")
	fs.DurationVar(&cfg.ReadTimeout, "read-timeout", service.DefaultReadTimeout, "time allowed to read a request body (per line for a batch)")
	fs.DurationVar(&cfg.WriteTimeout, "write-timeout", service.DefaultWriteTimeout, "time allowed to write a response (per record for a batch)")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", service.DefaultShutdownTimeout, "time allowed for in-flight requests on SIGTERM")
	verbose := fs.Bool("v", false, "log at debug level")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vnextract serve [flags]\n\nServes POST /v1/extract, POST /v1/extract/batch, GET /healthz, /readyz, /metrics and /openapi.json.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))}
	}
	var pcfg pipeline.Config
	if *config != "" {
		b, err := os.ReadFile(*config)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &pcfg); err != nil {
			return usageError{fmt.Errorf("config %s: %w", *config, err)}
		}
	}
	proc, err := extractors.NewProcessor(pcfg, normalize.New(normalize.Options{ToneStyle: *tone}))
	if err != nil {
		return usageError{err}
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	srv, err := service.New(proc, cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	cfg.Logger.Info("serving", "url", "http://"+ln.Addr().String(), "version", version)
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	cfg.Logger.Info("stopped")
	return nil
}
