#!/usr/bin/env bash
# Installs one of Debian's packages when its program is missing: the browsers the tests and the
# demo drive (test tools never download a browser of their own here). Needs root, as on CI and
# dev machines.  Usage: ensure-debian-package.sh LABEL PACKAGE PROGRAM PATH_VARIABLE
set -euo pipefail
label="$1" package="$2" program="$3" variable="$4"
if [ -x "$program" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "composure: $label is missing at $program; install Debian's $package package (sudo apt-get install $package) or set $variable." >&2
  exit 1
fi
echo "composure: installing Debian's $package (one time)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$package" >/dev/null
