#!/usr/bin/env bash
# Installs the Debian 12 packages Wijkregie needs to build, run and test.
# Only what is missing is installed; running it twice is harmless.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev catch2 sqlite3 libsqlite3-dev
    fonts-dejavu-core
    libxlsxwriter-dev libqt6sql6-psql
)
if [ "${1:-}" = "--test" ]; then
    # Real tools the tests check with: PDF/A validator (PDFBox Preflight; it needs javax.activation and jaxb-api),
    # XLSX and iCalendar parsers, the AT-SPI accessibility tree, a throw-away PostgreSQL server, the Debian package
    # checker (and what CPack needs to build the .deb: dpkg-shlibdeps, file), the desktop-entry and AppStream
    # validators, a second compiler and clang-tidy (the test command runs its checks), compiler caching.
    packages+=(
        xvfb xauth poppler-utils python3 imagemagick
        libpdfbox2-java libactivation-java libjaxb-api-java default-jre-headless
        python3-openpyxl python3-icalendar
        at-spi2-core python3-pyatspi dbus-x11
        postgresql
        lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin dpkg-dev file man-db
        clang clang-tidy
    )
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
# As root (a fresh Debian has no sudo) apt-get runs directly; any other user goes through sudo.
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "Run this as root, or install sudo: apt-get needs root to install ${missing[*]}" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
