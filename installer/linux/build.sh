#!/usr/bin/env bash
# Builds Baken's Linux app image and .deb with jlink + jpackage (shared steps: installer/common.sh).
#
#   installer/linux/build.sh VERSION
#
# Normally run by Maven:  ./mvnw -B -Pinstaller -DskipTests package   (through installer/build.sh)
# Output (all under target/installer/, removed and rebuilt on every run):
#   runtime/        the jlinked Java runtime (Java 17 + JavaFX modules)
#   input/          what jpackage copies into the app: only baken.jar (without JavaFX: the runtime has it)
#   image/Baken/    the app image (bin/Baken starts the app)
#   baken_VERSION_ARCH.deb
set -euo pipefail
BAKEN_SCRIPT="installer/linux/build.sh"
# shellcheck source=../common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

baken_init "$@"
baken_need fakeroot "install it with: sudo apt-get install fakeroot"
baken_need dpkg-deb "install it with: sudo apt-get install dpkg"
JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")"
[[ -f "$JAVA_HOME_DIR/jmods/java.base.jmod" ]] \
  || baken_die "no JDK jmods in $JAVA_HOME_DIR/jmods; install them with: sudo apt-get install openjdk-17-jdk-headless"
[[ "$(uname -m)" == "x86_64" ]] || baken_die "Baken's Linux build copies JavaFX for x86_64 only (uname -m: $(uname -m))"

PACKAGE_NAME="baken"
ICON="$ROOT/icons/baken-256.png"
# jpackage resource overrides. Baken.desktop replaces jpackage's desktop-entry template (same tokens) to add
# StartupWMClass (JavaFX names the window class after the Application class), so docks and task bars match the
# window to the menu entry and its icon. baken-cli.desktop does the same for the command line's launcher, which
# jpackage 17 gives a menu entry despite linux-shortcut=false: NoDisplay=true keeps it out of every menu.
# postinst/prerm replace jpackage's maintainer scripts so that a system without a desktop-menu directory
# (xdg-desktop-menu fails there) still installs and removes cleanly; they assume jpackage's default install
# directory /opt/baken, so do not pass --install-dir without changing them.
RESOURCES="$ROOT/installer/linux"
for f in Baken.desktop baken-cli.desktop postinst prerm; do
  [[ -f "$RESOURCES/$f" ]] || baken_die "$RESOURCES/$f is missing (jpackage resource override)"
done
rm -f "$OUT"/*.deb

baken_runtime linux
# Class-data sharing (docs/performance.md, "Start-up"): a jlinked runtime has no CDS archive, not even the JDK's, so
# every class of every start is parsed and verified again. On Java 17 an archive is bound to the jar's path, so the
# package carries the list of classes (made here) and postinst dumps the archive where the jar is installed. A missing
# or refused archive must cost only time: -Xshare:auto, and no CDS messages, which would land on the command line's
# stdout. The same options go into the training run below, where the archive does not exist yet.
# shellcheck disable=SC2016 # $APPDIR is jpackage's token for the app folder, expanded by the launcher
# The class-data sharing archive (made by postinst) for both launchers: the desktop app's options here, the command
# line's through its properties file.
BAKEN_CLI_EXTRA_OPTIONS='-Xshare:auto -XX:SharedArchiveFile=$APPDIR/baken.jsa -Xlog:cds=off -Xlog:cds+dynamic=off'
baken_app_image "$ICON" --java-options '-Xshare:auto' --java-options '-XX:SharedArchiveFile=$APPDIR/baken.jsa' \
  --java-options '-Xlog:cds=off' --java-options '-Xlog:cds+dynamic=off'
baken_class_list "$OUT/image/$NAME/bin/$CLI_LAUNCHER" "$OUT/image/$NAME/lib/app/baken.classlist"

baken_note "jpackage .deb"
t0="$(baken_seconds)"
jpackage --type deb \
  --dest "$OUT" \
  --temp "$OUT/jpackage-tmp" \
  --app-image "$OUT/image/$NAME" \
  --name "$NAME" \
  --app-version "$APP_VERSION" \
  --vendor "$VENDOR" \
  --description "$DESCRIPTION" \
  --icon "$ICON" \
  --resource-dir "$RESOURCES" \
  --linux-package-name "$PACKAGE_NAME" \
  --linux-package-deps libgtk-3-0 \
  --linux-shortcut \
  --linux-menu-group "Office" \
  --linux-app-category utils
rm -rf "$OUT/jpackage-tmp"
t_deb="$(baken_elapsed "$t0")"

shopt -s nullglob
debs=("$OUT"/*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || baken_die "expected one .deb in $OUT, found ${#debs[@]}"

echo
baken_note "done (jlink ${T_JLINK} s, app image ${T_IMAGE} s, deb ${t_deb} s)"
echo "  runtime   $(du -sh "$OUT/runtime" | cut -f1)  $OUT/runtime"
echo "  app image $(du -sh "$OUT/image/$NAME" | cut -f1)  $OUT/image/$NAME   (start: bin/$NAME)"
echo "  deb       $(du -h "${debs[0]}" | cut -f1)  ${debs[0]}"
