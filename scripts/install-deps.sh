#!/usr/bin/env bash
# Installs every package SantéMap needs to build, run and test, from Debian 12's archive.
# Idempotent: packages already present are left as they are. Needs root (or sudo).
set -euo pipefail

packages=(
  # build
  cmake g++ pkg-config python3
  libgdal-dev libproj-dev libglfw3-dev libimgui-dev libepoxy-dev libstb-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev fonts-dejavu-core
  # the take-away sheet: PDF and PNG through cairo (FreeType for the app's font), QR codes
  libcairo2-dev libfreetype-dev libqrencode-dev
  # tests: GDAL and PROJ command-line oracles, headless GL, a PostGIS server
  gdal-bin proj-bin xvfb xauth libgl1-mesa-dri libegl1 postgresql-15-postgis-3 git clang-format zip unzip
  # the take-away sheet's oracles: pdfinfo and pdftotext, zbarimg to read the QR code back
  poppler-utils zbar-tools
  # the sanitizer build and the fuzz harnesses (libFuzzer comes with clang)
  clang-14 libfuzzer-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
