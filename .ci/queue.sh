#!/usr/bin/env bash
# Cohorts on a BullMQ queue against a real Redis: installs Debian's redis-server when it is not there,
# then runs `npm run test:queue` (which fails, never skips, without redis-server). Needs root for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v redis-server >/dev/null; then
  apt-get update
  apt-get install -y redis-server
fi
npm run test:queue
