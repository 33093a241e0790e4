#!/usr/bin/env bash
# Installs the .deb that `./mvnw -B -Pinstaller package` built, checks it, starts the installed app under Xvfb
# until its window shows, removes the package and checks that the user's data directory is left.
#
#   installer/linux/test-deb.sh [target/installer/baken_VERSION-1_amd64.deb]
#
# Needs root (dpkg) and installs what it lacks with apt-get: xvfb, xdotool (and the .deb's own dependencies).
# Run in CI by .ci/run. Nothing personal is involved: the vault is made for a test worker in a throwaway data directory.
set -euo pipefail
say() { echo "test-deb.sh: $*"; }
die() { echo "test-deb.sh: FAILED: $*" >&2; exit 1; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
t_start="$(date +%s)"

deb="${1:-}"
if [[ -z "$deb" ]]; then
  shopt -s nullglob
  debs=("$ROOT"/target/installer/baken_*.deb)
  shopt -u nullglob
  [[ ${#debs[@]} -eq 1 ]] || die "expected one target/installer/baken_*.deb (found ${#debs[@]}); build it: ./mvnw -B -Pinstaller -DskipTests package"
  deb="${debs[0]}"
fi
[[ -f "$deb" ]] || die "$deb not found"
[[ "$(id -u)" == 0 ]] || die "run as root (dpkg -i needs it), e.g. sudo $0"
version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}"

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
if [[ ${#missing[@]} -gt 0 ]]; then
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
installed=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  # A failed check must not leave the test's package installed.
  [[ -n "$installed" ]] && dpkg -r baken >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' baken 2>/dev/null | grep -q "install ok installed"; then
  say "baken is installed already: removing it first"
  dpkg -r baken >/dev/null
fi

# --- install -------------------------------------------------------------------------------------------------
say "dpkg -i $(basename "$deb")"
t0="$(date +%s)"
installed="yes"
if ! dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
  # dpkg does not fetch dependencies (libgtk-3-0, xdg-utils, ...): apt completes the install from its lists.
  grep -q "dependency problems" "$work/dpkg.log" || { cat "$work/dpkg.log" >&2; die "dpkg -i failed"; }
  say "fetching the package's dependencies (apt-get -f install)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends >/dev/null
fi
dpkg-query -W -f='${Status}' baken | grep -q "install ok installed" || die "baken is not fully installed"
say "installed in $(( $(date +%s) - t0 )) s"

for f in /opt/baken/bin/Baken /opt/baken/lib/app/baken.jar /opt/baken/lib/app/Baken.cfg /opt/baken/lib/runtime/release \
         /opt/baken/lib/Baken.png /usr/share/applications/baken-Baken.desktop; do
  [[ -e "$f" ]] || die "$f is missing after install"
done
grep -q '^StartupWMClass=nl.baken.app.BakenApp$' /usr/share/applications/baken-Baken.desktop \
  || die "the menu entry lacks StartupWMClass"
grep -q "javafx.controls" /opt/baken/lib/runtime/release || die "the runtime has no JavaFX"
# postinst's class-data sharing archive is there, and the JVM maps it for the installed jar (-Xshare:on fails if not).
[[ -s /opt/baken/lib/app/baken.jsa ]] || die "postinst made no class-data sharing archive (/opt/baken/lib/app/baken.jsa)"
/opt/baken/lib/runtime/bin/java -XX:+UseG1GC -Xshare:on -XX:SharedArchiveFile=/opt/baken/lib/app/baken.jsa \
  -cp /opt/baken/lib/app/baken.jar nl.baken.Launcher --version >/dev/null \
  || die "the class-data sharing archive is refused for the installed jar"
printed="$(/opt/baken/bin/Baken --version)"
[[ "$printed" == "baken $version" ]] || die "--version printed '$printed', expected 'baken $version'"
# The command line's own launcher (C1 only, with the archive) and its name on the PATH; no menu entry of its own.
[[ -x /opt/baken/bin/baken-cli ]] || die "/opt/baken/bin/baken-cli is missing after install"
[[ "$(readlink /usr/bin/baken)" == /opt/baken/bin/baken-cli ]] || die "/usr/bin/baken does not point at bin/baken-cli"
grep -q -- "-XX:TieredStopAtLevel=1" /opt/baken/lib/app/baken-cli.cfg || die "baken-cli.cfg lacks the C1-only option"
grep -q -- "baken.jsa" /opt/baken/lib/app/baken-cli.cfg || die "baken-cli.cfg lacks the class-data sharing archive"
for f in /usr/share/applications/*baken-cli*.desktop; do
  [[ -e "$f" ]] || continue
  grep -q '^NoDisplay=true$' "$f" || die "the command line's launcher shows in the menu ($f lacks NoDisplay=true)"
done
printed="$(baken --version)"
[[ "$printed" == "baken $version" ]] || die "baken --version printed '$printed', expected 'baken $version'"

# --- a vault in a throwaway data home, through the installed command line -------------------------------------
# The default data directory is $XDG_DATA_HOME/baken (Java takes the home directory from the user database, not
# from $HOME, so XDG_DATA_HOME is what moves it away from the real user's).
unset BAKEN_HOME
export XDG_DATA_HOME="$work/data"
data="$XDG_DATA_HOME/baken"
printf 'een lange wachtwoordzin voor de installatietest\n' \
  | baken vault init --worker=test >"$work/init.out" 2>&1 || { cat "$work/init.out" >&2; die "vault init failed"; }
printf 'een lange wachtwoordzin voor de installatietest\n' \
  | baken vault check --worker=test | grep -q "^OK (" || die "vault check did not print OK (…)"
[[ -f "$data/keyslots.json" && -f "$data/baken.mv.db" ]] || die "no vault in $data"

# --- the installed app opens its window under Xvfb ------------------------------------------------------------
display=""
for n in $(seq 90 140); do
  [[ -e "/tmp/.X$n-lock" || -e "/tmp/.X11-unix/X$n" ]] || { display="$n"; break; }
done
[[ -n "$display" ]] || die "no free X display number"
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
  [[ -e "/tmp/.X11-unix/X$display" ]] && break
  sleep 0.1
done
export DISPLAY=":$display"
t0="$(date +%s.%N)"
/opt/baken/bin/Baken >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 600); do
  window="$(xdotool search --onlyvisible --name '^Baken$' 2>/dev/null | head -1 || true)"
  [[ -n "$window" ]] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; die "the app exited before its window showed"; }
  sleep 0.1
done
[[ -n "$window" ]] || { cat "$work/app.log" >&2; die "no window titled Baken within 60 s"; }
say "window 'Baken' visible after $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s (WM_CLASS: $(xprop -id "$window" WM_CLASS 2>/dev/null | cut -d= -f2 || echo '?'))"
if grep -qi "exception\|error" "$work/app.log"; then
  cat "$work/app.log" >&2
  die "the app wrote an error"
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

# --- remove: the package goes, the data directory stays ------------------------------------------------------
say "dpkg -r baken"
dpkg -r baken >/dev/null
installed=""
dpkg-query -W -f='${Status}' baken 2>/dev/null | grep -q "install ok installed" && die "baken is still installed"
[[ ! -e /opt/baken ]] || die "/opt/baken is left after removal"
[[ ! -e /usr/share/applications/baken-Baken.desktop ]] || die "the menu entry is left after removal"
[[ ! -L /usr/bin/baken ]] || die "/usr/bin/baken is left after removal"
[[ -f "$data/keyslots.json" && -f "$data/baken.mv.db" ]] || die "the data directory $data did not survive removal"

say "OK: installed, checked, window shown, removed; data directory kept ($(( $(date +%s) - t_start )) s)"
