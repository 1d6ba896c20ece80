// Command vnextract-beam runs vnextract's extraction as an Apache Beam
// pipeline. The runner is chosen with --runner (prism, the default, runs
// locally; dataflow, flink, spark submit to a cluster). See beam/README.md.
package main

import (
	"context"
	"flag"
	"log"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	vnbeam "github.com/vnextract/vnextract/beam"
)

var (
	input    = flag.String("input", "", "comma-separated glob patterns of input files (local, gs://, s3://)")
	root     = flag.String("root", "", "folder that .txt article ids are relative to (default: each pattern's folder)")
	output   = flag.String("output", "", "folder for records-*.jsonl and errors-*.jsonl shards")
	shards   = flag.Int("shards", 16, "output files of each kind")
	maxBytes = flag.Int("max-bytes", 0, "largest article in bytes (default 8 MiB)")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		log.Fatal("vnextract-beam: --input and --output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	err := vnbeam.Build(s, vnbeam.Options{
		Inputs: strings.Split(*input, ","), Root: *root, Output: *output, Shards: *shards, MaxBytes: *maxBytes,
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("vnextract-beam: %v", err)
	}
}
