#!/usr/bin/env bash
# Regenerates cmd/vnextract/default.pgo, the CPU profile that "go build"
# and "go run" use for profile-guided optimization of the vnextract binary
# (https://go.dev/doc/pgo): it inlines and lays out the hot paths of the
# extractors the profile shows, for about 6% fewer instructions per byte.
#
#   scripts/pgo.sh [MB]     (default 100)
#
# The profile comes from a run with every extractor over a generated corpus
# with another seed than scripts/bench.sh's, so the benchmark does not
# measure the corpus the profile was trained on. Rerun it after large
# changes to the extractors; a stale profile still builds and still helps,
# a little less. Building with -pgo=off gives the binary without it.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
dir=$(mktemp -d "${TMPDIR:-/tmp}/vnx-pgo.XXXXXX")
trap 'rm -rf "$dir"' EXIT
go build -pgo=off -o "$dir/vnextract" ./cmd/vnextract
go run ./corpus/internal/cmd/gencorpus -mb "$MB" -seed 7 -format jsonl -o "$dir/corpus.jsonl"
"$dir/vnextract" extract --quiet --workers 1 --cpuprofile "$dir/cpu.pprof" -o /dev/null "$dir/corpus.jsonl"
# Merged into one compact protobuf (what go build reads).
go tool pprof -proto "$dir/cpu.pprof" >cmd/vnextract/default.pgo 2>/dev/null
echo "wrote cmd/vnextract/default.pgo ($(stat -c %s cmd/vnextract/default.pgo) bytes)"
