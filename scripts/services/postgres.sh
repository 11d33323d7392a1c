#!/usr/bin/env bash
# PostgreSQL (Debian's package) for tests and development: a private cluster under
# var/services/postgres, user and database `cairn`, listening on 127.0.0.1 only.
# Usage: scripts/services/postgres.sh start|stop|status   (POSTGRES_PORT, default 5432)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

port=${POSTGRES_PORT:-5432}
name="postgres-$port"
data="$services_dir/$name"
log="$services_dir/$name.log"
user=postgres
[ "$(id -u)" = 0 ] || user=$(id -un)

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || bindir=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")

healthy() { "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -d cairn -U cairn; }

case "${1:-}" in
  start)
    take_lock "$name"
    if healthy; then echo "postgres: running on 127.0.0.1:$port"; exit 0; fi
    [ -x "$bindir/pg_ctl" ] || { echo "postgres: PostgreSQL server not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown "$user" "$data" "$services_dir"
      $(as_user "$user") "$bindir/initdb" -D "$data" -U cairn --auth=trust --encoding=UTF8 --no-instructions >"$log" 2>&1
    fi
    touch "$log" && { [ "$(id -u)" != 0 ] || chown "$user" "$log"; }
    $(as_user "$user") "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 9>&- \
      -o "-h 127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    if ! wait_until 30 "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      echo "postgres: did not start; log: $log" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    "$bindir/psql" -h 127.0.0.1 -p "$port" -U cairn -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'cairn'" | grep -q 1 ||
      "$bindir/createdb" -h 127.0.0.1 -p "$port" -U cairn cairn
    echo "postgres: running on 127.0.0.1:$port (postgres://cairn@127.0.0.1:$port/cairn)"
    ;;
  stop)
    take_lock "$name"
    if [ -f "$data/postmaster.pid" ]; then $(as_user "$user") "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true; fi
    echo "postgres: stopped"
    ;;
  status)
    if healthy; then echo "postgres: running on 127.0.0.1:$port"; else echo "postgres: not running"; exit 3; fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
