#!/usr/bin/env bash
# Builds Baken's Windows app image and .msi with jlink + jpackage (shared steps: installer/common.sh). Runs in Git
# Bash on Windows; jpackage needs the WiX Toolset 3 (candle.exe, light.exe) on PATH.
#
#   installer/windows/build.sh VERSION
#
# Normally run by Maven:  ./mvnw -B -Pinstaller -DskipTests package   (through installer/build.sh)
# Output (under target/installer/): runtime/, input/, image/Baken/ (Baken.exe starts the app), Baken-VERSION.msi
#
# The .msi installs per user, without administrator rights, into %LOCALAPPDATA%\Baken, with a Start-menu entry
# (icon icons/baken.ico) in the group "Baken". Its upgrade code is fixed (below), so Windows treats every Baken .msi
# as the same product: installing a newer one replaces the older one. Uninstalling removes only what the .msi
# installed: the data directory (%APPDATA%\Baken, see docs/installer.md) is not part of it and stays.
set -euo pipefail
BAKEN_SCRIPT="installer/windows/build.sh"
# shellcheck source=../common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

# NEVER CHANGE: the MSI upgrade code that makes a new Baken .msi replace the installed one. A new code would install
# a second Baken next to the first.
UPGRADE_UUID="a775f105-c055-4c6b-b942-d6461ed49c6d"

baken_init "$@"
baken_need candle.exe "install the WiX Toolset 3 (e.g. choco install wixtoolset) and put its bin folder on PATH"
baken_need light.exe "install the WiX Toolset 3 (e.g. choco install wixtoolset) and put its bin folder on PATH"
ICON="$ROOT/icons/baken.ico"
rm -f "$OUT"/*.msi

baken_runtime win
baken_app_image "$ICON"

baken_note "jpackage .msi"
t0="$(baken_seconds)"
jpackage --type msi \
  --dest "$(baken_path "$OUT")" \
  --temp "$(baken_path "$OUT/jpackage-tmp")" \
  --app-image "$(baken_path "$OUT/image/$NAME")" \
  --name "$NAME" \
  --app-version "$APP_VERSION" \
  --vendor "$VENDOR" \
  --description "$DESCRIPTION" \
  --win-per-user-install \
  --win-menu \
  --win-menu-group "$NAME" \
  --win-upgrade-uuid "$UPGRADE_UUID"
rm -rf "$OUT/jpackage-tmp"
t_msi="$(baken_elapsed "$t0")"

shopt -s nullglob
msis=("$OUT"/*.msi)
shopt -u nullglob
[[ ${#msis[@]} -eq 1 ]] || baken_die "expected one .msi in $OUT, found ${#msis[@]}"

echo
baken_note "done (jlink ${T_JLINK} s, app image ${T_IMAGE} s, msi ${t_msi} s)"
echo "  app image $(du -sh "$OUT/image/$NAME" | cut -f1)  $OUT/image/$NAME   (start: $NAME.exe)"
echo "  msi       $(du -h "${msis[0]}" | cut -f1)  ${msis[0]}"
