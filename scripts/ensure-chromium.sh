#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core; browser downloads are not
# possible here, so install the distribution package when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket 'chromium')…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
