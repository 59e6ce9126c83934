#!/bin/sh
# Installs LibreOffice Calc (headless, Debian) when soffice is missing, and Carlito (the metric twin
# of Calibri, the report workbook's font, so pages break as in Excel) when it is missing; then runs
# the tests that open the workbooks written by examples/excel in it and print the report to PDF.
set -eu
cd "$(dirname "$0")/.."
packages=""
command -v soffice >/dev/null 2>&1 || packages="libreoffice-calc-nogui"
fc-list 2>/dev/null | grep -q Carlito || packages="$packages fonts-crosextra-carlito"
if [ -n "$packages" ]; then
  apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
fi
npm run test:libreoffice
