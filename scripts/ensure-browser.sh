#!/usr/bin/env bash
# Installs what the browser tests need (`make test-browser`): Debian's chromium and
# chromium-driver, and Selenium from PyPI in a private venv (.venv-browser). Development only:
# sachsong never uses any of it at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "sachsong: cài chromium và chromium-driver cho kiểm thử trình duyệt" >&2
  if [ "$(id -u)" -eq 0 ]; then run=(); elif command -v sudo >/dev/null 2>&1; then run=(sudo); else
    echo "sachsong: cần quyền root hoặc sudo để cài chromium chromium-driver." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${run[@]}" apt-get update -qq
  "${run[@]}" apt-get install -y -qq chromium chromium-driver
fi

if [ ! -f .venv-browser/.selenium ]; then
  python3 -m venv .venv-browser
  .venv-browser/bin/pip install --quiet --disable-pip-version-check selenium
  touch .venv-browser/.selenium
fi
