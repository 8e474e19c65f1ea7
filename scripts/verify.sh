#!/usr/bin/env bash
# `npm test`: the whole verification, the same locally and in CI.
# typecheck → lint (zero warnings) → format → unit tests → content check → production build of the site → fault
# test of the nginx + two instances + PostgreSQL cluster on that build → builds of the fixture sites of
# e2e/fixture-sites.ts → browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser --postgres --nginx

step() { printf '\n=== %s\n' "$*"; }
step "typecheck";   npm run --silent typecheck
step "lint";        npx eslint --max-warnings 0 .
step "format";      npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }
step "unit tests";  npx vitest run
step "content";     npm run --silent fixpath -- check
step "build";       npm run --silent build
step "cluster fault test"; npm run --silent test:cluster
step "build (fixture sites)"; npm run --silent build:fixtures
step "end-to-end";  npx playwright test
