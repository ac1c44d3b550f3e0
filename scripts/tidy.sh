#!/usr/bin/env bash
# Runs clang-tidy over C++ sources, using a build directory's compile_commands.json.
#   scripts/tidy.sh                   the .cpp files changed against main (committed or not), every check of .clang-tidy
#   scripts/tidy.sh FILE...           those files, every check of .clang-tidy
#   scripts/tidy.sh --all             every .cpp file of app/, core/ and ui/, every check (over half an hour on 2 cores)
#   scripts/tidy.sh --gate [BUILD]    what the test command runs (ctest entry "clang_tidy"): the bug-finding checks
#                                     (bugprone-*, performance-*) over every .cpp file of core/ and app/ that BUILD
#                                     (build/release) compiles; about 5 minutes on 2 cores
# Exits 1 when clang-tidy reports a warning in the project's own files.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
checks=()
if [ "${1:-}" = "--gate" ]; then
    build="${2:-build/release}"
    checks=(--checks='-*,bugprone-*,-bugprone-easily-swappable-parameters,-bugprone-narrowing-conversions,performance-*')
    [ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json" >&2; exit 2; }
    command -v clang-tidy >/dev/null || { echo "tidy: clang-tidy is missing (scripts/install-deps.sh --test)" >&2; exit 2; }
    mapfile -t files < <(python3 -c '
import json, os, sys
root = os.getcwd() + "/"
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    relative = path[len(root):] if path.startswith(root) else ""
    if relative.startswith(("core/", "app/")) and relative.endswith(".cpp"):
        print(relative)
' "$build/compile_commands.json" | sort -u)
else
    command -v clang-tidy >/dev/null || scripts/install-deps.sh --test
    [ -f "$build/compile_commands.json" ] || WIJKREGIE_BUILD_TESTS=ON scripts/build.sh
    if [ "${1:-}" = "--all" ]; then
        mapfile -t files < <(git ls-files 'app/*.cpp' 'core/*.cpp' 'ui/*.cpp')
    elif [ "$#" -gt 0 ]; then
        files=("$@")
    else
        base=$(git merge-base HEAD main)
        mapfile -t files < <({ git diff --name-only --diff-filter=d "$base" -- '*.cpp'; git ls-files --others --exclude-standard -- '*.cpp'; } | grep -E '^(app|core|ui)/' | sort -u)
    fi
fi
if [ "${#files[@]}" -eq 0 ]; then
    echo "tidy: no C++ sources to check"
    exit 0
fi

jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" nice clang-tidy -p "$build" "${checks[@]}" --quiet >"$log" 2>/dev/null || true
if grep -E "^($(pwd)/)?(app|core|ui)/[^:]+:[0-9]+:[0-9]+: (warning|error):" "$log"; then
    echo "tidy: warnings above (${#files[@]} files checked)"
    exit 1
fi
echo "tidy: ${#files[@]} files checked, no warnings"
