#!/usr/bin/env bash
# Installs Debian's chromium (the browser the report tests drive through Playwright; no browser is downloaded)
# and the DejaVu fonts the charts are drawn with, where missing. Idempotent and quiet; needs root (apt-get).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-chromium: chromium or fonts-dejavu-core is missing and only root can install them (apt-get install chromium fonts-dejavu-core); the browser tests will fail" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
