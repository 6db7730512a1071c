#!/usr/bin/env bash
# The web UI's browser tests (web/test/browser): Debian's chromium, driven
# headless by playwright-core, opens every view of `isnad serve` on fresh
# stores (the seeds; hostile articles) and checks what an analyst sees.
# Screenshots of each view go to artifacts/screenshots. Installs chromium and
# an Arabic font when missing (CI starts on a fresh machine). Called from
# .ci/run after the smoke steps; uses $ISNAD_BIN, else ./isnad, else builds.
# Bounded: the whole run is killed (server and browser with it) after
# BROWSER_TIMEOUT seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p artifacts/screenshots

need=()
command -v chromium >/dev/null || need+=(chromium)
# Without an Arabic font the screenshots show boxes for every letter.
{ command -v fc-list >/dev/null && fc-list ':lang=ar' family | grep -q 'Noto Naskh Arabic'; } || need+=(fonts-noto-core)
if ((${#need[@]})); then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo="sudo"
	echo "installing ${need[*]}"
	export DEBIAN_FRONTEND=noninteractive
	timeout 600 $sudo apt-get update -qq
	timeout 900 $sudo apt-get install -y -qq "${need[@]}" >artifacts/apt-browser.log 2>&1 ||
		{ tail -20 artifacts/apt-browser.log; exit 1; }
fi
chromium --version
export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"

if [ ! -d web/node_modules/playwright-core ]; then
	(cd web && npm ci --no-audit --no-fund)
fi
if [ -z "${ISNAD_BIN:-}" ] && [ -x "$root/isnad" ]; then export ISNAD_BIN="$root/isnad"; fi
# The tests run from web/, so a relative binary path is made absolute here.
if [ -n "${ISNAD_BIN:-}" ]; then export ISNAD_BIN="$(cd "$(dirname "$ISNAD_BIN")" && pwd)/$(basename "$ISNAD_BIN")"; fi
export SCREENSHOTS="$root/artifacts/screenshots"

# The tests run in a process group of their own, so that a timeout or an
# interruption ends the test runner, the isnad servers and the browsers
# together.
set -m
(cd web && exec node --test --test-reporter=spec --test-reporter-destination=stdout test/browser/*.browser.mjs) &
tests=$!
(sleep "${BROWSER_TIMEOUT:-600}" </dev/null >/dev/null 2>&1 &&
	echo "browser tests: timed out after ${BROWSER_TIMEOUT:-600} s" >&2 && kill -TERM -- -"$tests") &
watchdog=$!
trap 'kill -TERM -- -"$tests" -"$watchdog" 2>/dev/null || true' EXIT
status=0
wait "$tests" || status=$?
kill -TERM -- -"$watchdog" 2>/dev/null || true
wait "$watchdog" 2>/dev/null || true
trap - EXIT
ls artifacts/screenshots
exit "$status"
