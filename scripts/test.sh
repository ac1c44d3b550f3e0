#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. ctest's summary is the last output.
#   bash scripts/test.sh            with GCC (g++), in build/release
#   bash scripts/test.sh --clang    with Clang (clang++), in build/clang-release; CXX=clang++ does the same
# As root it installs packages with apt-get directly; as another user through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=release
case "${1:-}" in
    --clang) preset=clang-release ;;
    --gcc | "") ;;
    *)
        echo "usage: scripts/test.sh [--gcc|--clang]" >&2
        exit 2
        ;;
esac
if [ "${1:-}" = "" ] && [ "$(basename "${CXX:-g++}")" = "clang++" ]; then
    preset=clang-release
fi
bash scripts/install-deps.sh --test
WIJKREGIE_PRESET=$preset WIJKREGIE_BUILD_TESTS=ON bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
exec ctest --preset "$preset" --no-tests=error --timeout 600 -j "$(nproc 2>/dev/null || echo 2)"
