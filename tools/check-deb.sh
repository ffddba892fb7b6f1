#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB, prefix /usr, Depends from dpkg-shlibdeps), checks its
# control data and contents, installs it with apt (which resolves the Depends), runs the installed
# `pesmatch --version` and removes the package again. Needs root and dpkg-dev.
#   tools/check-deb.sh [BUILD_DIR]   (default build-deb; configured here with CMAKE_INSTALL_PREFIX=/usr)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-deb}"
start=$SECONDS

# Its own build tree: the installed default paths (/usr/share/pesmatch/...) are compiled in.
# ccache, when installed, makes this second compilation of the same sources cheap.
launcher="$(command -v ccache || true)"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DPESMATCH_BUILD_TESTS=OFF -DPESMATCH_BUILD_BENCH=OFF ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher"} >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/pesmatch_*.deb)"

dpkg-deb --info "$deb"
depends="$(dpkg-deb --field "$deb" Depends)"
for lib in libxapian libhunspell libicu libstdc++6 hunspell-pl; do
  grep -q "$lib" <<<"$depends" || { echo "check-deb: Depends lacks $lib: $depends" >&2; exit 1; }
done
contents="$(dpkg-deb --contents "$deb")"
for path in ./usr/bin/pesmatch ./usr/include/pesmatch/matcher.hpp ./usr/include/pesmatch/version.hpp \
            libpesmatch.so.0 libpesmatch.a pesmatchConfig.cmake pesmatch.pc ./usr/share/pesmatch/data/model.json; do
  grep -q -- "$path" <<<"$contents" || { echo "check-deb: $deb lacks $path" >&2; exit 1; }
done

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$(realpath "$deb")" >/dev/null
trap 'apt-get remove -y -qq pesmatch >/dev/null' EXIT
/usr/bin/pesmatch --version
echo "check-deb: ok in $((SECONDS - start)) s" >&2
