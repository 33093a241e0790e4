#!/usr/bin/env bash
# Builds Baken's Linux app image and .deb with jlink + jpackage.
#
#   installer/build-linux.sh VERSION
#
# Normally run by Maven:  ./mvnw -B -Pinstaller -DskipTests package
# which first builds target/baken.jar and copies the JavaFX linux jars to target/installer/javafx.
#
# Output (all under target/installer/, removed and rebuilt on every run):
#   runtime/        the jlinked Java runtime (Java 17 + JavaFX modules)
#   input/          what jpackage copies into the app: only baken.jar
#   image/Baken/    the app image (bin/Baken starts the app)
#   baken_VERSION_ARCH.deb
# target/installer/javafx/ belongs to Maven and is left alone.
set -euo pipefail

die() {
  echo "build-linux.sh: $*" >&2
  exit 1
}

[[ $# -eq 1 && -n "$1" ]] || die "usage: installer/build-linux.sh VERSION   (e.g. 0.1.0)"
VERSION="$1"

# jpackage wants a purely numeric version (1 to 3 dot-separated numbers for .deb as well as the image).
APP_VERSION="${VERSION%%-*}"
if [[ ! "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  die "version '$VERSION' does not start with a numeric version like 1.2.3"
fi
if [[ "$APP_VERSION" != "$VERSION" ]]; then
  echo "build-linux.sh: note: packaging version $APP_VERSION (from $VERSION; jpackage accepts numbers only)"
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$ROOT/target"
OUT="$TARGET/installer"
JAR="$TARGET/baken.jar"
JAVAFX_DIR="$OUT/javafx"
ICON="$ROOT/icons/baken-256.png"
# jpackage resource overrides. Baken.desktop replaces jpackage's desktop-entry template (same tokens) to add
# StartupWMClass (JavaFX names the window class after the Application class), so docks and task bars match the
# window to the menu entry and its icon. postinst/prerm replace jpackage's maintainer scripts so that a system
# without a desktop-menu directory (xdg-desktop-menu fails there) still installs and removes cleanly; they assume
# jpackage's default install directory /opt/baken, so do not pass --install-dir without changing them.
RESOURCES="$ROOT/installer/linux"

NAME="Baken"
PACKAGE_NAME="baken"
MAIN_CLASS="nl.baken.app.Launcher"
# JVM options of the launcher: pom.xml's app.jvm.options (ZGC keeps garbage-collection pauses out of the FX
# thread's frames), passed in by the installer profile; the same default when the script is run by hand.
JAVA_OPTIONS="${BAKEN_JAVA_OPTIONS:--XX:+UseZGC}"
# No hsperfdata file in /tmp: it holds the JVM's command line, readable by other accounts (issue 12).
PRIVACY_OPTIONS="-XX:-UsePerfData"
VENDOR="Baken"
DESCRIPTION="Offline, encrypted intake assistant for first contact with possible victims of human trafficking."

# Modules for the runtime. The app runs on the class path (not modular), so jlink cannot work this out by
# itself. Basis: STACK.md "Packaging", plus `jdeps --ignore-missing-deps --print-module-deps target/baken.jar`:
#   javafx.controls, javafx.swing       UI (javafx.swing pulls in jdk.unsupported.desktop)
#   java.sql, java.naming, java.xml      H2, Flyway, jOOQ; logback (JNDI lookups, XML config); PDFBox, Jackson
#   java.desktop                         PDFBox (java.awt.*, javax.imageio), java.beans (Jackson), JavaFX/Swing
#   java.management, java.logging        H2, logback, Bouncy Castle, commons-logging (PDFBox)
#   java.scripting, java.compiler,       H2 (script triggers, Java-source functions, profiler, socket options),
#   java.instrument, jdk.net             jOOQ (Reflect.compile); referenced, so kept to avoid late NoClassDefFound
#   jdk.jfr                              JavaFX (optional JFR pulse events)
#   jdk.unsupported                      sun.misc.Unsafe (JavaFX, H2, ...)
#   jdk.localedata                       Dutch, Polish, Romanian, ... date and number formats
#   jdk.crypto.ec                        EC algorithms for the JCA providers
#   jdk.zipfs                            zip file system (jar/zip resources via FileSystems)
MODULES="javafx.controls,javafx.swing,java.sql,java.desktop,java.naming,java.management,java.logging,java.xml"
MODULES+=",java.scripting,java.compiler,java.instrument,jdk.net,jdk.jfr"
MODULES+=",jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs"

# --- prerequisites ------------------------------------------------------------------------------------------
need() { # command, Debian package that provides it
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found; install it with: sudo apt-get install $2"
}
need jlink openjdk-17-jdk-headless
need jpackage openjdk-17-jdk-headless
need fakeroot fakeroot
need dpkg-deb dpkg

java_major="$(jlink --version | cut -d. -f1)"
[[ "$java_major" == "17" ]] || echo "build-linux.sh: warning: jlink is version $(jlink --version), Baken targets Java 17"

JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")"
[[ -f "$JAVA_HOME_DIR/jmods/java.base.jmod" ]] \
  || die "no JDK jmods in $JAVA_HOME_DIR/jmods; install them with: sudo apt-get install openjdk-17-jdk-headless"

[[ -f "$JAR" ]] || die "$JAR is missing; build it first: ./mvnw -B -Pinstaller -DskipTests package"
[[ -f "$ICON" ]] || die "$ICON is missing; regenerate the icons: icons/render.sh"
for f in Baken.desktop postinst prerm; do
  [[ -f "$RESOURCES/$f" ]] || die "$RESOURCES/$f is missing (jpackage resource override)"
done
shopt -s nullglob
javafx_jars=("$JAVAFX_DIR"/javafx-*-linux.jar)
shopt -u nullglob
[[ ${#javafx_jars[@]} -gt 0 ]] \
  || die "no javafx-*-linux.jar in $JAVAFX_DIR; run through Maven: ./mvnw -B -Pinstaller -DskipTests package"
MODULE_PATH="$(IFS=:; echo "${javafx_jars[*]}")"

# --- clean our own output (not target/installer/javafx, which Maven fills) ---------------------------------
rm -rf "$OUT/runtime" "$OUT/input" "$OUT/image" "$OUT/jpackage-tmp"
rm -f "$OUT"/*.deb
mkdir -p "$OUT"

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

# --- 1. runtime -----------------------------------------------------------------------------------------------
echo "build-linux.sh: jlink runtime with $MODULES"
t0="$(seconds)"
jlink \
  --module-path "$MODULE_PATH" \
  --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$OUT/runtime"
t_jlink="$(elapsed "$t0")"

# --- 2. app image ---------------------------------------------------------------------------------------------
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/baken.jar"

echo "build-linux.sh: jpackage app image"
t0="$(seconds)"
jpackage --type app-image \
  --dest "$OUT/image" \
  --name "$NAME" \
  --app-version "$APP_VERSION" \
  --vendor "$VENDOR" \
  --description "$DESCRIPTION" \
  --icon "$ICON" \
  --runtime-image "$OUT/runtime" \
  --input "$OUT/input" \
  --main-jar baken.jar \
  --main-class "$MAIN_CLASS" \
  --java-options "$JAVA_OPTIONS" \
  --java-options "$PRIVACY_OPTIONS"
t_image="$(elapsed "$t0")"

# --- 3. .deb --------------------------------------------------------------------------------------------------
echo "build-linux.sh: jpackage .deb"
t0="$(seconds)"
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
t_deb="$(elapsed "$t0")"

shopt -s nullglob
debs=("$OUT"/*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || die "expected one .deb in $OUT, found ${#debs[@]}"

# --- summary --------------------------------------------------------------------------------------------------
echo
echo "build-linux.sh: done (jlink ${t_jlink} s, app image ${t_image} s, deb ${t_deb} s)"
echo "  runtime   $(du -sh "$OUT/runtime" | cut -f1)  $OUT/runtime"
echo "  app image $(du -sh "$OUT/image/$NAME" | cut -f1)  $OUT/image/$NAME   (start: bin/$NAME)"
echo "  deb       $(du -h "${debs[0]}" | cut -f1)  ${debs[0]}"
