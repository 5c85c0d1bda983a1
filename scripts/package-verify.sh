#!/usr/bin/env bash
# Builds the Linux packages (DEB, TGZ), checks them (lintian, AppStream), installs the .deb into
# this system, runs the installed leadops (--version and a headless command), removes it and
# checks it is gone. Also generates the NSIS installer here to prove its CPack configuration
# (the result holds Linux binaries and is not shipped) and checks the DMG settings are present.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=${PACKAGE_BUILD_DIR:-build-package}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
step() { printf '\n== %s\n' "$*"; }

step "configure and build (Release, no tests)"
BUILD_DIR=$BUILD_DIR scripts/build.sh -DCMAKE_BUILD_TYPE=Release -DLEADOPS_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
echo "project version: $version"

step "cpack DEB and TGZ"
(cd "$BUILD_DIR" && rm -f ./*.deb ./*.tar.gz && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls "$BUILD_DIR"/leadops_"$version"_*.deb)
tgz=$(ls "$BUILD_DIR"/leadops-"$version"-*.tar.gz)
ls -l "$deb" "$tgz"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $6}'
tar tzf "$tgz" | grep -E 'bin/leadops$'

step "lintian (errors fail the check)"
lintian --fail-on error --suppress-tags no-copyright-file "$deb" || { echo "lintian found errors"; exit 1; }
echo "lintian: no errors"

step "AppStream metainfo"
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
dpkg-deb -x "$deb" "$workdir/root"
appstreamcli validate --no-net "$workdir/root/usr/share/metainfo/kz.leadops.Console.metainfo.xml"

step "install the .deb, run it, remove it"
$SUDO apt-get install -y -qq "./$deb" >/dev/null
installed=$(/usr/bin/leadops --version)
echo "installed: $installed"
[ "$installed" = "leadops $version" ] || { echo "version mismatch: $installed"; exit 1; }
QT_QPA_PLATFORM=offscreen /usr/bin/leadops --workspace "$workdir/ws" demo --leads 500 --seed 3 --json | grep '"leads": 500'
/usr/bin/leadops --workspace "$workdir/ws" lead list --status qualified --limit 3
/usr/bin/leadops --workspace "$workdir/ws" lead auto-disqualify --dry-run --json | grep '"dry_run": true'
test -f /usr/share/applications/kz.leadops.Console.desktop
test -f /usr/share/icons/hicolor/scalable/apps/kz.leadops.Console.svg
$SUDO dpkg -r leadops >/dev/null
if [ -e /usr/bin/leadops ] || dpkg -s leadops >/dev/null 2>&1; then
    echo "leadops is still installed after dpkg -r"
    exit 1
fi
echo "removed cleanly"

step "Windows installer script (NSIS) and macOS DMG settings"
(cd "$BUILD_DIR" && cpack -G NSIS >/dev/null && ls -l ./*.exe)
grep -E 'CPACK_DMG_VOLUME_NAME|CPACK_NSIS_DISPLAY_NAME|CPACK_PACKAGE_EXECUTABLES' "$BUILD_DIR/CPackConfig.cmake"
echo
echo "package-verify: all checks passed for leadops $version"
