#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over C++ sources, using build/release/compile_commands.json.
#   scripts/tidy.sh            the .cpp files changed against main (committed or not)
#   scripts/tidy.sh FILE...    those files
#   scripts/tidy.sh --all      every .cpp file of app/, core/ and ui/
# Exits 1 when clang-tidy reports a warning in the project's own files. Not part of scripts/test.sh: on two
# cores one file takes about 20 s of CPU time, the whole tree over half an hour.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-tidy >/dev/null || scripts/install-deps.sh --test
[ -f build/release/compile_commands.json ] || WIJKREGIE_BUILD_TESTS=ON scripts/build.sh

if [ "${1:-}" = "--all" ]; then
    mapfile -t files < <(git ls-files 'app/*.cpp' 'core/*.cpp' 'ui/*.cpp')
elif [ "$#" -gt 0 ]; then
    files=("$@")
else
    base=$(git merge-base HEAD main)
    mapfile -t files < <({ git diff --name-only --diff-filter=d "$base" -- '*.cpp'; git ls-files --others --exclude-standard -- '*.cpp'; } | grep -E '^(app|core|ui)/' | sort -u)
fi
if [ "${#files[@]}" -eq 0 ]; then
    echo "tidy: no C++ sources to check"
    exit 0
fi

jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" nice clang-tidy -p build/release --quiet >"$log" 2>/dev/null || true
if grep -E "^($(pwd)/)?(app|core|ui)/[^:]+:[0-9]+:[0-9]+: (warning|error):" "$log"; then
    echo "tidy: warnings above (${#files[@]} files checked)"
    exit 1
fi
echo "tidy: ${#files[@]} files checked, no warnings"
