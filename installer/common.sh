#!/usr/bin/env bash
# What every OS's installer build shares: names, the runtime's modules, jlink's and the launcher's options, and the
# steps runtime + app image. Sourced by installer/linux/build.sh, installer/windows/build.sh and
# installer/macos/build.sh (each adds only its own package type); never run by itself.
#
# Inputs from Maven (./mvnw -B -Pinstaller package): target/baken-without-javafx.jar (the app without JavaFX: the
# runtime brings JavaFX as modules) and target/javafx/CLASSIFIER/javafx-*.jar (JavaFX's per-OS jars for jlink).
# Output: target/installer/ (runtime/, input/, image/ and the package), removed and rebuilt on every run.

baken_die() {
  echo "${BAKEN_SCRIPT:-installer}: $*" >&2
  exit 1
}

baken_note() {
  echo "${BAKEN_SCRIPT:-installer}: $*"
}

NAME="Baken"
VENDOR="Baken"
DESCRIPTION="Offline, encrypted intake assistant for first contact with possible victims of human trafficking."
MAIN_CLASS="nl.baken.Launcher"
# JVM options of the launcher: pom.xml's app.jvm.options (G1, its heap kept small by the app: ADR 0020), passed in
# by the installer profile; the same default when a script is run by hand.
JAVA_OPTIONS="${BAKEN_JAVA_OPTIONS:--XX:+UseG1GC}"
# No hsperfdata file in /tmp: it would hold the command line where other accounts can read it.
PRIVACY_OPTIONS="-XX:-UsePerfData"

# Modules for the runtime. The app runs on the class path (not modular), so jlink cannot work this out by
# itself. Basis: STACK.md "Packaging", plus `jdeps --ignore-missing-deps --print-module-deps target/baken.jar`:
#   javafx.controls, javafx.swing       UI (javafx.swing pulls in jdk.unsupported.desktop)
#   java.sql, java.naming, java.xml      H2, Flyway, jOOQ; logback (JNDI lookups, XML config); PDFBox, Jackson
#   java.desktop                         PDFBox (java.awt.*, javax.imageio), java.beans (Jackson), JavaFX/Swing
#   java.management, java.logging        H2, logback, Bouncy Castle, commons-logging (PDFBox)
#   jdk.management                       the app's heap ratios (com.sun.management, app.HeapFootprint: ADR 0020)
#   java.scripting, java.compiler,       H2 (script triggers, Java-source functions, profiler, socket options),
#   java.instrument, jdk.net             jOOQ (Reflect.compile); referenced, so kept to avoid late NoClassDefFound
#   jdk.jfr                              JavaFX (optional JFR pulse events)
#   jdk.unsupported                      sun.misc.Unsafe (JavaFX, H2, ...)
#   jdk.localedata                       Dutch, Polish, Romanian, ... date and number formats
#   jdk.crypto.ec                        EC algorithms for the JCA providers
#   jdk.zipfs                            zip file system (jar/zip resources via FileSystems)
MODULES="javafx.controls,javafx.swing,java.sql,java.desktop,java.naming,java.management,java.logging,java.xml"
MODULES+=",jdk.management,java.scripting,java.compiler,java.instrument,jdk.net,jdk.jfr"
MODULES+=",jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
JLINK_OPTIONS=(--strip-debug --no-header-files --no-man-pages --compress=2)

# On Windows (Git Bash) jlink and jpackage are Windows programs: they get Windows paths and ';' between them.
if command -v cygpath >/dev/null 2>&1; then
  baken_path() { cygpath -w "$1"; }
  PATH_SEPARATOR=";"
else
  baken_path() { printf '%s' "$1"; }
  PATH_SEPARATOR=":"
fi

baken_need() { # command, how to get it
  command -v "$1" >/dev/null 2>&1 || baken_die "'$1' not found; $2"
}

baken_seconds() { date +%s.%N 2>/dev/null || date +%s; }
baken_elapsed() { awk -v a="$1" -v b="$(baken_seconds)" 'BEGIN { printf "%.1f", b - a }'; }

# baken_init VERSION: checks the JDK tools and Maven's inputs; sets ROOT, TARGET, OUT, APP_VERSION.
baken_init() {
  [[ $# -eq 1 && -n "$1" ]] || baken_die "usage: $BAKEN_SCRIPT VERSION   (e.g. 0.1.0)"
  VERSION="$1"
  # jpackage wants a purely numeric version (1 to 3 dot-separated numbers).
  APP_VERSION="${VERSION%%-*}"
  if [[ ! "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    baken_die "version '$VERSION' does not start with a numeric version like 1.2.3"
  fi
  if [[ "$APP_VERSION" != "$VERSION" ]]; then
    baken_note "note: packaging version $APP_VERSION (from $VERSION; jpackage accepts numbers only)"
  fi
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  TARGET="$ROOT/target"
  OUT="$TARGET/installer"
  APP_JAR="$TARGET/baken-without-javafx.jar"

  baken_need jlink "install a JDK 17 (Debian: sudo apt-get install openjdk-17-jdk-headless)"
  baken_need jpackage "install a JDK 17 (Debian: sudo apt-get install openjdk-17-jdk-headless)"
  local major
  major="$(jlink --version | cut -d. -f1)"
  [[ "$major" == "17" ]] || baken_note "warning: jlink is version $(jlink --version), Baken targets Java 17"
  [[ -f "$APP_JAR" ]] || baken_die "$APP_JAR is missing; build it first: ./mvnw -B -Pinstaller -DskipTests package"

  rm -rf "$OUT/runtime" "$OUT/input" "$OUT/image" "$OUT/jpackage-tmp"
  mkdir -p "$OUT"
}

# baken_runtime CLASSIFIER: jlinks Java 17 + JavaFX (from target/javafx/CLASSIFIER) into $OUT/runtime.
baken_runtime() {
  local dir="$TARGET/javafx/$1" jars=() f module_path=""
  shopt -s nullglob
  jars=("$dir"/javafx-*.jar)
  shopt -u nullglob
  [[ ${#jars[@]} -gt 0 ]] || baken_die "no javafx-*.jar in $dir; run through Maven: ./mvnw -B -Pinstaller -DskipTests package"
  for f in "${jars[@]}"; do
    module_path+="${module_path:+$PATH_SEPARATOR}$(baken_path "$f")"
  done
  baken_note "jlink runtime ($1) with $MODULES"
  local t0
  t0="$(baken_seconds)"
  jlink --module-path "$module_path" --add-modules "$MODULES" "${JLINK_OPTIONS[@]}" \
    --output "$(baken_path "$OUT/runtime")"
  T_JLINK="$(baken_elapsed "$t0")"
}

# The command line's own launcher, bin/baken-cli (Windows: baken-cli.exe with a console, which the desktop
# launcher lacks, so the command line printed nothing there). Same main class, which takes arguments as the command
# line; its JVM runs the C1 compiler only (-XX:TieredStopAtLevel=1): a command runs for seconds, where C2's
# compiling costs more than it wins (docs/performance.md, "Start-up"), while the desktop app keeps C2 for its FX
# thread. jpackage gives an added launcher the main launcher's JVM options unless it names its own, so they are all
# named here, with the OS's extra ones (the Linux archive options) appended by the caller.
CLI_LAUNCHER="baken-cli"
CLI_JAVA_OPTIONS="-XX:TieredStopAtLevel=1"

# baken_cli_launcher_file EXTRA_JAVA_OPTIONS...: writes the added launcher's properties to $OUT/baken-cli.properties.
baken_cli_launcher_file() {
  local file="$OUT/$CLI_LAUNCHER.properties"
  {
    echo "main-class=$MAIN_CLASS"
    echo "java-options=$JAVA_OPTIONS $PRIVACY_OPTIONS $CLI_JAVA_OPTIONS $*"
    echo "win-console=true"
    echo "win-shortcut=false"
    echo "win-menu=false"
    echo "linux-shortcut=false"
  } >"$file"
  printf '%s' "$file"
}

# baken_app_image ICON [more jpackage options]: the app image in $OUT/image (the jar, the runtime, the desktop
# launcher and the command line's launcher). BAKEN_CLI_EXTRA_OPTIONS: JVM options for the command line's launcher
# beyond the shared ones (Linux: the class-data sharing archive).
baken_app_image() {
  local icon="$1" cli_file
  shift
  cli_file="$(baken_cli_launcher_file ${BAKEN_CLI_EXTRA_OPTIONS:-})"
  [[ -f "$icon" ]] || baken_die "$icon is missing; regenerate the icons: icons/render.sh and icons/package-icons.py"
  mkdir -p "$OUT/input"
  cp "$APP_JAR" "$OUT/input/baken.jar"
  baken_note "jpackage app image"
  local t0
  t0="$(baken_seconds)"
  jpackage --type app-image \
    --dest "$(baken_path "$OUT/image")" \
    --name "$NAME" \
    --app-version "${BAKEN_APP_IMAGE_VERSION:-$APP_VERSION}" \
    --vendor "$VENDOR" \
    --description "$DESCRIPTION" \
    --icon "$(baken_path "$icon")" \
    --runtime-image "$(baken_path "$OUT/runtime")" \
    --input "$(baken_path "$OUT/input")" \
    --main-jar baken.jar \
    --main-class "$MAIN_CLASS" \
    --java-options "$JAVA_OPTIONS" \
    --java-options "$PRIVACY_OPTIONS" \
    --add-launcher "$CLI_LAUNCHER=$(baken_path "$cli_file")" \
    "$@"
  T_IMAGE="$(baken_elapsed "$t0")"
}

# baken_class_list LAUNCHER LIST: a training run of the app image's command line (a vault made and checked in a
# throwaway folder, nothing personal) writes the classes it loads to LIST, for postinst's class-data sharing archive.
baken_class_list() {
  local launcher="$1" list="$2" train pass="class list training passphrase $RANDOM $RANDOM"
  train="$(mktemp -d)"
  chmod 700 "$train"
  baken_note "class list for the class-data sharing archive (training run: vault init + vault check)"
  printf '%s\n%s\n' "$pass" "$pass" | "$launcher" vault init --worker build --data-dir "$train/home" >/dev/null 2>&1 \
    || { rm -rf "$train"; baken_die "the training run's vault init failed"; }
  printf '%s\n' "$pass" | JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$launcher" vault check --worker build \
    --data-dir "$train/home" >/dev/null 2>&1 || { rm -rf "$train"; baken_die "the training run's vault check failed"; }
  rm -rf "$train"
  [[ -s "$list" ]] || baken_die "the training run wrote no class list"
  baken_note "class list: $(wc -l <"$list") classes"
}
