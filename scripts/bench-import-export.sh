#!/usr/bin/env bash
# Import and export at scale (issue 19), as a user's command line runs them (whole process, peak
# resident memory from /usr/bin/time):
#   - import a 100,000-row CSV as Russian Excel saves it (Windows-1251, ';', phones written every way
#     people write them, 2% invalid, 2% repeated) into a 1,000,000-lead workspace;
#   - export the 1,000,000 leads to CSV and to XLSX.
# Targets: import <= 10 s and <= 300 MB; CSV export <= 10 s; XLSX export <= 30 s.
# Usage: scripts/bench-import-export.sh [N] [ROWS]   (defaults 1000000 and 100000). The demo
# workspace is made once in $BUILD_DIR/bench-desktop-N (shared with bench-desktop.sh) and copied
# for each run, so the import always meets the same workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
ROWS=${2:-100000}
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
bin="$BUILD_DIR/bin/leadops"
# shellcheck source=scripts/lib/bench-workspace.sh
. scripts/lib/bench-workspace.sh
ws=$(bench_workspace "$bin" "$N")
scratch=$(mktemp -d "${TMPDIR:-/tmp}/leadops-bench-io.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$bin" --version)"

python3 - "$scratch/bought-list.csv" "$ROWS" <<'PY'
import random, sys
path, rows = sys.argv[1], int(sys.argv[2])
rnd = random.Random(19)
names = ["Айгерим", "Ерлан", "Дана", "Марат", "ТОО «Алматы Строй»", "ИП Сейтов", "Гульнара", "Асель"]
forms = [lambda d: "8 (%s) %s-%s-%s" % (d[:3], d[3:6], d[6:8], d[8:]), lambda d: "+7 %s %s %s %s" % (d[:3], d[3:6], d[6:8], d[8:]),
         lambda d: "8" + d, lambda d: "7.%sE10" % d.rstrip("0") if d.endswith("0") else "+7" + d]
lines = ["Телефон;Имя;Источник;Комментарий;Дата"]
for i in range(rows):
    if i % 50 == 7:
        phone = "12-34"                          # invalid
    elif i % 50 == 11:
        phone = "+7" + "70%08d" % (i - 1)        # the same person as the row above
    else:
        phone = rnd.choice(forms)("70%08d" % i)
    note = '"Перезвонить; просит счёт"' if i % 10 == 0 else ""
    lines.append(";".join([phone, rnd.choice(names), rnd.choice(["kaspi", "olx", "satu", ""]), note,
                           "%02d.11.2026" % (1 + i % 25)]))
open(path, "wb").write(("\r\n".join(lines) + "\r\n").encode("cp1251"))
PY
size=$(du -h "$scratch/bought-list.csv" | cut -f1)
# Brought up to this build's schema first: a migration belongs to the upgrade, not to the import.
"$bin" --workspace "$ws" campaign list --status active >/dev/null
cp "$ws/leadops.sqlite" "$scratch/leadops.sqlite"
sync # the copy's gigabyte written out now, not by the kernel during the import it would slow
campaign=$("$bin" --workspace "$scratch" campaign list --status active --json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

measure() { # LABEL TARGET_S TARGET_MB COMMAND...
    local label=$1 target_s=$2 target_mb=$3
    shift 3
    /usr/bin/time -f "%e %M" -o "$scratch/time" "$@" >"$scratch/out" 2>"$scratch/err" || true
    read -r secs kb <"$scratch/time"
    local mb=$((kb / 1024)) verdict=ok
    awk "BEGIN {exit !($secs > $target_s)}" && verdict=OVER
    [ "$target_mb" != "-" ] && [ "$mb" -gt "$target_mb" ] && verdict=OVER
    printf '%-44s %8.2f s  (target %5s s)  peak %4d MB  (target %s MB)  %s\n' "$label" "$secs" "$target_s" "$mb" \
        "$target_mb" "$verdict"
}
measure "import $ROWS rows ($size CSV) into $N leads" 10 300 \
    "$bin" --workspace "$scratch" lead import "$scratch/bought-list.csv" --campaign "$campaign" --skip-invalid --json
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("    imported %d, duplicates %d, invalid %d" % (r["imported"], r["duplicates"], len(r["invalid"])))' "$scratch/out" ||
    cat "$scratch/err"
measure "export $N leads to CSV" 10 - "$bin" --workspace "$ws" lead export --out "$scratch/all.csv"
echo "    $(head -c 300 "$scratch/out" | tr -d '\n'), $(du -h "$scratch/all.csv" | cut -f1)"
measure "export $N leads to XLSX" 30 - "$bin" --workspace "$ws" lead export --out "$scratch/all.xlsx"
echo "    $(head -c 300 "$scratch/out" | tr -d '\n'), $(du -h "$scratch/all.xlsx" | cut -f1)"
