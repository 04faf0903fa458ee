#!/bin/sh
# Installs Debian's Chromium for the browser test of `presskz show` (tests/test_show_browser.py
# runs it headless on local files; no network use).
set -eu
if command -v chromium >/dev/null 2>&1; then
    echo "chromium-install: already installed: $(command -v chromium)"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
