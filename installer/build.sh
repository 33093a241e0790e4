#!/usr/bin/env bash
# Builds the installer of the OS it runs on: installer/linux, installer/windows (Git Bash) or installer/macos.
# jpackage does not cross-build, so each OS builds its own. Run by Maven: ./mvnw -B -Pinstaller package
#
#   installer/build.sh VERSION
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
case "$(uname -s)" in
  Linux) exec bash "$here/linux/build.sh" "$@" ;;
  Darwin) exec bash "$here/macos/build.sh" "$@" ;;
  MINGW* | MSYS* | CYGWIN*) exec bash "$here/windows/build.sh" "$@" ;;
  *) echo "installer/build.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
