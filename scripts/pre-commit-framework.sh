#!/bin/sh
# Entry of the `sachsong-check` hook of .pre-commit-hooks.yaml (the pre-commit framework).
#
# pre-commit passes the staged files' paths (it has already set unstaged changes aside, so the
# working files hold the staged content). This runs the installed sachsong on them:
#   SACHSONG           the binary (default: `sachsong` on PATH)
#   SACHSONG_AS_OF     reference date YYYY-MM-DD for --as-of (default: today in Vietnam)
#   SACHSONG_BASELINE  baseline file (default: .sachsong-baseline.json when it exists)
# Options in the hook's `args:` come before the files.
set -u
sachsong=${SACHSONG:-sachsong}
if ! command -v "$sachsong" >/dev/null 2>&1; then
    echo "sachsong: không tìm thấy chương trình «$sachsong»." >&2
    echo "  Cài: swift build -c release, rồi chép hoặc liên kết .build/release/sachsong vào PATH" >&2
    echo "  (ví dụ ln -s \"\$PWD/.build/release/sachsong\" ~/.local/bin/), hoặc đặt SACHSONG=…" >&2
    exit 1
fi
as_of=
if [ -n "${SACHSONG_AS_OF:-}" ]; then as_of="--as-of=$SACHSONG_AS_OF"; fi
baseline=${SACHSONG_BASELINE:-}
if [ -z "$baseline" ] && [ -f .sachsong-baseline.json ]; then baseline=.sachsong-baseline.json; fi
if [ -n "$baseline" ]; then
    exec "$sachsong" check ${as_of:+"$as_of"} --baseline "$baseline" "$@"
fi
exec "$sachsong" check ${as_of:+"$as_of"} "$@"
