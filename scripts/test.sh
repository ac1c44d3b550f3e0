#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. ctest's summary is the last output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
WIJKREGIE_BUILD_TESTS=ON scripts/build.sh
export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir build/release --output-on-failure --timeout 600 -j "$(nproc 2>/dev/null || echo 2)"
