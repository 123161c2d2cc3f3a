#!/usr/bin/env bash
# Runs every test: domain, web integration (real SQLite), PDF kit and browser tests (Playwright on chromium).
# Installs what the tests need when it is missing and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] || need_packages+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || need_packages+=(fonts-liberation)
# Fallback fonts for the PDF kit's tests of other scripts: Bengali, Arabic, Hebrew, Devanagari; Chinese; emoji.
[ -f /usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf ] || need_packages+=(fonts-noto-core)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need_packages+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need_packages+=(fonts-noto-color-emoji)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${need_packages[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  else
    echo "Please install: sudo apt-get install ${need_packages[*]}" >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
log=$(mktemp)
status=0
# One project at a time: the browser tests start the app and chromium, and the machine may have two cores.
dotnet test CouncilProposals.sln -m:1 2>&1 | tee "$log" || status=$?

counts=$(awk '/^(Passed|Failed)!/ {
  for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) }
} END { printf "%d %d", p, f }' "$log")
passed=${counts% *}
failed=${counts#* }
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build error or a crashed test host: count it as a failure rather than report a clean run.
  failed=1
fi
echo "${passed} passed, ${failed} failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
