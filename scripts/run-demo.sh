#!/usr/bin/env bash
# Installs what is missing, builds, and opens Wijkregie on the demo municipality.
#   scripts/run-demo.sh               the small demo (8 wards)
#   scripts/run-demo.sh --size large  Amsterdam scale (110 wards, 30,000 residents)
set -euo pipefail
cd "$(dirname "$0")/.."
size=small
if [ "${1:-}" = "--size" ] && [ -n "${2:-}" ]; then
    size=$2
fi
bash scripts/install-deps.sh
WIJKREGIE_BUILD_TESTS=OFF bash scripts/build.sh
app=build/release/app/wijkregie
demo=build/demo-$size.wijkregie
if [ ! -f "$demo" ]; then
    "$app" demo "$demo" --size "$size"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Er is geen beeldscherm (DISPLAY) om het venster op te tonen." >&2
    echo "Start het programma in een grafische sessie met: $app $demo" >&2
    exit 1
fi
exec "$app" "$demo"
