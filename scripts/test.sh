#!/usr/bin/env bash
# Builds SantéMap and runs every test: the normal build, then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer (clang) followed by the fuzz harnesses, then the
# code that runs on several threads under ThreadSanitizer. Starts the PostGIS server the tests use.
#   scripts/test.sh                everything
#   SANITIZERS=0 scripts/test.sh   the normal build only (faster, local use)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
# Each phase's duration, so that a slow CI run shows where its time went.
phase_start=$(date +%s)
phase() {
  local now
  now=$(date +%s)
  echo "== test.sh: $1 took $((now - phase_start)) s" >&2
  phase_start=$now
}

run_suite() {
  local build=$1; shift
  cmake -S . -B "$build" -DSANTEMAP_WERROR=ON "$@" >/dev/null
  cmake --build "$build" -j"$jobs"
  phase "building $build"
  scripts/pg-test-server.sh start "$build"
  trap "scripts/pg-test-server.sh forget '$build'" EXIT
  # shellcheck disable=SC1091
  source "$build/pg/env"
  # GL tests render offscreen with Mesa's software renderer: identical pixels on every machine.
  (cd "$build" && LIBGL_ALWAYS_SOFTWARE=1 ctest -j"$jobs" --output-on-failure ${skip:+-E "$skip"})
  phase "the tests of $build"
  scripts/pg-test-server.sh forget "$build"
  trap - EXIT
}

run_suite build -DCMAKE_BUILD_TYPE=Release
if [ "${SANITIZERS:-1}" != "0" ]; then
  # Sanitizer builds at -O1 with line tables only (-g1): what the sanitizers recommend, and they
  # compile in half the time of -O2 -g while their reports still name file and line.
  sanitized=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DSANTEMAP_BUILD_BENCHMARKS=OFF)
  # AddressSanitizer + UndefinedBehaviorSanitizer (float-cast-overflow included) built with clang:
  # libFuzzer is part of it, so the fuzz harnesses are built in the same tree, every library
  # instrumented for coverage, and each runs FUZZ_SECONDS (6) after the tests (tests/fuzz, README).
  # detect_leaks=0: GDAL and PROJ keep process-lifetime caches that LeakSanitizer reports.
  # Left out of this second run only (the plain build runs them; together about 290 s of the
  # sanitizer run): the data pack remade by its Python script and the fresh clone (data_tests),
  # every catalogue layer in every GDAL format, a whole département's atlas, every subcommand with a
  # planted password, tables of refused command lines (stage, atlas, access), the QR codes of four
  # sheets, random points against GDAL — each repeats, many times over, code that smaller tests
  # also run here — and two that measure what the sanitizers change: the memory a large file takes
  # (their shadow memory) and a save killed on a timer.
  skip='^(data_tests|Export\.EveryCatalogueLayerInEveryFormat|Atlas\.ADepartement.*|PostGisConnection\.NoSubcommandEverPrintsAPlantedPassword|Stage\.UnknownCodesAndBadValuesAreRefusedWithWhy|Atlas\.BadRequestsAreRefusedWithWhyAndWriteNothing|AccessCli\.TheWhatIfOfTheIssueAndItsErrors|TakeAway\.TheQrCodeHoldsTheFirstPublicContactInOrder|Pick\.CommunesContainingRandomPointsMatchGdal|Load\.InfoStreamsLargeFilesWithBoundedMemory|ListingsCli\.KillDuringSaveLosesNothingSavedBefore)$' \
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
    run_suite build-asan "${sanitized[@]}" -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    "-DSANTEMAP_SANITIZER=address;undefined" -DSANTEMAP_FUZZERS=ON
  scripts/fuzz.sh -b build-asan -t "${FUZZ_SECONDS:-6}"
  phase "fuzzing"
  # ThreadSanitizer on the tests that exercise threads only: the pipeline's workers, the scene
  # loader, layers added while others load (tests/threads). Suppressions cover GDAL's own code.
  cmake -S . -B build-tsan "${sanitized[@]}" -DSANTEMAP_SANITIZER=thread >/dev/null
  cmake --build build-tsan -j"$jobs" --target thread_tests
  phase "building build-tsan"
  (cd build-tsan && LIBGL_ALWAYS_SOFTWARE=1 \
    TSAN_OPTIONS="halt_on_error=1 suppressions=$(pwd)/../tests/threads/tsan.supp" \
    ctest -R '^thread_tests$' --output-on-failure)
  phase "the thread tests under ThreadSanitizer"
fi
