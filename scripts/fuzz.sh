#!/usr/bin/env bash
# Runs the libFuzzer harnesses (tests/fuzz) and reports, for each, executions per second and
# whether it found anything. CI runs each for 6 s in the sanitizer build; run it for hours locally:
#   scripts/fuzz.sh                        every harness, 20 s each, in build-fuzz
#   scripts/fuzz.sh -t 3600 fuzz_scene     one harness for an hour
#   scripts/fuzz.sh -b build-asan -t 20    in a build made with -DSANTEMAP_FUZZERS=ON
# build-fuzz is configured (clang-14, ASan + UBSan) and built when it does not exist yet.
# The working corpus grows in BUILD/fuzz/corpus/HARNESS (seeded from tests/fuzz/seeds/ and the
# files tests/fuzz/seeds.txt names); an input that crashes, times out or leaks a file descriptor
# is saved in BUILD/fuzz/crashes/HARNESS/: add it to tests/fuzz/regressions/HARNESS/ once fixed.
# Exit 1 when any harness failed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-fuzz seconds=20 jobs=$(nproc)
while getopts "b:t:j:" opt; do
  case $opt in
    b) build=$OPTARG ;;
    t) seconds=$OPTARG ;;
    j) jobs=$OPTARG ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
# The harnesses are those tests/fuzz/CMakeLists.txt declares with santemap_fuzzer().
mapfile -t all < <(sed -n 's/^santemap_fuzzer(\([a-z_]*\) .*/\1/p' tests/fuzz/CMakeLists.txt)
harnesses=("${@:-${all[@]}}")

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" "-DSANTEMAP_SANITIZER=address;undefined" \
    -DSANTEMAP_FUZZERS=ON -DSANTEMAP_BUILD_TESTS=OFF -DSANTEMAP_BUILD_BENCHMARKS=OFF >/dev/null
fi
grep -q '^SANTEMAP_FUZZERS:BOOL=ON' "$build/CMakeCache.txt" ||
  { echo "fuzz: $build was not configured with -DSANTEMAP_FUZZERS=ON" >&2; exit 2; }
cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]}"
build=$(cd "$build" && pwd)

dictionary_of() {
  case $1 in
    fuzz_load_csv | fuzz_listing_import) echo tests/fuzz/dict/csv.dict ;;
    fuzz_load_kml) echo tests/fuzz/dict/kml.dict ;;
    *) echo tests/fuzz/dict/json.dict ;;
  esac
}

# The harness's seeds copied into its working corpus (libFuzzer adds what it finds there).
seed_corpus() {
  local name=$1 corpus=$2
  mkdir -p "$corpus"
  if [ -d "tests/fuzz/seeds/$name" ]; then cp -f tests/fuzz/seeds/"$name"/* "$corpus"/; fi
  if [ -d "tests/fuzz/regressions/$name" ]; then cp -f tests/fuzz/regressions/"$name"/* "$corpus"/; fi
  local globs
  globs=$(awk -v h="$name" '$1 == h { $1 = ""; print }' tests/fuzz/seeds.txt)
  # shellcheck disable=SC2086
  for f in $globs; do cp -f "$f" "$corpus/$(echo "$f" | tr / _)"; done
}

run_one() {
  local name=$1 out="$build/fuzz" log
  log="$out/logs/$name.log"
  mkdir -p "$out/logs" "$out/crashes/$name" "$out/tmp"
  seed_corpus "$name" "$out/corpus/$name"
  # detect_leaks=0: GDAL and PROJ keep process-lifetime caches that LeakSanitizer reports.
  # -timeout: an input running 10 s is a hang; -rss_limit_mb: the memory guard stops at 1 GB.
  if TMPDIR="$out/tmp" ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
    -dict="$(dictionary_of "$name")" -artifact_prefix="$out/crashes/$name/" -print_final_stats=1 \
    "$out/corpus/$name" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
  fi
  local runs speed
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '%-22s %-6s %10s runs %7s exec/s  corpus %5s inputs\n' "$name" "$status" "${runs:-?}" "${speed:-?}" \
    "$(find "$out/corpus/$name" -type f | wc -l)"
  if [ "$status" = FAILED ]; then
    grep -E "ERROR|SUMMARY|fuzz:|Test unit written|==[0-9]+==" "$log" | head -20 | sed 's/^/    /'
    echo "    full log: $log"
    return 1
  fi
}
export -f run_one seed_corpus dictionary_of
export build seconds

echo "fuzz: ${#harnesses[@]} harnesses, ${seconds} s each, $jobs at a time, in $build"
printf '%s\n' "${harnesses[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'
