#!/bin/sh
# Installs sachsong's plain git pre-commit hook (scripts/pre-commit) into a repository.
#
#   scripts/install-hook.sh [--force] [REPOSITORY]     (default: the repository of the current directory)
#
# The hook goes where git looks for it (`git rev-parse --git-path hooks`: .git/hooks, or
# core.hooksPath when set). An existing pre-commit hook that is not sachsong's is kept and the
# install refused, unless --force (then it is saved as pre-commit.before-sachsong).
set -eu

force=0
if [ "${1:-}" = "--force" ]; then force=1; shift; fi
repo=${1:-.}

here=$(cd "$(dirname "$0")" && pwd)
source_hook=$here/pre-commit
[ -f "$source_hook" ] || { echo "install-hook: không thấy $source_hook" >&2; exit 1; }

cd "$repo"
git rev-parse --git-dir >/dev/null 2>&1 || { echo "install-hook: $repo không phải kho git." >&2; exit 1; }
hooks=$(git rev-parse --git-path hooks)
mkdir -p "$hooks"
target=$hooks/pre-commit

if [ -e "$target" ] && ! grep -q "sachsong as a git pre-commit hook" "$target"; then
    if [ "$force" = 1 ]; then
        mv "$target" "$target.before-sachsong"
        echo "install-hook: hook cũ được giữ lại ở $target.before-sachsong"
    else
        echo "install-hook: đã có $target (không phải của sachsong); dùng --force để thay." >&2
        exit 1
    fi
fi

cp "$source_hook" "$target.tmp.$$"
chmod 755 "$target.tmp.$$"
mv "$target.tmp.$$" "$target"
echo "install-hook: đã cài $target"
if ! command -v "${SACHSONG:-sachsong}" >/dev/null 2>&1; then
    echo "install-hook: chưa thấy sachsong trong PATH — swift build -c release, rồi liên kết .build/release/sachsong vào PATH, hoặc đặt SACHSONG=…" >&2
fi
