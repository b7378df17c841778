#!/usr/bin/env bash
# Installs the system libraries sachsong builds against, when they are missing.
# Used by `make demo`, `make test` and `make bench`: a fresh Debian/Ubuntu machine needs nothing else.
set -euo pipefail

missing=()
[ -f /usr/include/csv.h ] || missing+=(libcsv-dev)
# .xls workbooks (BIFF) are read through libfreexl.
[ -f /usr/include/freexl.h ] || missing+=(libfreexl-dev)
# Cleaned workbooks and findings as .xlsx are written through libxlsxwriter.
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)

if ! command -v swift >/dev/null 2>&1; then
  echo "sachsong: cần Swift 6 (lệnh 'swift' không có trong PATH) — https://www.swift.org/install/linux/" >&2
  exit 1
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "sachsong: cài thư viện còn thiếu: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "sachsong: cần quyền root hoặc sudo để cài ${missing[*]} (apt-get install ${missing[*]})." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq "${missing[@]}"
