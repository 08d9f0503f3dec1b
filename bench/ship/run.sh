#!/usr/bin/env bash
# Ship-order and read-path throughput against PostgreSQL's own pgbench TPC-B, on one machine, in the same minute.
#   bash bench/ship/run.sh          # ship: pgbench anchor + POST /api/orders/{no}/logistics-orders, 32 connections,
#                                   #   then the same ship as plain SQL (ship.pgbench through pgbench, 4 clients, no app)
#   bash bench/ship/run.sh reads    # reads with 1,000,000 orders: API list, inbox page, order details (API, page)
#   bash bench/ship/run.sh all      # both
#   bash bench/ship/run.sh floor    # the pipeline alone: GET /api/me (bearer, no database) and /healthz
# ONLY=text measures only the read paths whose name contains it.
# Starts a Release build of the app exactly as shipped (its own durable PostgreSQL cluster under a fresh data
# directory, fsync on, request logging at Information to a file), with one exception: the per-token API rate limit
# (600 a minute) is raised, because the whole load comes from one bearer token. Needs wrk and pgbench.
# APP_BIN (a prebuilt bin/Release/net10.0 to run), ROUNDS (2), SECONDS_PER_RUN (20), ORDERS (pre-created orders to ship, 250000), KEEP=1 keeps the data directory.
# Before each measured path: WARM_UP_SECONDS (30) of load, then 10 s runs until the JIT has settled (dotnet-counters) or
# WARM_UP_MAX_SECONDS (180) have passed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mode="${1:-ship}"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install postgresql-client)"; exit 1; }
data="$(mktemp -d /tmp/fulfilment-ship-bench.XXXXXX)"
chmod 755 "$data"
port="${PORT:-5192}"
# APP_BIN=dir runs a build kept elsewhere (e.g. the code before a change) instead of building this tree.
bin="${APP_BIN:-$root/src/Fulfilment.Web/bin/Release/net10.0}"
[ -n "${APP_BIN:-}" ] || [ "${SKIP_BUILD:-}" = 1 ] || dotnet build -c Release "$root/src/Fulfilment.Web" -v q -nologo >/dev/null
cd "$root/src/Fulfilment.Web"
Fulfilment__DataDirectory="$data" \
Security__RateLimits__ApiPerToken__PermitLimit=100000000 \
    dotnet "$bin/Fulfilment.Web.dll" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
cleanup() { kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true; [ "${KEEP:-}" = 1 ] || rm -rf "$data"; }
trap cleanup EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
    kill -0 $app 2>/dev/null || { cat "$data/app.log"; exit 1; }
    sleep 0.5
done
pgport=$(sed -n 4p "$data/pgdata/postmaster.pid")
python3 "$root/bench/ship/bench.py" "$mode" "http://127.0.0.1:$port" "$pgport" "$root/bench/ship" "$data" "$app"
