#!/bin/sh
# Installs LibreOffice Calc (headless, Debian) when soffice is missing, then runs the tests that open
# the workbooks written by examples/excel in it.
set -eu
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui
fi
npm run test:libreoffice
