#!/usr/bin/env bash
# Configures and builds Wijkregie in build/release (Ninja, Release). Used by run-demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset release -DWIJKREGIE_BUILD_TESTS="${WIJKREGIE_BUILD_TESTS:-ON}" >/dev/null
cmake --build --preset release -j "$jobs"
