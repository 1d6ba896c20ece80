#!/usr/bin/env bash
# End-to-end throughput of "vnextract extract" on a generated corpus.
#
#   scripts/bench.sh [MB] [FORMAT]     (defaults: 200 jsonl; FORMAT: jsonl, targz or warcgz)
#   RUNS=5 scripts/bench.sh            (runs of each worker count, default 3)
#
# Generates a synthetic Vietnamese news corpus of MB megabytes of article
# text (corpus/internal/synth: made-up sentences, publishable), runs the
# extract command with 1 worker and with one per core, with every
# extractor, RUNS times each, and prints MB/s (of input file), articles/s,
# CPU time and peak RSS for each run, the medians, the speed-up, and
# whether the ordered outputs are byte-identical. The machine should be otherwise idle: on a shared
# machine the wall-clock figures drop, the CPU seconds do not.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
FORMAT=${2:-jsonl}
RUNS=${RUNS:-3}
dir=$(mktemp -d "${TMPDIR:-/tmp}/vnx-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT

go build -o "$dir/vnextract" ./cmd/vnextract
go build -o "$dir/runstat" ./corpus/internal/cmd/runstat
case $FORMAT in
jsonl) in=$dir/corpus.jsonl ;;
targz) in=$dir/corpus.tar.gz ;;
warcgz) in=$dir/corpus.warc.gz ;;
*) echo "unknown format $FORMAT" >&2; exit 2 ;;
esac
go run ./corpus/internal/cmd/gencorpus -mb "$MB" -format "$FORMAT" -o "$in"
size=$(stat -c %s "$in")
cores=$(nproc)
echo "corpus: $FORMAT, $((size / 1000000)) MB on disk, $MB MB of article text; $cores cores; Go $(go env GOVERSION)"

# Runs alternate (1 worker, all cores, 1, all cores, ...) so that a drift in
# the machine's speed hits both alike; the summary takes each one's median.
ws=(1)
[[ $cores != 1 ]] && ws+=("$cores")
for ((r = 1; r <= RUNS; r++)); do
	for w in "${ws[@]}"; do
		"$dir/runstat" -o "$dir/stat" -- "$dir/vnextract" extract --quiet --workers "$w" -o "$dir/out$w.jsonl" "$in" 2>/dev/null
		read -r wl us sy rss <"$dir/stat"
		wl=${wl#wall_s=}; us=${us#user_s=}; sy=${sy#sys_s=}; rss=${rss#maxrss_kb=}
		n=$(wc -l <"$dir/out$w.jsonl")
		echo "$wl" >>"$dir/walls$w"
		awk -v r="$r" -v w="$w" -v s="$size" -v n="$n" -v t="$wl" -v u="$us" -v y="$sy" -v m="$rss" 'BEGIN {
			printf "run %d  workers=%-2d %7.1f MB/s %8.0f articles/s   wall %6.1fs  cpu %6.1fs (%.1f MB per cpu-second)  peak RSS %4.0f MB\n",
				r, w, s / 1e6 / t, n / t, t, u + y, s / 1e6 / (u + y), m / 1024 }'
	done
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for w in "${ws[@]}"; do
	awk -v w="$w" -v s="$size" -v t="$(median "$dir/walls$w")" -v k="$RUNS" 'BEGIN {
		printf "median of %d: workers=%-2d %7.1f MB/s   wall %6.1fs\n", k, w, s / 1e6 / t, t }'
done
if [[ $cores != 1 ]]; then
	awk -v a="$(median "$dir/walls1")" -v b="$(median "$dir/walls$cores")" -v c="$cores" 'BEGIN { printf "speed-up %d workers / 1 (medians): %.2fx\n", c, a / b }'
	paste "$dir/walls1" "$dir/walls$cores" | awk -v c="$cores" '{ printf "%s%.2fx", (NR > 1 ? ", " : "speed-up of each run: "), $1 / $2 } END { print "" }'
	if cmp -s "$dir/out1.jsonl" "$dir/out$cores.jsonl"; then
		echo "ordered output identical for 1 and $cores workers: yes"
	else
		echo "ordered output identical for 1 and $cores workers: NO" >&2
		exit 1
	fi
fi
