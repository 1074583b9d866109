#!/usr/bin/env bash
# The Firefox tests and `npm run demo -- --firefox` drive Debian's Firefox ESR.
set -euo pipefail
exec bash "$(dirname "$0")/ensure-debian-package.sh" Firefox firefox-esr "${FIREFOX_PATH:-/usr/bin/firefox-esr}" FIREFOX_PATH
