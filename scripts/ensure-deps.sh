#!/usr/bin/env bash
# Installs what Fixpath needs when it is missing: npm packages from the lock, and (for tests) Debian's Chromium.
# Nothing here downloads a browser build of its own: Playwright drives /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

lock_hash() { sha256sum package-lock.json | cut -d' ' -f1; }
if [[ ! -d node_modules ]] || [[ ! -f node_modules/.fixpath-lock-hash ]] || [[ "$(cat node_modules/.fixpath-lock-hash)" != "$(lock_hash)" ]]; then
  echo "› installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  lock_hash > node_modules/.fixpath-lock-hash
fi

if [[ "${1:-}" == "--browser" ]] && [[ ! -x /usr/bin/chromium ]]; then
  echo "› installing Debian's chromium for the browser tests"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
