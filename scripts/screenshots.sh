#!/usr/bin/env bash
# Takes screenshots of the real app under Xvfb, as a person would see it: setup, unlock and home.
# Needs: xvfb, libgtk-3-0, xdotool, imagemagick (Debian). Usage: scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
[ -f target/baken.jar ] || ./mvnw -B -q -DskipTests package
display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &>/dev/null &
xvfb=$!
data="$(mktemp -d)"
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$data"' EXIT
export DISPLAY="$display"
sleep 1
java -jar target/baken.jar open --data-dir "$data" --lang nl &>/dev/null &
app=$!
for _ in $(seq 1 60); do xdotool search --onlyvisible --name '^Baken$' &>/dev/null && break; sleep 0.5; done
win="$(xdotool search --onlyvisible --name '^Baken$' | head -1)"
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
sleep 2
shot() { import -window root "$out/$1.png"; echo "$out/$1.png"; }
shot vault-setup
# Name (focused at start), passphrase, repeat: Tab moves between fields.
xdotool type --delay 20 'Anna de Vries'
xdotool key Tab; xdotool type --delay 20 'het paard eet graag wortels'
xdotool key Tab; xdotool type --delay 20 'het paard eet graag wortels'
sleep 0.5
shot vault-setup-filled
xdotool key Return
sleep 14
shot vault-recovery-code
xdotool key space; sleep 0.5; xdotool key Tab; xdotool key space
sleep 5
shot vault-unlock
xdotool type --delay 20 'het paard eet graag wortels'; xdotool key Return
sleep 12
shot home
