#!/usr/bin/env bash
# Installs what Fixpath needs when it is missing: npm packages from the lock, and for tests Debian's Chromium
# (--browser), Debian's PostgreSQL server binaries (--postgres) and Debian's nginx (--nginx). Nothing here
# downloads a browser build or a prebuilt binary of its own: Playwright drives /usr/bin/chromium, and
# better-sqlite3 compiles from its source.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false want_postgres=false want_nginx=false
for flag in "$@"; do
  case "$flag" in
    --browser) want_browser=true ;;
    --postgres) want_postgres=true ;;
    --nginx) want_nginx=true ;;
  esac
done

# better-sqlite3's install script tries a prebuilt binary from GitHub first; ask it to build from source with
# the machine's python3, make and g++ against the installed Node.js headers instead (npm warns that it does not
# know the setting: it is read by the package's install script, not by npm).
export npm_config_build_from_source=true
if [[ -z "${npm_config_nodedir:-}" ]] && [[ -f /usr/include/node/common.gypi ]]; then export npm_config_nodedir=/usr; fi

lock_hash() { sha256sum package-lock.json | cut -d' ' -f1; }
if [[ ! -d node_modules ]] || [[ ! -f node_modules/.fixpath-lock-hash ]] || [[ "$(cat node_modules/.fixpath-lock-hash)" != "$(lock_hash)" ]]; then
  echo "› installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  lock_hash > node_modules/.fixpath-lock-hash
fi

if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
apt_updated=false
apt_install() {
  if [[ "$apt_updated" == false ]]; then $SUDO apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

if [[ "$want_browser" == true ]] && [[ ! -x /usr/bin/chromium ]]; then
  echo "› installing Debian's chromium for the browser tests"
  apt_install chromium fonts-dejavu-core
fi

# The storage tests and the load benchmark start a throwaway PostgreSQL from these binaries
# (lib/db/throwaway-postgres.ts); no server is left running.
if [[ "$want_postgres" == true ]] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "› installing Debian's postgresql for the storage tests"
  apt_install postgresql
fi

# The cluster fault test (scripts/cluster-fault-test.ts) and the nginx variant of `npm run bench:http` run
# Debian's nginx as an unprivileged child with a generated configuration; the package's own service is not used.
if [[ "$want_nginx" == true ]] && [[ ! -x /usr/sbin/nginx ]]; then
  echo "› installing Debian's nginx for the cluster fault test"
  apt_install nginx
fi
