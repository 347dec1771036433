#!/usr/bin/env bash
# Runs the benchmarks on the full-France data (assembled once into build/france-communes.gpkg).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target bench_tessellate bench_load bench_render bench_finder bench_access santemap
root=$(pwd)
export SANTEMAP_DATA=${SANTEMAP_DATA:-$root/../shared/data}
cd build
./bench/bench_tessellate
./bench/bench_load
./bench/bench_render
# The finder's and the lab's read the data pack (data/): from the repository root.
(cd "$root" && build/bench/bench_finder && build/bench/bench_access)
