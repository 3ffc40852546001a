#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core with executablePath; Playwright's
# own browser download cannot work without internet). Installs it when missing: as root with
# apt-get, otherwise stops with what to run. CHROMIUM_PATH points the tests at another binary.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; the browser tests need Chromium there." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Chromium at /usr/bin/chromium and it is missing." >&2
  echo "Install it once as root:  sudo apt-get update && sudo apt-get install -y chromium" >&2
  echo "(or set CHROMIUM_PATH to a Chromium/Chrome binary; or run the other suites: npm test -- --selectProjects unit integration e2e)" >&2
  exit 1
fi
echo "» installing Chromium for the browser tests (apt-get install chromium)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium >&2
[ -x /usr/bin/chromium ] || { echo "apt-get installed chromium but /usr/bin/chromium is missing." >&2; exit 1; }
