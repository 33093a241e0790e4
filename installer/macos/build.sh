#!/usr/bin/env bash
# Builds Baken's macOS app bundle and .dmg with jlink + jpackage (shared steps: installer/common.sh), for the Mac it
# runs on: Apple silicon (JavaFX mac-aarch64) or Intel (JavaFX mac).
#
#   installer/macos/build.sh VERSION
#
# Normally run by Maven:  ./mvnw -B -Pinstaller -DskipTests package   (through installer/build.sh)
# Output (under target/installer/): runtime/, input/, image/Baken.app (icon icons/baken.icns), Baken-VERSION.dmg
#
# Signing (optional): with BAKEN_MAC_SIGNING_IDENTITY set (the name in "Developer ID Application: NAME (TEAM)",
# from the keychain), jpackage signs the runtime, the launcher and the bundle with hardened runtime, ready for
# notarisation (docs/installer.md). Without it the bundle is unsigned: fine for testing, Gatekeeper warns.
set -euo pipefail
BAKEN_SCRIPT="installer/macos/build.sh"
# shellcheck source=../common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

baken_init "$@"
ICON="$ROOT/icons/baken.icns"
case "$(uname -m)" in
  arm64) CLASSIFIER="mac-aarch64" ;;
  x86_64) CLASSIFIER="mac" ;;
  *) baken_die "no JavaFX for macOS on $(uname -m)" ;;
esac
# macOS refuses a bundle version whose first number is 0 (jpackage: "The first number in an app-version cannot be
# zero or negative"). While Baken is 0.x, the bundle says 1.MINOR.PATCH; a .dmg is installed by dragging the app,
# and nothing compares bundle versions then. Remove this when Baken reaches 1.0.
MAC_VERSION="$APP_VERSION"
if [[ "$MAC_VERSION" == 0 || "$MAC_VERSION" == 0.* ]]; then
  MAC_VERSION="1${MAC_VERSION#0}"
  baken_note "note: bundle version $MAC_VERSION for $APP_VERSION (macOS needs a first number above 0)"
fi
SIGN=()
if [[ -n "${BAKEN_MAC_SIGNING_IDENTITY:-}" ]]; then
  SIGN=(--mac-sign --mac-signing-key-user-name "$BAKEN_MAC_SIGNING_IDENTITY")
fi
rm -f "$OUT"/*.dmg

baken_runtime "$CLASSIFIER"
BAKEN_APP_IMAGE_VERSION="$MAC_VERSION" baken_app_image "$ICON" \
  --mac-package-identifier nl.baken.app \
  --mac-package-name "$NAME" \
  ${SIGN[@]+"${SIGN[@]}"}

baken_note "jpackage .dmg"
t0="$(baken_seconds)"
jpackage --type dmg \
  --dest "$OUT" \
  --temp "$OUT/jpackage-tmp" \
  --app-image "$OUT/image/$NAME.app" \
  --name "$NAME" \
  --app-version "$MAC_VERSION" \
  --vendor "$VENDOR" \
  --description "$DESCRIPTION" \
  ${SIGN[@]+"${SIGN[@]}"}
rm -rf "$OUT/jpackage-tmp"
t_dmg="$(baken_elapsed "$t0")"

shopt -s nullglob
dmgs=("$OUT"/*.dmg)
shopt -u nullglob
[[ ${#dmgs[@]} -eq 1 ]] || baken_die "expected one .dmg in $OUT, found ${#dmgs[@]}"

echo
baken_note "done (jlink ${T_JLINK} s, app image ${T_IMAGE} s, dmg ${t_dmg} s)"
echo "  app       $(du -sh "$OUT/image/$NAME.app" | cut -f1)  $OUT/image/$NAME.app"
echo "  dmg       $(du -h "${dmgs[0]}" | cut -f1)  ${dmgs[0]}"
