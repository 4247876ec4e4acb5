#!/usr/bin/env bash
# The browser tests drive the system Chromium (never a downloaded one). Install Debian's
# package when it is missing and we may (root with apt-get); otherwise say what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
  exit 0
fi
echo "The browser tests need Chromium at $browser: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
