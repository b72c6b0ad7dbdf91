#!/usr/bin/env bash
# The Debian packages the tests need: Chromium for the browser tests (driven through
# playwright-core; browser downloads are not possible here), DejaVu fonts for its text, and
# poppler-utils (pdftotext, pdftoppm) to read the PDFs the app makes, nginx (and openssl) to run the
# shipped proxy config in front of the server (tests/deploy), and PostgreSQL, whose binaries the
# unit and integration tests use to run a private throw-away cluster (tests/helpers/
# postgresCluster.ts; the package's own cluster is never started or used), and redis-server for
# the cluster tests' private Redis (tests/helpers/redisServer.ts; the package's own service is
# never started). Installed only when missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Ontbrekende testpakketten installeren met apt-get: ${missing[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromium --version
pdftotext -v 2>&1 | head -1
/usr/sbin/nginx -v
"$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -1)" --version
/usr/bin/redis-server --version
