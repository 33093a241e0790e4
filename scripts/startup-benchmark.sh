#!/usr/bin/env bash
# Start-up benchmark (issue 11 item 8): how long until the window first shows, for Baken's unlock screen and for a
# bare JavaFX window on the same JVM and the same JavaFX, interleaved run by run so the machine's load hits both
# alike; and a cold `baken vault check` against a cold `baken --version` (the JVM's start plus picocli).
#
#   scripts/startup-benchmark.sh [RUNS]          (default 8 runs of each; build first: ./mvnw -B -DskipTests package)
#   BAKEN_JAR=other.jar ...                      another build of the jar (e.g. before a change)
#   BAKEN_CDS=1 scripts/startup-benchmark.sh     the same, plus Baken with a class-data sharing archive (AppCDS) made
#                                                by a training run into target/startup-benchmark/ first
#
# A benchmark, not a test: CI does not run it. It needs Xvfb, xdotool and GTK 3
# (Debian: apt-get install xvfb xdotool libgtk-3-0). Nothing personal is used: a throwaway vault in a temporary
# folder with a fixed test passphrase. Prints one line per run and the medians; quote them with `uptime`'s load.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-8}"
JAR="${BAKEN_JAR:-$PWD/target/baken.jar}"
OUT="$PWD/target/startup-benchmark"
JVM=(-XX:+UseZGC -XX:-UsePerfData) # the app's options (pom.xml app.jvm.options, installer/common.sh)
[[ -f "$JAR" ]] || { echo "no $JAR: ./mvnw -B -DskipTests package first" >&2; exit 1; }
for tool in Xvfb xdotool javac; do
  command -v "$tool" >/dev/null || { echo "'$tool' not found (apt-get install xvfb xdotool libgtk-3-0)" >&2; exit 1; }
done

WORK="$(mktemp -d)"
XVFB=""
cleanup() {
  [[ -n "$XVFB" ]] && kill "$XVFB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$OUT" "$WORK/bare" "$WORK/home"
chmod 700 "$WORK/home"

# The bare window: one label in a scene of Baken's size, nothing else.
cat >"$WORK/bare/Bare.java" <<'EOF'
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

public final class Bare {
    public static final class App extends Application {
        @Override public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("bare")), 1100, 760));
            stage.setTitle("Bare JavaFX");
            stage.show();
        }
    }
    public static void main(String[] args) { Application.launch(App.class, args); }
}
EOF
javac -cp "$JAR" -d "$WORK/bare" "$WORK/bare/Bare.java"

PASS="benchmark passphrase $(date +%s) only"
printf '%s\n%s\n' "$PASS" "$PASS" | java "${JVM[@]}" -jar "$JAR" vault init --worker bench --data-dir "$WORK/home" \
  --lang en >/dev/null
printf '%s\n' "$PASS" >"$WORK/pass"

if [[ -z "${DISPLAY:-}" ]]; then
  for n in $(seq 90 120); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB=$!
  export DISPLAY=":$n"
  sleep 1
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# window TITLE_REGEX COMMAND...: ms from the start of COMMAND until a window with that title is visible.
window() {
  local title="$1" t0 pid
  shift
  t0="$(now_ms)"
  "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 3000); do
    xdotool search --onlyvisible --name "$title" >/dev/null 2>&1 && break
    sleep 0.01
  done
  echo $(( $(now_ms) - t0 ))
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# elapsed COMMAND...: ms the command takes, its output thrown away (stdin: the passphrase).
elapsed() {
  local t0
  t0="$(now_ms)"
  "$@" <"$WORK/pass" >/dev/null 2>&1 || true
  echo $(( $(now_ms) - t0 ))
}

bare=(java "${JVM[@]}" -cp "$WORK/bare:$JAR" Bare)
baken=(env BAKEN_HOME="$WORK/home" java "${JVM[@]}" -jar "$JAR")
version=(java "${JVM[@]}" -jar "$JAR" --version)
check=(java "${JVM[@]}" -jar "$JAR" vault check --worker bench --data-dir "$WORK/home" --lang en)

if [[ -n "${BAKEN_CDS:-}" ]]; then
  # Java 17 has no -XX:+AutoCreateSharedArchive (JDK 19): a training run writes a dynamic archive at exit.
  rm -f "$OUT/app.jsa" "$OUT/cli.jsa"
  BAKEN_HOME="$WORK/home" timeout 90 java "${JVM[@]}" -XX:ArchiveClassesAtExit="$OUT/app.jsa" -jar "$JAR" >/dev/null 2>&1 &
  train=$!
  for _ in $(seq 2000); do xdotool search --onlyvisible --name '^Baken' >/dev/null 2>&1 && break; sleep 0.01; done
  # Train until the class preloader has loaded Baken's classes, so they are in the archive too.
  for _ in $(seq 120); do grep -q 'preloaded' "$WORK/home/logs/baken.log" 2>/dev/null && break; sleep 0.5; done
  # The archive is written at a normal exit: close the window as a person would.
  xdotool search --onlyvisible --name '^Baken' windowclose >/dev/null 2>&1 || kill "$train"
  wait "$train" 2>/dev/null || true
  java "${JVM[@]}" -XX:ArchiveClassesAtExit="$OUT/cli.jsa" -jar "$JAR" vault check --worker bench \
    --data-dir "$WORK/home" --lang en <"$WORK/pass" >/dev/null 2>&1 || true
  ls -l "$OUT"/*.jsa
  baken_cds=(env BAKEN_HOME="$WORK/home" java "${JVM[@]}" -XX:SharedArchiveFile="$OUT/app.jsa" -jar "$JAR")
  check_cds=(java "${JVM[@]}" -XX:SharedArchiveFile="$OUT/cli.jsa" -jar "$JAR" vault check --worker bench \
    --data-dir "$WORK/home" --lang en)
fi

# One warm-up of each (JavaFX unpacks its native libraries at the first start; the page cache fills).
window 'Bare JavaFX' "${bare[@]}" >/dev/null
window '^Baken' "${baken[@]}" >/dev/null
elapsed "${check[@]}" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
: >"$WORK/bare.ms"; : >"$WORK/baken.ms"; : >"$WORK/ratio"; : >"$WORK/version.ms"; : >"$WORK/check.ms"
: >"$WORK/ratio-cli"; : >"$WORK/baken-cds.ms"; : >"$WORK/ratio-cds"; : >"$WORK/check-cds.ms"; : >"$WORK/ratio-cli-cds"
echo "load before: $(uptime)"
for i in $(seq "$RUNS"); do
  b="$(window 'Bare JavaFX' "${bare[@]}")"
  a="$(window '^Baken' "${baken[@]}")"
  v="$(elapsed "${version[@]}")"
  c="$(elapsed "${check[@]}")"
  echo "$b" >>"$WORK/bare.ms"; echo "$a" >>"$WORK/baken.ms"; echo "$v" >>"$WORK/version.ms"; echo "$c" >>"$WORK/check.ms"
  awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f\n", a / b }' >>"$WORK/ratio"
  awk -v a="$c" -v b="$v" 'BEGIN { printf "%.2f\n", a / b }' >>"$WORK/ratio-cli"
  line="run $i: window bare $b ms, Baken $a ms; --version $v ms, vault check $c ms"
  if [[ -n "${BAKEN_CDS:-}" ]]; then
    ac="$(window '^Baken' "${baken_cds[@]}")"
    cc="$(elapsed "${check_cds[@]}")"
    echo "$ac" >>"$WORK/baken-cds.ms"; echo "$cc" >>"$WORK/check-cds.ms"
    awk -v a="$ac" -v b="$b" 'BEGIN { printf "%.2f\n", a / b }' >>"$WORK/ratio-cds"
    awk -v a="$cc" -v b="$v" 'BEGIN { printf "%.2f\n", a / b }' >>"$WORK/ratio-cli-cds"
    line+="; with AppCDS: Baken $ac ms, vault check $cc ms"
  fi
  echo "$line"
done
echo "load after: $(uptime)"
echo "median window: bare $(median <"$WORK/bare.ms") ms, Baken $(median <"$WORK/baken.ms") ms," \
  "ratio Baken/bare $(median <"$WORK/ratio") (goal <= 1.3)"
echo "median cold: --version $(median <"$WORK/version.ms") ms, vault check $(median <"$WORK/check.ms") ms," \
  "ratio check/--version $(median <"$WORK/ratio-cli") (goal <= 2)"
if [[ -n "${BAKEN_CDS:-}" ]]; then
  echo "median with AppCDS: window Baken $(median <"$WORK/baken-cds.ms") ms, ratio $(median <"$WORK/ratio-cds");" \
    "vault check $(median <"$WORK/check-cds.ms") ms, ratio $(median <"$WORK/ratio-cli-cds")"
fi
