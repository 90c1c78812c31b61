#!/usr/bin/env bash
# Scale benchmark on scratch databases: `make bench-scale` (prints figures; not a test).
#   BENCH_DB=sqlite|postgres|both (default both)  BENCH_ARTICLES=10000  BENCH_QUOTES=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
ARGS=(--articles "${BENCH_ARTICLES:-10000}" --quotes "${BENCH_QUOTES:-1000000}" --workers "${BENCH_WORKERS:-2}")
export QUOTEDESK_TASKS=database DEBUG=1
unset DJANGO_SETTINGS_MODULE

if [[ "${BENCH_DB:-both}" != postgres ]]; then
  dir="$(mktemp -d /tmp/quotedesk-bench-XXXXXX)"
  trap 'rm -rf "$dir"' EXIT
  echo "== SQLite (WAL) =="
  DATABASE_URL="sqlite:///$dir/bench.sqlite3" "$PY" manage.py bench_scale "${ARGS[@]}"
fi

if [[ "${BENCH_DB:-both}" != sqlite ]]; then
  url="$(bash scripts/postgres.sh start)"
  server="${url%/*}"
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  # A database of its own per run: two benchmarks side by side on the shared server must not collide.
  db="quotedesk_bench_$$"
  PGOPTIONS="--client-min-messages=warning" "$bin/psql" "$server/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
    -c "CREATE DATABASE $db" >/dev/null
  trap '"$bin/psql" "$server/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; rm -rf "${dir:-}"' EXIT
  echo "== PostgreSQL =="
  DATABASE_URL="$server/$db" "$PY" manage.py bench_scale "${ARGS[@]}"
fi
