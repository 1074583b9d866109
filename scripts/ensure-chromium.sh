#!/usr/bin/env bash
# The real-browser tests and the demo drive Debian's Chromium.
set -euo pipefail
exec bash "$(dirname "$0")/ensure-debian-package.sh" Chromium chromium "${CHROMIUM_PATH:-/usr/bin/chromium}" CHROMIUM_PATH
