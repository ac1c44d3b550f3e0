#!/usr/bin/env bash
# Configures and builds Wijkregie (Ninja, Release). Used by run-demo.sh and test.sh.
#   WIJKREGIE_PRESET=clang-release scripts/build.sh    builds with Clang in build/clang-release
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${WIJKREGIE_PRESET:-release}
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" -DWIJKREGIE_BUILD_TESTS="${WIJKREGIE_BUILD_TESTS:-ON}" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
