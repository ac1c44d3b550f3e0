#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate). Translate new entries afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete app core ui -ts translations/wijkregie_nl.ts translations/wijkregie_en.ts
