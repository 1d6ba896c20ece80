#!/usr/bin/env bash
# Instructions retired by "vnextract extract" (one worker, every extractor)
# per byte of a generated corpus, counted by valgrind's cachegrind.
#
#   scripts/instructions.sh [MB] [REV]   (defaults: 3 MB, the working tree)
#
# Wall-clock benchmarks on a shared or throttled machine drift by up to 2x;
# the instruction count of the same work does not, so it tells whether a
# change made the pipeline cheaper even when MB/s cannot. It is no
# substitute for scripts/bench.sh: cache misses and allocation cost time
# without adding many instructions. With REV (a commit), the same is
# counted for that commit too, built from a temporary worktree.
# Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-3}
REV=${2:-}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/vnx-instr.XXXXXX")
trap 'git worktree remove --force "$dir/rev" 2>/dev/null || true; rm -rf "$dir"' EXIT

go run ./corpus/internal/cmd/gencorpus -mb "$MB" -format jsonl -o "$dir/corpus.jsonl"
size=$(stat -c %s "$dir/corpus.jsonl")

count() { # count NAME BINARY
	local ir
	ir=$(GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$2" extract --quiet --workers 1 -o /dev/null "$dir/corpus.jsonl" 2>&1 |
		awk '/I +refs/ {gsub(",", "", $NF); print $NF}')
	awk -v n="$1" -v ir="$ir" -v s="$size" 'BEGIN { printf "%-12s %6.3f G instructions, %5.1f per input byte\n", n, ir / 1e9, ir / s }'
}

go build -o "$dir/vnextract" ./cmd/vnextract
echo "corpus: $((size / 1000)) kB of JSON Lines ($MB MB of article text)"
count "working tree" "$dir/vnextract"
if [[ -n $REV ]]; then
	git worktree add -q --detach "$dir/rev" "$REV"
	(cd "$dir/rev" && go build -o "$dir/vnextract-rev" ./cmd/vnextract)
	count "$REV" "$dir/vnextract-rev"
fi
