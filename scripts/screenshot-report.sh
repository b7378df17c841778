#!/usr/bin/env bash
# Renders `sachsong report` for fixtures/district and looks at it in headless Chromium:
# a full-page PNG screenshot and an A4 PDF (print layout). Exits non-zero if the build, the
# report, Chromium or any output file fails.
#
#   scripts/screenshot-report.sh [OUTDIR]       (default: a new temporary directory)
#
# Environment: SCRATCH (SwiftPM scratch path, default .build-html), AS_OF (default 2026-06-01),
# WIDTH (window width, default 1200; the height is measured), CHROMIUM (browser binary). Installs the Debian package
# `chromium` with apt-get when no browser is found and the script runs as root.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH:-.build-html}"
as_of="${AS_OF:-2026-06-01}"
width="${WIDTH:-1200}"
out="${1:-$(mktemp -d /tmp/sachsong-report.XXXXXX)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

browser="${CHROMIUM:-}"
if [[ -z "$browser" ]]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
  done
fi
if [[ -z "$browser" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium…" >&2
    apt-get install -y chromium >/dev/null
    browser="$(command -v chromium)"
  else
    echo "error: no Chromium found (apt-get install chromium, or set CHROMIUM)" >&2
    exit 2
  fi
fi

cd "$root"
swift build --scratch-path "$scratch" --product sachsong >&2
"$scratch/debug/sachsong" report fixtures/district --as-of "$as_of" --output "$out/report.html"

flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars
       --allow-file-access-from-files --user-data-dir="$out/chromium-profile")
url="file://$out/report.html"
log="$out/chromium.log"
: > "$log"
fail() { echo "error: $1 (see $log)" >&2; exit 1; }

# The page's full height at this width: a small page loads the report in a frame and writes
# the height into its DOM, which --dump-dom prints.
cat > "$out/measure.html" <<HTML
<!DOCTYPE html><html><body><iframe id="f" src="report.html" style="width:${width}px;height:800px;border:0"></iframe>
<pre id="h"></pre><script>document.getElementById("f").onload = function () {
document.getElementById("h").textContent = "HEIGHT=" + this.contentDocument.documentElement.scrollHeight; };</script></body></html>
HTML
height=$("$browser" "${flags[@]}" --virtual-time-budget=3000 --dump-dom "file://$out/measure.html" 2>>"$log" \
  | grep -o "HEIGHT=[0-9][0-9]*" | head -1 | cut -d= -f2 || true)
if [[ -z "$height" ]]; then echo "warning: page height unknown, using ${HEIGHT:-9000}" >&2; height="${HEIGHT:-9000}"; fi

# report.png: the whole page; report-top.png: the first screen as a reader sees it.
"$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$out/report.png" \
  --virtual-time-budget=2000 "$url" 2>>"$log" || fail "Chromium failed on the screenshot"
"$browser" "${flags[@]}" --window-size="$width,1400" --screenshot="$out/report-top.png" \
  --virtual-time-budget=2000 "$url" 2>>"$log" || fail "Chromium failed on the first-screen screenshot"
"$browser" "${flags[@]}" --print-to-pdf="$out/report.pdf" --no-pdf-header-footer \
  --virtual-time-budget=2000 "$url" 2>>"$log" || fail "Chromium failed to print the PDF"

status=0
for file in report.html report.png report-top.png report.pdf; do
  if [[ ! -s "$out/$file" ]]; then echo "error: $out/$file is missing or empty" >&2; status=1; fi
done
# Chromium's own errors (console errors from the page, load failures); GPU/dbus noise ignored.
if grep -E "ERROR:|Uncaught|net::ERR_" "$log" | grep -vE "dbus|gpu|GPU|viz|bus.cc|object_proxy|sandbox_linux|gl_|angle|egl|vaapi|ozone" >&2; then
  echo "error: Chromium reported errors (see $log)" >&2
  status=1
fi
if [[ -s "$out/report.pdf" ]]; then
  pages=$(grep -c "/Type /Page$\|/Type /Page\b" "$out/report.pdf" || true)
  size=$(grep -ao "/MediaBox \[[^]]*\]" "$out/report.pdf" | head -1 || true)
  echo "PDF: $pages page(s), first $size (A4 is 595.92 x 842.88 pt)" >&2
fi
echo "$out"
exit $status
