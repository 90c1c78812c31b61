#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server on 127.0.0.1 for tests and benchmarks.
#   bash scripts/postgres.sh start   -> installs (apt) if missing, starts, prints DATABASE_URL
#   bash scripts/postgres.sh stop
set -euo pipefail
PGPORT="${QUOTEDESK_PGPORT:-54329}"
PGDATA="${QUOTEDESK_PGDATA:-/tmp/quotedesk-pg-$PGPORT}"
bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
  if [ -z "$(bindir)" ]; then
    echo "Installing PostgreSQL from Debian" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  BIN="$(bindir)"
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
    as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
      -o "-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
  fi
  "$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='quotedesk'" | grep -q 1 \
    || "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres quotedesk
  echo "postgres://postgres@127.0.0.1:$PGPORT/quotedesk"
  ;;
stop)
  BIN="$(bindir)"
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
  ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
