#!/usr/bin/env bash
# `santemap render` of every French commune against Mapnik drawing the same map
# (bench/mapnik_reference.py, Debian python3-mapnik), whole processes, alternated, N pairs
# (default 7); prints each pair and the medians. Needs build/france-communes.gpkg (made by
# scripts/bench.sh on the first run).
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-7}
gpkg=$(pwd)/build/france-communes.gpkg
[ -f "$gpkg" ] || { echo "bench-render-france: $gpkg missing: run scripts/bench.sh once" >&2; exit 1; }
/usr/bin/python3 -c 'import mapnik' 2>/dev/null || { echo "bench-render-france: install python3-mapnik" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp bench/france-scene.json "$work/scene.json"
ln -s "$gpkg" "$work/france-communes.gpkg"
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
ours=() ; theirs=()
for i in $(seq "$pairs"); do
  a=$(seconds ./build/santemap render "$work/scene.json" --out "$work/santemap.png")
  b=$(seconds /usr/bin/python3 bench/mapnik_reference.py "$gpkg" "$work/mapnik.png")
  ours+=("$a"); theirs+=("$b")
  printf 'pair %d: santemap %.2f s, mapnik %.2f s\n' "$i" "$a" "$b"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
m1=$(median "${ours[@]}"); m2=$(median "${theirs[@]}")
printf 'median: santemap %.2f s, mapnik %.2f s, ratio %.2f (target <= 0.5)\n' "$m1" "$m2" "$(echo "$m1 / $m2" | bc -l)"
