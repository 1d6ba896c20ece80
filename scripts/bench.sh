#!/usr/bin/env bash
# End-to-end throughput of "vnextract extract" on a generated corpus.
#
#   scripts/bench.sh [MB] [FORMAT]     (defaults: 200 jsonl; FORMAT: jsonl, targz or warcgz)
#
# Generates a synthetic Vietnamese news corpus of MB megabytes of article
# text (corpus/internal/synth: made-up sentences, publishable), runs the
# extract command with 1 worker and with one per core, with every
# extractor, and prints MB/s (of input file), articles/s, CPU time and peak
# RSS for each, the speed-up, and whether the ordered outputs are
# byte-identical. The machine should be otherwise idle: on a shared
# machine the wall-clock figures drop, the CPU seconds do not.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
FORMAT=${2:-jsonl}
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

declare -A wall
for w in 1 "$cores"; do
	[[ -n ${wall[$w]:-} ]] && continue
	"$dir/runstat" -o "$dir/stat$w" -- "$dir/vnextract" extract --quiet --workers "$w" -o "$dir/out$w.jsonl" "$in" 2>/dev/null
	read -r wl us sy rss <"$dir/stat$w"
	wl=${wl#wall_s=}; us=${us#user_s=}; sy=${sy#sys_s=}; rss=${rss#maxrss_kb=}
	n=$(wc -l <"$dir/out$w.jsonl")
	wall[$w]=$wl
	awk -v w="$w" -v s="$size" -v n="$n" -v t="$wl" -v u="$us" -v y="$sy" -v r="$rss" 'BEGIN {
		printf "workers=%-2d %7.1f MB/s %8.0f articles/s   wall %6.1fs  cpu %6.1fs (%.1f MB per cpu-second)  peak RSS %4.0f MB\n",
			w, s / 1e6 / t, n / t, t, u + y, s / 1e6 / (u + y), r / 1024 }'
done
if [[ $cores != 1 ]]; then
	awk -v a="${wall[1]}" -v b="${wall[$cores]}" -v c="$cores" 'BEGIN { printf "speed-up %d workers / 1: %.2fx\n", c, a / b }'
	if cmp -s "$dir/out1.jsonl" "$dir/out$cores.jsonl"; then
		echo "ordered output identical for 1 and $cores workers: yes"
	else
		echo "ordered output identical for 1 and $cores workers: NO" >&2
		exit 1
	fi
fi
