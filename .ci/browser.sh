#!/usr/bin/env bash
# Browser check of the HTML reports: installs Chromium from Debian's packages (never a downloaded
# browser) when it is not there, then runs `npm run test:browser`. Needs root for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  apt-get install -y chromium
fi
npm run test:browser
