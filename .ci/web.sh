#!/usr/bin/env bash
# The web UI's CI step: install the pinned npm packages, run the UI's unit
# tests, rebuild web/dist and fail if the rebuilt bundle differs from the
# committed one (the bundle is embedded in the binary and never edited by
# hand). Called from .ci/run; runs from any directory.
set -euo pipefail
cd "$(dirname "$0")/../web"

node --version
npm --version
npm ci --no-audit --no-fund
npm test
npm run build
if ! git diff --exit-code --stat -- dist || [ -n "$(git ls-files --others --exclude-standard -- dist)" ]; then
	echo "web/dist differs from what web/build.mjs makes from web/src: run 'cd web && npm ci && npm run build' and commit web/dist" >&2
	git ls-files --others --exclude-standard -- dist >&2
	exit 1
fi
echo "web/dist is the build of web/src"
