#!/usr/bin/env bash
# ctest entry of the browser tests: skips (exit 77) only where node or Chromium is not installed;
# a missing `npm ci` is a set-up error and fails.
#   tests/e2e/run.sh PESMATCH_BINARY OUT_DIR [TEST_FILE]   (default page.test.mjs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
command -v node >/dev/null || { echo "e2e: SKIP: node is not installed (apt-get install nodejs npm)"; exit 77; }
[[ -x "${PESMATCH_CHROMIUM:-/usr/bin/chromium}" ]] || { echo "e2e: SKIP: Chromium is not installed (apt-get install chromium)"; exit 77; }
[[ -d "$here/node_modules/playwright-core" ]] || { echo "e2e: playwright-core missing: run (cd tests/e2e && npm ci); tools/setup.sh does it" >&2; exit 1; }
cd "$here"
exec node "${3:-page.test.mjs}" "$1" "$repo" "$2"
