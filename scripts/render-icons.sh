#!/usr/bin/env bash
# Renders resources/icons/wijkregie.svg to the committed hicolor PNGs (run after changing the SVG).
# Needs rsvg-convert (Debian: librsvg2-bin); the build itself only copies the PNGs.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" wijkregie.svg -o "png/wijkregie-$size.png"
done
