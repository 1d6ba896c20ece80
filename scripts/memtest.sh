#!/usr/bin/env bash
# Peak RSS of "vnextract extract" with default settings on a generated
# stream of MB megabytes (default 2000), read from standard input so that
# no disk holds it. Every 500th article is over the 8 MB article limit (a
# too_large record), and every 997th is a big article (BIG bytes, default
# 1000000) that is processed.
#
#   scripts/memtest.sh [MB]
#   BIG=6000000 scripts/memtest.sh 500
#
# Passes when peak RSS stays under 256 MB. The in-process equivalent:
#   VNX_MEMTEST_MB=2000 go test -run TestMemoryBound ./corpus/
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-2000}
dir=$(mktemp -d "${TMPDIR:-/tmp}/vnx-mem.XXXXXX")
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/vnextract" ./cmd/vnextract
go build -o "$dir/runstat" ./corpus/internal/cmd/runstat
go build -o "$dir/gencorpus" ./corpus/internal/cmd/gencorpus

run() { # name, gencorpus flags...
	local name=$1
	shift
	"$dir/gencorpus" -mb "$MB" "$@" -o - |
		"$dir/runstat" -o "$dir/stat" -- "$dir/vnextract" extract --quiet - >"$dir/out.jsonl"
	read -r wl _ _ rss <"$dir/stat"
	rss=${rss#maxrss_kb=}
	local n big
	n=$(wc -l <"$dir/out.jsonl")
	big=$(grep -c '"code":"too_large"' "$dir/out.jsonl" || true)
	printf "%-28s %6d articles (%d too_large) in %ss: peak RSS %d MB\n" "$name" "$n" "$big" "${wl#wall_s=}" $((rss / 1024))
	if ((rss >= 256 * 1024)); then
		echo "FAIL: peak RSS over 256 MB" >&2
		exit 1
	fi
}
run "${MB} MB, articles over 8 MB" -huge-every 500 -huge-bytes 12000000
BIG=${BIG:-1000000}
run "${MB} MB, $((BIG / 1000)) kB articles" -huge-every 997 -huge-bytes "$BIG"
echo "PASS: peak RSS under 256 MB"
