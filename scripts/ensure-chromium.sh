#!/usr/bin/env bash
# The real-browser tests and the demo drive Debian's Chromium (test tools never download a
# browser of their own here). Installs it when missing; needs root, as on CI and dev machines.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "composure: Chromium is missing at $CHROMIUM; install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "composure: installing Debian's chromium (one time)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
