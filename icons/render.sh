#!/usr/bin/env bash
# Regenerates the app icon PNGs from icons/baken.svg (16 px: icons/baken-small.svg) and copies the sizes the app loads at runtime
# (/icons/baken-NN.png on the classpath) into src/main/resources/icons/, then icons/baken.icns and icons/baken.ico
# for the macOS and Windows installers (icons/PackageIcons.java, JDK only).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render.sh: rsvg-convert not found; install it with: apt-get install librsvg2-bin" >&2
  exit 1
fi
# 16 px comes from a variant drawn on the 16-pixel grid; every other size from baken.svg.
rsvg-convert --width 16 --height 16 --output "$here/baken-16.png" "$here/baken-small.svg"
for size in 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    --output "$here/baken-$size.png" "$here/baken.svg"
done
runtime="$root/src/main/resources/icons"
mkdir -p "$runtime"
for size in 16 32 48 64 128 256; do
  cp "$here/baken-$size.png" "$runtime/baken-$size.png"
done
# The installers' icon files hold the same PNGs: baken.icns (macOS) and baken.ico (Windows).
(cd "$root" && java icons/PackageIcons.java icons)
echo "render.sh: wrote icons/baken-{16,24,32,48,64,128,256,512}.png and src/main/resources/icons/baken-{16,32,48,64,128,256}.png, icons/baken.icns and icons/baken.ico"
