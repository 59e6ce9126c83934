#!/bin/sh
# Browser check of the HTML reports: installs Chromium from Debian's packages (never a downloaded
# browser) and runs `npm run test:browser`. Call from .ci/run as root.
set -eu
if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  apt-get install -y chromium
fi
npm run test:browser
