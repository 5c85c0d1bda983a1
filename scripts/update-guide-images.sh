#!/bin/sh
# Refreshes the user guide's pictures (docs/images) from the UI tests' screenshots, so that the
# guide shows the window as it is. Run after a build: scripts/update-guide-images.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
LEADOPS_SCREENSHOTS="$shots" QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$shots/config" \
    "$build/tests/ui/tst_mainwindow" >/dev/null
# screenshot name -> guide picture
while read -r shot picture; do
    cp "$shots/$shot.png" "$root/docs/images/$picture.png"
done <<'LIST'
main-leads guide-leads-en
main-leads-ru guide-leads-ru
main-campaigns guide-campaigns-en
main-campaigns-ru guide-campaigns-ru
spend-ledger-en guide-spend-ledger-en
spend-ledger-ru guide-spend-ledger-ru
analytics-funnel-en guide-funnel-en
analytics-funnel-ru guide-funnel-ru
analytics-budget-en guide-budget-en
analytics-budget-ru guide-budget-ru
LIST
echo "updated $(find "$root/docs/images" -name 'guide-*.png' | wc -l) pictures in docs/images"
