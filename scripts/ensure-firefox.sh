#!/usr/bin/env bash
# The Firefox tests and `npm run demo -- --firefox` drive Debian's Firefox ESR (puppeteer-core
# never downloads a browser). Installs it when missing; needs root, as on CI and dev machines.
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "composure: Firefox is missing at $FIREFOX; install Debian's firefox-esr package (sudo apt-get install firefox-esr) or set FIREFOX_PATH." >&2
  exit 1
fi
echo "composure: installing Debian's firefox-esr (one time)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq firefox-esr >/dev/null
