#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over the sources of geo/, render/ and app/, or the files given,
# with the compile commands of a build folder. Not part of CI: it takes minutes.
#   scripts/tidy.sh [BUILD_DIR] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
[ -f "$build/compile_commands.json" ] || cmake -S . -B "$build" >/dev/null
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files 'geo/*.cpp' 'render/*.cpp' 'app/*.cpp')
fi
tidy=$(command -v clang-tidy || command -v clang-tidy-14)
status=0
for f in "${files[@]}"; do
  # GCC's own warning flags (-Wno-restrict) are unknown to clang: not worth a report.
  "$tidy" -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option "$f" 2>/dev/null || status=1
done
exit $status
